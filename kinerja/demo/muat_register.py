"""The demo's registers for 2024: the seed keeps no register, so every record here is an
example (``contoh``), generated deterministically so that the register measures give exactly
the demo's (also example) realisasi of the indicators they are bound to: for each quarter,
as many records as that quarter's denominator, of which as many are on time as its
numerator. Indicator 7.1 (disputes won) is bound too: the demo has no dispute, as its
realisasi (0 of 0) says. Each record is entered on the day it was completed."""

from __future__ import annotations

import datetime as dt
import random

from kinerja.core import jam
from kinerja.lib.periode import TRIWULAN
from kinerja.organisasi.kalender import kalender
from kinerja.pengukuran.models import Realisasi
from kinerja.perencanaan.models import Indikator
from kinerja.register import actions as reg
from kinerja.register.deklarasi import REGISTER
from kinerja.lib.angka import BULAN
from kinerja.register.models import (LayananKepegawaian, Pemutakhiran, PermohonanInformasi, ProdukHukum,
                                     Publikasi)

CONTOH = ("contoh: catatan register dibangkitkan untuk demo; jumlahnya mengikuti realisasi contoh indikator "
          "yang diikat ke register ini")

# indicator code -> (measure, register)
IKATAN = {"5.1": ("harmonisasi_tepat_waktu", "produk-hukum"), "7.1": ("sengketa_dimenangkan", "sengketa"),
          "8.1": ("ppid_tepat_waktu", "ppid"), "8.2": ("publikasi_satu_hari", "publikasi"),
          "11.1": ("layanan_kepegawaian_tepat_waktu", "kepegawaian"),
          "13.1": ("pemutakhiran_tepat_waktu", "pemutakhiran")}

INFORMASI = ["Salinan Daftar Pemilih Tetap tingkat kelurahan", "Data TPS per kecamatan", "Salinan SK penetapan DCT",
             "Hasil rekapitulasi suara tingkat kota", "Data perolehan kursi DPRD", "Jadwal tahapan Pemilihan 2024",
             "Salinan keputusan pembentukan PPK", "Laporan dana kampanye peserta"]
KEGIATAN = ["Rapat pleno terbuka", "Sosialisasi pemilih pemula", "Bimbingan teknis KPPS", "Rapat koordinasi tahapan",
            "Pelantikan PPS", "Debat publik pasangan calon", "Distribusi logistik", "Uji publik rancangan dapil"]
KANAL = ["laman", "media_sosial", "media_sosial", "media_massa"]
PRODUK = ["Penetapan jadwal rapat pleno", "Pembentukan kelompok kerja", "Penetapan jumlah pemilih",
          "Penetapan lokasi TPS", "Penetapan pasangan calon", "Penetapan hasil rekapitulasi", "Pengangkatan PAW PPS"]
LAYANAN = ["cuti", "berkala", "pangkat", "cuti", "lainnya", "mutasi"]
# the five kecamatan of Kota Probolinggo (public, ../shared/data/REFERENCE.md)
KECAMATAN = ["Kademangan", "Kanigaran", "Kedopok", "Mayangan", "Wonoasih"]
WIB = dt.timezone(dt.timedelta(hours=7))


def _pada(tanggal: dt.date, menit: int):
    return jam.pada(dt.datetime(tanggal.year, tanggal.month, tanggal.day, 15, 0, tzinfo=WIB)
                    + dt.timedelta(seconds=menit))


def muat(satker, orang, tahun: int) -> None:
    op = orang["operator"]
    k = kalender(satker, tahun, tahun + 1)
    rng = random.Random(f"kinerja-demo-register-{satker.kode}-{tahun}")
    hitung = 0
    for kode, (ukuran, kunci) in IKATAN.items():
        ind = Indikator.objects.get(kode=kode, sasaran__renstra__satker=satker, sasaran__renstra__tahun_awal__lte=tahun,
                                    sasaran__renstra__tahun_akhir__gte=tahun)
        with _pada(dt.date(tahun, 1, 8), hitung):
            reg.ikat_ukuran(ind, ukuran, pelaku=op)
        real = {r.periode: r for r in Realisasi.objects.filter(indikator=ind, tahun=tahun)}
        for q, periode in enumerate(TRIWULAN):
            r = real.get(periode)
            if r is None or r.penyebut is None:
                continue
            tepat = [True] * int(r.pembilang) + [False] * int(r.penyebut - r.pembilang)
            rng.shuffle(tepat)
            for i, ok in enumerate(tepat):
                # a working day in the quarter's first two months: its deadline falls inside the quarter
                mulai = dt.date(tahun, 3 * q + 1, 1) + dt.timedelta(days=rng.randrange(0, 55))
                while not k.hari_kerja(mulai):
                    mulai += dt.timedelta(days=1)
                obj, selesai = _catatan(kunci, satker, mulai, ok, k, rng, nomor=hitung + 1)
                hitung += 1
                obj.sumber, obj.contoh = CONTOH, True
                with _pada(selesai, hitung):
                    reg.simpan_catatan(REGISTER[kunci], obj, tahun, pelaku=op)


def _catatan(kunci, satker, mulai: dt.date, tepat: bool, k, rng, *, nomor: int):
    """One record starting on ``mulai``, done by its deadline or two working days after it."""
    if kunci == "ppid":
        batas = k.tenggat(mulai, 10)
        selesai = k.tenggat(mulai, rng.randrange(1, 11)) if tepat else k.tenggat(batas, 2)
        return PermohonanInformasi(satker=satker, nomor=f"{nomor:03d}/PPID/{mulai.month:02d}/{mulai.year}",
                                   diterima=mulai, informasi=rng.choice(INFORMASI), dijawab=selesai,
                                   hasil=rng.choice(["dipenuhi", "dipenuhi", "sebagian"])), selesai
    if kunci == "publikasi":
        selesai = k.tenggat(mulai, rng.randrange(0, 2)) if tepat else k.tenggat(mulai, 3)
        return Publikasi(satker=satker, kegiatan=rng.choice(KEGIATAN), tanggal_kegiatan=mulai,
                         tanggal_terbit=selesai, kanal=rng.choice(KANAL)), selesai
    if kunci == "produk-hukum":
        batas = k.tenggat(mulai, 5)
        selesai = k.tenggat(mulai, rng.randrange(1, 6)) if tepat else k.tenggat(batas, 2)
        return ProdukHukum(satker=satker, nomor=f"{nomor} Tahun {mulai.year}",
                           judul=f"Keputusan KPU Kota Probolinggo tentang {rng.choice(PRODUK)}",
                           tanggal_rancangan=mulai, tenggat_harmonisasi=batas, tanggal_harmonisasi=selesai,
                           tanggal_penetapan=k.tenggat(selesai, 1)), selesai
    if kunci == "pemutakhiran":
        # due on ``mulai``: delivered on a working day up to a week before it, or two working days late
        selesai = mulai - dt.timedelta(days=rng.randrange(0, 7)) if tepat else k.tenggat(mulai, 2)
        while tepat and not k.hari_kerja(selesai):
            selesai -= dt.timedelta(days=1)
        if selesai.year < mulai.year:  # the demo's timeline starts in the year: delivered on the due day
            selesai = mulai
        bulan = (mulai.month - 2) % 12
        return Pemutakhiran(satker=satker, wilayah=f"Kecamatan {rng.choice(KECAMATAN)}",
                            periode=f"{BULAN[bulan]} {mulai.year - (mulai.month == 1)}", tenggat=mulai,
                            diserahkan=selesai, pemilih_baru=rng.randrange(0, 40),
                            tidak_memenuhi_syarat=rng.randrange(0, 30), perbaikan=rng.randrange(0, 15)), selesai
    standar = 5
    batas = k.tenggat(mulai, standar)
    selesai = k.tenggat(mulai, rng.randrange(1, standar + 1)) if tepat else k.tenggat(batas, 2)
    jenis = rng.choice(LAYANAN)
    return LayananKepegawaian(satker=satker, permohonan=f"Permohonan {dict(LayananKepegawaian.Jenis.choices)[jenis].lower()}",
                              jenis=jenis, diterima=mulai, standar_hari=standar, selesai=selesai), selesai
