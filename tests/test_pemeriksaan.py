"""Project-wide checks: migrations match the models; production settings pass --deploy."""

import os
import subprocess
import sys

import pytest
from django.core.management import call_command


def test_migrasi_sesuai_model(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def _kinerja(*args, env):
    return subprocess.run([sys.executable, "-m", "kinerja.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def env_produksi(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_")}
    env.update(KINERJA_ENV="production", KINERJA_SECRET_KEY="u" * 20 + "-k3y-" + "x9Q#" * 10,
               KINERJA_ALLOWED_HOSTS="kinerja.example.go.id", KINERJA_DATA_DIR=str(tmp_path),
               DJANGO_SETTINGS_MODULE="kinerja.settings")
    return env


def test_check_deploy_bersih_di_produksi(env_produksi):
    r = _kinerja("check", "--deploy", "--fail-level", "WARNING", env=env_produksi)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no issues" in r.stdout


def test_produksi_menolak_tanpa_kunci_rahasia(env_produksi):
    del env_produksi["KINERJA_SECRET_KEY"]
    r = _kinerja("check", env=env_produksi)
    assert r.returncode != 0 and "KINERJA_SECRET_KEY wajib diisi" in r.stderr


def test_perintah_tanpa_argumen_menampilkan_bantuan(env_produksi):
    r = _kinerja(env=env_produksi)
    assert r.returncode == 0 and "kinerja demo" in r.stdout and "kinerja capaian" in r.stdout
