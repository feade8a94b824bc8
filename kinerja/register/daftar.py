"""The registers, declared once each (deklarasi.Register), and the measures computed from them."""

from .deklarasi import Register, daftarkan
from .models import (BadanAdhoc, Kegiatan, LayananKepegawaian, Logistik, Pemutakhiran, PermohonanInformasi,
                     Pertanggungjawaban, ProdukHukum, Publikasi, SaranaPrasarana, Sengketa, Tahapan)

daftarkan(Register(
    "tahapan", Tahapan, "Tahapan dan jadwal",
    "Tahapan dan sub-tahapan setiap Pemilu/Pemilihan dengan jadwal rencananya (PKPU 3/2022 untuk Pemilu 2024, "
    "PKPU 2/2024 untuk Pemilihan 2024) dan pelaksanaannya.",
    ("pemilu", "tahapan", "sub_tahapan", "rencana_mulai", "rencana_selesai", "mulai", "selesai", "status"),
    kolom_daftar=("tahapan", "sub_tahapan", "rencana_selesai", "selesai", "status"),
    contoh_baris={"pemilu": "Pemilihan 2024", "tahapan": "Contoh: Pemungutan dan penghitungan suara",
                  "sub_tahapan": "Pemungutan suara di TPS", "rencana_mulai": "27/11/2024",
                  "rencana_selesai": "27/11/2024", "mulai": "27/11/2024", "selesai": "27/11/2024",
                  "status": "Selesai"},
))

daftarkan(Register(
    "ppid", PermohonanInformasi, "Permohonan informasi (PPID)",
    "Setiap permohonan informasi publik dijawab paling lambat 10 hari kerja sejak diterima, atau 17 hari kerja "
    "bila diperpanjang dengan alasan tertulis (UU 14/2008 Pasal 22 ayat (7) dan (8)).",
    ("nomor", "diterima", "informasi", "diperpanjang", "dijawab", "hasil"),
    kolom_daftar=("nomor", "diterima", "informasi", "dijawab", "hasil"),
    contoh_baris={"nomor": "001/PPID/I/2024", "diterima": "05/01/2024", "informasi": "Contoh: Salinan SK penetapan DCT",
                  "diperpanjang": "tidak", "dijawab": "10/01/2024", "hasil": "Dipenuhi"},
))
daftarkan(Register(
    "publikasi", Publikasi, "Publikasi kegiatan dan tahapan",
    "Setiap kegiatan dan tahapan dipublikasikan paling lambat satu hari kerja setelah kegiatan (SOP publikasi).",
    ("kegiatan", "tanggal_kegiatan", "tanggal_terbit", "kanal", "tautan"),
    contoh_baris={"kegiatan": "Contoh: Rapat pleno rekapitulasi", "tanggal_kegiatan": "03/12/2024",
                  "tanggal_terbit": "03/12/2024", "kanal": "Laman KPU", "tautan": "https://kota-probolinggo.kpu.go.id/"},
))
daftarkan(Register(
    "produk-hukum", ProdukHukum, "Produk hukum",
    "Rancangan keputusan diharmonisasi paling lambat pada tenggat yang ditetapkan kerangka regulasi KPU.",
    ("nomor", "judul", "tanggal_rancangan", "tenggat_harmonisasi", "tanggal_harmonisasi", "tanggal_penetapan"),
    kolom_daftar=("nomor", "judul", "tanggal_rancangan", "tenggat_harmonisasi", "tanggal_harmonisasi"),
    contoh_baris={"nomor": "136 Tahun 2024", "judul": "Contoh: Penetapan perolehan kursi DPRD", "tanggal_rancangan": "01/03/2024",
                  "tenggat_harmonisasi": "08/03/2024", "tanggal_harmonisasi": "06/03/2024",
                  "tanggal_penetapan": "10/03/2024"},
))
daftarkan(Register(
    "sengketa", Sengketa, "Sengketa hukum",
    "Perkara sengketa proses, PHPU, PTUN dan DKPP yang melibatkan satker, dan hasilnya.",
    ("perkara", "jenis", "didaftarkan", "diputus", "hasil"),
    contoh_baris={"perkara": "Contoh: Gugatan penetapan DCT", "jenis": "Sengketa proses", "didaftarkan": "06/11/2023",
                  "diputus": "20/11/2023", "hasil": "Dimenangkan KPU"},
))
daftarkan(Register(
    "kepegawaian", LayananKepegawaian, "Layanan kepegawaian",
    "Permohonan layanan kepegawaian diselesaikan dalam standar waktunya (hari kerja).",
    ("permohonan", "jenis", "diterima", "standar_hari", "selesai"),
    contoh_baris={"permohonan": "Contoh: Kenaikan gaji berkala staf", "jenis": "Kenaikan gaji berkala",
                  "diterima": "02/02/2024", "standar_hari": "5", "selesai": "07/02/2024"},
))

daftarkan(Register(
    "pemutakhiran", Pemutakhiran, "Pemutakhiran data pemilih berkelanjutan",
    "Hasil pemutakhiran data pemilih berkelanjutan setiap wilayah dan periode diserahkan paling lambat pada "
    "tenggat jadwal KPU (jumlah saja, tanpa data pribadi pemilih).",
    ("wilayah", "periode", "tenggat", "diserahkan", "pemilih_baru", "tidak_memenuhi_syarat", "perbaikan"),
    kolom_daftar=("wilayah", "periode", "tenggat", "diserahkan"),
    contoh_baris={"wilayah": "Contoh: Kelurahan Mayangan", "periode": "Januari 2024", "tenggat": "05/02/2024",
                  "diserahkan": "02/02/2024", "pemilih_baru": "12", "tidak_memenuhi_syarat": "7",
                  "perbaikan": "3"},
))

daftarkan(Register(
    "logistik", Logistik, "Logistik Pemilu/Pemilihan",
    "Kebutuhan, penerimaan, kondisi, inventarisasi dan pemeliharaan setiap jenis logistik (norma kebutuhan "
    "perlengkapan pemungutan suara; LKj merujuk PKPU 15/2018).",
    ("pemilu", "jenis", "satuan", "rumus", "tanggal", "kebutuhan", "diterima", "diterima_pada", "baik", "rusak",
     "lebih_dikonfirmasi", "inventarisasi", "pemeliharaan", "gudang"),
    kolom_daftar=("jenis", "kebutuhan", "diterima", "baik", "inventarisasi"),
    contoh_baris={"pemilu": "Pemilihan 2024", "jenis": "Contoh: Kotak suara", "satuan": "buah", "rumus": "1 per TPS",
                  "tanggal": "15/07/2024", "kebutuhan": "480", "diterima": "480", "diterima_pada": "01/09/2024",
                  "baik": "478", "rusak": "2", "lebih_dikonfirmasi": "tidak", "inventarisasi": "05/09/2024",
                  "pemeliharaan": "", "gudang": "Gudang logistik KPU"},
))
daftarkan(Register(
    "sarpras", SaranaPrasarana, "Sarana dan prasarana",
    "Kondisi dan fungsi setiap barang milik negara yang dipakai kantor, menurut pemeriksaan terakhirnya.",
    ("aset", "kode_barang", "jenis", "diperiksa", "kondisi", "berfungsi"),
    kolom_daftar=("aset", "jenis", "diperiksa", "kondisi", "berfungsi"),
    contoh_baris={"aset": "Contoh: Laptop staf perencanaan", "kode_barang": "3.10.01.02.002-7", "jenis": "Teknologi informasi",
                  "diperiksa": "02/07/2024", "kondisi": "Baik", "berfungsi": "ya"},
))
daftarkan(Register(
    "spj", Pertanggungjawaban, "Pertanggungjawaban anggaran (SPJ)",
    "Pertanggungjawaban belanja setiap kegiatan diselesaikan paling lambat pada tenggatnya (ketentuan "
    "pelaksanaan APBN; tenggat ditetapkan satker).",
    ("kegiatan", "tanggal_kegiatan", "nilai", "tenggat", "selesai"),
    contoh_baris={"kegiatan": "Contoh: Rapat koordinasi persiapan pemungutan suara", "tanggal_kegiatan": "14/10/2024",
                  "nilai": "12.500.000", "tenggat": "28/10/2024", "selesai": "24/10/2024"},
))
daftarkan(Register(
    "kegiatan", Kegiatan, "Kegiatan kantor",
    "Kegiatan kantor (sosialisasi, debat publik, bimtek, rapat koordinasi, pelantikan, rapat pleno) dengan "
    "tempat, tahapan, dan peserta menurut jenis kelamin; bahan narasi tahapan dalam laporan kinerja.",
    ("nama", "jenis", "tanggal", "tempat", "tahapan", "kelompok", "peserta_laki", "peserta_perempuan"),
    kolom_daftar=("nama", "jenis", "tanggal", "tempat"),
    contoh_baris={"nama": "Contoh: Sosialisasi pemilih pemula SMA", "jenis": "Sosialisasi", "tanggal": "10/09/2024",
                  "tempat": "Aula kantor", "tahapan": "Sosialisasi", "kelompok": "Pemilih pemula",
                  "peserta_laki": "48", "peserta_perempuan": "52"},
))
daftarkan(Register(
    "badan-adhoc", BadanAdhoc, "Badan ad hoc",
    "PPK per kecamatan, PPS per kelurahan dan KPPS per TPS: pembentukan terhadap tenggatnya, anggota menurut "
    "jenis kelamin (UU 7/2017 Pasal 52, 55, 59: PPK 5, PPS 3, KPPS 7 orang), sekretariat, dan PAW. Jumlah saja.",
    ("tahun", "pemilu", "jenis", "wilayah", "tenggat", "dibentuk", "anggota", "anggota_perempuan",
     "sekretariat", "paw"),
    kolom_daftar=("jenis", "wilayah", "tenggat", "dibentuk", "anggota", "paw"),
    contoh_baris={"tahun": "2024", "pemilu": "Pemilihan 2024", "jenis": "PPK", "wilayah": "Contoh: Kecamatan Mayangan",
                  "tenggat": "15/05/2024", "dibentuk": "15/05/2024", "anggota": "5", "anggota_perempuan": "2",
                  "sekretariat": "5", "paw": "0"},
))

# --- measures ---------------------------------------------------------------------------------

from .ukuran import Hasil, Ukuran, berjangka, daftarkan as daftarkan_ukuran, tepat_waktu  # noqa: E402

daftarkan_ukuran(Ukuran(
    "ppid_tepat_waktu", "Permohonan informasi dijawab dalam batas waktu",
    "UU 14/2008 Pasal 22 ayat (7): 10 hari kerja sejak diterima; ayat (8): 7 hari kerja lagi bila diperpanjang",
    "ppid", tepat_waktu(lambda c, k: k.tenggat(c.diterima, 17 if c.diperpanjang else 10), lambda c: c.dijawab,
                        "Jawaban")))
daftarkan_ukuran(Ukuran(
    "publikasi_satu_hari", "Publikasi terbit paling lambat satu hari kerja setelah kegiatan",
    "SOP publikasi kegiatan dan tahapan", "publikasi",
    tepat_waktu(lambda c, k: k.tenggat(c.tanggal_kegiatan, 1), lambda c: c.tanggal_terbit, "Publikasi")))
daftarkan_ukuran(Ukuran(
    "harmonisasi_tepat_waktu", "Rancangan keputusan diharmonisasi sebelum tenggatnya",
    "Kerangka regulasi KPU: tenggat harmonisasi setiap rancangan", "produk-hukum",
    tepat_waktu(lambda c, k: c.tenggat_harmonisasi, lambda c: c.tanggal_harmonisasi, "Harmonisasi")))
daftarkan_ukuran(Ukuran(
    "layanan_kepegawaian_tepat_waktu", "Layanan kepegawaian selesai dalam standar waktunya",
    "Standar pelayanan kepegawaian satker (hari kerja per jenis layanan)", "kepegawaian",
    tepat_waktu(lambda c, k: k.tenggat(c.diterima, c.standar_hari), lambda c: c.selesai, "Layanan")))


def _sengketa_menang(catatan, k, sampai) -> Hasil:
    """Cases decided by the end of the period: won, or not won; a case still open, or
    settled by agreement (neither won nor lost), is not counted."""
    h = Hasil()
    for c in catatan:
        if c.diputus is None or c.diputus > sampai or c.hasil == Sengketa.Hasil.BERJALAN:
            h.dikecualikan.append((c, "belum diputus"))
        elif c.hasil == Sengketa.Hasil.DAMAI:
            h.dikecualikan.append((c, "selesai dengan mufakat: tidak dimenangkan atau dikalahkan"))
        elif c.hasil == Sengketa.Hasil.MENANG:
            h.memenuhi.append(c)
        else:
            h.tidak.append(c)
    return h


daftarkan_ukuran(Ukuran(
    "sengketa_dimenangkan", "Sengketa yang diputus dan dimenangkan KPU",
    "Indikator PK: persentase sengketa hukum yang dimenangkan KPU", "sengketa", _sengketa_menang))

daftarkan_ukuran(Ukuran(
    "pemutakhiran_tepat_waktu", "Hasil pemutakhiran data pemilih diserahkan sebelum tenggat",
    "Jadwal pemutakhiran data pemilih berkelanjutan KPU", "pemutakhiran",
    tepat_waktu(lambda c, k: c.tenggat, lambda c: c.diserahkan, "Penyerahan")))

daftarkan_ukuran(Ukuran(
    "tahapan_sesuai_jadwal", "Tahapan selesai sesuai jadwal",
    "PKPU 3/2022 (Pemilu 2024) dan PKPU 2/2024 (Pemilihan 2024): jadwal tahapan", "tahapan",
    tepat_waktu(lambda c, k: c.rencana_selesai, lambda c: c.selesai, "Tahapan")))
daftarkan_ukuran(Ukuran(
    "spj_tepat_waktu", "Pertanggungjawaban anggaran selesai sebelum tenggat",
    "Ketentuan pelaksanaan APBN; tenggat SPJ ditetapkan satker", "spj",
    tepat_waktu(lambda c, k: c.tenggat, lambda c: c.selesai, "SPJ")))


def _badan_adhoc(catatan, k, sampai) -> Hasil:
    """Bodies formed (inaugurated) with their full membership by their deadline; a body whose
    deadline has not come is not counted yet."""
    h = _pembentukan(catatan, k, sampai)
    kurang = [c for c in h.memenuhi if not BadanAdhoc.anggota_lengkap(c)]
    h.memenuhi = [c for c in h.memenuhi if BadanAdhoc.anggota_lengkap(c)]
    h.tidak = kurang + h.tidak
    return h


_pembentukan = tepat_waktu(lambda c, k: c.tenggat, lambda c: c.dibentuk, "Pembentukan")
berjangka(_badan_adhoc, _pembentukan.tenggat, _pembentukan.selesai)  # type: ignore[attr-defined]


daftarkan_ukuran(Ukuran(
    "badan_adhoc_dibentuk", "Badan ad hoc dibentuk lengkap sesuai tenggat",
    "UU 7/2017 Pasal 52, 55, 59 (jumlah anggota); PKPU 8/2022 (pembentukan badan ad hoc)", "badan-adhoc",
    _badan_adhoc))


def _logistik_tersedia(catatan, k, sampai) -> Hasil:
    """Item types whose stock in good condition, received by the end of the period, covers the need."""
    h = Hasil()
    for c in catatan:
        if c.diterima_pada is not None and c.diterima_pada <= sampai and (c.baik if c.baik is not None else c.diterima) >= c.kebutuhan:
            h.memenuhi.append(c)
        else:
            h.tidak.append(c)
    return h


def _logistik_inventaris(catatan, k, sampai) -> Hasil:
    """Item types received by the end of the period that are inventoried by then; items not yet
    received are not counted."""
    h = Hasil()
    for c in catatan:
        if c.diterima_pada is None or c.diterima_pada > sampai:
            h.dikecualikan.append((c, "belum diterima"))
        elif c.inventarisasi is not None and c.inventarisasi <= sampai:
            h.memenuhi.append(c)
        else:
            h.tidak.append(c)
    return h


def _sarpras_berfungsi(catatan, k, sampai) -> Hasil:
    """Assets by their latest check up to the end of the period: working, or not."""
    terakhir: dict = {}
    for c in catatan:
        kunci = (c.kode_barang or c.aset).strip().lower()
        if kunci not in terakhir or (c.diperiksa, c.id) > (terakhir[kunci].diperiksa, terakhir[kunci].id):
            terakhir[kunci] = c
    h = Hasil()
    lama = set(map(id, terakhir.values()))
    for c in catatan:
        if id(c) not in lama:
            h.dikecualikan.append((c, "ada pemeriksaan yang lebih baru"))
        elif c.berfungsi:
            h.memenuhi.append(c)
        else:
            h.tidak.append(c)
    return h


daftarkan_ukuran(Ukuran(
    "logistik_tersedia", "Jenis logistik yang tersedia dalam kondisi baik sesuai kebutuhan",
    "Kebutuhan perlengkapan pemungutan suara per TPS", "logistik", _logistik_tersedia, berkeadaan=True))
daftarkan_ukuran(Ukuran(
    "logistik_diinventarisasi", "Logistik yang diterima dan sudah diinventarisasi",
    "Tata kelola logistik Pemilu: inventarisasi dan pemeliharaan", "logistik", _logistik_inventaris, berkeadaan=True))
daftarkan_ukuran(Ukuran(
    "sarpras_berfungsi", "Sarana dan prasarana yang berfungsi baik",
    "Pengelolaan barang milik negara: pemeriksaan kondisi", "sarpras", _sarpras_berfungsi, berkeadaan=True))
