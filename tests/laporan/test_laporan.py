"""The Laporan Kinerja: built from the data of the small test satker (tests/kecil.py, its
DIPA from tests/pembuat.buat_dipa: Rp1.000.000 pagu, Rp500.000 realised), rendered in every
format, each rendering checked against the report model by opening it."""

import io
import re
import shutil
import subprocess
from decimal import Decimal
from decimal import Decimal as D

import docx as python_docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from kinerja.core.dokumen import Tabel
from kinerja.core.models import Jejak
from kinerja.laporan import actions, render
from kinerja.laporan.models import Hambatan, Narasi
from kinerja.laporan.susun import susun
from kinerja.lib.angka import bulatkan
from kinerja.lib.terbilang import terbilang_rupiah
from kinerja.organisasi.models import Satker
from kinerja.perencanaan.models import SasaranKegiatan

from ..kecil import KODE as K

URL = f"/s/{K}/laporan/2024/"
JAHAT = 'Rapat & evaluasi <b>tidak</b> "selesai" \'tepat\' 😀 ✓'


@pytest.fixture
def satker(db):
    return Satker.objects.get(kode=K)


@pytest.fixture
def doc(satker):
    return susun(satker, 2024)


def _teks_tabel(doc):
    return [(t.label, [[s.teks for s in b] for b in t.baris]) for t in doc.tabel]


def test_susunan_lengkap_dan_bernomor(doc):
    assert [b.kunci for b in doc.bagian] == ["pengantar", "ringkasan", "bab1", "bab2", "bab3", "bab4", "lampiran"]
    nomor = [t.nomor for t in doc.tabel]
    assert len(nomor) == len(set(nomor)) and all(nomor)
    assert {n.split(".")[0] for n in nomor} >= {"RE", "2", "3", "L"}
    # numbering restarts per chapter, in order
    bab3 = [t.nomor for t in doc.tabel if t.nomor.startswith("3.")]
    assert bab3 == [f"3.{i}" for i in range(1, len(bab3) + 1)]
    assert [g.nomor for g in doc.gambar] == ["3.1"]
    for t in doc.tabel:  # never an empty table: rows, or the reason in its place
        assert t.baris or t.kosong, t.judul


def test_ringkasan_memuat_setiap_indikator_pk_dan_anggaran_dengan_terbilang(doc, satker):
    from kinerja.pengukuran.layanan import matriks

    m = matriks(satker, 2024)
    ringkasan = doc.bagian[1]
    tabel = [x for x in ringkasan.isi if isinstance(x, Tabel)]
    assert [b[2].teks for b in tabel[0].baris] == [b.indikator.nama for b in m.baris]
    assert [b[5].nilai for b in tabel[0].baris] == [b.tahun.capaian_nilai for b in m.baris]
    teks = " ".join(p.teks for p in ringkasan.isi if hasattr(p, "gaya"))
    assert "Rp1.000.000 (Satu juta rupiah)" in teks
    assert "Rp500.000 (Lima ratus ribu rupiah)" in teks
    assert "50,00% (lima puluh persen)" in teks
    assert terbilang_rupiah(1_000_000) == "satu juta rupiah"
    assert [s.nilai for s in tabel[1].baris[0]] == [1_000_000, 500_000, Decimal(50), 500_000]


def test_tahun_tanpa_pk_dan_anggaran_tetap_tersusun_dengan_celah_dinyatakan(satker):
    doc = susun(satker, 2021)
    celah = " ".join(doc.kesenjangan)
    assert "Perjanjian Kinerja" in celah and "DIPA" in celah
    assert "Tahun 2021" in doc.subjudul[1].title()
    for t in doc.tabel:
        assert t.baris or t.kosong
    # the HTML states each gap where the content would be
    html = render.html(doc)
    assert "Data belum ada:" in html and "DIPA) 2021 belum dicatat" in html


def test_satker_tanpa_renstra(db):
    s = Satker.objects.create(kode="990999", nama="KPU Kabupaten Kosong", tingkat="kabkota")
    doc = susun(s, 2024)
    assert any("Renstra" in k for k in doc.kesenjangan)
    for f in ("html", "xlsx", "docx"):
        assert render.render(doc, f)


def test_semua_format_memuat_angka_model(doc):
    """Every figure of every table in the model appears in the DOCX table, the XLSX sheet and
    the PDF text."""
    tabel = _teks_tabel(doc)
    # DOCX: the tables in order, cell by cell (header row first)
    d = python_docx.Document(io.BytesIO(render.docx(doc)))
    isi_docx = [[[c.text for c in r.cells] for r in t.rows[1:]] for t in d.tables]
    assert isi_docx == [baris for _, baris in tabel if baris]
    assert len(d.inline_shapes) == len(doc.gambar)
    # every table's header row repeats across pages
    assert all(t.rows[0]._tr.trPr is not None and "tblHeader" in t.rows[0]._tr.trPr.xml for t in d.tables)
    # XLSX: a sheet per table, numbers as numbers
    wb = openpyxl.load_workbook(io.BytesIO(render.xlsx(doc)))
    assert len(wb.sheetnames) == 1 + len(doc.tabel)
    for t, ws in zip(doc.tabel, wb.worksheets[1:]):
        assert ws["A1"].value == f"{t.label} {t.judul}"
        for r, baris in enumerate(t.baris, 4):
            for k, s in enumerate(baris, 1):
                v = ws.cell(r, k).value
                if isinstance(v, (int, float)):
                    assert Decimal(str(v)) == bulatkan(Decimal(s.nilai), 4), (t.label, s)
                else:
                    assert (v or "") == s.teks, (t.label, s)
    # PDF: each figure's text is on some page
    teks_pdf = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render.pdf(doc))).pages))
    for _, baris in tabel:
        for b in baris:
            for s in b:
                if re.fullmatch(r"-?(Rp)?[\d.]+(,\d+)?%?", s):
                    assert s in teks_pdf, s


def test_pdf_bernomor_halaman_dengan_penanda_dan_daftar_isi(doc):
    r = PdfReader(io.BytesIO(render.pdf(doc)))
    judul = [o["/Title"] for o in r.outline if isinstance(o, dict)]
    assert {"Kata Pengantar", "Ringkasan Eksekutif", "BAB I Pendahuluan", "BAB III Akuntabilitas Kinerja",
            "Lampiran"} <= set(judul)
    daftar_isi = next(p.extract_text() for p in r.pages if "Daftar Isi" in p.extract_text())
    assert re.search(r"BAB I Pendahuluan\s*\.+\s*\d+", daftar_isi)
    assert r.pages[1].extract_text().strip().endswith("2")  # page number in the footer
    a4 = r.pages[0].mediabox
    assert round(float(a4.width) / 72 * 25.4) == 210 and round(float(a4.height) / 72 * 25.4) == 297


def test_kertas_f4(satker, pengguna):
    from kinerja.laporan.models import Laporan

    actions.simpan_laporan(Laporan(satker=satker, tahun=2024, kertas="F4"), pelaku=pengguna("uji_operator"))
    doc = susun(satker, 2024)
    box = PdfReader(io.BytesIO(render.pdf(doc))).pages[0].mediabox
    assert round(float(box.height) / 72 * 25.4) == 330
    sec = python_docx.Document(io.BytesIO(render.docx(doc))).sections[0]
    assert round(sec.page_height.mm) == 330


def test_narasi_dan_hambatan_jahat_selamat_di_setiap_format(satker, pengguna):
    op = pengguna("uji_operator")
    sasaran = SasaranKegiatan.objects.filter(renstra__satker=satker).order_by("nomor").first()
    actions.simpan_narasi(satker, 2024, "latar_belakang", JAHAT, pelaku=op)
    actions.simpan_narasi(satker, 2024, f"sasaran.{sasaran.pk}.analisis", "Analisis\n\n" + JAHAT, pelaku=op)
    actions.simpan_hambatan(Hambatan(satker=satker, tahun=2024, sasaran=sasaran, hambatan=JAHAT,
                                     tindak_lanjut="RTL & <i>", kendala="baris satu\nbaris  dua\tkolom "), pelaku=op)
    doc = susun(satker, 2024)
    html = render.html(doc)
    assert "Rapat &amp; evaluasi &lt;b&gt;tidak&lt;/b&gt; &quot;selesai&quot;" in html and "😀" in html
    assert "<b>tidak</b>" not in html
    d = python_docx.Document(io.BytesIO(render.docx(doc)))
    assert sum(p.text == JAHAT for p in d.paragraphs) == 2
    assert any(c.text == JAHAT for t in d.tables for r in t.rows for c in r.cells)
    # a cell's line break, tab and spaces are kept as Word's own break, tab and text
    (sel,) = [c for t in d.tables for r in t.rows for c in r.cells if c.text.startswith("baris satu")]
    assert sel.text == "baris satu\nbaris  dua\tkolom" and "<w:br/>" in sel._tc.xml and "<w:tab/>" in sel._tc.xml
    wb = openpyxl.load_workbook(io.BytesIO(render.xlsx(doc)))
    assert any(c.value == JAHAT for ws in wb.worksheets for r in ws.iter_rows() for c in r)
    teks_pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render.pdf(doc))).pages)
    assert 'Rapat & evaluasi <b>tidak</b> "selesai"' in teks_pdf


def test_narasi_bab1_dipakai_setiap_tahun_dan_teks_kosong_menghapus(satker, pengguna):
    op = pengguna("uji_operator")
    n = actions.simpan_narasi(satker, 2024, "latar_belakang", "Latar\r\nbelakang\u200b", pelaku=op)
    assert n.tahun == 0 and n.teks == "Latar\nbelakang"
    assert "Latar\nbelakang" in [p.teks for p in susun(satker, 2023).bagian[2].sub[0].isi]
    jejak = Jejak.objects.count()
    assert actions.simpan_narasi(satker, 2025, "latar_belakang", "Latar\nbelakang", pelaku=op).pk == n.pk
    assert Jejak.objects.count() == jejak  # unchanged: no write, no audit row
    assert actions.simpan_narasi(satker, 2024, "latar_belakang", "   ", pelaku=op) is None
    assert not Narasi.objects.filter(pk=n.pk).exists()


@pytest.mark.parametrize("kunci, pesan", [
    ("rahasia", "tidak dikenal"),
    ("sasaran.x.analisis", "tidak dikenal"),
    ("sasaran.999999.analisis", "Sasaran tidak ditemukan"),
])
def test_narasi_kunci_salah_ditolak(satker, pengguna, kunci, pesan):
    with pytest.raises(ValidationError, match=pesan):
        actions.simpan_narasi(satker, 2024, kunci, "teks", pelaku=pengguna("uji_operator"))


def test_narasi_sasaran_satker_lain_ditolak(satker, pengguna):
    lain = SasaranKegiatan.objects.exclude(renstra__satker=satker).first()
    with pytest.raises(ValidationError, match="Sasaran tidak ditemukan"):
        actions.simpan_narasi(satker, 2024, f"sasaran.{lain.pk}.analisis", "x", pelaku=pengguna("uji_operator"))


def test_halaman_pratinjau_menampilkan_celah_dan_tombol(masuk):
    r = masuk("uji_pembaca").get(URL)
    isi = r.content.decode()
    assert r.status_code == 200
    assert "Data yang belum ada" in isi and "Belum ada berkas yang dibuat" in isi
    assert "Buat berkas" not in isi  # a reader does not build
    assert "LAPORAN KINERJA" in isi and "KPU KOTA UJI" in isi
    assert "Buat berkas (DOCX, PDF, XLSX)" in masuk("uji_operator").get(URL).content.decode()


def test_buat_ajukan_setujui_lalu_terkunci(masuk, satker, django_capture_on_commit_callbacks):
    """The operator builds the files in the background (run at once here), submits them, the
    pimpinan approves; the year's narrative is then locked and the approved files stay."""
    from kinerja.laporan.models import Laporan, Pembuatan

    op = masuk("uji_operator")
    with django_capture_on_commit_callbacks(execute=True):
        r = op.post(URL + "buat/")
    assert r.status_code == 302
    p = Pembuatan.objects.get(satker=satker, tahun=2024)
    assert p.status == "selesai" and p.progres == 100 and p.versi_data == Satker.objects.get(pk=satker.pk).versi_data
    status = op.get(URL + f"buat/{p.pk}/status/").json()
    assert status["selesai"] and status["progres"] == 100
    pembaca = masuk("uji_pembaca")
    isi = {}
    for f, awal in (("docx", b"PK"), ("pdf", b"%PDF"), ("xlsx", b"PK")):
        r = pembaca.get(URL + f"buat/{p.pk}/laporan.{f}")
        isi[f] = b"".join(r.streaming_content)
        assert r.status_code == 200 and isi[f].startswith(awal)
    assert "Rp1.000.000" in " ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(isi["pdf"])).pages)
    op = masuk("uji_operator")  # one test client: each login replaces the last
    assert op.post(URL + "ajukan/").status_code == 302
    lap = Laporan.objects.get(satker=satker, tahun=2024)
    assert lap.status == "diajukan" and lap.pembuatan_id == p.pk
    assert masuk("uji_pimpinan").post(URL + "setujui/").status_code == 302
    lap.refresh_from_db()
    assert lap.status == "disetujui"
    # locked: the year's narrative and settings are refused, with the way out
    with pytest.raises(ValidationError, match="Laporan Kinerja 2024 berstatus disetujui"):
        actions.simpan_narasi(satker, 2024, "kesimpulan", "Diubah sesudah disetujui", pelaku=lap.disetujui_oleh)
    op = masuk("uji_operator")
    r = op.post(URL + "hambatan/simpan/", {"hambatan": "Baru"})
    assert r.status_code == 400 and "terkunci" in r.content.decode()
    # BAB I texts serve every year and stay open; the approved files are unchanged
    actions.simpan_narasi(satker, 2024, "latar_belakang", "Teks BAB I baru", pelaku=lap.disetujui_oleh)
    pembaca = masuk("uji_pembaca")
    assert b"".join(pembaca.get(URL + f"buat/{p.pk}/laporan.docx").streaming_content) == isi["docx"]
    # the operator cannot build while the report is approved; the pimpinan re-opens with a reason
    assert "Buat berkas" not in masuk("uji_operator").get(URL).content.decode()
    assert masuk("uji_pimpinan").post(URL + "buka/", {"alasan": "Koreksi angka"}).status_code == 302
    lap.refresh_from_db()
    assert lap.status == "terbuka" and lap.alasan == "Koreksi angka"


def test_ajukan_tanpa_berkas_terkini_ditolak(satker, pengguna):
    from kinerja.laporan.models import Pembuatan

    op = pengguna("uji_operator")
    with pytest.raises(ValidationError, match="Buat berkas laporan"):
        actions.ubah_status_laporan(satker, 2024, "diajukan", pelaku=op)
    p = actions.mulai_pembuatan(satker, 2024, pelaku=op, format=("docx",))
    actions.jalankan_pembuatan(p.pk)
    with pytest.raises(ValidationError, match="tidak lengkap"):
        actions.ubah_status_laporan(satker, 2024, "diajukan", pelaku=op)
    p = actions.mulai_pembuatan(satker, 2024, pelaku=op)
    actions.jalankan_pembuatan(p.pk)
    actions.simpan_narasi(satker, 2024, "kesimpulan", "Data berubah sesudah berkas dibuat", pelaku=op)
    with pytest.raises(ValidationError, match="Isi laporan berubah"):
        actions.ubah_status_laporan(satker, 2024, "diajukan", pelaku=op)
    assert Pembuatan.objects.filter(satker=satker).count() == 2


def test_pembuatan_gagal_tercatat_dengan_pesannya(satker, pengguna, monkeypatch):
    from kinerja.laporan import render as render_mod

    def rusak(doc, f):
        raise RuntimeError("pena habis")

    monkeypatch.setattr(render_mod, "render", rusak)
    p = actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator"))
    p = actions.jalankan_pembuatan(p.pk)
    assert p.status == "gagal" and "pena habis" in p.pesan
    # a failed build does not block the next one
    assert actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator")).status == "antre"


def test_pembuatan_ganda_ditolak(satker, pengguna):
    actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator"))
    with pytest.raises(ValidationError, match="sedang dibuat"):
        actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator"))


def test_antrean_basis_data_dan_pekerjanya(settings, satker, pengguna, django_capture_on_commit_callbacks,
                                          monkeypatch):
    """The real database backend: the build is queued in the database on commit and the
    worker command runs it."""
    from django.core.management import call_command
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    # the worker closes stale connections between tasks; here that would close the test's own
    # transaction (on PostgreSQL), so it is left open for this in-process run
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        p = actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator"), format=("xlsx",))
    p.refresh_from_db()
    assert p.status == "antre" and p.tugas and DBTaskResult.objects.filter(id=p.tugas).exists()
    call_command("db_worker", "--batch", "--interval", "0")
    p.refresh_from_db()
    assert p.status == "selesai" and p.xlsx


def test_form_narasi_terlalu_panjang_menampilkan_ulang_teks(masuk):
    c = masuk("uji_operator")
    teks = "x" * 20_001
    r = c.post(URL + "narasi/simpan/", {"kunci": "kesimpulan", "kesimpulan-teks": teks})
    assert r.status_code == 400
    isi = r.content.decode()
    assert "paling banyak 20000 karakter" in isi.replace(".", "") or "20.000" in isi
    assert teks in isi
    assert not Narasi.objects.filter(kunci="kesimpulan").exists()


def test_narasi_contoh_ditandai_sampai_satker_menyimpan_teksnya(masuk, satker, pengguna):
    """An example text shows as such on the editor, with its source; once the office saves
    the block it is the office's: no longer contoh, and the example's source goes."""
    op = pengguna("uji_operator")
    actions.simpan_narasi(satker, 2024, "kesimpulan", "Kesimpulan contoh.", pelaku=op,
                          sumber="contoh: ditulis untuk uji", contoh=True)
    isi = masuk("uji_operator").get(URL + "narasi/").content.decode()
    assert "Teks contoh (contoh: ditulis untuk uji)" in isi
    n = actions.simpan_narasi(satker, 2024, "kesimpulan", "Kesimpulan contoh.", pelaku=op,
                              version_shown=None)
    assert (n.contoh, n.sumber) == (False, "")
    assert "Teks contoh (" not in masuk("uji_operator").get(URL + "narasi/").content.decode()


def test_form_hambatan_kosong_ditolak_dan_isian_tetap(masuk):
    c = masuk("uji_operator")
    r = c.post(URL + "hambatan/simpan/", {"hambatan": "  ", "kendala": "Kendala yang diketik"})
    assert r.status_code == 400
    assert "Kendala yang diketik" in r.content.decode()
    assert not Hambatan.objects.filter(kendala="Kendala yang diketik").exists()


def test_pengaturan_nip_salah_ditolak(masuk):
    r = masuk("uji_operator").post(URL + "pengaturan/simpan/", {"kertas": "A4", "penandatangan_nip": "123",
                                                                "tanggal": "31/01/2025"})
    assert r.status_code == 400 and "NIP" in r.content.decode()


def test_perintah_laporan(satker, tmp_path):
    from django.core.management import call_command

    call_command("laporan", satker=K, tahun=2024, format="docx,xlsx", out=str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"laporan-kinerja-{K}-2024.docx",
                                                          f"laporan-kinerja-{K}-2024.xlsx"]


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice tidak terpasang: jumlah halaman DOCX tidak diperiksa (apt-get install "
                           "libreoffice-writer-nogui untuk menjalankannya).")
def test_docx_dibuka_libreoffice(doc, tmp_path):
    (tmp_path / "l.docx").write_bytes(render.docx(doc))
    subprocess.run([shutil.which("soffice") or shutil.which("libreoffice"), "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "l.docx")], check=True, timeout=180,
                   capture_output=True)
    halaman = len(PdfReader(tmp_path / "l.pdf").pages)
    assert 15 <= halaman <= 80


def _png(lebar=40, tinggi=30) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (lebar, tinggi), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 20), (20, 30, 200)).save(buf, "JPEG")
    return buf.getvalue()


@pytest.mark.parametrize("nama, isi, pesan", [
    ("bukan.png", b"%PDF-1.4 bukan gambar", "bukan gambar JPEG atau PNG"),
    ("kosong.jpg", b"", "kosong"),
    ("potong.png", _png()[:60], "bukan gambar JPEG atau PNG"),
    ("gif.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "bukan gambar JPEG atau PNG"),
])
def test_foto_bukan_gambar_ditolak_saat_unggah(masuk, nama, isi, pesan):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kinerja.laporan.models import Foto

    r = masuk("uji_operator").post(URL + "foto/unggah/", {
        "berkas": SimpleUploadedFile(nama, isi), "keterangan": "Keterangan yang diketik"})
    assert r.status_code == 400
    isi_halaman = r.content.decode()
    assert pesan in isi_halaman and "Keterangan yang diketik" in isi_halaman
    assert not Foto.objects.exists()


def test_foto_masuk_laporan_di_sasarannya(satker, pengguna):
    from django.core.files.uploadedfile import SimpleUploadedFile

    op = pengguna("uji_operator")
    sasaran = SasaranKegiatan.objects.filter(renstra__satker=satker).order_by("nomor").first()
    actions.unggah_foto(satker, 2024, SimpleUploadedFile("a.png", _png()), "Rapat pleno & <evaluasi>",
                        pelaku=op, sasaran=sasaran)
    actions.unggah_foto(satker, 2024, SimpleUploadedFile("b.jpg", _jpeg()), "Bimbingan teknis", pelaku=op)
    with pytest.raises(ValidationError, match="wajib"):
        actions.unggah_foto(satker, 2024, SimpleUploadedFile("c.png", _png()), "  ", pelaku=op)
    doc = susun(satker, 2024)
    judul = [g.judul for g in doc.gambar]
    assert judul[-2:] == ["Rapat pleno & <evaluasi>", "Bimbingan teknis"] or \
        set(judul) >= {"Rapat pleno & <evaluasi>", "Bimbingan teknis"}
    assert [g.mime for g in doc.gambar if g.judul == "Bimbingan teknis"] == ["image/jpeg"]
    d = python_docx.Document(io.BytesIO(render.docx(doc)))
    assert len(d.inline_shapes) == len(doc.gambar) == 3
    assert "Rapat pleno &amp; &lt;evaluasi&gt;" in render.html(doc)


def test_standar_dibandingkan_dengan_realisasi(satker, pengguna):
    from kinerja.laporan.models import Standar
    from kinerja.pengukuran.layanan import matriks

    b = next(x for x in matriks(satker, 2024).baris if x.tahun.realisasi.nilai is not None
             and x.indikator.polaritas == "maks")
    actions.simpan_standar(Standar(indikator=b.indikator, tahun=2024, nilai=b.tahun.realisasi.nilai - 1,
                                   sumber="Keputusan KPU uji"), pelaku=pengguna("uji_operator"))
    doc = susun(satker, 2024)
    t = next(t for t in doc.tabel if t.judul.startswith("Capaian sasaran") and "standar" in t.judul)
    assert t.baris[0][0].teks == b.indikator.nama
    assert t.baris[0][4].teks == "lebih baik dari standar"
    with pytest.raises(ValidationError, match="dasar standar"):
        actions.simpan_standar(Standar(indikator=b.indikator, tahun=2024, tingkat="provinsi", nilai=1, sumber=" "),
                               pelaku=pengguna("uji_operator"))


def test_foto_diperkecil_dan_tanpa_exif(satker, pengguna):
    """A camera photo is kept upright, at most 2000 px, without its metadata (GPS)."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    im = Image.new("RGB", (4000, 3000), (30, 120, 60))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to display
    exif[0x010F] = "Kamera Uji"  # make
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif.tobytes())
    f = actions.unggah_foto(satker, 2024, SimpleUploadedFile("hp.jpg", buf.getvalue()), "Foto kamera",
                            pelaku=pengguna("uji_operator"))
    with f.berkas.open("rb") as b, Image.open(b) as tersimpan:
        assert tersimpan.size == (1500, 2000)  # upright, longest side 2000
        assert not tersimpan.getexif()
    assert f.ukuran == f.berkas.size and f.jenis == "image/jpeg"


def test_narasi_yang_ada_diubah_dan_tercatat(satker, pengguna):
    """Changing an existing block writes the new text with one audit row (a defect once
    returned early, saying "disimpan" while keeping the old text)."""
    op = pengguna("uji_operator")
    n = actions.simpan_narasi(satker, 2024, "kesimpulan", "Teks lama", pelaku=op)
    jejak = Jejak.objects.count()
    n2 = actions.simpan_narasi(satker, 2024, "kesimpulan", "Teks baru", pelaku=op)
    assert n2.pk == n.pk and Narasi.objects.get(pk=n.pk).teks == "Teks baru"
    assert Jejak.objects.count() == jejak + 1


def test_narasi_yang_ada_terkunci_sesudah_disetujui(satker, pengguna):
    from kinerja.laporan.models import Laporan

    op = pengguna("uji_operator")
    actions.simpan_narasi(satker, 2024, "kesimpulan", "Teks lama", pelaku=op)
    Laporan.objects.create(satker=satker, tahun=2024, status="disetujui")
    with pytest.raises(ValidationError, match="terkunci"):
        actions.simpan_narasi(satker, 2024, "kesimpulan", "Teks baru", pelaku=op)
    assert Narasi.objects.get(satker=satker, kunci="kesimpulan").teks == "Teks lama"


@pytest.mark.parametrize("jalur", ["hambatan", "foto", "standar"])
def test_hapus_sesudah_disetujui_ditolak_dengan_pesan(masuk, satker, jalur):
    from django.core.files.base import ContentFile

    from kinerja.laporan.models import Foto, Laporan, Standar
    from kinerja.perencanaan.models import Indikator

    if jalur == "hambatan":
        obj = Hambatan.objects.create(satker=satker, tahun=2024, hambatan="Tetap")
    elif jalur == "foto":
        obj = Foto(satker=satker, tahun=2024, keterangan="Tetap", jenis="image/png", ukuran=1)
        obj.berkas.save("f.png", ContentFile(_png()), save=True)
    else:
        ind = Indikator.objects.filter(sasaran__renstra__satker=satker).first()
        obj = Standar.objects.create(indikator=ind, tahun=2024, nilai=1, sumber="Tetap")
    Laporan.objects.create(satker=satker, tahun=2024, status="disetujui")
    c = masuk("uji_operator")
    r = c.post(URL + f"{jalur}/{obj.pk}/hapus/", follow=True)
    assert r.status_code == 200 and "terkunci" in r.content.decode()
    assert type(obj).objects.filter(pk=obj.pk).exists()


@pytest.mark.parametrize("tanggal", ["01/01/0001", "31/12/9999", "31/12/2023"])
def test_tanggal_laporan_di_luar_tahunnya_ditolak(masuk, tanggal):
    r = masuk("uji_operator").post(URL + "pengaturan/simpan/", {"kertas": "A4", "tanggal": tanggal})
    assert r.status_code == 400 and "jatuh pada tahun 2024 atau 2025" in r.content.decode()


def test_gambar_raksasa_ditolak_dengan_pesan_yang_tepat(satker, pengguna):
    import struct
    import zlib

    from django.core.files.uploadedfile import SimpleUploadedFile

    def potong(jenis, data):
        return struct.pack(">I", len(data)) + jenis + data + struct.pack(">I", zlib.crc32(jenis + data))

    png = (b"\x89PNG\r\n\x1a\n" + potong(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0))
           + potong(b"IDAT", zlib.compress(b"")) + potong(b"IEND", b""))
    with pytest.raises(ValidationError, match="megapiksel"):
        actions.unggah_foto(satker, 2024, SimpleUploadedFile("besar.png", png), "Besar", pelaku=pengguna("uji_operator"))


def test_alasan_terlalu_panjang_ditolak_bukan_dipotong(satker, pengguna):
    from kinerja.laporan.models import Laporan

    Laporan.objects.create(satker=satker, tahun=2024, status="diajukan")
    with pytest.raises(ValidationError, match="paling banyak 4.000 karakter; yang ditulis 4.001"):
        actions.ubah_status_laporan(satker, 2024, "terbuka", pelaku=pengguna("uji_pimpinan"), alasan="x" * 4001)
    assert Laporan.objects.get(satker=satker, tahun=2024).status == "diajukan"


def test_data_yang_sama_memberi_berkas_yang_sama(satker):
    """Building again from unchanged data gives the same bytes in every format (no build time
    inside the files), so an approved report can be reproduced and compared."""
    import time

    pertama = {f: render.render(susun(satker, 2024), f) for f in ("docx", "xlsx", "pdf")}
    time.sleep(1.1)  # zip members and document properties would otherwise carry the clock
    kedua = {f: render.render(susun(satker, 2024), f) for f in ("docx", "xlsx", "pdf")}
    assert pertama == kedua
    d = python_docx.Document(io.BytesIO(pertama["docx"]))
    assert d.core_properties.modified.year == 2024 and len(d.tables) > 5



def test_pembuatan_macet_ditandai_gagal_dan_tidak_menghalangi(satker, pengguna):
    import datetime as dt

    from kinerja.core import jam
    from kinerja.laporan.models import Pembuatan

    lama = Pembuatan.objects.create(satker=satker, tahun=2024, status="jalan")
    Pembuatan.objects.filter(pk=lama.pk).update(dibuat_pada=jam.sekarang() - dt.timedelta(minutes=31))
    baru = actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator"))
    lama.refresh_from_db()
    assert lama.status == "gagal" and "tidak selesai dalam 30 menit" in lama.pesan
    assert baru.status == "antre"


def test_antrean_mati_membuat_pembuatan_gagal_bukan_500(satker, pengguna, monkeypatch,
                                                         django_capture_on_commit_callbacks):
    from kinerja.laporan import tasks

    class AntreanMati:
        def enqueue(self, *a, **k):
            raise ConnectionError("redis")

    monkeypatch.setattr(tasks, "bangun_laporan", AntreanMati())
    with django_capture_on_commit_callbacks(execute=True):
        p = actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator"))
    p.refresh_from_db()
    assert p.status == "gagal" and "Antrean tugas tidak dapat dihubungi" in p.pesan


def test_tugas_yang_terkirim_dua_kali_berjalan_sekali(satker, pengguna, monkeypatch):
    from kinerja.laporan import render as render_mod

    p = actions.mulai_pembuatan(satker, 2024, pelaku=pengguna("uji_operator"), format=("xlsx",))
    assert actions.jalankan_pembuatan(p.pk).status == "selesai"
    monkeypatch.setattr(render_mod, "render", lambda *a: pytest.fail("dibuat dua kali"))
    assert actions.jalankan_pembuatan(p.pk).status == "selesai"


def test_tidak_membuat_berkas_baru_sesudah_diajukan_dan_persetujuan_memeriksa_isi(satker, pengguna):
    op, pim = pengguna("uji_operator"), pengguna("uji_pimpinan")
    p = actions.mulai_pembuatan(satker, 2024, pelaku=op)
    actions.jalankan_pembuatan(p.pk)
    actions.ubah_status_laporan(satker, 2024, "diajukan", pelaku=op)
    with pytest.raises(ValidationError, match="berstatus diajukan"):
        actions.mulai_pembuatan(satker, 2024, pelaku=op)
    # a figure of the report changes after submission (an open budget month): approval is refused
    from kinerja.anggaran import actions as ang
    from kinerja.anggaran.models import BarisDipa

    keg = BarisDipa.objects.get(dipa__satker=satker, dipa__tahun=2024, tingkat="kegiatan")
    ang.simpan_bulanan(keg, pelaku=op, realisasi={2: 250_000})
    with pytest.raises(ValidationError, match="berubah sejak diajukan"):
        actions.ubah_status_laporan(satker, 2024, "disetujui", pelaku=pim)


def test_perubahan_di_luar_isi_laporan_tidak_membuat_berkas_basi(satker, pengguna):
    """Only what the report shows counts: a write elsewhere in the satker (another year's
    narrative) leaves the build current."""
    op = pengguna("uji_operator")
    p = actions.mulai_pembuatan(satker, 2024, pelaku=op)
    actions.jalankan_pembuatan(p.pk)
    actions.simpan_narasi(satker, 2025, "kesimpulan", "Kesimpulan tahun berikutnya", pelaku=op)
    assert actions.ubah_status_laporan(satker, 2024, "diajukan", pelaku=op).status == "diajukan"


def test_narasi_yang_diubah_orang_lain_tidak_tertimpa(masuk, satker, pengguna):
    from kinerja.core.audit import snapshot
    from kinerja.core.versions import wrap

    n = actions.simpan_narasi(satker, 2024, "kesimpulan", "Versi pertama", pelaku=pengguna("uji_operator"))
    versi_form = wrap(snapshot(n))
    actions.simpan_narasi(satker, 2024, "kesimpulan", "Versi rekan", pelaku=pengguna("uji_admin"))
    r = masuk("uji_operator").post(URL + "narasi/simpan/", {"kunci": "kesimpulan", "kesimpulan-teks": "Versi saya",
                                                           "kesimpulan-versi": versi_form})
    assert r.status_code == 400 and "Versi saya" in r.content.decode()
    assert Narasi.objects.get(satker=satker, kunci="kesimpulan").teks == "Versi rekan"


def test_karakter_kendali_di_data_induk_tidak_menggagalkan_docx(satker):
    s = SasaranKegiatan.objects.filter(renstra__satker=satker).first()
    SasaranKegiatan.objects.filter(pk=s.pk).update(uraian="Sasaran\x0bdengan\x0ctab $x$ dan $y$")
    doc = susun(satker, 2024)
    d = python_docx.Document(io.BytesIO(render.docx(doc)))
    assert any("Sasaran" in p.text and "dengan" in p.text for p in d.paragraphs)


def test_capaian_di_bawah_target_tidak_tertulis_100_persen():
    from kinerja.laporan.susun import teks_capaian_belum
    from kinerja.lib.capaian import Hasil

    assert teks_capaian_belum(Hasil(D("99.996"), False), "100,00%") == "99,9960%"
    assert teks_capaian_belum(Hasil(D("93.1"), False), "93,10%") == "93,10%"
