"""One uncached dashboard render against one login-page render, in the same process.

    python bench/rasio.py [--kali 50]

Loads the KPU Kota Probolinggo demo into a fresh SQLite file, turns the page cache off
(KINERJA_CACHE=mati) and, with Django's test client in one process, times ``--kali`` GETs of
the login page (anonymous) and of the operator's 2024 dashboard (17 indicators, computed
every time). Prints the medians and their ratio; the issue's target is a ratio under 5.
Tests never assert timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kali", type=int, default=50)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kinerja-rasio-")
    os.environ.update(KINERJA_DATA_DIR=tmp, KINERJA_CACHE="mati", DJANGO_SETTINGS_MODULE="kinerja.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("demo", stdout=open(os.devnull, "w"))

    def ukur(client, url):
        client.get(url)  # warm: templates compiled, connections open
        hasil = []
        for _ in range(args.kali):
            t = time.perf_counter()
            r = client.get(url)
            hasil.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (url, r.status_code)
        return statistics.median(hasil)

    login = ukur(Client(HTTP_HOST="localhost"), "/masuk/")
    c = Client(HTTP_HOST="localhost")
    c.login(username="operator", password="demo-kinerja-2024")
    dasbor = ukur(c, "/s/658021/dasbor/2024/")
    print(f"login page: median {login:.1f} ms; dashboard (uncached, 17 indicators): median {dasbor:.1f} ms; "
          f"ratio {dasbor / login:.1f}x (target < 5x)")


if __name__ == "__main__":
    main()
