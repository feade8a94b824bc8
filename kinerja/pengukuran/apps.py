from django.apps import AppConfig


class PengukuranConfig(AppConfig):
    name = "kinerja.pengukuran"
    label = "pengukuran"
    verbose_name = "Pengukuran"
