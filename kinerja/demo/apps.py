from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "kinerja.demo"
    label = "demo"
    verbose_name = "Demo KPU Kota Probolinggo"

    def ready(self):
        from . import muat  # noqa: F401  registers its audit event
