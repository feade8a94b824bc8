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

import datetime as dt
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


def _run_xml(teks: str, tebal: bool = False) -> str:
    """A run of ``teks`` as WordprocessingML, as python-docx's ``add_run`` writes it: a line
    break is ``<w:br/>``, a tab ``<w:tab/>``, spaces kept."""
    from xml.sax.saxutils import escape

    antara = '</w:t>{}<w:t xml:space="preserve">'
    isi = (escape(safe_text(teks)).replace("\r\n", "\n").replace("\r", "\n")
           .replace("\n", antara.format("<w:br/>")).replace("\t", antara.format("<w:tab/>")))
    return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if tebal else ""}<w:t xml:space="preserve">{isi}</w:t></w:r>'


def _tabel_docx(sd, t: Tabel):
    """The table as one piece of WordprocessingML (parsed once: building it cell by cell
    through python-docx took most of the DOCX's writing time): the template's TableGrid
    style, centred, fixed column widths from ``lebar_kolom``, a shaded header row that
    repeats on every page the table runs onto, figures right-aligned, totals in bold."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm

    judul = _gaya(sd.add_paragraph(safe_text(f"{t.label} {t.judul}" + (" (contoh)" if t.contoh else ""))), "JudulTabel")
    judul.paragraph_format.keep_with_next = True
    if not t.baris:
        _gaya(sd.add_paragraph(safe_text("Data belum ada: " + (t.kosong or "tidak ada baris."))), "Kesenjangan")
        return
    lebar = [Cm(w).twips for w in lebar_kolom(t, LEBAR_ISI_CM)]

    def sel(teks: str, w: int, *, tebal=False, kanan=False, arsir=False) -> str:
        return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/>'
                + ('<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>' if arsir else "")
                + '</w:tcPr><w:p><w:pPr><w:pStyle w:val="IsiTabel"/>' + ('<w:jc w:val="right"/>' if kanan else "")
                + "</w:pPr>" + _run_xml(teks, tebal) + "</w:p></w:tc>")

    xml = [f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:type="auto" w:w="0"/>'
           '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
           'w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>',
           "".join(f'<w:gridCol w:w="{w}"/>' for w in lebar), "</w:tblGrid>",
           '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>',
           "".join(sel(k, w, tebal=True, arsir=True) for k, w in zip(t.kolom, lebar)), "</w:tr>"]
    for baris in t.baris:
        xml.append("<w:tr>")
        xml += [sel(s.teks, w, tebal=s.kelas == "jumlah", kanan=bool(s.rata)) for s, w in zip(baris, lebar)]
        xml += [sel("", w) for w in lebar[len(baris):]]  # a short row is padded, as add_table's grid was
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    sd.element.body._insert_tbl(parse_xml("".join(xml)))
    for c in t.catatan:
        _gaya(sd.add_paragraph(safe_text(c)), "CatatanTabel")


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
    waktu = _waktu(doc)
    props.created = props.modified = dt.datetime.combine(dt.date.fromisoformat(waktu), dt.time(), dt.timezone.utc)
    try:
        from docx.opc.pkgwriter import PackageWriter

        tulis = (PackageWriter._write_content_types_stream, PackageWriter._write_pkg_rels, PackageWriter._write_parts)
        if tpl.crc_to_new_media or tpl.crc_to_new_embedded or tpl.zipname_to_replace:
            raise AttributeError("docxtpl replacements are applied by its own save")
    except (ImportError, AttributeError):  # another python-docx, or docxtpl replacements: its save, re-dated
        out = io.BytesIO()
        tpl.save(out)
        return tetap(out.getvalue(), waktu)
    # Written once, reproducibly, rather than saved by python-docx (which deflates the
    # photos too) and re-zipped: OpcPackage.save's steps with a zip writer of our own.
    tpl.pre_processing()  # docxtpl's step before saving (replacing template pictures; none here)
    paket = tpl.docx.part.package
    for bagian in paket.parts:
        bagian.before_marshal()
    keluar = io.BytesIO()
    with _ZipTetap(keluar, waktu) as z:
        tulis[0](z, paket.parts)
        tulis[1](z, paket.rels)
        tulis[2](z, paket.parts)
    return keluar.getvalue()


def _waktu(doc: Dokumen) -> str:
    """The date a reproducible file is stamped with: the report's date, else the year's end."""
    return doc.meta.get("tanggal") or f"{doc.meta.get('tahun', '2000')}-12-31"


class _ZipTetap:
    """A zip whose bytes depend on its content only (with the same zlib): every member dated ``waktu`` (ISO date)
    with the same permissions, media stored as they are (they are compressed already),
    everything else deflated. Also the physical writer python-docx's PackageWriter writes to."""

    def __init__(self, berkas, waktu: str, tingkat: int = 6):
        import zipfile

        self._zip = zipfile.ZipFile(berkas, "w")
        self._tingkat = tingkat
        self._tanggal = tuple(int(x) for x in waktu.split("-")) + (0, 0, 0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._zip.close()

    def write(self, nama, isi: bytes) -> None:
        import zipfile

        nama = getattr(nama, "membername", nama)  # a python-docx PackURI, or a member name
        info = zipfile.ZipInfo(nama, date_time=self._tanggal)
        media = nama.lower().endswith((".png", ".jpg", ".jpeg"))
        info.compress_type = zipfile.ZIP_STORED if media else zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        info.create_system = 3  # the same on every platform
        self._zip.writestr(info, isi, compresslevel=None if media else self._tingkat)


def tetap(data: bytes, waktu: str) -> bytes:
    """An Office file (a zip) made reproducible: re-written by ``_ZipTetap`` with the
    document's created/modified properties set to ``waktu``. The same document then gives
    the same bytes."""
    import re
    import zipfile

    keluar = io.BytesIO()
    # light deflate: the XML was compressed once already by its writer; this pass re-dates it
    with zipfile.ZipFile(io.BytesIO(data)) as masuk, _ZipTetap(keluar, waktu, tingkat=1) as z:
        for info in masuk.infolist():
            isi = masuk.read(info.filename)
            if info.filename == "docProps/core.xml":
                isi = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             rb"\g<1>" + f"{waktu}T00:00:00Z".encode() + rb"\g<2>", isi)
            z.write(info.filename, isi)
    return keluar.getvalue()


def render(doc: Dokumen, format: str) -> bytes:
    """``doc`` as ``format`` (html, pdf, docx, xlsx); the same document gives the same bytes
    in DOCX and XLSX (their zips are dated with the report's date)."""
    if format == "html":
        return html(doc).encode()
    if format == "xlsx":
        return tetap(xlsx(doc), _waktu(doc))
    return {"pdf": pdf, "docx": docx}[format](doc)
