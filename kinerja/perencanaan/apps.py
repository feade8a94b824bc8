from django.apps import AppConfig


class PerencanaanConfig(AppConfig):
    name = "kinerja.perencanaan"
    label = "perencanaan"
    verbose_name = "Perencanaan"

    def ready(self):
        from kinerja.core import navigation

        navigation.register("Perjanjian Kinerja", "perencanaan:pk_daftar", hak="baca", urutan=20)
        navigation.register("Renstra", "perencanaan:renstra_daftar", hak="baca", urutan=30)
        from . import actions, locks  # noqa: F401  registers its audit events and what it feeds to locked documents
