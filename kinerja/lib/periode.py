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

A stored quarter is checked against the indicator as it is defined *now*
(:func:`masalah_isian`): a value outside the bounds of its unit (kinerja.lib.angka), or a
quarter entered as numerator and denominator of an indicator that is no longer a ratio,
gives "not computable" with the reason, never a wrong number and never an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .angka import RASIO, Batas, hingga

PANJANG_RENSTRA = 5
PREDIKAT_SAH = ("AA", "A", "BB", "B", "CC", "C", "D")  # kinerja.lib.capaian.PREDIKAT


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
    galat: bool = False  # a stored value failed masalah_isian: an error to show, not a gap


def masalah_isian(isi: NilaiPeriode, *, rasio: bool, batas: Batas | None = None,
                  faktor: Decimal = Decimal(100)) -> str | None:
    """Why a filled quarter cannot be used as the indicator is defined now; None when it can.

    ``batas`` None means a qualitative indicator (a predikat is expected); otherwise the
    value, or the ratio's value, must lie within it, and a ratio's figures within
    :data:`kinerja.lib.angka.RASIO`.
    """
    if batas is None:
        if isi.predikat is None:
            return "indikator ini berupa predikat, tetapi yang tersimpan berupa angka."
        if isi.predikat not in PREDIKAT_SAH:
            return f"predikat “{isi.predikat}” tidak dikenal."
        return None
    if isi.predikat is not None:
        return "indikator ini berupa angka, tetapi yang tersimpan berupa predikat."
    if rasio:
        if isi.pembilang is None or isi.penyebut is None:
            return ("tersimpan sebagai nilai tunggal, sedangkan indikator kini dihitung dari "
                    "pembilang/penyebut. Isi ulang realisasinya.")
        for nama, x in (("pembilang", isi.pembilang), ("penyebut", isi.penyebut)):
            m = RASIO.masalah(x)
            if m:
                return f"{nama} {m}"
        if isi.penyebut != 0:
            m = batas.di_luar(Decimal(isi.pembilang) / Decimal(isi.penyebut) * faktor)
            if m:
                return f"nilai pembilang/penyebut {m}"
        return None
    if isi.nilai is None:
        return ("tersimpan sebagai pembilang/penyebut, sedangkan indikator kini tidak dihitung "
                "dari rasio. Isi ulang realisasinya.")
    return batas.masalah(isi.nilai)


def nilai_rasio(pembilang: Decimal | None, penyebut: Decimal | None, faktor: Decimal) -> Agregat:
    """numerator / denominator x faktor (100 for a percentage)."""
    if pembilang is None or penyebut is None:
        return Agregat(None, "Pembilang dan penyebut harus diisi keduanya.")
    if penyebut == 0:
        return Agregat(None, "Penyebut bernilai 0: nilai rasio tidak dapat dihitung.",
                       pembilang, penyebut)
    return Agregat(Decimal(pembilang) / Decimal(penyebut) * faktor, "", pembilang, penyebut)


def nilai_periode(isi: NilaiPeriode | None, *, rasio: bool, faktor: Decimal,
                  batas: Batas | None | bool = False) -> Agregat:
    """The value of one quarter as the capaian rule consumes it.

    With ``batas`` (None for a predikat indicator) the quarter is first checked by
    :func:`masalah_isian`; a stored value that fails it gives no value and the reason.
    """
    if isi is None or not isi.terisi:
        return Agregat(None, "Realisasi belum diisi.")
    masalah = _masalah(isi, rasio=rasio, batas=batas, faktor=faktor)
    if masalah:
        return Agregat(None, f"Realisasi tersimpan tidak valid: {masalah}", galat=True)
    if isi.predikat is not None:
        return Agregat(isi.predikat)
    if rasio:
        return nilai_rasio(isi.pembilang, isi.penyebut, faktor)
    return Agregat(isi.nilai)


def _masalah(isi: NilaiPeriode, *, rasio, batas, faktor) -> str | None:
    if batas is not False:
        return masalah_isian(isi, rasio=rasio, batas=batas, faktor=faktor)
    # No bounds given: only the kinds must match, so that the arithmetic below is sound.
    if isi.predikat is not None:
        return None
    if rasio:
        ok = hingga(isi.pembilang) and hingga(isi.penyebut)
        return None if ok else "pembilang dan penyebut tidak lengkap."
    return None if hingga(isi.nilai) else "nilai tidak ada."


def realisasi_tahun(
    isian: dict[str, NilaiPeriode],
    *,
    agregasi: Agregasi | str,
    frekuensi: Frekuensi | str,
    rasio: bool = False,
    faktor: Decimal = Decimal(100),
    batas: Batas | None | bool = False,
) -> Agregat:
    """The year's realisasi from the quarters (see the module docstring).

    ``batas`` as for :func:`nilai_periode`; whatever it is, a quarter whose kind does not
    match the indicator (a ratio's figures without a value, a value without figures)
    leaves the year open with the reason.
    """
    agregasi = Agregasi(agregasi)
    wajib = periode_wajib(frekuensi)
    kurang = [p for p in wajib if p not in isian or not isian[p].terisi]
    if kurang:
        label = ", ".join(LABEL_PERIODE[p] for p in kurang)
        return Agregat(None, f"Realisasi {label} belum diisi.")
    data = [isian[p] for p in wajib]
    for p, d in zip(wajib, data):
        masalah = _masalah(d, rasio=rasio, batas=batas, faktor=faktor)
        if masalah:
            return Agregat(None, f"Realisasi {LABEL_PERIODE[p]} tidak valid: {masalah}", galat=True)

    if any(d.predikat is not None for d in data):
        if agregasi != Agregasi.TERAKHIR:
            return Agregat(None, "Predikat hanya dapat diringkas dengan aturan nilai terakhir.")
        return Agregat(data[-1].predikat)

    if agregasi == Agregasi.TERAKHIR:
        return nilai_periode(data[-1], rasio=rasio, faktor=faktor)

    # _masalah above guarantees the figures used here are present and finite
    if rasio:
        pembilang = sum((Decimal(d.pembilang or 0) for d in data), Decimal(0))
        penyebut = sum((Decimal(d.penyebut or 0) for d in data), Decimal(0))
        return nilai_rasio(pembilang, penyebut, faktor)

    jumlah = sum((Decimal(d.nilai or 0) for d in data), Decimal(0))
    if agregasi == Agregasi.KUMULATIF:
        return Agregat(jumlah)
    return Agregat(jumlah / len(data))
