"""A synthetic national dataset: KPU RI, 38 provinces and 514 kab/kota (552 satker below KPU RI),
each with a Renstra 2020-2024, about 12 indicators, an approved PK per year with yearly and
quarterly targets, and realisasi for every quarter of the five years.

Run inside a configured Django (see beban.py). Deterministic: random.Random(2024).
"""

from __future__ import annotations

import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from kinerja.organisasi.models import Peran, Satker, Subbagian
from kinerja.pengukuran.models import Realisasi, StatusPengukuran
from kinerja.perencanaan.models import (
    BarisPK, Indikator, PerjanjianKinerja, Renstra, SasaranKegiatan, TargetIndikator, TargetPK, VersiPK,
)

PROVINSI, KABKOTA = 38, 514
TAHUN = range(2020, 2025)
TW = ("TW1", "TW2", "TW3", "TW4")
SANDI = "bench-kinerja"


def _satker_tree():
    ri = Satker.objects.create(kode="B-RI", nama="KPU RI (bench)", tingkat="pusat", contoh=True)
    prov = Satker.objects.bulk_create(
        Satker(kode=f"B-P{p:02d}", nama=f"KPU Provinsi {p} (bench)", tingkat="provinsi", induk=ri, contoh=True)
        for p in range(PROVINSI))
    kab = Satker.objects.bulk_create(
        Satker(kode=f"B{k:05d}", nama=f"KPU Kab/Kota {k} (bench)", tingkat="kabkota",
               induk=prov[k % PROVINSI], contoh=True) for k in range(KABKOTA))
    return prov + kab


def muat_satker(satker_list, jumlah_indikator, rng):
    """Plan, PK and realisasi for each satker, with ``jumlah_indikator`` indicators each."""
    renstra = Renstra.objects.bulk_create(
        Renstra(satker=s, tahun_awal=2020, tahun_akhir=2024, visi="Visi") for s in satker_list)
    Subbagian.objects.bulk_create(Subbagian(satker=s, nama="Perencanaan, Data dan Informasi") for s in satker_list)
    sasaran = SasaranKegiatan.objects.bulk_create(
        SasaranKegiatan(renstra=r, nomor=n, uraian=f"Sasaran kegiatan {n}")
        for r in renstra for n in range(1, 5))
    per_renstra = {}
    for s in sasaran:
        per_renstra.setdefault(s.renstra_id, []).append(s)
    indikator = []
    for r in renstra:
        for i in range(jumlah_indikator):
            jenis = i % 4
            indikator.append(Indikator(
                sasaran=per_renstra[r.pk][i % 4], kode=f"{i // 4 + 1}.{i % 4 + 1}",
                nama=f"Persentase indikator sintetis {i + 1}", satuan="persen", iku=i < 8,
                rasio=jenis == 1, label_pembilang="selesai" if jenis == 1 else "",
                label_penyebut="direncanakan" if jenis == 1 else "",
                agregasi="kumulatif" if jenis == 1 else "terakhir",
                frekuensi="tahunan" if jenis == 3 else "triwulanan", urutan=i))
    Indikator.objects.bulk_create(indikator, batch_size=5000)
    TargetIndikator.objects.bulk_create(
        (TargetIndikator(indikator=i, tahun=t, nilai=Decimal(100)) for i in indikator for t in TAHUN),
        batch_size=5000)

    pk = PerjanjianKinerja.objects.bulk_create(
        PerjanjianKinerja(satker_id=r.satker_id, tahun=t, renstra=r) for r in renstra for t in TAHUN)
    sekarang = timezone.now()
    versi = VersiPK.objects.bulk_create(
        VersiPK(pk_induk=p, nomor=1, status="disetujui", pihak_pertama_nama="A", pihak_kedua_nama="B",
                disetujui_pada=sekarang) for p in pk)
    versi_per = {(v.pk_induk.renstra_id, v.pk_induk.tahun): v for v in versi}
    per_ind = {}
    for i in indikator:
        per_ind.setdefault(i.sasaran.renstra_id, []).append(i)
    baris = [BarisPK(versi=versi_per[(rid, t)], indikator=i, urutan=n)
             for rid, daftar in per_ind.items() for t in TAHUN for n, i in enumerate(daftar)]
    BarisPK.objects.bulk_create(baris, batch_size=5000)
    TargetPK.objects.bulk_create(
        (TargetPK(baris=b, periode=p, nilai=Decimal(100)) for b in baris for p in ("tahun", *TW)),
        batch_size=5000)
    real = []
    for i in indikator:
        for t in TAHUN:
            for p in (("TW4",) if i.frekuensi == "tahunan" else TW):
                if i.rasio:
                    q = rng.randint(4, 30)
                    real.append(Realisasi(indikator=i, tahun=t, periode=p, pembilang=q - rng.randint(0, 2),
                                          penyebut=q, contoh=True))
                else:
                    real.append(Realisasi(indikator=i, tahun=t, periode=p,
                                          nilai=Decimal(rng.randint(70, 100)), contoh=True))
    Realisasi.objects.bulk_create(real, batch_size=5000)
    StatusPengukuran.objects.bulk_create(
        StatusPengukuran(satker=s, tahun=t, periode=p, status="disetujui" if t < 2024 else "terbuka")
        for s in satker_list for t in TAHUN for p in TW)
    return len(indikator), len(real)


@transaction.atomic
def muat(klien: int):
    rng = random.Random(2024)
    satker = _satker_tree()
    n_ind, n_real = muat_satker(satker, 12, rng)
    # three more kab/kota with 4, 12 and 48 indicators, to show queries do not grow with them
    uji = []
    for n in (4, 12, 48):
        s = Satker.objects.create(kode=f"B-I{n:02d}", nama=f"KPU uji {n} indikator", tingkat="kabkota",
                                  induk=satker[0], contoh=True)
        muat_satker([s], n, rng)
        uji.append(s)
    User = get_user_model()
    sandi = make_password(SANDI)
    pengguna = User.objects.bulk_create(User(username=f"bench{k}", password=sandi) for k in range(klien))
    kab = [s for s in satker if s.tingkat == "kabkota"]
    Peran.objects.bulk_create(Peran(pengguna=u, satker=kab[k * 17 % len(kab)], peran="operator")
                              for k, u in enumerate(pengguna))
    for s in uji:
        Peran.objects.create(pengguna=pengguna[0], satker=s, peran="operator")
    return {"satker": len(satker), "indikator": n_ind, "realisasi": n_real,
            "pengguna": [(u.username, kab[k * 17 % len(kab)].kode) for k, u in enumerate(pengguna)],
            "uji": [(s.kode, n) for s, n in zip(uji, (4, 12, 48))]}
