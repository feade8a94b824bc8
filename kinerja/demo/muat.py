"""Load the KPU Kota Probolinggo demo into the database (idempotent, deterministic).

Figures the seed states are loaded with their ``sumber``; everything else (quarterly
realisasi, targets the seed leaves out, the two superior satker codes) is generated from a
fixed seed and flagged ``contoh``, so that every screen and report can say so.
"""

from __future__ import annotations

import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from kinerja.core.audit import catat
from kinerja.core.events import register as register_event
from kinerja.lib.alur import StatusPK, StatusTriwulan
from kinerja.lib.capaian import Polaritas, parse_target
from kinerja.lib.periode import TAHUN, TRIWULAN, periode_wajib
from kinerja.organisasi.models import Peran, Satker, Subbagian
from kinerja.pengukuran.models import Realisasi, StatusPengukuran
from kinerja.perencanaan.models import (
    ArahKebijakan, BarisPK, Indikator, Misi, PerjanjianKinerja, Program, Renstra, SasaranKegiatan,
    SasaranStrategis, TargetIndikator, TargetPK, Tujuan, VersiPK,
)

from . import data

KODE = "658021"
DEMO_MUAT = register_event("demo.muat", "memuat data demo")
TAHUN_DEMO = 2024


def sudah_dimuat() -> bool:
    return Renstra.objects.filter(satker__kode=KODE, tahun_awal=data.RENSTRA["tahun_awal"]).exists()


def muat() -> bool:
    """Load the demo; returns False (and changes nothing) when it is already there."""
    with transaction.atomic():
        if sudah_dimuat():
            return False
        satker = _organisasi()
        renstra, indikator = _renstra(satker)
        _pk(satker, renstra, indikator)
        _realisasi(satker, indikator)
        catat(satker, DEMO_MUAT, pelaku=None, satker=satker,
              keterangan=f"Demo dimuat dari {data.SEED}: {len(indikator)} indikator PK {TAHUN_DEMO}.")
    return True


def _organisasi() -> Satker:
    per_kode = {}
    for kode, nama, tingkat, induk, wilayah, kota, contoh in data.SATKER:
        per_kode[kode], _ = Satker.objects.get_or_create(
            kode=kode,
            defaults=dict(nama=nama, tingkat=tingkat, induk=per_kode.get(induk), kode_wilayah=wilayah,
                          kota=kota, contoh=contoh),
        )
    satker = per_kode[KODE]
    for nama, singkatan in data.SUBBAGIAN:
        Subbagian.objects.get_or_create(satker=satker, nama=nama, defaults={"singkatan": singkatan})
    User = get_user_model()
    for username, nama, kode, peran in data.PENGGUNA:
        user = User.objects.filter(username=username).first()
        if user is None:
            depan, _, belakang = nama.partition(" ")
            user = User.objects.create_user(username, password=data.KATA_SANDI_DEMO,
                                            first_name=depan, last_name=belakang)
        Peran.objects.get_or_create(pengguna=user, satker=per_kode[kode], defaults={"peran": peran})
    return satker


def _renstra(satker):
    r = data.RENSTRA
    awal = r["tahun_awal"]
    renstra = Renstra.objects.create(satker=satker, tahun_awal=awal, tahun_akhir=awal + 4,
                                     visi=r["visi"], sumber=r["sumber"])
    Renstra.objects.create(
        satker=satker, tahun_awal=2025, tahun_akhir=2029,
        keterangan="Periode Renstra 2025–2029 disiapkan; isinya belum dimuat karena tidak "
                   f"tercantum di {data.SEED}.")
    for no, uraian in enumerate(r["misi"], 1):
        Misi.objects.create(renstra=renstra, nomor=no, uraian=uraian)
    no_ss = 0
    for no, (uraian, sasaran) in enumerate(r["tujuan"], 1):
        tujuan = Tujuan.objects.create(renstra=renstra, nomor=no, uraian=uraian)
        for teks in sasaran:
            no_ss += 1
            SasaranStrategis.objects.create(renstra=renstra, tujuan=tujuan, nomor=no_ss, uraian=teks)
    program = {}
    for kode, nama, outcome, arah in r["program"]:
        p = program[kode] = Program.objects.create(renstra=renstra, kode=kode, nama=nama, outcome=outcome)
        for no, uraian in enumerate(arah, 1):
            ArahKebijakan.objects.create(program=p, nomor=no, uraian=uraian)

    subbagian = {s.singkatan: s for s in Subbagian.objects.filter(satker=satker)}
    indikator = []
    for no, sk in enumerate(data.PK_2024, 1):
        sasaran = SasaranKegiatan.objects.create(
            renstra=renstra, nomor=no, uraian=sk["uraian"], program=program.get(sk["program"]),
            sumber=sk["sumber"])
        for urutan, d in enumerate(sk["indikator"], 1):
            kualitatif = d["satuan"] == "predikat"
            rasio = d.get("rasio")
            ind = Indikator(
                sasaran=sasaran, kode=d["kode"], nama=d["nama"], satuan=d["satuan"],
                polaritas=Polaritas.KUALITATIF if kualitatif else Polaritas.MAKS,
                rasio=bool(rasio), label_pembilang=rasio[0] if rasio else "",
                label_penyebut=rasio[1] if rasio else "", cara_menghitung=d["cara"],
                sumber_data=d["sumber_data"], frekuensi=d["frekuensi"], agregasi=d["agregasi"],
                subbagian=subbagian[d["subbagian"]], iku=d["iku"], urutan=urutan, sumber=sk["sumber"])
            ind.full_clean()
            ind.save()
            target = parse_target(d["target"], ind.polaritas, persen=ind.persen)
            for tahun in renstra.daftar_tahun:
                seed = d["target_seed"] and tahun == TAHUN_DEMO
                t = TargetIndikator(indikator=ind, tahun=tahun, contoh=not seed,
                                    sumber=sk["sumber"] if seed else "")
                t.isi_target(target)
                t.save()
            indikator.append((ind, d, sk, target))
    return renstra, indikator


def _pk(satker, renstra, indikator):
    pk = PerjanjianKinerja.objects.create(satker=satker, tahun=TAHUN_DEMO, renstra=renstra)
    pimpinan = get_user_model().objects.get(username="pimpinan")
    operator = get_user_model().objects.get(username="operator")
    versi = VersiPK.objects.create(
        pk_induk=pk, nomor=1, status=StatusPK.DISETUJUI, sumber=data.PK_SUMBER,
        diajukan_oleh=operator, diajukan_pada=timezone.now(),
        disetujui_oleh=pimpinan, disetujui_pada=timezone.now(), **data.PK_PENANDATANGAN)
    for urutan, (ind, d, sk, target) in enumerate(indikator, 1):
        baris = BarisPK.objects.create(versi=versi, indikator=ind, urutan=urutan, sumber=sk["sumber"])
        rows = [TargetPK(baris=baris, periode=TAHUN, contoh=not d["target_seed"])]
        # The seed gives yearly targets only; quarterly targets are examples.
        rows += [TargetPK(baris=baris, periode=p, contoh=True) for p in periode_wajib(ind.frekuensi)]
        for t in rows:
            t.isi_target(target)
        TargetPK.objects.bulk_create(rows)


def _realisasi(satker, indikator):
    pimpinan = get_user_model().objects.get(username="pimpinan")
    operator = get_user_model().objects.get(username="operator")
    rows = []
    for ind, d, _sk, _target in indikator:
        rng = random.Random(f"kinerja-demo-{KODE}-{TAHUN_DEMO}-{ind.kode}")
        for p in periode_wajib(ind.frekuensi):
            r = Realisasi(indikator=ind, tahun=TAHUN_DEMO, periode=p, diubah_oleh=operator)
            if d.get("rasio_semua"):
                a, b, src = d["rasio_semua"]
                r.pembilang, r.penyebut, r.sumber = Decimal(a), Decimal(b), src
            elif p == "TW4" and d.get("rasio_tw4"):
                a, b, src = d["rasio_tw4"]
                r.pembilang, r.penyebut, r.sumber = Decimal(a), Decimal(b), src
            elif p == "TW4" and d.get("realisasi_tw4"):
                nilai, src = d["realisasi_tw4"]
                r.nilai, r.sumber = Decimal(nilai), src
            else:
                r.contoh = True
                if ind.polaritas == Polaritas.KUALITATIF:
                    r.predikat = rng.choice(["BB", "BB", "B"])
                elif ind.rasio:
                    r.penyebut = Decimal(rng.randint(3, 24))
                    r.pembilang = r.penyebut - rng.choice([0, 0, 0, 1])
                else:
                    r.nilai = Decimal(rng.choice(["92.5", "95", "97.5", "100", "100", "100"]))
            rows.append(r)
    Realisasi.objects.bulk_create(rows)
    sekarang = timezone.now()
    for p in TRIWULAN:
        selesai = p != "TW4"
        StatusPengukuran.objects.create(
            satker=satker, tahun=TAHUN_DEMO, periode=p,
            status=StatusTriwulan.DISETUJUI if selesai else StatusTriwulan.TERBUKA,
            diajukan_oleh=operator if selesai else None, diajukan_pada=sekarang if selesai else None,
            disetujui_oleh=pimpinan if selesai else None, disetujui_pada=sekarang if selesai else None)
