"""The registers, declared once each (deklarasi.Register), and the measures computed from them."""

from .deklarasi import Register, daftarkan
from .models import LayananKepegawaian, Pemutakhiran, PermohonanInformasi, ProdukHukum, Publikasi, Sengketa

daftarkan(Register(
    "ppid", PermohonanInformasi, "Permohonan informasi (PPID)",
    "Setiap permohonan informasi publik dijawab paling lambat 10 hari kerja sejak diterima, atau 17 hari kerja "
    "bila diperpanjang dengan alasan tertulis (UU 14/2008 Pasal 22 ayat (7) dan (8)).",
    ("nomor", "diterima", "informasi", "diperpanjang", "dijawab", "hasil"),
    kolom_daftar=("nomor", "diterima", "informasi", "dijawab", "hasil"),
    contoh_baris={"nomor": "001/PPID/I/2024", "diterima": "05/01/2024", "informasi": "Salinan SK penetapan DCT",
                  "diperpanjang": "tidak", "dijawab": "10/01/2024", "hasil": "Dipenuhi"},
))
daftarkan(Register(
    "publikasi", Publikasi, "Publikasi kegiatan dan tahapan",
    "Setiap kegiatan dan tahapan dipublikasikan paling lambat satu hari kerja setelah kegiatan (SOP publikasi).",
    ("kegiatan", "tanggal_kegiatan", "tanggal_terbit", "kanal", "tautan"),
    contoh_baris={"kegiatan": "Rapat pleno rekapitulasi", "tanggal_kegiatan": "03/12/2024",
                  "tanggal_terbit": "03/12/2024", "kanal": "Laman KPU", "tautan": "https://kota-probolinggo.kpu.go.id/"},
))
daftarkan(Register(
    "produk-hukum", ProdukHukum, "Produk hukum",
    "Rancangan keputusan diharmonisasi paling lambat pada tenggat yang ditetapkan kerangka regulasi KPU.",
    ("nomor", "judul", "tanggal_rancangan", "tenggat_harmonisasi", "tanggal_harmonisasi", "tanggal_penetapan"),
    kolom_daftar=("nomor", "judul", "tanggal_rancangan", "tenggat_harmonisasi", "tanggal_harmonisasi"),
    contoh_baris={"nomor": "136 Tahun 2024", "judul": "Penetapan perolehan kursi DPRD", "tanggal_rancangan": "01/03/2024",
                  "tenggat_harmonisasi": "08/03/2024", "tanggal_harmonisasi": "06/03/2024",
                  "tanggal_penetapan": "10/03/2024"},
))
daftarkan(Register(
    "sengketa", Sengketa, "Sengketa hukum",
    "Perkara sengketa proses, PHPU, PTUN dan DKPP yang melibatkan satker, dan hasilnya.",
    ("perkara", "jenis", "didaftarkan", "diputus", "hasil"),
    contoh_baris={"perkara": "Gugatan penetapan DCT", "jenis": "Sengketa proses", "didaftarkan": "06/11/2023",
                  "diputus": "20/11/2023", "hasil": "Dimenangkan KPU"},
))
daftarkan(Register(
    "kepegawaian", LayananKepegawaian, "Layanan kepegawaian",
    "Permohonan layanan kepegawaian diselesaikan dalam standar waktunya (hari kerja).",
    ("permohonan", "jenis", "diterima", "standar_hari", "selesai"),
    contoh_baris={"permohonan": "Kenaikan gaji berkala staf", "jenis": "Kenaikan gaji berkala",
                  "diterima": "02/02/2024", "standar_hari": "5", "selesai": "07/02/2024"},
))

daftarkan(Register(
    "pemutakhiran", Pemutakhiran, "Pemutakhiran data pemilih berkelanjutan",
    "Hasil pemutakhiran data pemilih berkelanjutan setiap wilayah dan periode diserahkan paling lambat pada "
    "tenggat jadwal KPU (jumlah saja, tanpa data pribadi pemilih).",
    ("wilayah", "periode", "tenggat", "diserahkan", "pemilih_baru", "tidak_memenuhi_syarat", "perbaikan"),
    kolom_daftar=("wilayah", "periode", "tenggat", "diserahkan"),
    contoh_baris={"wilayah": "Kelurahan Mayangan", "periode": "Januari 2024", "tenggat": "05/02/2024",
                  "diserahkan": "02/02/2024", "pemilih_baru": "12", "tidak_memenuhi_syarat": "7",
                  "perbaikan": "3"},
))

# --- measures ---------------------------------------------------------------------------------

from .ukuran import Hasil, Ukuran, daftarkan as daftarkan_ukuran, tepat_waktu  # noqa: E402

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
