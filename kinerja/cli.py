"""The ``kinerja`` command: manage.py with friendly verbs.

    kinerja demo                      migrate and load the KPU Kota Probolinggo demo (idempotent)
    kinerja serve [--alamat H:P]      serve the app (waitress) on 127.0.0.1:8000
    kinerja capaian --satker 658021 --tahun 2024 [--json]
                                      every PK indicator with target, realisasi and capaian
    kinerja anggaran --satker 658021 --tahun 2024 [--json]
                                      the DIPA with pagu, realisasi and penyerapan per line
    kinerja laporan --satker 658021 --tahun 2024 [--format docx,pdf,xlsx] [--out DIR]
                                      the Laporan Kinerja built from the data
    kinerja <perintah Django>         any manage.py command (migrate, createsuperuser, ...)
"""

import os
import sys


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinerja.settings")
    if not argv or argv[0] in ("-h", "--help", "bantuan"):
        print(__doc__.strip())
        return 0
    from django.core.management import execute_from_command_line

    execute_from_command_line(["kinerja", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
