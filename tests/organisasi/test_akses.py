"""Scoping: every satker URL, for users of other satker, each role, and anonymous users.

Runs on the small test satker (tests/kecil.py: KPU Kota Uji 990001 and its uji_* users); the
intruders are the users of two other small satker (tests/pembuat.py)."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from kinerja.anggaran.models import BarisDipa as BarisDipa_
from kinerja.laporan.models import Foto, Hambatan, Pembuatan, Standar
from kinerja.register.models import PermohonanInformasi
from kinerja.core.models import Jejak
from kinerja.organisasi.models import HariLibur, Peran, Satker
from kinerja.pengukuran import actions as ukur
from kinerja.pengukuran.models import Bukti, Realisasi
from kinerja.perencanaan.models import BarisPK, Indikator, Misi, Renstra

from ..kecil import KODE

K = KODE
PDF = b"%PDF-1.4\n%demo\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (4, 3), (10, 120, 200)).save(buf, "PNG")
    return buf.getvalue()


PNG = _png()


def _ids(kode):
    renstra = Renstra.objects.get(satker__kode=kode, tahun_awal=2020)
    ind = Indikator.objects.filter(sasaran__renstra=renstra).order_by("id").first()
    baris = BarisPK.objects.filter(versi__pk_induk__satker__kode=kode).order_by("id").first()
    real = Realisasi.objects.filter(indikator__sasaran__renstra=renstra).order_by("id").first()
    peran = Peran.objects.filter(satker__kode=kode, peran="pembaca").values_list("id", flat=True).first()
    dipa = BarisDipa_.objects.filter(dipa__satker__kode=kode, tingkat="kegiatan").first()
    hambatan = Hambatan.objects.filter(satker__kode=kode).first() or Hambatan.objects.create(
        satker=renstra.satker, tahun=2024, hambatan="Hambatan uji")
    foto = Foto.objects.filter(satker__kode=kode).first()
    if foto is None:
        foto = Foto(satker=renstra.satker, tahun=2024, keterangan="Foto uji", jenis="image/png", ukuran=len(PNG))
        foto.berkas.save("f.png", ContentFile(PNG), save=True)
    standar = Standar.objects.filter(indikator=ind, tahun=2024).first() or Standar.objects.create(
        indikator=ind, tahun=2024, nilai=90, sumber="Standar uji")
    pembuatan = Pembuatan.objects.filter(satker__kode=kode).first()
    if pembuatan is None:
        pembuatan = Pembuatan.objects.create(satker=renstra.satker, tahun=2024, status="selesai", progres=100)
        for f in ("docx", "pdf", "xlsx"):
            getattr(pembuatan, f).save(f"l.{f}", ContentFile(b"PK uji" if f != "pdf" else PDF), save=False)
        pembuatan.save()
    rasio = Indikator.objects.filter(sasaran__renstra=renstra, rasio=True).order_by("id").first()
    if rasio is not None:
        from kinerja.register.models import IkatanUkuran

        IkatanUkuran.objects.get_or_create(indikator=rasio, defaults={"ukuran": "ppid_tepat_waktu"})
    return SimpleNamespace(renstra=renstra.pk, ind=ind.pk, ind_rasio=rasio.pk if rasio else ind.pk, baris=baris.pk, realisasi=real.pk, peran=peran,
                           misi=(Misi.objects.filter(renstra=renstra).values_list("id", flat=True).first()),
                           realisasi_obj=real, baris_dipa=dipa.pk, program_dipa=dipa.induk_id,
                           sasaran_dipa=[x.pk for x in dipa.sasaran.all()], hambatan=hambatan.pk, foto=foto.pk,
                           standar=standar.pk, pembuatan=pembuatan.pk,
                           libur=HariLibur.objects.get_or_create(satker=Satker.objects.get(kode=kode),
                                                                 tanggal=dt.date(2024, 7, 1), defaults={
                                                                     "nama": "Libur satker uji",
                                                                     "dasar": "SE uji"})[0].pk,
                           ppid=PermohonanInformasi.objects.get_or_create(
                               satker=Satker.objects.get(kode=kode), nomor="1/PPID",
                               defaults={"diterima": dt.date(2024, 3, 1), "informasi": "Uji"})[0].pk)


@pytest.fixture
def ids(db, pengguna):
    d = _ids(K)
    r = Realisasi.objects.get(indikator_id=d.ind, tahun=2024, periode="TW4")
    bukti = ukur.unggah_bukti(r, SimpleUploadedFile("ba.pdf", PDF, "application/pdf"),
                              pelaku=pengguna("uji_operator"))
    d.bukti = bukti.pk
    return d


# Every satker URL: its kwargs, the kind of right it needs, what the allowed role gets
# (status) and, for a POST verb, the body it posts and how many audit rows that writes.
# Kinds: baca (GET read), ubah (GET form of an editor), kelola-penuh (GET, admin only), and
# POST-only verbs: post-ubah (editor), setujui (pimpinan), komentar, kelola-post (admin).
@dataclass
class Rute:
    kwargs: Callable
    jenis: str
    status: int = 200
    data: Callable | None = None
    tulis: int = 0


def _versi(obj) -> str:
    from kinerja.core.audit import snapshot
    from kinerja.core.versions import wrap

    return wrap(snapshot(obj))


def _kw(**tetap):
    return lambda d: {"kode": K, **{k: (getattr(d, v[1:]) if isinstance(v, str) and v.startswith("@") else v)
                                    for k, v in tetap.items()}}


SANDI_BARU = {"sandi": "Sandi-Kuat-2024!", "sandi2": "Sandi-Kuat-2024!"}
RUTE = {
    "pengukuran:satker": Rute(_kw(), "baca", 302),
    "organisasi:pengaturan": Rute(_kw(), "baca"),
    "organisasi:pengaturan_simpan": Rute(_kw(), "kelola-post", 302, lambda d: {"pita": "50 A\n0 B"}, 1),
    "organisasi:pengguna": Rute(_kw(), "kelola-penuh"),
    "organisasi:kalender": Rute(_kw(tahun=2024), "baca"),
    # the registers: one declaration-driven set of pages, tried on the PPID register
    "register:beranda": Rute(_kw(), "baca", 302),
    "register:ringkasan": Rute(_kw(tahun=2024), "baca"),
    "register:pantau": Rute(_kw(), "baca"),
    "register:ikat": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {
        "indikator": str(d.ind_rasio), "ukuran": "layanan_kepegawaian_tepat_waktu"}, 1),
    "register:rincian": Rute(_kw(tahun=2024, ukuran="ppid_tepat_waktu", tw="TW4"), "baca"),
    "register:terapkan": Rute(_kw(tahun=2024, tw="TW4"), "post-ubah", 302, lambda d: {}),
    "register:rincian_indikator": Rute(_kw(tahun=2024, indikator_id="@ind_rasio", tw="TW4"), "baca"),
    "register:daftar": Rute(_kw(register="ppid", tahun=2024), "baca"),
    "register:tambah": Rute(_kw(register="ppid", tahun=2024), "ubah"),
    "register:tambah_simpan": Rute(_kw(register="ppid", tahun=2024), "post-ubah", 302, lambda d: {
        "nomor": "9/PPID", "diterima": "2024-05-02", "informasi": "Uji", "dijawab": "2024-05-03",
        "hasil": "dipenuhi"}, 1),
    "register:catatan": Rute(_kw(register="ppid", tahun=2024, catatan_id="@ppid"), "baca"),
    "register:catatan_simpan": Rute(_kw(register="ppid", tahun=2024, catatan_id="@ppid"), "post-ubah", 302,
                                    lambda d: {"nomor": "1/PPID", "diterima": "2024-03-01", "informasi": "Diubah",
                                               "versi": _versi(PermohonanInformasi.objects.get(pk=d.ppid))}, 1),
    "register:hapus": Rute(_kw(register="ppid", tahun=2024, catatan_id="@ppid"), "post-ubah", 302, lambda d: {}, 1),
    "register:templat_xlsx": Rute(_kw(register="ppid", tahun=2024), "baca"),
    "register:ekspor_xlsx": Rute(_kw(register="ppid", tahun=2024), "baca"),
    "register:impor": Rute(_kw(register="ppid", tahun=2024), "ubah"),
    "register:impor_kirim": Rute(_kw(register="ppid", tahun=2024), "post-ubah", 302, lambda d: {
        "berkas": SimpleUploadedFile("p.csv", b"nomor registrasi;diterima;informasi yang diminta\n"
                                              b"5/PPID;02/05/2024;Data pemilih\n", "text/csv")}, 1),
    "organisasi:kalender_simpan": Rute(_kw(tahun=2024), "kelola-post", 302, lambda d: {
        "tanggal": "2024-08-19", "nama": "Libur uji", "libur": "on", "dasar": "SE uji"}, 1),
    "organisasi:kalender_hapus": Rute(_kw(tahun=2024, libur_id="@libur"), "kelola-post", 302, lambda d: {}, 1),
    "organisasi:pengguna_tambah": Rute(_kw(), "kelola-post", 302, lambda d: {
        "username": "baru_uji", "nama": "Baru Uji", "peran": "pembaca", **SANDI_BARU}, 1),
    "organisasi:pengguna_ubah": Rute(_kw(peran_id="@peran"), "kelola-penuh"),
    "organisasi:pengguna_peran": Rute(_kw(peran_id="@peran"), "kelola-post", 302,
                                      lambda d: {"peran": "reviewer"}, 1),
    "organisasi:pengguna_sandi": Rute(_kw(peran_id="@peran"), "kelola-post", 302, lambda d: SANDI_BARU, 1),
    "organisasi:pengguna_cabut": Rute(_kw(peran_id="@peran"), "kelola-post", 302, lambda d: {}, 1),
    "organisasi:pengguna_buka_kunci": Rute(_kw(peran_id="@peran"), "kelola-post", 302, lambda d: {}, 1),
    "organisasi:jejak": Rute(_kw(), "baca"),
    "organisasi:jejak_xlsx": Rute(_kw(), "baca"),
    "organisasi:riwayat": Rute(_kw(model="pengukuran.realisasi", objek_id="@realisasi"), "baca"),
    "organisasi:komentar": Rute(_kw(model="pengukuran.realisasi", objek_id="@realisasi"), "komentar", 302,
                                lambda d: {"teks": "uji"}, 1),
    "perencanaan:renstra_daftar": Rute(_kw(), "baca"),
    "perencanaan:renstra_buat": Rute(_kw(), "post-ubah", 302, lambda d: {"tahun_awal": "2030",
                                                                       "tahun_akhir": "2034"}, 1),
    "perencanaan:renstra": Rute(_kw(renstra_id="@renstra"), "baca"),
    "perencanaan:renstra_ubah": Rute(_kw(renstra_id="@renstra"), "ubah"),
    "perencanaan:bagian_tambah": Rute(_kw(renstra_id="@renstra", jenis="misi"), "ubah"),
    "perencanaan:bagian_ubah": Rute(_kw(renstra_id="@renstra", jenis="misi", obj_id="@misi"), "ubah"),
    "perencanaan:bagian_hapus": Rute(_kw(renstra_id="@renstra", jenis="misi", obj_id="@misi"), "ubah"),
    "perencanaan:indikator": Rute(_kw(indikator_id="@ind"), "baca"),
    "perencanaan:indikator_target": Rute(_kw(indikator_id="@ind"), "ubah"),
    "perencanaan:pk_daftar": Rute(_kw(), "baca"),
    # a draft PK 2023: the PK, version 1 and the four IKU rows
    "perencanaan:pk_buat": Rute(_kw(), "post-ubah", 302, lambda d: {"tahun": "2023", "isi_dari_iku": "on"}, 6),
    "perencanaan:pk_tahun": Rute(_kw(tahun=2024), "baca", 302),
    "perencanaan:pk_revisi": Rute(_kw(tahun=2024), "ubah"),
    "perencanaan:pk_versi": Rute(_kw(tahun=2024, nomor=1), "baca"),
    "perencanaan:pk_cetak": Rute(_kw(tahun=2024, nomor=1), "baca"),
    "perencanaan:pk_kepala": Rute(_kw(tahun=2024, nomor=1), "ubah"),
    "perencanaan:pk_baris_tambah": Rute(_kw(tahun=2024, nomor=1), "ubah"),
    "perencanaan:pk_baris_ubah": Rute(_kw(tahun=2024, nomor=1, baris_id="@baris"), "ubah"),
    "perencanaan:pk_baris_hapus": Rute(_kw(tahun=2024, nomor=1, baris_id="@baris"), "ubah"),
    # PK 2024 v1 is approved: each verb is refused with a message, writing nothing
    "perencanaan:pk_ajukan": Rute(_kw(tahun=2024, nomor=1), "post-ubah", 302, lambda d: {}, 0),
    "perencanaan:pk_setujui": Rute(_kw(tahun=2024, nomor=1), "setujui", 302, lambda d: {}, 0),
    "perencanaan:pk_kembalikan": Rute(_kw(tahun=2024, nomor=1), "setujui", 302, lambda d: {"alasan": "uji"}, 0),
    "pengukuran:dasbor": Rute(_kw(tahun=2024), "baca"),
    "pengukuran:dasbor_xlsx": Rute(_kw(tahun=2024), "baca"),
    "pengukuran:triwulan": Rute(_kw(tahun=2024, tw="TW4"), "baca"),
    "pengukuran:triwulan_ajukan": Rute(_kw(tahun=2024, tw="TW4"), "post-ubah", 302, lambda d: {}, 1),
    "pengukuran:triwulan_setujui": Rute(_kw(tahun=2024, tw="TW4"), "setujui", 302, lambda d: {}, 0),
    "pengukuran:triwulan_kembalikan": Rute(_kw(tahun=2024, tw="TW4"), "setujui", 302,
                                           lambda d: {"alasan": "uji"}, 0),
    "pengukuran:triwulan_buka": Rute(_kw(tahun=2024, tw="TW3"), "setujui", 302, lambda d: {"alasan": "uji"}, 1),
    "pengukuran:isi": Rute(_kw(tahun=2024, tw="TW4", indikator_id="@ind"), "baca"),
    "pengukuran:realisasi_simpan": Rute(_kw(tahun=2024, tw="TW4", indikator_id="@ind"), "post-ubah", 302,
                                        lambda d: {"nilai": "97"}, 1),
    "pengukuran:bukti": Rute(_kw(bukti_id="@bukti"), "baca"),
    "pengukuran:bukti_unggah": Rute(_kw(tahun=2024, tw="TW4", indikator_id="@ind"), "post-ubah", 302,
                                    lambda d: {"berkas": SimpleUploadedFile("b.pdf", PDF, "application/pdf")}, 1),
    "pengukuran:bukti_hapus": Rute(_kw(bukti_id="@bukti"), "post-ubah", 302, lambda d: {}, 1),
    # budget (tests/pembuat.buat_dipa): January approved, February open
    "anggaran:beranda": Rute(_kw(), "baca", 302),
    "anggaran:ringkasan": Rute(_kw(tahun=2024), "baca"),
    "anggaran:bawahan": Rute(_kw(tahun=2024), "baca"),
    "anggaran:grafik": Rute(_kw(tahun=2024), "baca"),
    "anggaran:anggaran_xlsx": Rute(_kw(tahun=2024), "baca"),
    "anggaran:dipa": Rute(_kw(tahun=2024), "ubah"),
    "anggaran:baris": Rute(_kw(tahun=2024, baris_id="@baris_dipa"), "baca"),
    "anggaran:baris_baru": Rute(_kw(tahun=2024), "ubah"),
    "anggaran:baris_simpan": Rute(_kw(tahun=2024, baris_id="@baris_dipa"), "post-ubah", 302, lambda d: {
        "tingkat": "kegiatan", "induk": d.program_dipa, "kode": "2886", "uraian": "Dukungan manajemen diubah",
        "pagu": "1.000.000", "satuan_volume": "dokumen", "volume_target": "10", "volume_realisasi": "8",
        "sasaran": d.sasaran_dipa}, 1),
    # a line with realisasi is not deleted: refused with a message, nothing written
    "anggaran:baris_hapus": Rute(_kw(tahun=2024, baris_id="@baris_dipa"), "post-ubah", 302, lambda d: {}, 0),
    "anggaran:bulanan_simpan": Rute(_kw(tahun=2024, baris_id="@baris_dipa"), "post-ubah", 302, lambda d: {
        **{f"rpd_{b}": "100.000" for b in range(1, 11)}, "rpd_11": "50.000", "realisasi_1": "300.000",
        "realisasi_2": "200.000"}, 1),
    "anggaran:revisi": Rute(_kw(tahun=2024), "baca"),
    # the revision, its one changed line, and that line's new pagu
    "anggaran:revisi_simpan": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {
        "tanggal": "2024-05-02", "jenis": "pagu", "alasan": "Tambahan pagu uji",
        f"pagu_{d.baris_dipa}": "1.200.000"}, 3),
    "anggaran:bulan": Rute(_kw(tahun=2024, bulan=2), "baca"),
    "anggaran:bulan_ajukan": Rute(_kw(tahun=2024, bulan=2), "post-ubah", 302, lambda d: {}, 1),
    "anggaran:bulan_setujui": Rute(_kw(tahun=2024, bulan=2), "setujui", 302, lambda d: {}, 0),
    "anggaran:bulan_kembalikan": Rute(_kw(tahun=2024, bulan=2), "setujui", 302, lambda d: {"alasan": "uji"}, 0),
    "anggaran:bulan_buka": Rute(_kw(tahun=2024, bulan=1), "setujui", 302, lambda d: {"alasan": "uji"}, 1),
    "anggaran:impor": Rute(_kw(tahun=2024, jenis="realisasi"), "ubah"),
    "anggaran:impor_kirim": Rute(_kw(tahun=2024, jenis="realisasi"), "post-ubah", 302, lambda d: {
        "berkas": SimpleUploadedFile("r.csv", b"kode;realisasi maret\n076.01.WA.2886;100.000\n", "text/csv")}, 1),
    "anggaran:templat_xlsx": Rute(_kw(tahun=2024, jenis="realisasi"), "baca"),
    # the report: built from the data on every request
    "laporan:beranda": Rute(_kw(), "baca", 302),
    "laporan:laporan": Rute(_kw(tahun=2024), "baca"),
    # a build runs at once in tests (ImmediateBackend) after the commit: one audit row, the request
    "laporan:pembuatan_mulai": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {}, 1),
    "laporan:pembuatan_status": Rute(_kw(tahun=2024, pembuatan_id="@pembuatan"), "baca"),
    "laporan:berkas_docx": Rute(_kw(tahun=2024, pembuatan_id="@pembuatan"), "baca"),
    "laporan:berkas_pdf": Rute(_kw(tahun=2024, pembuatan_id="@pembuatan"), "baca"),
    "laporan:berkas_xlsx": Rute(_kw(tahun=2024, pembuatan_id="@pembuatan"), "baca"),
    # the report is open and its build is not of the current data: each verb is refused, writing nothing
    "laporan:ajukan": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {}, 0),
    "laporan:setujui": Rute(_kw(tahun=2024), "setujui", 302, lambda d: {}, 0),
    "laporan:kembalikan": Rute(_kw(tahun=2024), "setujui", 302, lambda d: {"alasan": "uji"}, 0),
    "laporan:buka": Rute(_kw(tahun=2024), "setujui", 302, lambda d: {"alasan": "uji"}, 0),
    "laporan:narasi": Rute(_kw(tahun=2024), "baca"),
    "laporan:narasi_simpan": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {
        "kunci": "latar_belakang", "latar_belakang-teks": "Latar belakang uji"}, 1),
    "laporan:hambatan": Rute(_kw(tahun=2024), "baca"),
    "laporan:hambatan_simpan": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {"hambatan": "uji"}, 1),
    "laporan:hambatan_hapus": Rute(_kw(tahun=2024, hambatan_id="@hambatan"), "post-ubah", 302, lambda d: {}, 1),
    "laporan:pengaturan": Rute(_kw(tahun=2024), "baca"),
    "laporan:pengaturan_simpan": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {"kertas": "F4"}, 1),
    "laporan:foto": Rute(_kw(tahun=2024), "baca"),
    "laporan:foto_berkas": Rute(_kw(tahun=2024, foto_id="@foto"), "baca"),
    "laporan:foto_unggah": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {
        "berkas": SimpleUploadedFile("f.png", PNG, "image/png"), "keterangan": "Rapat uji"}, 1),
    "laporan:foto_hapus": Rute(_kw(tahun=2024, foto_id="@foto"), "post-ubah", 302, lambda d: {}, 1),
    "laporan:standar": Rute(_kw(tahun=2024), "baca"),
    "laporan:standar_simpan": Rute(_kw(tahun=2024), "post-ubah", 302, lambda d: {
        "indikator": str(d.ind), "tingkat": "provinsi", "nilai": "80", "sumber": "Uji"}, 1),
    "laporan:standar_hapus": Rute(_kw(tahun=2024, standar_id="@standar"), "post-ubah", 302, lambda d: {}, 1),
}
HANYA_POST = {"post-ubah", "setujui", "komentar", "kelola-post"}
JAHAT = {"alasan": "x", "teks": "x", "pita": "50 A\n0 B", "nilai": "1", "tahun": "2023", "peran": "admin"}
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
    rute = RUTE[nama]
    url = reverse(nama, kwargs=rute.kwargs(ids))
    jejak = Jejak.objects.count()
    if rute.jenis not in HANYA_POST:
        assert c.get(url).status_code == 404
    assert c.post(url, JAHAT).status_code in (404, 405)
    assert Jejak.objects.count() == jejak
    assert Bukti.objects.filter(pk=ids.bukti).exists()


def _beralamat_id(nama):
    contoh = RUTE[nama].kwargs(SimpleNamespace(**{k: 1 for k in ("renstra", "ind", "baris", "realisasi",
                                                                 "peran", "misi", "bukti", "baris_dipa",
                                                                 "program_dipa", "hambatan", "foto",
                                                                 "standar", "pembuatan", "libur", "ppid", "ind_rasio")}))
    return any(k.endswith("_id") for k in contoh)


@pytest.mark.parametrize("nama", sorted(n for n in RUTE if _beralamat_id(n)))
def test_id_milik_satker_lain_tidak_bocor(nama, ids, masuk, pengguna):
    """990001's admin, addressing 658099's records under the 990001 URL, gets 404."""
    lain = _ids("658099")
    r = Realisasi.objects.get(pk=lain.realisasi)
    lain.bukti = ukur.unggah_bukti(r, SimpleUploadedFile("x.pdf", PDF, "application/pdf"),
                                   pelaku=pengguna("lain_operator")).pk
    c = masuk("uji_admin")
    rute = RUTE[nama]
    kwargs = rute.kwargs(lain)
    if "obj_id" in kwargs:
        kwargs["renstra_id"] = ids.renstra  # right renstra, foreign object
        kwargs["obj_id"] = Misi.objects.create(renstra_id=lain.renstra, nomor=9, uraian="m").pk
    url = reverse(nama, kwargs=kwargs)
    jejak = Jejak.objects.count()
    if rute.jenis not in HANYA_POST:
        assert c.get(url).status_code == 404
    assert c.post(url, JAHAT).status_code in (404, 405)
    assert Jejak.objects.count() == jejak
    assert Bukti.objects.filter(pk=lain.bukti).exists()


HARAPAN = {
    # kind: roles that may; everyone else in or above the satker gets 403
    "baca": {"admin", "operator", "pimpinan", "reviewer", "pembaca", "provinsi"},
    "ubah": {"admin", "operator"},
    "post-ubah": {"admin", "operator"},
    "setujui": {"pimpinan"},
    "komentar": {"admin", "operator", "pimpinan", "reviewer"},
    "kelola-penuh": {"admin"},
    "kelola-post": {"admin"},
}


@pytest.mark.parametrize("peran", ["admin", "operator", "pimpinan", "reviewer", "pembaca", "provinsi"])
@pytest.mark.parametrize("nama", sorted(RUTE))
def test_peran_di_satker(nama, peran, ids, masuk):
    c = masuk(f"uji_{peran}")
    rute = RUTE[nama]
    url = reverse(nama, kwargs=rute.kwargs(ids))
    boleh = peran in HARAPAN[rute.jenis]
    jejak = Jejak.objects.count()
    if rute.jenis in HANYA_POST:
        assert c.get(url).status_code == 405
        r = c.post(url, rute.data(ids))
        assert r.status_code == (rute.status if boleh else 403), r.content.decode()[:3000]
        assert Jejak.objects.count() - jejak == (rute.tulis if boleh else 0)
    else:
        assert c.get(url).status_code == (rute.status if boleh else 403)
        assert Jejak.objects.count() == jejak


@pytest.mark.parametrize("nama", sorted(RUTE))
def test_anonim_diarahkan_ke_halaman_masuk(nama, ids, client):
    url = reverse(nama, kwargs=RUTE[nama].kwargs(ids))
    r = client.post(url) if RUTE[nama].jenis in HANYA_POST else client.get(url)
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")


def test_provinsi_membaca_anak_tetapi_tidak_satker_provinsi_lain(masuk):
    c = masuk("uji_provinsi")
    assert c.get(f"/s/{K}/dasbor/2024/").status_code == 200
    assert c.get("/s/658099/dasbor/2024/").status_code == 200
    assert c.get("/s/658111/dasbor/2024/").status_code == 404
    beranda = c.get("/").content.decode()
    assert K in beranda and "658099" in beranda and "658111" not in beranda


def test_pengguna_satu_satker_langsung_ke_dasbornya(masuk):
    r = masuk("uji_operator").get("/")
    assert r.status_code == 302 and r["Location"] == f"/s/{K}/dasbor/2024/"


def test_satker_tak_dikenal_404(masuk):
    assert masuk("uji_admin").get("/s/000000/dasbor/2024/").status_code == 404
