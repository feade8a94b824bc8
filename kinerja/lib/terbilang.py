"""Numbers in Indonesian words (*terbilang*), as official documents write them beside a figure.

The rules are those of Indonesian grammar for cardinal numbers, as the Pedoman Umum Ejaan
Bahasa Indonesia (EYD Edisi V, Keputusan Kepala Badan Pengembangan dan Pembinaan Bahasa
Nomor 0424/I/BS.00.01/2022, bab "Penulisan Angka dan Bilangan") and the Tata Naskah Dinas
(PermenPANRB 80/2012 and its successor PermenPANRB 6/2024 on writing amounts in letters)
use them:

- the prefix *se-* replaces *satu* before *belas*, *puluh* is never "sepuluh" written "satu
  puluh", *ratus* and *ribu*: "sebelas", "sepuluh", "seratus", "seribu";
- *satu* stays before *juta*, *miliar* and *triliun*: "satu juta seribu";
- the decimal comma is read "koma" and the digits after it one by one:
  82,21 -> "delapan puluh dua koma dua satu";
- an amount of money ends with its unit: "... rupiah".

num2words (lang="id") writes "satu ribu" and "satu ratus", which is wrong; the project owns
this function. The Laporan Kinerja prints every total with it, so the figure and the words
are built from the same integer and cannot disagree (the seed report's words named a number
other than its figure).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

SATUAN = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# each step is a thousand times the one before; kuadriliun covers any 64-bit rupiah amount
SKALA = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun")
MAKS = 10 ** (3 * len(SKALA)) - 1


def _ratusan(n: int) -> list[str]:
    """Words of 1..999."""
    kata: list[str] = []
    ratus, sisa = divmod(n, 100)
    if ratus == 1:
        kata.append("seratus")
    elif ratus:
        kata += [SATUAN[ratus], "ratus"]
    if sisa == 0:
        return kata
    if sisa < 10:
        kata.append(SATUAN[sisa])
    elif sisa == 10:
        kata.append("sepuluh")
    elif sisa == 11:
        kata.append("sebelas")
    elif sisa < 20:
        kata += [SATUAN[sisa - 10], "belas"]
    else:
        puluh, satu = divmod(sisa, 10)
        kata += [SATUAN[puluh], "puluh"]
        if satu:
            kata.append(SATUAN[satu])
    return kata


def terbilang(n: int) -> str:
    """A whole number in words: 1000 -> "seribu", 1001000 -> "satu juta seribu", -5 -> "minus lima".

    Raises ValueError for a non-integer or a number beyond the kuadriliun scale.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise ValueError("terbilang menerima bilangan bulat.")
    if n < 0:
        return "minus " + terbilang(-n)
    if n > MAKS:
        raise ValueError("Bilangan terlalu besar untuk ditulis dengan huruf.")
    if n == 0:
        return "nol"
    kelompok: list[int] = []
    while n:
        n, k = divmod(n, 1000)
        kelompok.append(k)
    kata: list[str] = []
    for i in range(len(kelompok) - 1, -1, -1):
        k = kelompok[i]
        if k == 0:
            continue
        if i == 1 and k == 1:
            kata.append("seribu")
            continue
        kata += _ratusan(k)
        if SKALA[i]:
            kata.append(SKALA[i])
    return " ".join(kata)


def terbilang_desimal(nilai: Decimal | int | str, desimal: int | None = None) -> str:
    """A decimal in words, the digits after the comma read one by one.

    ``Decimal("82.21")`` -> "delapan puluh dua koma dua satu"; with ``desimal`` the value is
    first rounded half-up to that many places, as the figure beside it is printed
    (``terbilang_desimal(Decimal("82.2134"), 2)`` names 82,21). Trailing zeros of the
    fraction are not read: 82,50 is "delapan puluh dua koma lima".
    """
    try:
        d = Decimal(nilai)
    except (InvalidOperation, TypeError, ValueError) as e:
        raise ValueError("Bukan bilangan.") from e
    if not d.is_finite():
        raise ValueError("Bukan bilangan.")
    if desimal is not None:
        from .angka import bulatkan

        d = bulatkan(d, desimal)
    tanda = "minus " if d < 0 else ""
    d = abs(d)
    bulat, _, pecahan = f"{d:f}".partition(".")
    pecahan = pecahan.rstrip("0")
    teks = terbilang(int(bulat))
    if pecahan:
        teks += " koma " + " ".join(SATUAN[int(c)] for c in pecahan)
    return tanda + teks


def terbilang_persen(nilai: Decimal | int | str, desimal: int = 2) -> str:
    """A percentage in words: ``Decimal("82.21")`` -> "delapan puluh dua koma dua satu persen"."""
    return terbilang_desimal(nilai, desimal) + " persen"


def terbilang_rupiah(n: int) -> str:
    """An amount of rupiah in words: 40377837000 -> "empat puluh miliar ... rupiah"."""
    return terbilang(n) + " rupiah"


def kapital(teks: str) -> str:
    """The words with their first letter capital, as they stand in brackets after a figure."""
    return teks[:1].upper() + teks[1:]
