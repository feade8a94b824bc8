"""The page cache follows the satker's data version: no write is ever hidden by it."""

from decimal import Decimal

import pytest

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Satker
from kinerja.pengukuran import layanan
from kinerja.pengukuran.models import Realisasi
from ..kecil import KODE as K


@pytest.fixture
def cache_aktif(monkeypatch):
    # tests run inside a transaction, where the cache stands aside; let it work here
    monkeypatch.setattr(layanan, "cache_allowed", lambda: True)


def test_tulis_menaikkan_versi_dan_halaman_ikut_berubah(cache_aktif, masuk):
    c = masuk("uji_operator")
    v0 = Satker.objects.get(kode=K).versi_data
    assert "T 90%" in c.get(f"/s/{K}/dasbor/2024/").content.decode()
    ind = Realisasi.objects.get(indikator__kode="P1", tahun=2024, periode="TW4").indikator
    c.post(f"/s/{K}/realisasi/2024/TW4/{ind.pk}/simpan/", {"nilai": "61", "yakin": "on"})
    assert Satker.objects.get(kode=K).versi_data > v0
    assert "61,00%" in c.get(f"/s/{K}/dasbor/2024/").content.decode()


def test_halaman_tersimpan_dipakai_selama_versi_sama(cache_aktif, db):
    s = Satker.objects.get(kode=K)
    a = layanan.matriks_cached(s, 2024)
    # a change that bypasses the actions is not seen: the version did not move
    Realisasi.objects.filter(indikator__kode="P1", tahun=2024, periode="TW4").update(nilai=Decimal(5))
    b = layanan.matriks_cached(Satker.objects.get(kode=K), 2024)
    assert [x.tahun.realisasi_teks for x in a.baris] == [x.tahun.realisasi_teks for x in b.baris]


def test_dalam_transaksi_tidak_disimpan(db):
    s = Satker.objects.get(kode=K)
    assert layanan.matriks_cached(s, 2024) is not layanan.matriks_cached(s, 2024)


def test_suntingan_admin_tercatat_dan_menaikkan_versi(client, django_user_model):
    super_ = django_user_model.objects.create_superuser("superadmin", password="s3cret-admin")
    client.force_login(super_)
    r = Realisasi.objects.get(indikator__kode="P1", indikator__sasaran__renstra__satker__kode=K,
                              tahun=2024, periode="TW4")
    v0 = Satker.objects.get(kode=K).versi_data
    resp = client.post(f"/admin/pengukuran/realisasi/{r.pk}/change/", {
        "indikator": r.indikator_id, "tahun": 2024, "periode": "TW4", "nilai": "50", "predikat": "",
        "analisis": "", "hambatan": "", "solusi": "", "sumber": "",
        "bukti-TOTAL_FORMS": "0", "bukti-INITIAL_FORMS": "0"})
    assert resp.status_code == 302, resp.content.decode()[:2000]
    j = Jejak.objects.get(peristiwa="admin.ubah", model="pengukuran.realisasi", objek_id=str(r.pk))
    assert j.perubahan["nilai"][1] == "50" and j.satker.kode == K
    assert Satker.objects.get(kode=K).versi_data > v0


# --- the data version only moves forward ------------------------------------------------------

def _dasbor_segar(satker, tahun=2024):
    from kinerja.pengukuran.views import isi_dasbor

    return isi_dasbor(satker, tahun, layanan.matriks(satker, tahun))


def test_simpan_pengaturan_dengan_satker_lama_tidak_memundurkan_versi(cache_aktif, pengguna):
    """Saving Pengaturan once wrote back the whole Satker row loaded at the start of the
    request, and with it an older versi_data: the cache key went backwards."""
    from kinerja.lib.capaian import PITA_BAKU
    from kinerja.organisasi import actions as org
    from kinerja.pengukuran import actions as ukur

    lama = Satker.objects.get(kode=K)  # loaded by a settings request that then waits
    ind = Realisasi.objects.get(indikator__kode="P1", indikator__sasaran__renstra__satker=lama,
                               tahun=2024, periode="TW4").indikator
    for nilai in ("61", "62", "63"):
        ukur.simpan_realisasi(ind, 2024, "TW4", pelaku=pengguna("uji_operator"), nilai=Decimal(nilai), yakin=True)
    v_tulis = Satker.objects.get(pk=lama.pk).versi_data
    org.atur_pita(lama, pelaku=pengguna("uji_admin"), pita=PITA_BAKU)
    lama.kota = "Kota Uji Baru"
    lama.save()  # any later save of the stale object (the admin, a script) keeps the version too
    assert Satker.objects.get(pk=lama.pk).versi_data == v_tulis + 1


def test_versi_naik_sebanyak_jejak(pengguna):
    """Every audited write of a satker moves its data version by exactly one."""
    import random

    from kinerja.lib.capaian import PITA_BAKU
    from kinerja.organisasi import actions as org
    from kinerja.pengukuran import actions as ukur

    s = Satker.objects.get(kode=K)
    v0, j0 = s.versi_data, Jejak.objects.filter(satker=s).count()
    ind = Realisasi.objects.get(indikator__kode="P1", indikator__sasaran__renstra__satker=s,
                                tahun=2024, periode="TW4").indikator
    acak = random.Random(7)
    basi = Satker.objects.get(pk=s.pk)
    for _ in range(30):
        if acak.random() < 0.5:
            ukur.simpan_realisasi(ind, 2024, "TW4", pelaku=pengguna("uji_operator"), nilai=Decimal(acak.randint(60, 100)), yakin=True)
        else:
            org.atur_pita(basi, pelaku=pengguna("uji_admin"), pita=PITA_BAKU if acak.random() < 0.5 else None)
    s.refresh_from_db()
    assert s.versi_data - v0 == Jejak.objects.filter(satker=s).count() - j0


def test_halaman_dari_cache_sama_dengan_render_segar(cache_aktif, masuk, pengguna):
    """Interleaved writes and settings saves: every cached dashboard equals a fresh render."""
    import random

    from kinerja.lib.capaian import PITA_BAKU, Pita
    from kinerja.organisasi import actions as org
    from kinerja.pengukuran import actions as ukur

    c = masuk("uji_pembaca")
    s = Satker.objects.get(kode=K)
    ind = Realisasi.objects.get(indikator__kode="P1", indikator__sasaran__renstra__satker=s,
                                tahun=2024, periode="TW4").indikator
    acak = random.Random(11)
    pita_lain = (Pita(Decimal(95), "Istimewa"), Pita(Decimal(0), "Lainnya"))
    for langkah in range(12):
        basi = Satker.objects.get(pk=s.pk)
        c.get(f"/s/{K}/dasbor/2024/")  # fill the cache for the current version
        if acak.random() < 0.5:
            ukur.simpan_realisasi(ind, 2024, "TW4", pelaku=pengguna("uji_operator"), nilai=Decimal(acak.randint(60, 100)), yakin=True)
        else:
            org.atur_pita(basi, pelaku=pengguna("uji_admin"), pita=acak.choice([PITA_BAKU, pita_lain, None]))
        dari_cache = c.get(f"/s/{K}/dasbor/2024/").content.decode()
        segar = _dasbor_segar(Satker.objects.get(pk=s.pk))
        assert segar in dari_cache, langkah


def _isi_sel(sel):
    return {p: (s.target_teks, s.realisasi_teks, s.capaian_teks, s.kategori.label, s.contoh, s.target_contoh,
                s.alasan, s.galat) for p, s in sel.items()}


def test_baris_satu_indikator_sama_dengan_baris_matriks_penuh(db):
    """The entry form computes only its own row (no cache): the same figures as the full matrix."""
    s = Satker.objects.get(kode=K)
    penuh = layanan.matriks(s, 2024)
    assert len(penuh.baris) >= 4
    for b in penuh.baris:
        m, satu = layanan.baris_indikator(s, 2024, b.indikator.pk)
        assert satu is not None and len(m.baris) == 1
        assert _isi_sel(satu.sel) == _isi_sel(b.sel)
        assert m.status == penuh.status
    _, tidak_ada = layanan.baris_indikator(s, 2024, 10**9)
    assert tidak_ada is None


def test_jumlah_bukti_dihitung_dalam_kueri_realisasi(db, pengguna, django_assert_max_num_queries):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kinerja.pengukuran import actions

    s = Satker.objects.get(kode=K)
    r = Realisasi.objects.filter(indikator__sasaran__renstra__satker=s, tahun=2024, periode="TW4").first()
    for i in range(2):
        actions.unggah_bukti(r, SimpleUploadedFile(f"b{i}.pdf", b"%PDF-1.4 uji", "application/pdf"),
                             pelaku=pengguna("uji_operator"))
    with django_assert_max_num_queries(5):
        m = layanan.matriks(s, 2024, dengan_bukti=True)
    sel = next(b.sel["TW4"] for b in m.baris if b.indikator.pk == r.indikator_id)
    assert sel.objek.jumlah_bukti == 2
