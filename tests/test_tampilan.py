"""Numbers as Indonesians write them; never localised into URLs or attributes."""

import re

from kinerja.pengukuran.models import Realisasi

HALAMAN = ["/s/658021/dasbor/2024/", "/s/658021/realisasi/2024/TW4/", "/s/658021/pk/2024/v1/",
           "/s/658021/renstra/", "/s/658021/pengaturan/"]


def test_atribut_tanpa_angka_terlokalisasi(masuk):
    # a record id above 1000 must appear as 1234 in links, not 1.234
    r = Realisasi.objects.filter(indikator__kode="4.1", periode="TW4").first()
    Realisasi.objects.filter(pk=r.pk).update(id=12345)
    c = masuk("operator")
    for url in HALAMAN + ["/s/658021/riwayat/pengukuran.realisasi/12345/"]:
        html = c.get(url).content.decode()
        for attr in re.findall(r'(?:href|action|src)="([^"]*)"', html):
            assert not re.search(r"\d\.\d{3}", attr), (url, attr)
            assert "," not in attr, (url, attr)


def test_angka_indonesia(masuk):
    html = masuk("operator").get("/s/658021/dasbor/2024/").content.decode()
    assert "92,31%" in html and "93,10%" in html  # 5.1, ratio indicator
    assert not re.search(r">\s*\d+\.\d+%", html)  # no English decimals shown


def test_tahun_bukan_empat_angka_404(masuk):
    c = masuk("admin")
    for url in ["/s/658021/dasbor/99999999999999999999/", "/s/658021/dasbor/24/",
                "/s/658021/realisasi/99999/TW1/", "/s/658021/pk/123456/v1/"]:
        assert c.get(url).status_code == 404, url


def test_csrf_gagal_berbahasa_indonesia(db):
    from django.test import Client

    c = Client(enforce_csrf_checks=True)
    r = c.post("/masuk/", {"username": "operator", "password": "x"})
    assert r.status_code == 403 and "Formulir kedaluwarsa" in r.content.decode()
