"""The demo: idempotent, seed figures cited, generated figures flagged, the CLI output."""

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from kinerja.demo import data
from kinerja.demo.muat import muat
from kinerja.pengukuran.models import Realisasi
from kinerja.perencanaan.models import BarisPK, Indikator, SasaranKegiatan, TargetPK

DEMO = {"sasaran__renstra__satker__kode": "658021"}


@pytest.fixture(autouse=True)
def demo(db):
    """The demo, loaded inside each test's transaction (the other tests never see it)."""
    assert muat() is True


def potret_basis_data():
    hasil = {}
    for model in apps.get_models():
        if model._meta.app_label in ("organisasi", "perencanaan", "pengukuran", "core", "auth"):
            hasil[model._meta.label] = sorted(map(str, model.objects.values_list()))
    return hasil


def test_demo_dua_kali_tidak_mengubah_apa_pun(db):
    sebelum = potret_basis_data()
    assert muat() is False  # loaded once already by the fixture
    out = StringIO()
    call_command("demo", stdout=out)
    assert "tidak ada yang diubah" in out.getvalue() and data.KATA_SANDI_DEMO in out.getvalue()
    assert potret_basis_data() == sebelum


def test_isi_demo(db):
    assert SasaranKegiatan.objects.filter(renstra__satker__kode="658021", renstra__tahun_awal=2020).count() == 13
    assert Indikator.objects.filter(**DEMO).count() == 17
    assert Indikator.objects.filter(**DEMO, iku=True).count() == 10
    assert BarisPK.objects.filter(versi__pk_induk__satker__kode="658021").count() == 17


def test_angka_dari_seed_bersumber_dan_sisanya_contoh(db):
    real = Realisasi.objects.filter(indikator__sasaran__renstra__satker__kode="658021")
    for r in real:
        assert r.contoh != ("seed baris" in r.sumber), (r, r.sumber)
    dari_seed = {(r.indikator.kode, r.periode) for r in real if not r.contoh}
    assert dari_seed == {("1.1", "TW4"), ("2.1", "TW4"), ("3.1", "TW4"), ("4.1", "TW4"),
                         ("7.1", "TW1"), ("7.1", "TW2"), ("7.1", "TW3"), ("7.1", "TW4")}
    tahunan = TargetPK.objects.filter(baris__versi__pk_induk__satker__kode="658021", periode="tahun")
    dari_seed = sorted(t.baris.indikator.kode for t in tahunan if not t.contoh)
    assert dari_seed == sorted(["1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "8.2", "9.1", "9.2", "9.3", "13.1"])
    assert all("seed baris" in b.sumber for b in BarisPK.objects.filter(versi__pk_induk__satker__kode="658021"))
    assert not TargetPK.objects.filter(baris__versi__pk_induk__satker__kode="658021").exclude(
        periode="tahun").filter(contoh=False).exists()


def test_data_md_menjelaskan_setiap_indikator():
    from pathlib import Path

    import kinerja.demo

    teks = (Path(kinerja.demo.__file__).parent / "DATA.md").read_text()
    for sk in data.PK_2024:
        for i in sk["indikator"]:
            assert f"| {i['kode']} |" in teks


def test_dasbor_menandai_contoh(masuk):
    html = masuk("pembaca").get("/s/658021/dasbor/2024/").content.decode()
    assert 'class="contoh"' in html and "bukan data resmi" in html
    assert "Penyebut bernilai 0" in html  # 7.1: no sengketa in 2024, capaian not computable


def test_capaian_json(db):
    out = StringIO()
    call_command("capaian", satker="658021", tahun=2024, json=True, stdout=out)
    d = json.loads(out.getvalue())
    assert d["satker"] == "658021" and d["tahun"] == 2024 and len(d["indikator"]) == 17
    per_kode = {i["kode"]: i for i in d["indikator"]}
    i11 = per_kode["1.1"]
    assert set(i11) >= {"kode", "sasaran", "nama", "satuan", "polaritas", "target", "realisasi", "capaian",
                        "kategori"}
    assert set(i11["realisasi"]) == {"TW1", "TW2", "TW3", "TW4", "tahun"}
    assert i11["target"]["tahun"] == "100" and i11["realisasi"]["tahun"] == "100"
    assert i11["capaian"]["tahun"] == "100" and i11["kategori"] == "Sangat Tinggi"
    i71 = per_kode["7.1"]
    assert i71["capaian"]["tahun"] is None and "Penyebut bernilai 0" in i71["catatan"]["tahun"]
    assert per_kode["9.1"]["capaian"]["tahun"] == "tercapai" and per_kode["9.1"]["target"]["tahun"] == "minimal B"
    assert "contoh" in per_kode["8.1"]["catatan"]["TW1"]
    assert per_kode["3.1"]["capaian"]["TW1"] is None  # measured yearly only


def test_capaian_tabel(db):
    out = StringIO()
    call_command("capaian", satker="658021", tahun=2024, stdout=out)
    teks = out.getvalue()
    assert "KPU Kota Probolinggo (658021) tahun 2024" in teks and "Penyebut bernilai 0" in teks
    assert "100,00%" in teks and "* = realisasi contoh" in teks


@pytest.mark.parametrize("satker, tahun, pesan", [("999999", 2024, "tidak ditemukan"), ("658021", 2019, "belum memiliki PK")])
def test_capaian_salah(satker, tahun, pesan, db):
    with pytest.raises(CommandError, match=pesan):
        call_command("capaian", satker=satker, tahun=tahun)


def test_halaman_renstra_demo_menampilkan_rencana_dan_sumbernya(masuk):
    from kinerja.perencanaan.models import Renstra

    r = Renstra.objects.get(satker__kode="658021", tahun_awal=2020)
    html = masuk("pembaca").get(f"/s/658021/renstra/{r.pk}/").content.decode()
    assert "Menjadi Penyelenggara Pemilu Serentak yang Mandiri" in html
    assert "076.01.CQ" in html and "Tersedianya peraturan perundangan bidang politik yang kuat" in html
    assert html.count('class="lencana iku"') == 10
    assert "seed baris" in html  # sources are shown


def test_cetak_pk_demo_menandai_target_contoh(masuk):
    html = masuk("pembaca").get("/s/658021/pk/2024/v1/cetak/").content.decode()
    assert "* Target contoh" in html and "100%*" in html and "89%<" in html
