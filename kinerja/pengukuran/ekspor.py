"""The capaian matrix as an XLSX workbook: the dashboard's figures, as numbers Excel can use.

Written with the one XLSX writer (kinerja.core.xlsx): every text is text, never a formula.
"""

from __future__ import annotations

from decimal import Decimal

from kinerja.core.xlsx import EXAMPLE_FILL, FORMAT_DECIMAL, FORMAT_PERCENT, XlsxBook
from kinerja.lib.angka import bulatkan, hingga
from kinerja.lib.periode import LABEL_PERIODE

from .layanan import PERIODE_SEMUA, Matriks


def _nilai(x):
    if isinstance(x, Decimal):
        return bulatkan(x, 4) if hingga(x) else "tidak valid"
    return x


def buku_capaian(m: Matriks) -> bytes:
    buku = XlsxBook(f"Capaian {m.tahun}")
    buku.title(f"Capaian Kinerja {m.satker.nama} Tahun {m.tahun}")
    if m.versi:
        buku.cell(2, 1, f"Dasar: {m.versi} — {m.versi.get_status_display()}")
    if m.ada_contoh:
        buku.cell(3, 1, "Sel berlatar kuning = data contoh (dibangkitkan untuk demo, bukan data resmi). "
                       "Capaian dihitung oleh kinerja dari target dan realisasi.")
    kepala = ["No", "Kode", "Sasaran kegiatan", "Indikator", "Satuan", "IKU"]
    for p in PERIODE_SEMUA:
        label = LABEL_PERIODE[p]
        kepala += [f"Target {label}", f"Realisasi {label}", f"Capaian {label} (%)"]
    kepala += ["Kategori", "Catatan"]
    baris_kepala = buku.row(kepala, at=5, header=True)
    for no, b in enumerate(m.baris, 1):
        ind = b.indikator
        isi = [no, ind.kode, ind.sasaran.uraian, ind.nama, ind.get_satuan_display(), "IKU" if ind.iku else ""]
        format_ = [None] * len(isi)
        catatan, contoh_kolom = [], []
        for p in PERIODE_SEMUA:
            s = b.sel[p]
            t = s.target
            target = (s.target_teks if (t.predikat or t.atas is not None or s.galat) else _nilai(t.nilai))
            capaian = s.capaian_nilai
            if isinstance(capaian, Decimal):
                capaian = bulatkan(capaian, 2)
            awal = len(isi) + 1
            isi += [target, _nilai(s.realisasi.nilai), capaian]
            format_ += [FORMAT_DECIMAL, FORMAT_DECIMAL, FORMAT_PERCENT]
            if s.wajib and not s.hasil.dapat_dihitung:
                catatan.append(f"{LABEL_PERIODE[p]}: {s.alasan}")
            if s.target_contoh:
                contoh_kolom.append(awal)
            if s.contoh:
                contoh_kolom.append(awal + 1)
        isi += [b.tahun.kategori.label, " ".join(catatan)]
        format_ += [None, None]
        buku.row(isi, number_format=format_, fill_columns=contoh_kolom, fill=EXAMPLE_FILL)
    buku.widths([5, 7, 40, 50, 9, 6] + [11] * (3 * len(PERIODE_SEMUA)) + [16, 50])
    buku.freeze(baris_kepala + 1, 5)
    return buku.save()
