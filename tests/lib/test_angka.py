import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.lib.angka import (
    AngkaTidakValid, bulatkan, format_angka, format_persen, format_ringkas, format_rupiah, format_tanggal,
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
    (D("1e97"), 0, "10" + ".000" * 32),     # still within the wide rounding context
    (D("1e200"), 0, "tidak valid"),          # beyond it: shown as invalid, never a page error
    (D("1e200"), 2, "tidak valid"),
])
def test_format_angka(nilai, desimal, teks):
    assert format_angka(nilai, desimal) == teks


@pytest.mark.parametrize("nilai, teks", [
    (D("82.2134"), "82,21%"),
    (D("33195683152") / D("40377837000") * 100, "82,21%"),
    (D("96.08"), "96,08%"),
    (None, "–"),
    (D("1e200"), "tidak valid"),
    (D("NaN"), "tidak valid"),
])
def test_format_persen(nilai, teks):
    assert format_persen(nilai) == teks


@pytest.mark.parametrize("nilai, teks", [
    (D("100"), "100"), (D("82.5"), "82,5"), (D("100.0000"), "100"), (D("1234.25"), "1.234,25"),
    (D("1e200"), "tidak valid"),
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
    ("1234567890123456", {}, "terlalu besar"),
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


# --- bounds of stored numbers (Batas) -------------------------------------------------------

from kinerja.lib.angka import (  # noqa: E402
    JUMLAH, MAKS_NILAI, NILAI, PERSEN, PERSEN_LEBIH, RASIO, RUPIAH, TIDAK_VALID, batas_satuan,
    hingga,
)


@pytest.mark.parametrize("batas, nilai, pesan", [
    (PERSEN, D("0"), None),
    (PERSEN, D("100"), None),
    (PERSEN, D("100.0001"), "paling besar 100%"),
    (PERSEN, D("1234.5"), "paling besar 100%"),
    (PERSEN, D("-0.0001"), "tidak boleh negatif"),
    (PERSEN, D("82.12345"), "paling banyak 4 angka"),
    (PERSEN, D("82.1230"), None),                      # trailing zero is not a fifth decimal
    (PERSEN_LEBIH, D("1000"), None),
    (PERSEN_LEBIH, D("1000.0001"), "paling besar 1.000%"),
    (JUMLAH, D("12"), None),
    (JUMLAH, D("12.5"), "bilangan bulat"),
    (JUMLAH, D("99999999999"), None),
    (JUMLAH, D("100000000000"), "paling besar 99.999.999.999"),
    (NILAI, MAKS_NILAI, None),
    (NILAI, MAKS_NILAI + D("0.0001"), "paling besar 99.999.999.999,9999"),
    (RASIO, D("99999999999999.99"), "paling besar"),
    (RUPIAH, D("999999999999999"), None),
    (RUPIAH, D("1000000000000000"), "paling besar"),
    (RUPIAH, D("1.5"), "bilangan bulat"),
    (NILAI, D("NaN"), "bukan angka yang sah"),
    (NILAI, D("Infinity"), "bukan angka yang sah"),
    (NILAI, "12", "bukan angka yang sah"),           # text is never a stored number
])
def test_batas(batas, nilai, pesan):
    m = batas.masalah(nilai)
    assert (m is None) if pesan is None else (pesan in m), m


def test_maks_nilai_lima_belas_digit():
    assert MAKS_NILAI == D("99999999999.9999") and len(MAKS_NILAI.as_tuple().digits) == 15


@pytest.mark.parametrize("satuan, lebih, batas", [
    ("persen", False, PERSEN), ("persen", True, PERSEN_LEBIH), ("jumlah", False, JUMLAH),
    ("nilai", False, NILAI), ("indeks", False, NILAI), ("rupiah", False, RUPIAH),
    ("jumlah", True, JUMLAH),
])
def test_batas_satuan(satuan, lebih, batas):
    assert batas_satuan(satuan, lebih_100=lebih) is batas


def test_batas_satuan_tak_dikenal():
    with pytest.raises(ValueError):
        batas_satuan("predikat")


@pytest.mark.parametrize("teks, batas, pesan", [
    ("99999999999999,99", PERSEN, "paling besar 100%"),
    ("99999999999999,99", NILAI, "paling besar"),
    ("12345678901234,5678", NILAI, "paling besar"),
    ("1.234,5", PERSEN, "paling besar 100%"),
    ("1.234,5%", PERSEN, "paling besar 100%"),
    ("12,5", JUMLAH, "bilangan bulat"),
])
def test_parse_dengan_batas_ditolak(teks, batas, pesan):
    with pytest.raises(AngkaTidakValid, match=pesan):
        parse_angka(teks, batas=batas)


@pytest.mark.parametrize("teks, batas, nilai", [
    ("1.500", JUMLAH, D(1500)),        # a count takes one thousands group
    ("82,5%", PERSEN, D("82.5")),      # a percent accepts the sign
    ("99.999.999.999,9999", NILAI, MAKS_NILAI),
    ("1.000", PERSEN_LEBIH, None),     # ambiguous even where 1000% is allowed
])
def test_parse_dengan_batas_diterima(teks, batas, nilai):
    if nilai is None:
        with pytest.raises(AngkaTidakValid, match="ambigu"):
            parse_angka(teks, batas=batas)
    else:
        assert parse_angka(teks, batas=batas) == nilai


@pytest.mark.parametrize("nilai, teks", [
    (D("NaN"), TIDAK_VALID), (D("Infinity"), TIDAK_VALID), (D("1E+40"), "10" + ".000" * 13 + ",00"),
    (D("-1E+40"), "-10" + ".000" * 13 + ",00"),
])
def test_format_tidak_pernah_gagal(nilai, teks):
    assert format_angka(nilai, 2) == teks
    assert format_persen(nilai) in (TIDAK_VALID, teks + "%")
    assert format_ringkas(nilai) in (TIDAK_VALID, teks[:-3])


def test_hingga():
    assert hingga(D(1)) and hingga(3) and not hingga(True) and not hingga(D("NaN")) and not hingga(1.5)
    assert not hingga(None) and not hingga("1")


@given(st.decimals(min_value=0, max_value=MAKS_NILAI, places=4, allow_nan=False, allow_infinity=False))
def test_setiap_nilai_dalam_batas_diterima_dan_terbaca_sama(nilai):
    assert NILAI.masalah(nilai) is None
    assert parse_angka(format_angka(nilai, 4), batas=NILAI) == nilai


@pytest.mark.parametrize("nilai, teks", [
    (40377837000, "Rp40.377.837.000"),
    (0, "Rp0"),
    (999, "Rp999"),
    (-1500, "-Rp1.500"),
    (None, "–"),
])
def test_format_rupiah(nilai, teks):
    assert format_rupiah(nilai) == teks


@pytest.mark.parametrize("teks", ["１２３", "٣٤", "१२", "²"])
def test_angka_selain_0_9_ditolak(teks):
    with pytest.raises(AngkaTidakValid, match="angka 0–9"):
        parse_angka(teks)
