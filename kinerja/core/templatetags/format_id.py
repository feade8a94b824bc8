"""Indonesian number and date filters; every figure shown goes through kinerja.lib.angka."""

from django import template

from kinerja.lib import angka
from kinerja.lib.periode import LABEL_PERIODE

register = template.Library()


@register.filter
def rupiah(nilai):
    return angka.format_angka(nilai, 0)


@register.filter
def desimal(nilai, jumlah=2):
    return angka.format_angka(nilai, int(jumlah))


@register.filter
def persen(nilai, jumlah=2):
    return angka.format_persen(nilai, int(jumlah))


@register.filter
def ringkas(nilai):
    return angka.format_ringkas(nilai)


@register.filter
def tanggal(nilai):
    if hasattr(nilai, "date") and callable(nilai.date):
        from django.utils import timezone

        nilai = timezone.localtime(nilai).date() if timezone.is_aware(nilai) else nilai.date()
    return angka.format_tanggal(nilai)


@register.filter
def waktu(nilai):
    from kinerja.core.jam import format_waktu

    return format_waktu(nilai or None)


@register.filter
def label_periode(kode):
    return LABEL_PERIODE.get(kode, kode)


@register.filter
def ambil(kamus, kunci):
    try:
        return kamus[kunci]
    except (KeyError, IndexError, TypeError):
        return None


@register.filter
def ukuran_berkas(n):
    """A file size as an office reads it: 193 B, 12,4 KB, 3,2 MB."""
    return angka.format_ukuran(n)


@register.filter
def nip(teks):
    """``19800101 200501 1 001``: a NIP as printed under a signature (kinerja.lib.pegawai)."""
    from kinerja.lib.pegawai import format_nip

    return format_nip(teks or "")


@register.filter
def nama(user):
    """A person as pages name them: full name, else the user name."""
    from kinerja.core.models import nama_orang

    return nama_orang(user) if user else "–"


@register.filter
def nama_bulan(n):
    try:
        return angka.BULAN[int(n) - 1]
    except (ValueError, TypeError, IndexError):
        return "–"
