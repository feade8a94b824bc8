from django.apps import AppConfig


class AnggaranConfig(AppConfig):
    name = "kinerja.anggaran"
    label = "anggaran"
    verbose_name = "Anggaran"

    def ready(self):
        from kinerja.core import navigation

        navigation.register("Anggaran", "anggaran:beranda", hak="baca", urutan=40)
        from kinerja.core import dasbor

        from . import actions, locks  # noqa: F401  audit events and what feeds a locked month
        from .layanan import keterangan_dasbor

        dasbor.register_sasaran(keterangan_dasbor)
