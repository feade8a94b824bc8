"""The page cache follows the satker's data version: no write is ever hidden by it."""

from decimal import Decimal

import pytest

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Satker
from kinerja.pengukuran import layanan
from kinerja.pengukuran.models import Realisasi


@pytest.fixture
def cache_aktif(monkeypatch):
    # tests run inside a transaction, where the cache stands aside; let it work here
    monkeypatch.setattr(layanan, "boleh_disimpan", lambda: True)


def test_tulis_menaikkan_versi_dan_halaman_ikut_berubah(cache_aktif, masuk):
    c = masuk("operator")
    v0 = Satker.objects.get(kode="658021").versi_data
    assert "T 89%" in c.get("/s/658021/dasbor/2024/").content.decode()
    ind = Realisasi.objects.get(indikator__kode="4.1", tahun=2024, periode="TW4").indikator
    c.post(f"/s/658021/realisasi/2024/TW4/{ind.pk}/", {"nilai": "61"})
    assert Satker.objects.get(kode="658021").versi_data > v0
    assert "61,00%" in c.get("/s/658021/dasbor/2024/").content.decode()


def test_halaman_tersimpan_dipakai_selama_versi_sama(cache_aktif, db):
    s = Satker.objects.get(kode="658021")
    a = layanan.matriks_tersimpan(s, 2024)
    # a change that bypasses the actions is not seen: the version did not move
    Realisasi.objects.filter(indikator__kode="4.1", tahun=2024, periode="TW4").update(nilai=Decimal(5))
    b = layanan.matriks_tersimpan(Satker.objects.get(kode="658021"), 2024)
    assert [x.tahun.realisasi_teks for x in a.baris] == [x.tahun.realisasi_teks for x in b.baris]


def test_dalam_transaksi_tidak_disimpan(db):
    s = Satker.objects.get(kode="658021")
    assert layanan.matriks_tersimpan(s, 2024) is not layanan.matriks_tersimpan(s, 2024)


def test_suntingan_admin_tercatat_dan_menaikkan_versi(client, django_user_model):
    super_ = django_user_model.objects.create_superuser("superadmin", password="s3cret-admin")
    client.force_login(super_)
    r = Realisasi.objects.get(indikator__kode="4.1", indikator__sasaran__renstra__satker__kode="658021",
                              tahun=2024, periode="TW3")
    v0 = Satker.objects.get(kode="658021").versi_data
    resp = client.post(f"/admin/pengukuran/realisasi/{r.pk}/change/", {
        "indikator": r.indikator_id, "tahun": 2024, "periode": "TW3", "nilai": "50", "predikat": "",
        "analisis": "", "hambatan": "", "solusi": "", "sumber": "",
        "bukti-TOTAL_FORMS": "0", "bukti-INITIAL_FORMS": "0"})
    assert resp.status_code == 302, resp.content.decode()[:2000]
    j = Jejak.objects.get(aksi="admin.ubah", model="pengukuran.realisasi", objek_id=str(r.pk))
    assert j.perubahan["nilai"][1] == "50" and j.satker.kode == "658021"
    assert Satker.objects.get(kode="658021").versi_data > v0
