"""The formula language that combines register measures (kinerja.lib.rumus): what it computes,
how it splits into numerator and denominator, and everything it refuses."""

from decimal import Decimal as Dec

import pytest

from kinerja.lib.rumus import PANJANG_MAKS, GalatRumus, urai

N = {"a.pembilang": Dec(3), "a.penyebut": Dec(4), "b.pembilang": Dec(5), "b.penyebut": Dec(6),
     "nol.pembilang": Dec(0), "nol.penyebut": Dec(0)}


@pytest.mark.parametrize("teks, hasil", [
    ("a.pembilang", Dec(3)),
    ("a.pembilang + b.pembilang", Dec(8)),
    ("b.pembilang - a.pembilang", Dec(2)),
    ("a.pembilang * b.pembilang", Dec(15)),
    ("a.pembilang / a.penyebut", Dec("0.75")),
    ("(a.pembilang + b.pembilang) / (a.penyebut + b.penyebut)", Dec(8) / Dec(10)),
    ("a.pembilang + b.pembilang / 2", Dec("5.5")),       # precedence: division first
    ("-a.pembilang + 10", Dec(7)),
    ("+a.pembilang", Dec(3)),
    ("2.5 * a.penyebut", Dec(10)),
    ("min(a.pembilang, b.pembilang)", Dec(3)),
    ("max(a.pembilang, b.pembilang, 4)", Dec(5)),
    ("min(a.penyebut)", Dec(4)),
    ("100 * a.pembilang / a.penyebut", Dec(75)),
    ("a.pembilang / 1", Dec(3)),
    ("a.pembilang / -1", Dec(-3)),
])
def test_hitung(teks, hasil):
    assert urai(teks).hitung(N) == hasil


def test_bagi_nol_tidak_bernilai():
    assert urai("a.pembilang / nol.penyebut").hitung(N) is None
    assert urai("nol.pembilang / a.penyebut").hitung(N) == 0


def test_nilai_yang_tidak_tersedia():
    with pytest.raises(GalatRumus, match="c.pembilang tidak tersedia"):
        urai("c.pembilang + 1").hitung(N)


def test_pecah_pembilang_dan_penyebut():
    r = urai("(a.pembilang + b.pembilang) / (a.penyebut + b.penyebut)")
    p, q = r.pecah()
    assert (p.hitung(N), q.hitung(N)) == (Dec(8), Dec(10))
    assert p.nama == {"a.pembilang", "b.pembilang"} and q.nama == {"a.penyebut", "b.penyebut"}
    assert p.teks == "a.pembilang + b.pembilang" and q.teks == "a.penyebut + b.penyebut"
    assert r.nama == {"a.pembilang", "b.pembilang", "a.penyebut", "b.penyebut"} and r.ukuran == {"a", "b"}
    assert urai("a.pembilang + b.pembilang").pecah() is None
    assert urai("a.pembilang * b.pembilang").pecah() is None
    assert urai("(a.pembilang / a.penyebut) + 1").pecah() is None  # the outermost operation is +
    p, q = urai("a.pembilang / a.penyebut / 2").pecah()  # left-associative: (a/b) / 2
    assert (p.hitung(N), q.hitung(N)) == (Dec("0.75"), Dec(2))
    assert urai("  a.pembilang  ").teks == "a.pembilang"


BACA = "Rumus tidak dapat dibaca: periksa tanda kurung dan operatornya (+ - * /; desimal ditulis dengan titik)."
OPERATOR = "Operator yang boleh dipakai hanya + - * /."
FUNGSI = "Fungsi yang boleh dipakai hanya min(...) dan max(...)."
ATRIBUT = "Tulis ukuran sebagai <ukuran>.pembilang atau <ukuran>.penyebut."
KONSTAN = ("Selain nama ukuran, hanya bilangan yang boleh ditulis (bukan teks, True/False, atau bilangan "
           "kompleks).")


@pytest.mark.parametrize("teks, pesan", [
    ("", "Rumus kosong."),
    ("   ", "Rumus kosong."),
    ("a.pembilang +", BACA),
    ("(a.pembilang", BACA),
    ("a.pembilang ** 2", OPERATOR),
    ("a.pembilang % 2", OPERATOR),
    ("a.pembilang // 2", OPERATOR),
    ("not a.pembilang", OPERATOR),
    ("~a.pembilang", OPERATOR),
    ("a.pembilang > 1", OPERATOR),
    ("a.pembilang and b.pembilang", OPERATOR),
    ("a", "“a” harus ditulis a.pembilang atau a.penyebut."),
    ("a + b.pembilang", "“a” harus ditulis a.pembilang atau a.penyebut."),
    ("a.nilai", ATRIBUT),
    ("a.b.pembilang", ATRIBUT),
    ("__import__('os').system('id')", FUNGSI),
    ("abs(a.pembilang)", FUNGSI),
    ("min()", FUNGSI),
    ("min(a.pembilang, key=1)", FUNGSI),
    ("a.pembilang.real(1)", FUNGSI),
    ("'teks'", KONSTAN),
    ("True + 1", KONSTAN),
    ("1j", KONSTAN),
    ("...", KONSTAN),
    ("1e999", "Bilangan dalam rumus paling besar 1.000.000."),
    ("1000001 * a.pembilang", "Bilangan dalam rumus paling besar 1.000.000."),
    ("1000000.5", "Bilangan dalam rumus paling besar 1.000.000."),
    ("1000000 * a.pembilang", Dec(3_000_000)),
    ("0,5 * a.pembilang", "Desimal ditulis dengan titik (0.5), bukan koma."),
    ("[a.pembilang]", "Bagian rumus tidak diizinkan: daftar [...]."),
    ("a.pembilang if 1 else 2", "Bagian rumus tidak diizinkan: if ... else."),
    ("lambda: 1", "Bagian rumus tidak diizinkan: lambda."),
    ("{1: 2}", "Bagian rumus tidak diizinkan: kamus {...}."),
    ("(x := 1)", "Bagian rumus tidak diizinkan: tanda :=."),
    ("a.pembilang[0]", "Bagian rumus tidak diizinkan: indeks [...]."),
    ("x" * (PANJANG_MAKS + 1), "Rumus terlalu panjang (paling banyak 500 karakter)."),
    ("+".join(["1"] * 67), Dec(67)),  # 200 nodes of the tree: the limit
    ("-1+-1+" + "+".join(["1"] * 64), "Rumus terlalu rumit."),  # 201
])
def test_yang_ditolak(teks, pesan):
    if isinstance(pesan, Dec):  # allowed: its value
        assert urai(teks).hitung(N) == pesan
        return
    with pytest.raises(GalatRumus) as e:
        urai(teks)
    assert str(e.value) == pesan


def test_ukuran_harus_dikenal():
    assert urai("a.pembilang / b.penyebut", dikenal=["a", "b"]).ukuran == {"a", "b"}
    with pytest.raises(GalatRumus, match="Ukuran tidak dikenal: c, d"):
        urai("(d.pembilang + c.pembilang) / a.penyebut", dikenal=["a"])


def test_batas_panjang_tepat():
    teks = "1." + "0" * (PANJANG_MAKS - 2)  # exactly the longest text allowed
    assert len(teks) == PANJANG_MAKS and urai(teks).hitung({}) == 1
