"""Time and peak memory of building a Laporan Kinerja in each format.

    python bench/laporan.py

Loads the demo into a temporary SQLite database and adds a large synthetic satker (B-LAP:
40 indicators under 10 sasaran with a year of realisasi, 20 DIPA lines funding them, 30
documentation photos of 4000 × 3000 px as a phone camera takes them, reduced at upload to
2000 px). Then, in a fresh process per case, builds the report
(kinerja.laporan.susun + render) of KPU Kota Probolinggo 2024 and of the synthetic satker
and prints the time and the process's peak memory; beside the DOCX it times a bare docxtpl
render of the same tables (a minimal template, plain python-docx tables, no styles or
figures) and the ratio of the two, the figure that holds from machine to machine. Writes
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
fmt, kode = sys.argv[1], sys.argv[2]
s = Satker.objects.get(kode=kode)
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


BESAR = r'''
import datetime, io, random
from decimal import Decimal
import django
django.setup()
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from kinerja.anggaran import actions as ang
from kinerja.anggaran.models import BarisDipa, Dipa
from kinerja.laporan import actions as lap
from kinerja.lib.capaian import Target
from kinerja.organisasi.models import Peran, Satker
from kinerja.pengukuran import actions as ukur
from kinerja.perencanaan import actions as rencana
from kinerja.perencanaan.models import Indikator, Renstra, SasaranKegiatan, TargetIndikator
rng = random.Random(2024)
satker = Satker.objects.create(kode="B-LAP", nama="KPU Kabupaten Sintetis (bench)", tingkat="kabkota",
                               induk=Satker.objects.get(kode="658021").induk, kota="Sintetis", contoh=True)
op = get_user_model().objects.create_user("bench_lap", password="bench-kinerja-2024")
Peran.objects.create(pengguna=op, satker=satker, peran="admin")
r = rencana.simpan_renstra(Renstra(satker=satker, tahun_awal=2020, tahun_akhir=2024, visi="Visi sintetis"), pelaku=op)
sasaran = []
for n in range(1, 11):
    s = rencana.simpan_bagian(SasaranKegiatan(renstra=r, nomor=n, uraian=f"Sasaran sintetis {n}"), pelaku=op, renstra=r)
    sasaran.append(s)
    for k in range(1, 5):
        ind = rencana.simpan_bagian(Indikator(sasaran=s, kode=f"{n}.{k}", nama=f"Persentase keluaran sintetis {n}.{k}",
                                              iku=True, satuan="persen"), pelaku=op, renstra=r)
        for th in (2023, 2024):
            TargetIndikator.objects.create(indikator=ind, tahun=th, nilai=Decimal(100))
pk = rencana.buat_pk(satker, 2024, pelaku=op)
versi = pk.versi.get()
rencana.simpan_kepala_pk(versi, pelaku=op, tanggal=datetime.date(2024, 1, 5), pihak_pertama_nama="Sekretaris",
                         pihak_pertama_jabatan="Sekretaris", pihak_kedua_nama="Ketua", pihak_kedua_jabatan="Ketua")
for b in versi.baris.select_related("indikator"):
    t = Target(Decimal(100))
    rencana.simpan_baris(versi, b.indikator, {"tahun": t, "TW1": Target(Decimal(25)), "TW2": Target(Decimal(50)),
                         "TW3": Target(Decimal(75)), "TW4": t}, pelaku=op, baris=b, urutan=b.urutan)
rencana.ajukan_pk(versi, pelaku=op)
rencana.setujui_pk(versi, pelaku=op)
for b in versi.baris.select_related("indikator"):
    for tw, dasar in (("TW1", 25), ("TW2", 50), ("TW3", 75), ("TW4", 100)):
        ukur.simpan_realisasi(b.indikator, 2024, tw, pelaku=op, nilai=Decimal(max(0, dasar - rng.randrange(0, 12))),
                              analisis="Realisasi sintetis", yakin=True)
dipa = ang.simpan_dipa(Dipa(satker=satker, tahun=2024, target_tw1=Decimal(15), target_tw2=Decimal(40),
                            target_tw3=Decimal(60), target_tw4=Decimal(90)), pelaku=op)
prog = ang.simpan_baris(BarisDipa(dipa=dipa, tingkat="program", kode="076.01.CQ", uraian="Program sintetis",
                                  urutan=1), pelaku=op)
for i in range(20):
    b = ang.simpan_baris(BarisDipa(dipa=dipa, induk=prog, tingkat="kegiatan", kode=str(6700 + i),
                                   uraian=f"Kegiatan sintetis {i + 1}", urutan=i + 2, pagu=rng.randrange(100, 900) * 1_000_000,
                                   satuan_volume="dokumen", volume_target=Decimal(10), volume_realisasi=Decimal(9)),
                         pelaku=op, sasaran=[sasaran[i % 10].pk])
    ang.simpan_bulanan(b, pelaku=op, realisasi={m: b.pagu // 14 for m in range(1, 13)}, rpd={m: b.pagu // 12 for m in range(1, 13)})
# camera-sized photos (4000 x 3000, JPEG quality 90): a colour gradient with grain, so that
# they compress like a photograph rather than like flat colour or pure noise
dasar = Image.merge("RGB", [Image.linear_gradient("L").resize((4000, 3000)),
                            Image.linear_gradient("L").rotate(90).resize((4000, 3000)),
                            Image.new("L", (4000, 3000), 120)])
for i in range(30):
    buf = io.BytesIO()
    im = Image.blend(dasar, Image.effect_noise((4000, 3000), 40 + i).convert("RGB"), 0.3)
    im.save(buf, "JPEG", quality=90)
    lap.unggah_foto(satker, 2024, SimpleUploadedFile(f"f{i}.jpg", buf.getvalue()), f"Dokumentasi kegiatan sintetis {i + 1}",
                    pelaku=op, sasaran=sasaran[i % 10] if i % 3 else None)
print("ok")
'''


def main():
    with tempfile.TemporaryDirectory() as d:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_")}
        env.update(KINERJA_DATA_DIR=d, DJANGO_SETTINGS_MODULE="kinerja.settings", KINERJA_LOG_LEVEL="ERROR")
        kinerja = Path(sys.executable).with_name("kinerja")
        subprocess.run([str(kinerja), "demo"], env=env, check=True, capture_output=True, cwd=AKAR)
        r = subprocess.run([sys.executable, "-c", BESAR], env=env, capture_output=True, text=True, cwd=AKAR)
        if r.returncode:
            raise SystemExit(r.stderr[-3000:])
        print(f"Mesin: {os.cpu_count()} inti; Python {sys.version.split()[0]}")
        hasil: dict = {}
        for kode, judul in (("658021", "laporan demo KPU Kota Probolinggo 2024"),
                            ("B-LAP", "satker sintetis besar: 40 indikator, 20 baris DIPA, 30 foto")):
            print(f"== {judul}")
            hasil[kode] = {}
            for fmt in ("docx", "polos", "pdf", "xlsx", "html", "semua"):
                r = subprocess.run([sys.executable, "-c", ANAK, fmt, kode], env=env, capture_output=True, text=True,
                                   cwd=AKAR)
                if r.returncode:
                    raise SystemExit(r.stderr[-3000:])
                h = json.loads(r.stdout.strip().splitlines()[-1])
                hasil[kode][fmt] = h
                nama = {"polos": "docxtpl polos (tabel yang sama)", "semua": "DOCX+PDF+XLSX"}.get(fmt, fmt.upper())
                print(f"   {nama:<32} susun {h['susun_s']:.2f} s + tulis {h['render_s']:.2f} s = {h['total_s']:.2f} s; "
                      f"memori puncak {h['memori_puncak_mb']} MB" + (f"; {h['ukuran_kb']} KB" if "ukuran_kb" in h else ""))
            rasio = hasil[kode]["docx"]["render_s"] / hasil[kode]["polos"]["render_s"]
            hasil[kode]["rasio_docx_polos"] = round(rasio, 2)
            print(f"   rasio tulis DOCX / docxtpl polos: {rasio:.2f}x")
    (AKAR / "bench" / "hasil").mkdir(exist_ok=True)
    (AKAR / "bench" / "hasil" / "laporan.json").write_text(json.dumps(hasil, indent=2))


if __name__ == "__main__":
    main()
