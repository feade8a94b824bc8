"""Measurement periods and how quarterly realisasi roll up to the year.

Perpres 29/2014 Pasal 17-18 and PermenPANRB 53/2014 Lampiran I (Perjanjian Kinerja
carries targets per triwulan; monitoring is quarterly) make the triwulan the unit of
measurement, and the year's realisasi the basis of the Laporan Kinerja. How the four
quarters make a year depends on what the indicator counts, so each indicator says it:

* ``kumulatif``: the year is the sum of the quarters (events counted per quarter);
* ``terakhir``: the year is the last required quarter (a position at a date, a value
  reported to date, a predikat);
* ``rata_rata``: the year is the mean of the required quarters.

For a ratio indicator (numerator / denominator) numerators and denominators are
aggregated first and divided afterwards (the DHIS2 rule: the year's percentage is never
an average of quarterly percentages); ``rata_rata`` of a ratio is therefore the
weighted mean, sum of numerators over sum of denominators.

An indicator measured each semester or once a year has values only in TW II/TW IV or TW IV.
The year is computed only when every required quarter is filled; otherwise it is left
open with the list of what is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

PANJANG_RENSTRA = 5


def cek_periode_renstra(tahun_awal: int, tahun_akhir: int) -> str | None:
    """A Renstra covers five years (UU 25/2004 Pasal 1 angka 7: the Renstra-K/L is the
    planning document of a ministry or agency for a five-year period). Returns the problem,
    or None."""
    if not 2000 <= tahun_awal <= 2100:
        return "Tahun awal harus antara 2000 dan 2100."
    if tahun_akhir != tahun_awal + PANJANG_RENSTRA - 1:
        return "Periode Renstra adalah lima tahun: tahun akhir = tahun awal + 4."
    return None


def dalam_tahun(tanggal: dt.date | None, tahun: int) -> bool:
    """A PK and its revisions are agreements for one budget year (PermenPANRB 53/2014
    Lampiran I: the PK is drawn up each year, for that year), so their dates lie in it."""
    return tanggal is None or tanggal.year == tahun


TRIWULAN = ("TW1", "TW2", "TW3", "TW4")
TAHUN = "tahun"
LABEL_PERIODE = {"TW1": "TW I", "TW2": "TW II", "TW3": "TW III", "TW4": "TW IV", TAHUN: "Tahun"}


class Agregasi(StrEnum):
    KUMULATIF = "kumulatif"
    TERAKHIR = "terakhir"
    RATA_RATA = "rata_rata"

    @property
    def label(self) -> str:
        return {
            "kumulatif": "Kumulatif (jumlah triwulan)",
            "terakhir": "Nilai terakhir",
            "rata_rata": "Rata-rata triwulan",
        }[self.value]


class Frekuensi(StrEnum):
    TRIWULANAN = "triwulanan"
    SEMESTERAN = "semesteran"
    TAHUNAN = "tahunan"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def periode_wajib(frekuensi: Frekuensi | str) -> tuple[str, ...]:
    """Quarters in which an indicator of this frequency has a value."""
    return {
        Frekuensi.TRIWULANAN: TRIWULAN,
        Frekuensi.SEMESTERAN: ("TW2", "TW4"),
        Frekuensi.TAHUNAN: ("TW4",),
    }[Frekuensi(frekuensi)]


@dataclass(frozen=True)
class NilaiPeriode:
    """What was entered for one quarter: a value, or a ratio's two figures, or a predikat."""

    nilai: Decimal | None = None
    pembilang: Decimal | None = None
    penyebut: Decimal | None = None
    predikat: str | None = None

    @property
    def terisi(self) -> bool:
        return (
            self.nilai is not None
            or self.predikat is not None
            or (self.pembilang is not None and self.penyebut is not None)
        )


@dataclass(frozen=True)
class Agregat:
    nilai: Decimal | str | None  # str for a predikat
    catatan: str = ""
    pembilang: Decimal | None = None
    penyebut: Decimal | None = None


def nilai_rasio(pembilang: Decimal | None, penyebut: Decimal | None, faktor: Decimal) -> Agregat:
    """numerator / denominator x faktor (100 for a percentage)."""
    if pembilang is None or penyebut is None:
        return Agregat(None, "Pembilang dan penyebut harus diisi keduanya.")
    if penyebut == 0:
        return Agregat(None, "Penyebut bernilai 0: nilai rasio tidak dapat dihitung.",
                       pembilang, penyebut)
    return Agregat(Decimal(pembilang) / Decimal(penyebut) * faktor, "", pembilang, penyebut)


def nilai_periode(isi: NilaiPeriode | None, *, rasio: bool, faktor: Decimal) -> Agregat:
    """The value of one quarter as the capaian rule consumes it."""
    if isi is None or not isi.terisi:
        return Agregat(None, "Realisasi belum diisi.")
    if isi.predikat is not None:
        return Agregat(isi.predikat)
    if rasio:
        return nilai_rasio(isi.pembilang, isi.penyebut, faktor)
    return Agregat(isi.nilai)


def realisasi_tahun(
    isian: dict[str, NilaiPeriode],
    *,
    agregasi: Agregasi | str,
    frekuensi: Frekuensi | str,
    rasio: bool = False,
    faktor: Decimal = Decimal(100),
) -> Agregat:
    """The year's realisasi from the quarters (see the module docstring)."""
    agregasi = Agregasi(agregasi)
    wajib = periode_wajib(frekuensi)
    kurang = [p for p in wajib if p not in isian or not isian[p].terisi]
    if kurang:
        label = ", ".join(LABEL_PERIODE[p] for p in kurang)
        return Agregat(None, f"Realisasi {label} belum diisi.")
    data = [isian[p] for p in wajib]

    if any(d.predikat is not None for d in data):
        if agregasi != Agregasi.TERAKHIR:
            return Agregat(None, "Predikat hanya dapat diringkas dengan aturan nilai terakhir.")
        return Agregat(data[-1].predikat)

    if agregasi == Agregasi.TERAKHIR:
        return nilai_periode(data[-1], rasio=rasio, faktor=faktor)

    if rasio:
        pembilang = sum((d.pembilang for d in data), Decimal(0))
        penyebut = sum((d.penyebut for d in data), Decimal(0))
        return nilai_rasio(pembilang, penyebut, faktor)

    jumlah = sum((d.nilai for d in data), Decimal(0))
    if agregasi == Agregasi.KUMULATIF:
        return Agregat(jumlah)
    return Agregat(jumlah / len(data))
