"""Computing every register measure for a national tree: 552 satker x 4 quarters.

    python bench/register.py [--db sqlite|postgres|semua] [--satker 552] [--publikasi 2000] [--ppid 200]

Builds 552 satker (38 provinces and kab/kota) with synthetic 2024 registers of realistic size
per satker: ``--publikasi`` publications, ``--ppid`` information requests, and for the other
ten registers a few dozen records each (staff services, legal products, disputes, stages,
SPJ, voter-data deliveries, logistics, assets, events, ad hoc bodies), written with
bulk_create. Then computes every measure for every satker and quarter, as the register
summary page and ``kinerja ukuran`` do (kinerja.register.ukuran.hitung_semua: one query per
register and one calendar per satker), and prints the total time, the time per satker, the
queries per satker (the same for a satker with ten times fewer records: the count does not
grow with the records) and the process's peak memory. Writes bench/hasil/register-<db>.json.
Tests never assert these timings.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR / "bench"))

import beban  # noqa: E402  (the shared environment helpers)

LAIN = 30  # records per satker in each of the ten smaller registers


def muat_dan_hitung(satker: int, publikasi: int, ppid: int) -> dict:
    """Runs in the child process, inside a configured Django."""
    import datetime as dt
    import random
    import resource

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kinerja.register import models as m
    from kinerja.register.ukuran import hitung_semua

    call_command("migrate", verbosity=0)
    rng = random.Random(2024)
    _, semua = beban.buat_pohon(satker)
    awal = dt.date(2024, 1, 2)

    def hari(n=364):
        return awal + dt.timedelta(days=rng.randrange(n))

    def tambah(d, a, b):
        return d + dt.timedelta(days=rng.randrange(a, b))

    t0 = time.perf_counter()
    jumlah = 0
    for i, s in enumerate(semua):
        kecil = i == 0  # one satker with ten times fewer records: its query count must be the same
        n_pub, n_ppid, n_lain = (publikasi // 10, ppid // 10, LAIN // 10) if kecil else (publikasi, ppid, LAIN)
        baris: dict = {}
        pub = []
        for _ in range(n_pub):
            d = hari()
            pub.append(m.Publikasi(satker=s, kegiatan="Kegiatan", tanggal_kegiatan=d, tanggal_terbit=tambah(d, 0, 4),
                                   kanal="laman"))
        baris[m.Publikasi] = pub
        baris[m.PermohonanInformasi] = [
            m.PermohonanInformasi(satker=s, nomor=str(j), diterima=(d := hari(350)), informasi="Data",
                                  diperpanjang=rng.random() < .1, dijawab=tambah(d, 1, 20), hasil="dipenuhi")
            for j in range(n_ppid)]
        baris[m.LayananKepegawaian] = [
            m.LayananKepegawaian(satker=s, permohonan="Cuti", jenis="cuti", diterima=(d := hari(350)), standar_hari=5,
                                 selesai=tambah(d, 1, 12)) for _ in range(n_lain)]
        baris[m.ProdukHukum] = [
            m.ProdukHukum(satker=s, judul="Keputusan", tanggal_rancangan=(d := hari(350)),
                          tenggat_harmonisasi=tambah(d, 5, 10), tanggal_harmonisasi=tambah(d, 1, 12))
            for _ in range(n_lain)]
        baris[m.Sengketa] = [
            m.Sengketa(satker=s, perkara="Perkara", jenis="proses", didaftarkan=(d := hari(300)),
                       diputus=tambah(d, 10, 40), hasil=rng.choice(["menang", "kalah", "damai"]))
            for _ in range(max(1, n_lain // 6))]
        baris[m.Tahapan] = [
            m.Tahapan(satker=s, pemilu="pemilihan-2024", tahapan="Tahapan", rencana_mulai=(d := hari(330)),
                      rencana_selesai=(e := tambah(d, 1, 20)), mulai=d, selesai=tambah(e, -2, 3), status="selesai")
            for _ in range(n_lain)]
        baris[m.Pertanggungjawaban] = [
            m.Pertanggungjawaban(satker=s, kegiatan="Rapat", tanggal_kegiatan=(d := hari(340)),
                                 tenggat=tambah(d, 10, 15), selesai=tambah(d, 3, 20)) for _ in range(n_lain)]
        baris[m.Pemutakhiran] = [
            m.Pemutakhiran(satker=s, wilayah="Kecamatan", periode="Periode", tenggat=hari(),
                           diserahkan=None) for _ in range(n_lain)]
        for p in baris[m.Pemutakhiran]:
            p.diserahkan = tambah(p.tenggat, -5, 3)
        baris[m.Logistik] = [
            m.Logistik(satker=s, pemilu="pemilihan-2024", jenis="Barang", satuan="buah", tanggal=(d := hari(200)),
                       kebutuhan=100, diterima=100, diterima_pada=(e := tambah(d, 10, 60)), baik=98, rusak=2,
                       inventarisasi=tambah(e, 1, 30)) for _ in range(n_lain)]
        baris[m.SaranaPrasarana] = [
            m.SaranaPrasarana(satker=s, aset=f"Aset {j % 20}", kode_barang=str(j % 20), jenis="kantor",
                              diperiksa=hari(), kondisi="baik", berfungsi=rng.random() < .95) for j in range(n_lain)]
        baris[m.Kegiatan] = [m.Kegiatan(satker=s, nama="Sosialisasi", jenis="sosialisasi", tanggal=hari())
                             for _ in range(n_lain)]
        baris[m.BadanAdhoc] = [
            m.BadanAdhoc(satker=s, tahun=2024, pemilu="pemilihan-2024", jenis="pps", wilayah=f"Kelurahan {j}",
                         tenggat=(d := hari(150)), dibentuk=tambah(d, -3, 2), anggota=3) for j in range(n_lain)]
        for model, daftar in baris.items():
            model.objects.bulk_create(daftar, batch_size=1000)
            jumlah += len(daftar)
    detik_muat = time.perf_counter() - t0

    query = []
    t0 = time.perf_counter()
    for s in semua:
        with CaptureQueriesContext(connection) as q:
            hasil = hitung_semua(s, 2024)
        query.append(len(q.captured_queries))
    detik = time.perf_counter() - t0
    ukuran = len(hasil)
    return {"satker": len(semua), "catatan": jumlah, "detik_muat": round(detik_muat, 1), "ukuran": ukuran,
            "triwulan": 4, "detik_hitung": round(detik, 2), "ms_per_satker": round(1000 * detik / len(semua), 1),
            "query_per_satker": sorted(set(query)), "query_satker_kecil": query[0],
            "memori_puncak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def anak():
    a = json.loads(sys.argv[2])
    print(json.dumps(muat_dan_hitung(a["satker"], a["publikasi"], a["ppid"])))


def satu(db, args):
    with tempfile.TemporaryDirectory() as d:
        env = beban.siapkan_env(db, d)
        env["KINERJA_CACHE"] = "mati"
        beban.buat_basis_data_kosong(env)
        print(f"\n== {db}: {args.satker} satker, {args.publikasi} publikasi + {args.ppid} PPID + 5 sengketa + 9 x {LAIN} "
              "catatan lain per satker ...", flush=True)
        r = subprocess.run([sys.executable, __file__, "--anak", json.dumps(
            {"satker": args.satker, "publikasi": args.publikasi, "ppid": args.ppid})],
            env=env, capture_output=True, text=True, cwd=AKAR)
        if r.returncode:
            raise SystemExit(r.stderr[-4000:])
        h = json.loads(r.stdout.strip().splitlines()[-1])
        print(f"   {h['catatan']} catatan dimuat dalam {h['detik_muat']} s")
        print(f"   {h['ukuran']} ukuran x {h['triwulan']} triwulan x {h['satker']} satker: {h['detik_hitung']} s "
              f"({h['ms_per_satker']} ms per satker); query per satker {h['query_per_satker']} "
              f"(satker dengan catatan 10x lebih sedikit: {h['query_satker_kecil']}); memori puncak "
              f"{h['memori_puncak_mb']} MB")
    beban.HASIL.mkdir(exist_ok=True)
    (beban.HASIL / f"register-{db}.json").write_text(json.dumps({"db": db, **h}, indent=2))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--anak":
        return anak()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=["sqlite", "postgres", "semua"], default="semua")
    ap.add_argument("--satker", type=int, default=552)
    ap.add_argument("--publikasi", type=int, default=2000)
    ap.add_argument("--ppid", type=int, default=200)
    args = ap.parse_args()
    dbs = ["sqlite", "postgres"] if args.db == "semua" else [args.db]
    if "postgres" in dbs and not (os.environ.get("KINERJA_BENCH_DATABASE_URL") or os.environ.get("KINERJA_TEST_DATABASE_URL")):
        print("PostgreSQL dilewati: KINERJA_BENCH_DATABASE_URL / KINERJA_TEST_DATABASE_URL tidak diisi.")
        dbs = [d for d in dbs if d != "postgres"]
    print(f"Mesin: {os.cpu_count()} inti; Python {sys.version.split()[0]}")
    for db in dbs:
        satu(db, args)


if __name__ == "__main__":
    main()
