"""The demo's Laporan Kinerja 2024: the office's own words from the seed (data_laporan.py,
data_laporan_sasaran.py,
each block with its seed lines and every correction listed there and in DATA.md), loaded
through the report actions in January 2025, when the report was written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import random

from kinerja.core import jam
from kinerja.core.actions import tandai_sumber
from kinerja.laporan import actions as lap
from kinerja.lib.capaian import Polaritas
from kinerja.lib.periode import TAHUN, TRIWULAN, periode_wajib
from kinerja.pengukuran import actions as ukur
from kinerja.perencanaan import actions as rencana
from kinerja.perencanaan.models import TargetIndikator, TargetPK
from kinerja.laporan.models import Hambatan, Laporan, Standar
from kinerja.pengukuran.layanan import matriks
from kinerja.perencanaan.models import SasaranKegiatan

from . import data_laporan, data_laporan_contoh, data_laporan_sasaran

WIB = dt.timezone(dt.timedelta(hours=7))
# The seed is dated "Januari 2025" without a day; the demo's day is an example.
TANGGAL_LAPORAN = dt.date(2025, 1, 31)


CONTOH = "contoh: disusun dari angka capaian karena sumber tidak membahas sasaran ini"
# Example standards (the seed names none), one per sasaran, so the report's comparison with a
# standard shows everywhere; all flagged contoh.
STANDAR_NASIONAL = "contoh: target indikator yang sama pada PK KPU RI tahun ini (tidak tercantum di seed)"
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


CONTOH_LALU = ("contoh: PK dan realisasi tahun sebelumnya dibangkitkan untuk demo (seed tidak memuat "
               "capaian tahun sebelumnya); target dari target Renstra tahun itu")


def muat_tahun_lalu(satker, orang, tahun: int) -> None:
    """An example PK and realisasi of ``tahun`` (the year before the demo's), all flagged contoh,
    so that the report's comparison with earlier years has something to compare: the PK of
    the demo year's indicators with the Renstra's targets of that year, approved, and each
    quarter's realisasi near the target, submitted and approved; entered as past records at
    the start of the demo's timeline."""
    from kinerja.pengukuran.layanan import matriks as _matriks

    op, pimpinan = orang["operator"], orang["pimpinan"]
    baris_kini = _matriks(satker, tahun + 1).baris
    detik = 0

    def pada(*_):
        # entered as past records on 9 January of the next year, the day before the demo's own PK
        nonlocal detik
        detik += 5
        return jam.pada(dt.datetime(tahun + 1, 1, 9, 8, 0, tzinfo=WIB) + dt.timedelta(seconds=detik))

    with pada():
        pk = rencana.buat_pk(satker, tahun, pelaku=op, isi_dari_iku=False)
    versi = pk.versi.get()
    with pada():
        rencana.simpan_kepala_pk(versi, pelaku=op, tanggal=dt.date(tahun, 1, 16), **data_pk_penandatangan())
    with pada():
        versi = tandai_sumber(versi, pelaku=op, satker=satker, induk=pk, sumber=CONTOH_LALU)
    for urutan, b in enumerate(baris_kini, 1):
        ind = b.indikator
        t = TargetIndikator.objects.get(indikator=ind, tahun=tahun).target
        with pada():
            baris = rencana.simpan_baris(versi, ind, {TAHUN: t, **{p: t for p in periode_wajib(ind.frekuensi)}},
                                         pelaku=op, urutan=urutan)
        for tp in TargetPK.objects.filter(baris=baris):
            with pada():
                tandai_sumber(tp, pelaku=op, satker=satker, induk=versi, contoh=True, sumber=CONTOH_LALU)
    with pada(1, 18):
        rencana.ajukan_pk(versi, pelaku=op)
    with pada(1, 19):
        rencana.setujui_pk(versi, pelaku=pimpinan)
    for n, periode in enumerate(TRIWULAN):
        bulan = 3 * n + 4 if n < 3 else 12
        for b in baris_kini:
            ind = b.indikator
            if periode not in periode_wajib(ind.frekuensi):
                continue
            rng = random.Random(f"kinerja-demo-{satker.kode}-{tahun}-{ind.kode}-{periode}")
            if ind.polaritas == Polaritas.KUALITATIF:
                isi = {"predikat": rng.choice(["B", "B", "BB"])}
            elif ind.rasio:
                penyebut = Decimal(rng.randint(3, 24))
                isi = {"pembilang": penyebut - rng.choice([0, 1, 1, 2]), "penyebut": penyebut}
            else:
                isi = {"nilai": Decimal(rng.choice(["85", "90", "92.5", "95", "97.5", "100"]))}
            with pada(bulan, 5):
                r = ukur.simpan_realisasi(ind, tahun, periode, pelaku=op, yakin=True,
                                          analisis="Analisis contoh untuk demo.", **isi)
            with pada(bulan, 5):
                tandai_sumber(r, pelaku=op, satker=satker, induk=ind, sumber=CONTOH_LALU, contoh=True)
        with pada(bulan, 8):
            ukur.ubah_status_triwulan(satker, tahun, periode, "diajukan", pelaku=op)
        with pada(bulan, 9):
            ukur.ubah_status_triwulan(satker, tahun, periode, "disetujui", pelaku=pimpinan)


def data_pk_penandatangan():
    from .data import PK_PENANDATANGAN

    return PK_PENANDATANGAN


def muat(satker, renstra, orang, tahun: int) -> None:
    op = orang["operator"]
    sasaran = {s.nomor: s for s in SasaranKegiatan.objects.filter(renstra=renstra)}
    muat_tahun_lalu(satker, orang, tahun - 1)
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
    for nomor, blok in data_laporan_sasaran.NARASI_SASARAN.items():
        for bagian, (teks, sumber) in blok.items():
            with pada():
                lap.simpan_narasi(satker, tahun, f"sasaran.{sasaran[nomor].pk}.{bagian}", teks, pelaku=op,
                                  sumber=sumber)
    # A sasaran the seed does not discuss gets an analysis written from its figures, marked contoh.
    for i, (s, daftar) in enumerate(matriks(satker, tahun).kelompok_sasaran(), 1):
        if "analisis" in data_laporan_sasaran.NARASI_SASARAN.get(s.nomor, {}):
            continue
        with pada():
            lap.simpan_narasi(satker, tahun, f"sasaran.{s.pk}.analisis", analisis_contoh(tahun, daftar), pelaku=op,
                              sumber=CONTOH, contoh=True)
    # causes and solutions the seed does not give: the demo's own example text, marked contoh
    for bagian, teks_contoh, dasar in (("penyebab", data_laporan_contoh.PENYEBAB, data_laporan_contoh.CONTOH_PENYEBAB),
                                       ("solusi", data_laporan_contoh.SOLUSI, data_laporan_contoh.CONTOH_SOLUSI)):
        for nomor, teks in teks_contoh.items():
            assert bagian not in data_laporan_sasaran.NARASI_SASARAN.get(nomor, {}), (nomor, bagian)
            with pada():
                lap.simpan_narasi(satker, tahun, f"sasaran.{sasaran[nomor].pk}.{bagian}", teks, pelaku=op,
                                  sumber=dasar, contoh=True)
    standar = {kode: (tingkat, nilai, dasar) for kode, tingkat, nilai, dasar in STANDAR_CONTOH}
    for _s, daftar in matriks(satker, tahun).kelompok_sasaran():
        # one example standard per sasaran: the listed one, else its first indicator's target in
        # the national PK for the same indicator (the seed names no standard)
        b = next((b for b in daftar if b.indikator.kode in standar), None) or next(
            (b for b in daftar if b.indikator.persen and b.tahun.target.nilai is not None), None)
        if b is None:
            continue
        tingkat, nilai, dasar = standar.get(b.indikator.kode, ("nasional", b.tahun.target.nilai, STANDAR_NASIONAL))
        with pada():
            lap.simpan_standar(Standar(indikator=b.indikator, tahun=tahun, tingkat=tingkat, nilai=nilai,
                                       sumber=dasar, contoh=True), pelaku=op)
    for i, (nomor, hambatan, kendala, tindak_lanjut, _sumber) in enumerate(data_laporan_sasaran.HAMBATAN, 1):
        with pada():
            lap.simpan_hambatan(Hambatan(satker=satker, tahun=tahun, sasaran=sasaran.get(nomor) if nomor else None,
                                         hambatan=hambatan, kendala=kendala, tindak_lanjut=tindak_lanjut, urutan=i,
                                         sumber=_sumber[:300]), pelaku=op)
    for i, (nomor, hambatan, kendala, tindak_lanjut) in enumerate(data_laporan_contoh.HAMBATAN,
                                                                   len(data_laporan_sasaran.HAMBATAN) + 1):
        with pada():
            lap.simpan_hambatan(Hambatan(satker=satker, tahun=tahun, sasaran=sasaran[nomor], hambatan=hambatan,
                                         kendala=kendala, tindak_lanjut=tindak_lanjut, urutan=i,
                                         sumber=data_laporan_contoh.CONTOH_HAMBATAN, contoh=True), pelaku=op)
