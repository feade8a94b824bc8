"""The demo's Laporan Kinerja 2024: the office's own words from the seed (data_laporan.py,
each block with its seed lines and every correction listed there and in DATA.md), loaded
through the report actions in January 2025, when the report was written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kinerja.core import jam
from kinerja.laporan import actions as lap
from kinerja.laporan.models import Hambatan, Laporan, Standar
from kinerja.pengukuran.layanan import matriks
from kinerja.perencanaan.models import SasaranKegiatan

from . import data_laporan

WIB = dt.timezone(dt.timedelta(hours=7))
# The seed is dated "Januari 2025" without a day; the demo's day is an example.
TANGGAL_LAPORAN = dt.date(2025, 1, 31)


CONTOH = "contoh: disusun dari angka capaian karena sumber tidak membahas sasaran ini"
# Example standards (the seed names none): the comparison the report makes, on two indicators.
STANDAR_CONTOH = [
    ("1.1", "nasional", Decimal(100), "contoh: jadwal tahapan dalam PKPU tentang tahapan Pemilu 2024 (semua tepat waktu)"),
    ("9.2", "provinsi", Decimal(90), "contoh: target provinsi untuk layanan administrasi kepegawaian"),
]


def analisis_contoh(tahun: int, daftar) -> str:
    """An analysis in words from the figures alone (for a sasaran the seed does not discuss)."""
    kalimat = []
    for b in daftar:
        s = b.tahun
        if s.hasil.dapat_dihitung:
            kalimat.append(f"Indikator “{b.indikator.nama}” terealisasi {s.realisasi_teks} dari target {s.target_teks}, "
                           f"capaian {s.capaian_teks} ({s.kategori.label.lower()}).")
        else:
            kalimat.append(f"Indikator “{b.indikator.nama}” belum dapat dihitung capaiannya: "
                           f"{(s.alasan or 'realisasi belum lengkap').rstrip('.')}.")
    return f"Pada tahun {tahun}, " + " ".join(k[0].lower() + k[1:] if i == 0 else k for i, k in enumerate(kalimat))


def muat(satker, renstra, orang, tahun: int) -> None:
    op = orang["operator"]
    sasaran = {s.nomor: s for s in SasaranKegiatan.objects.filter(renstra=renstra)}
    menit = 0

    def pada():
        nonlocal menit
        menit += 1
        return jam.pada(dt.datetime(2025, 1, 20, 9, 0, tzinfo=WIB) + dt.timedelta(minutes=menit))

    with pada():
        lap.simpan_laporan(Laporan(satker=satker, tahun=tahun, tanggal=TANGGAL_LAPORAN), pelaku=op)
    for kunci, (teks, sumber) in data_laporan.NARASI_SATKER.items():
        with pada():
            lap.simpan_narasi(satker, tahun, kunci, teks, pelaku=op, sumber=sumber)
    for kunci, (teks, sumber) in data_laporan.NARASI_TAHUNAN.items():
        with pada():
            lap.simpan_narasi(satker, tahun, kunci, teks, pelaku=op, sumber=sumber)
    for nomor, blok in data_laporan.NARASI_SASARAN.items():
        for bagian, (teks, sumber) in blok.items():
            with pada():
                lap.simpan_narasi(satker, tahun, f"sasaran.{sasaran[nomor].pk}.{bagian}", teks, pelaku=op,
                                  sumber=sumber)
    # A sasaran the seed does not discuss gets an analysis written from its figures, marked contoh.
    for i, (s, daftar) in enumerate(matriks(satker, tahun).kelompok_sasaran(), 1):
        if "analisis" in data_laporan.NARASI_SASARAN.get(s.nomor, {}):
            continue
        with pada():
            lap.simpan_narasi(satker, tahun, f"sasaran.{s.pk}.analisis", analisis_contoh(tahun, daftar), pelaku=op,
                              sumber=CONTOH, contoh=True)
    for kode, tingkat, nilai, dasar in STANDAR_CONTOH:
        b = next((b for b in matriks(satker, tahun).baris if b.indikator.kode == kode), None)
        if b is not None:
            with pada():
                lap.simpan_standar(Standar(indikator=b.indikator, tahun=tahun, tingkat=tingkat, nilai=nilai,
                                           sumber=dasar, contoh=True), pelaku=op)
    for i, (nomor, hambatan, kendala, tindak_lanjut, _sumber) in enumerate(data_laporan.HAMBATAN, 1):
        with pada():
            lap.simpan_hambatan(Hambatan(satker=satker, tahun=tahun, sasaran=sasaran.get(nomor) if nomor else None,
                                         hambatan=hambatan, kendala=kendala, tindak_lanjut=tindak_lanjut, urutan=i,
                                         sumber=_sumber[:300]), pelaku=op)
