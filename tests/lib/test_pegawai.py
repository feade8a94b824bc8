import pytest

from kinerja.lib.pegawai import bersihkan_nip, format_nip, masalah_nip


@pytest.mark.parametrize("teks, masalah", [
    ("", None),
    ("198001012005011001", None),
    ("19800101 200501 2 001", None),
    ("19800101.200501.1.001", None),
    ("19800101200501100", "NIP terdiri atas 18 angka."),
    ("1980010120050110011", "NIP terdiri atas 18 angka."),
    ("19800101200501100a", "NIP terdiri atas 18 angka."),
    ("198013012005011001", "Delapan angka pertama NIP bukan tanggal lahir yang sah (TTTTBBHH)."),
    ("198002302005011001", "Delapan angka pertama NIP bukan tanggal lahir yang sah (TTTTBBHH)."),
    ("198001012005131001", "Angka ke-13 dan ke-14 NIP (bulan TMT CPNS) harus 01–12."),
    ("198001012005001001", "Angka ke-13 dan ke-14 NIP (bulan TMT CPNS) harus 01–12."),
    ("198001011994011001", "TMT CPNS pada NIP (angka ke-9 s.d. ke-12) terlalu dekat dengan tahun lahir."),
    ("198001011995011001", None),
    ("198012312005011001", None),  # 31 December: the month and day are read from their own digits
    ("198004312005011001", "Delapan angka pertama NIP bukan tanggal lahir yang sah (TTTTBBHH)."),
    ("198001012005121001", None),  # TMT CPNS in December
    ("198001012005013001", "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2."),
    ("198001012005010001", "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2."),
])
def test_masalah_nip(teks, masalah):
    assert masalah_nip(teks) == masalah


@pytest.mark.parametrize("teks, hasil", [
    ("198001012005011001", "19800101 200501 1 001"),
    (" 19800101 200501 1 001 ", "19800101 200501 1 001"),
    ("123", "123"),
    ("", ""),
])
def test_format_nip(teks, hasil):
    assert format_nip(teks) == hasil


def test_bersihkan_nip():
    assert bersihkan_nip(" 1980 0101.2 ") == "198001012"
    assert bersihkan_nip(None) == ""
