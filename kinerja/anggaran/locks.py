"""What feeds a locked budget month (kinerja.core.locks): a submitted or approved month's
realisasi of every line. Pagu and RPD stay open: a revisi DIPA during the year is normal
and is recorded as one."""

from __future__ import annotations

from kinerja.core.locks import Lock, guard
from kinerja.lib.alur import ALUR_BULAN
from kinerja.lib.angka import BULAN

from .models import BarisDipa, RealisasiBulanan, StatusBulan

TERKUNCI = [s for s in ALUR_BULAN.status if ALUR_BULAN.terkunci(s)]


@guard(RealisasiBulanan)
def _realisasi(r: RealisasiBulanan):
    if r.baris_id is None:
        return
    satker_id, tahun = (BarisDipa.objects.filter(pk=r.baris_id)
                        .values_list("dipa__satker_id", "dipa__tahun").first() or (None, None))
    for s in StatusBulan.objects.filter(satker_id=satker_id, tahun=tahun, bulan=r.bulan, status__in=TERKUNCI):
        yield Lock(f"realisasi anggaran {BULAN[s.bulan - 1]} {s.tahun} berstatus {s.label_status.lower()}",
                   "Minta pimpinan membuka kembali bulan itu (dengan alasan) sebelum mengubahnya.")
