"""Settings for kinerja, driven by environment variables.

KINERJA_ENV            "production" turns on the hardened settings (HTTPS, secure cookies,
                       HSTS) and requires KINERJA_SECRET_KEY and KINERJA_ALLOWED_HOSTS.
KINERJA_DATABASE_URL   a PostgreSQL URL (postgres://user:pass@host:5432/db); when unset,
                       SQLite is used at KINERJA_DB_PATH.
KINERJA_DB_CONN_MAX_AGE seconds a PostgreSQL connection is reused (default 60).
KINERJA_DATA_DIR       where SQLite, evidence files and a generated dev secret live (./var).
KINERJA_DB_PATH        the SQLite file (default KINERJA_DATA_DIR/kinerja.sqlite3).
KINERJA_MEDIA_ROOT     evidence files (default KINERJA_DATA_DIR/berkas); never served
                       publicly, only through the access-checked view.
KINERJA_BUKTI_MAKS_MB  largest evidence file accepted (default 10).
KINERJA_DEBUG          1 for Django's debug pages (development only).
KINERJA_CACHE          "mati" disables the per-process page cache.
"""

import os
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

PAKET_DIR = Path(__file__).resolve().parent


def _env(nama, default=None):
    nilai = os.environ.get(nama)
    return default if nilai in (None, "") else nilai


def _env_bool(nama, default=False):
    return str(_env(nama, "1" if default else "0")).lower() in ("1", "true", "yes", "ya")


PRODUKSI = _env("KINERJA_ENV", "development") == "production"
DATA_DIR = Path(_env("KINERJA_DATA_DIR", Path.cwd() / "var")).resolve()
DEBUG = _env_bool("KINERJA_DEBUG") and not PRODUKSI


def _secret_key():
    kunci = _env("KINERJA_SECRET_KEY")
    if kunci:
        return kunci
    if PRODUKSI:
        raise ImproperlyConfigured("KINERJA_SECRET_KEY wajib diisi pada KINERJA_ENV=production.")
    berkas = DATA_DIR / "secret_key"
    try:
        return berkas.read_text().strip()
    except FileNotFoundError:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        kunci = secrets.token_urlsafe(50)
        berkas.write_text(kunci)
        berkas.chmod(0o600)
        return kunci


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = [h.strip() for h in _env("KINERJA_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
if PRODUKSI and not _env("KINERJA_ALLOWED_HOSTS"):
    raise ImproperlyConfigured("KINERJA_ALLOWED_HOSTS wajib diisi pada KINERJA_ENV=production.")
CSRF_TRUSTED_ORIGINS = [o for o in _env("KINERJA_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "kinerja.core",
    "kinerja.organisasi",
    "kinerja.perencanaan",
    "kinerja.pengukuran",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kinerja.core.batas.BatasBadanMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "kinerja.urls"
WSGI_APPLICATION = "kinerja.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PAKET_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            "builtins": ["kinerja.core.templatetags.format_id"],
        },
    },
]

_url = _env("KINERJA_DATABASE_URL")
if _url:
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(
        _url, conn_max_age=int(_env("KINERJA_DB_CONN_MAX_AGE", "60")), conn_health_checks=True)}
else:
    _db = Path(_env("KINERJA_DB_PATH", DATA_DIR / "kinerja.sqlite3"))
    _db.parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": _db,
            "OPTIONS": {
                # WAL lets readers run beside one writer; IMMEDIATE takes the write lock
                # at BEGIN so concurrent writers wait (busy timeout) instead of failing.
                "init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
CSRF_FAILURE_VIEW = "kinerja.core.views.csrf_gagal"
LOGIN_URL = "masuk"
LOGIN_REDIRECT_URL = "beranda"
LOGOUT_REDIRECT_URL = "masuk"

LANGUAGE_CODE = "id"
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
# Numbers are formatted explicitly with kinerja.lib.angka; Django's localisation must never
# put a thousands separator into a URL or an HTML attribute.
USE_THOUSAND_SEPARATOR = False

STATIC_URL = "static/"
# Development serves static files straight from the package (WhiteNoise finders); production
# serves the collected, hashed copies from STATIC_ROOT (``kinerja collectstatic``).
STATIC_ROOT = Path(_env("KINERJA_STATIC_ROOT", DATA_DIR / "static")) if PRODUKSI else None
MEDIA_ROOT = Path(_env("KINERJA_MEDIA_ROOT", DATA_DIR / "berkas"))
# No route serves MEDIA_URL: evidence is served only by kinerja.pengukuran.views.unduh_bukti,
# after the access check. Do not map it in a reverse proxy.
MEDIA_URL = "/berkas/"
if PRODUKSI:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
else:
    WHITENOISE_USE_FINDERS = True

BUKTI_MAKS_BYTE = int(_env("KINERJA_BUKTI_MAKS_MB", "10")) * 1024 * 1024
# Bodies beyond a route's limit are refused from their Content-Length (kinerja.core.batas).
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

SESSION_COOKIE_AGE = 8 * 3600
# Sessions live in the database and are cached per process, saving a query per request.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
if PRODUKSI:
    SECURE_SSL_REDIRECT = _env_bool("KINERJA_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(_env("KINERJA_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if _env_bool("KINERJA_BEHIND_PROXY"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Per-process memory cache of computed pages, keyed by each satker's data version.
# KINERJA_CACHE=mati turns it off (every page computed from the database).
CACHES = {"default": {
    "BACKEND": ("django.core.cache.backends.dummy.DummyCache" if _env("KINERJA_CACHE") == "mati"
                else "django.core.cache.backends.locmem.LocMemCache"),
    "OPTIONS": {"MAX_ENTRIES": 5000},
}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": _env("KINERJA_LOG_LEVEL", "WARNING")},
}
