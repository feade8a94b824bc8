from django.core.management.base import BaseCommand, CommandError

from kinerja.anggaran.layanan import anggaran, sebagai_json
from kinerja.lib.angka import format_angka, format_persen
from kinerja.organisasi.models import Satker


class Command(BaseCommand):
    help = "Cetak anggaran (DIPA) satker: pagu, realisasi, dan penyerapan per baris dan total."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode satker, mis. 658021")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, satker, tahun, **opts):
        s = Satker.objects.filter(kode=satker).first()
        if s is None:
            raise CommandError(f"Satker {satker} tidak ditemukan.")
        a = anggaran(s, tahun)
        if a.dipa is None:
            raise CommandError(f"Satker {satker} belum memiliki DIPA tahun {tahun}.")
        if opts["json"]:
            import json

            self.stdout.write(json.dumps(sebagai_json(a), ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"Anggaran {s.nama} ({s.kode}) tahun {tahun} — {a.dipa}, {len(a.revisi)} kali revisi")
        if a.ada_contoh:
            self.stdout.write("* = baris dengan realisasi bulanan contoh (dibangkitkan untuk demo; jumlah setahun "
                              "dari sumber)")
        self.stdout.write("")
        self.stdout.write(f"{'Kode':<24}{'Pagu':>20}{'Realisasi':>20}{'Penyerapan':>12}  Uraian")
        for x in a.semua():
            p = x.penyerapan
            self.stdout.write(f"{(x.baris.kode_lengkap or '–'):<24}{format_angka(x.pagu, 0):>20}"
                              f"{format_angka(x.realisasi, 0):>20}{format_persen(p.persen):>12}  "
                              f"{'  ' * x.kedalaman}{x.baris.uraian}{'*' if x.contoh else ''}"
                              + (f" ({p.catatan})" if p.catatan else ""))
        p = a.penyerapan
        self.stdout.write(f"{'Jumlah':<24}{format_angka(a.pagu, 0):>20}{format_angka(a.realisasi, 0):>20}"
                          f"{format_persen(p.persen):>12}")
