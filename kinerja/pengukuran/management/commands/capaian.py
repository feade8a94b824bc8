from django.core.management.base import BaseCommand, CommandError

from kinerja.lib.periode import LABEL_PERIODE
from kinerja.organisasi.models import Satker
from kinerja.pengukuran.layanan import PERIODE_SEMUA, matriks, sebagai_json


class Command(BaseCommand):
    help = "Cetak setiap indikator PK dengan target, realisasi, dan capaian per triwulan dan tahunan."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="kode satker, mis. 658021")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, satker, tahun, **opts):
        s = Satker.objects.filter(kode=satker).first()
        if s is None:
            raise CommandError(f"Satker {satker} tidak ditemukan.")
        m = matriks(s, tahun)
        if m.versi is None:
            raise CommandError(f"Satker {satker} belum memiliki PK tahun {tahun}.")
        if opts["json"]:
            import json

            self.stdout.write(json.dumps(sebagai_json(m), ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"Capaian kinerja {s.nama} ({s.kode}) tahun {tahun} — {m.versi} "
                          f"[{m.versi.get_status_display()}]")
        if m.ada_contoh:
            self.stdout.write("* = realisasi contoh (data demo yang dibangkitkan, bukan data resmi); "
                              "target* = target contoh (tidak tercantum di sumber)")
        lebar = [8, 14, 12, 16]
        for b in m.baris:
            ind = b.indikator
            self.stdout.write("")
            self.stdout.write(f"{ind.kode}  {ind.nama}{'  [IKU]' if ind.iku else ''}")
            self.stdout.write("  " + "".join(h.ljust(w) for h, w in zip(
                ["Periode", "Target", "Realisasi", "Capaian"], lebar)) + "Kategori / catatan")
            for p in PERIODE_SEMUA:
                sel = b.sel[p]
                real = sel.realisasi_teks + ("*" if sel.contoh else "")
                ket = sel.alasan or sel.kategori.label
                self.stdout.write("  " + "".join(str(v).ljust(w) for v, w in zip(
                    [LABEL_PERIODE[p], sel.target_teks + ("*" if sel.target_contoh else ""), real,
                     sel.capaian_teks], lebar)) + ket)
