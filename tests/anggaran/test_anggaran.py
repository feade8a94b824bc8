"""The budget: lines, revisions, monthly realisasi, locks, imports and pages, on the small
test satker (tests/pembuat.buat_dipa: one kegiatan of Rp1.000.000, January approved)."""

import io
import json
from io import StringIO

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from kinerja.anggaran import actions
from kinerja.anggaran.layanan import anggaran, pendanaan_sasaran
from kinerja.anggaran.models import BarisDipa, Dipa, RealisasiBulanan, RevisiDipa, StatusBulan
from kinerja.core.models import Jejak
from kinerja.organisasi.models import Satker
from kinerja.pengukuran.layanan import matriks
from ..kecil import KODE as K

URL = f"/s/{K}/anggaran/2024/"


@pytest.fixture
def dipa(db):
    return Dipa.objects.get(satker__kode=K, tahun=2024)


@pytest.fixture
def keg(dipa):
    return BarisDipa.objects.get(dipa=dipa, tingkat="kegiatan")


def csv(teks: str, nama="r.csv"):
    return SimpleUploadedFile(nama, teks.encode(), "text/csv")


def xlsx(baris, nama="r.xlsx"):
    wb = openpyxl.Workbook()
    for b in baris:
        wb.active.append(b)
    buf = io.BytesIO()
    wb.save(buf)
    return SimpleUploadedFile(nama, buf.getvalue())


# --- figures ---------------------------------------------------------------------------------

def test_penyerapan_per_tingkat_dan_total(dipa):
    a = anggaran(dipa.satker, 2024)
    program, keg_ = a.semua()
    assert (program.pagu, program.realisasi) == (1_000_000, 500_000) == (keg_.pagu, keg_.realisasi)
    assert a.penyerapan.persen == 50 and a.pagu == 1_000_000
    bulan = a.bulanan()
    assert [m["realisasi_kumulatif"] for m in bulan[:3]] == [300_000, 500_000, 500_000]
    assert bulan[0]["penyerapan"].persen == 30 and bulan[1]["deviasi"] == 100  # 200.000 against 100.000
    assert bulan[11]["deviasi"] is None  # no RPD in December
    tw = {t["periode"]: t for t in a.triwulan()}
    assert tw["TW1"]["penyerapan"].persen == 50 and tw["TW1"]["tercapai"] is True


def test_efisiensi_per_sasaran(dipa):
    satker = dipa.satker
    (d,) = pendanaan_sasaran(anggaran(satker, 2024), matriks(satker, 2024))
    assert d.sasaran.nomor == 1 and d.penyerapan.persen == 50
    assert d.capaian is not None and d.efisiensi_lkj.kategori is not None
    assert d.efisiensi_lkj.nilai == d.capaian - 50
    # PMK: planned 100.000 per dokumen x 8 delivered = 800.000 worth, 500.000 spent: E 37,5%, NE 100
    assert d.efisiensi_pmk.efisiensi == 37.5 and d.efisiensi_pmk.nilai == 100


def test_json_cli(dipa):
    out = StringIO()
    call_command("anggaran", satker=K, tahun=2024, json=True, stdout=out)
    d = json.loads(out.getvalue())
    assert d["pagu"] == 1_000_000 and d["realisasi"] == 500_000 and d["penyerapan"] == "50.00"
    assert [b["kode"] for b in d["baris"]] == ["076.01.WA", "076.01.WA.2886"]
    assert d["baris"][1]["sasaran"] == ["1. Sasaran layanan"]
    teks = StringIO()
    call_command("anggaran", satker=K, tahun=2024, stdout=teks)
    assert "50,00%" in teks.getvalue() and "1.000.000" in teks.getvalue()


def test_json_pagu_nol_memberi_catatan(dipa, pengguna):
    op = pengguna("uji_operator")
    actions.simpan_baris(BarisDipa(dipa=dipa, tingkat="program", kode="076.01.CQ", uraian="Program kosong",
                                   urutan=5), pelaku=op)
    out = StringIO()
    call_command("anggaran", satker=K, tahun=2024, json=True, stdout=out)
    kosong = next(b for b in json.loads(out.getvalue())["baris"] if b["kode"] == "076.01.CQ")
    assert kosong["penyerapan"] is None and "Pagu nol" in kosong["catatan"]


# --- writes ----------------------------------------------------------------------------------

def test_realisasi_di_atas_pagu_perlu_konfirmasi(keg, pengguna):
    op = pengguna("uji_operator")
    with pytest.raises(ValidationError) as e:
        actions.simpan_bulanan(keg, pelaku=op, realisasi={3: 600_000})
    assert e.value.error_list[0].code == "perlu_konfirmasi" and "melebihi pagunya" in e.value.messages[0]
    assert not RealisasiBulanan.objects.filter(baris=keg, bulan=3).exists()
    actions.simpan_bulanan(keg, pelaku=op, realisasi={3: 600_000}, yakin=True)
    assert RealisasiBulanan.objects.get(baris=keg, bulan=3).jumlah == 600_000


def test_bulan_terkunci_tidak_berubah_di_jalur_mana_pun(keg, pengguna):
    op = pengguna("uji_operator")
    with pytest.raises(ValidationError, match="Januari 2024 berstatus disetujui"):
        actions.simpan_bulanan(keg, pelaku=op, realisasi={1: 1})
    r = RealisasiBulanan.objects.get(baris=keg, bulan=1)
    r.jumlah = 5
    from kinerja.core.audit import catat, snapshot
    from kinerja.core import events

    with pytest.raises(ValidationError, match="Minta pimpinan membuka kembali"):
        catat(r, events.UPDATE, pelaku=op, satker=keg.dipa.satker, sebelum={"jumlah": 300_000},
              sesudah=snapshot(r))
    assert RealisasiBulanan.objects.get(baris=keg, bulan=1).jumlah == 300_000


def test_bulan_diajukan_berurutan(keg, pengguna):
    op = pengguna("uji_operator")
    satker = keg.dipa.satker
    with pytest.raises(ValidationError, match="Bulan sebelumnya belum diajukan: Februari"):
        actions.ubah_status_bulan(satker, 2024, 3, "diajukan", pelaku=op)
    actions.ubah_status_bulan(satker, 2024, 2, "diajukan", pelaku=op)
    assert StatusBulan.objects.get(satker=satker, tahun=2024, bulan=2).status == "diajukan"
    with pytest.raises(ValidationError, match="Februari"):
        actions.simpan_bulanan(keg, pelaku=op, realisasi={2: 1})


def test_revisi_mencatat_sebelum_sesudah_dan_mengunci_pagu_langsung(keg, pengguna):
    import datetime

    op = pengguna("uji_operator")
    dipa = keg.dipa
    r = actions.catat_revisi(dipa, pelaku=op, tanggal=datetime.date(2024, 4, 1), jenis="pagu",
                             alasan="Tambahan", perubahan=[(keg, 1_500_000)])
    assert r.nomor == 1 and [(x.pagu_sebelum, x.pagu_sesudah) for x in r.rincian.all()] == [(1_000_000, 1_500_000)]
    keg.refresh_from_db()
    assert (keg.pagu, keg.pagu_awal) == (1_500_000, 1_000_000)
    keg.pagu = 2_000_000
    with pytest.raises(ValidationError, match="pagu diubah melalui revisi"):
        actions.simpan_baris(keg, pelaku=op)
    keg.refresh_from_db()
    for perubahan, kata in [([(keg, -1)], "negatif"), ([(keg, 10**15)], "paling besar")]:
        with pytest.raises(ValidationError, match=kata):
            actions.catat_revisi(dipa, pelaku=op, tanggal=datetime.date(2024, 5, 1), jenis="pagu", alasan="x",
                                 perubahan=perubahan)
    with pytest.raises(ValidationError, match="sebelum revisi ke-1"):
        actions.catat_revisi(dipa, pelaku=op, tanggal=datetime.date(2024, 3, 1), jenis="pagu", alasan="x",
                             perubahan=[(keg, 1)])
    with pytest.raises(ValidationError, match="Alasan revisi wajib"):
        actions.catat_revisi(dipa, pelaku=op, tanggal=datetime.date(2024, 5, 1), jenis="pagu", alasan=" ",
                             perubahan=[])
    assert RevisiDipa.objects.filter(dipa=dipa).count() == 1
    keg.refresh_from_db()
    assert keg.pagu == 1_500_000


def test_baris_ditolak_dengan_pesan(dipa, keg, pengguna):
    op = pengguna("uji_operator")
    for b, kata in [
        (BarisDipa(dipa=dipa, tingkat="kegiatan", kode="12", uraian="x"), "empat angka"),
        (BarisDipa(dipa=dipa, tingkat="kegiatan", kode="1234", uraian="x"), "di bawah Program"),
        (BarisDipa(dipa=dipa, tingkat="program", kode="076.01.WA", uraian="dobel"), "sudah ada"),
        (BarisDipa(dipa=dipa, tingkat="tidak_dirinci", kode="", uraian="x", pagu=-5), "negatif"),
        (BarisDipa(dipa=dipa, tingkat="kro", kode="QMA", uraian="x", induk=keg), "sudah berisi realisasi"),
    ]:
        with pytest.raises(ValidationError, match=kata):
            actions.simpan_baris(b, pelaku=op)
    assert BarisDipa.objects.filter(dipa=dipa).count() == 2


def test_sasaran_satker_lain_ditolak(keg, pengguna):
    from kinerja.perencanaan.models import SasaranKegiatan

    asing = SasaranKegiatan.objects.filter(renstra__satker__kode="658099").first()
    with pytest.raises(ValidationError, match="Sasaran harus sasaran kegiatan Renstra satker ini"):
        actions.simpan_baris(keg, pelaku=pengguna("uji_operator"), sasaran=[asing.pk])


# --- import ----------------------------------------------------------------------------------

def _impor(c, jenis, berkas, **data):
    return c.post(f"{URL}impor/{jenis}/kirim/", {"berkas": berkas, **data})


def test_impor_realisasi_csv_dan_xlsx(masuk, keg):
    c = masuk("uji_operator")
    r = _impor(c, "realisasi", csv("kode;realisasi maret;realisasi april\n076.01.WA.2886;100.000;50,000,000\n"))
    assert r.status_code == 400 and "melebihi pagu" in r.content.decode()  # 50 juta: a warning
    assert not RealisasiBulanan.objects.filter(baris=keg, bulan=3).exists()
    r = _impor(c, "realisasi", xlsx([["Kode", "Uraian", "Maret", "April"], ["076.01.WA.2886", "x", 100000, "25.000"]]))
    assert r.status_code == 302
    assert dict(RealisasiBulanan.objects.filter(baris=keg).values_list("bulan", "jumlah")) == {
        1: 300_000, 2: 200_000, 3: 100_000, 4: 25_000}
    # one audit row for the line, its months before and after, read as a sentence
    html = c.get(f"/s/{K}/riwayat/anggaran.barisdipa/{keg.pk}/").content.decode()
    assert "mengimpor realisasi bulanan" in html and "Maret" in html and "100.000" in html and "25.000" in html


def test_impor_realisasi_di_atas_pagu_dengan_konfirmasi(masuk, keg):
    r = _impor(masuk("uji_operator"), "realisasi",
               csv("kode;realisasi maret\n076.01.WA.2886;900.000\n"), yakin="on")
    assert r.status_code == 302 and RealisasiBulanan.objects.get(baris=keg, bulan=3).jumlah == 900_000


@pytest.mark.parametrize("isi, kata", [
    ("kode;realisasi maret\n076.01.WA.9999;1\n", "tidak ada di DIPA"),
    ("kode;realisasi maret\n076.01.WA.2886;seratus\n", "bukan angka"),
    ("kode;realisasi maret\n076.01.WA.2886;1,500\n", "ambigu"),
    ("kode;realisasi maret\n076.01.WA.2886;-5\n", "negatif"),
    ("kode;realisasi maret\n076.01.WA.2886;1\n076.01.WA.2886;2\n", "sudah ada di baris 2"),
    ("kode;realisasi maret\n076.01.WA;1\n", "berinci"),
    ("kode;realisasi januari\n076.01.WA.2886;5\n", "Januari 2024 berstatus disetujui"),
    ("uraian;realisasi maret\nx;1\n", "Kolom wajib tidak ditemukan"),
    ("kode;uraian\n076.01.WA.2886;x\n", "Tidak ada kolom bulan"),
    ("", "kosong"),
])
def test_impor_realisasi_buruk_tidak_menulis_apa_pun(masuk, keg, isi, kata):
    jejak = Jejak.objects.count()
    awal = list(RealisasiBulanan.objects.filter(baris=keg).values_list("bulan", "jumlah"))
    # a good row beside the bad one is not written either
    if isi.startswith("kode;realisasi maret\n076.01.WA.9999"):
        isi = "kode;realisasi maret\n076.01.WA.2886;7\n" + isi.split("\n", 1)[1]
    r = _impor(masuk("uji_operator"), "realisasi", csv(isi))
    assert r.status_code == 400 and kata in r.content.decode()
    assert any(x in r.content.decode() for x in ("Tidak ada yang disimpan", "Januari", "kosong"))
    assert list(RealisasiBulanan.objects.filter(baris=keg).values_list("bulan", "jumlah")) == awal
    assert Jejak.objects.count() == jejak


def test_impor_bukan_tabel(masuk, keg):
    r = _impor(masuk("uji_operator"), "realisasi", SimpleUploadedFile("x.xlsx", b"PK\x03\x04bukan zip"))
    assert r.status_code == 400 and "XLSX yang dapat dibaca" in r.content.decode()
    r = _impor(masuk("uji_operator"), "realisasi", SimpleUploadedFile("x.pdf", b"%PDF-1.4"))
    assert r.status_code == 400 and "XLSX atau CSV" in r.content.decode()


def test_impor_dipa_membangun_pohon_dari_kode(masuk, dipa):
    isi = ("kode;uraian;pagu;sasaran;satuan;volume\n"
           "076.01.WA.2886.EBA;Layanan dukungan;;;;\n"  # parents first or last: order is free
           "076.01.WA.2886.EBA.994;Layanan perkantoran;;2;layanan;12\n"
           "076.01.CQ;Program Penyelenggaraan Pemilu;;;;\n"
           "076.01.CQ.6709;Perencanaan;40,377,837,000;1;dokumen;3\n"
           "-;Pagu tidak dirinci;5.000;;;\n")
    # 2886 holds pagu and realisasi: a child under it is refused, and nothing is written
    r = _impor(masuk("uji_operator"), "dipa", csv(isi))
    assert r.status_code == 400 and "2886" in r.content.decode()
    assert BarisDipa.objects.filter(dipa=dipa).count() == 2
    isi = "\n".join(x for x in isi.split("\n") if "2886" not in x)
    r = _impor(masuk("uji_operator"), "dipa", csv(isi))
    assert r.status_code == 302, r.content.decode()[-2000:]
    b = BarisDipa.objects.get(dipa=dipa, kode_lengkap="076.01.CQ.6709")
    assert (b.tingkat, b.induk.kode_lengkap, b.pagu, b.volume_target) == ("kegiatan", "076.01.CQ", 40_377_837_000, 3)
    assert [s.nomor for s in b.sasaran.all()] == [1]
    assert BarisDipa.objects.get(dipa=dipa, tingkat="tidak_dirinci").pagu == 5000
    assert anggaran(dipa.satker, 2024).pagu == 1_000_000 + 40_377_837_000 + 5000


@pytest.mark.parametrize("baris, kata", [
    (["076.01.CQ.67;x;1"], "empat angka"),
    (["076.01.CQ.6709;x;1"], "Induk “076.01.CQ” tidak ada"),
    (["076.01.CQ;x;", "076.01.CQ.6709;x;-1"], "negatif"),
    (["076.01.CQ;x;", "076.01.CQ.6709;x;1", "076.01.CQ.6709;y;2"], "sudah ada di baris 3"),
    (["076.01.CQ;x;10", "076.01.CQ.6709;x;1"], "tidak sama dengan jumlah rinciannya"),
    (["076.01.CQ;;"], "Uraian kosong"),
    (["076.01.CQ;x;;99"], "Sasaran “99” tidak dikenal"),
])
def test_impor_dipa_buruk(masuk, dipa, baris, kata):
    isi = "kode;uraian;pagu;sasaran\n" + "\n".join(baris) + "\n"
    r = _impor(masuk("uji_operator"), "dipa", csv(isi))
    assert r.status_code == 400 and kata in r.content.decode()
    assert BarisDipa.objects.filter(dipa=dipa).count() == 2


# --- pages -----------------------------------------------------------------------------------

def test_halaman_menampilkan_angka_dan_grafik(masuk, dipa):
    c = masuk("uji_pembaca")
    html = c.get(URL).content.decode()
    assert "Rp1.000.000" in html and "50,00%" in html and "Sasaran 1: Sasaran layanan" in html
    assert "PMK 22/2021" in html and "PermenPANRB 53/2014" in html
    r = c.get(URL + "penyerapan.svg")
    assert r["Content-Type"] == "image/svg+xml" and b"<svg" in r.content and b"Penyerapan anggaran" in r.content
    assert "Tambah baris" not in html  # a reader does not edit


def test_formulir_bulanan_menampilkan_ulang_isian_yang_salah(masuk, keg):
    c = masuk("uji_operator")
    data = {f"rpd_{b}": "100.000" for b in range(1, 11)}
    r = c.post(f"{URL}baris/{keg.pk}/bulanan/", {**data, "realisasi_1": "300.000", "realisasi_2": "200.000",
                                                 "realisasi_3": "12,5"})
    assert r.status_code == 400
    html = r.content.decode()
    assert 'value="12,5"' in html and "bulat" in html
    assert not RealisasiBulanan.objects.filter(baris=keg, bulan=3).exists()


def test_riwayat_baris_terbaca(masuk, keg):
    html = masuk("uji_pembaca").get(f"/s/{K}/riwayat/anggaran.barisdipa/{keg.pk}/").content.decode()
    assert "1.000.000" in html and "Sasaran layanan" in html
    assert "pagu_awal" not in html and "sasaran kegiatan yang didanai" in html.lower()


def test_halaman_tanpa_dipa(masuk, pengguna):
    c = masuk("uji_operator")
    assert c.get(f"/s/{K}/anggaran/2023/").status_code == 404
    Dipa.objects.filter(satker__kode=K).delete()
    html = c.get(f"/s/{K}/anggaran/").content.decode()
    assert "Belum ada DIPA" in html and "Catat DIPA" in html
    assert Satker.objects.filter(kode=K).exists()


def test_dasbor_capaian_menampilkan_anggaran_per_sasaran(masuk, dipa):
    html = masuk("uji_pembaca").get(f"/s/{K}/dasbor/2024/").content.decode()
    i = html.index("Sasaran: Sasaran layanan")
    baris = html[i:html.index("</tr>", i)]
    assert "penyerapan 50,00%" in baris and "Rp1.000.000" in baris and "PMK 22/2021 100,00%" in baris
    assert "Anggaran:" not in html[html.index("Sasaran: Sasaran tata kelola"):]  # not funded: nothing


def test_penyerapan_bawahan_menjumlah_rupiah_bukan_rata_rata(masuk, pengguna):
    """KPU Provinsi Uji sees its two kab/kota: 500.000 of 1.000.000 each, and 0 of 0 for none."""
    c = masuk("uji_provinsi")
    r = c.get("/s/990000/anggaran/2024/bawahan/?sampai=1")
    html = r.content.decode()
    assert r.status_code == 200 and "KPU Kota Uji" in html and "KPU Kota Lain" in html
    assert "Rp2.000.000" in html and "Rp600.000" in html and "30,00%" in html  # January only: 2 x 300.000
    assert "/s/990001/anggaran/2024/" in html
    assert c.get("/s/990000/anggaran/2024/bawahan/?sampai=x").status_code == 200
    assert c.get("/s/990000/anggaran/").status_code == 302
    assert masuk("jateng_admin").get("/s/990000/anggaran/2024/bawahan/").status_code == 404


@pytest.mark.parametrize("teks, nilai", [("1.200.000", 1_200_000), ("1,200,000", 1_200_000), ("Rp1.200.000", 1_200_000),
                                         ("1200000", 1_200_000)])
def test_revisi_lewat_formulir_menerima_kedua_penulisan(masuk, keg, teks, nilai):
    r = masuk("uji_operator").post(f"{URL}revisi/simpan/", {"tanggal": "2024-05-02", "jenis": "pagu",
                                                            "alasan": "Tambahan", f"pagu_{keg.pk}": teks})
    assert r.status_code == 302
    keg.refresh_from_db()
    assert keg.pagu == nilai


@pytest.mark.parametrize("teks, kata", [("1,200", "ambigu"), ("-1", "negatif"), ("satu juta", "bukan angka")])
def test_revisi_lewat_formulir_menolak_dan_menampilkan_ulang(masuk, keg, teks, kata):
    r = masuk("uji_operator").post(f"{URL}revisi/simpan/", {"tanggal": "2024-05-02", "jenis": "pagu",
                                                            "alasan": "Tambahan", f"pagu_{keg.pk}": teks})
    assert r.status_code == 400 and kata in r.content.decode() and f'value="{teks}"' in r.content.decode()
    assert not RevisiDipa.objects.exists() or not RevisiDipa.objects.filter(dipa=keg.dipa).exists()


def test_bulan_terkunci_tampil_tetapi_tidak_dapat_diisi(masuk, keg):
    c = masuk("uji_operator")
    html = c.get(f"{URL}baris/{keg.pk}/").content.decode()
    assert 'name="realisasi_1" value="300.000"' in html and "disabled" in html.split('name="realisasi_1"')[1][:80]
    # a posted January is ignored (the locked figure stays), February is saved
    data = {f"rpd_{b}": "100.000" for b in range(1, 11)}
    r = c.post(f"{URL}baris/{keg.pk}/bulanan/", {**data, "realisasi_1": "1", "realisasi_2": "250.000"})
    assert r.status_code == 302
    assert dict(RealisasiBulanan.objects.filter(baris=keg).values_list("bulan", "jumlah")) == {1: 300_000, 2: 250_000}


def test_ringkasan_bawahan_tersimpan_tidak_pernah_basi(monkeypatch, masuk, keg, pengguna):
    """Cached under every child's data version: a write in one kab/kota shows at once."""
    from kinerja.pengukuran import layanan

    monkeypatch.setattr(layanan, "cache_allowed", lambda: True)
    c = masuk("uji_provinsi")
    url = "/s/990000/anggaran/2024/bawahan/"
    assert "Rp1.000.000" in c.get(url).content.decode()
    actions.simpan_bulanan(keg, pelaku=pengguna("uji_operator"), realisasi={3: 123_456})
    html = c.get(url).content.decode()
    assert "623.456" in html and "Rp1.123.456" in html  # 990001: 500.000 + 123.456; both: 1.123.456


def test_formulir_dipa(masuk, dipa):
    c = masuk("uji_operator")
    data = {"nomor": "SP DIPA-076.01.2.990001/2024", "tanggal": "2023-12-01", "target_tw1": "20",
            "target_tw2": "10", "target_tw3": "60", "target_tw4": "95", "ambang_efisien": "0", "ambang_cukup": "-10"}
    r = c.post(f"{URL}dipa/", data)
    html = r.content.decode()
    assert r.status_code == 400 and "tidak boleh turun" in html and 'value="SP DIPA-076' in html
    # the message sits on TW II, the quarter that falls
    assert html.index("tidak boleh turun") < html.index('name="target_tw3"')
    r = c.post(f"{URL}dipa/", {**data, "target_tw2": "45", "ambang_cukup": "5"})
    assert r.status_code == 400 and "tidak boleh di atas ambang" in r.content.decode()
    r = c.post(f"{URL}dipa/", {**data, "target_tw2": "45", "ambang_cukup": "-5,5"})
    assert r.status_code == 302
    dipa.refresh_from_db()
    assert dipa.nomor.startswith("SP DIPA") and dipa.target_tw2 == 45 and str(dipa.ambang_cukup) == "-5.5000"
    r = c.post(f"/s/{K}/anggaran/2025/dipa/", {**data, "target_tw2": "45", "tanggal": "2024-12-02"})
    assert r.status_code == 302 and Dipa.objects.filter(satker__kode=K, tahun=2025).exists()


def test_total_bulanan_selalu_sama_dengan_jumlah_catatan(masuk, dipa, keg, pengguna):
    """The maintained monthly totals equal the records' sums after writes of every kind."""
    import random

    from django.db.models import Sum

    from kinerja.anggaran.models import TotalBulanan

    op = pengguna("uji_operator")
    acak = random.Random(8)
    c = masuk("uji_operator")

    def sama():
        dihitung = dict(RealisasiBulanan.objects.filter(baris__dipa=dipa).values_list("bulan")
                        .annotate(s=Sum("jumlah")).values_list("bulan", "s"))
        disimpan = {b: r for b, r in TotalBulanan.objects.filter(dipa=dipa).values_list("bulan", "realisasi") if r}
        assert disimpan == dihitung

    sama()
    for _ in range(12):
        bulan = acak.randint(2, 12)
        jumlah = acak.choice([0, 1, 50_000, 70_000])
        if acak.random() < 0.5:
            actions.simpan_bulanan(keg, pelaku=op, realisasi={bulan: jumlah}, yakin=True)
        else:
            r = _impor(c, "realisasi", csv(f"kode;realisasi {['februari', 'maret', 'april'][bulan % 3]}\n"
                                           f"076.01.WA.2886;{jumlah}\n"), yakin="on")
            assert r.status_code in (302, 400)
        sama()


def _xlsx_rusak(isi_lembar: bytes | None):
    import zipfile

    asli = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active.append(["kode", "realisasi maret"])
    wb.active.append(["076.01.WA.2886", 5])
    wb.save(asli)
    keluar = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(asli.getvalue())) as zin, zipfile.ZipFile(keluar, "w") as zout:
        for item in zin.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                if isi_lembar is None:
                    continue
                zout.writestr(item, isi_lembar)
            else:
                zout.writestr(item, zin.read(item.filename))
    return SimpleUploadedFile("rusak.xlsx", keluar.getvalue())


@pytest.mark.parametrize("isi", [b"<worksheet><sheetData><row><c", None,
                                 b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                 b'<sheetData><row r="1"><c r="A1" t="s"><v>999</v></c></row></sheetData></worksheet>'])
def test_xlsx_rusak_ditolak_bukan_500(masuk, keg, isi):
    r = _impor(masuk("uji_operator"), "realisasi", _xlsx_rusak(isi))
    assert r.status_code == 400 and "XLSX yang dapat dibaca" in r.content.decode()


def test_sel_kosong_tidak_menghapus_dan_kode_kosong_ditolak(masuk, keg):
    c = masuk("uji_operator")
    r = _impor(c, "realisasi", csv("kode;realisasi februari;realisasi maret\n076.01.WA.2886;;7\n"))
    assert r.status_code == 302
    assert dict(RealisasiBulanan.objects.filter(baris=keg).values_list("bulan", "jumlah")) == {1: 300_000, 2: 200_000,
                                                                                                3: 7}
    r = _impor(c, "realisasi", csv("kode;realisasi maret\n;5\n"))
    assert r.status_code == 400 and "Kode kosong" in r.content.decode()
    r = _impor(c, "realisasi", csv("kode;realisasi maret\n076.01.WA.2886;١٢٣\n"))
    assert r.status_code == 400 and "angka 0-9" in r.content.decode()


def test_impor_dipa_tidak_memberi_pagu_pada_baris_berinci(masuk, dipa):
    r = _impor(masuk("uji_operator"), "dipa", csv("kode;uraian;pagu\n076.01.WA;Program;5\n"))
    assert r.status_code == 400 and "kosongkan kolom pagunya" in r.content.decode()
    assert anggaran(dipa.satker, 2024).pagu == 1_000_000
    r = _impor(masuk("uji_operator"), "dipa", csv("kode;uraian;pagu\n076.01.WA;Program diubah;\n"))
    assert r.status_code == 302 and BarisDipa.objects.get(dipa=dipa, kode_lengkap="076.01.WA").uraian == "Program diubah"


def test_baris_tidak_melingkar_dan_berinci_tidak_diganti_kode(dipa, keg, pengguna):
    op = pengguna("uji_operator")
    program = keg.induk
    program.tingkat, program.kode, program.induk = "kro", "ABC", keg
    with pytest.raises(ValidationError, match="berinci tidak diubah|di bawah dirinya"):
        actions.simpan_baris(program, pelaku=op)
    program.refresh_from_db()
    program.kode = "076.01.WB"
    with pytest.raises(ValidationError, match="berinci tidak diubah"):
        actions.simpan_baris(program, pelaku=op)
    # keg has realisasi: no rincian under it (it holds pagu too, which also refuses)
    with pytest.raises(ValidationError, match="sudah berisi realisasi"):
        actions.simpan_baris(BarisDipa(dipa=dipa, tingkat="kro", kode="QMA", uraian="x", induk=keg), pelaku=op)


def test_dipa_tahun_dan_tanggal_wajar(masuk, dipa):
    c = masuk("uji_operator")
    data = {"target_tw1": "", "target_tw2": "", "target_tw3": "", "target_tw4": "", "ambang_efisien": "0",
            "ambang_cukup": "-10"}
    r = c.post(f"/s/{K}/anggaran/2999/dipa/", data)
    assert r.status_code == 400 and "tahun 2000 sampai" in r.content.decode()
    r = c.post(f"{URL}dipa/", {**data, "tanggal": "9999-12-31"})
    assert r.status_code == 400 and "jatuh pada tahun 2023 atau 2024" in r.content.decode()


def test_alasan_tak_terlihat_bukan_alasan(keg, pengguna):
    satker = keg.dipa.satker
    with pytest.raises(ValidationError, match="Alasan wajib"):
        actions.ubah_status_bulan(satker, 2024, 1, "terbuka", pelaku=pengguna("uji_pimpinan"), alasan="\x00\u200b ")


@pytest.mark.parametrize("nama, data", [
    # a comma-separated file whose quoted amounts hold commas: the header decides the separator
    ("koma.csv", 'kode,uraian,realisasi maret\n076.01.WA.2886,"Dukungan, manajemen","11,532"\n'.encode()),
    ("titik-koma.csv", "kode;uraian;realisasi maret\n076.01.WA.2886;Dukungan;11.532\n".encode()),
    # Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated
    ("unicode.txt", "kode\turaian\trealisasi maret\n076.01.WA.2886\tDukungan\t11.532\n".encode("utf-16")),
])
def test_pemisah_dan_pengodean_csv_dikenali(nama, data):
    from kinerja.anggaran.impor import KOLOM
    from kinerja.core.impor import baca

    baris, galat = baca(SimpleUploadedFile(nama, data), KOLOM["realisasi"])
    assert galat == []
    assert [(b["kode"], b["realisasi maret"]) for _, b in baris] == [
        ("076.01.WA.2886", "11,532" if nama == "koma.csv" else "11.532")]
