"""Budget rules: the DIPA's codes, revisions, absorption, the spending plan and efficiency.

The DIPA (Daftar Isian Pelaksanaan Anggaran) is the budget document of a satker for a year
(UU 17/2003 on state finances; PMK 62/2023 on planning and executing the APBN, which governs
the DIPA and its revision). KPU is budget section 076; its lines follow the APBN classification:
programme (``076.01.CQ``) > kegiatan (``6709``) > KRO (``QMA``) > RO (``001``) > komponen
(``051``) > akun (``521211``), the classification of the RKA-K/L under PMK 62/2023.

All amounts are whole rupiah (``int``). Every percentage is computed here from those
integers, exactly, as a :class:`~decimal.Decimal`; rounding happens only when it is shown
(half-up, :func:`kinerja.lib.angka.format_persen`), and nothing computed is stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .angka import RUPIAH, AngkaTidakValid, format_ringkas, parse_angka
from .capaian import Hasil

BULAN_ANGGARAN = tuple(range(1, 13))
TRIWULAN_AKHIR_BULAN = {"TW1": 3, "TW2": 6, "TW3": 9, "TW4": 12}
BAGIAN_ANGGARAN_KPU = "076"


class Tingkat(StrEnum):
    """Levels of a DIPA line, top to bottom; ``TIDAK_DIRINCI`` is a top-level remainder line
    for pagu a source document does not break down (named so, never passed off as a code)."""

    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    KRO = "kro"
    RO = "ro"
    KOMPONEN = "komponen"
    AKUN = "akun"
    TIDAK_DIRINCI = "tidak_dirinci"

    @property
    def label(self) -> str:
        return {"program": "Program", "kegiatan": "Kegiatan", "kro": "KRO", "ro": "RO",
                "komponen": "Komponen", "akun": "Akun", "tidak_dirinci": "Tidak dirinci"}[self.value]


URUTAN_TINGKAT = (Tingkat.PROGRAM, Tingkat.KEGIATAN, Tingkat.KRO, Tingkat.RO, Tingkat.KOMPONEN, Tingkat.AKUN)

# The code of each level as written in a DIPA and in a SAKTI export.
_POLA_KODE = {
    Tingkat.PROGRAM: (re.compile(r"[0-9]{3}\.[0-9]{2}\.[A-Z]{2}"), "tiga angka bagian anggaran, dua angka unit, dua huruf program, mis. 076.01.CQ"),
    Tingkat.KEGIATAN: (re.compile(r"[0-9]{4}"), "empat angka, mis. 6709"),
    Tingkat.KRO: (re.compile(r"[A-Z]{3}"), "tiga huruf, mis. QMA"),
    Tingkat.RO: (re.compile(r"[0-9]{3}"), "tiga angka, mis. 001"),
    Tingkat.KOMPONEN: (re.compile(r"[0-9]{3}"), "tiga angka, mis. 051"),
    Tingkat.AKUN: (re.compile(r"[0-9]{6}"), "enam angka, mis. 521211"),
}


def masalah_kode(tingkat: Tingkat | str, kode: str) -> str | None:
    """Why ``kode`` is not a valid code for a line of ``tingkat``; None when it is."""
    tingkat = Tingkat(tingkat)
    if tingkat == Tingkat.TIDAK_DIRINCI:
        return None if kode == "" else "baris pagu tidak dirinci tidak memakai kode."
    pola, contoh = _POLA_KODE[tingkat]
    if not pola.fullmatch(kode or ""):
        return f"kode {tingkat.label} “{kode}” tidak sah: {contoh}."
    return None


def masalah_induk(tingkat: Tingkat | str, tingkat_induk: Tingkat | str | None) -> str | None:
    """A line sits directly below the level above it; a programme and a remainder line at the top."""
    tingkat = Tingkat(tingkat)
    if tingkat in (Tingkat.PROGRAM, Tingkat.TIDAK_DIRINCI):
        return None if tingkat_induk is None else f"{tingkat.label} berada di tingkat teratas."
    atas = URUTAN_TINGKAT[URUTAN_TINGKAT.index(tingkat) - 1]
    if tingkat_induk is None or Tingkat(tingkat_induk) != atas:
        return f"{tingkat.label} harus berada di bawah {atas.label}."
    return None


def masalah_rupiah(nilai, *, nama: str = "nilai") -> str | None:
    """A rupiah amount: a whole, non-negative number within storage bounds."""
    m = RUPIAH.masalah(nilai)
    return f"{nama} {m}" if m else None


@dataclass(frozen=True)
class Penyerapan:
    """Absorption of a budget: realisasi / pagu x 100, exact; ``persen`` is None with a reason."""

    pagu: int
    realisasi: int
    persen: Decimal | None
    catatan: str = ""

    @property
    def sisa(self) -> int:
        return self.pagu - self.realisasi

    @property
    def melebihi_pagu(self) -> bool:
        return self.realisasi > self.pagu


def penyerapan(realisasi: int, pagu: int) -> Penyerapan:
    """Penyerapan anggaran = realisasi / pagu x 100% (PMK 62/2023 on monitoring the execution
    of the DIPA; the same ratio the LKj reports in its Realisasi Anggaran section).

    A pagu of zero has no absorption: the reason says why instead of dividing by zero.
    Realisasi above pagu gives more than 100% and is flagged (``melebihi_pagu``)."""
    if pagu == 0:
        alasan = ("Pagu nol: penyerapan tidak dapat dihitung." if realisasi == 0
                  else "Ada realisasi tanpa pagu: periksa baris DIPA.")
        return Penyerapan(pagu, realisasi, None, alasan)
    return Penyerapan(pagu, realisasi, Decimal(realisasi) * 100 / Decimal(pagu))


def target_tercapai(serapan: Penyerapan, target: Decimal | None) -> bool | None:
    """Whether cumulative absorption reached the quarter's target (the end-of-quarter
    absorption targets a ministry sets for its work units; the IKPA indicator "penyerapan
    anggaran", PER-5/PB/2022); None when there is no target or no absorption."""
    if target is None or serapan.persen is None:
        return None
    return serapan.persen >= target


def kumulatif(per_bulan: Mapping[int, int], sampai: int = 12) -> list[int]:
    """Cumulative amounts for months 1..``sampai`` from amounts per month (missing = 0)."""
    hasil, jalan = [], 0
    for b in range(1, sampai + 1):
        jalan += per_bulan.get(b, 0)
        hasil.append(jalan)
    return hasil


def deviasi(realisasi: int, rencana: int) -> Decimal | None:
    """Deviation of realisasi from the spending plan (RPD, halaman III DIPA) in one month:
    |realisasi - rencana| / rencana x 100, the measure of the IKPA indicator "deviasi
    halaman III DIPA" (Perdirjen Perbendaharaan PER-5/PB/2022). None when nothing was planned."""
    if rencana == 0:
        return None
    return abs(Decimal(realisasi - rencana)) * 100 / Decimal(rencana)


@dataclass(frozen=True)
class PerubahanPagu:
    kode: str
    sebelum: int
    sesudah: int

    @property
    def selisih(self) -> int:
        return self.sesudah - self.sebelum


def terapkan_revisi(pagu: Mapping[str, int], perubahan: Sequence[PerubahanPagu]) -> tuple[dict[str, int], list[str]]:
    """The pagu of each line after a revisi DIPA, and the problems that forbid it.

    A revision states each changed line's pagu before and after (revisi anggaran, PMK 62/2023);
    the "before" must be the line's current pagu, a line appears once,
    and no line may become negative. With any problem the pagu is returned unchanged."""
    masalah: list[str] = []
    baru = dict(pagu)
    dilihat: set[str] = set()
    for p in perubahan:
        if p.kode in dilihat:
            masalah.append(f"{p.kode}: baris muncul dua kali dalam satu revisi.")
            continue
        dilihat.add(p.kode)
        if p.kode not in pagu:
            masalah.append(f"{p.kode}: baris tidak ada di DIPA.")
            continue
        if p.sebelum != pagu[p.kode]:
            masalah.append(f"{p.kode}: pagu sebelum revisi tertulis Rp{format_ringkas(Decimal(p.sebelum))}, "
                           f"padahal pagu saat ini Rp{format_ringkas(Decimal(pagu[p.kode]))}.")
        if p.sesudah < 0:
            masalah.append(f"{p.kode}: pagu sesudah revisi tidak boleh negatif.")
        else:
            m = masalah_rupiah(p.sesudah, nama="pagu sesudah revisi")
            if m:
                masalah.append(f"{p.kode}: {m}")
        baru[p.kode] = p.sesudah
    return (dict(pagu), masalah) if masalah else (baru, [])


class KategoriEfisiensi(StrEnum):
    EFISIEN = "efisien"
    CUKUP = "cukup"
    TIDAK = "tidak"

    @property
    def label(self) -> str:
        return {"efisien": "Efisien", "cukup": "Cukup efisien", "tidak": "Tidak efisien"}[self.value]


@dataclass(frozen=True)
class AmbangEfisiensi:
    """Thresholds of the LKj rule, in percentage points of capaian minus penyerapan: at or
    above ``efisien`` is efficient, at or above ``cukup`` fairly efficient, below inefficient."""

    efisien: Decimal = Decimal(0)
    cukup: Decimal = Decimal(-10)

    def masalah(self) -> str | None:
        if self.cukup > self.efisien:
            return "ambang “cukup efisien” tidak boleh di atas ambang “efisien”."
        return None


METODE_LKJ = ("Perbandingan capaian kinerja dengan penyerapan anggaran (selisih poin persen), "
              "analisis efisiensi penggunaan sumber daya LKj, PermenPANRB 53/2014 Lampiran, Bab III")
METODE_PMK = ("Biaya per keluaran terhadap rencana, PMK 22/2021 tentang pengukuran dan evaluasi "
              "kinerja anggaran (aspek implementasi: efisiensi)")


@dataclass(frozen=True)
class Efisiensi:
    nilai: Decimal | None  # the method's figure (selisih in points, or the PMK score in %)
    kategori: KategoriEfisiensi | None
    metode: str
    catatan: str = ""
    efisiensi: Decimal | None = None  # PMK: E before scoring, in %


def efisiensi_lkj(capaian: Hasil | Decimal | None, serapan: Penyerapan,
                  ambang: AmbangEfisiensi = AmbangEfisiensi()) -> Efisiensi:
    """The common LKj comparison of capaian with penyerapan. PermenPANRB 53/2014 (Lampiran,
    Bab III of the LKj) asks for an "analisis atas efisiensi penggunaan sumber daya"; KPU
    offices state it as capaian minus penyerapan: achieving more than was spent is
    efficient. Categories follow ``ambang`` (configurable per satker and year)."""
    persen = capaian.persen if isinstance(capaian, Hasil) else capaian
    if persen is None:
        alasan = capaian.catatan if isinstance(capaian, Hasil) and capaian.catatan else ""
        return Efisiensi(None, None, METODE_LKJ, "Capaian tidak berupa persentase" + (f": {alasan}" if alasan else "."))
    if serapan.persen is None:
        return Efisiensi(None, None, METODE_LKJ, serapan.catatan)
    selisih = Decimal(persen) - serapan.persen
    if selisih >= ambang.efisien:
        kat = KategoriEfisiensi.EFISIEN
    elif selisih >= ambang.cukup:
        kat = KategoriEfisiensi.CUKUP
    else:
        kat = KategoriEfisiensi.TIDAK
    return Efisiensi(selisih, kat, METODE_LKJ)


@dataclass(frozen=True)
class Keluaran:
    """One output (RO) for the PMK method: its pagu, planned volume, realised volume and spending."""

    pagu: int
    target_volume: Decimal
    realisasi_volume: Decimal
    realisasi_anggaran: int


def efisiensi_pmk(keluaran: Iterable[Keluaran]) -> Efisiensi:
    """Cost per output against plan, PMK 22/2021 (Lampiran, aspek implementasi):

        E  = (sum(pagu_i / target_i x volume_i) - sum(realisasi_i)) / sum(pagu_i / target_i x volume_i) x 100%
        NE = 50% + (E / 20%) x 50%, clamped to 0%..100%

    i.e. the planned unit cost times the volume delivered is what the output should have
    cost; spending less is efficient. NE of 50% means spent exactly as planned; E of 20%
    or more scores 100%, -20% or less scores 0%. The regulation scores, it does not name
    categories, so none is given (``kategori`` is None). An output without a planned volume cannot
    be costed and is reported, not skipped."""
    daftar = list(keluaran)
    if not daftar:
        return Efisiensi(None, None, METODE_PMK, "Tidak ada keluaran dengan volume.")
    wajar = Decimal(0)
    nyata = Decimal(0)
    for k in daftar:
        if k.target_volume <= 0:
            return Efisiensi(None, None, METODE_PMK, "Ada keluaran tanpa target volume: biaya per unit tidak dapat dihitung.")
        wajar += Decimal(k.pagu) / k.target_volume * k.realisasi_volume
        nyata += k.realisasi_anggaran
    if wajar == 0:
        return Efisiensi(None, None, METODE_PMK, "Volume keluaran yang terealisasi nol.")
    e = (wajar - nyata) / wajar * 100
    ne = Decimal(50) + e / Decimal(20) * Decimal(50)
    ne = min(Decimal(100), max(Decimal(0), ne))
    return Efisiensi(ne, None, METODE_PMK, efisiensi=e)


def capaian_sasaran(hasil: Iterable[Hasil]) -> tuple[Decimal | None, str]:
    """A sasaran's capaian for comparison with its budget: the mean of its indicators'
    percentages (the usual LKj reading of a sasaran with several indicators). Indicators
    without a percentage (qualitative, or not computable) are left out and named in the
    note; with none left there is no figure."""
    semua = list(hasil)
    persen = [h.persen for h in semua if h.persen is not None]
    lewat = len(semua) - len(persen)
    if not persen:
        return None, "Tidak ada indikator sasaran ini yang capaiannya berupa persentase."
    catatan = (f"Rata-rata {len(persen)} indikator; {lewat} indikator tanpa persentase tidak dihitung."
               if lewat else f"Rata-rata {len(persen)} indikator.")
    return sum(persen, Decimal(0)) / len(persen), catatan


_TITIK_RIBUAN = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})*|[0-9]+")
_INGGRIS_BANYAK = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_INGGRIS_DESIMAL = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_INGGRIS_SATU = re.compile(r"\d{1,3},\d{3}")


def parse_rupiah(teks) -> int | None:
    """A rupiah amount as typed or exported: ``40.377.837.000`` (Indonesian), and also the
    English grouping the reference report and many exports print (``40,377,837,000``,
    ``1,234.00``) where it cannot be read another way; ``Rp`` and spaces are ignored.
    ``1,500`` is refused as ambiguous (1,5 or 1.500). Empty gives None. Negative,
    fractional or oversized amounts raise :class:`~kinerja.lib.angka.AngkaTidakValid`."""
    if teks is None:
        return None
    if isinstance(teks, float):  # a number cell of a spreadsheet
        if teks != teks or teks in (float("inf"), float("-inf")) or not teks.is_integer():
            raise AngkaTidakValid(f"“{teks:g}”: rupiah harus bilangan bulat.")
        teks = int(teks)
    s = str(teks).strip()
    if not s.isascii():  # other scripts' digits (Arabic-Indic, full-width) are not read as rupiah
        s_ascii = s.replace("\u00a0", " ").replace("\u2212", "-")
        if not s_ascii.isascii():
            raise AngkaTidakValid(f"“{teks}”: tulis angka dengan angka 0-9.")
        s = s_ascii
    if s[:2].lower() == "rp":
        s = s[2:].lstrip(". ")
    s = s.replace(" ", "").replace("\u00a0", "")
    if not s:
        return None
    if len(s) <= 19 and _TITIK_RIBUAN.fullmatch(s):  # the common form, read without parse_angka
        cepat = int(s.replace(".", ""))
        if cepat <= RUPIAH.maksimum:
            return cepat
    tanda = ""
    if s[:1] in ("-", "\u2212"):
        tanda, s = "-", s[1:]
    if _INGGRIS_BANYAK.fullmatch(s) or _INGGRIS_DESIMAL.fullmatch(s):
        s = s.replace(",", "").replace(".", ",")
    elif _INGGRIS_SATU.fullmatch(s):
        kiri, kanan = s.split(",")
        raise AngkaTidakValid(f"“{teks}” ambigu: bisa dibaca {kiri},{kanan} atau {kiri}.{kanan}. "
                              f"Tulis rupiah tanpa pemisah (mis. {kiri}{kanan}) atau dengan titik ribuan.")
    nilai = parse_angka(tanda + s, batas=RUPIAH)
    return None if nilai is None else int(nilai)
