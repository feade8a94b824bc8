"""Logging in: who the client is, what a failed login leaves in the audit trail, which
usernames are allowed, and a 403 that logs one line.

Throttling itself is django-axes (settings.AXES_*): after the configured number of
failures an account, and separately an address, is locked for a while.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import RegexValidator

from .events import LOGIN_FAILED, LOGIN_LOCKED

# ASCII letters in lower case, digits, and . _ - : no look-alike "admіn" (Cyrillic і), no
# spaces, nothing a reader could confuse with another account.
USERNAME_RE = r"^[a-z0-9][a-z0-9._-]{1,149}$"
validate_username = RegexValidator(
    USERNAME_RE,
    "Nama pengguna 2–150 karakter: huruf kecil a–z, angka, titik, garis bawah, atau tanda "
    "hubung, diawali huruf atau angka.", code="nama_pengguna")

_ALAMAT_RE = re.compile(r"^[0-9a-fA-F:.]{2,45}$")


def client_address(request) -> str | None:
    """The client's address: REMOTE_ADDR, or behind the documented reverse proxy
    (KINERJA_BEHIND_PROXY) the address that proxy appended last to X-Forwarded-For."""
    alamat = request.META.get("REMOTE_ADDR", "") or ""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        diteruskan = request.META.get("HTTP_X_FORWARDED_FOR", "")
        terakhir = diteruskan.split(",")[-1].strip() if diteruskan else ""
        if _ALAMAT_RE.match(terakhir):
            alamat = terakhir
    return alamat if _ALAMAT_RE.match(alamat) else None


def record_failed_login(sender, credentials=None, request=None, **kwargs):
    """Every failed login is an audit row (no password, ever)."""
    from .models import Jejak

    nama = str((credentials or {}).get("username", ""))[:150]
    alamat = (client_address(request) if request is not None else None) or "tidak diketahui"
    Jejak.objects.create(pelaku=None, pelaku_nama=nama or "(kosong)", satker=None, peristiwa=LOGIN_FAILED,
                         model="auth.user", objek_id="", objek_repr=nama[:300],
                         keterangan=f"Gagal masuk dari alamat {alamat}.")


def record_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    from .models import Jejak

    nama = str(username or "")[:150]
    Jejak.objects.create(pelaku=None, pelaku_nama=nama or "(kosong)", satker=None, peristiwa=LOGIN_LOCKED,
                         model="auth.user", objek_id="", objek_repr=nama[:300],
                         keterangan=f"Terkunci setelah {settings.AXES_FAILURE_LIMIT} kali gagal masuk "
                                    f"(alamat {ip_address or 'tidak diketahui'}).")


def _axes_standalone():
    from axes.backends import AxesStandaloneBackend

    return AxesStandaloneBackend


class AxesBackend(_axes_standalone()):
    """django-axes' check for every login over HTTP. An authentication without a request
    (a shell, a management command, the test client's login) has no client to throttle,
    so it passes to the next backend instead of raising."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LoginForm(AuthenticationForm):
    """The login form, in plain Indonesian (Django's translation repeats "nama pengguna")."""

    error_messages = {
        "invalid_login": "Nama pengguna atau kata sandi salah. Perhatikan huruf besar dan kecil pada "
                         "kata sandi.",
        "inactive": "Akun ini tidak aktif. Hubungi admin satker Anda.",
    }
