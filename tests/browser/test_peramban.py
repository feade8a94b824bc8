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

    _ajukan_kembalikan_setujui(page, live_server.url)
    assert luar == [], f"permintaan ke luar server: {luar}"


def _masuk(page, url, username):
    page.goto(f"{url}/masuk/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "demo-kinerja-2024")
    page.click("button[type=submit]")
    page.wait_for_load_state()


def _keluar(page):
    page.click("header.atas button:has-text('Keluar')")
    page.wait_for_load_state()


def _konfirmasi(page, tombol: str, jawaban: str):
    """Click a submit button guarded by a <dialog> confirmation and answer it."""
    page.click(f"button:has-text('{tombol}')")
    dialog = page.locator("dialog.konfirmasi[open]")
    dialog.wait_for()
    teks = dialog.inner_text()
    dialog.locator(f"button:has-text('{jawaban}')").click()
    return teks


def _ajukan_kembalikan_setujui(page, url):
    """Operator submits TW IV; the pimpinan finds it on the start page, returns it with a
    reason; the operator reads the reason and submits again; the pimpinan approves. Every
    step needs a confirmation, and the trail shows each step with its reason."""
    from kinerja.pengukuran.models import StatusPengukuran

    triwulan = f"{url}/s/{K}/realisasi/2024/TW4/"
    page.goto(triwulan)
    teks = _konfirmasi(page, "Ajukan kepada pimpinan", "Batal")
    assert "Ajukan realisasi TW IV 2024 kepada pimpinan?" in teks
    page.wait_for_timeout(300)
    assert page.url == triwulan and "Terbuka" in page.inner_text(".lencana[class*=status-]")  # cancelled: nothing sent
    _konfirmasi(page, "Ajukan kepada pimpinan", "Ya, lanjutkan")
    page.wait_for_selector(".pesan .success")
    assert "Diajukan" in page.inner_text(".lencana[class*=status-]")
    _keluar(page)

    _masuk(page, url, "uji_pimpinan")
    assert "Menunggu persetujuan Anda" in page.inner_text("main")  # the pimpinan's start page
    page.click(".menunggu a:has-text('TW IV 2024')")
    page.wait_for_url(f"**/s/{K}/realisasi/2024/TW4/")
    page.fill("textarea[name=alasan]", "Analisis J1 belum menjelaskan kegiatan triwulan ini.")
    teks = _konfirmasi(page, "Kembalikan", "Ya, lanjutkan")
    assert "Kembalikan realisasi TW IV 2024" in teks
    page.wait_for_selector(".pesan .success")
    _keluar(page)

    _masuk(page, url, "uji_operator")
    page.goto(f"{url}/s/{K}/dasbor/2024/")
    assert "Dikembalikan: Analisis J1 belum menjelaskan" in page.inner_text("main")
    page.goto(triwulan)
    alert = page.inner_text(".peringatan")
    assert "Uji Pimpinan" in alert and "Analisis J1 belum menjelaskan kegiatan triwulan ini." in alert
    _konfirmasi(page, "Ajukan kepada pimpinan", "Ya, lanjutkan")
    page.wait_for_selector(".pesan .success")
    _keluar(page)

    _masuk(page, url, "uji_pimpinan")
    page.goto(triwulan)
    teks = _konfirmasi(page, "Setujui dan kunci", "Ya, lanjutkan")
    assert "Setujui dan kunci realisasi TW IV 2024?" in teks
    page.wait_for_selector(".pesan .success")
    jejak = page.inner_text("#jejak-persetujuan")
    assert jejak.count("mengajukan pengukuran") == 2 and "menyetujui dan mengunci pengukuran" in jejak
    assert "Alasan: Analisis J1 belum menjelaskan kegiatan triwulan ini." in jejak
    assert "Uji Operator" in jejak and "(Pimpinan)" in jejak
    page.goto(f"{url}/")  # nothing waits any more: the start page is the dashboard again
    page.wait_for_url(f"**/s/{K}/dasbor/2024/")
    s = StatusPengukuran.objects.get(satker__kode=K, tahun=2024, periode="TW4")
    connections.close_all()
    assert s.status == "disetujui"
