"""Pages every app shares: the error pages (403, 404, 500, an expired form)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render


def csrf_gagal(request, reason=""):
    return render(request, "core/galat.html", {
        "judul": "Formulir kedaluwarsa",
        "pesan": "Formulir tidak dapat diproses karena sesi keamanannya tidak cocok, biasanya karena "
                 "halaman dibuka terlalu lama atau Anda sudah keluar. Muat ulang halaman, lalu kirim lagi."},
        status=403)


def terlarang(request, exception=None):
    pesan = str(exception) if isinstance(exception, PermissionDenied) and str(exception) else (
        "Anda tidak berhak melakukan tindakan ini.")
    return render(request, "core/galat.html", {"judul": "Akses ditolak", "pesan": pesan}, status=403)


def tidak_ditemukan(request, exception=None):
    return render(request, "core/galat.html",
                  {"judul": "Halaman tidak ditemukan",
                   "pesan": "Halaman atau data yang Anda cari tidak ada, atau Anda tidak berhak melihatnya."},
                  status=404)


def galat_server(request):
    return render(request, "core/galat.html",
                  {"judul": "Terjadi kesalahan",
                   "pesan": "Maaf, terjadi kesalahan pada server. Data Anda tidak berubah. "
                            "Silakan coba lagi atau hubungi admin."},
                  status=500)
