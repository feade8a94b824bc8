from django.apps import AppConfig


class PengukuranConfig(AppConfig):
    name = "kinerja.pengukuran"
    label = "pengukuran"
    verbose_name = "Pengukuran"

    def ready(self):
        from kinerja.core import navigation

        navigation.register("Dasbor", "pengukuran:satker", hak="baca", urutan=10)
        from . import actions, locks  # noqa: F401  registers its audit events and what it feeds to locked documents
