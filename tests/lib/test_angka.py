import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.lib.angka import (
    AngkaTidakValid, bulatkan, format_angka, format_persen, format_ringkas, format_tanggal,
    parse_angka,
)


@pytest.mark.parametrize("nilai, desimal, teks", [
    (D("1234567.891"), 2, "1.234.567,89"),
    (D("1234567.895"), 2, "1.234.567,90"),   # half-up, not banker's
    (D("0.125"), 2, "0,13"),
    (D("0.135"), 2, "0,14"),
    (D("-0.001"), 2, "0,00"),                # no negative zero
    (D("-1234.5"), 1, "-1.234,5"),
    (D("999"), 0, "999"),
    (D("1000"), 0, "1.000"),
    (40377837000, 0, "40.377.837.000"),
    (None, 2, "–"),
])
def test_format_angka(nilai, desimal, teks):
    assert format_angka(nilai, desimal) == teks


@pytest.mark.parametrize("nilai, teks", [
    (D("82.2134"), "82,21%"),
    (D("33195683152") / D("40377837000") * 100, "82,21%"),
    (D("96.08"), "96,08%"),
    (None, "–"),
])
def test_format_persen(nilai, teks):
    assert format_persen(nilai) == teks


@pytest.mark.parametrize("nilai, teks", [
    (D("100"), "100"), (D("82.5"), "82,5"), (D("100.0000"), "100"), (D("1234.25"), "1.234,25"),
])
def test_format_ringkas(nilai, teks):
    assert format_ringkas(nilai) == teks


def test_format_tanggal():
    assert format_tanggal(dt.date(2024, 12, 31)) == "31 Desember 2024"
    assert format_tanggal(dt.date(2025, 1, 2)) == "2 Januari 2025"
    assert format_tanggal(None) == "–"


@pytest.mark.parametrize("teks, opsi, nilai", [
    ("100", {}, D("100")),
    ("82,21", {}, D("82.21")),
    ("82,21%", {"persen": True}, D("82.21")),
    (" 82,5 % ", {"persen": True}, D("82.5")),
    ("1.234.567,89", {}, D("1234567.89")),
    ("1.234.567", {}, D("1234567")),
    ("1.500", {"bulat": True}, D("1500")),
    ("0,5", {}, D("0.5")),
    ("-5", {"boleh_negatif": True}, D("-5")),
    ("-0", {}, D("0")),
    ("", {}, None),
    ("   ", {}, None),
    (None, {}, None),
])
def test_parse_angka_diterima(teks, opsi, nilai):
    assert parse_angka(teks, **opsi) == nilai


@pytest.mark.parametrize("teks, opsi, pesan", [
    ("82.500", {"persen": True}, "ambigu"),
    ("1.234", {}, "ambigu"),
    ("82.5", {}, "koma sebagai pemisah desimal"),
    ("1,234.56", {}, "format bahasa Inggris"),
    ("1,234,567", {}, "format bahasa Inggris"),
    ("abc", {}, "bukan angka"),
    ("12a", {}, "bukan angka"),
    ("-", {}, "bukan angka"),
    ("1 234", {}, "bukan angka"),
    ("50%", {}, "hanya untuk isian persen"),
    ("-5", {}, "tidak boleh negatif"),
    ("1,5", {"bulat": True}, "bilangan bulat"),
    ("0,123456", {}, "paling banyak 4 angka"),
    ("123456789012345", {}, "terlalu besar"),
])
def test_parse_angka_ditolak(teks, opsi, pesan):
    with pytest.raises(AngkaTidakValid, match=pesan):
        parse_angka(teks, **opsi)


def test_pesan_ambigu_menunjukkan_cara_menulis():
    with pytest.raises(AngkaTidakValid) as e:
        parse_angka("82.500", persen=True)
    assert "82,5" in str(e.value) and "82500" in str(e.value)


@given(st.decimals(min_value=0, max_value=D("99999999999999"), places=2, allow_nan=False))
def test_format_lalu_parse_kembali(nilai):
    """Whatever we print with two decimals, the parser reads back to the same value."""
    assert parse_angka(format_angka(nilai, 2)) == bulatkan(nilai, 2)


@given(st.integers(min_value=0, max_value=10**13))
def test_bulat_dengan_titik_ribuan(n):
    assert parse_angka(format_angka(n, 0), bulat=True) == n
