from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.lib.angka import AngkaTidakValid
from kinerja.lib.capaian import (
    PITA_BAKU, Hasil, Polaritas, RumusMin, Target, format_pita, format_target, hitung,
    kategori, parse_pita, parse_predikat, parse_target,
)

MAKS, MIN, RENTANG, KUAL = Polaritas.MAKS, Polaritas.MIN, Polaritas.RENTANG, Polaritas.KUALITATIF


def T(nilai=None, atas=None, predikat=None):
    return Target(None if nilai is None else D(str(nilai)),
                  None if atas is None else D(str(atas)), predikat)


@pytest.mark.parametrize("polaritas, target, realisasi, opsi, persen, tercapai", [
    # higher is better: R/T x 100
    (MAKS, T(100), D(100), {}, D(100), True),
    (MAKS, T(100), D("82.21"), {}, D("82.21"), False),
    (MAKS, T(89), D(100), {}, D(100) / D(89) * 100, True),
    (MAKS, T(80), D(100), {"batas": 110}, D(110), True),
    (MAKS, T(80), D(100), {"batas": 120}, D(120), True),
    (MAKS, T(80), D(100), {"batas": 100}, D(100), True),
    (MAKS, T(80), D(100), {}, D(125), True),
    # lower is better, default (2 - R/T) x 100
    (MIN, T(10), D(10), {}, D(100), True),
    (MIN, T(10), D(5), {}, D(150), True),
    (MIN, T(10), D(15), {}, D(50), False),
    (MIN, T(10), D(25), {}, D(0), False),           # clamped at 0
    (MIN, T(10), D(5), {"batas": 120}, D(120), True),
    # lower is better, T/R x 100
    (MIN, T(10), D(20), {"rumus_min": RumusMin.BALIK}, D(50), False),
    (MIN, T(10), D(5), {"rumus_min": RumusMin.BALIK}, D(200), True),
    # range
    (RENTANG, T(80, 90), D(85), {}, D(100), True),
    (RENTANG, T(80, 90), D(80), {}, D(100), True),
    (RENTANG, T(80, 90), D(90), {}, D(100), True),
    (RENTANG, T(80, 90), D(40), {}, D(50), False),
    (RENTANG, T(80, 90), D(99), {}, D(90), False),
    (RENTANG, T(80, 90), D(200), {}, D(0), False),
    (RENTANG, T(0, 5), D(3), {}, D(100), True),
    # qualitative
    (KUAL, T(predikat="B"), "BB", {}, None, True),
    (KUAL, T(predikat="B"), "B", {}, None, True),
    (KUAL, T(predikat="B"), "CC", {}, None, False),
    (KUAL, T(predikat="AA"), "A", {}, None, False),
    (KUAL, T(predikat="D"), "D", {}, None, True),
])
def test_hitung(polaritas, target, realisasi, opsi, persen, tercapai):
    h = hitung(polaritas, target, realisasi, **opsi)
    assert h.persen == persen
    assert h.tercapai is tercapai
    assert h.dapat_dihitung


@pytest.mark.parametrize("polaritas, target, realisasi, alasan", [
    (MAKS, T(), D(10), "target belum ditetapkan"),
    (MAKS, T(100), None, "realisasi belum diisi"),
    (MAKS, T(0), D(10), "target bernilai 0"),
    (MAKS, T(100), D(0), "realisasi bernilai 0"),
    (MIN, T(0), D(3), "target bernilai 0"),
    (MIN, T(10), D(0), "realisasi bernilai 0"),
    (MIN, T(10), D(0), "realisasi bernilai 0"),
    (RENTANG, T(80), D(85), "batas atas"),
    (RENTANG, T(0, 0), D(3), "batas atas rentang bernilai 0"),
    (KUAL, T(), "B", "target predikat"),
    (KUAL, T(predikat="B"), None, "realisasi belum diisi"),
    (KUAL, T(predikat="B"), "E", "bukan predikat"),
    (MAKS, T(100), "B", "bukan angka"),
])
def test_tidak_dapat_dihitung(polaritas, target, realisasi, alasan):
    h = hitung(polaritas, target, realisasi)
    assert h.persen is None and h.tercapai is None
    assert not h.dapat_dihitung
    assert h.catatan.startswith("Tidak dapat dihitung") and alasan in h.catatan
    assert kategori(h).label == "Tidak dapat dihitung"


def test_balik_dengan_realisasi_nol_tidak_crash():
    h = hitung(MIN, T(10), D(0), rumus_min="balik")
    assert not h.dapat_dihitung


@given(t=st.decimals(min_value=D("0.01"), max_value=D(10**6), places=2),
       r=st.decimals(min_value=D("0.01"), max_value=D(10**6), places=2),
       pol=st.sampled_from([MAKS, MIN, RENTANG]),
       rumus=st.sampled_from(list(RumusMin)),
       batas=st.sampled_from([None, 100, 110, 120]))
def test_sifat_umum(t, r, pol, rumus, batas):
    """Never crashes, never negative, never above the cap, 'met' iff >= 100 before capping."""
    target = Target(t, t * 2) if pol == RENTANG else Target(t)
    h = hitung(pol, target, r, rumus_min=rumus, batas=batas)
    assert h.dapat_dihitung
    assert h.persen >= 0
    if batas is not None:
        assert h.persen <= batas
    if not h.dibatasi:
        assert h.tercapai == (h.persen >= 100)


@given(t=st.decimals(min_value=D("0.01"), max_value=D(1000), places=2),
       r1=st.decimals(min_value=D("0.01"), max_value=D(1000), places=2),
       r2=st.decimals(min_value=D("0.01"), max_value=D(1000), places=2))
def test_monoton(t, r1, r2):
    """More is never worse for 'maks', never better for 'min'."""
    lo, hi = sorted([r1, r2])
    assert hitung(MAKS, Target(t), lo).persen <= hitung(MAKS, Target(t), hi).persen
    assert hitung(MIN, Target(t), lo).persen >= hitung(MIN, Target(t), hi).persen


@pytest.mark.parametrize("persen, label", [
    (D("100"), "Sangat Tinggi"), (D("91"), "Sangat Tinggi"), (D("90.995"), "Sangat Tinggi"),
    (D("90.99"), "Tinggi"), (D("76"), "Tinggi"), (D("75.99"), "Sedang"), (D("66"), "Sedang"),
    (D("65"), "Rendah"), (D("51"), "Rendah"), (D("50.99"), "Sangat Rendah"), (D("0"), "Sangat Rendah"),
    (D("250"), "Sangat Tinggi"),
])
def test_kategori_baku(persen, label):
    assert kategori(Hasil(persen, persen >= 100)).label == label


def test_kategori_kualitatif():
    assert kategori(Hasil(None, True)).label == "Tercapai"
    assert kategori(Hasil(None, False)).label == "Tidak tercapai"


def test_pita_sendiri():
    pita = parse_pita("100 Berhasil\n80 Cukup\n0 Kurang")
    assert kategori(Hasil(D(85), False), pita).label == "Cukup"
    assert kategori(Hasil(D(100), True), pita).label == "Berhasil"
    assert parse_pita(format_pita(PITA_BAKU)) == PITA_BAKU


@pytest.mark.parametrize("teks, pesan", [
    ("80 A\n90 B\n0 C", "menurun"),
    ("90 A\n80 B", "berbatas bawah 0"),
    ("0 A", "2 sampai 7"),
    ("90\n0 B", "tulis batas bawah"),
    ("x A\n0 B", "Baris 1"),
])
def test_pita_ditolak(teks, pesan):
    with pytest.raises(ValueError, match=pesan):
        parse_pita(teks)


@pytest.mark.parametrize("teks, polaritas, persen, target, tampil", [
    ("100", MAKS, True, T(100), "100%"),
    ("100%", MAKS, True, T(100), "100%"),
    ("89", MAKS, True, T(89), "89%"),
    ("82,5", MIN, False, T("82.5"), "82,5"),
    ("80 - 90", RENTANG, True, T(80, 90), "80% – 90%"),
    ("80–90", RENTANG, True, T(80, 90), "80% – 90%"),
    ("80 s.d. 90", RENTANG, True, T(80, 90), "80% – 90%"),
    ("minimal B", KUAL, False, T(predikat="B"), "minimal B"),
    ("bb", KUAL, False, T(predikat="BB"), "minimal BB"),
    ("", MAKS, True, T(), "–"),
])
def test_parse_dan_format_target(teks, polaritas, persen, target, tampil):
    hasil = parse_target(teks, polaritas, persen=persen)
    assert hasil == target
    assert format_target(hasil, persen=persen) == tampil
    if not hasil.kosong:
        assert parse_target(tampil, polaritas, persen=persen) == hasil


@pytest.mark.parametrize("teks, polaritas, pesan", [
    ("90 - 80", RENTANG, "batas bawah lebih besar"),
    ("80", RENTANG, "batas bawah – batas atas"),
    ("E", KUAL, "bukan predikat"),
    ("82.500", MAKS, "ambigu"),
    ("-5", MAKS, "tidak boleh negatif"),
])
def test_parse_target_ditolak(teks, polaritas, pesan):
    with pytest.raises(AngkaTidakValid, match=pesan):
        parse_target(teks, polaritas, persen=True)


def test_parse_predikat():
    assert parse_predikat("Minimal A") == "A"
    assert parse_predikat("min. cc") == "CC"
    assert parse_predikat("") is None


# --- stored targets and the plausibility of a new value ----------------------------------------

from kinerja.lib.angka import JUMLAH, PERSEN  # noqa: E402
from kinerja.lib.capaian import AMBANG_TAJAM, masalah_target, perubahan_tajam  # noqa: E402


@pytest.mark.parametrize("target, polaritas, batas, pesan", [
    (Target(D(100)), "maks", PERSEN, None),
    (Target(), "maks", PERSEN, None),
    (Target(D("1E+20")), "maks", PERSEN, "target persentase paling besar 100%"),
    (Target(D("NaN")), "maks", PERSEN, "bukan angka yang sah"),
    (Target(D("12.5")), "maks", JUMLAH, "bilangan bulat"),
    (Target(D(80), D(90)), "rentang", PERSEN, None),
    (Target(D(80)), "rentang", PERSEN, "berbatas bawah dan atas"),
    (Target(D(95), D(90)), "rentang", PERSEN, "lebih besar dari batas atas"),
    (Target(predikat="B"), "kualitatif", None, None),
    (Target(predikat="Q"), "kualitatif", None, "tidak dikenal"),
    (Target(predikat="B"), "maks", PERSEN, "berupa predikat"),
    (Target(D(5)), "maks", None, "berupa angka"),
])
def test_masalah_target(target, polaritas, batas, pesan):
    m = masalah_target(target, polaritas, batas)
    assert (m is None) if pesan is None else (pesan in m), m


@pytest.mark.parametrize("baru, opsi, jumlah", [
    (D(90), {"sebelumnya": D(95), "target": D(100), "persen": True}, 0),
    (D(40), {"sebelumnya": D(95), "target": D(100), "persen": True}, 2),
    (D(45), {"sebelumnya": D(95), "persen": True}, 0),          # exactly 50 points: not more
    (D("44.99"), {"sebelumnya": D(95), "persen": True}, 1),
    (D(100), {"sebelumnya": None, "target": D(40), "persen": True}, 1),
    (D(16), {"sebelumnya": D(10), "persen": False}, 1),         # +60% of a count
    (D(15), {"sebelumnya": D(10), "persen": False}, 0),         # +50%: not more
    (D(4), {"target": D(10), "persen": False}, 1),
    (D(4), {"target": D(0), "persen": False}, 0),               # no relative change from 0
    (None, {"sebelumnya": D(10)}, 0),
    (D("NaN"), {"sebelumnya": D(10)}, 0),
])
def test_perubahan_tajam(baru, opsi, jumlah):
    alasan = perubahan_tajam(baru, **opsi)
    assert len(alasan) == jumlah, alasan


def test_perubahan_tajam_menyebut_acuannya():
    alasan = perubahan_tajam(D(30), sebelumnya=D("92.5"), persen=True)
    assert alasan == ["berbeda 62,5 poin dari realisasi triwulan sebelumnya (92,5%)"]
    assert AMBANG_TAJAM == 50


def test_hitung_dengan_angka_tersimpan_rusak():
    h = hitung("maks", Target(D("NaN")), D(5))
    assert not h.dapat_dihitung and "tidak valid" in h.catatan
    h = hitung("maks", Target(D(5)), D("Infinity"))
    assert not h.dapat_dihitung


@pytest.mark.parametrize("realisasi, standar, polaritas, hasil", [
    (D("95"), D("90"), "maks", "lebih baik dari standar"),
    (D("85"), D("90"), "maks", "belum mencapai standar"),
    (D("90"), D("90"), "maks", "sama dengan standar"),
    (D("2"), D("5"), "min", "lebih baik dari standar"),
    (D("7"), D("5"), "min", "belum mencapai standar"),
    (D("5"), D("5"), "min", "sama dengan standar"),
    (None, D("5"), "maks", None),
    (D("5"), D("5"), "rentang", None),
    (D("5"), D("5"), "kualitatif", None),
])
def test_banding_standar(realisasi, standar, polaritas, hasil):
    from kinerja.lib.capaian import banding_standar

    assert banding_standar(realisasi, standar, polaritas) == hasil
