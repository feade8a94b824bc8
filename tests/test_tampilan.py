"""Numbers as Indonesians write them; never localised into URLs or attributes."""

import re

from kinerja.pengukuran.models import Realisasi
from .kecil import KODE as K

HALAMAN = [f"/s/{K}/dasbor/2024/", f"/s/{K}/realisasi/2024/TW4/", f"/s/{K}/pk/2024/v1/",
           f"/s/{K}/renstra/", f"/s/{K}/pengaturan/"]


def test_atribut_tanpa_angka_terlokalisasi(masuk):
    # a record id above 1000 must appear as 1234 in links, not 1.234
    r = Realisasi.objects.filter(indikator__kode="P1", indikator__sasaran__renstra__satker__kode=K,
                                 periode="TW4").first()
    Realisasi.objects.filter(pk=r.pk).update(id=12345)
    c = masuk("uji_operator")
    for url in HALAMAN + [f"/s/{K}/riwayat/pengukuran.realisasi/12345/"]:
        html = c.get(url).content.decode()
        for attr in re.findall(r'(?:href|action|src)="([^"]*)"', html):
            assert not re.search(r"\d\.\d{3}", attr), (url, attr)
            assert "," not in attr, (url, attr)


def test_angka_indonesia(masuk):
    html = masuk("uji_operator").get(f"/s/{K}/dasbor/2024/").content.decode()
    assert "88,89%" in html and "98,77%" in html  # R1: 16 of 18 for the year, against 90
    assert not re.search(r">\s*\d+\.\d+%", html)  # no English decimals shown


def test_tahun_bukan_empat_angka_404(masuk):
    c = masuk("uji_admin")
    for url in [f"/s/{K}/dasbor/99999999999999999999/", f"/s/{K}/dasbor/24/",
                f"/s/{K}/realisasi/99999/TW1/", f"/s/{K}/pk/123456/v1/"]:
        assert c.get(url).status_code == 404, url


def test_csrf_gagal_berbahasa_indonesia(db):
    from django.test import Client

    c = Client(enforce_csrf_checks=True)
    r = c.post("/masuk/", {"username": "uji_operator", "password": "x"})
    assert r.status_code == 403 and "Formulir kedaluwarsa" in r.content.decode()
