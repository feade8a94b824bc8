"""A satker's working-day calendar: the national holidays and cuti bersama of
kinerja.lib.kalender, changed by the satker's own days (HariLibur)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kinerja.lib import kalender as kal

from .models import HariLibur

# The years a calendar, and so a register, is kept for: the holidays package's national data
# is reliable within them; pages and records outside them are refused.
TAHUN_AWAL, TAHUN_AKHIR = 2000, 2100


def tahun_sah(tahun: int) -> bool:
    return TAHUN_AWAL <= tahun <= TAHUN_AKHIR


ASAL = {kal.NASIONAL: "Libur nasional", kal.CUTI_BERSAMA: "Cuti bersama", "satker": "Ditetapkan satker"}


@dataclass
class Hari:
    """One date of the year's list: what the national calendar says and what the satker set."""

    tanggal: dt.date
    nama: str
    asal: str  # kal.NASIONAL, kal.CUTI_BERSAMA or "satker"
    libur: bool  # a day off for this satker (a weekday that is not worked)
    catatan: HariLibur | None = None  # the satker's own record for this date

    @property
    def asal_label(self) -> str:
        return ASAL[self.asal]

    @property
    def akhir_pekan(self) -> bool:
        return self.tanggal.weekday() >= 5


def daftar_hari(satker, tahun: int) -> list[Hari]:
    """The year's holidays, cuti bersama and the satker's own days, in date order."""
    hari = {t: Hari(t, nama, asal, True) for t, nama, asal in kal.libur_nasional(tahun)}
    for h in HariLibur.objects.filter(satker=satker, tanggal__year=tahun):
        if h.tanggal in hari:
            hari[h.tanggal].libur, hari[h.tanggal].catatan = h.libur, h
        else:
            hari[h.tanggal] = Hari(h.tanggal, h.nama, "satker", h.libur, h)
    return sorted(hari.values(), key=lambda x: x.tanggal)


def kalender(satker, *tahun: int) -> kal.Kalender:
    """The satker's calendar over the given years (a deadline may run into the next year:
    pass both)."""
    return kal.Kalender.dari(h.tanggal for th in tahun for h in daftar_hari(satker, th) if h.libur)


def hari_kerja_per_bulan(satker, tahun: int) -> list[int]:
    """Working days of each month of ``tahun`` for the satker."""
    k = kalender(satker, tahun)
    hasil = []
    for bulan in range(1, 13):
        awal = dt.date(tahun, bulan, 1)
        akhir = dt.date(tahun + bulan // 12, bulan % 12 + 1, 1)
        hasil.append(k.selisih(awal - dt.timedelta(days=1), akhir - dt.timedelta(days=1)))
    return hasil
