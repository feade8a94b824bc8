from kinerja.organisasi.models import Satker
from ..kecil import KODE as K


def test_kategori_capaian_sendiri(masuk):
    c = masuk("uji_admin")
    r = c.post(f"/s/{K}/pengaturan/simpan/", {"pita": "100 Berhasil\n80 Cukup berhasil\n0 Kurang berhasil"})
    assert r.status_code == 302
    assert Satker.objects.get(kode=K).pita_kategori == [["100", "Berhasil"], ["80", "Cukup berhasil"],
                                                              ["0", "Kurang berhasil"]]
    dasbor = c.get(f"/s/{K}/dasbor/2024/").content.decode()
    assert "Cukup berhasil" in dasbor and "Sangat Tinggi" not in dasbor
    riwayat = c.get(f"/s/{K}/riwayat/organisasi.satker/{Satker.objects.get(kode=K).pk}/")
    teks = riwayat.content.decode()
    assert "Kategori capaian" in teks and "≥ 100%: Berhasil" in teks and "pita_kategori" not in teks
    c.post(f"/s/{K}/pengaturan/simpan/", {"pita": ""})
    assert "Sangat Tinggi" in c.get(f"/s/{K}/dasbor/2024/").content.decode()


def test_kategori_salah_ditolak_dan_ketikan_tetap(masuk):
    r = masuk("uji_admin").post(f"/s/{K}/pengaturan/simpan/", {"pita": "80 A\n90 B\n0 C"})
    html = r.content.decode()
    assert r.status_code == 200 and "berurutan menurun" in html and "80 A\n90 B\n0 C" in html
    assert Satker.objects.get(kode=K).pita_kategori == []
