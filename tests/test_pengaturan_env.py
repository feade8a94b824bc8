"""Settings parse strictly: a wrong value stops start-up with a message naming the variable."""

import os
import subprocess
import sys

import pytest


def _baca(kode: str, **env):
    e = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_")}
    e.update(env)
    return subprocess.run([sys.executable, "-c", f"import kinerja.settings as s; print({kode})"],
                          env=e, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("nilai, hasil", [("on", "True"), ("ya", "True"), ("1", "True"), ("off", "False"),
                                          ("0", "False"), ("tidak", "False")])
def test_nilai_ya_tidak_dikenal(nilai, hasil, tmp_path):
    r = _baca("s.DEBUG", KINERJA_DEBUG=nilai, KINERJA_DATA_DIR=str(tmp_path))
    assert r.returncode == 0 and r.stdout.strip() == hasil, r.stderr


@pytest.mark.parametrize("env, pesan", [
    ({"KINERJA_DEBUG": "mungkin"}, "KINERJA_DEBUG='mungkin' tidak dikenal"),
    ({"KINERJA_ENV": "produksi"}, "KINERJA_ENV='produksi' tidak dikenal"),
    ({"KINERJA_DATABASE_URL": "mysql://x@h/db"}, "harus berbentuk postgres://"),
    ({"KINERJA_DATABASE_URL": "postgres://x@h:port/db"}, "tidak dapat dibaca"),
    ({"KINERJA_BUKTI_MAKS_MB": "sepuluh"}, "KINERJA_BUKTI_MAKS_MB='sepuluh' harus bilangan bulat"),
    ({"KINERJA_MASUK_MAKS_GAGAL": "0"}, "paling kecil 1"),
    ({"KINERJA_CACHE": "off"}, "KINERJA_CACHE='off' tidak dikenal"),
    ({"KINERJA_TUGAS": "redis"}, "KINERJA_TUGAS='redis' tidak dikenal"),
    ({"KINERJA_ENV": "production", "KINERJA_ALLOWED_HOSTS": "x.go.id"}, "KINERJA_SECRET_KEY wajib diisi"),
    ({"KINERJA_SECRET_KEY_FILE": "/tidak/ada"}, "KINERJA_SECRET_KEY_FILE tidak dapat dibaca"),
])
def test_nilai_salah_menghentikan_awal(env, pesan, tmp_path):
    r = _baca("s.DEBUG", KINERJA_DATA_DIR=str(tmp_path), **env)
    assert r.returncode != 0 and pesan in r.stderr, r.stderr[-500:]


def test_rahasia_dari_berkas(tmp_path):
    (tmp_path / "url").write_text("postgres://u:p@db.example:5432/kinerja\n")
    r = _baca("s.DATABASES['default']['HOST']", KINERJA_DATA_DIR=str(tmp_path),
              KINERJA_DATABASE_URL_FILE=str(tmp_path / "url"))
    assert r.returncode == 0 and r.stdout.strip() == "db.example", r.stderr


@pytest.mark.parametrize("nilai, backend", [
    (None, "django_tasks_db.DatabaseBackend"),
    ("langsung", "django_tasks.backends.immediate.ImmediateBackend"),
    ("django_tasks_rq.RQBackend", "django_tasks_rq.RQBackend"),
])
def test_backend_tugas(nilai, backend, tmp_path):
    env = {"KINERJA_TUGAS": nilai} if nilai else {}
    r = _baca("s.TASKS['default']['BACKEND']", KINERJA_DATA_DIR=str(tmp_path), **env)
    assert r.returncode == 0 and r.stdout.strip() == backend, r.stderr
