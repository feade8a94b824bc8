"""Combining measures into one indicator: a small expression language, parsed with Python's
``ast`` against a whitelist and evaluated by walking the tree (never ``eval``).

An indicator whose realisasi is not one register measure but several (e.g. requests answered
on time across the PPID and the staff-service registers) is bound to a formula over the
measures' numerators and denominators::

    (ppid_tepat_waktu.pembilang + layanan_kepegawaian_tepat_waktu.pembilang)
      / (ppid_tepat_waktu.penyebut + layanan_kepegawaian_tepat_waktu.penyebut)

The top-level division splits the formula into the indicator's numerator and denominator, as
PermenPANRB 53/2014 (Lampiran, pengukuran kinerja) has a ratio indicator state both. Allowed:
numbers, ``+ - * /``, parentheses, ``min(...)``, ``max(...)``, and ``<measure>.pembilang`` /
``<measure>.penyebut``; anything else is refused with a message that says what.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import cast

ATRIBUT = ("pembilang", "penyebut")
FUNGSI = {"min": min, "max": max}
PANJANG_MAKS = 500
SIMPUL_MAKS = 200
BILANGAN_MAKS = Decimal(1_000_000)  # a weight or a scale, never a count: counts come from the measures
NAMA_BAGIAN = {"List": "daftar [...]", "Tuple": "pasangan (a, b)", "Set": "himpunan {...}", "Dict": "kamus {...}",
               "Subscript": "indeks [...]", "IfExp": "if ... else", "Lambda": "lambda", "JoinedStr": "teks f\"...\"",
               "Starred": "tanda * di depan nilai", "NamedExpr": "tanda :=", "ListComp": "perulangan for",
               "GeneratorExp": "perulangan for", "SetComp": "perulangan for", "DictComp": "perulangan for",
               "Await": "await", "Yield": "yield", "YieldFrom": "yield", "Slice": "potongan [a:b]"}


class GalatRumus(ValueError):
    """A formula that is not allowed, in words for the person who typed it."""


@dataclass(frozen=True)
class Rumus:
    teks: str
    pohon: ast.expr
    nama: frozenset[str]  # the variables it reads: "<measure>.pembilang" / "<measure>.penyebut"

    @property
    def ukuran(self) -> frozenset[str]:
        """The measures it reads."""
        return frozenset(n.split(".")[0] for n in self.nama)

    def hitung(self, nilai: Mapping[str, Decimal]) -> Decimal | None:
        """The formula's value for ``nilai`` (every variable it reads); None on a division by zero."""
        try:
            return _nilai(self.pohon, nilai)
        except ZeroDivisionError:
            return None

    def pecah(self) -> tuple[Rumus, Rumus] | None:
        """The numerator and denominator of a formula whose outermost operation is a division."""
        p = self.pohon
        if isinstance(p, ast.BinOp) and isinstance(p.op, ast.Div):
            return (Rumus(ast.unparse(p.left), p.left, _nama(p.left)),
                    Rumus(ast.unparse(p.right), p.right, _nama(p.right)))
        return None


def urai(teks: str, dikenal: Iterable[str] | None = None) -> Rumus:
    """Parse ``teks``; with ``dikenal``, every measure it names must be one of them."""
    teks = (teks or "").strip()
    if not teks:
        raise GalatRumus("Rumus kosong.")
    if len(teks) > PANJANG_MAKS:
        raise GalatRumus(f"Rumus terlalu panjang (paling banyak {PANJANG_MAKS} karakter).")
    try:
        pohon = ast.parse(teks, mode="eval")
    except SyntaxError:
        raise GalatRumus("Rumus tidak dapat dibaca: periksa tanda kurung dan operatornya "
                         "(+ - * /; desimal ditulis dengan titik).") from None
    simpul = list(ast.walk(pohon))
    if len(simpul) > SIMPUL_MAKS:
        raise GalatRumus("Rumus terlalu rumit.")
    for s in simpul:
        _periksa(s)
    nama = _nama(pohon.body)
    if dikenal is not None:
        asing = sorted({n.split(".")[0] for n in nama} - set(dikenal))
        if asing:
            raise GalatRumus(f"Ukuran tidak dikenal: {', '.join(asing)}.")
    return Rumus(teks, pohon.body, nama)


_OPERATOR = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.UAdd, ast.USub)


def _periksa(s: ast.AST) -> None:
    if isinstance(s, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Load, *_OPERATOR)):
        return
    if isinstance(s, ast.Constant):
        if type(s.value) not in (int, float):
            raise GalatRumus("Selain nama ukuran, hanya bilangan yang boleh ditulis (bukan teks, True/False, atau "
                             "bilangan kompleks).")
        d = Decimal(str(s.value))
        if not d.is_finite() or d > BILANGAN_MAKS:
            raise GalatRumus("Bilangan dalam rumus paling besar 1.000.000.")
        return
    if isinstance(s, ast.Attribute):
        if not isinstance(s.value, ast.Name) or s.attr not in ATRIBUT:
            raise GalatRumus("Tulis ukuran sebagai <ukuran>.pembilang atau <ukuran>.penyebut.")
        return
    if isinstance(s, ast.Name):
        return  # only as the measure of an Attribute: checked in _nama
    if isinstance(s, ast.Call):
        if not isinstance(s.func, ast.Name) or s.func.id not in FUNGSI or s.keywords or not s.args:
            raise GalatRumus("Fungsi yang boleh dipakai hanya min(...) dan max(...).")
        return
    if isinstance(s, (ast.operator, ast.unaryop, ast.Compare, ast.BoolOp)):
        raise GalatRumus("Operator yang boleh dipakai hanya + - * /.")
    if isinstance(s, ast.Tuple):
        raise GalatRumus("Desimal ditulis dengan titik (0.5), bukan koma.")
    raise GalatRumus(f"Bagian rumus tidak diizinkan: {NAMA_BAGIAN.get(type(s).__name__, 'bentuk ini')}.")


def _nama(pohon: ast.expr) -> frozenset[str]:
    hasil = set()
    for s in ast.walk(pohon):
        if isinstance(s, ast.Attribute) and isinstance(s.value, ast.Name):
            hasil.add(f"{s.value.id}.{s.attr}")
        elif isinstance(s, ast.Name) and not _nama_fungsi_atau_ukuran(pohon, s):
            raise GalatRumus(f"“{s.id}” harus ditulis {s.id}.pembilang atau {s.id}.penyebut.")
    return frozenset(hasil)


def _nama_fungsi_atau_ukuran(pohon: ast.expr, nama: ast.Name) -> bool:
    for s in ast.walk(pohon):
        if isinstance(s, ast.Attribute) and s.value is nama:
            return True
        if isinstance(s, ast.Call) and s.func is nama:
            return True
    return False


def _nilai(s: ast.expr, nilai: Mapping[str, Decimal]) -> Decimal:
    if isinstance(s, ast.Constant):
        return Decimal(str(s.value))
    if isinstance(s, ast.Attribute) and isinstance(s.value, ast.Name):
        kunci = f"{s.value.id}.{s.attr}"
        if kunci not in nilai:
            raise GalatRumus(f"Nilai {kunci} tidak tersedia.")
        return Decimal(nilai[kunci])
    if isinstance(s, ast.UnaryOp):
        x = _nilai(s.operand, nilai)
        return -x if isinstance(s.op, ast.USub) else x
    if isinstance(s, ast.BinOp):
        a, b = _nilai(s.left, nilai), _nilai(s.right, nilai)
        if isinstance(s.op, ast.Add):
            return a + b
        if isinstance(s.op, ast.Sub):
            return a - b
        if isinstance(s.op, ast.Mult):
            return a * b
        if b == 0:
            raise ZeroDivisionError
        try:
            return a / b
        except InvalidOperation:  # pragma: no cover - a finite non-zero divisor always divides
            raise ZeroDivisionError from None
    # urai allows nothing else here: min(...) or max(...); the casts only inform the type checker
    panggil = cast(ast.Call, s)  # pragma: no mutate
    fungsi = cast(ast.Name, panggil.func)  # pragma: no mutate
    return FUNGSI[fungsi.id](_nilai(a, nilai) for a in panggil.args)
