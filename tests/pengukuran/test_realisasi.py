"""Entering realisasi: capaian follows, bad input is refused with the typed value kept,
locked quarters stay locked, and every change leaves an audit row."""

import io
import zipfile
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Satker
from kinerja.pengukuran import actions
from kinerja.pengukuran.models import Bukti, Realisasi, StatusPengukuran
from kinerja.perencanaan.models import Indikator
from ..kecil import KODE as K

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def ind(kode, satker=K):
    return Indikator.objects.get(kode=kode, sasaran__renstra__satker__kode=satker)


def url_isi(kode, tw="TW4"):
    return f"/s/{K}/realisasi/2024/{tw}/{ind(kode).pk}/"


def url_simpan(kode, tw="TW4"):
    return url_isi(kode, tw) + "simpan/"


def url_bukti(kode, tw="TW4"):
    return url_isi(kode, tw) + "bukti/"


def docx_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_isi_realisasi_menghitung_capaian_dan_mencatat_jejak(masuk):
    c = masuk("uji_operator")
    r = c.post(url_simpan("P1"), {"nilai": "82,5", "analisis": "Dua jenis terlambat."})
    assert r.status_code == 302
    real = Realisasi.objects.get(indikator=ind("P1"), tahun=2024, periode="TW4")
    assert real.nilai == Decimal("82.5") and not real.contoh and real.sumber == ""
    j = Jejak.objects.filter(model="pengukuran.realisasi", objek_id=str(real.pk)).first()
    assert j.pelaku_nama == "uji_operator" and j.peristiwa == "ubah"
    assert j.perubahan["nilai"] == ["100", "82.5"]
    halaman = c.get(url_isi("P1")).content.decode()
    assert "82,50%" in halaman  # TW IV and, by the last-value rule, the year
    dasbor = c.get(f"/s/{K}/dasbor/2024/").content.decode()
    assert "82,50%" in dasbor
    riwayat = c.get(f"/s/{K}/riwayat/pengukuran.realisasi/{real.pk}/").content.decode()
    assert "Uji Operator" in riwayat and "(Operator)" in riwayat
    assert "<del>100</del> → <ins>82,5</ins>" in riwayat and "82.5" not in riwayat


@pytest.mark.parametrize("ketik, pesan", [
    ("abc", "bukan angka"),
    ("82.500", "ambigu"),
    ("82.5", "koma sebagai pemisah desimal"),
    ("-5", "tidak boleh negatif"),
    ("1,234.5", "format bahasa Inggris"),
    ("", "tidak boleh kosong"),
])
def test_masukan_salah_ditolak_dan_ketikan_tetap_tampil(ketik, pesan, masuk):
    c = masuk("uji_operator")
    jejak = Jejak.objects.count()
    r = c.post(url_simpan("P1"), {"nilai": ketik, "analisis": "catatan saya"})
    assert r.status_code == 200
    html = r.content.decode()
    assert pesan in html.lower() or pesan in html
    assert f'value="{ketik}"' in html or ketik == ""
    assert "catatan saya" in html  # the narrative typed is not lost either
    assert Realisasi.objects.get(indikator=ind("P1"), tahun=2024, periode="TW4").nilai == Decimal(100)
    assert Jejak.objects.count() == jejak


def test_rasio_dihitung_dari_pembilang_dan_penyebut(masuk):
    c = masuk("uji_operator")
    assert c.post(url_simpan("R1"), {"pembilang": "3", "penyebut": "4"}).status_code == 302
    r = Realisasi.objects.get(indikator=ind("R1"), tahun=2024, periode="TW4")
    assert (r.pembilang, r.penyebut, r.nilai) == (Decimal(3), Decimal(4), None)  # the % is never stored
    assert "83,33%" in c.get(url_isi("R1")).content.decode()  # 75% against a target of 90


@pytest.mark.parametrize("data, pesan", [
    ({"pembilang": "5", "penyebut": "4"}, "tidak boleh melebihi penyebut"),
    ({"pembilang": "3", "penyebut": ""}, "tidak boleh kosong"),
    ({"pembilang": "1.500", "penyebut": "2000"}, "ambigu"),
])
def test_rasio_salah_ditolak(data, pesan, masuk):
    r = masuk("uji_operator").post(url_simpan("R1"), data)
    assert r.status_code == 200 and pesan in r.content.decode()


def test_predikat_hanya_dari_daftar(masuk):
    c = masuk("uji_operator")
    r = c.post(url_simpan("Q1"), {"predikat": "E"})
    assert r.status_code == 200 and "Masukkan pilihan yang valid" in r.content.decode()
    assert c.post(url_simpan("Q1"), {"predikat": "CC"}).status_code == 302
    assert "Tidak tercapai" in c.get(url_isi("Q1")).content.decode()


def test_triwulan_terkunci_tidak_dapat_diubah(masuk):
    c = masuk("uji_operator")
    halaman = c.get(url_isi("P1", "TW1")).content.decode()
    assert "Simpan realisasi" not in halaman and "terkunci" in halaman
    sebelum = Realisasi.objects.get(indikator=ind("P1"), tahun=2024, periode="TW1").nilai
    r = c.post(url_simpan("P1", "TW1"), {"nilai": "10"})
    assert r.status_code == 200 and "tidak dapat diubah" in r.content.decode()
    assert Realisasi.objects.get(indikator=ind("P1"), tahun=2024, periode="TW1").nilai == sebelum


def test_aksi_gagal_tidak_menulis_apa_pun(pengguna):
    satker = Satker.objects.get(kode=K)
    jejak, status = Jejak.objects.count(), StatusPengukuran.objects.count()
    with pytest.raises(ValidationError):
        actions.simpan_realisasi(ind("P1"), 2023, "TW1", pelaku=pengguna("uji_operator"), nilai=Decimal(-1))
    # the status row created on the way was rolled back with the rest
    assert (Jejak.objects.count(), StatusPengukuran.objects.count()) == (jejak, status)


DASAR = f"/s/{K}/realisasi/2024/TW4/status"


def _status_tw4():
    return StatusPengukuran.objects.get(satker__kode=K, tahun=2024, periode="TW4")


def test_triwulan_diajukan_terkunci_bagi_operator(masuk):
    c = masuk("uji_operator")
    assert c.post(f"{DASAR}/ajukan/").status_code == 302 and _status_tw4().status == "diajukan"
    assert "tidak dapat diubah" in c.post(url_simpan("P1"), {"nilai": "50"}).content.decode()


def test_pengembalian_perlu_alasan(masuk):
    masuk("uji_operator").post(f"{DASAR}/ajukan/")
    r = masuk("uji_pimpinan").post(f"{DASAR}/kembalikan/", {"alasan": ""}, follow=True)
    assert "Alasan wajib diisi" in r.content.decode() and _status_tw4().status == "diajukan"


def test_pengembalian_membuka_triwulan(masuk):
    masuk("uji_operator").post(f"{DASAR}/ajukan/")
    masuk("uji_pimpinan").post(f"{DASAR}/kembalikan/", {"alasan": "Bukti R1 belum lengkap"})
    assert _status_tw4().status == "terbuka" and _status_tw4().alasan == "Bukti R1 belum lengkap"


def test_persetujuan_mencatat_pimpinan(masuk):
    masuk("uji_operator").post(f"{DASAR}/ajukan/")
    masuk("uji_pimpinan").post(f"{DASAR}/setujui/")
    s = _status_tw4()
    assert s.status == "disetujui" and s.disetujui_oleh.username == "uji_pimpinan"


def test_pembukaan_kembali_perlu_alasan_dan_tercatat(masuk):
    masuk("uji_operator").post(f"{DASAR}/ajukan/")
    p = masuk("uji_pimpinan")
    p.post(f"{DASAR}/setujui/")
    assert "Alasan wajib diisi" in p.post(f"{DASAR}/buka/", {"alasan": " "}, follow=True).content.decode()
    p.post(f"{DASAR}/buka/", {"alasan": "Koreksi data dari BA terbaru"})
    s = _status_tw4()
    assert s.status == "terbuka" and s.alasan == "Koreksi data dari BA terbaru"
    j = Jejak.objects.filter(model="pengukuran.statuspengukuran", objek_id=str(s.pk), peristiwa="triwulan.terbuka").first()
    assert j.keterangan == "Koreksi data dari BA terbaru"
    assert j.perubahan["status"] == ["disetujui", "terbuka"]


def test_ajukan_ditolak_bila_realisasi_belum_lengkap(masuk):
    c = masuk("lain_operator")
    r = c.post("/s/658099/realisasi/2024/TW2/status/ajukan/", follow=True)
    assert "belum diisi untuk indikator: L1, L2" in r.content.decode()
    assert not StatusPengukuran.objects.filter(satker__kode="658099", tahun=2024, periode="TW2").exclude(
        status="terbuka").exists()


def test_unggah_dan_unduh_bukti(masuk, settings):
    c = masuk("uji_operator")
    r = c.post(url_bukti("P1"), {"keterangan": "BA serah terima",
                                "berkas": SimpleUploadedFile("BA logistik.pdf", PDF, "application/pdf")})
    assert r.status_code == 302
    b = Bukti.objects.get(nama_asli="BA logistik.pdf")
    assert b.jenis == "application/pdf" and b.ukuran == len(PDF)
    assert (settings.MEDIA_ROOT / b.berkas.name).read_bytes() == PDF
    unduh = masuk("uji_pembaca").get(f"/s/{K}/bukti/{b.pk}/")
    assert unduh.status_code == 200 and b"".join(unduh.streaming_content) == PDF
    assert 'filename="BA logistik.pdf"' in unduh["Content-Disposition"]
    assert c.get(f"/berkas/{b.berkas.name}").status_code == 404  # never served directly
    assert masuk("uji_provinsi").get(f"/s/{K}/bukti/{b.pk}/").status_code == 200
    assert masuk("lain_admin").get(f"/s/{K}/bukti/{b.pk}/").status_code == 404


@pytest.mark.parametrize("nama, isi, pesan", [
    ("program.exe", b"MZ\x90\x00", "jenis yang diterima hanya"),
    ("foto.pdf", PNG, "tidak sesuai dengan jenisnya"),
    ("laporan.docx", b"PK\x03\x04bukan zip", "tidak sesuai dengan jenisnya"),
    ("kosong.png", b"", "kosong"),
])
def test_bukti_salah_ditolak(nama, isi, pesan, masuk):
    r = masuk("uji_operator").post(url_bukti("P1"), {"keterangan": "ket saya",
                                                "berkas": SimpleUploadedFile(nama, isi)})
    html = r.content.decode()
    assert r.status_code == 200 and (pesan in html or "kosong" in html)
    assert "ket saya" in html
    assert not Bukti.objects.exists()


def test_bukti_melebihi_batas(masuk, settings):
    settings.BUKTI_MAKS_BYTE = 1024
    r = masuk("uji_operator").post(url_bukti("P1"), {
                                                "berkas": SimpleUploadedFile("besar.pdf", PDF + b"0" * 2000)})
    assert "melebihi batas" in r.content.decode() and not Bukti.objects.exists()


def test_docx_xlsx_png_jpg_diterima(masuk):
    c = masuk("uji_operator")
    xlsx = io.BytesIO()
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    for nama, isi in [("a.docx", docx_bytes()), ("b.xlsx", xlsx.getvalue()), ("c.png", PNG),
                      ("d.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20)]:
        assert c.post(url_bukti("P1"), {"berkas": SimpleUploadedFile(nama, isi)}).status_code == 302
    assert Bukti.objects.count() == 4


def test_bukti_di_triwulan_terkunci_ditolak_dan_hapus_bukti(masuk, pengguna, settings,
                                                            django_capture_on_commit_callbacks):
    c = masuk("uji_operator")
    r = c.post(url_bukti("P1", "TW1"), {"berkas": SimpleUploadedFile("a.pdf", PDF)})
    assert "tidak dapat diubah" in r.content.decode() and not Bukti.objects.exists()
    c.post(url_bukti("P1"), {"berkas": SimpleUploadedFile("a.pdf", PDF)})
    b = Bukti.objects.get()
    path = settings.MEDIA_ROOT / b.berkas.name
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True) as setelah:
        assert c.post(f"/s/{K}/bukti/{b.pk}/hapus/").status_code == 302
    assert len(setelah) == 1  # the file goes only after the deletion commits
    assert not Bukti.objects.exists() and not path.exists()
    assert Jejak.objects.filter(model="pengukuran.bukti", peristiwa="hapus").exists()


def test_unggah_sebelum_realisasi_ada(masuk):
    Realisasi.objects.filter(indikator=ind("P1"), tahun=2024, periode="TW4").delete()
    r = masuk("uji_operator").post(url_bukti("P1"), {"berkas": SimpleUploadedFile("a.pdf", PDF)})
    assert "Simpan realisasi terlebih dahulu" in r.content.decode()


def test_indikator_di_luar_pk_404(masuk):
    lain = ind("L1", "658099")
    assert masuk("uji_admin").get(f"/s/{K}/realisasi/2024/TW4/{lain.pk}/").status_code == 404
    assert masuk("uji_admin").get(f"/s/{K}/realisasi/2024/TW5/{ind('P1').pk}/").status_code == 404


def test_komentar_reviewer(masuk):
    r_id = Realisasi.objects.get(indikator=ind("P1"), tahun=2024, periode="TW4").pk
    c = masuk("uji_reviewer")
    assert "Simpan realisasi" not in c.get(url_isi("P1")).content.decode()
    r = c.post(f"/s/{K}/komentar/pengukuran.realisasi/{r_id}/",
               {"teks": "Lampirkan BA penerimaan.", "next": url_isi("P1")})
    assert r.status_code == 302 and r["Location"] == url_isi("P1")
    assert "Lampirkan BA penerimaan." in masuk("uji_operator").get(url_isi("P1")).content.decode()
    # an outside "next" is not followed
    r = c.post(f"/s/{K}/komentar/pengukuran.realisasi/{r_id}/", {"teks": "x", "next": "https://contoh.id/"})
    assert r["Location"] == "/"


def test_xlsx_menyebut_alasan_sel_yang_tidak_dapat_dihitung(masuk, pengguna):
    import openpyxl

    actions.simpan_realisasi(ind("R1"), 2024, "TW4", pelaku=pengguna("uji_operator"), pembilang=Decimal(0),
                             penyebut=Decimal(0), yakin=True)
    r = masuk("uji_pembaca").get(f"/s/{K}/dasbor/2024/capaian.xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(r.content)).active
    kepala = [c.value for c in ws[5]]
    baris = {row[1]: dict(zip(kepala, row)) for row in ws.iter_rows(min_row=6, values_only=True)}
    assert baris["R1"]["Capaian TW IV (%)"] is None and "Penyebut bernilai 0" in baris["R1"]["Catatan"]


def test_unduh_xlsx_berisi_angka_yang_sama(masuk):
    import openpyxl

    r = masuk("uji_pembaca").get(f"/s/{K}/dasbor/2024/capaian.xlsx")
    assert r.status_code == 200 and r["Content-Disposition"].endswith(f'capaian-{K}-2024.xlsx"')
    ws = openpyxl.load_workbook(io.BytesIO(r.content)).active
    kepala = [c.value for c in ws[5]]
    baris = {row[1]: dict(zip(kepala, row)) for row in ws.iter_rows(min_row=6, values_only=True)}
    assert len(baris) == 4
    assert ws["A1"].value == "Capaian Kinerja KPU Kota Uji Tahun 2024"
    assert baris["R1"]["Capaian Tahun (%)"] == pytest.approx(98.77)  # 16 of 18 against 90
    assert baris["R1"]["Capaian TW I (%)"] == pytest.approx(83.33)
    assert baris["Q1"]["Target Tahun"] == "minimal B" and baris["Q1"]["Capaian Tahun (%)"] == "tercapai"
    assert baris["P1"]["Realisasi TW IV"] == 100
    assert masuk("uji_pembaca").get(f"/s/{K}/dasbor/2019/capaian.xlsx").status_code == 404


def test_berkas_bukti_tetap_bila_penghapusan_dibatalkan(masuk, settings, django_capture_on_commit_callbacks):
    """The file is deleted on commit only: a rolled-back deletion leaves row and file."""
    from django.db import transaction

    c = masuk("uji_operator")
    c.post(url_bukti("P1"), {"berkas": SimpleUploadedFile("a.pdf", PDF)})
    b = Bukti.objects.get()
    path = settings.MEDIA_ROOT / b.berkas.name
    with django_capture_on_commit_callbacks(execute=False) as setelah:
        assert c.post(f"/s/{K}/bukti/{b.pk}/hapus/").status_code == 302
    transaction.set_rollback(True)  # the test's transaction will not commit: nothing runs
    assert len(setelah) == 1 and path.exists()


def test_formulir_unggah_menyebut_batas_dan_ukuran_terbaca(masuk):
    c = masuk("uji_operator")
    c.post(url_bukti("P1"), {"berkas": SimpleUploadedFile("ba.pdf", PDF)})
    html = c.get(url_isi("P1")).content.decode()
    assert "paling besar 10 MB" in html and f"({len(PDF)} B)" in html and "bita" not in html
