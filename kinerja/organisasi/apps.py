from django.apps import AppConfig


class OrganisasiConfig(AppConfig):
    name = "kinerja.organisasi"
    label = "organisasi"
    verbose_name = "Organisasi"

    def ready(self):
        from kinerja.core import navigation

        navigation.register("Pengaturan", "organisasi:pengaturan", hak="baca", urutan=90)
        navigation.register("Jejak audit", "organisasi:jejak", hak="baca", urutan=85)
        navigation.register("Pengguna", "organisasi:pengguna", hak="kelola", urutan=95)
        from . import actions  # noqa: F401  registers its audit events
