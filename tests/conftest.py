"""Shared fixtures: small test satker built through the actions, loaded once (not the demo).

990001  KPU Kota Uji (tests/kecil.py), under 990000 KPU Provinsi Uji, under 990 KPU RI (uji)
658099  a sibling kab/kota under 990000 (its own plan, PK and realisasi; users lain_*)
658111  a kab/kota under another province (KPU-JATENG; users jateng_*)

The demo is loaded only by the tests of the demo (tests/test_demo.py).
"""

import pytest
import hypothesis
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model

from kinerja.demo.data import KATA_SANDI_DEMO

from .kecil import buat_satker_uji
from .pembuat import buat_satker_kecil

SANDI = KATA_SANDI_DEMO
# Hashing test passwords with PBKDF2 would cost seconds per run; the hasher is not under test.
django_settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Background tasks run at once, in the test's process (the database backend and its worker
# are tested on their own in tests/laporan).
django_settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Property tests check values, never speed: a loaded CI machine must not fail them on time.
hypothesis.settings.register_profile("kinerja", deadline=None)
hypothesis.settings.load_profile("kinerja")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        buat_satker_uji()
        buat_satker_kecil("658099", "KPU Kota Lain", induk="990000", awalan="lain")
        buat_satker_kecil("658111", "KPU Kabupaten Seberang", induk=None, awalan="jateng",
                          provinsi=("KPU-JATENG", "KPU Provinsi Jawa Tengah"))


@pytest.fixture(autouse=True)
def _berkas_terisolasi(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "berkas"
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def masuk(client, db):
    """``masuk("operator")`` logs the test client in as that demo user."""

    def _masuk(username):
        client.logout()
        assert client.login(username=username, password=SANDI), username
        return client

    return _masuk


@pytest.fixture
def pengguna(db):
    return lambda username: get_user_model().objects.get(username=username)
