import pytest

from kinerja.lib.alur import (
    AlasanRevisi, StatusPK, boleh_transisi_pk, boleh_transisi_triwulan,
    perlu_alasan_triwulan, pk_dapat_diubah, triwulan_dapat_diisi,
)


@pytest.mark.parametrize("dari, ke, boleh", [
    ("draft", "diajukan", True), ("diajukan", "disetujui", True), ("diajukan", "draft", True),
    ("draft", "disetujui", False), ("disetujui", "draft", False), ("disetujui", "diajukan", False),
    ("disetujui", "diganti", True), ("diganti", "disetujui", False),
])
def test_transisi_pk(dari, ke, boleh):
    assert boleh_transisi_pk(dari, ke) is boleh


def test_hanya_draft_yang_dapat_diubah():
    assert [s for s in StatusPK if pk_dapat_diubah(s)] == [StatusPK.DRAFT]


@pytest.mark.parametrize("dari, ke, boleh, alasan", [
    ("terbuka", "diajukan", True, False), ("diajukan", "disetujui", True, False),
    ("diajukan", "terbuka", True, True), ("disetujui", "terbuka", True, True),
    ("terbuka", "disetujui", False, False), ("disetujui", "diajukan", False, False),
])
def test_transisi_triwulan(dari, ke, boleh, alasan):
    assert boleh_transisi_triwulan(dari, ke) is boleh
    assert perlu_alasan_triwulan(dari, ke) is alasan


def test_triwulan_terkunci():
    assert triwulan_dapat_diisi("terbuka")
    assert not triwulan_dapat_diisi("diajukan") and not triwulan_dapat_diisi("disetujui")


def test_alasan_revisi_permenpanrb_53_2014():
    assert len(AlasanRevisi) == 3
    assert all(a.label for a in AlasanRevisi)


@pytest.mark.parametrize("dari, ke, boleh, alasan", [
    ("terbuka", "diajukan", True, False), ("diajukan", "disetujui", True, False),
    ("diajukan", "terbuka", True, True), ("disetujui", "terbuka", True, True),
    ("terbuka", "disetujui", False, False), ("disetujui", "diajukan", False, False),
])
def test_alur_bulan_anggaran(dari, ke, boleh, alasan):
    from kinerja.lib.alur import ALUR_BULAN

    assert ALUR_BULAN.boleh(dari, ke) is boleh and ALUR_BULAN.butuh_alasan(dari, ke) is alasan
    assert ALUR_BULAN.awal == "terbuka" and ALUR_BULAN.diajukan == "diajukan" and ALUR_BULAN.disetujui == "disetujui"
    assert [s for s in ALUR_BULAN.status if not ALUR_BULAN.terkunci(s)] == ["terbuka"]
    assert ALUR_BULAN.nama == "realisasi anggaran bulanan"
