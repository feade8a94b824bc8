"""The registers: one mechanism declared per register (kinerja.register.deklarasi), its
pages, atomic import with row-level errors, export that re-imports, the year rule, each
register's own rules, and the measures computed from the records with their drill-down."""

import datetime as dt
import io
import re

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Satker
from kinerja.register import actions
from kinerja.register.deklarasi import REGISTER
from kinerja.register.models import LayananKepegawaian, PermohonanInformasi, Publikasi, Sengketa
from kinerja.register.ukuran import UKURAN, hitung, hitung_semua

from ..kecil import KODE as K

D = dt.date
URL = f"/s/{K}/register/ppid/2024/"


@pytest.fixture
def satker(db):
    return Satker.objects.get(kode=K)


def _csv(teks: str):
    return SimpleUploadedFile("r.csv", teks.encode(), "text/csv")


def test_setiap_register_dideklarasikan_dengan_kolom_yang_ada():
    assert set(REGISTER) >= {"ppid", "publikasi", "produk-hukum", "sengketa", "kepegawaian", "pemutakhiran"}
    for r in REGISTER.values():
        assert r.medan_tanggal in r.kolom and set(r.contoh_baris) == set(r.kolom), r.kunci
    assert {u.register for u in UKURAN.values()} <= set(REGISTER)


def test_tambah_lewat_formulir_dan_aturan_register(masuk, satker):
    c = masuk("uji_operator")
    r = c.post(URL + "tambah/simpan/", {"nomor": "7/PPID", "diterima": "2024-03-04", "informasi": "DPT <b>x</b>",
                                        "dijawab": "2024-03-01", "hasil": "dipenuhi"})
    isi = r.content.decode()
    assert r.status_code == 400 and "Tanggal jawaban sebelum permohonan diterima" in isi
    assert "DPT &lt;b&gt;x&lt;/b&gt;" in isi and not PermohonanInformasi.objects.exists()
    # a record of another year is refused in this year's register
    r = c.post(URL + "tambah/simpan/", {"nomor": "7/PPID", "diterima": "2023-12-29", "informasi": "DPT"})
    assert r.status_code == 400 and "tidak termasuk register tahun 2024" in r.content.decode()
    jejak = Jejak.objects.count()
    r = c.post(URL + "tambah/simpan/", {"nomor": "7/PPID", "diterima": "04/03/2024", "informasi": "DPT",
                                        "dijawab": "05/03/2024", "hasil": "dipenuhi"})
    p = PermohonanInformasi.objects.get()
    assert r.status_code == 302 and r["Location"] == p.get_absolute_url() and Jejak.objects.count() == jejak + 1
    halaman = c.get(p.get_absolute_url()).content.decode()
    assert "4 Maret 2024" in halaman and "Dipenuhi" in halaman and "Riwayat catatan ini" in halaman
    riwayat = c.get(f"/s/{K}/riwayat/register.permohonaninformasi/{p.pk}/").content.decode()
    assert "Permohonan 7/PPID (4 Maret 2024)" in riwayat and "Informasi yang diminta" in riwayat
    daftar = masuk("uji_pembaca").get(URL).content.decode()
    assert "7/PPID" in daftar and "Tambah catatan" not in daftar


def test_ubah_dengan_versi_lama_ditolak(masuk, satker):
    p = PermohonanInformasi.objects.create(satker=satker, nomor="1", diterima=D(2024, 3, 1), informasi="a")
    c = masuk("uji_operator")
    halaman = c.get(p.get_absolute_url()).content.decode()
    versi = re.search(r'name="versi" value="([^"]+)"', halaman).group(1)
    PermohonanInformasi.objects.filter(pk=p.pk).update(informasi="diubah rekan")
    r = c.post(p.get_absolute_url() + "simpan/", {"nomor": "1", "diterima": "2024-03-01", "informasi": "saya",
                                                  "versi": versi})
    assert r.status_code == 400 and PermohonanInformasi.objects.get().informasi == "diubah rekan"


@pytest.mark.parametrize("model, isi, pesan", [
    (Publikasi, {"kegiatan": "Debat", "tanggal_kegiatan": D(2024, 11, 15), "tanggal_terbit": D(2024, 11, 14),
                 "kanal": "laman"}, "Tanggal terbit sebelum tanggal kegiatan"),
    (Sengketa, {"perkara": "PHPU", "jenis": "phpu", "didaftarkan": D(2024, 3, 1), "hasil": "menang"},
     "Isi tanggal putusan"),
    (Sengketa, {"perkara": "PHPU", "jenis": "phpu", "didaftarkan": D(2024, 3, 1), "diputus": D(2024, 2, 1),
                "hasil": "menang"}, "putusan sebelum perkara didaftarkan"),
    (LayananKepegawaian, {"permohonan": "Cuti", "jenis": "cuti", "diterima": D(2024, 3, 1), "standar_hari": 0},
     "antara 1 dan 250"),
])
def test_aturan_setiap_register(satker, pengguna, model, isi, pesan):
    from django.core.exceptions import ValidationError

    r = next(x for x in REGISTER.values() if x.model is model)
    with pytest.raises(ValidationError, match=pesan):
        actions.simpan_catatan(r, model(satker=satker, **isi), 2024, pelaku=pengguna("uji_operator"))
    assert not model.objects.exists()


def test_impor_utuh_dengan_galat_per_baris(satker, pengguna):
    r = REGISTER["ppid"]
    op = pengguna("uji_operator")
    buruk = ("Nomor registrasi;Diterima;Informasi yang diminta;Diperpanjang;Dijawab;Hasil\n"
             "1/PPID;02/01/2024;Salinan DCT;tidak;05/01/2024;Dipenuhi\n"
             "2/PPID;03/01/2024;Data TPS;mungkin;;\n"
             "3/PPID;10/01/2024;Data dapil;ya;09/01/2024;dipenuhi\n"
             "4/PPID;31/12/2023;Data lama;;;\n"
             "5/PPID;bukan tanggal;x;;;\n")
    jejak = Jejak.objects.count()
    h = actions.impor(r, satker, 2024, _csv(buruk), pelaku=op)
    assert not h.berhasil and not PermohonanInformasi.objects.exists() and Jejak.objects.count() == jejak
    galat = {g.baris: g.pesan for g in h.kesalahan}
    assert set(galat) == {3, 4, 5, 6}
    assert "“mungkin” tidak dikenal" in galat[3]
    assert "sebelum permohonan diterima" in galat[4]
    assert "tidak termasuk register tahun 2024" in galat[5]
    assert "Tanggal tidak valid" in galat[6]
    baik = ("nomor registrasi,diterima,informasi yang diminta,diperpanjang,dijawab,hasil\n"
            "1/PPID,02/01/2024,Salinan DCT,tidak,05/01/2024,Dipenuhi\n"
            "2/PPID,03/01/2024,Data TPS,ya,,\n")
    h = actions.impor(r, satker, 2024, _csv(baik), pelaku=op)
    assert h.berhasil and h.jumlah == 2 and Jejak.objects.count() == jejak + 2
    assert list(PermohonanInformasi.objects.values_list("nomor", "diperpanjang", "hasil")) == [
        ("1/PPID", False, "dipenuhi"), ("2/PPID", True, "")]


def test_ekspor_dapat_diimpor_lagi_dan_templat_berpetunjuk(masuk, satker):
    PermohonanInformasi.objects.create(satker=satker, nomor="1/PPID", diterima=D(2024, 1, 2), informasi="=1+1",
                                       diperpanjang=True, dijawab=D(2024, 1, 5), hasil="sebagian")
    c = masuk("uji_operator")
    isi = c.get(URL + "ekspor.xlsx").content
    ws = openpyxl.load_workbook(io.BytesIO(isi)).active
    assert [x.value for x in ws[1]] == ["Nomor registrasi", "Diterima", "Informasi yang diminta", "Diperpanjang",
                                        "Dijawab", "Hasil"]
    assert ws["D2"].value == "ya" and ws["F2"].value == "Dipenuhi sebagian" and ws["C2"].value == "=1+1"
    r = c.post(URL + "impor/kirim/", {"berkas": SimpleUploadedFile("e.xlsx", isi)})
    assert r.status_code == 302 and PermohonanInformasi.objects.filter(hasil="sebagian", diperpanjang=True).count() == 2
    templat = openpyxl.load_workbook(io.BytesIO(c.get(URL + "templat.xlsx").content))
    assert templat.sheetnames == ["Permohonan informasi (PPID)", "Petunjuk"]
    assert any("Ditolak" in str(x.value) for row in templat["Petunjuk"].iter_rows() for x in row)
    r = c.post(URL + "impor/kirim/", {"berkas": SimpleUploadedFile("x.pdf", b"%PDF-1.4")})
    assert r.status_code == 400 and "Jenis berkas tidak dikenal" in r.content.decode()


# --- measures -------------------------------------------------------------------------------

def _ppid(satker, nomor, diterima, dijawab=None, diperpanjang=False):
    return PermohonanInformasi.objects.create(satker=satker, nomor=nomor, diterima=diterima, informasi="x",
                                              dijawab=dijawab, diperpanjang=diperpanjang,
                                              hasil="dipenuhi" if dijawab else "")


def test_ppid_tepat_waktu_dengan_hari_kerja_dan_perpanjangan(satker):
    # received Friday 5 April 2024: 10 working days end 29 April (Lebaran in between), 17 end 13 May
    tepat = _ppid(satker, "a", D(2024, 4, 5), D(2024, 4, 29))
    telat = _ppid(satker, "b", D(2024, 4, 5), D(2024, 4, 30))
    diperpanjang = _ppid(satker, "c", D(2024, 4, 5), D(2024, 5, 13), diperpanjang=True)
    terbuka = _ppid(satker, "d", D(2024, 6, 25))  # due 9 July: open on 30 June, not counted yet
    maret = _ppid(satker, "e", D(2024, 3, 1), D(2024, 3, 4))
    u = UKURAN["ppid_tepat_waktu"]
    tw1, tw2, tw3 = (hitung(u, satker, 2024, p) for p in ("TW1", "TW2", "TW3"))
    assert (tw1.pembilang, tw1.penyebut) == (1, 1)
    assert tw2.memenuhi == [maret, tepat, diperpanjang] and tw2.tidak == [telat]
    assert [c for c, _ in tw2.dikecualikan] == [terbuka] and "belum jatuh tempo (09/07/2024)" in tw2.dikecualikan[0][1]
    assert tw3.tidak == [telat, terbuka] and tw3.persen == 60


def test_ukuran_lain_dan_hitung_semua(masuk, satker):
    Publikasi.objects.create(satker=satker, kegiatan="Pleno", tanggal_kegiatan=D(2024, 2, 13),
                             tanggal_terbit=D(2024, 2, 15), kanal="laman")  # 14 Feb is a holiday: on time
    Publikasi.objects.create(satker=satker, kegiatan="Debat", tanggal_kegiatan=D(2024, 11, 15),
                             tanggal_terbit=D(2024, 11, 19), kanal="laman")  # Friday -> Tuesday: late
    Sengketa.objects.create(satker=satker, perkara="A", jenis="proses", didaftarkan=D(2024, 1, 10),
                            diputus=D(2024, 1, 20), hasil="menang")
    Sengketa.objects.create(satker=satker, perkara="B", jenis="dkpp", didaftarkan=D(2024, 5, 1),
                            diputus=D(2024, 5, 20), hasil="damai")
    Sengketa.objects.create(satker=satker, perkara="C", jenis="ptun", didaftarkan=D(2024, 8, 1))
    LayananKepegawaian.objects.create(satker=satker, permohonan="Cuti", jenis="cuti", diterima=D(2024, 4, 5),
                                      standar_hari=3, selesai=D(2024, 4, 18))  # 16, 17, 18 April: on time
    semua = {u.kunci: tw for u, tw in hitung_semua(satker, 2024)}
    pub = semua["publikasi_satu_hari"]
    assert (pub["TW1"].pembilang, pub["TW1"].penyebut, pub["TW4"].pembilang, pub["TW4"].penyebut) == (1, 1, 1, 2)
    s = semua["sengketa_dimenangkan"]["TW4"]
    assert (s.pembilang, s.penyebut) == (1, 1) and sorted(a for _, a in s.dikecualikan) == [
        "belum diputus", "selesai dengan mufakat: tidak dimenangkan atau dikalahkan"]
    assert semua["layanan_kepegawaian_tepat_waktu"]["TW2"].persen == 100
    assert semua["harmonisasi_tepat_waktu"]["TW4"].persen is None  # no records: no figure
    # the same figures through the single-measure path
    assert [c.pk for c in hitung(UKURAN["publikasi_satu_hari"], satker, 2024, "TW4").tidak] == [
        c.id for c in pub["TW4"].tidak]
    halaman = masuk("uji_pembaca").get(f"/s/{K}/register/2024/").content.decode()
    assert "Publikasi terbit paling lambat satu hari kerja" in halaman and "50,00%" in halaman
    assert f"/s/{K}/register/2024/ukuran/publikasi_satu_hari/TW4/" in halaman
    rincian = masuk("uji_pembaca").get(f"/s/{K}/register/2024/ukuran/publikasi_satu_hari/TW4/").content.decode()
    assert "Publikasi Debat (15 November 2024)" in rincian  # the drill-down names the record behind the figure


def test_indikator_diikat_ke_ukuran_dan_perintah_ukuran(masuk, satker):
    import json
    from io import StringIO

    from django.core.management import call_command

    from kinerja.pengukuran.layanan import matriks
    from kinerja.register.models import IkatanUkuran

    ind = next(b.indikator for b in matriks(satker, 2024).baris if b.indikator.kode == "R1")
    _ppid(satker, "a", D(2024, 4, 5), D(2024, 4, 29))
    _ppid(satker, "b", D(2024, 4, 5), D(2024, 4, 30))
    c = masuk("uji_operator")
    assert c.post(f"/s/{K}/register/2024/ikat/", {"indikator": ind.pk, "ukuran": "tidak_ada"}).status_code == 302
    assert not IkatanUkuran.objects.exists()
    r = c.post(f"/s/{K}/register/2024/ikat/", {"indikator": ind.pk, "ukuran": "ppid_tepat_waktu"})
    assert r.status_code == 302 and IkatanUkuran.objects.get().indikator == ind
    halaman = c.get(f"/s/{K}/register/2024/").content.decode()
    assert 'value="ppid_tepat_waktu" selected' in halaman and "1/2" in halaman
    out = StringIO()
    call_command("ukuran", satker=K, tahun=2024, json=True, stdout=out)
    data = json.loads(out.getvalue())
    assert data["satker"] == K and data["tahun"] == 2024
    (baris,) = data["indikator"]
    assert baris["kode"] == ind.kode and baris["ukuran"] == "ppid_tepat_waktu"
    assert baris["TW1"] == {"pembilang": "0", "penyebut": "0", "realisasi": None,
                            "catatan": "Belum ada catatan yang dihitung untuk triwulan ini."}
    assert baris["TW2"] == {"pembilang": "1", "penyebut": "2", "realisasi": "50.00"}
    out = StringIO()
    call_command("ukuran", satker=K, tahun=2024, stdout=out)
    assert "TW2  1/2  50,00%" in out.getvalue() and "UU 14/2008" in out.getvalue()
    # unbinding: the indicator is entered by hand again
    c.post(f"/s/{K}/register/2024/ikat/", {"indikator": ind.pk, "ukuran": ""})
    assert not IkatanUkuran.objects.exists()
    out = StringIO()
    call_command("ukuran", satker=K, tahun=2024, stdout=out)
    assert "Belum ada indikator" in out.getvalue()


def test_masukan_jahat_dari_tinjauan(masuk, satker, pengguna):
    """What a hostile-input review found: each refused with a clear message, nothing written."""
    c = masuk("uji_operator")
    jejak = Jejak.objects.count()
    assert c.post(f"/s/{K}/register/2024/ikat/", {"indikator": "abc", "ukuran": "ppid_tepat_waktu"}).status_code == 404
    assert c.post(f"/s/{K}/register/2024/ikat/", {"indikator": "1.5"}).status_code == 404
    assert c.get(f"/s/{K}/register/2999/").status_code == 404
    assert c.get(f"/s/{K}/register/ppid/1000/").status_code == 404
    r = c.post(URL + "tambah/simpan/", {"nomor": "A\x01\x1b[31mB\u202e", "diterima": "2024-03-04", "informasi": "x"})
    assert r.status_code == 400 and "karakter kendali" in r.content.decode()
    r = c.post(URL + "tambah/simpan/", {"nomor": "1", "diterima": "2024-03-04", "informasi": "x",
                                        "dijawab": "2099-01-01", "hasil": "dipenuhi"})
    assert r.status_code == 400 and "Dijawab 2099 di luar rentang register tahun 2024" in r.content.decode()
    url = f"/s/{K}/register/kepegawaian/2024/tambah/simpan/"
    r = c.post(url, {"permohonan": "Cuti", "jenis": "cuti", "diterima": "2024-03-04", "standar_hari": "10.000"})
    assert r.status_code == 400 and "antara 1 dan 250" in r.content.decode()  # 10.000 is ten thousand
    assert Jejak.objects.count() == jejak and not PermohonanInformasi.objects.exists()
    # the template as downloaded: its example row is refused, not imported as a record
    for kunci in ("ppid", "publikasi", "produk-hukum", "kepegawaian", "pemutakhiran"):
        templat = c.get(f"/s/{K}/register/{kunci}/2024/templat.xlsx").content
        h = actions.impor(REGISTER[kunci], satker, 2024, SimpleUploadedFile("t.xlsx", templat),
                          pelaku=pengguna("uji_operator"))
        assert not h.berhasil and "baris contoh dari templat" in h.kesalahan[0].pesan, kunci
    # a comma inside an unquoted text: the row is refused rather than cut short
    h = actions.impor(REGISTER["ppid"], satker, 2024, _csv(
        "Nomor registrasi,Diterima,Informasi yang diminta\nN-77,01/04/2024,Salinan SK, lampiran dan berita acara\n"),
        pelaku=pengguna("uji_operator"))
    assert not h.berhasil and h.kesalahan[0].baris == 2 and "lebih banyak sel" in h.kesalahan[0].pesan
    # an empty Hasil of a dispute takes its default (still open)
    h = actions.impor(REGISTER["sengketa"], satker, 2024, _csv("Perkara;Jenis;Didaftarkan;Diputus;Hasil\n"
                                                               "Gugatan;PTUN;02/05/2024;;\n"), pelaku=pengguna("uji_operator"))
    assert h.berhasil and Sengketa.objects.get().hasil == "berjalan"
    assert not PermohonanInformasi.objects.exists()


def test_catatan_contoh_yang_diubah_menjadi_milik_satker_dan_versi_wajib(masuk, satker):
    from kinerja.core.audit import snapshot
    from kinerja.core.versions import wrap

    p = PermohonanInformasi.objects.create(satker=satker, nomor="1", diterima=D(2024, 3, 1), informasi="a",
                                           contoh=True, sumber="contoh: uji")
    c = masuk("uji_operator")
    data = {"nomor": "1", "diterima": "2024-03-01", "informasi": "teks satker"}
    r = c.post(p.get_absolute_url() + "simpan/", data)
    assert r.status_code == 400 and "tidak membawa versi" in r.content.decode()
    r = c.post(p.get_absolute_url() + "simpan/", {**data, "versi": wrap(snapshot(p))})
    p.refresh_from_db()
    assert r.status_code == 302 and (p.informasi, p.contoh, p.sumber) == ("teks satker", False, "")


def test_pemutakhiran_tepat_waktu_dan_jumlah_wajar(satker, pengguna):
    from django.core.exceptions import ValidationError

    from kinerja.register.models import Pemutakhiran

    r = REGISTER["pemutakhiran"]
    with pytest.raises(ValidationError, match="di luar kewajaran"):
        actions.simpan_catatan(r, Pemutakhiran(satker=satker, wilayah="Kecamatan Mayangan", periode="Januari 2024",
                                               tenggat=D(2024, 2, 5), pemilih_baru=10_000_001), 2024,
                               pelaku=pengguna("uji_operator"))
    for tenggat, diserahkan in ((D(2024, 2, 5), D(2024, 2, 5)), (D(2024, 3, 5), D(2024, 3, 6)),
                                (D(2024, 3, 29), None), (D(2024, 3, 4), None)):
        Pemutakhiran.objects.create(satker=satker, wilayah="Kecamatan Mayangan", periode="x", tenggat=tenggat,
                                    diserahkan=diserahkan)
    h = hitung(UKURAN["pemutakhiran_tepat_waktu"], satker, 2024, "TW1")
    # on the due day: on time; a day late, or still open past its due date: late; due on 29 March and
    # not delivered by 31 March: late too (the period's end is after its due date)
    assert (h.pembilang, h.penyebut) == (1, 4) and not h.dikecualikan


def _r1(satker):
    from kinerja.pengukuran.layanan import matriks

    return {b.indikator.kode: b.indikator for b in matriks(satker, 2024).baris}


def test_hanya_indikator_rasio_yang_dapat_diikat(satker, pengguna):
    from django.core.exceptions import ValidationError

    from kinerja.register.models import IkatanUkuran

    ind = _r1(satker)
    with pytest.raises(ValidationError, match="P1 tidak diukur dengan pembilang dan penyebut"):
        actions.ikat_ukuran(ind["P1"], "ppid_tepat_waktu", pelaku=pengguna("uji_operator"))
    assert not IkatanUkuran.objects.exists()


def test_realisasi_dihitung_ditulis_diganti_dengan_alasan_dan_dipertahankan(masuk, satker, pengguna):
    """TW IV is open in the test satker, TW I-III locked; R1 stores 5/5 for TW IV. R1 adds up its
    quarters (kumulatif): each quarter's computed value is that quarter's own records."""
    from kinerja.pengukuran.models import Realisasi

    ind = _r1(satker)["R1"]
    actions.ikat_ukuran(ind, "ppid_tepat_waktu", pelaku=pengguna("uji_operator"))
    _ppid(satker, "a", D(2024, 4, 5), D(2024, 4, 29))  # on time
    _ppid(satker, "b", D(2024, 4, 5), D(2024, 4, 30))  # late
    _ppid(satker, "c", D(2024, 10, 1), D(2024, 10, 2))  # on time
    _ppid(satker, "d", D(2024, 12, 30))  # not yet due at 31 December: not counted
    c = masuk("uji_operator")
    isi_url = f"/s/{K}/realisasi/2024/TW4/{ind.pk}/"
    halaman = c.get(isi_url).content.decode()
    # cumulated: 1/2 at the end of June and of September, 2/3 at the end of the year: TW IV's own is 1/1
    assert "Dihitung dari register" in halaman and "pembilang 1, penyebut 1" in halaman
    assert f"/s/{K}/register/2024/indikator/{ind.pk}/TW4/" in halaman
    rincian = c.get(f"/s/{K}/register/2024/indikator/{ind.pk}/TW4/").content.decode()
    assert "pembilang 1, penyebut 1" in rincian and "Permohonan a" in rincian
    assert "kumulatif sampai akhir TW IV 2/3 dikurangi kumulatif sampai akhir triwulan pengukuran sebelumnya 1/2" in rincian
    assert "pembilang 1, penyebut 2" in c.get(f"/s/{K}/register/2024/indikator/{ind.pk}/TW2/").content.decode()
    assert f"/s/{K}/register/2024/ukuran/ppid_tepat_waktu/TW4/" in rincian
    # the drill-down names the records behind the figure
    rincian = c.get(f"/s/{K}/register/2024/ukuran/ppid_tepat_waktu/TW4/").content.decode()
    assert "66,67%" in rincian and "Permohonan a" in rincian and "Permohonan b" in rincian
    assert "Belum dihitung (1)" in rincian and "Permohonan d" in rincian
    assert c.get(f"/s/{K}/register/2024/ukuran/tidak-ada/TW4/").status_code == 404
    # a value other than the computed one needs a reason
    jejak = Jejak.objects.count()
    r = c.post(isi_url + "simpan/", {"pembilang": "3", "penyebut": "3", "versi": _versi(ind)})
    assert r.status_code == 200 and "Isi alasan bila realisasi diisi berbeda" in r.content.decode()
    assert Realisasi.objects.get(indikator=ind, periode="TW4").pembilang == 5 and Jejak.objects.count() == jejak
    # writing the computed values: TW IV written; TW II is locked, nothing written there
    r = c.post(f"/s/{K}/register/2024/terapkan/TW4/")
    assert r.status_code == 302
    tw4 = Realisasi.objects.get(indikator=ind, periode="TW4")
    assert (tw4.pembilang, tw4.penyebut, tw4.alasan_manual) == (1, 1, "")
    assert tw4.sumber == "Dihitung dari register: Permohonan informasi dijawab dalam batas waktu"
    assert tw4.analisis  # the narrative already written is kept
    r = c.post(f"/s/{K}/register/2024/terapkan/TW2/", follow=True)  # computed 1/2 for the second quarter
    assert "tidak dapat diubah" in r.content.decode()
    assert Realisasi.objects.get(indikator=ind, periode="TW2").pembilang == 4
    r = c.post(f"/s/{K}/register/2024/terapkan/TW1/", follow=True)
    assert "R1 TW I: belum ada catatan yang dihitung" in r.content.decode()
    # an override with its reason is stored, audited, shown, and kept by the next write
    r = c.post(isi_url + "simpan/", {"pembilang": "3", "penyebut": "3", "versi": _versi(ind), "yakin": "on",
                                     "alasan_manual": "Permohonan b dijawab lewat surel pada 29 April."})
    assert r.status_code == 302
    tw4.refresh_from_db()
    assert (tw4.pembilang, tw4.alasan_manual) == (3, "Permohonan b dijawab lewat surel pada 29 April.")
    assert tw4.sumber == ""
    assert "lewat surel" in str(Jejak.objects.filter(model="pengukuran.realisasi").latest("pk").perubahan)
    assert "Diganti manual" in c.get(isi_url).content.decode()
    r = c.post(f"/s/{K}/register/2024/terapkan/TW4/", follow=True)
    assert "tetap diisi manual" in r.content.decode()
    tw4.refresh_from_db()
    assert tw4.pembilang == 3
    # back to the computed value: the reason is cleared
    r = c.post(isi_url + "simpan/", {"pembilang": "1", "penyebut": "1", "versi": _versi(ind), "yakin": "on"})
    tw4.refresh_from_db()
    assert r.status_code == 302 and (tw4.pembilang, tw4.alasan_manual) == (1, "")
    # a reader may look at the drill-down but not write
    b = masuk("uji_pembaca")
    assert b.get(f"/s/{K}/register/2024/ukuran/ppid_tepat_waktu/TW2/").status_code == 200
    assert b.post(f"/s/{K}/register/2024/terapkan/TW4/").status_code == 403


def _versi(ind):
    from kinerja.core.audit import snapshot
    from kinerja.core.versions import wrap
    from kinerja.pengukuran.models import Realisasi

    return wrap(snapshot(Realisasi.objects.get(indikator=ind, periode="TW4")))


def test_rumus_menggabungkan_dua_ukuran(masuk, satker):
    import json
    from io import StringIO

    from django.core.management import call_command

    from kinerja.register.models import IkatanUkuran, LayananKepegawaian

    ind = _r1(satker)["R1"]
    _ppid(satker, "a", D(2024, 4, 5), D(2024, 4, 29))  # on time
    _ppid(satker, "b", D(2024, 4, 5), D(2024, 4, 30))  # late
    LayananKepegawaian.objects.create(satker=satker, permohonan="Cuti", jenis="cuti", diterima=D(2024, 5, 6),
                                      standar_hari=3, selesai=D(2024, 5, 7))  # on time
    c = masuk("uji_operator")
    url = f"/s/{K}/register/2024/ikat/"
    jejak = Jejak.objects.count()
    for rumus, pesan in (("ppid_tepat_waktu.pembilang + 1", "harus berbentuk (pembilang) / (penyebut)"),
                         ("__import__('os').system('id') / 1", "min(...) dan max(...)"),
                         ("tidak_ada.pembilang / tidak_ada.penyebut", "Ukuran tidak dikenal: tidak_ada"),
                         ("(ppid_tepat_waktu.pembilang*1e200)/(ppid_tepat_waktu.penyebut*1e200)",
                          "paling besar 1.000.000"),
                         ("((((1))))/1", "masing-masing harus memakai paling sedikit satu ukuran"),
                         ("ppid_tepat_waktu.pembilang / 2", "masing-masing harus memakai")):
        r = c.post(url, {"indikator": ind.pk, "rumus": rumus}, follow=True)
        assert pesan in r.content.decode(), rumus
    r = c.post(url, {"indikator": ind.pk, "ukuran": "ppid_tepat_waktu", "rumus": "a.pembilang / a.penyebut"},
               follow=True)
    assert "tidak keduanya" in r.content.decode()
    assert not IkatanUkuran.objects.exists() and Jejak.objects.count() == jejak
    rumus = ("(ppid_tepat_waktu.pembilang + layanan_kepegawaian_tepat_waktu.pembilang) / "
             "(ppid_tepat_waktu.penyebut + layanan_kepegawaian_tepat_waktu.penyebut)")
    r = c.post(url, {"indikator": ind.pk, "rumus": rumus})
    assert r.status_code == 302 and IkatanUkuran.objects.get().rumus == rumus
    assert Jejak.objects.count() == jejak + 1
    halaman = c.get(f"/s/{K}/register/2024/").content.decode()
    assert "Rumus: (ppid_tepat_waktu.pembilang" in halaman and "2/3" in halaman and "66,67%" in halaman
    rincian = c.get(f"/s/{K}/register/2024/indikator/{ind.pk}/TW2/").content.decode()
    assert "pembilang 2, penyebut 3" in rincian and "Permohonan a" in rincian and "Cuti" in rincian
    out = StringIO()
    call_command("ukuran", satker=K, tahun=2024, json=True, stdout=out)
    (baris,) = json.loads(out.getvalue())["indikator"]
    assert baris["ukuran"] == rumus and baris["TW2"] == {"pembilang": "2", "penyebut": "3", "realisasi": "66.67"}
    assert baris["TW1"]["catatan"].startswith("Belum ada catatan") and baris["TW4"]["penyebut"] == "0"
    # the quarter page asks for a reason for anything else, as for a single measure
    assert "pembilang 2, penyebut 3" in c.get(f"/s/{K}/realisasi/2024/TW2/{ind.pk}/").content.decode()
    # a result that is no numerator (a third of a request) is shown as not computable, and never written
    c.post(url, {"indikator": ind.pk, "rumus": "(ppid_tepat_waktu.pembilang / 3) / (ppid_tepat_waktu.penyebut / 3)"})
    rincian = c.get(f"/s/{K}/register/2024/indikator/{ind.pk}/TW2/").content.decode()
    assert "Tidak dapat dihitung: Pembilang hasil rumus paling banyak 4 angka di belakang koma." in rincian
    assert "tidak dapat dihitung" in c.get(f"/s/{K}/register/2024/").content.decode()


def test_aturan_agregasi_dan_frekuensi_indikator(satker, pengguna):
    """A yearly kumulatif indicator takes the whole year in TW IV and nothing in TW I-III; a
    half-yearly one takes January-June in TW II and July-December in TW IV."""
    from kinerja.perencanaan.models import Indikator
    from kinerja.register.layanan import indikator_terikat

    ind = _r1(satker)["R1"]
    actions.ikat_ukuran(ind, "ppid_tepat_waktu", pelaku=pengguna("uji_operator"))
    _ppid(satker, "a", D(2024, 4, 5), D(2024, 4, 29))   # TW II, on time
    _ppid(satker, "b", D(2024, 4, 5), D(2024, 4, 30))   # TW II, late
    _ppid(satker, "c", D(2024, 10, 1), D(2024, 10, 2))  # TW IV, on time

    def tw():
        ((_, _, hasil),) = indikator_terikat(satker, 2024)
        return {p: (h.pembilang, h.penyebut, h.wajib) for p, h in hasil.items()}

    assert tw() == {"TW1": (0, 0, True), "TW2": (1, 2, True), "TW3": (0, 0, True), "TW4": (1, 1, True)}
    Indikator.objects.filter(pk=ind.pk).update(frekuensi="tahunan")
    assert tw() == {"TW1": (0, 0, False), "TW2": (0, 0, False), "TW3": (0, 0, False), "TW4": (2, 3, True)}
    Indikator.objects.filter(pk=ind.pk).update(frekuensi="semesteran")
    assert tw() == {"TW1": (0, 0, False), "TW2": (1, 2, True), "TW3": (0, 0, False), "TW4": (1, 1, True)}
    Indikator.objects.filter(pk=ind.pk).update(frekuensi="tahunan", agregasi="terakhir")
    assert tw()["TW4"] == (2, 3, True)


def test_ukuran_keadaan_hanya_untuk_nilai_terakhir(satker, pengguna):
    from django.core.exceptions import ValidationError

    from kinerja.perencanaan.models import Indikator
    from kinerja.register.layanan import indikator_terikat
    from kinerja.register.models import IkatanUkuran, Logistik

    ind = _r1(satker)["R1"]  # kumulatif
    op = pengguna("uji_operator")
    with pytest.raises(ValidationError, match="menilai keadaan pada akhir periode"):
        actions.ikat_ukuran(ind, "logistik_diinventarisasi", pelaku=op)
    with pytest.raises(ValidationError, match="menilai keadaan"):
        actions.ikat_ukuran(ind, "", rumus="(logistik_tersedia.pembilang + ppid_tepat_waktu.pembilang) / "
                                          "(logistik_tersedia.penyebut + ppid_tepat_waktu.penyebut)", pelaku=op)
    assert not IkatanUkuran.objects.exists()
    # received in TW I (not yet inventoried), inventoried in TW II: as a state, 0/1 then 1/1
    Logistik.objects.create(satker=satker, pemilu="pemilihan-2024", jenis="Bilik", satuan="buah",
                            tanggal=D(2024, 1, 5), kebutuhan=10, diterima=10, diterima_pada=D(2024, 2, 1), baik=10,
                            rusak=0, inventarisasi=D(2024, 4, 10))
    Indikator.objects.filter(pk=ind.pk).update(agregasi="terakhir")
    ind.refresh_from_db()
    actions.ikat_ukuran(ind, "logistik_diinventarisasi", pelaku=op)
    ((_, _, tw),) = indikator_terikat(satker, 2024)
    assert (tw["TW1"].pembilang, tw["TW1"].penyebut, tw["TW2"].pembilang, tw["TW2"].penyebut) == (0, 1, 1, 1)
    # a binding made before the rule changed: the reason instead of a wrong figure
    Indikator.objects.filter(pk=ind.pk).update(agregasi="kumulatif")
    ((_, _, tw),) = indikator_terikat(satker, 2024)
    assert tw["TW2"].penyebut == 0 and "menilai keadaan" in tw["TW2"].masalah


def test_indikator_bukan_rasio_tidak_ditimpa_hitungan(satker, pengguna, masuk):
    """Bound, then made a non-ratio indicator: 'Tulis ke realisasi' leaves its value alone, and
    the binding can still be removed from the page."""
    from kinerja.perencanaan.models import Indikator
    from kinerja.pengukuran.models import Realisasi

    ind = _r1(satker)["R1"]
    actions.ikat_ukuran(ind, "ppid_tepat_waktu", pelaku=pengguna("uji_operator"))
    _ppid(satker, "c", D(2024, 10, 1), D(2024, 10, 2))
    Indikator.objects.filter(pk=ind.pk).update(rasio=False)
    sebelum = Realisasi.objects.get(indikator=ind, periode="TW4")
    c = masuk("uji_operator")
    r = c.post(f"/s/{K}/register/2024/terapkan/TW4/", follow=True)
    assert "Tidak ada indikator PK 2024 yang diikat" in r.content.decode()
    sesudah = Realisasi.objects.get(indikator=ind, periode="TW4")
    assert (sesudah.pembilang, sesudah.penyebut, sesudah.nilai) == (sebelum.pembilang, sebelum.penyebut, sebelum.nilai)
    assert f'name="indikator" value="{ind.pk}"' in c.get(f"/s/{K}/register/2024/").content.decode()


def test_halaman_rincian_tanpa_query_per_catatan(satker, masuk, django_assert_max_num_queries):
    for i in range(30):
        _ppid(satker, f"n{i}", D(2024, 4, 5), D(2024, 4, 8))
    c = masuk("uji_pembaca")
    c.get(f"/s/{K}/register/2024/ukuran/ppid_tepat_waktu/TW4/")  # warm the session
    with django_assert_max_num_queries(25):
        assert c.get(f"/s/{K}/register/2024/ukuran/ppid_tepat_waktu/TW4/").status_code == 200
    with django_assert_max_num_queries(40):
        assert c.get(f"/s/{K}/register/pantau/?per=2024-04-08").status_code == 200
