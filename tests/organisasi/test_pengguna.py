"""A satker's admin manages its users; passwords are validated and never recorded."""

import pytest
from django.contrib.auth import get_user_model

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Peran
from ..kecil import KODE as K

BARU = {"username": "staf_rendatin", "nama": "Siti Rahma", "peran": "operator",
        "sandi": "Rendatin-Kota-2024!", "sandi2": "Rendatin-Kota-2024!"}


def test_admin_menambah_pengguna_yang_lalu_dapat_masuk(masuk, client):
    r = masuk("uji_admin").post(f"/s/{K}/pengguna/tambah/", BARU)
    assert r.status_code == 302
    u = get_user_model().objects.get(username="staf_rendatin")
    assert u.get_full_name() == "Siti Rahma" and u.peran.get().peran == "operator"
    j = Jejak.objects.get(peristiwa="pengguna.buat")
    assert "Rendatin-Kota-2024!" not in str(j.perubahan) and j.satker.kode == K
    client.logout()
    assert client.login(username="staf_rendatin", password="Rendatin-Kota-2024!")
    assert client.get(f"/s/{K}/dasbor/2024/").status_code == 200
    assert client.get("/s/658099/dasbor/2024/").status_code == 404


@pytest.mark.parametrize("ubah, pesan", [
    ({"username": "uji_operator"}, "sudah dipakai"),
    ({"username": "nama spasi"}, "huruf kecil a–z"),
    ({"username": "adm\u0456n"}, "huruf kecil a–z"),  # Cyrillic і: a look-alike of admin
    ({"username": "Admin"}, "huruf kecil a–z"),
    ({"sandi": "12345678", "sandi2": "12345678"}, "terlalu umum"),
    ({"sandi2": "lain"}, "tidak sama"),
    ({"peran": "raja"}, "Masukkan pilihan yang valid"),
])
def test_pengguna_baru_ditolak_dan_isian_tetap(ubah, pesan, masuk):
    r = masuk("uji_admin").post(f"/s/{K}/pengguna/tambah/", {**BARU, **ubah})
    html = r.content.decode()
    assert r.status_code == 200 and pesan in html and "Siti Rahma" in html
    assert not get_user_model().objects.filter(username="staf_rendatin").exists()


def test_admin_terakhir_tidak_dapat_dicabut(masuk):
    p = Peran.objects.get(satker__kode=K, peran="admin")
    c = masuk("uji_admin")
    r = c.post(f"/s/{K}/pengguna/{p.pk}/cabut/", {}, follow=True)
    assert "setidaknya satu admin" in r.content.decode()
    r = c.post(f"/s/{K}/pengguna/{p.pk}/peran/", {"peran": "pembaca"})
    assert "setidaknya satu admin" in r.content.decode()
    assert Peran.objects.get(pk=p.pk).peran == "admin"


def test_ubah_peran_dan_cabut(masuk):
    p = Peran.objects.get(satker__kode=K, peran="pembaca")
    c = masuk("uji_admin")
    c.post(f"/s/{K}/pengguna/{p.pk}/peran/", {"peran": "reviewer"})
    assert Peran.objects.get(pk=p.pk).peran == "reviewer"
    c.post(f"/s/{K}/pengguna/{p.pk}/cabut/", {})
    u = get_user_model().objects.get(username="uji_pembaca")
    assert not Peran.objects.filter(pk=p.pk).exists() and not u.is_active
    assert list(Jejak.objects.filter(model="organisasi.peran", objek_id=str(p.pk)).values_list("peristiwa", flat=True)
                .order_by("id")) == ["pengguna.peran", "pengguna.cabut"]


def test_atur_sandi(masuk, client):
    p = Peran.objects.get(satker__kode=K, peran="operator")
    c = masuk("uji_admin")
    r = c.post(f"/s/{K}/pengguna/{p.pk}/sandi/", {"sandi": "pendek", "sandi2": "pendek"})
    assert "terlalu pendek" in r.content.decode()
    c.post(f"/s/{K}/pengguna/{p.pk}/sandi/", {"sandi": "Operator-Baru-2025#",
                                           "sandi2": "Operator-Baru-2025#"})
    client.logout()
    assert client.login(username="uji_operator", password="Operator-Baru-2025#")


def test_sandi_pengguna_yang_juga_di_satker_lain_tidak_diatur(masuk):
    u = get_user_model().objects.get(username="lain_pembaca")
    p = Peran.objects.create(pengguna=u, satker=Peran.objects.get(peran="admin", satker__kode=K).satker,
                             peran="pembaca")
    r = masuk("uji_admin").post(f"/s/{K}/pengguna/{p.pk}/sandi/", {"sandi": "Sandi-Kuat-2024!",
                                                            "sandi2": "Sandi-Kuat-2024!"})
    assert "juga berperan di satker lain" in r.content.decode()
