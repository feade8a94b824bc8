"""Time and peak memory of building the demo Laporan Kinerja in each format.

    python bench/laporan.py

Loads the demo into a temporary SQLite database, then in a fresh process per format builds
the report of KPU Kota Probolinggo 2024 (kinerja.laporan.susun + render) and prints the
time and the process's peak memory; beside the DOCX it times a bare docxtpl render of the
same tables (a minimal template, plain python-docx tables, no styles or figures) and the
ratio of the two, the figure that holds from machine to machine. Writes
bench/hasil/laporan.json. Tests never assert these timings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
ANAK = r'''
import io, json, resource, sys, time
import django
django.setup()
from kinerja.organisasi.models import Satker
from kinerja.laporan import render
from kinerja.laporan.susun import susun
fmt = sys.argv[1]
s = Satker.objects.get(kode="658021")
t = time.perf_counter()
doc = susun(s, 2024)
t_susun = time.perf_counter() - t
hasil = {"format": fmt, "susun_s": round(t_susun, 3)}
if fmt == "semua":
    t = time.perf_counter()
    for f in ("docx", "pdf", "xlsx"):
        render.render(doc, f)
    hasil["render_s"] = round(time.perf_counter() - t, 3)
elif fmt == "polos":
    # a bare docxtpl render of the same tables: minimal template, plain tables
    from docx import Document
    from docxtpl import DocxTemplate
    polos = Document()
    polos.add_paragraph("{{p isi }}")
    buf = io.BytesIO(); polos.save(buf); buf.seek(0)
    t = time.perf_counter()
    tpl = DocxTemplate(buf)
    sd = tpl.new_subdoc()
    for tab in doc.tabel:
        sd.subdocx.add_paragraph(tab.judul)
        x = sd.subdocx.add_table(rows=1 + len(tab.baris), cols=len(tab.kolom))
        for i, k in enumerate(tab.kolom):
            x.rows[0].cells[i].text = k
        for r, b in enumerate(tab.baris, 1):
            for i, c in enumerate(b):
                x.rows[r].cells[i].text = c.teks
    tpl.render({"isi": sd}, autoescape=True)
    out = io.BytesIO(); tpl.save(out)
    hasil["render_s"] = round(time.perf_counter() - t, 3)
else:
    t = time.perf_counter()
    isi = render.render(doc, fmt)
    hasil["render_s"] = round(time.perf_counter() - t, 3)
    hasil["ukuran_kb"] = len(isi) // 1024
hasil["total_s"] = round(hasil["susun_s"] + hasil["render_s"], 3)
hasil["memori_puncak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(hasil))
'''


def main():
    with tempfile.TemporaryDirectory() as d:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_")}
        env.update(KINERJA_DATA_DIR=d, DJANGO_SETTINGS_MODULE="kinerja.settings", KINERJA_LOG_LEVEL="ERROR")
        kinerja = Path(sys.executable).with_name("kinerja")
        subprocess.run([str(kinerja), "demo"], env=env, check=True, capture_output=True, cwd=AKAR)
        print(f"Mesin: {os.cpu_count()} inti; Python {sys.version.split()[0]}; laporan demo KPU Kota Probolinggo 2024")
        hasil = {}
        for fmt in ("docx", "polos", "pdf", "xlsx", "html", "semua"):
            r = subprocess.run([sys.executable, "-c", ANAK, fmt], env=env, capture_output=True, text=True, cwd=AKAR)
            if r.returncode:
                raise SystemExit(r.stderr[-3000:])
            h = json.loads(r.stdout.strip().splitlines()[-1])
            hasil[fmt] = h
            nama = {"polos": "docxtpl polos (tabel yang sama)", "semua": "DOCX+PDF+XLSX"}.get(fmt, fmt.upper())
            print(f"   {nama:<32} susun {h['susun_s']:.2f} s + tulis {h['render_s']:.2f} s = {h['total_s']:.2f} s; "
                  f"memori puncak {h['memori_puncak_mb']} MB")
        rasio = hasil["docx"]["render_s"] / hasil["polos"]["render_s"]
        hasil["rasio_docx_polos"] = round(rasio, 2)
        print(f"   rasio tulis DOCX / docxtpl polos: {rasio:.2f}x")
    (AKAR / "bench" / "hasil").mkdir(exist_ok=True)
    (AKAR / "bench" / "hasil" / "laporan.json").write_text(json.dumps(hasil, indent=2))


if __name__ == "__main__":
    main()
