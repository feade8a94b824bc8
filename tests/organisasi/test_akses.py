"""Scoping: every satker URL, for users of other satker, each role, and anonymous users."""

from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Peran
from kinerja.pengukuran import actions as ukur
from kinerja.pengukuran.models import Bukti, Realisasi
from kinerja.perencanaan.models import BarisPK, Indikator, Misi, Renstra

K = "658021"
PDF = b"%PDF-1.4\n%demo\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _ids(kode):
    renstra = Renstra.objects.get(satker__kode=kode, tahun_awal=2020)
    ind = Indikator.objects.filter(sasaran__renstra=renstra).order_by("id").first()
    baris = BarisPK.objects.filter(versi__pk_induk__satker__kode=kode).order_by("id").first()
    real = Realisasi.objects.filter(indikator__sasaran__renstra=renstra).order_by("id").first()
    peran = Peran.objects.filter(satker__kode=kode, peran="pembaca").values_list("id", flat=True).first()
    return SimpleNamespace(renstra=renstra.pk, ind=ind.pk, baris=baris.pk, realisasi=real.pk, peran=peran,
                           misi=(Misi.objects.filter(renstra=renstra).values_list("id", flat=True).first()),
                           realisasi_obj=real)


@pytest.fixture
def ids(db, pengguna):
    d = _ids(K)
    r = Realisasi.objects.get(indikator_id=d.ind, tahun=2024, periode="TW4")
    bukti = ukur.unggah_bukti(pengguna("operator"), r.indikator.sasaran.renstra.satker, r,
                              SimpleUploadedFile("ba.pdf", PDF, "application/pdf"))
    d.bukti = bukti.pk
    return d


# name -> (kwargs builder, kind). Kinds: baca (GET read), ubah (GET form of an editor),
# and POST-only actions: post-ubah (editor), setujui (pimpinan), komentar, kelola (admin, POST).
RUTE = {
    "pengukuran:satker": (lambda d: {"kode": K}, "baca"),
    "organisasi:pengaturan": (lambda d: {"kode": K}, "kelola"),
    "organisasi:pengguna": (lambda d: {"kode": K}, "kelola-penuh"),
    "organisasi:pengguna_ubah": (lambda d: {"kode": K, "peran_id": d.peran}, "kelola-penuh"),
    "organisasi:pengguna_buka_kunci": (lambda d: {"kode": K, "peran_id": d.peran}, "kelola-post"),
    "organisasi:riwayat": (lambda d: {"kode": K, "model": "pengukuran.realisasi", "objek_id": d.realisasi}, "baca"),
    "organisasi:komentar": (lambda d: {"kode": K, "model": "pengukuran.realisasi", "objek_id": d.realisasi}, "komentar"),
    "perencanaan:renstra_daftar": (lambda d: {"kode": K}, "baca"),
    "perencanaan:renstra": (lambda d: {"kode": K, "renstra_id": d.renstra}, "baca"),
    "perencanaan:renstra_ubah": (lambda d: {"kode": K, "renstra_id": d.renstra}, "ubah"),
    "perencanaan:bagian_tambah": (lambda d: {"kode": K, "renstra_id": d.renstra, "jenis": "misi"}, "ubah"),
    "perencanaan:bagian_ubah": (lambda d: {"kode": K, "renstra_id": d.renstra, "jenis": "misi", "obj_id": d.misi}, "ubah"),
    "perencanaan:bagian_hapus": (lambda d: {"kode": K, "renstra_id": d.renstra, "jenis": "misi", "obj_id": d.misi}, "ubah"),
    "perencanaan:indikator": (lambda d: {"kode": K, "indikator_id": d.ind}, "baca"),
    "perencanaan:indikator_target": (lambda d: {"kode": K, "indikator_id": d.ind}, "ubah"),
    "perencanaan:pk_daftar": (lambda d: {"kode": K}, "baca"),
    "perencanaan:pk_tahun": (lambda d: {"kode": K, "tahun": 2024}, "baca"),
    "perencanaan:pk_revisi": (lambda d: {"kode": K, "tahun": 2024}, "ubah"),
    "perencanaan:pk_versi": (lambda d: {"kode": K, "tahun": 2024, "nomor": 1}, "baca"),
    "perencanaan:pk_cetak": (lambda d: {"kode": K, "tahun": 2024, "nomor": 1}, "baca"),
    "perencanaan:pk_kepala": (lambda d: {"kode": K, "tahun": 2024, "nomor": 1}, "ubah"),
    "perencanaan:pk_baris_tambah": (lambda d: {"kode": K, "tahun": 2024, "nomor": 1}, "ubah"),
    "perencanaan:pk_baris_ubah": (lambda d: {"kode": K, "tahun": 2024, "nomor": 1, "baris_id": d.baris}, "ubah"),
    "perencanaan:pk_baris_hapus": (lambda d: {"kode": K, "tahun": 2024, "nomor": 1, "baris_id": d.baris}, "ubah"),
    "perencanaan:pk_status": (lambda d: {"kode": K, "tahun": 2024, "nomor": 1, "aksi": "setujui"}, "setujui"),
    "pengukuran:dasbor": (lambda d: {"kode": K, "tahun": 2024}, "baca"),
    "pengukuran:dasbor_xlsx": (lambda d: {"kode": K, "tahun": 2024}, "baca"),
    "pengukuran:triwulan": (lambda d: {"kode": K, "tahun": 2024, "tw": "TW4"}, "baca"),
    "pengukuran:status_triwulan": (lambda d: {"kode": K, "tahun": 2024, "tw": "TW4", "aksi": "ajukan"}, "post-ubah"),
    "pengukuran:isi": (lambda d: {"kode": K, "tahun": 2024, "tw": "TW4", "indikator_id": d.ind}, "baca"),
    "pengukuran:bukti": (lambda d: {"kode": K, "bukti_id": d.bukti}, "baca"),
    "pengukuran:bukti_unggah": (lambda d: {"kode": K, "tahun": 2024, "tw": "TW4", "indikator_id": d.ind}, "post-ubah"),
    "pengukuran:bukti_hapus": (lambda d: {"kode": K, "bukti_id": d.bukti}, "post-ubah"),
}
HANYA_POST = {"post-ubah", "setujui", "komentar", "kelola-post"}
TANPA_SATKER = {"beranda", "core:masuk", "core:keluar"}


def _nama_rute(resolver=None, ns=""):
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            if p.namespace == "admin":
                continue
            yield from _nama_rute(p, f"{ns}{p.namespace}:" if p.namespace else ns)
        elif isinstance(p, URLPattern) and p.name:
            yield ns + p.name


def test_setiap_rute_ada_di_tabel():
    """A new URL must be added to RUTE, so that its scoping is tested."""
    assert set(_nama_rute()) - TANPA_SATKER == set(RUTE)


@pytest.mark.parametrize("penyusup", ["lain_admin", "lain_operator", "jateng_admin", "jateng_pimpinan"])
@pytest.mark.parametrize("nama", sorted(RUTE))
def test_satker_lain_tidak_dapat_membaca_atau_mengubah(nama, penyusup, ids, masuk):
    c = masuk(penyusup)
    buat, jenis = RUTE[nama]
    url = reverse(nama, kwargs=buat(ids))
    jejak = Jejak.objects.count()
    if jenis not in HANYA_POST:
        assert c.get(url).status_code in (403, 404)
    assert c.post(url, {"alasan": "x", "teks": "x", "pita": "50 A\n0 B"}).status_code in (403, 404)
    assert Jejak.objects.count() == jejak
    assert Bukti.objects.filter(pk=ids.bukti).exists()


@pytest.mark.parametrize("nama", sorted(n for n, (_, j) in RUTE.items() if "_id" in str(RUTE[n][0])
                                         or n.split(":")[1] in ("bukti", "bukti_hapus", "riwayat", "komentar",
                                                  "pengguna_ubah", "pengguna_buka_kunci")))
def test_id_milik_satker_lain_tidak_bocor(nama, ids, masuk, pengguna):
    """658021's admin, addressing 658099's records under the 658021 URL, gets 404."""
    lain = _ids("658099")
    r = Realisasi.objects.get(pk=lain.realisasi)
    lain.bukti = ukur.unggah_bukti(pengguna("lain_operator"), r.indikator.sasaran.renstra.satker, r,
                                   SimpleUploadedFile("x.pdf", PDF, "application/pdf")).pk
    c = masuk("admin")
    buat, jenis = RUTE[nama]
    kwargs = buat(lain)
    if "renstra_id" in kwargs and nama.startswith("bagian"):
        kwargs["renstra_id"] = ids.renstra  # right renstra, foreign object
        kwargs["obj_id"] = Misi.objects.create(renstra_id=lain.renstra, nomor=9, uraian="m").pk
    url = reverse(nama, kwargs=kwargs)
    if jenis not in HANYA_POST:
        assert c.get(url).status_code == 404
    assert c.post(url, {"alasan": "x", "teks": "x"}).status_code == 404
    assert Bukti.objects.filter(pk=lain.bukti).exists()


HARAPAN = {
    # kind: roles that may; everyone else in or above the satker gets 403
    "baca": {"admin", "operator", "pimpinan", "reviewer", "pembaca", "provinsi"},
    "ubah": {"admin", "operator"},
    "post-ubah": {"admin", "operator"},
    "setujui": {"pimpinan"},
    "komentar": {"admin", "operator", "pimpinan", "reviewer"},
    "kelola": {"admin"},
    "kelola-penuh": {"admin"},
    "kelola-post": {"admin"},
}


@pytest.mark.parametrize("peran", ["admin", "operator", "pimpinan", "reviewer", "pembaca", "provinsi"])
@pytest.mark.parametrize("nama", sorted(RUTE))
def test_peran_di_satker(nama, peran, ids, masuk):
    c = masuk(peran)
    buat, jenis = RUTE[nama]
    url = reverse(nama, kwargs=buat(ids))
    boleh = peran in HARAPAN[jenis]
    if jenis in HANYA_POST:
        assert c.get(url).status_code == 405
        status = c.post(url, {"alasan": "uji", "teks": "uji"}).status_code
        assert (status in (200, 302)) if boleh else status == 403
    elif jenis == "kelola":
        assert c.get(url).status_code == 200  # everyone who reads sees the settings
        status = c.post(url, {"pita": ""}).status_code
        assert (status == 302) if boleh else status == 403
    elif jenis == "kelola-penuh":  # only the admin even sees the user list
        status = c.get(url).status_code
        assert (status == 200) if boleh else status == 403
        status = c.post(url, {"aksi": "peran", "peran": "pembaca", "username": "baru_uji", "nama": "Baru",
                              "sandi": "Sandi-Kuat-2024!", "sandi2": "Sandi-Kuat-2024!"}).status_code
        assert (status in (200, 302)) if boleh else status == 403
    else:
        status = c.get(url).status_code
        assert (status in (200, 302)) if boleh else status == 403


@pytest.mark.parametrize("nama", sorted(RUTE))
def test_anonim_diarahkan_ke_halaman_masuk(nama, ids, client):
    buat, _ = RUTE[nama]
    url = reverse(nama, kwargs=buat(ids))
    r = client.post(url) if RUTE[nama][1] in HANYA_POST else client.get(url)
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")


def test_provinsi_membaca_anak_tetapi_tidak_satker_provinsi_lain(masuk):
    c = masuk("provinsi")
    assert c.get("/s/658021/dasbor/2024/").status_code == 200
    assert c.get("/s/658099/dasbor/2024/").status_code == 200
    assert c.get("/s/658111/dasbor/2024/").status_code == 404
    beranda = c.get("/").content.decode()
    assert "658021" in beranda and "658099" in beranda and "658111" not in beranda


def test_pengguna_satu_satker_langsung_ke_dasbornya(masuk):
    r = masuk("operator").get("/")
    assert r.status_code == 302 and r["Location"] == "/s/658021/dasbor/2024/"


def test_satker_tak_dikenal_404(masuk):
    assert masuk("admin").get("/s/000000/dasbor/2024/").status_code == 404
