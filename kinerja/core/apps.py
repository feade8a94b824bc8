from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kinerja.core"
    label = "core"
    verbose_name = "Inti: jejak audit dan komentar"

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_login_failed

        from . import login

        user_login_failed.connect(login.record_failed_login, dispatch_uid="kinerja.login.gagal")
        user_locked_out.connect(login.record_lockout, dispatch_uid="kinerja.login.terkunci")
        # Usernames: a safe character set on every path (forms, admin, createsuperuser).
        field = get_user_model()._meta.get_field("username")
        field.validators[:] = [v for v in field.validators
                               if type(v).__name__ != "UnicodeUsernameValidator"] + [login.validate_username]
