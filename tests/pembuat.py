"""Builders of small satker for scoping tests; they go through the same actions the UI uses."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model

from kinerja.demo.data import KATA_SANDI_DEMO
from kinerja.lib.capaian import Target
from kinerja.organisasi.models import Peran, Satker, Subbagian
from kinerja.pengukuran import actions as ukur
from kinerja.perencanaan import actions as rencana
from kinerja.perencanaan.models import Indikator, Renstra, SasaranKegiatan, TargetIndikator


def buat_satker_kecil(kode, nama, *, induk, awalan, provinsi=None):
    """A kab/kota with one Renstra, two indicators, an approved PK 2024 and TW1 realisasi."""
    if provinsi:
        prov = Satker.objects.create(kode=provinsi[0], nama=provinsi[1], tingkat="provinsi",
                                     induk=Satker.objects.get(kode="990"), contoh=True)
    else:
        prov = Satker.objects.get(kode=induk)
    satker = Satker.objects.create(kode=kode, nama=nama, tingkat="kabkota", induk=prov, contoh=True)
    Subbagian.objects.create(satker=satker, nama="Perencanaan, Data dan Informasi")
    User = get_user_model()
    orang = {}
    for peran in ("admin", "operator", "pimpinan", "reviewer", "pembaca"):
        u = User.objects.create_user(f"{awalan}_{peran}", password=KATA_SANDI_DEMO)
        Peran.objects.create(pengguna=u, satker=satker, peran=peran)
        orang[peran] = u
    op = orang["operator"]
    r = rencana.simpan_renstra(Renstra(satker=satker, tahun_awal=2020, tahun_akhir=2024, visi="Visi lain"),
                               pelaku=op)
    s = rencana.simpan_bagian(SasaranKegiatan(renstra=r, nomor=1, uraian="Sasaran lain"), pelaku=op,
                              renstra=r)
    i1 = rencana.simpan_bagian(Indikator(sasaran=s, kode="L1", nama="Persentase layanan lain", iku=True,
                                         satuan="persen"), pelaku=op, renstra=r)
    i2 = rencana.simpan_bagian(Indikator(sasaran=s, kode="L2", nama="Jumlah kegiatan lain", iku=True,
                                         satuan="jumlah", agregasi="kumulatif"), pelaku=op, renstra=r)
    for ind, nilai in ((i1, 100), (i2, 12)):
        TargetIndikator.objects.create(indikator=ind, tahun=2024, nilai=Decimal(nilai))
    pk = rencana.buat_pk(satker, 2024, pelaku=op)
    versi = pk.versi.get()
    rencana.simpan_kepala_pk(versi, pelaku=op, tanggal=datetime.date(2024, 1, 5), pihak_pertama_nama="A",
                             pihak_pertama_jabatan="", pihak_kedua_nama="B", pihak_kedua_jabatan="")
    for b in versi.baris.all():
        t = Target(Decimal(100)) if b.indikator.kode == "L1" else Target(Decimal(12))
        rencana.simpan_baris(versi, b.indikator, {"tahun": t, "TW1": t}, pelaku=op, baris=b, urutan=b.urutan)
    rencana.ajukan_pk(versi, pelaku=op)
    rencana.setujui_pk(versi, pelaku=orang["pimpinan"])
    ukur.simpan_realisasi(i1, 2024, "TW1", pelaku=op, nilai=Decimal("90"), analisis="rahasia lain")
    buat_dipa(satker, operator=op, pimpinan=orang["pimpinan"], sasaran=s)
    return satker


def buat_dipa(satker, *, operator, pimpinan, sasaran, kegiatan="2886"):
    """DIPA 2024 of a small satker: programme 076.01.WA with one kegiatan of Rp1.000.000
    (output 10 dokumen, 8 realised) funding ``sasaran``; RPD Rp100.000 a month; realisasi
    January Rp300.000 (approved, locked) and February Rp200.000 (open)."""
    from kinerja.anggaran import actions as ang
    from kinerja.anggaran.models import BarisDipa, Dipa

    dipa = ang.simpan_dipa(Dipa(satker=satker, tahun=2024, target_tw1=Decimal(15), target_tw2=Decimal(40),
                                target_tw3=Decimal(60), target_tw4=Decimal(90)), pelaku=operator)
    program = ang.simpan_baris(BarisDipa(dipa=dipa, tingkat="program", kode="076.01.WA",
                                         uraian="Program Dukungan Manajemen", urutan=1), pelaku=operator)
    baris = ang.simpan_baris(BarisDipa(dipa=dipa, induk=program, tingkat="kegiatan", kode=kegiatan,
                                       uraian="Dukungan manajemen uji", urutan=2, pagu=1_000_000,
                                       satuan_volume="dokumen", volume_target=Decimal(10),
                                       volume_realisasi=Decimal(8)),
                             pelaku=operator, sasaran=[sasaran.pk])
    ang.simpan_bulanan(baris, pelaku=operator, rpd={b: 100_000 for b in range(1, 11)},
                       realisasi={1: 300_000, 2: 200_000})
    ang.ubah_status_bulan(satker, 2024, 1, "diajukan", pelaku=operator)
    ang.ubah_status_bulan(satker, 2024, 1, "disetujui", pelaku=pimpinan)
    return dipa
