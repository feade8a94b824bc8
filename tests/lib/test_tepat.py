"""Exact results of the rules: every message word for word, every boundary on both sides,
every field of a result. These tables are what notices a changed rule (make mutasi)."""

from decimal import Decimal as D

import pytest

from kinerja.lib import alur
from kinerja.lib.angka import (
    JUMLAH, NILAI, PERSEN, PERSEN_LEBIH, RASIO, RUPIAH, AngkaTidakValid, Batas, batas_satuan, bulatkan,
    format_angka, format_persen, format_ringkas, parse_angka,
)
from kinerja.lib.capaian import (
    PITA_BAKU, PREDIKAT, Hasil, Kategori, Pita, Target, format_target, hitung, kategori, masalah_target,
    parse_pita, parse_predikat, parse_target, peringkat_predikat, perubahan_tajam, validasi_pita,
)
from kinerja.lib.periode import (
    Agregat, NilaiPeriode as N, cek_periode_renstra, masalah_isian, nilai_periode, nilai_rasio,
    realisasi_tahun,
)

# --- angka -----------------------------------------------------------------------------------


@pytest.mark.parametrize("batas, nilai, pesan", [
    (PERSEN, D("NaN"), "bukan angka yang sah."),
    (PERSEN, D("-1"), "tidak boleh negatif."),
    (Batas("x", D(10), minimum=D(2)), D(1), "paling kecil 2."),
    (PERSEN, D("100.01"), "persentase paling besar 100%. Jika indikator ini memang dapat melebihi 100%, "
                          "nyatakan pada definisi indikatornya."),
    (PERSEN_LEBIH, D("1000.5"), "paling besar 1.000%."),
    (NILAI, D("1E+11"), "paling besar 99.999.999.999,9999."),
    (JUMLAH, D("1.5"), "harus bilangan bulat."),
    (NILAI, D("1.00001"), "paling banyak 4 angka di belakang koma."),
    (NILAI, D("1.0001"), None),
    (NILAI, D("1.00010"), None),      # five places written, the fifth is zero
    (NILAI, D("1.000"), None),
    (JUMLAH, D("7"), None),
    (Batas("x", D(10), minimum=D(2)), D(2), None),
    (Batas("x", D(10), minimum=D(2)), D(10), None),
])
def test_pesan_batas(batas, nilai, pesan):
    assert batas.masalah(nilai) == pesan


def test_batas_satuan_bawaan_dan_galat():
    assert batas_satuan("persen") is PERSEN and batas_satuan("persen", lebih_100=True) is PERSEN_LEBIH
    with pytest.raises(ValueError) as e:
        batas_satuan("rupa")
    assert str(e.value) == "Satuan tanpa batas angka: rupa"
    assert (RASIO.maksimum, RUPIAH.maksimum, JUMLAH.maksimum) == (
        D("99999999999.9999"), D("999999999999999"), D("99999999999"))


@pytest.mark.parametrize("nilai, desimal, hasil", [
    (D("1.005"), None, D("1.01")), (D("2.5"), 0, D(3)), (D("1.23456"), 3, D("1.235")),
])
def test_bulatkan(nilai, desimal, hasil):
    r = bulatkan(nilai) if desimal is None else bulatkan(nilai, desimal)
    assert r == hasil and str(r) == str(hasil)


@pytest.mark.parametrize("nilai, teks", [
    (D("1.005"), "1,01"), (D("0"), "0,00"), (D("-0.004"), "0,00"), (D("-0.005"), "-0,01"),
    (D("1000"), "1.000,00"), (D("-1000.5"), "-1.000,50"),
])
def test_format_angka_bawaan_dua_desimal(nilai, teks):
    assert format_angka(nilai) == teks


def test_format_persen_dan_ringkas():
    assert format_persen(D("82.215")) == "82,22%"
    assert format_ringkas(D("1.23456")) == "1,2346"
    assert format_ringkas(None) == "–" and format_ringkas(None, kosong="x") == "x"
    assert format_ringkas(D("1E+30")) == "1" + ".000" * 10


@pytest.mark.parametrize("teks, opsi, pesan", [
    ("5%", {}, "“5%”: tanda % hanya untuk isian persen."),
    ("%", {"persen": True}, "“%” bukan angka."),
    ("82.500", {"persen": True}, "“82.500” ambigu: bisa dibaca 82,5 atau 82500. Tulis desimal dengan koma "
                                 "(mis. 82,5) dan ribuan tanpa titik (mis. 82500)."),
    ("1.000", {}, "“1.000” ambigu: bisa dibaca 1,0 atau 1000. Tulis desimal dengan koma (mis. 1,0) dan "
                  "ribuan tanpa titik (mis. 1000)."),
    ("1.050", {}, "“1.050” ambigu: bisa dibaca 1,05 atau 1050. Tulis desimal dengan koma (mis. 1,05) dan "
                  "ribuan tanpa titik (mis. 1050)."),
    ("1,234.5", {}, "“1,234.5” memakai format bahasa Inggris. Gunakan titik untuk ribuan dan koma untuk "
                    "desimal, mis. 1.234.567,89."),
    ("82.5", {}, "“82.5”: gunakan koma sebagai pemisah desimal, mis. 82,5."),
    ("x", {}, "“x” bukan angka."),
    ("1234567890123456", {}, "“1234567890123456” terlalu besar."),
    ("0,12345", {}, "“0,12345”: paling banyak 4 angka di belakang koma."),
    ("1,5", {"bulat": True}, "“1,5”: harus bilangan bulat."),
    ("-5", {}, "“-5”: tidak boleh negatif."),
    ("\u22125", {}, "“\u22125”: tidak boleh negatif."),
    ("-5", {"batas": PERSEN}, "“-5”: tidak boleh negatif."),
    ("101", {"batas": PERSEN}, "“101”: persentase paling besar 100%. Jika indikator ini memang dapat "
                               "melebihi 100%, nyatakan pada definisi indikatornya."),
])
def test_pesan_parse(teks, opsi, pesan):
    with pytest.raises(AngkaTidakValid) as e:
        parse_angka(teks, **opsi)
    assert str(e.value) == pesan


@pytest.mark.parametrize("teks, opsi, nilai", [
    ("123456789012345", {}, D("123456789012345")),   # 15 digits: still read
    ("1\u00a0234", {"bulat": True}, None),          # a non-breaking space is a space: refused below
    ("\u00a0 5 \u00a0", {}, D(5)),
    ("\u22125", {"boleh_negatif": True}, D(-5)),
    ("- 5", {"boleh_negatif": True}, D(-5)),
    ("-0", {}, D(0)),
    ("1.500", {"batas": JUMLAH}, D(1500)),
    ("50%", {"batas": PERSEN}, D(50)),
])
def test_parse_diterima(teks, opsi, nilai):
    if nilai is None:
        with pytest.raises(AngkaTidakValid, match="bukan angka"):
            parse_angka(teks, **opsi)
    else:
        assert parse_angka(teks, **opsi) == nilai


# --- capaian ------------------------------------------------------------------------------------

def test_peringkat_predikat_dari_d_sampai_aa():
    assert [peringkat_predikat(p) for p in PREDIKAT] == [6, 5, 4, 3, 2, 1, 0]
    assert PREDIKAT == ("AA", "A", "BB", "B", "CC", "C", "D")


def test_pesan_predikat():
    with pytest.raises(AngkaTidakValid) as e:
        parse_predikat("E")
    assert str(e.value) == ("“E” bukan predikat. Gunakan salah satu: AA, A, BB, B, CC, C, D "
                            "(boleh diawali “minimal”).")
    assert parse_predikat(" min. bb ") == "BB" and parse_predikat("paling rendah A") == "A"


@pytest.mark.parametrize("teks, polaritas, opsi, hasil", [
    ("80 – 90", "rentang", {}, Target(D(80), D(90))),
    ("80 s.d. 90", "rentang", {}, Target(D(80), D(90))),
    ("80 sampai 90", "rentang", {}, Target(D(80), D(90))),
    ("90 - 90", "rentang", {}, Target(D(90), D(90))),
    ("82,5", "maks", {}, Target(D("82.5"))),
    ("82,5%", "maks", {"persen": True}, Target(D("82.5"))),
    ("   ", "maks", {}, Target()),
    (None, "rentang", {}, Target()),
    ("minimal B", "kualitatif", {}, Target(predikat="B")),
])
def test_parse_target(teks, polaritas, opsi, hasil):
    assert parse_target(teks, polaritas, **opsi) == hasil


@pytest.mark.parametrize("teks, polaritas, opsi, pesan", [
    ("82,5%", "maks", {}, "“82,5%”: tanda % hanya untuk isian persen."),
    ("91 – 90", "rentang", {}, "“91 – 90”: batas bawah lebih besar dari batas atas."),
    ("80", "rentang", {}, "“80”: target rentang ditulis sebagai batas bawah – batas atas, mis. 80 – 90."),
    ("80 – 190", "rentang", {"batas": PERSEN}, "“190”: persentase paling besar 100%. Jika indikator ini "
                                               "memang dapat melebihi 100%, nyatakan pada definisi "
                                               "indikatornya."),
    ("180 – 190", "rentang", {"batas": PERSEN}, "“180”: persentase paling besar 100%. Jika indikator ini "
                                                "memang dapat melebihi 100%, nyatakan pada definisi "
                                                "indikatornya."),
    ("190", "maks", {"batas": PERSEN}, "“190”: persentase paling besar 100%. Jika indikator ini memang "
                                       "dapat melebihi 100%, nyatakan pada definisi indikatornya."),
])
def test_pesan_target(teks, polaritas, opsi, pesan):
    with pytest.raises(AngkaTidakValid) as e:
        parse_target(teks, polaritas, **opsi)
    assert str(e.value) == pesan


@pytest.mark.parametrize("target, polaritas, batas, pesan", [
    (Target(predikat="Q"), "kualitatif", None, "target predikat tidak dikenal."),
    (Target(predikat="B"), "maks", PERSEN, "target berupa predikat, sedangkan indikator ini berupa angka."),
    (Target(D(5)), "maks", None, "target berupa angka, sedangkan indikator ini berupa predikat."),
    (Target(None, D(5)), "maks", None, "target berupa angka, sedangkan indikator ini berupa predikat."),
    (Target(D(5), D(200)), "rentang", PERSEN, "target persentase paling besar 100%. Jika indikator ini "
                                               "memang dapat melebihi 100%, nyatakan pada definisi "
                                               "indikatornya."),
    (Target(D(80)), "rentang", PERSEN, "target rentang harus berbatas bawah dan atas."),
    (Target(D(91), D(90)), "rentang", PERSEN, "batas bawah target lebih besar dari batas atas."),
    (Target(D(90), D(90)), "rentang", PERSEN, None),
    (Target(D(90), D(91)), "maks", PERSEN, None),
])
def test_pesan_masalah_target(target, polaritas, batas, pesan):
    assert masalah_target(target, polaritas, batas) == pesan


def test_format_target_bawaan_bukan_persen():
    assert format_target(Target(D(5))) == "5" and format_target(Target(D(5)), persen=True) == "5%"


@pytest.mark.parametrize("polaritas, target, realisasi, opsi, hasil", [
    ("kualitatif", Target(), "B", {}, Hasil(None, None, "Tidak dapat dihitung: target predikat belum ditetapkan.")),
    ("kualitatif", Target(predikat="B"), None, {}, Hasil(None, None, "Tidak dapat dihitung: realisasi belum diisi.")),
    ("kualitatif", Target(predikat="B"), "", {}, Hasil(None, None, "Tidak dapat dihitung: realisasi belum diisi.")),
    ("kualitatif", Target(predikat="B"), "Z", {}, Hasil(None, None, "Tidak dapat dihitung: realisasi “Z” bukan predikat.")),
    ("kualitatif", Target(predikat="B"), "B", {}, Hasil(None, True, "")),
    ("kualitatif", Target(predikat="B"), "CC", {}, Hasil(None, False, "")),
    ("maks", Target(), D(5), {}, Hasil(None, None, "Tidak dapat dihitung: target belum ditetapkan.")),
    ("maks", Target(D(5)), None, {}, Hasil(None, None, "Tidak dapat dihitung: realisasi belum diisi.")),
    ("maks", Target(D(5)), "x", {}, Hasil(None, None, "Tidak dapat dihitung: realisasi “x” bukan angka.")),
    ("maks", Target(D(5)), D("NaN"), {}, Hasil(None, None, "Tidak dapat dihitung: angka tersimpan tidak valid.")),
    ("rentang", Target(D(5), D("NaN")), D(5), {}, Hasil(None, None, "Tidak dapat dihitung: angka tersimpan tidak valid.")),
    ("maks", Target(D(5)), D(0), {}, Hasil(None, None, "Tidak dapat dihitung: realisasi bernilai 0.")),
    ("maks", Target(D(0)), D(5), {}, Hasil(None, None, "Tidak dapat dihitung: target bernilai 0.")),
    ("min", Target(D(0)), D(5), {}, Hasil(None, None, "Tidak dapat dihitung: target bernilai 0.")),
    ("maks", Target(D(80)), D(80), {}, Hasil(D(100), True, "")),
    ("maks", Target(D(80)), D(40), {}, Hasil(D(50), False, "")),
    ("min", Target(D(10)), D(15), {}, Hasil(D(50), False, "")),
    ("min", Target(D(10)), D(20), {}, Hasil(D(0), False, "")),   # exactly twice: 0, no note
    ("min", Target(D(10)), D(21), {}, Hasil(D(0), False, "Realisasi melebihi dua kali target: capaian 0%.")),
    ("min", Target(D(10)), D("19.9"), {}, Hasil(D(1), False, "")),
    ("min", Target(D(10)), D(5), {"rumus_min": "balik"}, Hasil(D(200), True, "")),
    ("rentang", Target(D(80), None), D(5), {}, Hasil(None, None, "Tidak dapat dihitung: batas atas rentang belum ditetapkan.")),
    ("rentang", Target(D(0), D(0)), D(5), {}, Hasil(None, None, "Tidak dapat dihitung: batas atas rentang bernilai 0.")),
    ("rentang", Target(D(80), D(90)), D(80), {}, Hasil(D(100), True, "")),
    ("rentang", Target(D(80), D(90)), D(90), {}, Hasil(D(100), True, "")),
    ("rentang", Target(D(80), D(90)), D(40), {}, Hasil(D(50), False, "")),
    ("rentang", Target(D(80), D(90)), D(135), {}, Hasil(D(50), False, "")),
    ("rentang", Target(D(80), D(90)), D(180), {}, Hasil(D(0), False, "")),
    ("rentang", Target(D(80), D(90)), D(181), {}, Hasil(D(0), False, "Realisasi melebihi dua kali batas atas: capaian 0%.")),
    ("rentang", Target(D(80), D(90)), D("179.1"), {}, Hasil(D(1), False, "")),
    ("maks", Target(D(80)), D(96), {"batas": 120}, Hasil(D(120), True, "")),
    ("maks", Target(D(80)), D(100), {"batas": 120}, Hasil(D(120), True, "Capaian dibatasi 120% sesuai definisi indikator.", True)),
    ("maks", Target(D(80)), D(104), {"batas": 120}, Hasil(D(120), True, "Capaian dibatasi 120% sesuai definisi indikator.", True)),
])
def test_hitung_tepat(polaritas, target, realisasi, opsi, hasil):
    h = hitung(polaritas, target, realisasi, **opsi)
    assert (h.persen, h.tercapai, h.catatan, h.dibatasi) == (hasil.persen, hasil.tercapai, hasil.catatan,
                                                             hasil.dibatasi)


@pytest.mark.parametrize("persen, pita, hasil", [
    (D(100), PITA_BAKU, Kategori("Sangat Tinggi", 0, "kat-0")),
    (D("90.995"), PITA_BAKU, Kategori("Sangat Tinggi", 0, "kat-0")),  # shown as 91,00
    (D("90.994"), PITA_BAKU, Kategori("Tinggi", 1, "kat-1")),
    (D(76), PITA_BAKU, Kategori("Tinggi", 1, "kat-1")),
    (D(66), PITA_BAKU, Kategori("Sedang", 2, "kat-2")),
    (D(51), PITA_BAKU, Kategori("Rendah", 3, "kat-3")),
    (D(0), PITA_BAKU, Kategori("Sangat Rendah", 4, "kat-4")),
    (D(80), (Pita(D(90), "A"), Pita(D(0), "B")), Kategori("B", 1, "kat-4")),
    (D(95), (Pita(D(90), "A"), Pita(D(0), "B")), Kategori("A", 0, "kat-0")),
    (D(70), (Pita(D(90), "A"), Pita(D(60), "B"), Pita(D(0), "C")), Kategori("B", 1, "kat-2")),
    (D(10), tuple(Pita(D(b), str(b)) for b in (90, 80, 70, 60, 50, 40, 0)), Kategori("0", 6, "kat-4")),
    (D(65), tuple(Pita(D(b), str(b)) for b in (90, 80, 70, 60, 50, 40, 0)), Kategori("60", 3, "kat-2")),
    (D(85), tuple(Pita(D(b), str(b)) for b in (90, 80, 70, 60, 50, 40, 0)), Kategori("80", 1, "kat-1")),
])
def test_kategori_tepat(persen, pita, hasil):
    assert kategori(Hasil(persen, persen >= 100), pita) == hasil


def test_kategori_tanpa_persen():
    assert kategori(Hasil(None, None)) == Kategori("Tidak dapat dihitung", -1, "kat-na")
    assert kategori(Hasil(None, True)) == Kategori("Tercapai", 0, "kat-0")
    assert kategori(Hasil(None, False)) == Kategori("Tidak tercapai", 4, "kat-4")
    assert kategori(Hasil(None, False), (Pita(D(5), "a"), Pita(D(0), "b"))) == Kategori("Tidak tercapai", 1, "kat-4")


@pytest.mark.parametrize("pita, pesan", [
    ([Pita(D(0), "a")], "Kategori capaian harus terdiri atas 2 sampai 7 tingkat."),
    ([Pita(D(b), "x") for b in (70, 60, 50, 40, 30, 20, 10, 0)], "Kategori capaian harus terdiri atas 2 sampai 7 tingkat."),
    ([Pita(D(50), "a"), Pita(D(50), "b"), Pita(D(0), "c")], "Batas bawah kategori harus berurutan menurun tanpa duplikat."),
    ([Pita(D(50), "a"), Pita(D(1), "b")], "Kategori terendah harus berbatas bawah 0."),
    ([Pita(D(50), " "), Pita(D(0), "b")], "Setiap kategori harus bernama."),
])
def test_pesan_validasi_pita(pita, pesan):
    with pytest.raises(ValueError) as e:
        validasi_pita(pita)
    assert str(e.value) == pesan


def test_pita_tujuh_tingkat_diterima_dan_baris_kosong_dilewati():
    assert len(validasi_pita([Pita(D(b), "x") for b in (60, 50, 40, 30, 20, 10, 0)])) == 7
    assert parse_pita("\n90 A\n\n0 B\n") == (Pita(D(90), "A"), Pita(D(0), "B"))
    with pytest.raises(ValueError) as e:
        parse_pita("90\n0 B")
    assert str(e.value) == "Baris 1: tulis batas bawah lalu nama kategori, mis. “91 Sangat Tinggi”."
    with pytest.raises(ValueError) as e:
        parse_pita("x A\n0 B")
    assert str(e.value) == "Baris 1: “x” bukan angka."


def test_perubahan_tajam_pesan_tepat():
    assert perubahan_tajam(D(30), target=D(100)) == ["berbeda lebih dari 50% dari target (100)"]
    assert perubahan_tajam(D("30.125"), target=D(100), persen=True) == [
        "berbeda 69,88 poin dari target (100%)"]
    assert perubahan_tajam(D(20), sebelumnya=D(1), persen=False) == [
        "berbeda lebih dari 50% dari realisasi triwulan sebelumnya (1)"]
    assert perubahan_tajam(D(1), sebelumnya=D("NaN"), target=None) == []


# --- periode and alur ---------------------------------------------------------------------------------

@pytest.mark.parametrize("awal, akhir, pesan", [
    (2000, 2004, None), (2100, 2104, None), (1999, 2003, "Tahun awal harus antara 2000 dan 2100."),
    (2101, 2105, "Tahun awal harus antara 2000 dan 2100."),
    (2020, 2025, "Periode Renstra adalah lima tahun: tahun akhir = tahun awal + 4."),
])
def test_cek_periode_renstra(awal, akhir, pesan):
    assert cek_periode_renstra(awal, akhir) == pesan


@pytest.mark.parametrize("pembilang, penyebut, hasil", [
    (None, D(1), Agregat(None, "Pembilang dan penyebut harus diisi keduanya.")),
    (D(1), None, Agregat(None, "Pembilang dan penyebut harus diisi keduanya.")),
    (D(3), D(0), Agregat(None, "Penyebut bernilai 0: nilai rasio tidak dapat dihitung.", D(3), D(0))),
    (D(3), D(4), Agregat(D(75), "", D(3), D(4))),
])
def test_nilai_rasio_tepat(pembilang, penyebut, hasil):
    assert nilai_rasio(pembilang, penyebut, D(100)) == hasil


@pytest.mark.parametrize("isi, opsi, pesan", [
    (N(nilai=D(1)), {"rasio": False, "batas": None}, "indikator ini berupa predikat, tetapi yang tersimpan berupa angka."),
    (N(predikat="A"), {"rasio": False, "batas": PERSEN}, "indikator ini berupa angka, tetapi yang tersimpan berupa predikat."),
    (N(nilai=D(1)), {"rasio": True, "batas": PERSEN}, "tersimpan sebagai nilai tunggal, sedangkan indikator kini "
                                                     "dihitung dari pembilang/penyebut. Isi ulang realisasinya."),
    (N(pembilang=D(1)), {"rasio": True, "batas": PERSEN}, "tersimpan sebagai nilai tunggal, sedangkan indikator "
                                                         "kini dihitung dari pembilang/penyebut. Isi ulang realisasinya."),
    (N(penyebut=D(1)), {"rasio": True, "batas": PERSEN}, "tersimpan sebagai nilai tunggal, sedangkan indikator "
                                                        "kini dihitung dari pembilang/penyebut. Isi ulang realisasinya."),
    (N(pembilang=D(1), penyebut=D("NaN")), {"rasio": True, "batas": PERSEN}, "penyebut bukan angka yang sah."),
    (N(pembilang=D(5), penyebut=D(4)), {"rasio": True, "batas": PERSEN, "faktor": D(1)}, None),
    (N(pembilang=D(3)), {"rasio": False, "batas": PERSEN}, "tersimpan sebagai pembilang/penyebut, sedangkan "
                                                          "indikator kini tidak dihitung dari rasio. Isi ulang realisasinya."),
])
def test_masalah_isian_tepat(isi, opsi, pesan):
    assert masalah_isian(isi, **opsi) == pesan


def test_nilai_periode_tanpa_batas_memeriksa_jenisnya():
    assert nilai_periode(N(pembilang=D(1), penyebut=D(2)), rasio=True, faktor=D(10)) == Agregat(D(5), "", D(1), D(2))
    a = nilai_periode(N(nilai=D(5)), rasio=True, faktor=D(100))
    assert a == Agregat(None, "Realisasi tersimpan tidak valid: pembilang dan penyebut tidak lengkap.", galat=True)
    a = nilai_periode(N(pembilang=D(5), penyebut=D(1)), rasio=False, faktor=D(100))
    assert a == Agregat(None, "Realisasi tersimpan tidak valid: nilai tidak ada.", galat=True)
    assert nilai_periode(N(predikat="B"), rasio=False, faktor=D(1)) == Agregat("B")
    a = nilai_periode(N(pembilang=D(9), penyebut=D(3)), rasio=True, faktor=D(100), batas=PERSEN)
    assert a.galat and a.catatan == ("Realisasi tersimpan tidak valid: nilai pembilang/penyebut persentase "
                                     "paling besar 100%. Jika indikator ini memang dapat melebihi 100%, "
                                     "nyatakan pada definisi indikatornya.")


def test_tahun_dengan_nol_dan_batas():
    isian = {p: N(pembilang=D(0), penyebut=D(2)) for p in ("TW1", "TW2", "TW3", "TW4")}
    assert realisasi_tahun(isian, agregasi="kumulatif", frekuensi="triwulanan", rasio=True,
                           faktor=D(100), batas=PERSEN) == Agregat(D(0), "", D(0), D(8))
    isian = {p: N(nilai=D(0)) for p in ("TW1", "TW2", "TW3", "TW4")}
    assert realisasi_tahun(isian, agregasi="kumulatif", frekuensi="triwulanan").nilai == D(0)
    isian = {p: N(predikat="B") for p in ("TW1", "TW2", "TW3", "TW4")}
    assert realisasi_tahun(isian, agregasi="kumulatif", frekuensi="triwulanan") == Agregat(
        None, "Predikat hanya dapat diringkas dengan aturan nilai terakhir.")
    isian = {"TW2": N(nilai=D(500)), "TW4": N(nilai=D(50))}
    a = realisasi_tahun(isian, agregasi="terakhir", frekuensi="semesteran", batas=PERSEN)
    assert a.galat and a.catatan.startswith("Realisasi TW II tidak valid: persentase paling besar 100%.")


def test_alur_label():
    assert alur.ALUR_PK.label("draft") == "Draf" and alur.ALUR_TRIWULAN.label("disetujui") == "Disetujui (terkunci)"
    assert alur.ALUR_PK.terkunci("diganti") and not alur.ALUR_TRIWULAN.terkunci("terbuka")


def test_batas_yang_hanya_ketahuan_dengan_nilai_tertentu():
    assert format_persen(D("82.25"), 1) == "82,3%"
    assert format_ringkas(D("1234567890123456789012345678901")) == "1.234.567.890.123.456.789.012.345.678.901"
    assert parse_target("", "rentang") == Target() and parse_target("", "maks") == Target()
    # faktor 1: 5/4 = 1,25 lies within a percent's bounds; with faktor 100 it would be 125
    assert not nilai_periode(N(pembilang=D(5), penyebut=D(4)), rasio=True, faktor=D(1), batas=PERSEN).galat
    isian = {"TW1": N(pembilang=D(1), penyebut=D(0)), "TW2": N(pembilang=D(1), penyebut=D(2)),
             "TW3": N(pembilang=D(1), penyebut=D(2)), "TW4": N(pembilang=D(1), penyebut=D(4))}
    assert realisasi_tahun(isian, agregasi="kumulatif", frekuensi="triwulanan", rasio=True).penyebut == D(8)
    assert format_angka(D("-0.004")) == "0,00"


@pytest.mark.parametrize("n, teks", [
    (None, "–"), (0, "0 B"), (193, "193 B"), (1023, "1023 B"), (1024, "1,0 KB"), (12700, "12,4 KB"),
    (1048575, "1.024,0 KB"), (1048576, "1,0 MB"), (3355443, "3,2 MB"), (104857600, "100,0 MB"),
])
def test_format_ukuran(n, teks):
    from kinerja.lib.angka import format_ukuran

    assert format_ukuran(n) == teks
