import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.laporan import render
from kinerja.laporan.susun import susun
from kinerja.organisasi.models import Satker


class Command(BaseCommand):
    help = "Susun Laporan Kinerja satker dari data dan tulis sebagai DOCX, PDF, dan/atau XLSX."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode satker, mis. 658021")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--format", default="docx,pdf,xlsx", help="docx,pdf,xlsx,html (pisahkan dengan koma)")
        parser.add_argument("--out", default=".", help="folder tujuan")

    def handle(self, *args, satker, tahun, format, out, **opts):
        s = Satker.objects.filter(kode=satker).first()
        if s is None:
            raise CommandError(f"Satker {satker} tidak ditemukan.")
        daftar = [f.strip().lower() for f in format.split(",") if f.strip()]
        salah = [f for f in daftar if f not in render.FORMAT]
        if salah or not daftar:
            raise CommandError(f"Format tidak dikenal: {', '.join(salah) or '(kosong)'}. Pilih dari "
                               f"{', '.join(render.FORMAT)}.")
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        langkah = len(daftar) + 1
        self._bar(0, langkah, "menyusun laporan dari data")
        mulai = time.perf_counter()
        doc = susun(s, tahun)
        self._bar(1, langkah, "laporan tersusun")
        for i, f in enumerate(daftar, 2):
            isi = render.render(doc, f)
            tujuan = folder / f"laporan-kinerja-{s.kode}-{tahun}.{f}"
            tujuan.write_bytes(isi)
            self._bar(i, langkah, f"{tujuan} ({len(isi) // 1024} KB)")
        self.stdout.write(f"Selesai dalam {time.perf_counter() - mulai:.1f} s.")
        if doc.kesenjangan:
            self.stdout.write(f"{len(doc.kesenjangan)} kekurangan data dinyatakan dalam laporan "
                              "(lihat halaman laporan).")

    def _bar(self, n, total, teks):
        isi = int(20 * n / total)
        self.stdout.write(f"[{'#' * isi}{'.' * (20 - isi)}] {n}/{total} {teks}")
