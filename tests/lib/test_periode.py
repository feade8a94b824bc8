from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.lib.periode import (
    Agregasi, Frekuensi, NilaiPeriode as N, nilai_periode, periode_wajib, realisasi_tahun,
)

EMPAT = ("TW1", "TW2", "TW3", "TW4")


def isi(*nilai):
    return {p: N(nilai=None if v is None else D(str(v))) for p, v in zip(EMPAT, nilai)}


@pytest.mark.parametrize("agregasi, nilai, hasil", [
    (Agregasi.KUMULATIF, (1, 2, 3, 4), D(10)),
    (Agregasi.TERAKHIR, (25, 50, 75, 100), D(100)),
    (Agregasi.RATA_RATA, (90, 100, 80, 90), D(90)),
    (Agregasi.KUMULATIF, (0, 0, 0, 5), D(5)),
])
def test_triwulanan(agregasi, nilai, hasil):
    a = realisasi_tahun(isi(*nilai), agregasi=agregasi, frekuensi=Frekuensi.TRIWULANAN)
    assert a.nilai == hasil and a.catatan == ""


def test_triwulan_kurang_disebut():
    a = realisasi_tahun(isi(1, None, 3), agregasi="kumulatif", frekuensi="triwulanan")
    assert a.nilai is None
    assert a.catatan == "Realisasi TW II, TW IV belum diisi."


def test_tahunan_hanya_butuh_tw4():
    a = realisasi_tahun({"TW4": N(nilai=D(100))}, agregasi="terakhir", frekuensi="tahunan")
    assert a.nilai == D(100)
    assert periode_wajib("semesteran") == ("TW2", "TW4")


def test_rasio_dijumlah_dulu_baru_dibagi():
    """DHIS2 rule: 1/1 and 1/3 make 2/4 = 50%, not the mean of 100% and 33%."""
    data = {"TW2": N(pembilang=D(1), penyebut=D(1)), "TW4": N(pembilang=D(1), penyebut=D(3))}
    a = realisasi_tahun(data, agregasi="kumulatif", frekuensi="semesteran", rasio=True)
    assert a.nilai == D(50) and (a.pembilang, a.penyebut) == (D(2), D(4))
    b = realisasi_tahun(data, agregasi="rata_rata", frekuensi="semesteran", rasio=True)
    assert b.nilai == D(50)
    c = realisasi_tahun(data, agregasi="terakhir", frekuensi="semesteran", rasio=True)
    assert c.penyebut == D(3)


def test_rasio_penyebut_nol():
    data = {"TW4": N(pembilang=D(0), penyebut=D(0))}
    a = realisasi_tahun(data, agregasi="terakhir", frekuensi="tahunan", rasio=True)
    assert a.nilai is None and "Penyebut bernilai 0" in a.catatan


def test_predikat():
    data = {"TW4": N(predikat="BB")}
    assert realisasi_tahun(data, agregasi="terakhir", frekuensi="tahunan").nilai == "BB"
    a = realisasi_tahun(data, agregasi="kumulatif", frekuensi="tahunan")
    assert a.nilai is None and "nilai terakhir" in a.catatan


def test_nilai_periode():
    assert nilai_periode(None, rasio=False, faktor=D(100)).catatan == "Realisasi belum diisi."
    assert nilai_periode(N(pembilang=D(3), penyebut=D(4)), rasio=True, faktor=D(100)).nilai == D(75)
    assert nilai_periode(N(pembilang=D(3)), rasio=True, faktor=D(100)).nilai is None


@given(st.lists(st.decimals(min_value=0, max_value=10**6, places=2), min_size=4, max_size=4))
def test_rata_rata_di_antara_min_dan_maks(nilai):
    a = realisasi_tahun(isi(*nilai), agregasi="rata_rata", frekuensi="triwulanan")
    assert min(nilai) <= a.nilai <= max(nilai)
    k = realisasi_tahun(isi(*nilai), agregasi="kumulatif", frekuensi="triwulanan")
    assert k.nilai == sum(nilai)


@pytest.mark.parametrize("awal, akhir, masalah", [
    (2020, 2024, None), (2025, 2029, None), (2020, 2023, "lima tahun"), (2020, 2025, "lima tahun"),
    (1999, 2003, "antara 2000 dan 2100"),
])
def test_periode_renstra(awal, akhir, masalah):
    from kinerja.lib.periode import cek_periode_renstra

    hasil = cek_periode_renstra(awal, akhir)
    assert (hasil is None) if masalah is None else (masalah in hasil)


@pytest.mark.parametrize("tanggal, tahun, ok", [
    (None, 2024, True), ("2024-01-01", 2024, True), ("2024-12-31", 2024, True),
    ("2023-12-31", 2024, False), ("2025-01-01", 2024, False),
])
def test_dalam_tahun(tanggal, tahun, ok):
    import datetime as dt

    from kinerja.lib.periode import dalam_tahun

    assert dalam_tahun(dt.date.fromisoformat(tanggal) if tanggal else None, tahun) is ok


# --- a stored quarter checked against the indicator as it is defined now ----------------------

from kinerja.lib.angka import JUMLAH, PERSEN  # noqa: E402
from kinerja.lib.periode import masalah_isian  # noqa: E402


@pytest.mark.parametrize("isi, opsi, pesan", [
    (N(nilai=D(95)), {"rasio": False, "batas": PERSEN}, None),
    (N(nilai=D("1234.5")), {"rasio": False, "batas": PERSEN}, "paling besar 100%"),
    (N(nilai=D("NaN")), {"rasio": False, "batas": PERSEN}, "bukan angka yang sah"),
    (N(nilai=D("2.5")), {"rasio": False, "batas": JUMLAH}, "bilangan bulat"),
    (N(pembilang=D(3), penyebut=D(4)), {"rasio": True, "batas": PERSEN}, None),
    (N(pembilang=D(5), penyebut=D(4)), {"rasio": True, "batas": PERSEN}, "nilai pembilang/penyebut"),
    (N(pembilang=D(2), penyebut=D(3)), {"rasio": True, "batas": PERSEN}, None),  # 66,666…% is computed
    (N(pembilang=D(1), penyebut=D(0)), {"rasio": True, "batas": PERSEN}, None),  # left to nilai_rasio
    (N(pembilang=D("1E+20"), penyebut=D(1)), {"rasio": True, "batas": PERSEN}, "pembilang paling besar"),
    (N(pembilang=D(3), penyebut=D(4)), {"rasio": False, "batas": PERSEN}, "tidak dihitung dari rasio"),
    (N(nilai=D(75)), {"rasio": True, "batas": PERSEN}, "nilai tunggal"),
    (N(predikat="BB"), {"rasio": False, "batas": None}, None),
    (N(predikat="Z"), {"rasio": False, "batas": None}, "tidak dikenal"),
    (N(nilai=D(1)), {"rasio": False, "batas": None}, "berupa predikat"),
    (N(predikat="A"), {"rasio": False, "batas": PERSEN}, "berupa angka"),
])
def test_masalah_isian(isi, opsi, pesan):
    m = masalah_isian(isi, **opsi)
    assert (m is None) if pesan is None else (pesan in m), m


def test_rasio_dicabut_tidak_menggagalkan_tahun():
    """Unticking the ratio flag once made the year's roll-up raise TypeError."""
    isian = {p: N(pembilang=D(3), penyebut=D(4)) for p in EMPAT}
    for batas in (False, PERSEN):
        a = realisasi_tahun(isian, agregasi="kumulatif", frekuensi="triwulanan", rasio=False, batas=batas)
        assert a.nilai is None and a.galat and "TW I tidak valid" in a.catatan
    a = realisasi_tahun({p: N(nilai=D(1)) for p in EMPAT}, agregasi="kumulatif",
                        frekuensi="triwulanan", rasio=True)
    assert a.nilai is None and a.galat


def test_nilai_periode_tersimpan_rusak_menjadi_galat():
    a = nilai_periode(N(nilai=D("1E+20")), rasio=False, faktor=D(100), batas=PERSEN)
    assert a.nilai is None and a.galat and a.catatan.startswith("Realisasi tersimpan tidak valid")
    assert not nilai_periode(N(nilai=D(50)), rasio=False, faktor=D(100), batas=PERSEN).galat
