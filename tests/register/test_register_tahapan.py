"""The registers added on the same declaration (tahapan, logistik, sarana dan prasarana, SPJ,
kegiatan, badan ad hoc): every register's template example is valid data and goes through the
same pages, import and export; each register's own rules; and the measures computed from them."""

import datetime as dt
import io

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Satker
from kinerja.register import actions
from kinerja.register.deklarasi import REGISTER
from kinerja.register.forms import data_baris, kelas_form
from kinerja.register.models import (BadanAdhoc, Kegiatan, Logistik, Pertanggungjawaban, SaranaPrasarana,
                                     Tahapan)
from kinerja.register.ukuran import UKURAN, hitung

from ..kecil import KODE as K

D = dt.date


@pytest.fixture
def satker(db):
    return Satker.objects.get(kode=K)


def test_dua_belas_register_satu_mekanisme():
    assert set(REGISTER) == {"tahapan", "ppid", "publikasi", "produk-hukum", "sengketa", "kepegawaian",
                             "pemutakhiran", "logistik", "sarpras", "spj", "kegiatan", "badan-adhoc"}


@pytest.mark.parametrize("kunci", sorted(REGISTER))
def test_contoh_templat_sah_dan_melewati_halaman_dan_ekspor(kunci, satker, masuk, pengguna):
    r = REGISTER[kunci]
    data, galat = data_baris(r, r.contoh_baris)
    form = kelas_form(r)(data, instance=r.model(satker=satker))
    assert not galat and form.is_valid(), form.errors
    tahun = form.instance.tahun_catatan
    obj = actions.simpan_catatan(r, form.instance, tahun, pelaku=pengguna("uji_operator"))
    c = masuk("uji_pembaca")
    daftar = c.get(f"/s/{K}/register/{kunci}/{tahun}/").content.decode()
    assert obj.get_absolute_url() in daftar
    assert c.get(obj.get_absolute_url()).status_code == 200
    ws = openpyxl.load_workbook(io.BytesIO(c.get(f"/s/{K}/register/{kunci}/{tahun}/ekspor.xlsx").content)).active
    assert [x.value for x in ws[1]] == [r.label(n) for n in r.kolom] and ws.max_row == 2
    # the template's own example row is refused on import, whatever the register
    templat = c.get(f"/s/{K}/register/{kunci}/{tahun}/templat.xlsx").content
    h = actions.impor(r, satker, tahun, SimpleUploadedFile("t.xlsx", templat), pelaku=pengguna("uji_operator"))
    assert not h.berhasil and "baris contoh dari templat" in h.kesalahan[0].pesan


@pytest.mark.parametrize("model, isi, pesan", [
    (Tahapan, {"pemilu": "pemilu-2024", "tahapan": "Kampanye", "rencana_mulai": D(2024, 1, 10),
               "rencana_selesai": D(2024, 1, 9)}, "Rencana selesai sebelum rencana mulai"),
    (Tahapan, {"pemilu": "pemilu-2024", "tahapan": "Kampanye", "rencana_mulai": D(2024, 1, 10),
               "rencana_selesai": D(2024, 2, 10), "selesai": D(2024, 2, 1), "status": "selesai"},
     "Isi tanggal mulai"),
    (Tahapan, {"pemilu": "pemilu-2024", "tahapan": "Kampanye", "rencana_mulai": D(2024, 1, 10),
               "rencana_selesai": D(2024, 2, 10), "mulai": D(2024, 1, 10), "status": "belum"},
     "tidak lagi berstatus Belum"),
    (Logistik, {"pemilu": "pemilu-2024", "jenis": "Kotak suara", "satuan": "buah", "tanggal": D(2024, 1, 5),
                "kebutuhan": 100, "diterima": 120, "diterima_pada": D(2024, 1, 20)}, "melebihi kebutuhan"),
    (Logistik, {"pemilu": "pemilu-2024", "jenis": "Kotak suara", "satuan": "buah", "tanggal": D(2024, 1, 5),
                "kebutuhan": 100, "diterima": 100, "diterima_pada": D(2024, 1, 20), "baik": 90, "rusak": 20},
     "baik dan rusak melebihi"),
    (Logistik, {"pemilu": "pemilu-2024", "jenis": "Segel", "satuan": "lembar", "tanggal": D(2024, 1, 5),
                "kebutuhan": 100, "diterima": 100, "diterima_pada": D(2024, 1, 2)}, "sebelum pendataan"),
    (SaranaPrasarana, {"aset": "Mobil", "jenis": "kendaraan", "diperiksa": D(2024, 5, 1), "kondisi": "rusak_berat",
                       "berfungsi": True}, "rusak berat tidak dapat dinyatakan berfungsi"),
    (Pertanggungjawaban, {"kegiatan": "Rakor", "tanggal_kegiatan": D(2024, 5, 10), "tenggat": D(2024, 5, 20),
                          "selesai": D(2024, 5, 9)}, "SPJ selesai sebelum kegiatan"),
    (BadanAdhoc, {"tahun": 2024, "pemilu": "pemilihan-2024", "jenis": "ppk", "wilayah": "Mayangan",
                  "tenggat": D(2024, 5, 15), "anggota": 6, "anggota_perempuan": 2}, "beranggota 5 orang"),
    (BadanAdhoc, {"tahun": 2024, "pemilu": "pemilihan-2024", "jenis": "pps", "wilayah": "Jati",
                  "tenggat": D(2024, 5, 15), "anggota": 3, "anggota_perempuan": 4}, "perempuan melebihi"),
    (BadanAdhoc, {"tahun": 2023, "pemilu": "pemilu-2024", "jenis": "pps", "wilayah": "Jati",
                  "tenggat": D(2023, 1, 24)}, "Tahun pemilu/pemilihan 2023 tidak termasuk register tahun 2024"),
    (Kegiatan, {"nama": "Sosialisasi", "jenis": "sosialisasi", "tanggal": D(2023, 12, 30)},
     "Tanggal 2023 tidak termasuk register tahun 2024"),
])
def test_aturan_register(satker, pengguna, model, isi, pesan):
    r = next(x for x in REGISTER.values() if x.model is model)
    jejak = Jejak.objects.count()
    with pytest.raises(ValidationError, match=pesan):  # the write path runs the model's rules and the year rule
        actions.simpan_catatan(r, model(satker=satker, **isi), 2024, pelaku=pengguna("uji_operator"))
    assert not model.objects.exists() and Jejak.objects.count() == jejak


def test_kelebihan_logistik_diterima_bila_dikonfirmasi(satker, pengguna):
    obj = Logistik(satker=satker, pemilu="pemilu-2024", jenis="Kotak suara", satuan="buah", tanggal=D(2024, 1, 5),
                   kebutuhan=100, diterima=120, diterima_pada=D(2024, 1, 20), lebih_dikonfirmasi=True)
    obj.full_clean()
    actions.simpan_catatan(REGISTER["logistik"], obj, 2024, pelaku=pengguna("uji_operator"))
    assert Logistik.objects.get().diterima == 120


def test_badan_adhoc_milik_tahun_pemilihannya(satker, masuk):
    """A PPS formed in January 2023 for Pemilu 2024 is in the 2024 register, not 2023's."""
    b = BadanAdhoc.objects.create(satker=satker, tahun=2024, pemilu="pemilu-2024", jenis="pps", wilayah="Jati",
                                  tenggat=D(2023, 1, 24), dibentuk=D(2023, 1, 24), anggota=3)
    assert b.get_absolute_url() == f"/s/{K}/register/badan-adhoc/2024/{b.pk}/"
    c = masuk("uji_pembaca")
    assert "Jati" in c.get(f"/s/{K}/register/badan-adhoc/2024/").content.decode()
    assert "Jati" not in c.get(f"/s/{K}/register/badan-adhoc/2023/").content.decode()


# --- measures ---------------------------------------------------------------------------------


def _h(kunci, satker, periode="TW4", tahun=2024):
    h = hitung(UKURAN[kunci], satker, tahun, periode)
    return ({str(c) for c in h.memenuhi}, {str(c) for c in h.tidak}, {str(c) for c, _ in h.dikecualikan})


def _tahapan(satker, nama, rencana, selesai=None):
    return Tahapan.objects.create(satker=satker, pemilu="pemilihan-2024", tahapan=nama,
                                  rencana_mulai=rencana - dt.timedelta(days=5), rencana_selesai=rencana,
                                  mulai=rencana - dt.timedelta(days=5) if selesai else None, selesai=selesai,
                                  status="selesai" if selesai else "belum")


def test_tahapan_sesuai_jadwal(satker):
    _tahapan(satker, "Tepat", D(2024, 11, 27), D(2024, 11, 27))
    _tahapan(satker, "Lambat", D(2024, 12, 5), D(2024, 12, 6))
    _tahapan(satker, "Lewat tanpa selesai", D(2024, 12, 10))
    _tahapan(satker, "Nanti", D(2025, 1, 15))  # planned to start 10 January 2025: another year's register
    _tahapan(satker, "Akhir tahun", D(2024, 12, 31))  # due on the last day: not late yet
    memenuhi, tidak, belum = _h("tahapan_sesuai_jadwal", satker)
    assert {m.split(" (")[0] for m in memenuhi} == {"Tepat"}
    assert {m.split(" (")[0] for m in tidak} == {"Lambat", "Lewat tanpa selesai"}
    assert {m.split(" (")[0] for m in belum} == {"Akhir tahun"}
    # at the end of September nothing has fallen due yet: the records planned later are not in the period
    assert _h("tahapan_sesuai_jadwal", satker, "TW3") == (set(), set(), set())


def test_spj_tepat_waktu(satker):
    for nama, selesai in (("A", D(2024, 3, 20)), ("B", D(2024, 4, 2)), ("C", None)):
        Pertanggungjawaban.objects.create(satker=satker, kegiatan=nama, tanggal_kegiatan=D(2024, 3, 5),
                                          tenggat=D(2024, 3, 28), selesai=selesai)
    # at the end of March B and C are past their deadline unsettled; B, settled in April, stays late
    for periode in ("TW1", "TW2"):
        memenuhi, tidak, belum = _h("spj_tepat_waktu", satker, periode)
        assert memenuhi == {"SPJ A (5 Maret 2024)"} and not belum
        assert tidak == {"SPJ B (5 Maret 2024)", "SPJ C (5 Maret 2024)"}


def test_badan_adhoc_lengkap_dan_tepat(satker):
    def b(wilayah, dibentuk, anggota=3, tenggat=D(2024, 5, 15), jenis="pps"):
        BadanAdhoc.objects.create(satker=satker, tahun=2024, pemilu="pemilihan-2024", jenis=jenis, wilayah=wilayah,
                                  tenggat=tenggat, dibentuk=dibentuk, anggota=anggota)

    b("Jati", D(2024, 5, 15))
    b("Sukabumi", D(2024, 5, 14), anggota=2)  # on time but two of three members
    b("Wiroborang", D(2024, 5, 20))  # late
    b("Kanigaran", None, 0, tenggat=D(2024, 12, 31), jenis="ppk")  # not due yet at the end of the year
    memenuhi, tidak, belum = _h("badan_adhoc_dibentuk", satker)
    assert memenuhi == {"PPS Jati (Pemilihan 2024)"}
    assert tidak == {"PPS Sukabumi (Pemilihan 2024)", "PPS Wiroborang (Pemilihan 2024)"}
    assert belum == {"PPK Kanigaran (Pemilihan 2024)"}


def test_logistik_tersedia_dan_diinventarisasi(satker):
    def l(jenis, kebutuhan, diterima=None, pada=None, baik=None, rusak=None, inventaris=None):
        Logistik.objects.create(satker=satker, pemilu="pemilihan-2024", jenis=jenis, satuan="buah",
                                tanggal=D(2024, 7, 1), kebutuhan=kebutuhan, diterima=diterima, diterima_pada=pada,
                                baik=baik, rusak=rusak, inventarisasi=inventaris, lebih_dikonfirmasi=True)

    l("Kotak suara", 480, 480, D(2024, 9, 1), 480, 0, D(2024, 9, 5))
    l("Bilik", 960, 960, D(2024, 9, 1), 950, 10, D(2024, 10, 2))  # 10 damaged: short of need
    l("Tinta", 480, 500, D(2024, 10, 3))  # received (more than needed, confirmed), not yet inventoried
    l("Surat suara", 200000)  # not received
    tersedia, kurang, _ = _h("logistik_tersedia", satker)
    assert tersedia == {"Kotak suara (Pemilihan 2024)", "Tinta (Pemilihan 2024)"}
    assert kurang == {"Bilik (Pemilihan 2024)", "Surat suara (Pemilihan 2024)"}
    ok, belum_inv, belum_terima = _h("logistik_diinventarisasi", satker)
    assert ok == {"Kotak suara (Pemilihan 2024)", "Bilik (Pemilihan 2024)"}
    assert belum_inv == {"Tinta (Pemilihan 2024)"} and belum_terima == {"Surat suara (Pemilihan 2024)"}
    ok, belum_inv, belum_terima = _h("logistik_diinventarisasi", satker, "TW3")
    assert ok == {"Kotak suara (Pemilihan 2024)"} and belum_inv == {"Bilik (Pemilihan 2024)"}
    assert belum_terima == {"Tinta (Pemilihan 2024)", "Surat suara (Pemilihan 2024)"}


def test_sarpras_menurut_pemeriksaan_terakhir(satker):
    def s(aset, kode, tanggal, kondisi, berfungsi):
        SaranaPrasarana.objects.create(satker=satker, aset=aset, kode_barang=kode, jenis="kendaraan",
                                       diperiksa=tanggal, kondisi=kondisi, berfungsi=berfungsi)

    s("Mobil dinas", "K-1", D(2024, 1, 10), "baik", True)
    s("Mobil dinas", "K-1", D(2024, 7, 10), "rusak_berat", False)
    s("Genset", "G-1", D(2024, 2, 1), "rusak_ringan", True)
    memenuhi, tidak, lama = _h("sarpras_berfungsi", satker, "TW2")
    assert memenuhi == {"Mobil dinas (K-1)", "Genset (G-1)"} and not tidak and not lama
    memenuhi, tidak, lama = _h("sarpras_berfungsi", satker, "TW4")
    assert memenuhi == {"Genset (G-1)"} and tidak == {"Mobil dinas (K-1)"} and lama == {"Mobil dinas (K-1)"}


def test_pantau_yang_terlambat_dan_berisiko(satker, masuk):
    from kinerja.register.models import PermohonanInformasi, Publikasi

    # on Thursday 25 April 2024: a request received 5 April is due Monday 29 April (two working days left)
    PermohonanInformasi.objects.create(satker=satker, nomor="P-1", diterima=D(2024, 4, 5), informasi="DPT")
    PermohonanInformasi.objects.create(satker=satker, nomor="P-2", diterima=D(2024, 4, 5), informasi="DPT",
                                       dijawab=D(2024, 4, 22), hasil="dipenuhi")  # answered: nothing to do
    PermohonanInformasi.objects.create(satker=satker, nomor="P-3", diterima=D(2024, 4, 22), informasi="TPS")
    # an activity of Tuesday 23 April not yet published: one working day, due 24 April, late
    Publikasi.objects.create(satker=satker, kegiatan="Rapat pleno", tanggal_kegiatan=D(2024, 4, 23), kanal="laman")
    # a stage that should have ended, from last year's register
    _tahapan(satker, "Pemutakhiran", D(2023, 12, 20))
    c = masuk("uji_pembaca")
    r = c.get(f"/s/{K}/register/pantau/?per=2024-04-25")
    isi = r.content.decode()
    assert r.status_code == 200 and "Per 25 April 2024: 2 terlambat, 1 berisiko" in isi
    assert "Permohonan P-1" in isi and "2 hari kerja lagi" in isi
    assert "Permohonan P-2" not in isi and "Permohonan P-3" not in isi  # P-3 due 6 May: not near yet
    assert "Publikasi Rapat pleno" in isi and "Pemutakhiran" in isi
    assert "tenggat hari ini" in c.get(f"/s/{K}/register/pantau/?per=2024-04-29").content.decode()
    assert "Per 25 April 2024: 2 terlambat" in c.get(f"/s/{K}/register/pantau/?per=25/04/2024").content.decode()
    assert "Tanggal tidak dikenal" in c.get(f"/s/{K}/register/pantau/?per=2024-04-25xyz").content.decode()
    r = c.get(f"/s/{K}/register/pantau/?per=bukan")
    assert r.status_code == 200 and "Tanggal tidak dikenal" in r.content.decode()
    assert "di luar" in c.get(f"/s/{K}/register/pantau/?per=2999-01-01").content.decode()


def test_jumlah_query_tidak_bergantung_pada_jumlah_catatan(satker):
    """All measures of a satker's year: one calendar and one query per register, however many records."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kinerja.register.models import PermohonanInformasi, Publikasi
    from kinerja.register.ukuran import hitung_semua

    def query():
        with CaptureQueriesContext(connection) as q:
            hasil = hitung_semua(satker, 2024)
        return len(q.captured_queries), {u.kunci: tw["TW4"].penyebut for u, tw in hasil}

    sedikit, hasil = query()
    assert hasil["publikasi_satu_hari"] == 0
    Publikasi.objects.bulk_create(Publikasi(satker=satker, kegiatan="K", tanggal_kegiatan=D(2024, 3, 1) +
                                            dt.timedelta(days=i), tanggal_terbit=D(2024, 3, 1) + dt.timedelta(days=i),
                                            kanal="laman") for i in range(200))
    PermohonanInformasi.objects.bulk_create(PermohonanInformasi(satker=satker, nomor=str(i), diterima=D(2024, 2, 1),
                                                                informasi="x", dijawab=D(2024, 2, 2), hasil="dipenuhi")
                                            for i in range(50))
    banyak, hasil = query()
    assert hasil["publikasi_satu_hari"] == 200 and hasil["ppid_tepat_waktu"] == 50
    assert banyak == sedikit <= len(REGISTER) + 3


def test_foto_dokumentasi_kegiatan(satker, masuk, pengguna):
    """A photo uploaded on the report's photo page for an event of the register shows on the event."""
    from PIL import Image

    from kinerja.laporan.models import Foto

    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "PNG")
    png = buf.getvalue()
    keg = Kegiatan.objects.create(satker=satker, nama="Rapat pleno terbuka", jenis="pleno", tanggal=D(2024, 12, 3))
    lain = Kegiatan.objects.create(satker=Satker.objects.exclude(pk=satker.pk).filter(tingkat="kabkota").first(),
                                   nama="Milik satker lain", jenis="pleno", tanggal=D(2024, 12, 3))
    lalu = Kegiatan.objects.create(satker=satker, nama="Tahun lalu", jenis="pleno", tanggal=D(2023, 12, 3))
    c = masuk("uji_operator")
    url = f"/s/{K}/laporan/2024/foto/unggah/"
    for salah in (lain, lalu):  # not among the choices: refused, nothing written
        r = c.post(url, {"berkas": SimpleUploadedFile("a.png", png), "keterangan": "Pleno", "kegiatan": salah.pk})
        assert r.status_code == 400 and not Foto.objects.exists()
    halaman = c.get(f"/s/{K}/laporan/2024/foto/").content.decode()
    assert "Rapat pleno terbuka" in halaman and "Milik satker lain" not in halaman and "Tahun lalu" not in halaman
    r = c.post(url, {"berkas": SimpleUploadedFile("a.png", png), "keterangan": "Pleno rekapitulasi", "kegiatan": keg.pk})
    assert r.status_code == 302 and Foto.objects.get().kegiatan == keg
    rinci = masuk("uji_pembaca").get(keg.get_absolute_url()).content.decode()
    assert "Foto dokumentasi" in rinci and "Pleno rekapitulasi" in rinci
    with pytest.raises(ValidationError, match="bukan milik register kegiatan 2024"):
        from kinerja.laporan import actions as lap

        lap.unggah_foto(satker, 2024, SimpleUploadedFile("a.png", png), "x", pelaku=pengguna("uji_operator"),
                        kegiatan=lalu)


def test_pantau_badan_adhoc_tahun_pemilihan_berikutnya(satker, masuk):
    """The PPS of a 2024 election fall due in January 2023: watched in 2023 already."""
    BadanAdhoc.objects.create(satker=satker, tahun=2024, pemilu="pemilu-2024", jenis="pps", wilayah="Jati",
                              tenggat=D(2023, 1, 10))
    isi = masuk("uji_pembaca").get(f"/s/{K}/register/pantau/?per=2023-01-09").content.decode()
    assert "PPS Jati (Pemilu 2024)" in isi and "1 berisiko" in isi
