"""Latency and queries per page on a synthetic national dataset.

    python bench/beban.py [--db sqlite|postgres|semua] [--klien 20] [--permintaan 40]

Loads bench/sintetis.py into a fresh database (SQLite file, or the PostgreSQL database named
by KINERJA_BENCH_DATABASE_URL / KINERJA_TEST_DATABASE_URL, recreated as <name>_bench), starts
``kinerja serve`` (waitress) in its own process on loopback, logs ``--klien`` users in, each an
operator of a different kab/kota, and has them request their dashboard, quarter entry page and
an indicator's entry form concurrently. Prints median and p95 per page, the server's peak
memory, and the number of SQL queries per page for satkers with 4, 12 and 48 indicators.
Results are also written to bench/hasil/<db>.json. Tests never assert these timings.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlparse

AKAR = Path(__file__).resolve().parent.parent
HASIL = AKAR / "bench" / "hasil"


class Klien:
    """A keep-alive HTTP client with a cookie jar, enough for Django's login."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = {}

    def minta(self, metode, path, data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookie.items())}
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.conn.port}{path}"
        for coba in range(3):
            try:
                self.conn.request(metode, path, body=body, headers=headers)
                r = self.conn.getresponse()
                isi = r.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # the server closed an idle keep-alive connection: reconnect, as a browser does
                self.conn.close()
                if coba == 2:
                    raise
        for h, v in r.getheaders():
            if h.lower() == "set-cookie":
                nama, _, nilai = v.split(";", 1)[0].partition("=")
                self.cookie[nama] = nilai
        return r.status, isi

    def masuk(self, username, sandi):
        self.minta("GET", "/masuk/")
        status, _ = self.minta("POST", "/masuk/", {"username": username, "password": sandi,
                                                   "csrfmiddlewaretoken": self.cookie["csrftoken"]})
        assert status == 302, f"login {username}: {status}"


def _port_bebas():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def siapkan_env(db, data_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_")}
    env.update(KINERJA_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="kinerja.settings",
               KINERJA_LOG_LEVEL="ERROR")
    if db == "sqlite":
        env["KINERJA_DB_PATH"] = str(Path(data_dir) / "bench.sqlite3")
    else:
        url = os.environ.get("KINERJA_BENCH_DATABASE_URL") or os.environ.get("KINERJA_TEST_DATABASE_URL")
        if not url:
            raise SystemExit("PostgreSQL: isi KINERJA_BENCH_DATABASE_URL atau KINERJA_TEST_DATABASE_URL.")
        u = urlparse(url)
        nama = u.path.lstrip("/") + "_bench"
        env["KINERJA_DATABASE_URL"] = u._replace(path="/" + nama).geturl()
        env["KINERJA_BENCH_ADMIN_URL"] = url
        env["KINERJA_BENCH_NAMA_DB"] = nama
    return env


def buat_basis_data_kosong(env) -> None:
    """PostgreSQL: drop and create the bench database (SQLite starts from a fresh file anyway)."""
    if not env.get("KINERJA_BENCH_NAMA_DB"):
        return
    subprocess.run([sys.executable, "-c", (
        "import os, psycopg\n"
        "with psycopg.connect(os.environ['KINERJA_BENCH_ADMIN_URL'], autocommit=True) as c:\n"
        "    c.execute('DROP DATABASE IF EXISTS \"%s\"' % os.environ['KINERJA_BENCH_NAMA_DB'])\n"
        "    c.execute('CREATE DATABASE \"%s\"' % os.environ['KINERJA_BENCH_NAMA_DB'])\n")],
        env=env, check=True)


def buat_pohon(satker: int):
    """In a configured Django: KPU RI, 38 provinces and kab/kota up to ``satker`` offices below
    RI (bench satker, flagged contoh). Returns (ri, [provinces + kab/kota])."""
    from kinerja.organisasi.models import Satker

    provinsi = 38
    ri = Satker.objects.create(kode="B-RI", nama="KPU RI (bench)", tingkat="pusat", contoh=True)
    prov = Satker.objects.bulk_create(
        Satker(kode=f"B-P{p:02d}", nama=f"KPU Provinsi {p} (bench)", tingkat="provinsi", induk=ri, contoh=True)
        for p in range(provinsi))
    kab = Satker.objects.bulk_create(
        Satker(kode=f"B{k:05d}", nama=f"KPU Kab/Kota {k} (bench)", tingkat="kabkota", induk=prov[k % provinsi],
               contoh=True) for k in range(max(0, satker - provinsi)))
    return ri, prov + kab


def muat_data(env, klien):
    """Create the database and load the dataset in a child process (its own Django)."""
    kode = f"""
import json, os, time
if os.environ.get("KINERJA_BENCH_NAMA_DB"):
    import psycopg
    with psycopg.connect(os.environ["KINERJA_BENCH_ADMIN_URL"], autocommit=True) as c:
        c.execute('DROP DATABASE IF EXISTS "%s"' % os.environ["KINERJA_BENCH_NAMA_DB"])
        c.execute('CREATE DATABASE "%s"' % os.environ["KINERJA_BENCH_NAMA_DB"])
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
import sys; sys.path.insert(0, {str(AKAR / 'bench')!r})
import sintetis
t = time.perf_counter()
info = sintetis.muat({klien})
info["detik_muat"] = round(time.perf_counter() - t, 1)
print(json.dumps(info))
"""
    r = subprocess.run([sys.executable, "-c", kode], env=env, capture_output=True, text=True, cwd=AKAR)
    if r.returncode:
        raise SystemExit(r.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])


def hitung_kueri(env, uji):
    """SQL queries per page for satkers of 4, 12 and 48 indicators (Django test client):
    ``dihitung`` with the page cache off (the page computed from the database), ``tersimpan``
    on a repeated request with the cache on."""
    return {"dihitung": _hitung_kueri({**env, "KINERJA_CACHE": "mati"}, uji),
            "tersimpan": _hitung_kueri({k: v for k, v in env.items() if k != "KINERJA_CACHE"}, uji)}


def _hitung_kueri(env, uji):
    kode = f"""
import json, django
django.setup()
from django.conf import settings
settings.ALLOWED_HOSTS = ["testserver"]
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from kinerja.perencanaan.models import Indikator
c = Client()
assert c.login(username="bench0", password="bench-kinerja")
hasil = {{}}
for kode, n in {uji!r}:
    ind = Indikator.objects.filter(sasaran__renstra__satker__kode=kode).order_by("id").first()
    for nama, url in [("dasbor", f"/s/{{kode}}/dasbor/2024/"), ("triwulan", f"/s/{{kode}}/realisasi/2024/TW4/"),
                      ("isi", f"/s/{{kode}}/realisasi/2024/TW4/{{ind.pk}}/")]:
        c.get(url)
        with CaptureQueriesContext(connection) as q:
            assert c.get(url).status_code == 200
        hasil.setdefault(nama, {{}})[n] = len(q.captured_queries)
print(json.dumps(hasil))
"""
    r = subprocess.run([sys.executable, "-c", kode], env=env, capture_output=True, text=True, cwd=AKAR)
    if r.returncode:
        raise SystemExit(r.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])


def jalankan_server(env, port, threads, proses):
    p = subprocess.Popen([sys.executable, "-m", "kinerja.cli", "serve", "--alamat", f"127.0.0.1:{port}",
                          "--threads", str(threads), "--proses", str(proses), "--tanpa-pekerja-tugas"], env=env, cwd=AKAR,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return p
        except OSError:
            time.sleep(0.1)
    p.kill()
    raise SystemExit("server tidak mulai: " + p.stderr.read().decode())


def memori_puncak_mb(pid):
    """Peak resident memory of the server: its process and, under gunicorn, its workers."""
    total = 0
    for p in [pid, *_anak(pid)]:
        teks = Path(f"/proc/{p}/status").read_text()
        total += int(re.search(r"VmHWM:\s+(\d+)", teks).group(1))
    return total / 1024


def _anak(pid):
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def beban(port, pengguna, permintaan, halaman=("dasbor", "triwulan", "isi")):
    """Each client logs in, then requests its ``halaman`` ``permintaan`` times; returns ms per page."""
    klien = []
    for username, kode in pengguna:
        k = Klien(port)
        k.masuk(username, "bench-kinerja")
        status, isi = k.minta("GET", f"/s/{kode}/realisasi/2024/TW4/")
        ind = re.search(rf'/s/{kode}/realisasi/2024/TW4/(\d+)/'.encode(), isi).group(1).decode()
        semua = {"dasbor": f"/s/{kode}/dasbor/2024/", "triwulan": f"/s/{kode}/realisasi/2024/TW4/",
                 "isi": f"/s/{kode}/realisasi/2024/TW4/{ind}/"}
        k.halaman = {h: semua[h] for h in halaman}
        klien.append(k)
    waktu = {h: [] for h in halaman}
    kunci = threading.Lock()
    galat = []
    mulai = threading.Barrier(len(klien))

    def kerja(k):
        mulai.wait()
        lokal = {h: [] for h in waktu}
        for _ in range(permintaan):
            for h, url in k.halaman.items():
                t = time.perf_counter()
                status, _ = k.minta("GET", url)
                lokal[h].append((time.perf_counter() - t) * 1000)
                if status != 200:
                    galat.append((url, status))
        with kunci:
            for h in waktu:
                waktu[h].extend(lokal[h])

    t0 = time.perf_counter()
    utas = [threading.Thread(target=kerja, args=(k,)) for k in klien]
    for u in utas:
        u.start()
    for u in utas:
        u.join()
    durasi = time.perf_counter() - t0
    if galat:
        raise SystemExit(f"{len(galat)} permintaan gagal, mis. {galat[:3]}")
    return waktu, durasi


def p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def satu_basis_data(db, args):
    with tempfile.TemporaryDirectory() as d:
        env = siapkan_env(db, d)
        if args.tanpa_cache:
            env["KINERJA_CACHE"] = "mati"
        print(f"\n== {db}: memuat data sintetis ...", flush=True)
        info = muat_data(env, args.klien)
        print(f"   {info['satker']} satker di bawah KPU RI, {info['indikator']} indikator, "
              f"{info['realisasi']} realisasi, dimuat dalam {info['detik_muat']} s")
        kueri = hitung_kueri(env, info["uji"])
        port = _port_bebas()
        server = jalankan_server(env, port, args.threads, args.proses)
        try:
            beban(port, info["pengguna"][:2], 2)  # warm-up
            # scenario 1: every client loads its satker's dashboard (the 150 ms target)
            dasbor, durasi_dasbor = beban(port, info["pengguna"], args.permintaan * 3, ("dasbor",))
            # scenario 2: every client goes round dashboard, quarter entry page, entry form
            waktu, durasi = beban(port, info["pengguna"], args.permintaan)
            mem = memori_puncak_mb(server.pid)
        finally:
            server.terminate()
            server.wait(10)
    total = sum(len(v) for v in waktu.values())
    hasil = {"db": db, "cache": not args.tanpa_cache, "klien": args.klien, "proses_server": args.proses,
             "utas_per_proses": args.threads, "permintaan_per_halaman": len(waktu["dasbor"]),
             "throughput_rps": round(total / durasi, 1), "memori_server_mb": round(mem, 1),
             "data": {k: info[k] for k in ("satker", "indikator", "realisasi", "detik_muat")},
             "dasbor_saja": {"median_ms": round(statistics.median(dasbor["dasbor"]), 1),
                             "p95_ms": round(p95(dasbor["dasbor"]), 1), "permintaan": len(dasbor["dasbor"]),
                             "throughput_rps": round(len(dasbor["dasbor"]) / durasi_dasbor, 1)},
             "halaman": {h: {"median_ms": round(statistics.median(v), 1), "p95_ms": round(p95(v), 1)}
                         for h, v in waktu.items()},
             "kueri": kueri}
    print(f"   server: {args.proses} proses × {args.threads} utas, cache {'mati' if args.tanpa_cache else 'aktif'}; "
          f"{args.klien} klien bersamaan, {total} permintaan, {hasil['throughput_rps']} permintaan/s, "
          f"memori puncak server {hasil['memori_server_mb']} MB")
    d = hasil["dasbor_saja"]
    print(f"   skenario dasbor: {d['permintaan']} permintaan, {d['throughput_rps']} permintaan/s, "
          f"median {d['median_ms']} ms, p95 {d['p95_ms']} ms")
    print("   skenario campuran (dasbor, halaman entri triwulan, formulir entri):")
    print(f"   {'halaman':<10}{'median':>10}{'p95':>10}   kueri SQL untuk 4 / 12 / 48 indikator: dihitung | tersimpan")
    for h, v in hasil["halaman"].items():
        a, b = kueri["dihitung"][h], kueri["tersimpan"][h]
        print(f"   {h:<10}{v['median_ms']:>8} ms{v['p95_ms']:>7} ms   "
              f"{a['4']} / {a['12']} / {a['48']} | {b['4']} / {b['12']} / {b['48']}")
    HASIL.mkdir(exist_ok=True)
    nama = f"{db}{'-tanpa-cache' if args.tanpa_cache else ''}.json"
    (HASIL / nama).write_text(json.dumps(hasil, indent=2))
    return hasil


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=["sqlite", "postgres", "semua"], default="semua")
    ap.add_argument("--klien", type=int, default=20)
    ap.add_argument("--permintaan", type=int, default=40, help="putaran per klien (tiap putaran 3 halaman)")
    ap.add_argument("--threads", type=int, default=8, help="utas per proses server")
    ap.add_argument("--proses", type=int, default=os.cpu_count() or 1,
                    help="proses server (bawaan: jumlah inti; 1 = waitress)")
    ap.add_argument("--tanpa-cache", action="store_true",
                    help="matikan cache halaman (KINERJA_CACHE=mati): setiap halaman dihitung dari basis data")
    args = ap.parse_args()
    dbs = ["sqlite", "postgres"] if args.db == "semua" else [args.db]
    if args.db == "semua" and not (os.environ.get("KINERJA_BENCH_DATABASE_URL") or os.environ.get("KINERJA_TEST_DATABASE_URL")):
        print("PostgreSQL dilewati: KINERJA_BENCH_DATABASE_URL / KINERJA_TEST_DATABASE_URL tidak diisi.")
        dbs = ["sqlite"]
    print(f"Mesin: {os.cpu_count()} inti; Python {sys.version.split()[0]}")
    for db in dbs:
        satu_basis_data(db, args)


if __name__ == "__main__":
    main()
