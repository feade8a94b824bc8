"""``kinerja ukuran --satker 658021 --tahun 2024 [--json]``: each PK indicator bound to a
register measure, and per quarter (cumulative) its numerator, denominator and realisasi."""

from django.core.management.base import BaseCommand, CommandError

from kinerja.lib.angka import format_angka, format_persen
from kinerja.organisasi.models import Satker
from kinerja.register.layanan import indikator_terikat


class Command(BaseCommand):
    help = "Cetak indikator yang dihitung dari register: ukuran, pembilang, penyebut, dan realisasi per triwulan."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode satker, mis. 658021")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--json", action="store_true", help="keluaran JSON (angka sebagai teks)")

    def handle(self, *args, satker, tahun, **opts):
        s = Satker.objects.filter(kode=satker).first()
        if s is None:
            raise CommandError(f"Satker {satker} tidak ditemukan.")
        daftar = indikator_terikat(s, tahun)
        if opts["json"]:
            import json

            self.stdout.write(json.dumps({
                "satker": s.kode, "tahun": tahun,
                "indikator": [{"kode": ind.kode, "ukuran": ikatan.label, **{
                    p: {"pembilang": str(h.pembilang), "penyebut": str(h.penyebut),
                        "realisasi": None if h.persen is None else str(round(h.persen, 2)),
                        **({"catatan": "Belum ada catatan yang dihitung sampai akhir triwulan ini."}
                           if h.persen is None else {})}
                    for p, h in tw.items()}} for ind, ikatan, tw in daftar],
            }, ensure_ascii=False, indent=2))
            return
        if not daftar:
            self.stdout.write(f"Belum ada indikator {s.nama} tahun {tahun} yang dihitung dari register.")
            return
        self.stdout.write(f"Indikator {s.nama} ({s.kode}) tahun {tahun} yang dihitung dari register "
                          "(kumulatif sejak 1 Januari)")
        for ind, ikatan, tw in daftar:
            self.stdout.write("")
            self.stdout.write(f"{ind.kode}  {ind.nama}")
            self.stdout.write(f"  ukuran: {ikatan.judul} ({'; '.join(u.rujukan for u in ikatan.ukuran)})")
            for p, h in tw.items():
                self.stdout.write(f"  {p}  {format_angka(h.pembilang, 0)}/{format_angka(h.penyebut, 0)}  "
                                  f"{format_persen(h.persen)}")
