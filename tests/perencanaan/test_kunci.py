"""Locks that hold: with TW I-III approved and PK 2024 approved, nothing that feeds them moves.

Every field of the indicator, its sasaran and its Renstra is walked through the generic
Renstra screens' action (the path that once skipped every rule); each change is either
refused by the lock with its way out, or leaves the approved PK, its print and the locked
quarters exactly as they were.
"""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kinerja.core import locks
from kinerja.core.models import Jejak
from kinerja.lib.capaian import Target
from kinerja.organisasi.models import Satker, Subbagian
from kinerja.pengukuran import actions as ukur
from kinerja.pengukuran.layanan import matriks
from kinerja.pengukuran.models import Realisasi
from kinerja.perencanaan import actions
from kinerja.perencanaan.models import (
    BarisPK, Indikator, Program, Renstra, SasaranKegiatan, SasaranStrategis, VersiPK,
)

from ..kecil import KODE as K
TERKUNCI = ("TW1", "TW2", "TW3")


def satker():
    return Satker.objects.get(kode=K)


def ind(kode):
    return Indikator.objects.get(kode=kode, sasaran__renstra__satker__kode=K)


def v1():
    return VersiPK.objects.get(pk_induk__satker__kode=K, pk_induk__tahun=2024, nomor=1)


def potret_terkunci(client):
    """What the approved PK and the locked quarters show, as text."""
    m = matriks(satker(), 2024, versi=v1())
    pk = [(b.indikator.kode, b.indikator.nama, b.indikator.get_satuan_display(), b.indikator.iku,
           b.indikator.sasaran.uraian, b.indikator.sasaran.nomor,
           tuple(s.target_teks for s in b.daftar_sel())) for b in m.baris]
    sel = [(b.indikator.kode, p, b.sel[p].target_teks, b.sel[p].realisasi_teks, b.sel[p].capaian_teks,
            b.sel[p].kategori.label, b.sel[p].alasan) for b in m.baris for p in TERKUNCI]
    cetak = client.get(f"/s/{K}/pk/2024/v1/cetak/").content.decode()
    return pk, sel, cetak


def ubahan(obj, nama):
    """A different, otherwise valid value for field ``nama`` of ``obj``."""
    f = obj._meta.get_field(nama)
    lama = getattr(obj, f.attname)
    if f.is_relation:
        qs = f.related_model.objects.exclude(pk=lama)
        if f.related_model in (SasaranKegiatan, SasaranStrategis, Program):
            qs = qs.filter(renstra=obj.renstra if hasattr(obj, "renstra") else obj.sasaran.renstra)
        elif f.related_model is Subbagian:
            qs = qs.filter(satker=satker())
        return qs.first().pk
    if f.choices:
        return next(v for v, _ in f.choices if v not in (lama, "predikat", "kualitatif"))
    if isinstance(lama, bool):
        return not lama
    if isinstance(lama, int):
        return lama + 5
    return (lama or "") + " X"


# Every concrete field of the three models, classified: guarded by the lock, or free to
# change because nothing locked shows it. A new field fails this test until it is classified.
FIELD = {
    Indikator: {
        "dijaga": {"kode", "nama", "satuan", "boleh_lebih_100", "polaritas", "rumus_min", "batas_capaian",
                   "rasio", "frekuensi", "agregasi", "iku", "sasaran"},
        "bebas": {"label_pembilang", "label_penyebut", "cara_menghitung", "sumber_data", "subbagian",
                  "urutan", "sumber", "keterangan"},
    },
    SasaranKegiatan: {
        "dijaga": {"nomor", "uraian", "renstra"},
        "bebas": {"sasaran_strategis", "program", "sumber"},
    },
    Renstra: {
        "dijaga": {"tahun_awal", "tahun_akhir", "satker"},
        "bebas": {"visi", "keterangan", "sumber"},
    },
}


def test_setiap_field_terklasifikasi():
    for model, kelas in FIELD.items():
        semua = {f.name for f in model._meta.concrete_fields if not f.primary_key}
        assert kelas["dijaga"] | kelas["bebas"] == semua, model
        assert set(locks.guarded_fields(model)) - {"*"} == kelas["dijaga"], model


def _objek(model):
    if model is Indikator:
        return ind("R1")  # a ratio indicator, in the approved PK and in TW I-III
    if model is SasaranKegiatan:
        return ind("R1").sasaran
    return ind("R1").sasaran.renstra


@pytest.mark.parametrize("model, nama", [(m, n) for m, k in FIELD.items() for n in sorted(k["dijaga"] | k["bebas"])])
def test_field_terkunci_ditolak_atau_tidak_mengubah_dokumen(model, nama, masuk, pengguna):
    c = masuk("uji_pembaca")
    sebelum = potret_terkunci(c)
    obj = _objek(model)
    setattr(obj, model._meta.get_field(nama).attname, ubahan(obj, nama))
    if model is Indikator and nama == "rasio":
        obj.label_pembilang = obj.label_penyebut = "x"
    if model is Renstra and nama in ("tahun_awal", "tahun_akhir"):
        obj.tahun_awal, obj.tahun_akhir = 2030, 2034  # a valid, free period: only the lock refuses
    if model is Renstra and nama == "satker":
        obj.satker = Satker.objects.get(kode="990000")  # a satker without a Renstra
    renstra = obj if model is Renstra else (obj.renstra if model is SasaranKegiatan else obj.sasaran.renstra)
    jejak = Jejak.objects.count()
    try:
        if model is Renstra:
            actions.simpan_renstra(obj, pelaku=pengguna("uji_operator"))
        else:
            actions.simpan_bagian(obj, pelaku=pengguna("uji_operator"), renstra=renstra)
    except ValidationError as e:
        ditolak = e
    else:
        ditolak = None
    if nama in FIELD[model]["dijaga"]:
        assert ditolak is not None, f"{model.__name__}.{nama} berubah padahal terkunci"
        assert "terkunci oleh" in " ".join(ditolak.messages), ditolak
        assert Jejak.objects.count() == jejak
    assert potret_terkunci(c) == sebelum, f"{model.__name__}.{nama} mengubah dokumen yang terkunci"


def test_pesan_kunci_menyebut_dokumen_dan_jalan_keluar(masuk):
    i = ind("P1")
    r = masuk("uji_operator").post(f"/s/{K}/renstra/{i.sasaran.renstra_id}/indikator/{i.pk}/ubah/", {
        "sasaran": i.sasaran_id, "kode": i.kode, "nama": i.nama, "satuan": i.satuan, "polaritas": "min",
        "rumus_min": "selisih", "frekuensi": i.frekuensi, "agregasi": i.agregasi, "urutan": i.urutan,
        "iku": "on" if i.iku else ""})
    html = r.content.decode()
    assert r.status_code == 200 and "polaritas" in html and "PK 2024 versi 1 (awal) berstatus disetujui" in html
    assert "realisasi TW I 2024 berstatus disetujui (terkunci)" in html
    assert "buat indikator baru" in html and "membuka kembali triwulan" in html
    assert ind("P1").polaritas == "maks"


def test_periode_renstra_dasar_pk_tidak_dapat_diubah(masuk):
    r = Renstra.objects.get(satker__kode=K, tahun_awal=2020)
    resp = masuk("uji_operator").post(f"/s/{K}/renstra/{r.pk}/ubah/", {"tahun_awal": "2015", "tahun_akhir": "2019"})
    assert resp.status_code == 200 and "terkunci oleh: PK 2024" in resp.content.decode()
    r.refresh_from_db()
    assert (r.tahun_awal, r.tahun_akhir) == (2020, 2024)


def test_realisasi_dan_bukti_triwulan_terkunci(pengguna):
    op = pengguna("uji_operator")
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        ukur.simpan_realisasi(ind("P1"), 2024, "TW1", pelaku=op, nilai=Decimal(50), yakin=True)
    r = Realisasi.objects.get(indikator=ind("P1"), tahun=2024, periode="TW1")
    with pytest.raises(ValidationError):
        ukur.unggah_bukti(r, SimpleUploadedFile("a.pdf", b"%PDF-1.4 x"), pelaku=op)


def test_baris_dan_kepala_pk_disetujui_terkunci(pengguna):
    op = pengguna("uji_operator")
    v = v1()
    b = v.baris.first()
    with pytest.raises(ValidationError, match="tidak dapat"):
        actions.simpan_baris(v, b.indikator, {"tahun": Target(Decimal(1))}, pelaku=op, baris=b,
                             urutan=b.urutan)
    with pytest.raises(ValidationError, match="tidak dapat"):
        actions.simpan_kepala_pk(v, pelaku=op, tanggal=v.tanggal, pihak_pertama_nama="Orang Lain",
                                 pihak_pertama_jabatan="", pihak_kedua_nama="", pihak_kedua_jabatan="")
    with pytest.raises(ValidationError, match="tidak dapat"):
        actions.hapus_baris(b, pelaku=op)


def test_kunci_dipanggil_catat_untuk_jalur_apa_pun(pengguna):
    """A write that skips the actions' own checks still meets the lock in catat()."""
    from django.db import transaction

    from kinerja.core.actions import save_object

    b = v1().baris.first()
    b.urutan = 99
    with pytest.raises(ValidationError, match="terkunci oleh"), transaction.atomic():
        save_object(b, pelaku=pengguna("uji_operator"), satker=satker())
    assert BarisPK.objects.get(pk=b.pk).urutan != 99


def test_admin_menolak_perubahan_terkunci(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("su", password="x-Sandi-99"))
    i = ind("P1")
    data = {f: getattr(i, f) for f in ("kode", "nama", "satuan", "rumus_min", "frekuensi", "agregasi",
                                          "urutan", "cara_menghitung", "sumber_data", "label_pembilang",
                                          "label_penyebut", "sumber")}
    data.update(sasaran=i.sasaran_id, polaritas="min", iku="on", batas_capaian="", subbagian="")
    r = client.post(f"/admin/perencanaan/indikator/{i.pk}/change/", data)
    assert r.status_code == 200 and "terkunci oleh" in r.content.decode()
    assert ind("P1").polaritas == "maks"
    # an approved version's status is not a field the admin can type into
    r = client.get(f"/admin/perencanaan/versipk/{v1().pk}/change/")
    assert 'name="status"' not in r.content.decode()
    # and a locked row offers no delete
    assert client.get(f"/admin/perencanaan/barispk/{v1().baris.first().pk}/delete/").status_code == 403


def test_triwulan_dibuka_kembali_boleh_diubah_lagi(pengguna):
    ukur.ubah_status_triwulan(satker(), 2024, "TW1", "terbuka", pelaku=pengguna("uji_pimpinan"),
                              alasan="Salah ketik")
    r = ukur.simpan_realisasi(ind("P1"), 2024, "TW1", pelaku=pengguna("uji_operator"), nilai=Decimal(95),
                              yakin=True)
    assert r.nilai == Decimal(95)


def test_rasio_dicabut_di_basis_data_tidak_menggagalkan_halaman(masuk):
    """A ratio flag unticked before the lock existed (written straight to the database)."""
    from io import StringIO

    from django.core.management import call_command

    Indikator.objects.filter(pk=ind("R1").pk).update(rasio=False)
    c = masuk("uji_pembaca")
    for url in (f"/s/{K}/dasbor/2024/", f"/s/{K}/realisasi/2024/TW2/", f"/s/{K}/pk/2024/v1/",
                f"/s/{K}/dasbor/2024/capaian.xlsx"):
        assert c.get(url).status_code == 200, url
    assert "tidak dihitung dari rasio" in c.get(f"/s/{K}/dasbor/2024/").content.decode()
    call_command("capaian", satker=K, tahun=2024, stdout=StringIO())


def test_draf_revisi_tidak_mengunci_indikator_baru(pengguna):
    """A new indicator is free until a locked document uses it."""
    op = pengguna("uji_operator")
    r = Renstra.objects.get(satker__kode=K, tahun_awal=2020)
    baru = actions.simpan_bagian(Indikator(sasaran=ind("P1").sasaran, kode="P9", nama="Baru",
                                           satuan="persen"), pelaku=op, renstra=r)
    baru.polaritas = "min"
    actions.simpan_bagian(baru, pelaku=op, renstra=r)
    assert Indikator.objects.get(pk=baru.pk).polaritas == "min"
    v2 = actions.revisi_pk(v1().pk_induk, pelaku=op, alasan="perubahan_strategi", keterangan="uji",
                           tanggal=dt.date(2024, 7, 1))
    actions.simpan_baris(v2, baru, {"tahun": Target(Decimal(90))}, pelaku=op, urutan=30)
    baru.nama = "Masih draf"
    actions.simpan_bagian(baru, pelaku=op, renstra=r)  # a draft revision does not lock it
