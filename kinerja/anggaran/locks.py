"""What feeds a locked budget month (kinerja.core.locks): a submitted or approved month's
realisasi of every line. Pagu and RPD stay open: a revisi DIPA during the year is normal
and is recorded as one."""

from __future__ import annotations

from kinerja.core.locks import Lock, guard
from kinerja.lib.alur import ALUR_BULAN
from kinerja.lib.angka import BULAN

from .models import BarisDipa, RealisasiBulanan, StatusBulan

TERKUNCI = [s for s in ALUR_BULAN.status if ALUR_BULAN.terkunci(s)]


def bulan_terkunci(satker_id, tahun) -> dict[int, Lock]:
    """The locked months of a satker's budget year, with their locks (one query). The guard
    below and the bulk import (kinerja.anggaran.actions.impor_realisasi) both ask here."""
    return {s.bulan: Lock(f"realisasi anggaran {BULAN[s.bulan - 1]} {s.tahun} berstatus {s.label_status.lower()}",
                          "Minta pimpinan membuka kembali bulan itu (dengan alasan) sebelum mengubahnya.")
            for s in StatusBulan.objects.filter(satker_id=satker_id, tahun=tahun, status__in=TERKUNCI)}


@guard(RealisasiBulanan)
def _realisasi(r: RealisasiBulanan):
    if r.baris_id is None:
        return
    satker_id, tahun = (BarisDipa.objects.filter(pk=r.baris_id)
                        .values_list("dipa__satker_id", "dipa__tahun").first() or (None, None))
    kunci = bulan_terkunci(satker_id, tahun).get(r.bulan)
    if kunci is not None:
        yield kunci
