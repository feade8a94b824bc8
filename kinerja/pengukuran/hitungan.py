"""Realisasi computed by an app above this one (the registers): a registry, like the dashboard's
(kinerja.core.dasbor), so the measurement app never imports the apps that sit above it.

A provider gives, for an indicator, a year and a quarter, the computed numerator and
denominator with where they come from, or None when the indicator is not computed. A stored
realisasi that differs from its computed value must carry the reason it was overridden
(``Realisasi.alasan_manual``), and the override is audited like every write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class NilaiHitungan:
    pembilang: Decimal
    penyebut: Decimal
    judul: str  # the measure, as the user reads it
    url: str  # the drill-down to the records behind it
    contoh: bool = False  # computed from example records

    @property
    def sumber(self) -> str:
        return f"Dihitung dari register: {self.judul}"[:300]


Penghitung = Callable[[object, int, str], "NilaiHitungan | None"]
_PENGHITUNG: list[Penghitung] = []


def register_penghitung(fungsi: Penghitung) -> Penghitung:
    if fungsi not in _PENGHITUNG:
        _PENGHITUNG.append(fungsi)
    return fungsi


def nilai_hitungan(indikator, tahun: int, periode: str) -> NilaiHitungan | None:
    for fungsi in _PENGHITUNG:
        hasil = fungsi(indikator, tahun, periode)
        if hasil is not None:
            return hasil
    return None
