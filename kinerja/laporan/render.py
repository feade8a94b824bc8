"""Renderers of the report document (kinerja.core.dokumen.Dokumen): HTML, PDF, DOCX, XLSX.

None computes a figure: each lays out the texts and values the document holds.

- HTML: ``templates/laporan/dokumen.html`` (the web preview uses the same blocks);
- PDF: that HTML through WeasyPrint, with page numbers, a table of contents with page
  numbers, PDF bookmarks from the headings, on A4 or F4 paper;
- DOCX: docxtpl over ``templat/laporan.docx`` (restylable in Word; its styles are used by
  name), autoescaped, with Word TOC fields, table header rows repeated on every page and
  figures at print resolution;
- XLSX: every table of the report on its own sheet, numbers as numbers.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from django.template.loader import render_to_string

from kinerja.core.dokumen import Bagian, Dokumen, Gambar, Tabel
from kinerja.core.xlsx import XlsxBook, safe_text

TEMPLAT_DOCX = Path(__file__).parent / "templat" / "laporan.docx"
FORMAT = ("docx", "pdf", "xlsx", "html")
JENIS_ISI = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
}


def html(doc: Dokumen, alamat_gambar: dict[int, str] | None = None) -> str:
    return render_to_string("laporan/dokumen.html", {"doc": doc, "kertas": doc.meta.get("kertas", "A4"),
                                                     "alamat_gambar": alamat_gambar})


def pdf(doc: Dokumen) -> bytes:
    """The HTML through WeasyPrint. Images are handed over by name (``gambar:N``) through the
    URL fetcher, not as base64 in the HTML; any other URL is refused (the report loads nothing
    from outside)."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    gambar = doc.gambar
    alamat = {id(g): f"gambar:{i}" for i, g in enumerate(gambar)}

    class Pengambil(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("gambar:") and url[7:].isdigit() and int(url[7:]) < len(gambar):
                g = gambar[int(url[7:])]
                return URLFetcherResponse(url, g.isi, {"Content-Type": g.mime})
            raise ValueError(f"Alamat {url!r} tidak dimuat: laporan tidak mengambil apa pun dari luar.")

    return HTML(string=html(doc, alamat), url_fetcher=Pengambil()).write_pdf(
        pdf_identifier=f"kinerja-{doc.meta.get('kode')}-{doc.meta.get('tahun')}".encode())


# --- XLSX ---------------------------------------------------------------------------------

def xlsx(doc: Dokumen) -> bytes:
    tabel = doc.tabel
    buku = XlsxBook("Daftar tabel")
    buku.title(f"{doc.judul} {doc.meta.get('satker', '')} {doc.meta.get('tahun', '')}")
    buku.row(["Tabel", "Judul", "Lembar"], at=3, header=True)
    nama_lembar = []
    for t in tabel:
        nama = f"{t.nomor} {t.nama_lembar or t.judul}"[:31]
        nama_lembar.append(nama)
        buku.row([t.label, t.judul + (" (memuat data contoh)" if t.contoh else ""), nama])
    buku.widths([12, 90, 32])
    for t, nama in zip(tabel, nama_lembar):
        buku.new_sheet(nama)
        buku.title(f"{t.label} {t.judul}")
        buku.row(t.kolom, at=3, header=True)
        for baris in t.baris:
            buku.row([_nilai_sel(s) for s in baris])
        if not t.baris:
            buku.row([t.kosong or "Tidak ada baris."])
        for c in t.catatan:
            buku.row([c])
        buku.widths([max(8, min(60, max((len(str(_nilai_sel(b[i]) or "")) for b in t.baris), default=10) + 2))
                     if t.baris else 20 for i in range(len(t.kolom))])
        buku.freeze(4, 1)
    return buku.save()


def _nilai_sel(s):
    """A figure as a number (decimals to the four places a value is stored with) when the cell
    shows that figure; else the cell's text (a marked example value keeps its "*")."""
    from decimal import Decimal

    from kinerja.lib.angka import MAKS_DESIMAL, bulatkan

    if s.nilai is not None and not isinstance(s.nilai, str) and s.rata and not s.teks.endswith("*"):
        return s.nilai if isinstance(s.nilai, int) else bulatkan(Decimal(s.nilai), MAKS_DESIMAL)
    return s.teks


# --- DOCX ---------------------------------------------------------------------------------

def _gaya(paragraf, gaya_id: str):
    paragraf._p.get_or_add_pPr().style = gaya_id
    return paragraf


LEBAR_ISI_CM = 16.0  # A4 less the template's margins (2,5 + 2 cm), a little to spare


def lebar_kolom(t: Tabel, total: float) -> list[float]:
    """Column widths (cm) from what the columns hold: a column of figures is as wide as its
    longest figure or header word (figures never wrap), the text columns share the rest by
    the length of their texts."""
    cm_per_huruf = 0.19  # 8,5 pt sans, plus cell padding below
    tetap: dict[int, float] = {}
    bobot: dict[int, float] = {}
    for i, k in enumerate(t.kolom):
        isi = [b[i] for b in t.baris if i < len(b)]
        kata = max((len(w) for w in k.split()), default=1)
        if isi and all(s.rata or len(s.teks) <= 4 for s in isi):
            tetap[i] = max(1.0, max(kata, max(len(s.teks) for s in isi)) * cm_per_huruf + 0.45)
        else:
            panjang = [len(s.teks) for s in isi] or [len(k)]
            bobot[i] = max(float(kata), min(60.0, (sum(panjang) / len(panjang) + max(panjang)) / 2))
    sisa = total - sum(tetap.values())
    if bobot and sisa < 2.5 * len(bobot):  # too many figure columns: shrink them alike
        skala = (total - 2.5 * len(bobot)) / sum(tetap.values())
        tetap = {i: w * skala for i, w in tetap.items()}
        sisa = total - sum(tetap.values())
    jumlah = sum(bobot.values()) or 1
    lebar = [tetap[i] if i in tetap else sisa * bobot[i] / jumlah for i in range(len(t.kolom))]
    skala = total / sum(lebar)
    return [round(w * skala, 2) for w in lebar]


def _tabel_docx(sd, t: Tabel):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    judul = _gaya(sd.add_paragraph(safe_text(f"{t.label} {t.judul}" + (" (contoh)" if t.contoh else ""))), "JudulTabel")
    judul.paragraph_format.keep_with_next = True
    if not t.baris:
        _gaya(sd.add_paragraph(safe_text("Data belum ada: " + (t.kosong or "tidak ada baris."))), "Kesenjangan")
        return
    tabel = sd.add_table(rows=1 + len(t.baris), cols=len(t.kolom))
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    tabel.autofit = False
    lebar = lebar_kolom(t, LEBAR_ISI_CM)
    tbl_pr = tabel._tbl.tblPr
    gaya = OxmlElement("w:tblStyle")
    gaya.set(qn("w:val"), "TableGrid")
    tbl_pr.insert(0, gaya)
    # the header row repeats on every page the table runs onto
    tr_pr = tabel.rows[0]._tr.get_or_add_trPr()
    kepala = OxmlElement("w:tblHeader")
    kepala.set(qn("w:val"), "true")
    tr_pr.append(kepala)
    for kolom, w in zip(tabel._tbl.tblGrid.gridCol_lst, lebar):  # the grid LibreOffice and Word lay out by
        kolom.w = Cm(w)
    for r in tabel.rows:
        for sel, w in zip(r.cells, lebar):
            sel.width = Cm(w)
    for i, k in enumerate(t.kolom):
        sel = tabel.rows[0].cells[i]
        p = _gaya(sel.paragraphs[0], "IsiTabel")
        p.add_run(safe_text(k)).bold = True
        _arsir(sel, "E8E8E8")
    for r, baris in enumerate(t.baris, 1):
        cells = tabel.rows[r].cells
        for i, s in enumerate(baris):
            p = _gaya(cells[i].paragraphs[0], "IsiTabel")
            run = p.add_run(safe_text(s.teks))
            if s.kelas == "jumlah":
                run.bold = True
            if s.rata:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c in t.catatan:
        _gaya(sd.add_paragraph(safe_text(c)), "CatatanTabel")


def _arsir(sel, warna: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), warna)
    sel._tc.get_or_add_tcPr().append(shd)


def _bagian_docx(sd, b: Bagian, tingkat: int):
    from docx.shared import Cm

    h = _gaya(sd.add_paragraph(safe_text(b.judul)), f"Heading{min(tingkat, 3)}")
    if b.halaman_baru:
        h.paragraph_format.page_break_before = True
    for x in b.isi:
        if x.jenis == "paragraf":
            teks = ("Data belum ada: " if x.gaya == "kesenjangan" else "[contoh] " if x.gaya == "contoh" else "") + x.teks
            _gaya(sd.add_paragraph(safe_text(teks)), {"kesenjangan": "Kesenjangan", "catatan": "CatatanTabel"}
                  .get(x.gaya, "Normal"))
        elif x.jenis == "daftar":
            for i, butir in enumerate(x.butir, 1):
                p = sd.add_paragraph(safe_text(f"{i}. {butir}" if x.bernomor else f"• {butir}"))
                p.paragraph_format.left_indent = Cm(0.75)
                p.paragraph_format.first_line_indent = Cm(-0.5)
        elif x.jenis == "tabel":
            _tabel_docx(sd, x)
        elif x.jenis == "gambar":
            _gambar_docx(sd, x)
        elif x.jenis == "ttd":
            baris = [f"{x.tempat}, {x.tanggal}" if x.tempat else x.tanggal, x.jabatan, "", "", x.nama]
            for teks in baris + ([f"NIP {x.nip}"] if x.nip else []):
                _gaya(sd.add_paragraph(safe_text(teks)), "TandaTangan")
    for s in b.sub:
        _bagian_docx(sd, s, tingkat + 1)


def _gambar_docx(sd, g: Gambar):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    p = sd.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True
    p.add_run().add_picture(io.BytesIO(g.isi), width=Cm(15.5 if g.mime == "image/png" else 12))
    _gaya(sd.add_paragraph(safe_text(f"{g.label} {g.judul}" + (" (contoh)" if g.contoh else ""))), "JudulGambar")
    if g.keterangan:
        _gaya(sd.add_paragraph(safe_text(g.keterangan)), "CatatanTabel")


def docx(doc: Dokumen, templat: Path | None = None) -> bytes:
    from docxtpl import DocxTemplate

    templat = templat or Path(os.environ.get("KINERJA_TEMPLAT_DOCX") or TEMPLAT_DOCX)
    tpl = DocxTemplate(templat)
    depan = tpl.new_subdoc()
    for b in doc.bagian_depan:
        _bagian_docx(depan.subdocx, b, 1)
    isi = tpl.new_subdoc()
    for b in doc.bagian_utama:
        _bagian_docx(isi.subdocx, b, 1)
    if doc.meta.get("kertas") == "F4":
        from docx.shared import Cm

        for sec in tpl.get_docx().sections:
            sec.page_width, sec.page_height = Cm(21.5), Cm(33)
    tpl.render({
        "judul": doc.judul, "satker": safe_text(doc.subjudul[0]) if doc.subjudul else "",
        "tahun": doc.meta.get("tahun", ""),
        "catatan_contoh": ("Memuat data contoh (ditandai [contoh], * atau (contoh)): bukan dari sumber resmi."
                           if doc.contoh else ""),
        "depan": depan, "isi": isi,
    }, autoescape=True)
    props = tpl.docx.core_properties  # not get_docx(): after render it reloads the template
    props.title = safe_text(f"Laporan Kinerja {doc.meta.get('satker', '')} Tahun {doc.meta.get('tahun', '')}")
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def tetap(data: bytes, waktu: str) -> bytes:
    """An Office file (a zip) made reproducible: every member dated ``waktu`` (ISO date), the
    document's created/modified properties set to it, media stored as they are (they are
    compressed already) and XML deflated. The same document then gives the same bytes."""
    import re
    import zipfile

    tahun, bulan, hari = (int(x) for x in waktu.split("-"))
    keluar = io.BytesIO()
    # light deflate: the XML was compressed once already by its writer; this pass only re-dates it
    with zipfile.ZipFile(io.BytesIO(data)) as masuk, zipfile.ZipFile(keluar, "w", compresslevel=1) as z:
        for info in masuk.infolist():
            isi = masuk.read(info.filename)
            if info.filename == "docProps/core.xml":
                isi = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             rb"\g<1>" + f"{waktu}T00:00:00Z".encode() + rb"\g<2>", isi)
            baru = zipfile.ZipInfo(info.filename, date_time=(tahun, bulan, hari, 0, 0, 0))
            media = info.filename.lower().endswith((".png", ".jpg", ".jpeg"))
            baru.compress_type = zipfile.ZIP_STORED if media else zipfile.ZIP_DEFLATED
            baru.external_attr = 0o600 << 16
            z.writestr(baru, isi)
    return keluar.getvalue()


def render(doc: Dokumen, format: str) -> bytes:
    if format == "html":
        return html(doc).encode()
    isi = {"pdf": pdf, "docx": docx, "xlsx": xlsx}[format](doc)
    if format in ("docx", "xlsx"):
        isi = tetap(isi, doc.meta.get("tanggal") or f"{doc.meta.get('tahun', '2000')}-12-31")
    return isi
