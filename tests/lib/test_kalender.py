"""Working days and deadlines (kinerja.lib.kalender): the national holidays and cuti bersama
of 2023-2025 as the joint decrees set them, election days, and deadlines that run across
weekends, Lebaran, the voting days and the turn of the year."""

import datetime as dt

import pytest

from kinerja.lib.kalender import Kalender, libur_nasional

# the kinds as stored (literal here, so that a changed constant is noticed)
NASIONAL, CUTI_BERSAMA = "nasional", "cuti_bersama"

D = dt.date


@pytest.fixture(scope="module")
def k2024():
    return Kalender.dari(t for t, _, _ in libur_nasional(2023) + libur_nasional(2024) + libur_nasional(2025))


# Cuti bersama of the joint decrees (SKB Menteri Agama, Menteri Ketenagakerjaan, MenPANRB)
CUTI = {
    2023: [D(2023, 1, 23), D(2023, 3, 23), D(2023, 4, 19), D(2023, 4, 20), D(2023, 4, 21), D(2023, 4, 24),
           D(2023, 4, 25), D(2023, 6, 2), D(2023, 6, 28), D(2023, 6, 30), D(2023, 12, 26)],
    2024: [D(2024, 2, 9), D(2024, 3, 12), D(2024, 4, 8), D(2024, 4, 9), D(2024, 4, 12), D(2024, 4, 15),
           D(2024, 5, 10), D(2024, 5, 24), D(2024, 6, 18), D(2024, 12, 26)],
}


@pytest.mark.parametrize("tahun", [2023, 2024])
def test_cuti_bersama_sesuai_skb(tahun):
    assert [t for t, _, j in libur_nasional(tahun) if j == CUTI_BERSAMA] == CUTI[tahun]


@pytest.mark.parametrize("tanggal, nama, jenis", [
    (D(2024, 1, 1), "Tahun Baru Masehi", NASIONAL),
    (D(2024, 2, 14), "Hari Pemilihan Umum", NASIONAL),
    (D(2024, 4, 10), "Hari Raya Idul Fitri", NASIONAL),
    (D(2024, 4, 11), "Hari kedua dari Hari Raya Idul Fitri", NASIONAL),
    (D(2024, 8, 17), "Hari Kemerdekaan Republik Indonesia", NASIONAL),
    (D(2024, 11, 27), "Hari Pemilihan Kepala Daerah", NASIONAL),
    (D(2024, 12, 26), "Cuti Bersama Hari Raya Natal", CUTI_BERSAMA),
    (D(2025, 3, 31), "Hari Raya Idul Fitri", NASIONAL),
    (D(2025, 4, 7), "Cuti Bersama Hari Raya Idul Fitri", CUTI_BERSAMA),
    # two holidays on one day keep both names
    (D(2021, 5, 13), "Hari Raya Idul Fitri; Kenaikan Yesus Kristus", NASIONAL),
])
def test_libur_nasional_bernama_indonesia(tanggal, nama, jenis):
    assert (tanggal, nama, jenis) in libur_nasional(tanggal.year)


def test_libur_nasional_urut_dan_hanya_tahun_itu():
    daftar = libur_nasional(2024)
    assert daftar == sorted(daftar) and {t.year for t, _, _ in daftar} == {2024}
    assert len(daftar) == 29 and sum(j == NASIONAL for _, _, j in daftar) == 19
    assert [t for t, _, _ in libur_nasional(2023)][:2] == [D(2023, 1, 1), D(2023, 1, 22)]


@pytest.mark.parametrize("tanggal, kerja", [
    (D(2024, 2, 12), True),    # Monday
    (D(2024, 2, 16), True),    # Friday
    (D(2024, 2, 17), False),   # Saturday
    (D(2024, 2, 18), False),   # Sunday
    (D(2024, 2, 14), False),   # Pemilu voting day
    (D(2024, 2, 9), False),    # cuti bersama Imlek
    (D(2024, 11, 27), False),  # Pilkada voting day
    (D(2024, 12, 31), True),
])
def test_hari_kerja(k2024, tanggal, kerja):
    assert k2024.hari_kerja(tanggal) is kerja


def test_tanpa_libur_hanya_akhir_pekan():
    k = Kalender()
    assert k.hari_kerja(D(2024, 2, 14)) and not k.hari_kerja(D(2024, 2, 17))
    assert k.tenggat(D(2024, 2, 16), 1) == D(2024, 2, 19)


@pytest.mark.parametrize("mulai, n, tenggat", [
    (D(2024, 3, 4), 0, D(2024, 3, 4)),        # zero days: the day itself
    (D(2024, 3, 4), 1, D(2024, 3, 5)),        # the day of the event is not counted
    (D(2024, 3, 1), 1, D(2024, 3, 4)),        # Friday -> Monday
    (D(2024, 3, 2), 1, D(2024, 3, 4)),        # from a Saturday
    (D(2024, 3, 8), 1, D(2024, 3, 13)),       # Friday, then Nyepi (11) and its cuti bersama (12)
    (D(2024, 2, 13), 1, D(2024, 2, 15)),      # across the Pemilu voting day
    (D(2024, 3, 8), 2, D(2024, 3, 14)),
    (D(2024, 4, 5), 10, D(2024, 4, 29)),      # UU 14/2008 Pasal 22(7) across Lebaran 2024
    (D(2024, 4, 5), 17, D(2024, 5, 13)),      # with the extension of Pasal 22(8), across 1, 9 and 10 May
    (D(2024, 12, 24), 1, D(2024, 12, 27)),    # Christmas and its cuti bersama
    (D(2024, 12, 24), 3, D(2024, 12, 31)),
    (D(2024, 12, 24), 4, D(2025, 1, 2)),      # across the new year
    (D(2023, 4, 18), 1, D(2023, 4, 26)),      # Lebaran 2023: five days of cuti bersama
])
def test_tenggat(k2024, mulai, n, tenggat):
    assert k2024.tenggat(mulai, n) == tenggat
    assert k2024.selisih(mulai, tenggat) == n


def test_tenggat_negatif_ditolak(k2024):
    with pytest.raises(ValueError, match="^Jumlah hari kerja tidak boleh negatif\\.$"):
        k2024.tenggat(D(2024, 3, 4), -1)


@pytest.mark.parametrize("mulai, selesai, selisih", [
    (D(2024, 3, 4), D(2024, 3, 4), 0),
    (D(2024, 3, 4), D(2024, 3, 8), 4),
    (D(2024, 3, 8), D(2024, 3, 10), 0),       # a weekend adds nothing
    (D(2024, 3, 8), D(2024, 3, 4), -4),       # earlier: negative
    (D(2024, 4, 5), D(2024, 4, 16), 1),
    (D(2024, 1, 1), D(2024, 12, 31), 238),    # 262 weekdays less 24 holidays and cuti bersama on weekdays
])
def test_selisih(k2024, mulai, selesai, selisih):
    assert k2024.selisih(mulai, selesai) == selisih


def test_selisih_kebalikan_tenggat_setiap_hari_2024(k2024):
    for i in range(366):
        a = D(2024, 1, 1) + dt.timedelta(days=i)
        for n in (1, 5, 10):
            assert k2024.selisih(a, k2024.tenggat(a, n)) == n
            assert k2024.hari_kerja(k2024.tenggat(a, n))


@pytest.mark.parametrize("selesai, tepat", [
    (D(2024, 4, 4), False),   # before the request: not an answer to it
    (D(2024, 4, 5), True),    # the same day
    (D(2024, 4, 29), True),   # on the deadline
    (D(2024, 4, 30), False),  # a working day late
])
def test_tepat_waktu(k2024, selesai, tepat):
    assert k2024.tepat_waktu(D(2024, 4, 5), selesai, 10) is tepat


@pytest.mark.parametrize("tenggat, selesai, sampai, status", [
    (D(2024, 3, 10), D(2024, 3, 9), D(2024, 3, 31), "tepat"),
    (D(2024, 3, 10), D(2024, 3, 10), D(2024, 3, 31), "tepat"),      # on the deadline
    (D(2024, 3, 10), D(2024, 3, 11), D(2024, 3, 31), "terlambat"),
    (D(2024, 3, 10), None, D(2024, 3, 31), "terlambat"),             # open, deadline passed
    (D(2024, 3, 31), None, D(2024, 3, 31), "berjalan"),              # due on the last day: not late yet
    (D(2024, 4, 5), None, D(2024, 3, 31), "berjalan"),
    (D(2024, 3, 10), D(2024, 4, 2), D(2024, 3, 31), "terlambat"),    # done after the period: open then
    (D(2024, 4, 5), D(2024, 4, 2), D(2024, 3, 31), "berjalan"),
    (D(2024, 3, 31), D(2024, 3, 31), D(2024, 3, 31), "tepat"),
])
def test_status_tenggat(tenggat, selesai, sampai, status):
    from kinerja.lib.kalender import status_tenggat

    assert status_tenggat(tenggat, selesai, sampai) == status


@pytest.mark.parametrize("tenggat, selesai, hari_ini, ambang, hasil", [
    (D(2024, 4, 29), D(2024, 4, 26), D(2024, 4, 26), 2, None),        # done today
    (D(2024, 4, 29), D(2024, 4, 30), D(2024, 4, 26), 2, "berisiko"),  # done only later: open today
    (D(2024, 4, 29), None, D(2024, 4, 30), 2, "terlambat"),           # the day after the deadline
    (D(2024, 4, 29), None, D(2024, 4, 29), 2, "berisiko"),            # on the deadline: 0 left
    (D(2024, 4, 29), None, D(2024, 4, 25), 2, "berisiko"),            # Thu 25: Fri 26, Mon 29 left
    (D(2024, 4, 29), None, D(2024, 4, 24), 2, None),                  # Wed 24: three working days left
    (D(2024, 4, 29), None, D(2024, 4, 24), 3, "berisiko"),
    (D(2024, 4, 29), None, D(2024, 4, 27), 0, None),                  # Saturday: Monday is 1 working day away
    (D(2024, 4, 29), None, D(2024, 4, 29), 0, "berisiko"),
    (D(2024, 4, 15), None, D(2024, 4, 5), 1, "berisiko"),             # Lebaran: 16 April is the next working day
    (D(2024, 4, 16), None, D(2024, 4, 5), 1, "berisiko"),
    (D(2024, 4, 17), None, D(2024, 4, 5), 1, None),
])
def test_kewaspadaan(k2024, tenggat, selesai, hari_ini, ambang, hasil):
    from kinerja.lib.kalender import kewaspadaan

    assert kewaspadaan(k2024, tenggat, selesai, hari_ini, ambang) == hasil


def test_kewaspadaan_ambang_bawaan(k2024):
    from kinerja.lib.kalender import AMBANG_BERISIKO, kewaspadaan

    assert AMBANG_BERISIKO == 2
    assert kewaspadaan(k2024, D(2024, 4, 29), None, D(2024, 4, 25)) == "berisiko"
    assert kewaspadaan(k2024, D(2024, 4, 29), None, D(2024, 4, 24)) is None
