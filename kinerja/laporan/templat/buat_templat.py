"""Writes laporan.docx, the Word template of the Laporan Kinerja (run once; the file is kept
in the repository and may be restyled in Word: the report uses its styles by name).

    python -m kinerja.laporan.templat.buat_templat

Template variables (docxtpl, autoescaped): ``judul``, ``satker``, ``tahun``, ``catatan_contoh``,
and two sub-documents, ``depan`` (Kata Pengantar, Ringkasan Eksekutif) and ``isi`` (BAB I to
the annexes). The tables of contents, tables and figures are Word TOC fields over the
heading styles and the "Judul Tabel" / "Judul Gambar" caption styles; Word fills them on
opening (``updateFields``).
"""

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TUJUAN = Path(__file__).with_name("laporan.docx")


def field(paragraf, instruksi: str, teks: str) -> None:
    """A complex field (TOC, PAGE) with placeholder text until Word updates it."""
    def fld(jenis):
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), jenis)
        if jenis == "begin":
            e.set(qn("w:dirty"), "true")
        r = OxmlElement("w:r")
        r.append(e)
        return r

    p = paragraf._p
    p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instruksi} "
    r.append(it)
    p.append(r)
    p.append(fld("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = teks
    r.append(t)
    p.append(r)
    p.append(fld("end"))


def gaya(doc, nama, dasar, *, ukuran=None, tebal=None, rata=None, warna=None, sebelum=None, sesudah=None):
    try:
        s = doc.styles[nama]
    except KeyError:
        s = doc.styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = doc.styles[dasar]
    f = s.font
    f.name = "Arial"
    if ukuran:
        f.size = Pt(ukuran)
    if tebal is not None:
        f.bold = tebal
    if warna is not None:
        f.color.rgb = warna
    pf = s.paragraph_format
    if rata is not None:
        pf.alignment = rata
    if sebelum is not None:
        pf.space_before = Pt(sebelum)
    if sesudah is not None:
        pf.space_after = Pt(sesudah)
    return s


def buat() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2), Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.3
    hitam = RGBColor(0, 0, 0)
    gaya(doc, "Heading 1", "Normal", ukuran=14, tebal=True, rata=WD_ALIGN_PARAGRAPH.CENTER, warna=hitam, sesudah=12)
    gaya(doc, "Heading 2", "Normal", ukuran=12, tebal=True, warna=hitam, sebelum=12, sesudah=6)
    gaya(doc, "Heading 3", "Normal", ukuran=11, tebal=True, warna=hitam, sebelum=10, sesudah=4)
    gaya(doc, "Judul Sampul", "Normal", ukuran=24, tebal=True, rata=WD_ALIGN_PARAGRAPH.CENTER)
    gaya(doc, "Sub Sampul", "Normal", ukuran=16, tebal=True, rata=WD_ALIGN_PARAGRAPH.CENTER)
    gaya(doc, "Judul Daftar", "Normal", ukuran=14, tebal=True, rata=WD_ALIGN_PARAGRAPH.CENTER, sesudah=12)
    gaya(doc, "Judul Tabel", "Normal", ukuran=9.5, tebal=True, rata=WD_ALIGN_PARAGRAPH.CENTER, sebelum=8, sesudah=4)
    gaya(doc, "Judul Gambar", "Normal", ukuran=9.5, tebal=True, rata=WD_ALIGN_PARAGRAPH.CENTER, sebelum=4, sesudah=8)
    gaya(doc, "Isi Tabel", "Normal", ukuran=8.5, sesudah=0)
    gaya(doc, "Catatan Tabel", "Normal", ukuran=8, sesudah=6)
    gaya(doc, "Kesenjangan", "Normal", warna=RGBColor(0x5B, 0x33, 0x00))
    gaya(doc, "Tanda Tangan", "Normal", sesudah=0).paragraph_format.left_indent = Cm(9)
    for nama in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[nama].paragraph_format.keep_with_next = True

    doc.add_paragraph().paragraph_format.space_before = Cm(6)
    doc.add_paragraph("{{ judul }}", style="Judul Sampul")
    doc.add_paragraph("{{ satker }}", style="Sub Sampul")
    doc.add_paragraph("TAHUN {{ tahun }}", style="Sub Sampul")
    doc.add_paragraph("{{ catatan_contoh }}", style="Catatan Tabel").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("{{p depan }}")
    p = doc.add_paragraph("Daftar Isi", style="Judul Daftar")
    p.paragraph_format.page_break_before = True
    field(doc.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', "Daftar isi disusun Word saat dokumen dibuka "
                                                              "(atau klik kanan > Perbarui Field).")
    p = doc.add_paragraph("Daftar Tabel", style="Judul Daftar")
    p.paragraph_format.page_break_before = True
    field(doc.add_paragraph(), 'TOC \\h \\z \\t "Judul Tabel,1"', "Daftar tabel disusun Word saat dokumen dibuka.")
    p = doc.add_paragraph("Daftar Gambar", style="Judul Daftar")
    p.paragraph_format.space_before = Pt(24)
    field(doc.add_paragraph(), 'TOC \\h \\z \\t "Judul Gambar,1"', "Daftar gambar disusun Word saat dokumen dibuka.")
    doc.add_paragraph("{{p isi }}")

    kaki = sec.footer.paragraphs[0]
    kaki.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(kaki, "PAGE", "1")
    # Word updates the TOC fields when the document is opened
    pengaturan = doc.settings.element
    uf = OxmlElement("w:updateFields")
    uf.set(qn("w:val"), "true")
    pengaturan.append(uf)
    doc.core_properties.author = "kinerja"
    doc.core_properties.title = "Laporan Kinerja"
    doc.save(TUJUAN)


if __name__ == "__main__":
    buat()
    print(TUJUAN)
