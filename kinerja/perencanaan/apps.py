from django.apps import AppConfig


class PerencanaanConfig(AppConfig):
    name = "kinerja.perencanaan"
    label = "perencanaan"
    verbose_name = "Perencanaan"

    def ready(self):
        from . import kunci  # noqa: F401  registers what this app feeds to locked documents
