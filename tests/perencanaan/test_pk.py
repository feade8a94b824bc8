"""The Perjanjian Kinerja: creation from the IKU, rows, the approval flow, revisions."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kinerja.core.models import Jejak
from kinerja.organisasi.models import Satker
from kinerja.perencanaan import actions
from kinerja.perencanaan.models import BarisPK, Indikator, PerjanjianKinerja, TargetPK, VersiPK
from ..kecil import KODE as K

V = f"/s/{K}/pk/2023/v1"


@pytest.fixture
def pk2023(masuk):
    """A draft PK 2023 of the test satker, created through the screen."""
    r = masuk("uji_operator").post(f"/s/{K}/pk/buat/", {"tahun": "2023", "isi_dari_iku": "on"})
    assert r.status_code == 302 and r["Location"] == f"{V}/"
    return PerjanjianKinerja.objects.get(satker__kode=K, tahun=2023)


def ind(kode):
    return Indikator.objects.get(kode=kode, sasaran__renstra__satker__kode=K)


def test_pk_baru_diisi_dari_iku_dan_target_renstra(pk2023):
    versi = pk2023.versi.get()
    assert versi.status == "draft" and versi.nomor == 1
    kode = [b.indikator.kode for b in versi.baris.select_related("indikator")]
    iku = list(Indikator.objects.filter(sasaran__renstra=pk2023.renstra, iku=True).values_list("kode", flat=True))
    assert sorted(kode) == sorted(iku) and len(kode) == 4
    t = TargetPK.objects.get(baris__versi=versi, baris__indikator=ind("P1"), periode="tahun")
    assert t.nilai == Decimal(100)


@pytest.mark.parametrize("tahun, pesan", [("2030", "Belum ada Renstra"), ("2024", "sudah ada"),
                                          ("abc", "Tahun ditulis dengan empat angka")])
def test_pk_baru_ditolak(tahun, pesan, masuk):
    r = masuk("uji_operator").post(f"/s/{K}/pk/buat/", {"tahun": tahun})
    assert r.status_code == 200 and pesan in r.content.decode()
    assert f'value="{tahun}"' in r.content.decode()


@pytest.mark.parametrize("target, pesan", [
    ("", "tidak boleh kosong"),
    ("-5", "tidak boleh negatif"),
    ("82.500", "ambigu"),
    ("80 - 90", "bukan angka"),
    ("seratus", "bukan angka"),
])
def test_baris_tanpa_target_atau_salah_ditolak(target, pesan, pk2023, masuk):
    c = masuk("uji_operator")
    jumlah = BarisPK.objects.filter(versi__pk_induk=pk2023).count()
    r = c.post(f"{V}/baris/tambah/", {"indikator": ind("N1").pk, "urutan": "20",
                                      "target_tahun": target, "target_TW1": "25"})
    html = r.content.decode()
    assert r.status_code == 200 and pesan in html
    assert 'value="25"' in html and f'value="{target}"' in html
    assert BarisPK.objects.filter(versi__pk_induk=pk2023).count() == jumlah


def test_baris_ditambah_dengan_target_triwulan(pk2023, masuk):
    c = masuk("uji_operator")
    r = c.post(f"{V}/baris/tambah/", {"indikator": ind("N1").pk, "urutan": "20", "target_tahun": "100%",
                                      "target_TW1": "25", "target_TW2": "50", "target_TW3": "75",
                                      "target_TW4": "100"})
    assert r.status_code == 302
    b = BarisPK.objects.get(versi__pk_induk=pk2023, indikator=ind("N1"))
    assert {t.periode: t.nilai for t in b.target.all()} == {
        "tahun": 100, "TW1": 25, "TW2": 50, "TW3": 75, "TW4": 100}
    # the same indicator twice is refused
    r = c.post(f"{V}/baris/tambah/", {"indikator": ind("N1").pk, "urutan": "21", "target_tahun": "90"})
    assert "sudah ada di PK" in r.content.decode()


def test_target_predikat_untuk_indikator_kualitatif(pk2023, masuk):
    b = BarisPK.objects.get(versi__pk_induk=pk2023, indikator=ind("Q1"))
    c = masuk("uji_operator")
    r = c.post(f"{V}/baris/{b.pk}/ubah/", {"indikator": ind("Q1").pk, "urutan": "5", "target_tahun": "E"})
    assert "bukan predikat" in r.content.decode()
    assert c.post(f"{V}/baris/{b.pk}/ubah/", {"indikator": ind("Q1").pk, "urutan": "5",
                                             "target_tahun": "minimal BB"}).status_code == 302
    assert TargetPK.objects.get(baris=b, periode="tahun").predikat == "BB"


def test_indikator_renstra_lain_ditolak(pk2023, masuk):
    lain = Indikator.objects.get(kode="L1", sasaran__renstra__satker__kode="658099")
    r = masuk("uji_operator").post(f"{V}/baris/tambah/", {"indikator": lain.pk, "target_tahun": "100", "urutan": 1})
    assert "Masukkan pilihan yang valid" in r.content.decode()


@pytest.mark.parametrize("tanggal", ["2024-01-02", "31/12/2022"])
def test_tanggal_di_luar_tahun_ditolak(tanggal, pk2023, masuk):
    r = masuk("uji_operator").post(f"{V}/penandatangan/", {"tanggal": tanggal, "pihak_pertama_nama": "Nama Satu"})
    html = r.content.decode()
    assert r.status_code == 200 and "harus di dalam tahun 2023" in html and 'value="Nama Satu"' in html
    assert pk2023.versi.get().tanggal is None


def test_tanggal_tidak_valid(pk2023, masuk):
    r = masuk("uji_operator").post(f"{V}/penandatangan/", {"tanggal": "32/13/2023"})
    assert "Tanggal tidak valid" in r.content.decode()


def isi_lengkap(c):
    assert c.post(f"{V}/penandatangan/", {
        "tanggal": "03/01/2023", "pihak_pertama_nama": "Sekretaris", "pihak_pertama_jabatan": "Sekretaris",
        "pihak_kedua_nama": "Ketua", "pihak_kedua_jabatan": "Ketua"}).status_code == 302


def test_alur_ajukan_setujui_mengunci(pk2023, masuk):
    c = masuk("uji_operator")
    r = c.post(f"{V}/ajukan/", follow=True)
    html = r.content.decode()
    assert "Nama pihak pertama dan pihak kedua wajib diisi" in html and "Tanggal penetapan wajib diisi" in html
    isi_lengkap(c)
    c.post(f"{V}/ajukan/")
    versi = pk2023.versi.get()
    assert versi.status == "diajukan"
    # operator cannot approve; an edit after submission is refused
    assert c.post(f"{V}/setujui/").status_code == 403
    b = versi.baris.first()
    r = c.post(f"{V}/baris/{b.pk}/ubah/", {"indikator": b.indikator_id, "urutan": 1, "target_tahun": "50"})
    assert "tidak dapat diubah" in r.content.decode()
    p = masuk("uji_pimpinan")
    p.post(f"{V}/setujui/")
    versi.refresh_from_db()
    assert versi.status == "disetujui" and versi.disetujui_oleh.username == "uji_pimpinan"
    r = masuk("uji_operator").post(f"{V}/baris/{b.pk}/hapus/", follow=True)
    assert "melalui revisi" in r.content.decode() and BarisPK.objects.filter(pk=b.pk).exists()
    cetak = masuk("uji_pembaca").get(f"{V}/cetak/").content.decode()
    assert "PERJANJIAN KINERJA TAHUN 2023" in cetak and "Sekretaris" in cetak and "DRAF" not in cetak
    assert "3 Januari 2023" in cetak


def test_kembalikan_perlu_alasan(pk2023, masuk):
    c = masuk("uji_operator")
    isi_lengkap(c)
    c.post(f"{V}/ajukan/")
    p = masuk("uji_pimpinan")
    assert "Alasan pengembalian wajib diisi" in p.post(f"{V}/kembalikan/", {"alasan": ""}, follow=True).content.decode()
    p.post(f"{V}/kembalikan/", {"alasan": "Target 5.1 terlalu rendah"})
    assert pk2023.versi.get().status == "draft"
    assert Jejak.objects.filter(peristiwa="pk.draft", keterangan="Target 5.1 terlalu rendah").exists()


REVISI = f"/s/{K}/pk/2024/revisi/"
REVISI_SAH = {"alasan": "perubahan_strategi", "tanggal": "2024-07-01",
              "keterangan": "Revisi DIPA menambah kegiatan Pilkada"}


def _pk2024():
    return PerjanjianKinerja.objects.get(satker__kode=K, tahun=2024)


@pytest.mark.parametrize("ubah, pesan", [
    ({"alasan": "bukan-alasan"}, "Masukkan pilihan yang valid"),
    ({"keterangan": ""}, "tidak boleh kosong"),
    ({"tanggal": "2025-07-01"}, "harus di dalam tahun 2024"),
])
def test_revisi_salah_ditolak(ubah, pesan, masuk):
    r = masuk("uji_operator").post(REVISI, {**REVISI_SAH, **ubah})
    assert r.status_code == 200 and pesan in r.content.decode() and _pk2024().versi.count() == 1


def test_revisi_menjadi_draf_baru_dengan_salinan_baris(masuk):
    r = masuk("uji_operator").post(REVISI, REVISI_SAH)
    assert r.status_code == 302 and r["Location"] == f"/s/{K}/pk/2024/v2/"
    v1, v2 = _pk2024().versi.get(nomor=1), _pk2024().versi.get(nomor=2)
    assert v2.status == "draft" and v2.alasan_revisi == "perubahan_strategi" and v1.status == "disetujui"
    assert v2.baris.count() == v1.baris.count() == 4
    assert TargetPK.objects.filter(baris__versi=v2).count() == TargetPK.objects.filter(baris__versi=v1).count()


def test_revisi_kedua_selama_draf_terbuka_ditolak(masuk):
    c = masuk("uji_operator")
    c.post(REVISI, REVISI_SAH)
    r = c.post(REVISI, {**REVISI_SAH, "alasan": "mutasi_pejabat"})
    assert "belum disetujui" in r.content.decode() and _pk2024().versi.count() == 2


def _revisi_dengan_target_p1_75(c):
    c.post(REVISI, REVISI_SAH)
    b = _pk2024().versi.get(nomor=2).baris.get(indikator=ind("P1"))
    c.post(f"/s/{K}/pk/2024/v2/baris/{b.pk}/ubah/", {"indikator": b.indikator_id, "urutan": b.urutan,
                                                     "target_tahun": "75"})


def test_pengukuran_memakai_versi_disetujui_sampai_revisi_disetujui(masuk):
    c = masuk("uji_operator")
    _revisi_dengan_target_p1_75(c)
    assert "T 75%" not in c.get(f"/s/{K}/dasbor/2024/").content.decode()


def test_revisi_disetujui_mengganti_versi_lama(masuk):
    c = masuk("uji_operator")
    _revisi_dengan_target_p1_75(c)
    c.post(f"/s/{K}/pk/2024/v2/ajukan/")
    masuk("uji_pimpinan").post(f"/s/{K}/pk/2024/v2/setujui/")
    assert list(_pk2024().versi.order_by("nomor").values_list("status", flat=True)) == ["diganti", "disetujui"]
    dasbor = masuk("uji_pembaca").get(f"/s/{K}/dasbor/2024/").content.decode()
    assert "PK 2024 versi 2 (revisi 1)" in dasbor and "T 75%" in dasbor
    assert masuk("uji_pembaca").get(f"/s/{K}/pk/2024/").url.endswith("/v2/")


def test_riwayat_revisi_mencatat_alurnya(masuk):
    c = masuk("uji_operator")
    _revisi_dengan_target_p1_75(c)
    c.post(f"/s/{K}/pk/2024/v2/ajukan/")
    masuk("uji_pimpinan").post(f"/s/{K}/pk/2024/v2/setujui/")
    v2 = _pk2024().versi.get(nomor=2)
    riwayat = masuk("uji_pembaca").get(f"/s/{K}/riwayat/perencanaan.versipk/{v2.pk}/").content.decode()
    assert "menyetujui dan menandatangani" in riwayat and "mengajukan" in riwayat
    assert "pk.disetujui" not in riwayat


def test_revisi_alasan_hanya_dari_permenpanrb(pengguna):
    pk = PerjanjianKinerja.objects.get(satker__kode=K, tahun=2024)
    with pytest.raises(ValidationError, match="PermenPANRB 53/2014"):
        actions.revisi_pk(pk, pelaku=pengguna("uji_operator"), alasan="ingin saja", keterangan="x", tanggal=None)


def test_revisi_hanya_untuk_pk_disetujui(pk2023, masuk):
    r = masuk("uji_operator").post(f"/s/{K}/pk/2023/revisi/", {"alasan": "mutasi_pejabat", "keterangan": "x"})
    assert "belum disetujui" in r.content.decode()


def test_cetak_draf_ditandai(pk2023, masuk):
    html = masuk("uji_operator").get(f"{V}/cetak/").content.decode()
    assert "DRAF" in html and "………………… 2023" in html  # no date yet: a blank to sign by hand


def test_pk_kosong_tidak_dapat_diajukan(pengguna):
    from kinerja.perencanaan.models import Renstra

    satker = Satker.objects.get(kode=K)
    actions.simpan_renstra(Renstra(satker=satker, tahun_awal=2025, tahun_akhir=2029), pelaku=pengguna("uji_operator"))
    pk = actions.buat_pk(satker, 2025, pelaku=pengguna("uji_operator"))  # the new Renstra has no indicators
    versi = pk.versi.get()
    assert versi.baris.count() == 0
    actions.simpan_kepala_pk(versi, pelaku=pengguna("uji_operator"), tanggal=dt.date(2025, 1, 2),
                             pihak_pertama_nama="A", pihak_pertama_jabatan="", pihak_kedua_nama="B",
                             pihak_kedua_jabatan="")
    with pytest.raises(ValidationError, match="belum berisi indikator"):
        actions.ajukan_pk(versi, pelaku=pengguna("uji_operator"))


def test_hanya_pimpinan_menyetujui(pk2023, masuk):
    c = masuk("uji_operator")
    isi_lengkap(c)
    c.post(f"{V}/ajukan/")
    for peran in ("admin", "reviewer", "pembaca", "provinsi"):
        assert masuk(f"uji_{peran}").post(f"{V}/setujui/").status_code == 403
    assert VersiPK.objects.get(pk_induk=pk2023).status == "diajukan"
