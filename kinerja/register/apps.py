from django.apps import AppConfig


class RegisterConfig(AppConfig):
    name = "kinerja.register"
    label = "register"
    verbose_name = "Register operasional"

    def ready(self):
        from kinerja.core import navigation

        navigation.register("Register", "register:beranda", hak="baca", urutan=45)
        from . import daftar  # noqa: F401  the registers and their measures are declared there
        from . import layanan  # noqa: F401  registers the computed realisasi (pengukuran.hitungan)
