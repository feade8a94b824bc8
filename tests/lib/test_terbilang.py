from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.lib.terbilang import (
    MAKS, kapital, terbilang, terbilang_desimal, terbilang_persen, terbilang_rupiah,
)


@pytest.mark.parametrize("n, kata", [
    (0, "nol"),
    (1, "satu"),
    (9, "sembilan"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (200, "dua ratus"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (1111, "seribu seratus sebelas"),
    (2000, "dua ribu"),
    (10_000, "sepuluh ribu"),
    (11_000, "sebelas ribu"),
    (100_000, "seratus ribu"),
    (101_000, "seratus satu ribu"),          # "seratus seribu" would be wrong
    (111_111, "seratus sebelas ribu seratus sebelas"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (1_000_001, "satu juta satu"),
    (10_000_000, "sepuluh juta"),
    (1_000_000_000, "satu miliar"),
    (1_000_000_000_000, "satu triliun"),
    (1_000_001_000_000, "satu triliun satu juta"),
    (-5, "minus lima"),
    # the seed's pagu, whose words in the seed named Rp12.510.148.000 instead
    (40_377_837_000, "empat puluh miliar tiga ratus tujuh puluh tujuh juta delapan ratus tiga puluh tujuh ribu"),
    (12_510_148_000, "dua belas miliar lima ratus sepuluh juta seratus empat puluh delapan ribu"),
    (33_195_683_152, "tiga puluh tiga miliar seratus sembilan puluh lima juta enam ratus delapan puluh tiga ribu "
                     "seratus lima puluh dua"),
])
def test_terbilang(n, kata):
    assert terbilang(n) == kata


@pytest.mark.parametrize("nilai, desimal, kata", [
    (D("82.21"), None, "delapan puluh dua koma dua satu"),
    (D("82.2134"), 2, "delapan puluh dua koma dua satu"),   # as the figure is printed
    (D("82.215"), 2, "delapan puluh dua koma dua dua"),     # half-up, like format_persen
    (D("82.50"), 2, "delapan puluh dua koma lima"),          # trailing zero not read
    (D("100"), 2, "seratus"),
    (D("0.05"), 2, "nol koma nol lima"),
    (D("-1.5"), None, "minus satu koma lima"),
    ("1000.01", None, "seribu koma nol satu"),
    (7, None, "tujuh"),
    (D("0"), None, "nol"),
    (D("0.00"), 2, "nol"),
    (D("82.2134"), 3, "delapan puluh dua koma dua satu tiga"),
    (D("82.2134"), 0, "delapan puluh dua"),
])
def test_terbilang_desimal(nilai, desimal, kata):
    assert terbilang_desimal(nilai, desimal) == kata


def test_persen_rupiah_dan_kapital():
    assert terbilang_persen(D("82.2134")) == "delapan puluh dua koma dua satu persen"
    assert terbilang_rupiah(1_000) == "seribu rupiah"
    assert kapital(terbilang_rupiah(40_377_837_000)).startswith("Empat puluh miliar")
    assert kapital("") == ""


@pytest.mark.parametrize("salah, pesan", [
    (1.5, "bilangan bulat"), ("12", "bilangan bulat"), (True, "bilangan bulat"), (None, "bilangan bulat"),
    (MAKS + 1, "terlalu besar"), (-MAKS - 1, "terlalu besar"),
])
def test_terbilang_menolak(salah, pesan):
    with pytest.raises(ValueError) as e:
        terbilang(salah)
    assert str(e.value) == {"bilangan bulat": "terbilang menerima bilangan bulat.",
                            "terlalu besar": "Bilangan terlalu besar untuk ditulis dengan huruf."}[pesan]


def test_batas_terbesar():
    assert terbilang(MAKS).startswith("sembilan ratus sembilan puluh sembilan kuadriliun")
    assert MAKS == 10 ** 18 - 1


@pytest.mark.parametrize("salah", ["abc", D("NaN"), D("Infinity"), None])
def test_terbilang_desimal_menolak(salah):
    with pytest.raises(ValueError) as e:
        terbilang_desimal(salah)
    assert str(e.value) == "Bukan bilangan."


def _kembali(kata: str) -> int:
    """Reads the words back into a number (an independent parser, for the property test)."""
    nilai = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
             "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
    skala = {"ribu": 10 ** 3, "juta": 10 ** 6, "miliar": 10 ** 9, "triliun": 10 ** 12, "kuadriliun": 10 ** 15}
    total, kelompok, angka = 0, 0, 0
    for k in kata.split():
        if k == "belas":
            angka += 10
        elif k == "puluh":
            angka *= 10
        elif k == "ratus":
            kelompok += angka * 100
            angka = 0
        elif k in skala:
            total += (kelompok + angka) * skala[k]
            kelompok = angka = 0
        elif k in ("seratus",):
            kelompok += 100
        elif k == "seribu":
            total += (kelompok + angka) * 1000 or 1000
            kelompok = angka = 0
        else:
            kelompok += angka
            angka = nilai[k]
    return total + kelompok + angka


@given(st.integers(min_value=0, max_value=MAKS))
def test_terbilang_dapat_dibaca_kembali(n):
    kata = terbilang(n)
    assert _kembali(kata) == n
    kata_kata = kata.split()
    for i, k in enumerate(kata_kata[:-1]):
        if k == "satu":
            # "satu ratus/puluh/belas" is never right; "satu ribu" only inside a group (51.000, 101.000)
            assert kata_kata[i + 1] not in ("ratus", "puluh", "belas"), kata
            if kata_kata[i + 1] == "ribu":
                assert i > 0 and kata_kata[i - 1] in ("puluh", "ratus", "seratus"), kata
