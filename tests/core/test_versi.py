"""No lost updates: two people open the same edit form; the later save is refused with what
changed, keeps what its author typed, and a second deliberate save overwrites."""

import html as html_lib
import re

import pytest
from django.test import Client

from kinerja.core import versions
from kinerja.demo.data import KATA_SANDI_DEMO
from kinerja.organisasi.models import Peran, Satker
from kinerja.pengukuran.models import Realisasi
from kinerja.perencanaan.models import BarisPK, Indikator, Misi, TargetIndikator, VersiPK

from ..kecil import KODE as K



def klien(username):
    c = Client()
    assert c.login(username=username, password=KATA_SANDI_DEMO)
    return c


def token(halaman: str) -> str:
    m = re.search(r'name="versi" value="([^"]*)"', halaman)
    assert m, "formulir tanpa versi"
    return html_lib.unescape(m.group(1))


def ind(kode):
    return Indikator.objects.get(kode=kode, sasaran__renstra__satker__kode=K)


@pytest.fixture
def draf_pk(db, pengguna):
    from kinerja.perencanaan import actions

    pk = actions.buat_pk(Satker.objects.get(kode=K), 2023, pelaku=pengguna("uji_operator"))
    return pk.versi.get()


def kasus_realisasi(_):
    url = f"/s/{K}/realisasi/2024/TW4/{ind('P1').pk}/"
    return url, (lambda t: {"nilai": "100", "analisis": t, "versi": "{v}"}), \
        (lambda: Realisasi.objects.get(indikator=ind('P1'), tahun=2024, periode="TW4").analisis)


def kasus_misi(_):
    m = Misi.objects.filter(renstra__satker__kode=K).first()
    url = f"/s/{K}/renstra/{m.renstra_id}/misi/{m.pk}/ubah/"
    return url, (lambda t: {"nomor": m.nomor, "uraian": t, "versi": "{v}"}), \
        (lambda: Misi.objects.get(pk=m.pk).uraian)


def kasus_target_renstra(_):
    i = ind("R1")
    url = f"/s/{K}/indikator/{i.pk}/target/"
    return url, (lambda t: {"t2024": str(80 + len(t) % 10), "versi": "{v}"}), \
        (lambda: str(TargetIndikator.objects.get(indikator=i, tahun=2024).nilai.normalize()))


def kasus_kepala_pk(v):
    url = f"/s/{K}/pk/2023/v1/penandatangan/"
    return url, (lambda t: {"pihak_pertama_nama": t, "tanggal": "2023-01-05", "versi": "{v}"}), \
        (lambda: VersiPK.objects.get(pk=v.pk).pihak_pertama_nama)


def kasus_baris_pk(v):
    b = BarisPK.objects.filter(versi=v).order_by("id").first()
    url = f"/s/{K}/pk/2023/v1/baris/{b.pk}/ubah/"
    return url, (lambda t: {"indikator": b.indikator_id, "urutan": str(len(t)), "target_tahun": "100",
                            "versi": "{v}"}), \
        (lambda: str(BarisPK.objects.get(pk=b.pk).urutan))


def kasus_pengaturan(_):
    return f"/s/{K}/pengaturan/", (lambda t: {"pita": f"90 {t}\n0 Kurang", "versi": "{v}"}), \
        (lambda: Satker.objects.get(kode=K).pita_kategori[0][1])


KASUS = {"realisasi": (kasus_realisasi, "uji_operator", "uji_admin"), "misi": (kasus_misi, "uji_operator", "uji_admin"),
         "target_renstra": (kasus_target_renstra, "uji_operator", "uji_admin"),
         "kepala_pk": (kasus_kepala_pk, "uji_operator", "uji_admin"), "baris_pk": (kasus_baris_pk, "uji_operator", "uji_admin"),
         "pengaturan": (kasus_pengaturan, "uji_admin", "uji_admin")}


@pytest.mark.parametrize("nama", sorted(KASUS))
def test_simpan_kedua_ditolak_dengan_isian_tetap(nama, draf_pk):
    buat, a_user, b_user = KASUS[nama]
    url, data, baca = buat(draf_pk)
    a, b = klien(a_user), klien(b_user)
    va, vb = token(a.get(url).content.decode()), token(b.get(url).content.decode())

    tujuan = url + ("simpan/" if nama in ("realisasi", "pengaturan") else "")

    def kirim(c, teks, v):
        return c.post(tujuan, {k: (v if x == "{v}" else x) for k, x in data(teks).items()})

    assert kirim(a, "Isian pertama", va).status_code == 302
    pertama = baca()
    r = kirim(b, "Isian kedua yang lebih panjang", vb)
    halaman = r.content.decode()
    assert r.status_code == 200 and "telah diubah oleh" in halaman and "sejak Anda membuka" in halaman
    assert baca() == pertama  # nothing of the second save was written
    kedua = data("Isian kedua yang lebih panjang")
    for k, x in kedua.items():  # what B typed is still on the page
        if x != "{v}" and k not in ("indikator", "tanggal"):
            assert html_lib.escape(str(x)).split("\n")[0] in halaman, k
    assert token(halaman) != vb  # the form now carries the current version
    assert kirim(b, "Isian kedua yang lebih panjang", token(halaman)).status_code == 302
    assert baca() != pertama


def test_konflik_menyebut_perubahan(db):
    url = f"/s/{K}/realisasi/2024/TW4/{ind('P1').pk}/"
    a, b = klien("uji_operator"), klien("uji_admin")
    va, vb = token(a.get(url).content.decode()), token(b.get(url).content.decode())
    a.post(url + "simpan/", {"nilai": "95", "analisis": "Analisis A", "versi": va})
    halaman = html_lib.unescape(b.post(url + "simpan/", {"nilai": "90", "analisis": "B", "versi": vb}).content.decode())
    assert "telah diubah oleh uji_operator pada " in halaman
    assert "Analisis: “Analisis P1 TW4” → “Analisis A”" in halaman and "Nilai: “100” → “95”" in halaman


def test_peran_diubah_dua_admin(db, pengguna):
    from kinerja.organisasi import actions as org

    Peran.objects.create(pengguna=pengguna("uji_provinsi"), satker=Satker.objects.get(kode=K), peran="admin")
    p = Peran.objects.get(satker__kode=K, pengguna__username="uji_pembaca")
    url = f"/s/{K}/pengguna/{p.pk}/"
    a, b = klien("uji_admin"), klien("uji_provinsi")
    va, vb = token(a.get(url).content.decode()), token(b.get(url).content.decode())
    assert a.post(url + "peran/", {"peran": "reviewer", "versi": va}).status_code == 302
    r = b.post(url + "peran/", {"peran": "operator", "versi": vb})
    assert r.status_code == 200 and "telah diubah oleh uji_admin" in r.content.decode()
    assert Peran.objects.get(pk=p.pk).peran == "reviewer"
    assert org  # the action holds the check (kinerja.organisasi.actions.ubah_peran)


def test_versi_palsu_ditolak(db):
    url = f"/s/{K}/realisasi/2024/TW4/{ind('P1').pk}/"
    r = klien("uji_operator").post(url + "simpan/", {"nilai": "95", "versi": "bukan-token"})
    assert r.status_code == 200 and "tidak dikenali" in r.content.decode()


def test_tanpa_formulir_tidak_dibandingkan():
    versions.check(None, {"a": 1})  # a script or an import: nothing to compare


def test_versi_sama_lolos_dan_beda_ditolak():
    t = versions.wrap({"a": "1", "b": None})
    versions.check(t, {"b": None, "a": "1"})
    with pytest.raises(versions.VersionConflict) as e:
        versions.check(t, {"a": "2", "b": None})
    assert "A: “1” → “2”" in e.value.messages[0] and versions.unwrap(e.value.current_version) == {"a": "2", "b": None}


