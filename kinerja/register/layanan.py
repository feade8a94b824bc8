"""What the registers give the rest of the system: the PK indicators bound to a measure (or a
formula over measures), with their computed numerator and denominator per quarter, and the
computed realisasi the measurement app asks for (kinerja.pengukuran.hitungan)."""

from __future__ import annotations

from django.urls import reverse

from kinerja.lib.periode import TRIWULAN
from kinerja.pengukuran.hitungan import NilaiHitungan, register_penghitung

from .models import IkatanUkuran
from .ukuran import Hitungan, Ikatan, hitung, hitung_semua, per_triwulan


def indikator_terikat(satker, tahun: int, semua=None) -> list[tuple[object, Ikatan, dict[str, Hitungan]]]:
    """The indicators of the year's PK bound to a measure or formula, in PK order, each with its
    computation per quarter (cumulative). Every measure is computed once (``semua``: the
    result of hitung_semua when the caller has it already)."""
    from kinerja.pengukuran.layanan import matriks

    indikator = [b.indikator for b in matriks(satker, tahun).baris]
    ikatan = {i.indikator_id: i.ikatan for i in IkatanUkuran.objects.filter(indikator__in=indikator)}
    ikatan = {k: v for k, v in ikatan.items() if v is not None}
    indikator = [ind for ind in indikator if ind.rasio]  # only a ratio indicator takes a computed value
    if not ikatan:
        return []
    hasil = {u.kunci: tw for u, tw in (semua if semua is not None else hitung_semua(satker, tahun))}
    return [(ind, ikatan[ind.pk], per_triwulan({p: ikatan[ind.pk].hitung({k: tw[p] for k, tw in hasil.items()})
                                                for p in TRIWULAN}, ind.agregasi, ind.frekuensi))
            for ind in indikator if ind.pk in ikatan]


def url_rincian(satker, tahun: int, kunci: str, periode: str) -> str:
    return reverse("register:rincian", kwargs={"kode": satker.kode, "tahun": tahun, "ukuran": kunci,
                                               "tw": periode})


def url_indikator(satker, tahun: int, indikator, periode: str) -> str:
    return reverse("register:rincian_indikator", kwargs={"kode": satker.kode, "tahun": tahun,
                                                         "indikator_id": indikator.pk, "tw": periode})


def hitungan_indikator_periode(indikator, tahun: int, periode: str) -> tuple[Ikatan, Hitungan] | None:
    obj = IkatanUkuran.objects.filter(indikator=indikator).first()
    ikatan = obj.ikatan if obj is not None else None
    if ikatan is None or not indikator.rasio:
        return None
    satker = indikator.sasaran.renstra.satker
    sampai = TRIWULAN[: TRIWULAN.index(periode) + 1]
    kumulatif = {p: ikatan.hitung({u.kunci: hitung(u, satker, tahun, p) for u in ikatan.ukuran}) for p in sampai}
    kumulatif.update({p: kumulatif[periode] for p in TRIWULAN if p not in kumulatif})
    return ikatan, per_triwulan(kumulatif, indikator.agregasi, indikator.frekuensi)[periode]


@register_penghitung
def hitungan_indikator(indikator, tahun: int, periode: str) -> NilaiHitungan | None:
    """The realisasi of ``indikator`` computed from its measure or formula, for a ratio indicator bound to one."""
    hasil = hitungan_indikator_periode(indikator, tahun, periode)
    if hasil is None:
        return None
    ikatan, h = hasil
    if not h.wajib:  # the indicator is not measured in this quarter
        return None
    satker = indikator.sasaran.renstra.satker
    return NilaiHitungan(h.pembilang, h.penyebut, ikatan.judul, url_indikator(satker, tahun, indikator, periode),
                         contoh=h.contoh)

