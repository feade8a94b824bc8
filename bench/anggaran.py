"""Budget import speed and the national absorption overview's latency.

    python bench/anggaran.py [--db sqlite|postgres|semua] [--satker 552] [--baris 60] [--klien 10]

Builds a national tree (KPU RI, 38 provinces, 514 kab/kota by default) with a DIPA 2024 per
kab/kota and province, then imports, through the same code as the import page
(kinerja.anggaran.impor.jalankan: read, check every row, write in one action), a CSV of DIPA
lines per satker (``--baris`` RO lines with pagu, under their programme, kegiatan and KRO)
and a CSV of realisasi for every line and month. Prints rows per second for each import
(a realisasi "row" is one line-month value written: satker x lines x 12) and the process's
peak memory, then serves the app and times the national overview (/s/B-RI/anggaran/2024/
bawahan/) with ``--klien`` concurrent readers, with the page cache on (the default: the
table is kept per process under every satker's data version) and off. Writes bench/hasil/anggaran-<db>.json.
Tests never assert these timings.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR / "bench"))

import beban  # noqa: E402  (the shared server, client and percentile helpers)


def muat_dan_impor(satker: int, baris: int) -> dict:
    """Runs in the child process, inside a configured Django."""
    import random
    import resource

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command

    from kinerja.anggaran import impor
    from kinerja.anggaran.models import Dipa
    from kinerja.lib.angka import BULAN
    from kinerja.organisasi.models import Peran

    call_command("migrate", verbosity=0)
    rng = random.Random(2024)
    ri, semua = beban.buat_pohon(satker)
    User = get_user_model()
    op = User.objects.create_user("bench_op", password="bench-kinerja")
    baca = User.objects.create_user("bench_ri", password="bench-kinerja")
    Peran.objects.create(pengguna=baca, satker=ri, peran="pembaca")
    dipa = Dipa.objects.bulk_create(Dipa(satker=s, tahun=2024) for s in semua)
    for d, s in zip(dipa, semua):
        d.satker = s

    # 2 programmes > 3 kegiatan each > 1 KRO each > RO lines (--baris in all) with pagu
    kode_ro = []
    kepala = ["kode;uraian;pagu"]
    for p, prog in enumerate(("076.01.WA", "076.01.CQ")):
        kepala.append(f"{prog};Program {prog}")
        for k in range(3):
            keg = f"{prog}.{6700 + p * 10 + k}"
            kepala.append(f"{keg};Kegiatan {keg};")
            kepala.append(f"{keg}.QMA;KRO {keg}.QMA;")
    per_kro = [f"076.01.{'WA' if i < 3 else 'CQ'}.{6700 + (i // 3) * 10 + i % 3}.QMA" for i in range(6)]
    for r in range(baris):
        kode_ro.append(f"{per_kro[r % 6]}.{r // 6 + 1:03d}")

    def csv_dipa():
        pagu = {k: rng.randrange(50, 5000) * 1_000_000 for k in kode_ro}
        isi = kepala + [f"{k};Rincian output {k};{pagu[k]:,}".replace(",", ".") for k in kode_ro]
        return "\n".join(isi) + "\n", pagu

    def csv_realisasi(pagu):
        isi = ["kode;uraian;" + ";".join(f"realisasi {b.lower()}" for b in BULAN)]
        for k in kode_ro:
            bulan = [pagu[k] * rng.randrange(2, 8) // 100 for _ in range(12)]
            isi.append(f"{k};;" + ";".join(f"{x:,}".replace(",", ".") for x in bulan))
        return "\n".join(isi) + "\n"

    berkas = [csv_dipa() for _ in dipa]
    t = time.perf_counter()
    for d, (teks, _) in zip(dipa, berkas):
        h = impor.jalankan("dipa", d, SimpleUploadedFile("dipa.csv", teks.encode()), pelaku=op)
        assert h.berhasil, [g.pesan for g in h.galat][:3]
    detik_dipa = time.perf_counter() - t
    realisasi = [csv_realisasi(pagu) for _, pagu in berkas]
    t = time.perf_counter()
    for d, teks in zip(dipa, realisasi):
        h = impor.jalankan("realisasi", d, SimpleUploadedFile("realisasi.csv", teks.encode()), pelaku=op)
        assert h.berhasil, [g.pesan for g in h.galat][:3]
    detik_real = time.perf_counter() - t
    # one satker's realisasi again as XLSX (the format a SAKTI export comes in)
    from kinerja.core.xlsx import XlsxBook

    buku = XlsxBook("Realisasi")
    for i, baris_csv in enumerate(realisasi[0].strip().split("\n")):
        sel = baris_csv.split(";")
        buku.row(sel if i == 0 else [sel[0], sel[1], *[int(x.replace(".", "")) + 1 for x in sel[2:]]])
    data_xlsx = buku.save()
    t = time.perf_counter()
    h = impor.jalankan("realisasi", dipa[0], SimpleUploadedFile("r.xlsx", data_xlsx), pelaku=op)
    detik_xlsx = time.perf_counter() - t
    assert h.berhasil
    nilai = len(dipa) * baris * 12
    return {"satker_berdipa": len(dipa), "baris_per_satker": baris + len(kepala) - 1, "baris_ro": baris,
            "dipa_baris": len(dipa) * (baris + len(kepala) - 1), "dipa_detik": round(detik_dipa, 2),
            "dipa_baris_per_detik": round(len(dipa) * (baris + len(kepala) - 1) / detik_dipa),
            "realisasi_nilai": nilai, "realisasi_detik": round(detik_real, 2),
            "realisasi_nilai_per_detik": round(nilai / detik_real),
            "realisasi_baris_berkas_per_detik": round(len(dipa) * baris / detik_real),
            "xlsx_nilai_per_detik": round(baris * 12 / detik_xlsx),
            "memori_puncak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def anak():
    args = json.loads(sys.argv[2])
    print(json.dumps(muat_dan_impor(args["satker"], args["baris"])))


def ukur_ringkasan(port, klien, permintaan):
    daftar = []
    for _ in range(klien):
        k = beban.Klien(port)
        k.masuk("bench_ri", "bench-kinerja")
        daftar.append(k)
    url = "/s/B-RI/anggaran/2024/bawahan/"
    status, isi = daftar[0].minta("GET", url)
    assert status == 200 and b"KPU Kab/Kota 0 (bench)" in isi, status
    # warm-up: every client once, so that each server process has met the page (with the
    # cache on, each computes it once; its cost is the cache-off figure)
    for k in daftar:
        k.minta("GET", url)
    waktu, kunci, mulai = [], threading.Lock(), threading.Barrier(klien)

    def kerja(k):
        mulai.wait()
        lokal = []
        for _ in range(permintaan):
            t = time.perf_counter()
            s, _ = k.minta("GET", url)
            lokal.append((time.perf_counter() - t) * 1000)
            assert s == 200
        with kunci:
            waktu.extend(lokal)

    utas = [threading.Thread(target=kerja, args=(k,)) for k in daftar]
    for u in utas:
        u.start()
    for u in utas:
        u.join()
    return {"klien": klien, "permintaan": len(waktu), "median_ms": round(statistics.median(waktu), 1),
            "p95_ms": round(beban.p95(waktu), 1), "ukuran_kb": round(len(isi) / 1024, 1)}


def satu(db, args):
    with tempfile.TemporaryDirectory() as d:
        env = beban.siapkan_env(db, d)
        env["KINERJA_CACHE"] = "mati"
        beban.buat_basis_data_kosong(env)
        print(f"\n== {db}: {args.satker} satker x {args.baris} baris RO x 12 bulan ...", flush=True)
        r = subprocess.run([sys.executable, __file__, "--anak", json.dumps({"satker": args.satker, "baris": args.baris})],
                           env=env, capture_output=True, text=True, cwd=AKAR)
        if r.returncode:
            raise SystemExit(r.stderr[-4000:])
        hasil = json.loads(r.stdout.strip().splitlines()[-1])
        print(f"   impor baris DIPA: {hasil['dipa_baris']} baris dalam {hasil['dipa_detik']} s "
              f"= {hasil['dipa_baris_per_detik']} baris/s")
        print(f"   impor realisasi (CSV): {hasil['realisasi_nilai']} nilai bulanan dalam {hasil['realisasi_detik']} s "
              f"= {hasil['realisasi_nilai_per_detik']} nilai/s ({hasil['realisasi_baris_berkas_per_detik']} baris berkas/s); "
              f"XLSX satu satker: {hasil['xlsx_nilai_per_detik']} nilai/s; memori puncak {hasil['memori_puncak_mb']} MB")
        for cache in (True, False):
            env_server = {k: v for k, v in env.items() if not (cache and k == "KINERJA_CACHE")}
            port = beban._port_bebas()
            server = beban.jalankan_server(env_server, port, args.threads, args.proses)
            try:
                n = hasil["ringkasan_nasional" + ("" if cache else "_tanpa_cache")] = ukur_ringkasan(
                    port, args.klien, args.permintaan)
            finally:
                server.terminate()
                server.wait(10)
            print(f"   ringkasan penyerapan nasional ({args.satker} satker), cache {'aktif' if cache else 'mati'}: "
                  f"{n['klien']} klien, {n['permintaan']} permintaan, median {n['median_ms']} ms, "
                  f"p95 {n['p95_ms']} ms, {n['ukuran_kb']} KB")
    beban.HASIL.mkdir(exist_ok=True)
    (beban.HASIL / f"anggaran-{db}.json").write_text(json.dumps({"db": db, **hasil}, indent=2))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--anak":
        return anak()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=["sqlite", "postgres", "semua"], default="semua")
    ap.add_argument("--satker", type=int, default=552, help="satker berDIPA (38 provinsi + kab/kota)")
    ap.add_argument("--baris", type=int, default=60, help="baris RO berpagu per satker")
    ap.add_argument("--klien", type=int, default=10)
    ap.add_argument("--permintaan", type=int, default=10)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--proses", type=int, default=os.cpu_count() or 1)
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
