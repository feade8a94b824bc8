"""No hand-built paths: views and templates reverse URL names; every link on every page resolves;
the navigation comes from the registry."""

import ast
import pathlib
import re

import pytest
from django.urls import Resolver404, resolve, reverse

from kinerja.core import navigation

from .organisasi.test_akses import HANYA_POST, RUTE, ids  # noqa: F401  (ids is a fixture)
from .kecil import KODE as K

AKAR = pathlib.Path(__file__).resolve().parents[1] / "kinerja"


def _teks_python():
    for p in sorted(AKAR.rglob("*.py")):
        if p.name == "urls.py" or "migrations" in p.parts:
            continue
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield p, node.lineno, node.value


def test_tanpa_jalur_buatan_tangan_di_python():
    pelanggaran = [f"{p.relative_to(AKAR)}:{n} {t!r}" for p, n, t in _teks_python()
                   if re.search(r"(^|[\"'\s])/s/|^/(admin|masuk|keluar)/", t)]
    assert pelanggaran == []


def test_tanpa_jalur_buatan_tangan_di_template():
    pelanggaran = []
    for p in sorted((AKAR / "templates").rglob("*.html")):
        for n, baris in enumerate(p.read_text().splitlines(), 1):
            if re.search(r'(href|action|src)="/', baris):
                pelanggaran.append(f"{p.relative_to(AKAR)}:{n}")
    assert pelanggaran == []


@pytest.mark.parametrize("nama", sorted(n for n, r in RUTE.items() if r.jenis not in HANYA_POST))
def test_setiap_tautan_halaman_dapat_diresolusi(nama, ids, masuk):  # noqa: F811
    r = masuk("uji_admin").get(reverse(nama, kwargs=RUTE[nama].kwargs(ids)))
    if r.status_code != 200 or not r["Content-Type"].startswith("text/html"):
        return
    for url in re.findall(r'(?:href|action)="([^"#?]+)', r.content.decode()):
        if url.startswith(("/static/", "http")):
            continue
        try:
            resolve(url)
        except Resolver404:
            pytest.fail(f"{nama}: tautan {url} tidak ada")


def test_navigasi_dari_registri(masuk):
    html = masuk("uji_admin").get(f"/s/{K}/pengaturan/").content.decode()
    menu = re.search(r"<nav>(.*?)</nav>", html, re.S).group(1)
    label = re.findall(r">([^<]+)</a>", menu)
    assert label == [e.label for e in navigation.entries()]
    assert 'class="aktif"' in menu and "Pengaturan</a>" in menu.split('class="aktif"')[1]
    assert "Pengguna" not in masuk("uji_operator").get(f"/s/{K}/pengaturan/").content.decode().split("</nav>")[0]


def test_aplikasi_baru_cukup_mendaftar(masuk):
    navigation.register("Anggaran (uji)", "perencanaan:pk_daftar", hak="ubah", urutan=25)
    try:
        assert "Anggaran (uji)" in masuk("uji_operator").get(f"/s/{K}/dasbor/2024/").content.decode()
        assert "Anggaran (uji)" not in masuk("uji_pembaca").get(f"/s/{K}/dasbor/2024/").content.decode()
    finally:
        navigation._ENTRIES.pop("perencanaan:pk_daftar")
        navigation.register("Perjanjian Kinerja", "perencanaan:pk_daftar", hak="baca", urutan=20)
