"""Abuse limits: login throttling with an audit trail, early refusal of large bodies, CSP,
no weak production secret, safe usernames, and a 403 that logs one line."""

import logging
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client

from kinerja.core.models import Jejak
from kinerja.demo.data import KATA_SANDI_DEMO
from kinerja.organisasi.models import Peran
from ..kecil import KODE as K


def coba_masuk(c, username, sandi, url="/masuk/"):
    return c.post(url, {"username": username, "password": sandi})


def masuk_berhasil(r):
    return r.status_code == 302 and "_auth_user_id" in r.client.session


@pytest.mark.parametrize("url", ["/masuk/", "/admin/login/"])
def test_sandi_salah_berulang_lalu_benar_tetap_ditolak(url, db):
    c = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 10):
        coba_masuk(c, "uji_admin", "salah-salah", url)
    r = coba_masuk(c, "uji_admin", KATA_SANDI_DEMO, url)
    assert r.status_code == 429 and "dikunci sementara" in r.content.decode()
    assert "_auth_user_id" not in c.session


def test_kunci_per_akun_dari_alamat_lain(db):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        coba_masuk(Client(REMOTE_ADDR="10.0.0.1"), "uji_operator", "salah")
    r = coba_masuk(Client(REMOTE_ADDR="10.0.0.2"), "uji_operator", KATA_SANDI_DEMO)
    assert r.status_code == 429


def test_kunci_per_alamat_untuk_akun_lain(db):
    c = Client(REMOTE_ADDR="10.0.0.9")
    for i in range(settings.AXES_FAILURE_LIMIT):
        coba_masuk(c, f"tebak{i}", "salah")
    assert coba_masuk(c, "uji_pembaca", KATA_SANDI_DEMO).status_code == 429
    assert masuk_berhasil(coba_masuk(Client(REMOTE_ADDR="10.0.0.10"), "uji_pembaca", KATA_SANDI_DEMO))


def test_gagal_masuk_tercatat_tanpa_sandi(db):
    c = Client(REMOTE_ADDR="10.1.2.3")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        coba_masuk(c, "uji_reviewer", "Sandi-Salah-QZX")
    gagal = Jejak.objects.filter(peristiwa="login.gagal", pelaku_nama="uji_reviewer")
    assert gagal.count() == settings.AXES_FAILURE_LIMIT
    assert "10.1.2.3" in gagal.first().keterangan
    assert Jejak.objects.filter(peristiwa="login.terkunci", pelaku_nama="uji_reviewer").exists()
    assert not Jejak.objects.filter(keterangan__contains="Sandi-Salah-QZX").exists()
    assert not Jejak.objects.filter(perubahan__icontains="Sandi-Salah-QZX").exists()


def test_admin_satker_membuka_kunci(db, masuk):
    c = Client(REMOTE_ADDR="10.3.3.3")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        coba_masuk(c, "uji_pembaca", "salah")
    p = Peran.objects.get(satker__kode=K, pengguna__username="uji_pembaca")
    admin = masuk("uji_admin")
    halaman = admin.get(f"/s/{K}/pengguna/{p.pk}/").content.decode()
    assert "sedang dikunci" in halaman
    r = admin.post(f"/s/{K}/pengguna/{p.pk}/buka-kunci/")
    assert r.status_code == 302
    assert Jejak.objects.filter(peristiwa="pengguna.buka_kunci", satker__kode=K).exists()
    assert masuk_berhasil(coba_masuk(Client(REMOTE_ADDR="10.4.4.4"), "uji_pembaca", KATA_SANDI_DEMO))


# --- bodies refused by their declared size ---------------------------------------------------

@pytest.mark.parametrize("url, ukuran, status", [
    ("/masuk/", 300 * 1024 * 1024, 413),
    ("/masuk/", 300 * 1024, 413),
    (f"/s/{K}/pengaturan/", 2 * 1024 * 1024, 413),
    (f"/s/{K}/realisasi/2024/TW4/1/bukti/", 50 * 1024 * 1024, 413),
    (f"/s/{K}/realisasi/2024/TW4/1/bukti/", 11 * 1024 * 1024, 413),
])
def test_badan_besar_ditolak_sebelum_dibaca(url, ukuran, status, db):
    c = Client()
    # The body is tiny; only the declared length is large: it must not be read at all.
    r = c.post(url, data=b"x", content_type="application/octet-stream", CONTENT_LENGTH=str(ukuran))
    assert r.status_code == status and "terlalu besar" in r.content.decode()


def test_batas_unggah_cukup_untuk_berkas_10mb(db):
    from kinerja.core.limits import limit_for

    assert limit_for(f"/s/{K}/realisasi/2024/TW4/1/bukti/") >= settings.BUKTI_MAKS_BYTE
    assert limit_for("/masuk/") < 1024 * 1024


def test_panjang_badan_tidak_sah(db):
    r = Client().post("/masuk/", data=b"x", content_type="text/plain", CONTENT_LENGTH="banyak")
    assert r.status_code == 400


# --- Content-Security-Policy, and pages that honour it ----------------------------------------

HALAMAN = ["/masuk/", f"/s/{K}/dasbor/2024/", f"/s/{K}/realisasi/2024/TW4/", f"/s/{K}/pk/2024/v1/",
           f"/s/{K}/pk/2024/v1/cetak/", f"/s/{K}/renstra/", f"/s/{K}/pengaturan/",
           f"/s/{K}/pengguna/", "/admin/"]


def test_csp_dan_tanpa_skrip_atau_gaya_sebaris(db, masuk, django_user_model):
    c = masuk("uji_admin")
    su = Client()
    su.force_login(django_user_model.objects.create_superuser("su", password="x-Sandi-99"))
    for url in HALAMAN:
        r = (Client() if url == "/masuk/" else su if url.startswith("/admin/") else c).get(url)
        assert r.status_code == 200, url
        csp = r["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp and "frame-ancestors 'none'" in csp
        html = r.content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"<style", html) and not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


# --- production secrets -------------------------------------------------------------------------

def _kinerja(*args, env):
    return subprocess.run([sys.executable, "-m", "kinerja.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def env_produksi(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_")}
    env.update(KINERJA_ENV="production", KINERJA_ALLOWED_HOSTS="kinerja.example.go.id",
               KINERJA_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="kinerja.settings")
    return env


@pytest.mark.parametrize("kunci, alasan", [
    ("rahasia", "kurang dari 50 karakter"),
    ("a" * 60, "kurang dari 5 karakter berbeda"),
    ("django-insecure-" + "x9Q#k" * 12, "django-insecure"),
])
def test_kunci_lemah_ditolak_di_produksi(kunci, alasan, env_produksi):
    env_produksi["KINERJA_SECRET_KEY"] = kunci
    r = _kinerja("check", env=env_produksi)
    assert r.returncode != 0 and "terlalu lemah" in r.stderr and alasan in r.stderr


def test_kunci_dari_berkas(env_produksi, tmp_path):
    berkas = tmp_path / "kunci"
    berkas.write_text("u" * 20 + "-k3y-" + "x9Q#" * 10 + "\n")
    env_produksi["KINERJA_SECRET_KEY_FILE"] = str(berkas)
    r = _kinerja("check", env=env_produksi)
    assert r.returncode == 0, r.stderr


# --- usernames and the log of a 403 -------------------------------------------------------------

@pytest.mark.parametrize("nama", ["adm\u0456n", "Admin", "nama spasi", "a", "-awal", "x@y"])
def test_nama_pengguna_tidak_aman_ditolak_di_setiap_jalur(nama, db, django_user_model):
    from django.core.exceptions import ValidationError

    u = django_user_model(username=nama)
    u.set_unusable_password()
    with pytest.raises(ValidationError):
        u.full_clean()


def test_nama_pengguna_ditolak_di_admin(db, client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("su", password="x-Sandi-99"))
    r = client.post("/admin/auth/user/add/", {"username": "adm\u0456n", "password1": "Sandi-Kuat-2024!",
                                              "password2": "Sandi-Kuat-2024!", "usable_password": "true"})
    assert r.status_code == 200 and "huruf kecil" in r.content.decode()
    assert not django_user_model.objects.filter(username="adm\u0456n").exists()


def test_403_satu_baris_di_log(masuk):
    from kinerja.core.log import OneLine403

    tangkap = []

    class Penangkap(logging.Handler):
        def emit(self, record):
            tangkap.append(self.format(record))

    h = Penangkap()
    logger = logging.getLogger("django.request")
    logger.addHandler(h)
    try:
        assert masuk("uji_pembaca").get(f"/s/{K}/pengguna/").status_code == 403
    finally:
        logger.removeHandler(h)
    assert tangkap and all("Traceback" not in t for t in tangkap) and all("\n" not in t for t in tangkap)
    assert any(isinstance(f, OneLine403) for f in logger.filters)


def test_pesan_salah_masuk_tidak_berulang(db):
    r = Client(REMOTE_ADDR="10.7.7.7").post("/masuk/", {"username": "uji_operator", "password": "salah"})
    html = r.content.decode()
    assert "Nama pengguna atau kata sandi salah." in html and "nama pengguna nama pengguna" not in html


def test_pengguna_baru_berperan_pembaca_bila_tidak_dipilih(masuk):
    html = masuk("uji_admin").get(f"/s/{K}/pengguna/").content.decode()
    assert '<option value="pembaca" selected>' in html


def test_sesi_yang_diakhiri_proses_lain_tidak_berlaku_lagi(masuk):
    """A logout in another worker process deletes the session row; this process must not keep
    serving it from a memory cache of its own."""
    from django.contrib.sessions.models import Session

    c = masuk("uji_pembaca")
    assert c.get("/s/990001/dasbor/2024/").status_code == 200
    Session.objects.all().delete()  # what the other process's logout leaves in the database
    r = c.get("/s/990001/dasbor/2024/")
    assert r.status_code == 302 and "/masuk/" in r["Location"]
