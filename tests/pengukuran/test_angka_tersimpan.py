"""Stored numbers: bounded on every write path, read back exactly, and never a 500 on a bad row."""

import json
import re
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.core.models import Jejak
from kinerja.lib.angka import MAKS_NILAI
from kinerja.organisasi.models import Satker
from kinerja.pengukuran import actions
from kinerja.pengukuran.models import Realisasi
from kinerja.perencanaan.models import Indikator, TargetIndikator, TargetPK

from .test_realisasi import ind, url_isi, url_simpan
from ..kecil import KODE as K

RAKSASA = "99999999999999,99"


def real(kode, tw="TW4"):
    return Realisasi.objects.get(indikator=ind(kode), tahun=2024, periode=tw)


def test_angka_raksasa_ditolak_sebagai_realisasi(masuk):
    sebelum, jejak = real("P1").nilai, Jejak.objects.count()
    r = masuk("uji_operator").post(url_simpan("P1"), {"nilai": RAKSASA})
    html = r.content.decode()
    assert r.status_code == 200 and "paling besar 100%" in html and f'value="{RAKSASA}"' in html
    assert real("P1").nilai == sebelum and Jejak.objects.count() == jejak


def test_angka_raksasa_ditolak_sebagai_pembilang(masuk):
    r = masuk("uji_operator").post(url_simpan("R1"), {"pembilang": RAKSASA, "penyebut": "8"})
    assert r.status_code == 200 and "paling besar 99.999.999.999,9999" in r.content.decode()
    assert real("R1").pembilang == Decimal(5)


def test_angka_raksasa_ditolak_sebagai_target_renstra(masuk):
    i = ind("P1")
    r = masuk("uji_operator").post(f"/s/{K}/indikator/{i.pk}/target/", {"t2024": RAKSASA})
    assert r.status_code == 200 and "paling besar 100%" in r.content.decode()
    assert TargetIndikator.objects.get(indikator=i, tahun=2024).nilai == Decimal(100)


def test_persen_di_atas_100_ditolak(masuk):
    r = masuk("uji_operator").post(url_simpan("P1"), {"nilai": "1.234,5"})
    assert "paling besar 100%" in r.content.decode() and real("P1").nilai == Decimal(100)


def test_persen_di_atas_100_bila_definisi_mengizinkan(masuk):
    Indikator.objects.filter(pk=ind("P1").pk).update(boleh_lebih_100=True)
    c = masuk("uji_operator")
    r = c.post(url_simpan("P1"), {"nilai": "120", "yakin": "on"})
    assert r.status_code == 302 and real("P1").nilai == Decimal(120)
    assert "paling besar 1.000%" in c.post(url_simpan("P1"), {"nilai": "1.500,5"}).content.decode()


def test_aksi_menolak_tanpa_formulir(pengguna):
    """Validation lives in the action: a shell or an import cannot store what the form refuses."""
    from django.core.exceptions import ValidationError

    s = Satker.objects.get(kode=K)
    for data in ({"nilai": Decimal("1E+20")}, {"nilai": Decimal("100.5")}, {"nilai": Decimal("NaN")}):
        with pytest.raises(ValidationError):
            actions.simpan_realisasi(ind("P1"), 2024, "TW4", pelaku=pengguna("uji_operator"), yakin=True, **data)
    with pytest.raises(ValidationError):
        actions.simpan_realisasi(ind("R1"), 2024, "TW4", pelaku=pengguna("uji_operator"),
                                 pembilang=Decimal(9), penyebut=Decimal(8), yakin=True)
    assert real("P1").nilai == Decimal(100)


def test_admin_menolak_angka_di_luar_batas(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("su", password="x-Sandi-99"))
    r = real("P1")
    resp = client.post(f"/admin/pengukuran/realisasi/{r.pk}/change/", {
        "indikator": r.indikator_id, "tahun": 2024, "periode": "TW4", "nilai": "1234.5", "predikat": "",
        "analisis": "", "hambatan": "", "solusi": "", "sumber": "",
        "bukti-TOTAL_FORMS": "0", "bukti-INITIAL_FORMS": "0"})
    assert resp.status_code == 200 and "paling besar 100%" in resp.content.decode()
    assert real("P1").nilai == Decimal(100)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(nilai=st.decimals(min_value=0, max_value=MAKS_NILAI, places=4, allow_nan=False, allow_infinity=False))
def test_nilai_diterima_terbaca_sama_dan_sama_dengan_jejak(nilai, db, pengguna):
    """On SQLite and on PostgreSQL (the suite runs on both): what is accepted reads back identical."""
    from kinerja.core.forms import NumberField
    from kinerja.lib.angka import format_angka

    i = ind("P1")
    Indikator.objects.filter(pk=i.pk).update(satuan="nilai")
    i.refresh_from_db()
    ketik = format_angka(nilai, 4)
    dibaca = NumberField(batas=i.batas).clean(ketik)  # what the form accepts
    assert dibaca == nilai
    actions.simpan_realisasi(i, 2024, "TW4", pelaku=pengguna("uji_operator"), nilai=dibaca, yakin=True)
    tersimpan = real("P1").nilai
    jejak = Jejak.objects.filter(model="pengukuran.realisasi", objek_id=str(real("P1").pk)).first()
    assert tersimpan == nilai
    baru = jejak.perubahan.get("nilai", [None, format(nilai.normalize(), "f")])[1]
    assert Decimal(baru) == tersimpan


# --- a bad row already in the database -----------------------------------------------------------

HALAMAN = [f"/s/{K}/dasbor/2024/", f"/s/{K}/dasbor/2024/capaian.xlsx", f"/s/{K}/realisasi/2024/TW4/",
           f"/s/{K}/realisasi/2024/TW3/", f"/s/{K}/pk/2024/v1/", f"/s/{K}/pk/2024/v1/cetak/"]


def _tulis_mentah(tabel, kolom, nilai, pk):
    with connection.cursor() as c:
        c.execute(f"UPDATE {tabel} SET {kolom} = %s WHERE id = %s", [nilai, pk])


NILAI_RUSAK = ["NaN"] if connection.vendor == "postgresql" else ["NaN", "1e20", "rusak", "99999999999999.99"]


@pytest.mark.parametrize("rusak", NILAI_RUSAK)
def test_baris_rusak_tampil_sebagai_galat(rusak, masuk):
    _tulis_mentah("pengukuran_realisasi", "nilai", rusak, real("P1", "TW3").pk)
    _tulis_mentah("pengukuran_realisasi", "pembilang", rusak, real("R1", "TW4").pk)
    t = TargetPK.objects.get(baris__indikator=ind("J1"), periode="tahun")
    _tulis_mentah("perencanaan_targetpk", "nilai", rusak, t.pk)
    c = masuk("uji_pembaca")
    for url in HALAMAN:
        r = c.get(url)
        assert r.status_code == 200, url
    html = c.get(f"/s/{K}/dasbor/2024/").content.decode()
    assert html.count("kat-galat") >= 3 and "Realisasi tersimpan tidak valid" in html
    assert "Target tersimpan tidak valid" in html
    out = StringIO()
    call_command("capaian", satker=K, tahun=2024, json=True, stdout=out)
    d = {i["kode"]: i for i in json.loads(out.getvalue())["indikator"]}
    assert d["P1"]["capaian"]["TW3"] is None and "tidak valid" in d["P1"]["catatan"]["TW3"]
    assert d["J1"]["capaian"]["tahun"] is None and "tidak valid" in d["J1"]["catatan"]["tahun"]
    call_command("capaian", satker=K, tahun=2024, stdout=StringIO())


def test_baris_rusak_dapat_diperbaiki(masuk):
    _tulis_mentah("pengukuran_realisasi", "nilai", "NaN", real("P1").pk)
    c = masuk("uji_operator")
    assert c.get(url_isi("P1")).status_code == 200
    r = c.post(url_simpan("P1"), {"nilai": "95"})
    assert r.status_code == 302 and real("P1").nilai == Decimal(95)


# --- no URL parameter reaches a 500 -----------------------------------------------------------

def _pola(resolver=None, awalan=""):
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            if p.namespace == "admin":
                continue
            yield from _pola(p, awalan + str(p.pattern))
        elif isinstance(p, URLPattern):
            yield awalan + str(p.pattern)


ISIAN_JAHAT = {
    "id": ["9999999999999999999999999", "0"], "tahun": ["9999", "0000"], "tw": ["TW9", "tw1"],
    "str": ["%00", "x" * 500], "kode": ["%00", "AB", "x" * 500], "model": ["%00", "a.b" * 100, "auth.user"], "slug": ["a" * 300],
    "bulan": ["13", "0", "99"],
}


def test_parameter_url_tidak_pernah_500(masuk):
    c = masuk("uji_admin")
    dicoba = 0
    for pola in _pola():
        params = re.findall(r"<(\w+):(\w+)>", pola)
        for i, (jenis, _nama) in enumerate(params):
            for jahat in ISIAN_JAHAT.get(jenis, []):
                isian = [K if n == "kode" else {"tahun": "2024", "tw": "TW4", "id": "1",
                                                       "slug": "setujui", "str": "x", "model": "pengukuran.realisasi",
                                                       "bulan": "1"}[j]
                         for j, n in params]
                isian[i] = jahat
                url = "/" + re.sub(r"<\w+:\w+>", lambda m, it=iter(isian): next(it), pola)
                url = url.replace("^", "").replace("$", "").replace("\\Z", "")
                for metode in (c.get, c.post):
                    assert metode(url).status_code in (200, 302, 400, 403, 404, 405), url
                    dicoba += 1
    assert dicoba > 50
