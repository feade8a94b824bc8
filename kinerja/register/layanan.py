"""What the registers give the rest of the system: the PK indicators bound to a measure, with
the measure's result per quarter, and the computed realisasi the measurement app asks for
(kinerja.pengukuran.hitungan)."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from kinerja.pengukuran.hitungan import NilaiHitungan, register_penghitung

from .models import IkatanUkuran
from .ukuran import UKURAN, Hasil, Ukuran, hitung, hitung_semua


def indikator_terikat(satker, tahun: int) -> list[tuple[object, Ukuran, dict[str, Hasil]]]:
    """The indicators of the year's PK bound to a measure, in PK order, each with its
    measure's result per quarter (cumulative)."""
    from kinerja.pengukuran.layanan import matriks

    indikator = [b.indikator for b in matriks(satker, tahun).baris]
    ikatan = {i.indikator_id: i.ukuran for i in IkatanUkuran.objects.filter(indikator__in=indikator)}
    if not ikatan:
        return []
    hasil = dict((u.kunci, tw) for u, tw in hitung_semua(satker, tahun))
    return [(ind, UKURAN[ikatan[ind.pk]], hasil[ikatan[ind.pk]]) for ind in indikator
            if ikatan.get(ind.pk) in UKURAN]


def url_rincian(satker, tahun: int, kunci: str, periode: str) -> str:
    return reverse("register:rincian", kwargs={"kode": satker.kode, "tahun": tahun, "ukuran": kunci,
                                               "tw": periode})


def hitungan_dari(u: Ukuran, h: Hasil, satker, tahun: int, periode: str) -> NilaiHitungan:
    return NilaiHitungan(Decimal(h.pembilang), Decimal(h.penyebut), u.judul, url_rincian(satker, tahun, u.kunci, periode),
                         contoh=any(c.contoh for c in h.memenuhi + h.tidak))


@register_penghitung
def hitungan_indikator(indikator, tahun: int, periode: str) -> NilaiHitungan | None:
    """The realisasi of ``indikator`` computed from its measure, for a ratio indicator bound to one."""
    kunci = IkatanUkuran.objects.filter(indikator=indikator).values_list("ukuran", flat=True).first()
    if kunci not in UKURAN or not indikator.rasio:
        return None
    satker = indikator.sasaran.renstra.satker
    u = UKURAN[kunci]
    return hitungan_dari(u, hitung(u, satker, tahun, periode), satker, tahun, periode)
