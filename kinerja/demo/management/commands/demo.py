from django.core.management import call_command
from django.core.management.base import BaseCommand

from kinerja.demo import data
from kinerja.demo.muat import muat


class Command(BaseCommand):
    help = "Migrasi basis data lalu muat demo KPU Kota Probolinggo (aman dijalankan berulang)."

    def handle(self, *args, **opts):
        call_command("migrate", interactive=False, verbosity=0)
        if muat():
            self.stdout.write(self.style.SUCCESS(f"Demo KPU Kota Probolinggo dimuat dari {data.SEED}."))
        else:
            self.stdout.write("Demo sudah ada; tidak ada yang diubah.")
        self.stdout.write("Akun demo (kata sandi untuk semua: %s):" % data.KATA_SANDI_DEMO)
        for username, _nama, kode, peran in data.PENGGUNA:
            self.stdout.write(f"  {username:<9} {peran:<9} satker {kode}")
