"""The capaian matrix as an XLSX workbook: the dashboard's figures, as numbers Excel can use."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from kinerja.lib.angka import bulatkan
from kinerja.lib.periode import LABEL_PERIODE

from .layanan import PERIODE_SEMUA, Matriks

JUDUL = Font(bold=True, size=13)
TEBAL = Font(bold=True)
KEPALA = PatternFill("solid", start_color="FFE8F0F8")
CONTOH = PatternFill("solid", start_color="FFFFF3D6")


def _nilai(sel_nilai):
    if isinstance(sel_nilai, Decimal):
        return bulatkan(sel_nilai, 4)
    return sel_nilai


def buku_capaian(m: Matriks) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = f"Capaian {m.tahun}"
    ws["A1"] = f"Capaian Kinerja {m.satker.nama} Tahun {m.tahun}"
    ws["A1"].font = JUDUL
    if m.versi:
        ws["A2"] = f"Dasar: {m.versi} — {m.versi.get_status_display()}"
    ws["A3"] = ("Sel berlatar kuning = data contoh (dibangkitkan untuk demo, bukan data resmi). "
                "Capaian dihitung oleh kinerja dari target dan realisasi.") if m.ada_contoh else ""
    kepala = ["No", "Kode", "Sasaran kegiatan", "Indikator", "Satuan", "IKU"]
    for p in PERIODE_SEMUA:
        label = LABEL_PERIODE[p]
        kepala += [f"Target {label}", f"Realisasi {label}", f"Capaian {label} (%)"]
    kepala += ["Kategori", "Catatan"]
    ws.append([])
    ws.append(kepala)
    baris_kepala = ws.max_row
    for sel in ws[baris_kepala]:
        sel.font, sel.fill = TEBAL, KEPALA
        sel.alignment = Alignment(wrap_text=True, vertical="top")
    for no, b in enumerate(m.baris, 1):
        ind = b.indikator
        isi = [no, ind.kode, ind.sasaran.uraian, ind.nama, ind.get_satuan_display(), "IKU" if ind.iku else ""]
        catatan, contoh_kolom = [], []
        for p in PERIODE_SEMUA:
            s = b.sel[p]
            t = s.target
            target = (f"minimal {t.predikat}" if t.predikat else
                      s.target_teks if t.atas is not None else t.nilai)
            capaian = s.capaian_nilai
            if isinstance(capaian, Decimal):
                capaian = bulatkan(capaian, 2)
            awal = len(isi) + 1
            isi += [target, _nilai(s.realisasi.nilai), capaian]
            if s.wajib and not s.hasil.dapat_dihitung:
                catatan.append(f"{LABEL_PERIODE[p]}: {s.alasan}")
            if s.target_contoh:
                contoh_kolom.append(awal)
            if s.contoh:
                contoh_kolom.append(awal + 1)
        isi += [b.tahun.kategori.label, " ".join(catatan)]
        ws.append(isi)
        r = ws.max_row
        for k in contoh_kolom:
            ws.cell(r, k).fill = CONTOH
        for k in range(7, 7 + 3 * len(PERIODE_SEMUA)):
            ws.cell(r, k).number_format = "0.00" if (k - 7) % 3 == 2 else "#,##0.####"
    lebar = [5, 7, 40, 50, 9, 6] + [11] * (3 * len(PERIODE_SEMUA)) + [16, 50]
    for i, w in enumerate(lebar, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(baris_kepala + 1, 5)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
