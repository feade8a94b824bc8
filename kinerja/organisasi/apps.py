from django.apps import AppConfig


class OrganisasiConfig(AppConfig):
    name = "kinerja.organisasi"
    label = "organisasi"
    verbose_name = "Organisasi"
