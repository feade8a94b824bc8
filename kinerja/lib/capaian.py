"""Capaian kinerja: how achievement is computed from target and realisasi.

Legal basis: Perpres 29/2014 (SAKIP) Pasal 17 requires each entity to measure its
performance by comparing realisasi with the target of the Perjanjian Kinerja;
PermenPANRB 53/2014 Lampiran II (format Laporan Kinerja, Bab III "Akuntabilitas
Kinerja", Capaian Kinerja Organisasi) asks for that comparison per indicator. The
regulation leaves the arithmetic to the entity; this module fixes one documented rule per
polaritas, the ones common in Laporan Kinerja:

* higher is better (``maks``): capaian = R / T x 100;
* lower is better (``min``): capaian = (2 - R / T) x 100 by default (``selisih``:
  hitting the target gives 100, every unit over it costs as much as a unit under it would
  have earned), or T / R x 100 (``balik``) where the indicator's definition says so; a
  ``selisih`` result below zero is shown as 0 and said so;
* within a range (``rentang``, target [a, b]): 100 inside the range; below it R / a x 100;
  above it (2 - R / b) x 100, not below 0;
* qualitative (``kualitatif``): a predikat target such as "minimal B" is met or not, by the
  order AA > A > BB > B > CC > C > D used for AKIP results (PermenPANRB 88/2021,
  Lampiran: predikat nilai evaluasi); no percentage is invented for it.

An indicator may cap its capaian at 100, 110 or 120 (``batas``), as offices do so that one
over-achieved indicator does not hide another's shortfall in an average.

Whatever cannot be computed is said so with the reason, never shown as 0 and never an
error: a missing target or realisasi, a target of 0, or a realisasi of 0 (the convention of
this system: a 0 realisasi is reported as "tidak dapat dihitung" with the reason, so that an
unfilled value typed as 0 never turns into a 0% capaian; the realisasi itself is still shown).

Category bands (``Pita``) turn a percentage into a word. The default is the five-level
scale of Permendagri 86/2017 (Lampiran, kriteria tingkat capaian kinerja: sangat tinggi
91-100, tinggi 76-90, sedang 66-75, rendah 51-65, sangat rendah 0-50), read here as lower
bounds so that every value falls in one band; each satker may set its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .angka import AngkaTidakValid, Batas, bulatkan, format_ringkas, hingga, parse_angka

SERATUS = Decimal(100)


class Polaritas(StrEnum):
    MAKS = "maks"
    MIN = "min"
    RENTANG = "rentang"
    KUALITATIF = "kualitatif"

    @property
    def label(self) -> str:
        return {
            "maks": "Semakin tinggi semakin baik",
            "min": "Semakin rendah semakin baik",
            "rentang": "Dalam rentang",
            "kualitatif": "Kualitatif (predikat)",
        }[self.value]


class RumusMin(StrEnum):
    SELISIH = "selisih"  # (2 - R/T) x 100
    BALIK = "balik"  # T/R x 100

    @property
    def label(self) -> str:
        return {"selisih": "(2 − R/T) × 100", "balik": "T/R × 100"}[self.value]


BATAS_PILIHAN = (None, 100, 110, 120)

# Best first: PermenPANRB 88/2021 predikat order.
PREDIKAT = ("AA", "A", "BB", "B", "CC", "C", "D")


def peringkat_predikat(predikat: str) -> int:
    """Higher is better: AA -> 6, D -> 0."""
    return len(PREDIKAT) - 1 - PREDIKAT.index(predikat)


_PREDIKAT_RE = re.compile(r"^(?:minimal|min\.?|paling rendah)?\s*(AA|A|BB|B|CC|C|D)$", re.I)


def parse_predikat(teks: str | None) -> str | None:
    """``"minimal B"`` / ``"b"`` -> ``"B"``; empty -> None; anything else raises."""
    if teks is None or not str(teks).strip():
        return None
    m = _PREDIKAT_RE.match(str(teks).strip())
    if not m:
        raise AngkaTidakValid(
            f"“{teks}” bukan predikat. Gunakan salah satu: {', '.join(PREDIKAT)} "
            "(boleh diawali “minimal”)."
        )
    return m.group(1).upper()


@dataclass(frozen=True)
class Target:
    """A target: a number, a range [nilai, atas], or a minimum predikat."""

    nilai: Decimal | None = None
    atas: Decimal | None = None
    predikat: str | None = None

    @property
    def kosong(self) -> bool:
        return self.nilai is None and self.atas is None and self.predikat is None


_RENTANG_RE = re.compile(r"^(.+?)\s*(?:-|–|—|s\.?\s?d\.?|sampai)\s*(.+)$", re.I)


def parse_target(teks: str | None, polaritas: Polaritas, *, persen: bool = False,
                 batas: Batas | None = None) -> Target:
    """Read a typed target for an indicator of the given polaritas (empty -> empty Target).

    With ``batas`` every number of the target must lie within the bounds of the
    indicator's unit (kinerja.lib.angka), as its realisasi must.
    """
    if teks is None or not str(teks).strip():
        return Target()
    teks = str(teks).strip()
    if polaritas == Polaritas.KUALITATIF:
        return Target(predikat=parse_predikat(teks))
    if polaritas == Polaritas.RENTANG:
        m = _RENTANG_RE.match(teks)
        if not m:
            raise AngkaTidakValid(
                f"“{teks}”: target rentang ditulis sebagai batas bawah – batas atas, mis. 80 – 90."
            )
        bawah = parse_angka(m.group(1), persen=persen, batas=batas)
        atas = parse_angka(m.group(2), persen=persen, batas=batas)
        if bawah is None or atas is None:
            raise AngkaTidakValid(f"“{teks}”: tulis kedua batas rentang, mis. 80 – 90.")
        if bawah > atas:
            raise AngkaTidakValid(f"“{teks}”: batas bawah lebih besar dari batas atas.")
        return Target(nilai=bawah, atas=atas)
    return Target(nilai=parse_angka(teks, persen=persen, batas=batas))


def masalah_target(target: Target, polaritas: Polaritas | str, batas: Batas | None) -> str | None:
    """Why a stored target does not fit the indicator as it is defined now; None when it fits."""
    if target.kosong:
        return None
    if Polaritas(polaritas) == Polaritas.KUALITATIF:
        if target.predikat not in PREDIKAT:
            return "target predikat tidak dikenal."
        return None
    if target.predikat:
        return "target berupa predikat, sedangkan indikator ini berupa angka."
    for x in (target.nilai, target.atas):
        if x is None:
            continue
        if batas is None:
            return "target berupa angka, sedangkan indikator ini berupa predikat."
        m = batas.masalah(x)
        if m:
            return f"target {m}"
    if Polaritas(polaritas) == Polaritas.RENTANG and (target.atas is None or target.nilai is None):
        return "target rentang harus berbatas bawah dan atas."
    if target.atas is not None and target.nilai is not None and target.nilai > target.atas:
        return "batas bawah target lebih besar dari batas atas."
    return None


def format_target(target: Target, *, persen: bool = False, kosong: str = "–") -> str:
    """The inverse of :func:`parse_target`, for display and for re-filling a form."""
    if target.predikat:
        return f"minimal {target.predikat}"
    akhiran = "%" if persen else ""
    if target.atas is not None and target.nilai is not None:
        return f"{format_ringkas(target.nilai)}{akhiran} – {format_ringkas(target.atas)}{akhiran}"
    if target.nilai is not None:
        return f"{format_ringkas(target.nilai)}{akhiran}"
    return kosong


@dataclass(frozen=True)
class Hasil:
    """The capaian of one indicator for one period."""

    persen: Decimal | None  # None when qualitative or not computable
    tercapai: bool | None  # None when not computable
    catatan: str = ""
    dibatasi: bool = False

    @property
    def dapat_dihitung(self) -> bool:
        return self.tercapai is not None


def tidak_dapat_dihitung(alasan: str) -> Hasil:
    return Hasil(persen=None, tercapai=None, catatan=f"Tidak dapat dihitung: {alasan}")


def hitung(
    polaritas: Polaritas | str,
    target: Target,
    realisasi: Decimal | str | None,
    *,
    rumus_min: RumusMin | str = RumusMin.SELISIH,
    batas: int | None = None,
) -> Hasil:
    """Capaian of ``realisasi`` against ``target`` (see the module docstring for the rules)."""
    polaritas = Polaritas(polaritas)
    if polaritas == Polaritas.KUALITATIF:
        if not target.predikat:
            return tidak_dapat_dihitung("target predikat belum ditetapkan.")
        if realisasi is None or realisasi == "":
            return tidak_dapat_dihitung("realisasi belum diisi.")
        if not isinstance(realisasi, str) or realisasi not in PREDIKAT:
            return tidak_dapat_dihitung(f"realisasi “{realisasi}” bukan predikat.")
        tercapai = peringkat_predikat(realisasi) >= peringkat_predikat(target.predikat)
        return Hasil(persen=None, tercapai=tercapai)

    if target.nilai is None:
        return tidak_dapat_dihitung("target belum ditetapkan.")
    if realisasi is None:
        return tidak_dapat_dihitung("realisasi belum diisi.")
    if isinstance(realisasi, str):
        return tidak_dapat_dihitung(f"realisasi “{realisasi}” bukan angka.")
    if not hingga(realisasi) or not hingga(target.nilai) or (
            target.atas is not None and not hingga(target.atas)):
        return tidak_dapat_dihitung("angka tersimpan tidak valid.")
    r = Decimal(realisasi)
    if r == 0:
        return tidak_dapat_dihitung("realisasi bernilai 0.")
    catatan = ""

    if polaritas == Polaritas.MAKS:
        if target.nilai == 0:
            return tidak_dapat_dihitung("target bernilai 0.")
        persen = r / target.nilai * SERATUS
    elif polaritas == Polaritas.MIN:
        if target.nilai == 0:
            return tidak_dapat_dihitung("target bernilai 0.")
        if RumusMin(rumus_min) == RumusMin.BALIK:
            persen = target.nilai / r * SERATUS
        else:
            persen = (2 - r / target.nilai) * SERATUS
            if persen < 0:
                persen, catatan = Decimal(0), "Realisasi melebihi dua kali target: capaian 0%."
    else:  # RENTANG
        bawah, atas = target.nilai, target.atas
        if atas is None:
            return tidak_dapat_dihitung("batas atas rentang belum ditetapkan.")
        if atas == 0:
            return tidak_dapat_dihitung("batas atas rentang bernilai 0.")
        if bawah <= r <= atas:
            persen = SERATUS
        elif r < bawah:
            persen = r / bawah * SERATUS
        else:
            persen = (2 - r / atas) * SERATUS
            if persen < 0:
                persen, catatan = Decimal(0), "Realisasi melebihi dua kali batas atas: capaian 0%."

    tercapai = persen >= SERATUS
    dibatasi = False
    if batas is not None and persen > batas:
        persen, dibatasi = Decimal(batas), True
        catatan = f"Capaian dibatasi {batas}% sesuai definisi indikator."
    return Hasil(persen=persen, tercapai=tercapai, catatan=catatan, dibatasi=dibatasi)


AMBANG_TAJAM = Decimal(50)


def perubahan_tajam(baru: Decimal | None, *, sebelumnya: Decimal | None = None,
                    target: Decimal | None = None, persen: bool = False) -> list[str]:
    """Why a value should be confirmed before it is saved; empty when it looks ordinary.

    A plausibility check of this system, not a rule of law (PermenPANRB 53/2014 asks for
    reliable data, and a mistyped figure is the commonest unreliable one): a value that
    moves more than 50 points (a percentage) or more than 50% of the reference (any other
    unit) away from the previous quarter's value or from the period's target.
    """
    if baru is None or not hingga(baru):
        return []
    alasan = []
    for nama, acuan in (("realisasi triwulan sebelumnya", sebelumnya), ("target", target)):
        if acuan is None or not hingga(acuan):
            continue
        selisih = abs(Decimal(baru) - Decimal(acuan))
        if persen:
            if selisih > AMBANG_TAJAM:
                alasan.append(f"berbeda {format_ringkas(bulatkan(selisih, 2))} poin dari {nama} "
                              f"({format_ringkas(acuan)}%)")
        elif acuan > 0 and selisih / Decimal(acuan) * SERATUS > AMBANG_TAJAM:
            alasan.append(f"berbeda lebih dari {AMBANG_TAJAM}% dari {nama} ({format_ringkas(acuan)})")
    return alasan


@dataclass(frozen=True)
class Pita:
    """One category band: capaian >= ``bawah`` (and below the next band up)."""

    bawah: Decimal
    label: str


PITA_BAKU: tuple[Pita, ...] = (
    Pita(Decimal(91), "Sangat Tinggi"),
    Pita(Decimal(76), "Tinggi"),
    Pita(Decimal(66), "Sedang"),
    Pita(Decimal(51), "Rendah"),
    Pita(Decimal(0), "Sangat Rendah"),
)


@dataclass(frozen=True)
class Kategori:
    label: str
    tingkat: int  # 0 = best band; used for colour; -1 not computable
    kelas: str  # css class


def validasi_pita(pita: tuple[Pita, ...] | list[Pita]) -> tuple[Pita, ...]:
    """Bands must be strictly descending, labelled, and end at 0."""
    pita = tuple(pita)
    if not 2 <= len(pita) <= 7:
        raise ValueError("Kategori capaian harus terdiri atas 2 sampai 7 tingkat.")
    for a, b in zip(pita, pita[1:]):
        if not a.bawah > b.bawah:
            raise ValueError("Batas bawah kategori harus berurutan menurun tanpa duplikat.")
    if pita[-1].bawah != 0:
        raise ValueError("Kategori terendah harus berbatas bawah 0.")
    # descending down to 0 leaves no negative lower bound
    for p in pita:
        if not p.label.strip():
            raise ValueError("Setiap kategori harus bernama.")
    return pita


def parse_pita(teks: str) -> tuple[Pita, ...]:
    """One band per line, ``batas_bawah nama``: ``91 Sangat Tinggi``."""
    hasil = []
    for no, baris in enumerate(teks.splitlines(), 1):
        baris = baris.strip()
        if not baris:
            continue
        bagian = baris.split(None, 1)
        if len(bagian) != 2:
            raise ValueError(f"Baris {no}: tulis batas bawah lalu nama kategori, mis. “91 Sangat Tinggi”.")
        try:
            bawah = parse_angka(bagian[0])
        except AngkaTidakValid as e:
            raise ValueError(f"Baris {no}: {e}") from None
        if bawah is None:  # pragma: no cover - split() gives a non-empty first part
            raise ValueError(f"Baris {no}: batas bawah kosong.")
        hasil.append(Pita(bawah, bagian[1].strip()))
    return validasi_pita(hasil)


def format_pita(pita: tuple[Pita, ...]) -> str:
    return "\n".join(f"{format_ringkas(p.bawah)} {p.label}" for p in pita)


def kategori(hasil: Hasil, pita: tuple[Pita, ...] = PITA_BAKU) -> Kategori:
    """The category of a result; compares the displayed (2-decimal, half-up) value."""
    if not hasil.dapat_dihitung:
        return Kategori("Tidak dapat dihitung", -1, "kat-na")
    if hasil.persen is None:
        return (Kategori("Tercapai", 0, "kat-0") if hasil.tercapai
                else Kategori("Tidak tercapai", len(pita) - 1, "kat-4"))
    tampil = bulatkan(hasil.persen, 2)
    # the first band the value reaches (the last one starts at 0, and no capaian is negative)
    tingkat = next(i for i, p in enumerate(pita) if tampil >= p.bawah)
    # the colour scale is spread over 5 classes whatever the number of bands
    kelas = round(tingkat * 4 / (len(pita) - 1))
    return Kategori(pita[tingkat].label, tingkat, f"kat-{kelas}")


def banding_standar(realisasi: Decimal | None, standar: Decimal, polaritas: Polaritas | str) -> str | None:
    """How a result compares with a national or provincial standard, the comparison the LKj
    asks for (PermenPANRB 53/2014, Lampiran, Bab III: "perbandingan realisasi kinerja ...
    dengan standar nasional"). The indicator's polarity decides which side is better; None
    when there is no result, or the indicator is a range or qualitative (no single side)."""
    if realisasi is None or Polaritas(polaritas) in (Polaritas.RENTANG, Polaritas.KUALITATIF):
        return None
    if realisasi == standar:
        return "sama dengan standar"
    lebih_baik = realisasi > standar if Polaritas(polaritas) == Polaritas.MAKS else realisasi < standar
    return "lebih baik dari standar" if lebih_baik else "belum mencapai standar"
