from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Sajikan aplikasi dengan waitress (server WSGI produksi, tanpa mode debug)."

    def add_arguments(self, parser):
        parser.add_argument("--alamat", default="127.0.0.1:8000", help="host:port (bawaan 127.0.0.1:8000)")
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args, alamat, threads, **opts):
        from waitress import serve

        from kinerja.wsgi import application

        host, _, port = alamat.rpartition(":")
        self.stdout.write(f"kinerja melayani di http://{alamat}/ (basis data: {settings.DATABASES['default']['NAME']}).")
        self.stdout.write("Tekan Ctrl+C untuk berhenti.")
        serve(application, host=host or "127.0.0.1", port=int(port), threads=threads,
              ident="kinerja", clear_untrusted_proxy_headers=True)
