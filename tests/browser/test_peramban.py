"""The real UI in headless Chromium: log in, enter a quarter's realisasi, see capaian change.

Runs in its own pytest invocation (see Makefile): the live server flushes the database.
"""

import os
import shutil
from decimal import Decimal

import pytest
from django.db import connections

from kinerja.pengukuran.models import Realisasi
from kinerja.perencanaan.models import Indikator

from ..kecil import KODE as K

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop


def _chromium():
    for p in (os.environ.get("KINERJA_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")):
        if p and os.path.exists(p):
            return p
    return None


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium tidak terpasang (Debian: apt-get install chromium; `make test` dan .ci/run memasangnya sebagai root).",
)


@pytest.fixture
def halaman():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page(locale="id-ID")
        yield page
        browser.close()


@pytest.mark.django_db(transaction=True)
def test_masuk_isi_realisasi_lalu_capaian_berubah(django_db_setup, live_server, halaman):
    # django_db_setup first: the session's live server then stops before the test database goes
    page = halaman
    luar = []
    page.on("request", lambda r: luar.append(r.url) if not r.url.startswith(live_server.url) else None)

    page.goto(f"{live_server.url}/masuk/")
    page.fill("input[name=username]", "uji_operator")
    page.fill("input[name=password]", "demo-kinerja-2024")
    page.click("button[type=submit]")
    page.wait_for_url(f"**/s/{K}/dasbor/2024/")
    assert "Capaian Kinerja KPU Kota Uji Tahun 2024" in page.text_content("h1")

    ind = Indikator.objects.get(kode="P1", sasaran__renstra__satker__kode=K)
    page.goto(f"{live_server.url}/s/{K}/realisasi/2024/TW4/")
    baris = page.locator("tr", has_text="Persentase layanan tepat waktu")
    assert "100,00%" in baris.inner_text()
    baris.get_by_role("link", name="Isi").click()
    page.wait_for_url(f"**/s/{K}/realisasi/2024/TW4/{ind.pk}/")

    # An ambiguous number is refused with the spelling to use, and what was typed stays.
    page.fill("input[name=nilai]", "82.500")
    page.click("text=Simpan realisasi")
    assert "ambigu" in page.text_content(".errorlist")
    assert page.input_value("input[name=nilai]") == "82.500"

    page.fill("input[name=nilai]", "82,5")
    page.fill("textarea[name=analisis]", "Dua jenis logistik terlambat dikirim penyedia.")
    page.click("text=Simpan realisasi")
    page.wait_for_selector(".pesan .success")
    capaian = page.locator("#capaian td[data-periode=TW4]").inner_text()
    tahunan = page.locator("#capaian td[data-periode=tahun]").inner_text()
    assert "82,50%" in capaian and "82,50%" in tahunan  # the year takes the last quarter

    page.goto(f"{live_server.url}/s/{K}/dasbor/2024/")
    assert "82,50%" in page.locator("tr", has_text="Persentase layanan tepat waktu").inner_text()
    r = Realisasi.objects.get(indikator=ind, tahun=2024, periode="TW4")
    # Inside Playwright's sync API Django keeps a connection of its own (a separate context)
    # that nothing else closes; close it so the test database can be dropped afterwards.
    connections.close_all()
    assert r.nilai == Decimal("82.5") and not r.contoh
    assert luar == [], f"permintaan ke luar server: {luar}"
