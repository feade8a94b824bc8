"""``kinerja ukuran --satker 658021 --tahun 2024 [--json]``: each PK indicator bound to a
register measure or formula, and per quarter its numerator, denominator and realisasi, by the
indicator's roll-up rule (kinerja.register.ukuran.per_triwulan)."""

from django.core.management.base import BaseCommand, CommandError

from kinerja.lib.angka import bulatkan, format_persen, format_ringkas
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
                        "realisasi": None if h.persen is None else str(bulatkan(h.persen, 2)),
                        **({"catatan": _catatan(h)} if h.persen is None else {})}
                    for p, h in tw.items()}} for ind, ikatan, tw in daftar],
            }, ensure_ascii=False, indent=2))
            return
        if not daftar:
            self.stdout.write(f"Belum ada indikator {s.nama} tahun {tahun} yang dihitung dari register.")
            return
        self.stdout.write(f"Indikator {s.nama} ({s.kode}) tahun {tahun} yang dihitung dari register "
                          "(per triwulan menurut aturan agregasi indikator)")
        for ind, ikatan, tw in daftar:
            self.stdout.write("")
            self.stdout.write(f"{ind.kode}  {ind.nama}")
            self.stdout.write(f"  ukuran: {ikatan.judul} ({'; '.join(u.rujukan for u in ikatan.ukuran)})")
            for p, h in tw.items():
                teks = f"{format_persen(h.persen)}" if h.persen is not None else _catatan(h)
                self.stdout.write(f"  {p}  {format_ringkas(h.pembilang)}/{format_ringkas(h.penyebut)}  {teks}")


def _catatan(h) -> str:
    """Why a quarter has no figure."""
    if not h.wajib:
        return "Indikator ini tidak diukur pada triwulan ini."
    if h.masalah:
        return f"Tidak dapat dihitung: {h.masalah}"
    return "Belum ada catatan yang dihitung untuk triwulan ini."
