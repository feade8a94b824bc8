import os
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = ("Sajikan aplikasi: waitress dalam satu proses (bawaan, juga di Windows), atau gunicorn "
            "dengan beberapa proses (--proses N, Linux/macOS) agar semua inti CPU terpakai.")

    def add_arguments(self, parser):
        parser.add_argument("--alamat", default="127.0.0.1:8000", help="host:port (bawaan 127.0.0.1:8000)")
        parser.add_argument("--threads", type=int, default=8, help="utas per proses")
        parser.add_argument("--proses", type=int, default=1,
                            help="jumlah proses pekerja; >1 memakai gunicorn (bawaan 1: waitress)")
        parser.add_argument("--tanpa-pekerja-tugas", action="store_true",
                            help="jangan jalankan pekerja tugas latar (pembuatan laporan) di samping server")

    def _pekerja_tugas(self):
        """The background-task worker (django-tasks' database backend) beside the web server:
        one process in the same process group, so Ctrl+C stops both."""
        import subprocess

        if "DatabaseBackend" not in settings.TASKS["default"]["BACKEND"]:
            return None
        return subprocess.Popen([sys.executable, "-m", "kinerja", "db_worker", "--interval", "1"])

    def handle(self, *args, alamat, threads, proses, tanpa_pekerja_tugas=False, **opts):
        host, _, port = alamat.rpartition(":")
        if not port.isdigit():
            raise CommandError("Alamat ditulis sebagai host:port, mis. 127.0.0.1:8000.")
        self.stdout.write(f"kinerja melayani di http://{alamat}/ (basis data: {settings.DATABASES['default']['NAME']}, "
                          f"{proses} proses × {threads} utas). Tekan Ctrl+C untuk berhenti.")
        self.stdout.flush()
        pekerja = None if tanpa_pekerja_tugas else self._pekerja_tugas()
        if proses > 1:
            if sys.platform == "win32":
                raise CommandError("--proses lebih dari 1 memerlukan Linux atau macOS (gunicorn).")
            os.execvp(sys.executable, [
                sys.executable, "-m", "gunicorn", "kinerja.wsgi:application", "--bind", alamat,
                "--workers", str(proses), "--threads", str(threads), "--worker-class", "gthread",
                "--access-logfile", "-" if settings.DEBUG else "/dev/null", "--log-level", "warning"])
        from waitress import serve

        from django.core.wsgi import get_wsgi_application

        application = get_wsgi_application()

        from kinerja.core.limits import largest_limit

        # twice the largest route limit: a body somewhat above a page's limit still reaches the
        # app's own check (BodyLimitMiddleware), which answers in Indonesian and says the limit;
        # only a body beyond that meets waitress' own refusal
        try:
            serve(application, host=host or "127.0.0.1", port=int(port), threads=threads,
                  ident="kinerja", clear_untrusted_proxy_headers=True,
                  max_request_body_size=2 * largest_limit())
        finally:
            if pekerja is not None:
                pekerja.terminate()
