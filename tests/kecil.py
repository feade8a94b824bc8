"""A small test satker, built through the same actions as the UI: not the demo.

KPU Kota Uji (990001) under KPU Provinsi Uji (990000), with one user per role (``uji_admin``,
``uji_operator``, ``uji_pimpinan``, ``uji_reviewer``, ``uji_pembaca``) and a provincial reader
(``uji_provinsi``). Renstra 2020–2024 with four indicators that cover the kinds the rules
distinguish:

    P1  persen, nilai, triwulanan, nilai terakhir, IKU      target 100   TW 90, 95, 100, 100
    R1  persen, rasio, triwulanan, kumulatif, IKU           target 90    TW 3/4, 4/4, 4/5, 5/5
    J1  jumlah, triwulanan, kumulatif, IKU                  target 12    TW 3, 3, 3, 3
    Q1  predikat, tahunan, IKU                              minimal B    TW IV BB

PK 2024 approved; TW I–III approved and locked; TW IV open with every realisasi filled.
DIPA 2024 (tests/pembuat.buat_dipa): one kegiatan of Rp1.000.000 funding sasaran 1, January
approved and locked, February open.
Tests that need other shapes build them from here with the actions.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model

from kinerja.demo.data import KATA_SANDI_DEMO
from kinerja.lib.capaian import Target
from kinerja.lib.periode import periode_wajib
from kinerja.organisasi.models import Peran, Satker, Subbagian
from kinerja.pengukuran import actions as ukur
from kinerja.perencanaan import actions as rencana
from kinerja.perencanaan.models import (
    ArahKebijakan, Indikator, Misi, Program, Renstra, SasaranKegiatan, SasaranStrategis, Tujuan,
)

KODE = "990001"
SANDI = KATA_SANDI_DEMO
PERAN = ("admin", "operator", "pimpinan", "reviewer", "pembaca")

INDIKATOR = [
    # kode, nama, satuan, rasio, agregasi, frekuensi, target tahun, target triwulan, realisasi TW1..TW4
    ("P1", "Persentase layanan tepat waktu", "persen", False, "terakhir", "triwulanan", "100", "100",
     ["90", "95", "100", "100"]),
    ("R1", "Persentase permohonan yang dijawab", "persen", True, "kumulatif", "triwulanan", "90", "90",
     [("3", "4"), ("4", "4"), ("4", "5"), ("5", "5")]),
    ("J1", "Jumlah sosialisasi", "jumlah", False, "kumulatif", "triwulanan", "12", "3",
     ["3", "3", "3", "3"]),
    ("Q1", "Predikat evaluasi mandiri", "predikat", False, "terakhir", "tahunan", "minimal B", "minimal B",
     [None, None, None, "BB"]),
]
# An indicator of the Renstra that is not an IKU, so not in the PK: for adding PK rows.
NON_IKU = ("N1", "Persentase arsip yang terdigitalisasi", "persen", "100")


def buat_satker_uji() -> Satker:
    User = get_user_model()
    ri = Satker.objects.create(kode="990", nama="KPU RI (uji)", tingkat="pusat", contoh=True)
    prov = Satker.objects.create(kode="990000", nama="KPU Provinsi Uji", tingkat="provinsi", induk=ri,
                                 contoh=True)
    satker = Satker.objects.create(kode=KODE, nama="KPU Kota Uji", tingkat="kabkota", induk=prov,
                                   kota="Kota Uji", contoh=True)
    sub = Subbagian.objects.create(satker=satker, nama="Perencanaan, Data dan Informasi",
                                   singkatan="Rendatin")
    Subbagian.objects.create(satker=satker, nama="Hukum dan SDM", singkatan="Hukum & SDM")
    orang = {}
    for peran in PERAN:
        u = User.objects.create_user(f"uji_{peran}", password=SANDI, first_name="Uji",
                                     last_name=peran.capitalize())
        Peran.objects.create(pengguna=u, satker=satker, peran=peran)
        orang[peran] = u
    u = User.objects.create_user("uji_provinsi", password=SANDI)
    Peran.objects.create(pengguna=u, satker=prov, peran="pembaca")
    op, pimpinan = orang["operator"], orang["pimpinan"]

    r = rencana.simpan_renstra(Renstra(satker=satker, tahun_awal=2020, tahun_akhir=2024, visi="Visi uji"),
                               pelaku=op)
    rencana.simpan_bagian(Misi(renstra=r, nomor=1, uraian="Misi uji"), pelaku=op, renstra=r)
    tujuan = rencana.simpan_bagian(Tujuan(renstra=r, nomor=1, uraian="Tujuan uji"), pelaku=op, renstra=r)
    rencana.simpan_bagian(SasaranStrategis(renstra=r, nomor=1, tujuan=tujuan, uraian="Sasaran strategis uji"),
                          pelaku=op, renstra=r)
    program = rencana.simpan_bagian(Program(renstra=r, kode="076.01.WA", nama="Program Dukungan Manajemen"),
                                    pelaku=op, renstra=r)
    rencana.simpan_bagian(ArahKebijakan(program=program, nomor=1, uraian="Arah kebijakan uji"), pelaku=op,
                          renstra=r)
    s1 = rencana.simpan_bagian(SasaranKegiatan(renstra=r, nomor=1, uraian="Sasaran layanan"), pelaku=op,
                               renstra=r)
    s2 = rencana.simpan_bagian(SasaranKegiatan(renstra=r, nomor=2, uraian="Sasaran tata kelola"),
                               pelaku=op, renstra=r)
    indikator = {}
    for urutan, (kode, nama, satuan, rasio, agregasi, frekuensi, t_tahun, _t_tw, _r) in enumerate(INDIKATOR, 1):
        ind = Indikator(sasaran=s1 if kode != "Q1" else s2, kode=kode, nama=nama, satuan=satuan, iku=True,
                        rasio=rasio, label_pembilang="dijawab" if rasio else "",
                        label_penyebut="diterima" if rasio else "", agregasi=agregasi, frekuensi=frekuensi,
                        polaritas="kualitatif" if satuan == "predikat" else "maks", subbagian=sub,
                        urutan=urutan)
        indikator[kode] = rencana.simpan_bagian(ind, pelaku=op, renstra=r)
        rencana.simpan_target_renstra(indikator[kode], {th: _target(t_tahun, indikator[kode])
                                                        for th in r.daftar_tahun}, pelaku=op)
    kode, nama, satuan, t_tahun = NON_IKU
    n1 = rencana.simpan_bagian(Indikator(sasaran=s1, kode=kode, nama=nama, satuan=satuan, iku=False, urutan=9,
                                         subbagian=sub), pelaku=op, renstra=r)
    rencana.simpan_target_renstra(n1, {th: _target(t_tahun, n1) for th in r.daftar_tahun}, pelaku=op)

    pk = rencana.buat_pk(satker, 2024, pelaku=op)
    versi = pk.versi.get()
    rencana.simpan_kepala_pk(versi, pelaku=op, tanggal=datetime.date(2024, 1, 15),
                             pihak_pertama_nama="Sekretaris Uji", pihak_pertama_jabatan="Sekretaris",
                             pihak_kedua_nama="Ketua Uji", pihak_kedua_jabatan="Ketua")
    for b in versi.baris.select_related("indikator"):
        kode = b.indikator.kode
        _, _, _, _, _, frekuensi, t_tahun, t_tw, _ = next(x for x in INDIKATOR if x[0] == kode)
        target = {"tahun": _target(t_tahun, b.indikator)}
        target.update({p: _target(t_tw, b.indikator) for p in periode_wajib(frekuensi)})
        rencana.simpan_baris(versi, b.indikator, target, pelaku=op, baris=b, urutan=b.urutan)
    rencana.ajukan_pk(versi, pelaku=op)
    rencana.setujui_pk(versi, pelaku=pimpinan)

    for tw_index, tw in enumerate(("TW1", "TW2", "TW3", "TW4")):
        for kode, *_, realisasi in INDIKATOR:
            nilai = realisasi[tw_index]
            if nilai is None:
                continue
            data = ({"pembilang": Decimal(nilai[0]), "penyebut": Decimal(nilai[1])} if isinstance(nilai, tuple)
                    else {"predikat": nilai} if kode == "Q1" else {"nilai": Decimal(nilai)})
            ukur.simpan_realisasi(indikator[kode], 2024, tw, pelaku=op, yakin=True,
                                  analisis=f"Analisis {kode} {tw}", **data)
        if tw != "TW4":
            ukur.ubah_status_triwulan(satker, 2024, tw, "diajukan", pelaku=op)
            ukur.ubah_status_triwulan(satker, 2024, tw, "disetujui", pelaku=pimpinan)
    from .pembuat import buat_dipa

    buat_dipa(satker, operator=op, pimpinan=pimpinan, sasaran=s1)
    return satker


def _target(teks, indikator) -> Target:
    from kinerja.lib.capaian import parse_target

    return parse_target(teks, indikator.polaritas, persen=indikator.persen)
