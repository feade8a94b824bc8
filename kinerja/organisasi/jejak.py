"""The history and the comments of any record of a satker (every app's records)."""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from kinerja.core import actions
from kinerja.core.forms import KomentarForm
from kinerja.core.jam import format_waktu, sekarang
from kinerja.core.models import Jejak
from kinerja.core.xlsx import BOLD, XLSX_CONTENT_TYPE, XlsxBook

from . import riwayat as format_riwayat
from .akses import Hak, satker_untuk

PER_HALAMAN = 100


def model_berjejak(label: str):
    """A kinerja model whose records belong to a satker (it declares JALUR_SATKER)."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        raise Http404("Jenis data tidak dikenal.") from None
    if not hasattr(model, "JALUR_SATKER"):
        raise Http404("Jenis data tidak dikenal.")
    return model


def objek_satker(model, objek_id, satker):
    """The record, if it belongs to ``satker``; else 404."""
    jalur = model.JALUR_SATKER
    filter_ = {"pk": objek_id} if jalur is None else {"pk": objek_id, jalur: satker}
    if jalur is None and str(objek_id) != str(satker.pk):
        raise Http404("Data tidak ditemukan.")
    try:
        return model.objects.get(**filter_)
    except (model.DoesNotExist, ValueError, ValidationError):
        raise Http404("Data tidak ditemukan.") from None


@login_required
def riwayat(request, kode, model, objek_id):
    satker = satker_untuk(request.user, kode)
    kelas = model_berjejak(model)
    jejak = list(
        Jejak.objects.filter(satker=satker)
        .filter(Q(model=kelas._meta.label_lower, objek_id=str(objek_id))
                | Q(induk=f"{kelas._meta.label_lower}:{objek_id}"))
        .select_related("pelaku")[:500]
    )
    if not jejak:
        objek_satker(kelas, objek_id, satker)  # 404 unless the record is this satker's
    entri = format_riwayat.susun(jejak)
    sendiri = [e for e in entri if e.jejak.model == kelas._meta.label_lower]
    return render(request, "core/riwayat.html", {
        "satker": satker, "entri": entri, "jenis": kelas._meta.verbose_name,
        "judul": sendiri[0].judul if sendiri else "", "tautan": sendiri[0].tautan if sendiri else "",
    })


def _jejak_satker(satker):
    return Jejak.objects.filter(satker=satker).select_related("pelaku")


@login_required
def jejak_satker(request, kode):
    """The satker's whole audit trail, newest first, a page at a time."""
    satker = satker_untuk(request.user, kode)
    halaman = Paginator(_jejak_satker(satker), PER_HALAMAN).get_page(request.GET.get("halaman"))
    return render(request, "core/jejak_satker.html", {
        "satker": satker, "halaman": halaman, "entri": format_riwayat.susun(list(halaman.object_list)),
    })


@login_required
def jejak_satker_xlsx(request, kode):
    """The audit trail as a workbook, in the same words as the history pages."""
    satker = satker_untuk(request.user, kode)
    buku = XlsxBook("Jejak audit")
    buku.title(f"Jejak audit {satker.nama}")
    buku.row(["Waktu", "Oleh", "Peran", "Tindakan", "Jenis data", "Data", "Perubahan", "Keterangan"],
             at=3, header=True)
    qs = _jejak_satker(satker)
    for awal in range(0, qs.count(), 1000):
        for e in format_riwayat.susun(list(qs[awal:awal + 1000])):
            perubahan = "\n".join(f"{p.label}: {p.lama} → {p.baru}" for p in e.perubahan)
            buku.row([e.jejak.waktu, e.pelaku, e.peran, e.kata, e.jenis, e.judul, perubahan, e.keterangan])
    buku.widths([20, 28, 18, 26, 18, 40, 60, 40])
    buku.freeze(4, 1)
    buku.cell(2, 1, f"Diunduh {format_waktu(sekarang())}", font=BOLD)
    respons = HttpResponse(buku.save(), content_type=XLSX_CONTENT_TYPE)
    respons["Content-Disposition"] = f'attachment; filename="jejak-audit-{satker.kode}.xlsx"'
    return respons


def kembali_ke(request, bawaan):
    tujuan = request.POST.get("next") or request.GET.get("next")
    if tujuan and url_has_allowed_host_and_scheme(tujuan, {request.get_host()}, request.is_secure()):
        return tujuan
    return bawaan


@login_required
@require_POST
def komentar(request, kode, model, objek_id):
    satker = satker_untuk(request.user, kode, Hak.KOMENTAR)
    obj = objek_satker(model_berjejak(model), objek_id, satker)
    form = KomentarForm(request.POST)
    if form.is_valid():
        actions.tambah_komentar(obj, form.cleaned_data["teks"], pelaku=request.user, satker=satker)
        messages.success(request, "Komentar tersimpan.")
    else:
        messages.error(request, "Komentar kosong tidak disimpan.")
    return redirect(kembali_ke(request, reverse("beranda")))
