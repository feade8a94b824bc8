"""The narrative blocks of the Laporan Kinerja: their keys, titles and what each asks for.

The office writes these in its own words; everything else in the report is built from data.
BAB I texts are kept for every year (``tahun`` 0) and reused; the others belong to one year.
A sasaran's blocks are keyed ``sasaran.<id>.<bagian>``.
"""

from __future__ import annotations

# (key, title, what to write)
SATKER = [
    ("latar_belakang", "Latar belakang", "Dasar hukum SAKIP dan mengapa laporan ini disusun."),
    ("maksud_tujuan", "Maksud dan tujuan", "Maksud dan tujuan penyusunan Laporan Kinerja."),
    ("kedudukan", "Kedudukan, tugas dan fungsi", "Dasar pembentukan, kedudukan, tugas dan fungsi satker."),
    ("aspek_strategis", "Aspek strategis", "Peran strategis satker dalam penyelenggaraan pemilu dan pemilihan."),
    ("permasalahan", "Permasalahan utama (strategic issues)", "Permasalahan utama yang dihadapi satker."),
]
TAHUNAN = [
    ("pengantar", "Kata pengantar (paragraf tambahan)", "Paragraf tambahan kata pengantar (boleh kosong)."),
    ("ringkasan", "Ringkasan eksekutif (paragraf tambahan)", "Hal penting tahun ini di luar angka."),
    ("anggaran", "Catatan realisasi anggaran", "Penjelasan atas penyerapan anggaran: revisi, efisiensi, sisa."),
    ("kesimpulan", "Kesimpulan", "Kesimpulan dengan kata-kata satker, di samping kesimpulan dari data."),
    ("rekomendasi", "Rekomendasi dan langkah ke depan", "Langkah perbaikan untuk tahun berikutnya."),
]
SASARAN = [
    ("analisis", "Analisis capaian", "Uraian capaian setiap indikator sasaran ini."),
    ("penyebab", "Penyebab keberhasilan atau kegagalan", "Apa yang membuat target tercapai atau tidak."),
    ("solusi", "Solusi dan alternatif yang dilakukan", "Langkah yang diambil atas kendala."),
]
_LABEL = {k: j for k, j, _ in SATKER + TAHUNAN}
_LABEL_SASARAN = {k: j for k, j, _ in SASARAN}
KUNCI_SATKER = {k for k, _, _ in SATKER}
KUNCI_TAHUNAN = {k for k, _, _ in TAHUNAN}


def kunci_sasaran(sasaran_id: int, bagian: str) -> str:
    return f"sasaran.{sasaran_id}.{bagian}"


def kunci_sah(kunci: str) -> bool:
    if kunci in _LABEL:
        return True
    bagian = kunci.split(".")
    return len(bagian) == 3 and bagian[0] == "sasaran" and bagian[1].isascii() and bagian[1].isdigit() \
        and bagian[2] in _LABEL_SASARAN


def label(kunci: str) -> str:
    if kunci in _LABEL:
        return _LABEL[kunci]
    bagian = kunci.split(".")
    if len(bagian) == 3 and bagian[2] in _LABEL_SASARAN:
        return f"{_LABEL_SASARAN[bagian[2]]} (sasaran)"
    return kunci
