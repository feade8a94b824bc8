"""Renstra screens: the period, its parts through the generic form, indicators and targets."""

from decimal import Decimal

import pytest

from kinerja.core.models import Jejak
from kinerja.perencanaan.models import Indikator, Misi, Renstra, SasaranKegiatan, TargetIndikator
from ..kecil import KODE as K

R = f"/s/{K}/renstra"


@pytest.fixture
def renstra(db):
    return Renstra.objects.get(satker__kode=K, tahun_awal=2020)


def test_halaman_renstra_menampilkan_rencana(renstra, masuk):
    html = masuk("uji_pembaca").get(f"{R}/{renstra.pk}/").content.decode()
    assert "Visi uji" in html and "076.01.WA" in html and "Sasaran strategis uji" in html
    assert html.count('class="lencana iku"') == 4


@pytest.mark.parametrize("data, pesan", [
    ({"tahun_awal": "2030", "tahun_akhir": "2033"}, "tahun akhir = tahun awal + 4"),
    ({"tahun_awal": "2020", "tahun_akhir": "2024"}, "bertumpang tindih dengan Renstra 2020–2024"),
    ({"tahun_awal": "2022", "tahun_akhir": "2026"}, "bertumpang tindih"),
    ({"tahun_awal": "dua ribu", "tahun_akhir": "2034"}, "Masukkan"),
])
def test_renstra_baru_ditolak(data, pesan, masuk):
    r = masuk("uji_operator").post(f"{R}/buat/", {**data, "visi": "Visi baru"})
    html = r.content.decode()
    assert r.status_code == 200 and pesan in html and "Visi baru" in html
    assert Renstra.objects.filter(satker__kode=K).count() == 1


def test_renstra_baru(masuk):
    r = masuk("uji_operator").post(f"{R}/buat/", {"tahun_awal": "2030", "tahun_akhir": "2034", "visi": "Visi"})
    assert r.status_code == 302
    assert Jejak.objects.filter(model="perencanaan.renstra", peristiwa="buat").exists()


def test_misi_tambah_ubah_hapus_tercatat(renstra, masuk):
    c = masuk("uji_operator")
    assert c.post(f"{R}/{renstra.pk}/misi/tambah/", {"nomor": "7", "uraian": "Misi ketujuh"}).status_code == 302
    m = Misi.objects.get(renstra=renstra, nomor=7)
    c.post(f"{R}/{renstra.pk}/misi/{m.pk}/ubah/", {"nomor": "7", "uraian": "Misi ketujuh, diperbaiki"})
    c.post(f"{R}/{renstra.pk}/misi/{m.pk}/hapus/")
    assert not Misi.objects.filter(pk=m.pk).exists()
    aksi = list(Jejak.objects.filter(model="perencanaan.misi", objek_id=str(m.pk)).values_list("peristiwa", flat=True))
    assert sorted(aksi) == ["buat", "hapus", "ubah"]
    riwayat = c.get(f"/s/{K}/riwayat/perencanaan.misi/{m.pk}/").content.decode()
    assert "<del>Misi ketujuh</del> → <ins>Misi ketujuh, diperbaiki</ins>" in riwayat


def test_isian_wajib_bagian_renstra(renstra, masuk):
    r = masuk("uji_operator").post(f"{R}/{renstra.pk}/tujuan/tambah/", {"nomor": "", "uraian": "Tujuan tanpa nomor"})
    assert r.status_code == 200 and "tidak boleh kosong" in r.content.decode()
    assert "Tujuan tanpa nomor" in r.content.decode()


def test_jenis_tak_dikenal_404(renstra, masuk):
    assert masuk("uji_operator").get(f"{R}/{renstra.pk}/visi-rahasia/tambah/").status_code == 404


def data_indikator(renstra, **ubah):
    data = {"sasaran": SasaranKegiatan.objects.filter(renstra=renstra).first().pk, "kode": "1.9",
            "nama": "Jumlah sosialisasi tahapan", "satuan": "jumlah", "polaritas": "maks",
            "rumus_min": "selisih", "frekuensi": "triwulanan", "agregasi": "kumulatif", "urutan": "9"}
    data.update(ubah)
    return data


@pytest.mark.parametrize("ubah, pesan", [
    ({"satuan": "predikat"}, "Satuan predikat hanya untuk polaritas kualitatif"),
    ({"polaritas": "kualitatif", "satuan": "predikat"}, "nilai terakhir"),
    ({"rasio": "on"}, "pembilang dan penyebut"),
    ({"kode": ""}, "tidak boleh kosong"),
])
def test_definisi_indikator_divalidasi(ubah, pesan, renstra, masuk):
    r = masuk("uji_operator").post(f"{R}/{renstra.pk}/indikator/tambah/", data_indikator(renstra, **ubah))
    assert r.status_code == 200 and pesan in r.content.decode()
    assert "Jumlah sosialisasi tahapan" in r.content.decode()


def test_indikator_baru_dan_target_renstra(renstra, masuk):
    c = masuk("uji_operator")
    r = c.post(f"{R}/{renstra.pk}/indikator/tambah/", data_indikator(renstra, batas_capaian="110", iku="on"))
    ind = Indikator.objects.get(kode="1.9", sasaran__renstra=renstra)
    assert r["Location"] == f"/s/{K}/indikator/{ind.pk}/" and ind.batas_capaian == 110 and ind.iku
    # a count is a whole number; what was typed stays in the form
    r = c.post(f"/s/{K}/indikator/{ind.pk}/target/", {"t2024": "12,5", "t2023": "12"})
    assert "harus bilangan bulat" in r.content.decode() and 'value="12,5"' in r.content.decode()
    r = c.post(f"/s/{K}/indikator/{ind.pk}/target/", {"t2024": "15", "t2023": "12", "t2022": ""})
    assert r.status_code == 302
    assert dict(TargetIndikator.objects.filter(indikator=ind).values_list("tahun", "nilai")) == {
        2023: Decimal(12), 2024: Decimal(15)}
    html = c.get(f"/s/{K}/indikator/{ind.pk}/").content.decode()
    assert "110%" in html and ">15<" in html.replace(" ", "")


def test_indikator_dipakai_pk_tidak_dapat_dihapus(renstra, masuk):
    i = Indikator.objects.get(kode="P1", sasaran__renstra=renstra)
    r = masuk("uji_operator").post(f"{R}/{renstra.pk}/indikator/{i.pk}/hapus/", follow=True)
    html = r.content.decode()
    assert "ditolak karena terkunci oleh: PK 2024 versi 1 (awal) berstatus disetujui" in html
    assert Indikator.objects.filter(pk=i.pk).exists()


@pytest.mark.parametrize("jenis, data, tampil", [
    ("misi", {"nomor": "8", "uraian": "Misi uji"}, "Misi uji"),
    ("tujuan", {"nomor": "4", "uraian": "Tujuan uji"}, "Tujuan uji"),
    ("sasaran-strategis", {"nomor": "7", "uraian": "Sasaran strategis uji"}, "Sasaran strategis uji"),
    ("program", {"kode": "076.01.XX", "nama": "Program uji", "outcome": ""}, "076.01.XX Program uji"),
    ("arah-kebijakan", {"nomor": "9", "uraian": "Arah kebijakan uji"}, "Arah kebijakan uji"),
    ("sasaran-kegiatan", {"nomor": "14", "uraian": "Sasaran kegiatan uji"}, "Sasaran kegiatan uji"),
])
def test_setiap_bagian_renstra_dapat_ditambah_dan_diubah(jenis, data, tampil, renstra, masuk):
    from kinerja.perencanaan.models import Program, Tujuan
    from kinerja.perencanaan.views.renstra import JENIS

    if jenis == "arah-kebijakan":
        data["program"] = Program.objects.filter(renstra=renstra).first().pk
    if jenis == "sasaran-strategis":
        data["tujuan"] = Tujuan.objects.filter(renstra=renstra).first().pk
    c = masuk("uji_operator")
    assert c.post(f"{R}/{renstra.pk}/{jenis}/tambah/", data).status_code == 302
    assert tampil in c.get(f"{R}/{renstra.pk}/").content.decode()
    model = JENIS[jenis].model
    obj = model.objects.order_by("-id").first()
    assert Jejak.objects.filter(model=model._meta.label_lower, objek_id=str(obj.pk), peristiwa="buat").exists()
    ubah = {k: (v + " (diperbaiki)" if k in ("uraian", "nama") else v) for k, v in data.items()}
    assert c.post(f"{R}/{renstra.pk}/{jenis}/{obj.pk}/ubah/", ubah).status_code == 302
    assert f"{tampil} (diperbaiki)" in c.get(f"{R}/{renstra.pk}/").content.decode()


def test_ubah_visi(renstra, masuk):
    c = masuk("uji_operator")
    r = c.post(f"{R}/{renstra.pk}/ubah/", {"tahun_awal": "2020", "tahun_akhir": "2024", "visi": "Visi baru"})
    assert r.status_code == 302 and Renstra.objects.get(pk=renstra.pk).visi == "Visi baru"
    r = c.post(f"{R}/{renstra.pk}/ubah/", {"tahun_awal": "2020", "tahun_akhir": "2026", "visi": "Visi lain"})
    assert "lima tahun" in r.content.decode() and Renstra.objects.get(pk=renstra.pk).visi == "Visi baru"
