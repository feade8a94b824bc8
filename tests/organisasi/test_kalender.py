"""A satker's working-day calendar: the national holidays and cuti bersama, its own days off,
national days it works after all; what is refused and why; the page."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from kinerja.core.models import Jejak
from kinerja.organisasi import actions
from kinerja.organisasi.kalender import daftar_hari, hari_kerja_per_bulan, kalender
from kinerja.organisasi.models import HariLibur, Satker

from ..kecil import KODE as K

D = dt.date
URL = f"/s/{K}/kalender/2024/"


@pytest.fixture
def satker(db):
    return Satker.objects.get(kode=K)


def _catat(satker, pengguna, tanggal, libur=True, nama="Hari satker"):
    return actions.simpan_hari_libur(HariLibur(satker=satker, tanggal=tanggal, nama=nama, libur=libur,
                                               dasar="SE Sekretaris 1/2024"), pelaku=pengguna("uji_admin"))


def test_hari_kerja_2024_dari_kalender_nasional(satker):
    per_bulan = hari_kerja_per_bulan(satker, 2024)
    # 262 weekdays less 24 national holidays and cuti bersama on weekdays (tests/lib/test_kalender.py)
    assert sum(per_bulan) == 238
    assert per_bulan[1] == 21 - 3 and per_bulan[3] == 22 - 6  # February: 8, 9, 14; April: 8-12, 15
    hari = daftar_hari(satker, 2024)
    assert [h.asal for h in hari if h.tanggal == D(2024, 2, 14)] == ["nasional"]
    assert all(h.libur and h.catatan is None for h in hari)


def test_hari_satker_mengubah_kalender(satker, pengguna):
    _catat(satker, pengguna, D(2024, 7, 1), nama="Hari jadi kota (libur satker)")
    _catat(satker, pengguna, D(2024, 11, 27), libur=False, nama="Pemungutan suara: kantor buka")
    k = kalender(satker, 2024)
    assert not k.hari_kerja(D(2024, 7, 1)) and k.hari_kerja(D(2024, 11, 27))
    assert sum(hari_kerja_per_bulan(satker, 2024)) == 238 - 1 + 1
    hari = {h.tanggal: h for h in daftar_hari(satker, 2024)}
    assert (hari[D(2024, 7, 1)].asal, hari[D(2024, 7, 1)].libur) == ("satker", True)
    pilkada = hari[D(2024, 11, 27)]
    assert (pilkada.nama, pilkada.asal, pilkada.libur) == ("Hari Pemilihan Kepala Daerah", "nasional", False)
    assert pilkada.catatan.nama == "Pemungutan suara: kantor buka"
    # another satker's calendar is not changed
    lain = Satker.objects.get(kode="658099")
    assert not kalender(lain, 2024).hari_kerja(D(2024, 11, 27)) and kalender(lain, 2024).hari_kerja(D(2024, 7, 1))


@pytest.mark.parametrize("tanggal, libur, pesan", [
    (D(2024, 7, 6), True, "hari Sabtu: bukan hari kerja"),
    (D(2024, 8, 17), True, "hari Sabtu"),
    (D(2024, 2, 14), True, r"sudah libur nasional \(Hari Pemilihan Umum\)"),
    (D(2024, 7, 1), False, "bukan libur nasional atau cuti bersama"),
    (D(2024, 3, 31), False, "jatuh pada hari Minggu"),
    (D(1999, 7, 1), True, "antara 2000 dan 2100"),
])
def test_hari_yang_tidak_mengubah_apa_pun_ditolak(satker, pengguna, tanggal, libur, pesan):
    jejak = Jejak.objects.count()
    with pytest.raises(ValidationError, match=pesan):
        _catat(satker, pengguna, tanggal, libur)
    assert Jejak.objects.count() == jejak and not HariLibur.objects.exists()


def test_tanggal_ganda_ditolak(satker, pengguna):
    _catat(satker, pengguna, D(2024, 7, 1))
    with pytest.raises(ValidationError, match="sudah dicatat untuk satker ini"):
        _catat(satker, pengguna, D(2024, 7, 1), nama="Lagi")
    assert HariLibur.objects.count() == 1


def test_halaman_dan_formulir(masuk, satker):
    c = masuk("uji_admin")
    r = c.post(URL + "simpan/", {"tanggal": "2024-11-27", "nama": "Kantor buka", "dasar": "SE 2/2024"})
    assert r.status_code == 302 and r["Location"] == URL
    html = c.get(URL).content.decode()
    assert "Hari Pemilihan Kepala Daerah" in html and "tetap masuk kerja" in html and "dasar: SE 2/2024" in html
    assert "Cuti Bersama Hari Raya Natal" in html and "27 November 2024" in html
    # a refused entry: the page again, with what was typed and why
    r = c.post(URL + "simpan/", {"tanggal": "2024-07-06", "nama": "Sabtu <b>uji</b>", "libur": "on",
                                 "dasar": "SE 3/2024"})
    isi = r.content.decode()
    assert r.status_code == 400 and "hari Sabtu" in isi and "Sabtu &lt;b&gt;uji&lt;/b&gt;" in isi
    r = c.post(URL + "simpan/", {"tanggal": "31-02-2024", "nama": "x", "dasar": "y"})
    assert r.status_code == 400 and "Tanggal tidak valid; tulis sebagai 31/12/2024" in r.content.decode()
    h = HariLibur.objects.get()
    assert c.post(f"{URL}{h.pk}/hapus/").status_code == 302 and not HariLibur.objects.exists()
    # a reader sees the calendar without the form
    html = masuk("uji_pembaca").get(URL).content.decode()
    assert "Cuti Bersama" in html and "Catat hari satker" not in html
    assert masuk("uji_pembaca").get(f"/s/{K}/kalender/2101/").status_code == 404


def test_hapus_hanya_dari_tahunnya_dan_tanggal_ganda_disebut_dahulu(masuk, satker, pengguna):
    h = _catat(satker, pengguna, D(2024, 12, 25), libur=False, nama="Kantor buka")
    c = masuk("uji_admin")
    assert c.post(f"/s/{K}/kalender/2025/{h.pk}/hapus/").status_code == 404
    assert c.post(f"/s/{K}/kalender/1999/{h.pk}/hapus/").status_code == 404
    assert HariLibur.objects.filter(pk=h.pk).exists()
    # a day off on a date already recorded (here a cancelled national holiday): the record is named first
    with pytest.raises(ValidationError, match="sudah dicatat untuk satker ini"):
        _catat(satker, pengguna, D(2024, 12, 25))
    r = c.post(URL + "simpan/", {"tanggal": "19/08/2024", "nama": "Cuti daerah", "libur": "on", "dasar": "SE 4"})
    assert r.status_code == 302 and HariLibur.objects.filter(tanggal=D(2024, 8, 19)).exists()


def test_karakter_kendali_ditolak_di_formulir_kalender(masuk, satker):
    r = masuk("uji_admin").post(URL + "simpan/", {"tanggal": "19/08/2024", "nama": "Libur\x1b[31m\u202e",
                                                   "libur": "on", "dasar": "SE 4"})
    assert r.status_code == 400 and "karakter kendali" in r.content.decode() and not HariLibur.objects.exists()
