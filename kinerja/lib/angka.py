"""Indonesian number and date formatting, and strict parsing of typed numbers.

Indonesian writing groups thousands with a dot and separates decimals with a comma
(1.234.567,89), as the Pedoman Umum Ejaan Bahasa Indonesia prescribes (Permendikbud
50/2015, Lampiran, bab "Tanda Titik": the dot separates thousands; "Tanda Koma": the
comma marks decimals). Government documents follow it (PermenPANRB 80/2012 on Tata
Naskah Dinas). Values are rounded half-up for display only.

Parsing is strict: a value that a reader could take two ways is refused with a message
that says how to write it, rather than guessed. ``82.500`` is eighty-two and a half in
English and eighty-two thousand five hundred in Indonesian, so it is refused wherever a
decimal is possible; ``82.5`` (an English decimal) and ``1,234.56`` (English grouping)
are refused with the Indonesian spelling to use instead.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import InvalidOperation, ROUND_HALF_UP, Context, Decimal

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)

MAKS_DESIMAL = 4
# A stored indicator value has at most 15 significant digits: SQLite keeps decimals as IEEE
# doubles, which give back any 15-digit decimal exactly (DBL_DIG = 15), and PostgreSQL's
# numeric(15, 4) holds the same range. 11 digits before the comma, 4 after.
DIGIT_TERSIMPAN = 15
MAKS_DIGIT_BULAT = DIGIT_TERSIMPAN - MAKS_DESIMAL
# Whole numbers (counts, rupiah) are stored as 64-bit integers; 15 digits is the stated
# maximum (Rp999 triliun), far above any satker's budget.
MAKS_DIGIT_RUPIAH = 15
TIDAK_VALID = "tidak valid"
# Display arithmetic must never fail on a large value: a wide context for rounding.
_KONTEKS_LEBAR = Context(prec=100)


class AngkaTidakValid(ValueError):
    """A typed number that cannot be read unambiguously; the message is for the user."""


MAKS_NILAI = Decimal(10) ** MAKS_DIGIT_BULAT - Decimal(1).scaleb(-MAKS_DESIMAL)


@dataclass(frozen=True)
class Batas:
    """What one kind of stored number may hold: its range, and whether it is whole.

    These are the system's storage rules, stated once for every app: no regulation caps
    a count, but a number outside them is either a typing error or beyond what both
    databases keep exactly. A percentage is a share of a whole (KBBI: *persen*, "per
    seratus"), so it lies in [0, 100] unless the indicator's definition says it may
    exceed 100 (a growth rate, an index against a base year); then up to 1.000.
    """

    satuan: str
    maksimum: Decimal
    minimum: Decimal = Decimal(0)
    bulat: bool = False
    persen: bool = False

    def masalah(self, nilai) -> str | None:
        """Why ``nilai`` cannot be stored under these bounds; None when it can."""
        m = self.di_luar(nilai)
        if m:
            return m
        d = Decimal(nilai)
        if self.bulat and d != d.to_integral_value():
            return "harus bilangan bulat."
        if _desimal(d) > MAKS_DESIMAL and d != bulatkan(d, MAKS_DESIMAL):
            return f"paling banyak {MAKS_DESIMAL} angka di belakang koma."
        return None

    def di_luar(self, nilai) -> str | None:
        """Why ``nilai`` lies outside the range (a computed value, e.g. a ratio, is checked so)."""
        if not hingga(nilai):
            return "bukan angka yang sah."
        d = Decimal(nilai)
        if d < self.minimum:
            return ("tidak boleh negatif." if self.minimum == 0
                    else f"paling kecil {format_ringkas(self.minimum)}.")
        if d > self.maksimum:
            if self.persen and self.maksimum == 100:
                return ("persentase paling besar 100%. Jika indikator ini memang dapat melebihi "
                        "100%, nyatakan pada definisi indikatornya.")
            akhiran = "%" if self.persen else ""
            return f"paling besar {format_ringkas(self.maksimum)}{akhiran}."
        return None


PERSEN = Batas("persen", Decimal(100), persen=True)
PERSEN_LEBIH = Batas("persen", Decimal(1000), persen=True)
JUMLAH = Batas("jumlah", Decimal(10) ** MAKS_DIGIT_BULAT - 1, bulat=True)
NILAI = Batas("nilai", MAKS_NILAI)
RASIO = Batas("pembilang/penyebut", MAKS_NILAI)
RUPIAH = Batas("rupiah", Decimal(10) ** MAKS_DIGIT_RUPIAH - 1, bulat=True)

_BATAS_SATUAN = {"persen": PERSEN, "jumlah": JUMLAH, "nilai": NILAI, "indeks": NILAI, "rupiah": RUPIAH}


def batas_satuan(satuan: str, *, lebih_100: bool = False) -> Batas:
    """The bounds of a value in ``satuan`` (``persen``, ``jumlah``, ``nilai``, ``indeks``, ``rupiah``)."""
    if satuan == "persen" and lebih_100:
        return PERSEN_LEBIH
    try:
        return _BATAS_SATUAN[satuan]
    except KeyError:
        raise ValueError(f"Satuan tanpa batas angka: {satuan}") from None


def bulatkan(nilai: Decimal, desimal: int = 2) -> Decimal:
    """Round half-up to ``desimal`` places (display rounding, never for storage)."""
    kuantum = Decimal(1).scaleb(-desimal)
    return Decimal(nilai).quantize(kuantum, rounding=ROUND_HALF_UP, context=_KONTEKS_LEBAR)


def _desimal(d: Decimal) -> int:
    """Digits after the comma of a finite Decimal as written (0 for an integer)."""
    return max(0, -int(d.as_tuple().exponent))


def hingga(nilai) -> bool:
    """A finite number (not NaN, not infinity): what can be shown and computed with."""
    jenis = type(nilai)
    if jenis is Decimal:  # the common case first: pages call this for every figure
        return nilai.is_finite()
    return isinstance(nilai, (int, Decimal)) and not isinstance(nilai, bool) and Decimal(nilai).is_finite()


def format_angka(nilai: Decimal | int | None, desimal: int = 2, *, kosong: str = "–") -> str:
    """``Decimal("1234567.891")`` -> ``"1.234.567,89"``; ``None`` -> ``kosong``."""
    if nilai is None:
        return kosong
    if not hingga(nilai):
        return TIDAK_VALID
    try:
        d = bulatkan(Decimal(nilai), desimal)
    except InvalidOperation:  # beyond even the wide context (about 1e98): never a page error
        return TIDAK_VALID
    tanda = "-" if d < 0 else ""
    d = d.copy_abs()
    teks = f"{d:f}"
    bulat, _, pecahan = teks.partition(".")
    kelompok: list[str] = []
    while len(bulat) > 3:
        kelompok.insert(0, bulat[-3:])
        bulat = bulat[:-3]
    kelompok.insert(0, bulat)
    hasil = ".".join(kelompok)
    if desimal > 0:
        hasil += "," + pecahan
    return tanda + hasil  # a value that rounds to zero compares equal to 0: never "-0,00"


def format_persen(nilai: Decimal | None, desimal: int = 2, *, kosong: str = "–") -> str:
    """``Decimal("82.2134")`` -> ``"82,21%"``."""
    if nilai is None:
        return kosong
    teks = format_angka(nilai, desimal)
    return teks if teks == TIDAK_VALID else teks + "%"


def format_rupiah(nilai: int | None, *, kosong: str = "–") -> str:
    """``40377837000`` -> ``"Rp40.377.837.000"``: the one house style of amounts in documents
    (no space after "Rp", no ",00"; Tata Naskah Dinas, PermenPANRB 80/2012)."""
    if nilai is None:
        return kosong
    if not hingga(nilai):
        return TIDAK_VALID
    return ("-" if nilai < 0 else "") + "Rp" + format_angka(abs(nilai), 0)


def format_ringkas(nilai: Decimal | None, *, kosong: str = "–") -> str:
    """Up to four decimals, trailing zeros dropped: 100 -> "100", 82.5 -> "82,5"."""
    if nilai is None:
        return kosong
    if not hingga(nilai):
        return TIDAK_VALID
    try:
        d = bulatkan(Decimal(nilai), MAKS_DESIMAL).normalize(_KONTEKS_LEBAR)
    except InvalidOperation:  # beyond even the wide context: never a page error
        return TIDAK_VALID
    desimal = _desimal(d)
    return format_angka(d, desimal)


def format_ukuran(n: int | None, *, kosong: str = "–") -> str:
    """A size in bytes with the Indonesian decimal comma: 193 B, 12,4 KB, 3,2 MB (1 KB = 1024 B)."""
    if n is None:
        return kosong
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{format_angka(Decimal(n) / 1024, 1)} KB"
    return f"{format_angka(Decimal(n) / (1024 * 1024), 1)} MB"


def format_tanggal(tanggal: _dt.date | None, *, kosong: str = "–") -> str:
    """``date(2024, 12, 31)`` -> ``"31 Desember 2024"``."""
    if tanggal is None:
        return kosong
    return f"{tanggal.day} {BULAN[tanggal.month - 1]} {tanggal.year}"


_POLOS = re.compile(r"[0-9]+")
_DESIMAL = re.compile(r"[0-9]+,[0-9]+")
_KELOMPOK_DESIMAL = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+")
_KELOMPOK_BANYAK = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){2,}")
_KELOMPOK_SATU = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
_DESIMAL_INGGRIS = re.compile(r"[0-9]+\.[0-9]+")
_KELOMPOK_INGGRIS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


def parse_angka(
    teks: str | None,
    *,
    bulat: bool = False,
    persen: bool = False,
    boleh_negatif: bool = False,
    batas: Batas | None = None,
) -> Decimal | None:
    """Read a number typed the Indonesian way; empty input gives ``None``.

    ``bulat`` fields (counts, rupiah) take a single thousands group such as ``1.500``;
    elsewhere that form is ambiguous and refused. ``persen`` fields accept a trailing
    ``%``. With ``batas`` the value must also fit those bounds (and ``bulat``/``persen``
    follow them). Raises :class:`AngkaTidakValid` with an Indonesian message.
    """
    if batas is not None:  # its minimum (0) is checked with the rest of its bounds below
        bulat, persen, boleh_negatif = bulat or batas.bulat, persen or batas.persen, True
    if teks is None:
        return None
    asli = str(teks).strip()  # str.strip removes non-breaking spaces too
    s = asli
    if not s:
        return None
    if s.endswith("%"):
        if not persen:
            raise AngkaTidakValid(f"“{asli}”: tanda % hanya untuk isian persen.")
        s = s[:-1].strip()
    negatif = s[:1] in ("-", "\u2212")  # a hyphen or the Unicode minus sign
    if negatif:
        s = s[1:].strip()
    if not s:
        raise AngkaTidakValid(f"“{asli}” bukan angka.")
    if any(c.isdigit() and not c.isascii() for c in s):  # full-width, Arabic-Indic, superscript digits
        raise AngkaTidakValid(f"“{asli}”: tulis dengan angka 0–9.")

    if _POLOS.fullmatch(s):
        angka = s
    elif _DESIMAL.fullmatch(s):
        angka = s.replace(",", ".")
    elif _KELOMPOK_DESIMAL.fullmatch(s) or _KELOMPOK_BANYAK.fullmatch(s):
        angka = s.replace(".", "").replace(",", ".")
    elif _KELOMPOK_SATU.fullmatch(s):
        if not bulat:
            kiri, kanan = s.split(".")
            desimal = kanan.rstrip("0") or "0"
            raise AngkaTidakValid(
                f"“{asli}” ambigu: bisa dibaca {kiri},{desimal} atau {kiri}{kanan}. "
                f"Tulis desimal dengan koma (mis. {kiri},{desimal}) dan ribuan tanpa titik "
                f"(mis. {kiri}{kanan})."
            )
        angka = s.replace(".", "")
    elif _KELOMPOK_INGGRIS.fullmatch(s):
        raise AngkaTidakValid(
            f"“{asli}” memakai format bahasa Inggris. Gunakan titik untuk ribuan dan koma "
            "untuk desimal, mis. 1.234.567,89."
        )
    elif _DESIMAL_INGGRIS.fullmatch(s):
        raise AngkaTidakValid(
            f"“{asli}”: gunakan koma sebagai pemisah desimal, mis. {s.replace('.', ',')}."
        )
    else:
        raise AngkaTidakValid(f"“{asli}” bukan angka.")

    nilai = Decimal(angka)  # the patterns above admit only digits and one point
    bagian_bulat, _, bagian_desimal = angka.partition(".")
    if len(bagian_bulat.lstrip("0")) > MAKS_DIGIT_RUPIAH:
        raise AngkaTidakValid(f"“{asli}” terlalu besar.")
    if len(bagian_desimal.rstrip("0")) > MAKS_DESIMAL:
        raise AngkaTidakValid(
            f"“{asli}”: paling banyak {MAKS_DESIMAL} angka di belakang koma."
        )
    if bulat and nilai != nilai.to_integral_value():
        raise AngkaTidakValid(f"“{asli}”: harus bilangan bulat.")
    if negatif and nilai != 0:
        if not boleh_negatif:
            raise AngkaTidakValid(f"“{asli}”: tidak boleh negatif.")
        nilai = -nilai
    if batas is not None:
        masalah = batas.masalah(nilai)
        if masalah:
            raise AngkaTidakValid(f"“{asli}”: {masalah}")
    return nilai
