from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kinerja.core"
    label = "core"
    verbose_name = "Inti: jejak audit dan komentar"

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_login_failed

        from . import masuk

        user_login_failed.connect(masuk.catat_gagal_masuk, dispatch_uid="kinerja.masuk.gagal")
        user_locked_out.connect(masuk.catat_terkunci, dispatch_uid="kinerja.masuk.terkunci")
        # Usernames: a safe character set on every path (forms, admin, createsuperuser).
        field = get_user_model()._meta.get_field("username")
        field.validators[:] = [v for v in field.validators
                               if type(v).__name__ != "UnicodeUsernameValidator"] + [masuk.validasi_nama_pengguna]
