from django.apps import AppConfig


class LaporanConfig(AppConfig):
    name = "kinerja.laporan"
    label = "laporan"
    verbose_name = "Laporan Kinerja"

    def ready(self):
        from kinerja.core import navigation

        navigation.register("Laporan", "laporan:beranda", hak="baca", urutan=50)
        from . import actions, locks  # noqa: F401  audit events and what feeds a locked report
