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
KINERJA_TUGAS          where background tasks (building a Laporan Kinerja) run: "db" (default:
                       queued in the database, run by the worker `kinerja serve` starts, or
                       `kinerja db_worker`), "langsung" (run at once, inside the request), or
                       the dotted path of another backend of Django's task framework (e.g.
                       django_tasks_rq.RQBackend, with its package installed).
KINERJA_MASUK_MAKS_GAGAL  failed logins before an account or an address is locked (default 5).
KINERJA_MASUK_JEDA_MENIT  minutes a lockout lasts (default 30); an admin can unlock earlier.

Every variable may instead name a file with NAME_FILE (e.g. KINERJA_SECRET_KEY_FILE,
KINERJA_DATABASE_URL_FILE), for secrets kept by the service manager. Values are read
strictly: an unknown yes/no, a number that is not one, a database URL that is not
postgres:// or an unknown KINERJA_ENV stops start-up with a message naming the variable.
"""

import datetime as _dt
import os
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

PAKET_DIR = Path(__file__).resolve().parent


def _env(nama, default=None):
    nilai = os.environ.get(nama)
    berkas = os.environ.get(f"{nama}_FILE")
    if nilai in (None, "") and berkas:
        try:
            nilai = Path(berkas).read_text().strip()
        except OSError as e:
            raise ImproperlyConfigured(f"{nama}_FILE tidak dapat dibaca: {e}") from None
    return default if nilai in (None, "") else nilai


_YA = {"1", "true", "yes", "ya", "on", "y"}
_TIDAK = {"0", "false", "no", "tidak", "off", "n"}


def _env_bool(nama, default=False):
    nilai = _env(nama)
    if nilai is None:
        return default
    if nilai.strip().lower() in _YA:
        return True
    if nilai.strip().lower() in _TIDAK:
        return False
    raise ImproperlyConfigured(f"{nama}={nilai!r} tidak dikenal: gunakan 1/0, true/false, yes/no, "
                               "ya/tidak, atau on/off.")


def _env_int(nama, default: int, *, minimum: int = 0) -> int:
    nilai = _env(nama)
    if nilai is None:
        return default
    try:
        angka = int(nilai)
    except ValueError:
        raise ImproperlyConfigured(f"{nama}={nilai!r} harus bilangan bulat.") from None
    if angka < minimum:
        raise ImproperlyConfigured(f"{nama}={nilai!r} paling kecil {minimum}.")
    return angka


_LINGKUNGAN = _env("KINERJA_ENV", "development")
if _LINGKUNGAN not in ("development", "production"):
    raise ImproperlyConfigured(f"KINERJA_ENV={_LINGKUNGAN!r} tidak dikenal: gunakan development atau "
                               "production.")
PRODUKSI = _LINGKUNGAN == "production"
DATA_DIR = Path(_env("KINERJA_DATA_DIR", Path.cwd() / "var")).resolve()
DEBUG = _env_bool("KINERJA_DEBUG") and not PRODUKSI


def _kunci_lemah(kunci: str) -> str | None:
    """Django's own bar for a production key (check W009), stated as a refusal."""
    if len(kunci) < 50:
        return "kurang dari 50 karakter"
    if len(set(kunci)) < 5:
        return "kurang dari 5 karakter berbeda"
    if kunci.startswith("django-insecure"):
        return "berawalan django-insecure"
    return None


def _secret_key():
    kunci = _env("KINERJA_SECRET_KEY")
    if kunci:
        lemah = _kunci_lemah(kunci)
        if PRODUKSI and lemah:
            raise ImproperlyConfigured(
                f"KINERJA_SECRET_KEY terlalu lemah ({lemah}). Buat yang baru, mis. dengan "
                "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`.")
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
    "django.forms",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "kinerja.core",
    "kinerja.organisasi",
    "kinerja.perencanaan",
    "kinerja.pengukuran",
    "kinerja.anggaran",
    "kinerja.register",
    "kinerja.laporan",
    "kinerja.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kinerja.core.limits.BodyLimitMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

# Login throttling (django-axes): an account, and separately an address, is locked after
# KINERJA_MASUK_MAKS_GAGAL failures for KINERJA_MASUK_JEDA_MENIT minutes. Failures and
# lockouts are written to the audit trail (kinerja.core.login); a satker admin unlocks its
# users on their page, a superuser unlocks addresses in /admin/axes/.
AUTHENTICATION_BACKENDS = [
    "kinerja.core.login.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = _env_int("KINERJA_MASUK_MAKS_GAGAL", 5, minimum=1)
AXES_COOLOFF_TIME = _dt.timedelta(minutes=_env_int("KINERJA_MASUK_JEDA_MENIT", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/terkunci.html"
AXES_CLIENT_IP_CALLABLE = "kinerja.core.login.client_address"
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): only this server's own scripts, styles and images;
# no inline script or style anywhere (static/kinerja/kinerja.js binds the few behaviours).
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {"DIRECTIVES": {
    "default-src": [SELF], "script-src": [SELF], "style-src": [SELF], "img-src": [SELF, "data:"],
    "font-src": [SELF], "connect-src": [SELF], "form-action": [SELF], "frame-ancestors": [NONE],
    "base-uri": [SELF], "object-src": [NONE],
}}

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

    if not _url.startswith(("postgres://", "postgresql://")):
        raise ImproperlyConfigured("KINERJA_DATABASE_URL harus berbentuk postgres://pengguna:sandi@host:5432/"
                                   "basisdata (SQLite dipakai bila variabel ini kosong).")
    try:
        DATABASES = {"default": dj_database_url.parse(
            _url, conn_max_age=_env_int("KINERJA_DB_CONN_MAX_AGE", 60), conn_health_checks=True)}
    except ValueError as e:
        raise ImproperlyConfigured(f"KINERJA_DATABASE_URL tidak dapat dibaca: {e}") from None
    if not DATABASES["default"].get("NAME"):
        raise ImproperlyConfigured("KINERJA_DATABASE_URL tanpa nama basis data.")
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
            # Keep each thread's connection between requests: reopening the file re-runs the
            # PRAGMAs and starts from a cold page cache, a quarter of an uncached page's CPU.
            "CONN_MAX_AGE": _env_int("KINERJA_DB_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
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
FORM_RENDERER = "kinerja.core.forms.Renderer"
LOGIN_URL = "core:masuk"
LOGIN_REDIRECT_URL = "beranda"
LOGOUT_REDIRECT_URL = "core:masuk"

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

BUKTI_MAKS_BYTE = _env_int("KINERJA_BUKTI_MAKS_MB", 10, minimum=1) * 1024 * 1024
# Bodies beyond a route's limit are refused from their Content-Length (kinerja.core.limits).
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

SESSION_COOKIE_AGE = 8 * 3600
# Sessions live in the database, read on every request. A per-process cache of them (cached_db
# over the local-memory cache) would keep a logged-out session alive in the other worker
# processes of `kinerja serve --proses N`: logging out must end the session everywhere.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
if PRODUKSI:
    SECURE_SSL_REDIRECT = _env_bool("KINERJA_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = _env_int("KINERJA_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if _env_bool("KINERJA_BEHIND_PROXY"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

_CACHE = _env("KINERJA_CACHE", "hidup")
if _CACHE not in ("hidup", "mati"):
    raise ImproperlyConfigured(f"KINERJA_CACHE={_CACHE!r} tidak dikenal: gunakan hidup atau mati.")
_LOG = _env("KINERJA_LOG_LEVEL", "WARNING").upper()
if _LOG not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
    raise ImproperlyConfigured(f"KINERJA_LOG_LEVEL={_LOG!r} tidak dikenal: DEBUG, INFO, WARNING atau ERROR.")

# Per-process memory cache of computed pages, keyed by each satker's data version.
# KINERJA_CACHE=mati turns it off (every page computed from the database).
CACHES = {"default": {
    "BACKEND": ("django.core.cache.backends.dummy.DummyCache" if _CACHE == "mati"
                else "django.core.cache.backends.locmem.LocMemCache"),
    "OPTIONS": {"MAX_ENTRIES": 5000},
}}

# Background tasks (Django's task framework through the django-tasks backport): the database
# backend needs no other server; a national installation may use RQ or Celery instead
# (README, Deploying).
_TUGAS = _env("KINERJA_TUGAS", "db")
if _TUGAS not in ("db", "langsung") and "." not in _TUGAS:
    raise ImproperlyConfigured(f"KINERJA_TUGAS={_TUGAS!r} tidak dikenal: gunakan db, langsung, atau jalur kelas "
                               "backend tugas (mis. django_tasks_rq.RQBackend).")
TASKS = {"default": {"BACKEND": {"db": "django_tasks_db.DatabaseBackend",
                                 "langsung": "django_tasks.backends.immediate.ImmediateBackend"}.get(_TUGAS, _TUGAS)}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A refused request (403) is one line in the log, not a traceback.
    "filters": {"satu_baris_403": {"()": "kinerja.core.log.OneLine403"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"filters": ["satu_baris_403"]},
                "django.security": {"filters": ["satu_baris_403"]}},
    "root": {"handlers": ["console"], "level": _LOG},
}
