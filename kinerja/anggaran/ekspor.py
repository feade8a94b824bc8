"""The budget as an XLSX workbook: lines, months, revisions and the funding of each sasaran,
written with the one XLSX writer (kinerja.core.xlsx). The "Baris DIPA" and "Realisasi
bulanan" sheets use the import's columns, so an exported workbook can be edited and
imported again."""

from __future__ import annotations

from kinerja.core.xlsx import FORMAT_INTEGER, FORMAT_PERCENT, XlsxBook
from kinerja.lib.angka import BULAN, bulatkan

from .layanan import Anggaran, pendanaan_sasaran, pergerakan_revisi


def _persen(p):
    return bulatkan(p.persen, 2) if p.persen is not None else p.catatan


def buku_anggaran(a: Anggaran, matriks=None) -> bytes:
    buku = XlsxBook(f"Anggaran {a.tahun}")
    buku.title(f"Anggaran dan Realisasi {a.satker.nama} Tahun {a.tahun}")
    buku.cell(2, 1, f"{a.dipa}. Penyerapan = realisasi / pagu terkini, dihitung oleh kinerja.")
    if a.ada_contoh:
        buku.cell(3, 1, "Sel berlatar kuning = angka contoh (dibangkitkan untuk demo, bukan data resmi).")
    buku.row(["Tingkat", "Kode", "Uraian", "Pagu awal", "Pagu", "Realisasi", "Sisa", "Penyerapan (%)"],
             at=5, header=True)
    fmt = [None, None, None, FORMAT_INTEGER, FORMAT_INTEGER, FORMAT_INTEGER, FORMAT_INTEGER, FORMAT_PERCENT]
    for s in a.semua():
        b = s.baris
        buku.row([b.get_tingkat_display(), b.kode_lengkap, b.uraian, s.pagu_awal, s.pagu,
                  s.realisasi, s.pagu - s.realisasi, _persen(s.penyerapan)],
                 number_format=fmt, fill_columns=[6] if s.contoh else [])
    buku.row(["Jumlah", "", "", a.pagu_awal, a.pagu, a.realisasi, a.pagu - a.realisasi, _persen(a.penyerapan)],
             number_format=fmt, header=True)
    buku.widths([12, 22, 60, 16, 16, 16, 16, 14])
    buku.freeze(6, 4)

    buku.new_sheet("Bulanan")
    buku.row(["Bulan", "RPD", "Realisasi", "RPD kumulatif", "Realisasi kumulatif", "Rencana (%)",
              "Penyerapan (%)", "Target (%)", "Deviasi RPD (%)"], at=1, header=True)
    for m in a.bulanan():
        buku.row([BULAN[m["bulan"] - 1], m["rpd"], m["realisasi"], m["rpd_kumulatif"], m["realisasi_kumulatif"],
                  _persen(m["rencana"]), _persen(m["penyerapan"]), m["target"],
                  bulatkan(m["deviasi"], 2) if m["deviasi"] is not None else "tanpa RPD"],
                 number_format=[None] + [FORMAT_INTEGER] * 4 + [FORMAT_PERCENT] * 4)
    buku.widths([12, 16, 16, 16, 18, 12, 14, 11, 14])

    buku.new_sheet("Realisasi bulanan")
    buku.row(["kode", "uraian", "pagu", *[f"realisasi {b.lower()}" for b in BULAN]], at=1, header=True)
    for s in a.semua():
        if s.rinci:
            buku.row([s.baris.kode_lengkap, s.baris.uraian, s.pagu,
                      *[s.realisasi_bulan.get(b, 0) for b in range(1, 13)]],
                     number_format=[None, None] + [FORMAT_INTEGER] * 13)

    buku.new_sheet("Revisi")
    buku.row(["Revisi ke-", "Tanggal", "Jenis", "Alasan", "Kode", "Pagu sebelum", "Pagu sesudah", "Selisih"],
             at=1, header=True)
    for p in pergerakan_revisi(a):
        r = p["revisi"]
        if not p["rincian"]:
            buku.row([r.nomor, r.tanggal, r.get_jenis_display(), r.alasan, "", None, None, 0])
        for x in p["rincian"]:
            buku.row([r.nomor, r.tanggal, r.get_jenis_display(), r.alasan, x.baris.kode_lengkap or "Tidak dirinci",
                      x.pagu_sebelum, x.pagu_sesudah, x.selisih],
                     number_format=[None, None, None, None, None] + [FORMAT_INTEGER] * 3)

    buku.new_sheet("Per sasaran")
    buku.row(["Sasaran kegiatan", "Kode", "Uraian", "Pagu", "Realisasi", "Penyerapan (%)", "Capaian sasaran (%)",
              "Efisiensi (selisih poin)", "Kategori efisiensi", "Nilai efisiensi PMK (%)"], at=1, header=True)
    for d in pendanaan_sasaran(a, matriks):
        for s in d.baris:
            buku.row([str(d.sasaran), s.baris.kode_lengkap, s.baris.uraian, s.pagu, s.realisasi, _persen(s.penyerapan)],
                     number_format=[None, None, None, FORMAT_INTEGER, FORMAT_INTEGER, FORMAT_PERCENT])
        lkj, pmk = d.efisiensi_lkj, d.efisiensi_pmk
        buku.row([str(d.sasaran), "", "Jumlah", d.pagu, d.realisasi, _persen(d.penyerapan),
                  bulatkan(d.capaian, 2) if d.capaian is not None else d.catatan_capaian,
                  bulatkan(lkj.nilai, 2) if lkj.nilai is not None else lkj.catatan,
                  lkj.kategori.label if lkj.kategori else "",
                  bulatkan(pmk.nilai, 2) if pmk.nilai is not None else pmk.catatan],
                 number_format=[None, None, None, FORMAT_INTEGER, FORMAT_INTEGER] + [FORMAT_PERCENT] * 5, header=True)
    return buku.save()
