"""The KPU Kota Probolinggo demo, taken from its Laporan Kinerja 2024 (the seed).

``SEED`` is ``seed/lkj-kpu-kota-probolinggo-2024.txt`` of the shared project files; every
``sumber`` below names the table or section and the line numbers in that file. What the
seed does not state is marked ``contoh`` and generated in :mod:`kinerja.demo.muat`.
How the seed's disagreeing tables were reconciled is written up in ``DATA.md`` beside this
module.
"""

SEED = "LKj KPU Kota Probolinggo 2024"


def sumber(tempat: str, baris: str) -> str:
    return f"{SEED}, {tempat} (seed baris {baris})"


SATKER = [
    # kode, nama, tingkat, induk, kode_wilayah, kota, contoh
    ("KPU-RI", "Komisi Pemilihan Umum Republik Indonesia", "pusat", None, "", "Jakarta", True),
    ("KPU-JATIM", "KPU Provinsi Jawa Timur", "provinsi", "KPU-RI", "35", "Surabaya", True),
    ("658021", "KPU Kota Probolinggo", "kabkota", "KPU-JATIM", "35.74", "Probolinggo", False),
]
SATKER_CATATAN = (
    "Kode satker 658021 dan kode wilayah 35.74 dari REFERENCE.md; kode satker KPU RI dan KPU "
    "Provinsi Jawa Timur tidak tercantum di seed, sehingga dipakai kode pengganti berlabel contoh."
)

# GLOSSARY.md and the seed's organisation chapter (seed baris 786-1000).
SUBBAGIAN = [
    ("Keuangan, Umum dan Logistik", "KUL"),
    ("Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat", "Teknis & Hupmas"),
    ("Perencanaan, Data dan Informasi", "Rendatin"),
    ("Hukum dan SDM", "Hukum & SDM"),
]

PENGGUNA = [
    # username, nama lengkap, satker, peran
    ("admin", "Admin Satker (demo)", "658021", "admin"),
    ("operator", "Operator Perencanaan (demo)", "658021", "operator"),
    ("pimpinan", "Pimpinan Satker (demo)", "658021", "pimpinan"),
    ("reviewer", "Reviewer APIP (demo)", "658021", "reviewer"),
    ("pembaca", "Pembaca (demo)", "658021", "pembaca"),
    ("provinsi", "Pembaca KPU Provinsi Jawa Timur (demo)", "KPU-JATIM", "pembaca"),
]
KATA_SANDI_DEMO = "demo-kinerja-2024"

RENSTRA = {
    "tahun_awal": 2020,
    "visi": "Menjadi Penyelenggara Pemilu Serentak yang Mandiri, Profesional, dan Berintegritas",
    "sumber": sumber("Bab II.B, visi", "1556-1557"),
    "misi": [
        "Meningkatkan kompetensi penyelenggara pemilu serentak dengan berpedoman kepada "
        "perundang-undangan dan kode etik penyelenggara pemilu",
        "Menyusun peraturan di bidang pemilu serentak yang memberikan kepastian hukum, progresif, "
        "dan partisipatif",
        "Meningkatkan kualitas penyelenggaraan pemilu serentak yang efektif dan efisien, "
        "transparan, akuntabel, serta aksesibel",
        "Mengoptimalkan pemanfaatan kemajuan teknologi informasi dalam menyelenggarakan pemilu serentak",
        "Meningkatkan partisipasi dan kualitas pemilih dalam pemilu serentak",
        "Meningkatkan kualitas pelayanan pemilu serentak untuk seluruh pemangku kepentingan",
    ],  # seed baris 1589-1602
    # Bab II.C (seed baris 1669-1675); the sasaran strategis (1701-1736) hang off these.
    "tujuan": [
        ("Mewujudkan Komisi Pemilihan Umum yang mandiri, profesional, dan berintegritas", [
            "Tersedianya peraturan perundangan bidang politik yang kuat",
            "Tersedianya Sistem Informasi Partai Politik yang andal dan berkualitas",
            "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas",
        ]),
        ("Menyelenggarakan Pemilu Serentak yang demokratis, tepat waktu, efisien, dan efektif", [
            "Terwujudnya Pendidikan Pemilih Kepemiluan dan Demokrasi untuk seluruh lapisan masyarakat",
            "Terwujudnya koordinasi penyelenggaraan kepemiluan yang sesuai dengan Standar Pelayanan "
            "Publik, disertai pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu "
            "berbasis teknologi informasi yang terintegrasi",
        ]),
        ("Mewujudkan Pemilu Serentak yang Langsung, Umum, Bebas, Rahasia, Jujur dan Adil", [
            "Terwujudnya Pemilu Serentak dengan tingkat partisipasi yang tinggi disertai "
            "penyelesaian sengketa hukum yang baik",
        ]),
    ],
    # Programme codes: REFERENCE.md (budget section 076); texts: seed baris 1742-1810.
    "program": [
        ("076.01.WA", "Program Dukungan Manajemen",
         "Meningkatnya kualitas dukungan manajemen dan pelaksanaan tugas teknis lainnya", [
             "Menyelenggarakan tata kelola/manajemen kelembagaan berdasarkan pada kualifikasi, "
             "kompetensi, dan kinerja secara adil dan wajar (merit system)",
             "Menyusun pedoman teknis dan pelaksanaan dari setiap kebijakan dan peraturan yang ditetapkan",
             "Memberikan fasilitasi pembinaan sumber daya manusia, pelayanan dan administrasi "
             "kepegawaian di lingkungan KPU",
             "Menyelenggarakan pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu "
             "berbasis teknologi informasi secara berkelanjutan yang terintegrasi",
             "Menyediakan dokumen perencanaan dan penganggaran, koordinasi antar Lembaga, data dan "
             "informasi serta monitoring dan evaluasi",
             "Meningkatkan transparansi dan akuntabilitas pengelolaan administrasi keuangan di "
             "lingkungan Sekretariat KPU",
             "Menyelenggarakan dukungan operasional dan pemeliharaan perkantoran sehari-hari",
             "Menyelenggarakan pengadaan dan pengelolaan aset KPU secara optimal",
         ]),
        ("076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "", [
            "Memfasilitasi penyelenggaraan tahapan Pemilu (Pemilu Presiden dan Wakil Presiden, "
            "Pemilihan Anggota DPR, DPD dan DPRD, serta Pemilihan Gubernur dan Wakil Gubernur, "
            "Bupati dan Wakil Bupati, dan/atau Walikota dan Wakil Walikota)",
            "Melakukan koordinasi dengan segenap pemangku kepentingan, baik pada tahap persiapan, "
            "penyelenggaraan maupun setelah Pemilu",
            "Pendayagunaan penyelenggara Pemilu secara optimal untuk terwujudnya Pemilu yang "
            "langsung, umum, bebas, jujur, adil, transparan, akuntabel, dan berintegritas",
            "Meningkatkan kapasitas SDM dalam mengelola logistik Pemilu/Pemilihan secara tepat "
            "waktu, tepat jumlah, tepat jenis, tepat kualitas, dan tepat sasaran",
            "Menyiapkan pendokumentasian informasi hukum, advokasi hukum, dan penyuluhannya",
            "Memfasilitasi Pendidikan pemilih yang berkelanjutan",
        ]),
    ],
}

# The reconciled PK 2024 (see DATA.md). Per sasaran kegiatan: text, programme (only where
# the seed ties it: a budget code or a programme's stated outcome), source, indicators.
# Per indicator: kode, name, unit ("persen"/"predikat"), IKU?, yearly target text, whether
# the yearly target is in the seed, measurement, subbagian, cara menghitung, source.
PK_2024 = [
    {
        "uraian": "Terwujudnya Tahapan Pemilu/Pemilihan Sesuai Jadwal",
        "program": "076.01.CQ",
        "sumber": sumber("Tabel 2.1 no. 1; Tabel 2.2 no. 1; Tabel 3.1 no. 1; Bab III bagian 1",
                         "1860-1871, 2149-2157, 2564-2572, 3133-3141"),
        "indikator": [{
            "kode": "1.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": True,
            "nama": "Persentase penyelenggaraan Pemilu/Pemilihan sesuai jadwal",
            "subbagian": "Teknis & Hupmas", "frekuensi": "triwulanan", "agregasi": "terakhir",
            "cara": "Tahapan Pemilu/Pemilihan yang dilaksanakan sesuai jadwal PKPU tahapan dibagi "
                    "tahapan yang dijadwalkan sampai akhir periode, dikali 100%.",
            "sumber_data": "Jadwal tahapan (PKPU 3/2022) dan berita acara pelaksanaan tahapan.",
            # Bab III bagian 1.b and 1.c: sub-kegiatan CQ.6889 and CQ.6890, target and realisasi 100%.
            "realisasi_tw4": ("100", sumber("Bab III bagian 1.b-1.c, realisasi sub-kegiatan CQ.6889 "
                                            "dan CQ.6890 100%", "3195-3221, 3307-3332")),
        }],
    },
    {
        "uraian": "Terwujudnya Pengelolaan Perencanaan Program dan Anggaran Pemilu",
        "program": "076.01.CQ",
        "sumber": sumber("Tabel 2.2 no. 2; Tabel 3.1 no. 2; Bab III bagian 2",
                         "2168-2180, 2583-2593, 3507-3518"),
        "indikator": [{
            "kode": "2.1", "iku": False, "satuan": "persen", "target": "100", "target_seed": True,
            "nama": "Persentase fasilitasi pengelolaan perencanaan program dan anggaran Pemilu "
                    "oleh KPU Kota Probolinggo",
            "subbagian": "Rendatin", "frekuensi": "triwulanan", "agregasi": "terakhir",
            "cara": "Dokumen perencanaan program dan anggaran yang diselesaikan dibagi dokumen yang "
                    "wajib disusun, dikali 100%.",
            "sumber_data": "DIPA, revisi DIPA, RKB, dan laporan rapat koordinasi perencanaan.",
            "realisasi_tw4": ("100", sumber("Bab III bagian 2, realisasi sub-kegiatan CQ6709 100%",
                                            "3533-3560")),
        }],
    },
    {
        "uraian": "Terbentuknya Badan Penyelenggara Ad Hoc",
        "program": "076.01.CQ",
        "sumber": sumber("Tabel 2.2 no. 3; Tabel 3.1 no. 3; Bab III bagian 3",
                         "2190-2200, 2604-2614, 3631-3680"),
        "indikator": [{
            "kode": "3.1", "iku": False, "satuan": "persen", "target": "100", "target_seed": True,
            "nama": "Persentase badan ad hoc yang dipersiapkan dan dibentuk",
            "subbagian": "Hukum & SDM", "frekuensi": "tahunan", "agregasi": "terakhir",
            "rasio": ("Badan ad hoc (PPK dan PPS) yang dibentuk",
                      "Badan ad hoc yang harus dibentuk (1 PPK per kecamatan, 1 PPS per kelurahan)"),
            "cara": "Jumlah PPK dan PPS yang dibentuk dibagi jumlah yang harus dibentuk, dikali 100%.",
            "sumber_data": "SK pembentukan dan berita acara pelantikan PPK dan PPS (SIAKBA).",
            # 5 PPK (25 anggota, 5 kecamatan) and 29 PPS (87 anggota, 29 kelurahan): 34 of 34.
            "rasio_tw4": ("34", "34", sumber(
                "Bab III bagian 3: realisasi CO.6867 100%; 25 anggota PPK dari 5 kecamatan; 87 anggota "
                "PPS dari 29 kelurahan", "3668-3681, 3708, 3737-3738")),
        }],
    },
    {
        "uraian": "Terlaksananya fasilitasi pengelolaan data kebutuhan, pengadaan, pendistribusian, "
                  "serta pemeliharaan dan inventarisasi logistik Pemilu/Pemilihan",
        "program": "076.01.CQ",
        "sumber": sumber("Tabel 2.1 no. 2; Tabel 2.2 no. 4 (Ketersediaan Logistik Pemilu); Tabel 3.1 "
                         "no. 4; Bab III bagian 4", "1873-1899, 2205-2210, 2618-2626, 3830-3884"),
        "indikator": [
            {
                "kode": "4.1", "iku": False, "satuan": "persen", "target": "100", "target_seed": True,
                "nama": "Persentase penyediaan logistik Pemilu",
                "subbagian": "KUL", "frekuensi": "triwulanan", "agregasi": "terakhir",
                "cara": "Jenis logistik yang tersedia di gudang sesuai kebutuhan dibagi jenis logistik "
                        "yang dibutuhkan, dikali 100%.",
                "sumber_data": "Berita acara penerimaan logistik dan laporan SILOG.",
                "realisasi_tw4": ("100", sumber("Bab III bagian 4, realisasi sub-kegiatan CQ.6871 100%",
                                                "3870-3890")),
            },
            {
                "kode": "4.2", "iku": True, "satuan": "persen", "target": "100", "target_seed": False,
                "nama": "Persentase logistik yang dipelihara dan diinventarisasi sesuai dengan "
                        "ketentuan yang berlaku",
                "subbagian": "KUL", "frekuensi": "semesteran", "agregasi": "terakhir",
                "cara": "Jenis logistik yang tercatat dan dipelihara sesuai ketentuan dibagi jenis "
                        "logistik yang dikelola, dikali 100%.",
                "sumber_data": "Kartu inventaris gudang logistik.",
            },
        ],
    },
    {
        "uraian": "Terlaksananya penetapan Keputusan KPU Kota Probolinggo sesuai ketentuan "
                  "perundang-undangan, serta pendokumentasian informasi hukum dan penyuluhannya",
        "program": "076.01.CQ",
        "sumber": sumber("Tabel 2.1 no. 3; Tabel 2.2 baris tanpa nomor sesudah no. 4",
                         "1912-1935, 2212-2239"),
        "indikator": [{
            "kode": "5.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": True,
            "nama": "Persentase rancangan Keputusan KPU Kota Probolinggo yang disusun dan "
                    "diharmonisasi tepat waktu sesuai dengan Kerangka Regulasi KPU",
            "subbagian": "Hukum & SDM", "frekuensi": "triwulanan", "agregasi": "kumulatif",
            "rasio": ("Rancangan keputusan yang selesai tepat waktu", "Rancangan keputusan yang disusun"),
            "cara": "Rancangan keputusan yang selesai diharmonisasi tepat waktu dibagi rancangan "
                    "keputusan yang disusun; dijumlah dahulu per tahun, lalu dibagi.",
            "sumber_data": "Register produk hukum (JDIH).",
        }],
    },
    {
        "uraian": "Terlaksananya proses seleksi anggota KPU Provinsi dan KPU Kabupaten/Kota sesuai "
                  "peraturan perundang-undangan yang berlaku",
        "program": None,
        "sumber": sumber("Tabel 2.2 no. 5; Tabel 3.1 no. 5; Bab III bagian 5", "2245-2258, 2640-2656, 3976-4003"),
        "indikator": [{
            "kode": "6.1", "iku": False, "satuan": "persen", "target": "100", "target_seed": True,
            "nama": "Persentase anggota KPU Provinsi yang diseleksi sesuai dengan periode masa "
                    "jabatan dan PAW",
            "subbagian": "Hukum & SDM", "frekuensi": "tahunan", "agregasi": "terakhir",
            "cara": "Seleksi yang difasilitasi sesuai jadwal masa jabatan dan PAW dibagi seleksi yang "
                    "wajib dilaksanakan, dikali 100%.",
            "sumber_data": "Dokumen seleksi dan SK penetapan.",
        }],
    },
    {
        "uraian": "Terlaksananya penyelesaian sengketa dan pelayanan pertimbangan hukum",
        "program": "076.01.CQ",
        "sumber": sumber("Tabel 2.2 no. 6; Tabel 3.1 no. 6; Bab III bagian 6", "2264-2279, 2664-2682, 4020-4040"),
        "indikator": [{
            "kode": "7.1", "iku": False, "satuan": "persen", "target": "89", "target_seed": True,
            "nama": "Persentase sengketa hukum yang dimenangkan KPU",
            "subbagian": "Hukum & SDM", "frekuensi": "triwulanan", "agregasi": "kumulatif",
            "rasio": ("Sengketa yang dimenangkan KPU", "Sengketa yang telah diputus"),
            "cara": "Sengketa yang dimenangkan dibagi sengketa yang diputus pada tahun berjalan, "
                    "dikali 100%. Bila tidak ada sengketa, capaian tidak dapat dihitung.",
            "sumber_data": "Register perkara dan putusan.",
            # Tabel 3.2 no. 3, kolom kendala: "Belum ada sengketa hukum".
            "rasio_semua": ("0", "0", sumber("Tabel 3.2 no. 3, kendala “Belum ada sengketa hukum”",
                                             "4283-4292, 4376-4415")),
        }],
    },
    {
        "uraian": "Meningkatnya kualitas layanan informasi dan data yang cepat serta akurat",
        "program": "076.01.WA",
        "sumber": sumber("Tabel 2.1 no. 4; Tabel 2.2 no. 7; Tabel 3.1 no. 7; Bab III bagian 7",
                         "1944-1986, 2285-2300, 2689-2710, 4076-4101"),
        "indikator": [
            {
                "kode": "8.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": False,
                "nama": "Persentase permohonan informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP",
                "subbagian": "Rendatin", "frekuensi": "triwulanan", "agregasi": "kumulatif",
                "rasio": ("Permohonan informasi yang dijawab sesuai SOP", "Permohonan informasi yang masuk"),
                "cara": "Permohonan yang dijawab dalam batas waktu UU 14/2008 dibagi permohonan yang "
                        "masuk; dijumlah dahulu per tahun, lalu dibagi.",
                "sumber_data": "Register permohonan informasi PPID.",
            },
            {
                "kode": "8.2", "iku": True, "satuan": "persen", "target": "100", "target_seed": True,
                "nama": "Persentase informasi dan publikasi tahapan Pemilu/Pemilihan yang ditampilkan "
                        "di media publikasi KPU Kota Probolinggo paling lambat 1 hari kerja",
                "subbagian": "Teknis & Hupmas", "frekuensi": "triwulanan", "agregasi": "kumulatif",
                "rasio": ("Informasi tahapan yang terbit paling lambat 1 hari kerja",
                          "Informasi tahapan yang wajib dipublikasikan"),
                "cara": "Informasi tahapan yang terbit paling lambat 1 hari kerja sesudah kegiatan "
                        "dibagi informasi yang wajib dipublikasikan.",
                "sumber_data": "Register publikasi laman dan media sosial resmi.",
            },
        ],
    },
    {
        "uraian": "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU",
        "program": "076.01.WA",
        "sumber": sumber("Tabel 2.1 no. 5; Tabel 2.2 no. 8; Tabel 3.1 no. 8; Bab III bagian 8",
                         "1988-2014, 2305-2340, 2725-2775, 4118-4170"),
        "indikator": [
            {
                "kode": "9.1", "iku": True, "satuan": "predikat", "target": "minimal B", "target_seed": True,
                "nama": "Nilai hasil evaluasi mandiri atas akuntabilitas kinerja KPU Kota Probolinggo",
                "subbagian": "Rendatin", "frekuensi": "tahunan", "agregasi": "terakhir",
                "cara": "Predikat hasil evaluasi mandiri AKIP (PermenPANRB 88/2021).",
                "sumber_data": "Lembar Kerja Evaluasi (LKE) AKIP.",
            },
            {
                "kode": "9.2", "iku": False, "satuan": "persen", "target": "100", "target_seed": True,
                "nama": "Persentase tersusunnya laporan keuangan KPU Kota Probolinggo",
                "subbagian": "KUL", "frekuensi": "triwulanan", "agregasi": "kumulatif",
                "rasio": ("Laporan keuangan yang tersusun tepat waktu", "Laporan keuangan yang wajib disusun"),
                "cara": "Laporan keuangan (bulanan, semesteran, tahunan) yang tersusun tepat waktu "
                        "dibagi laporan yang wajib disusun.",
                "sumber_data": "SAKTI dan arsip laporan keuangan.",
            },
            {
                "kode": "9.3", "iku": False, "satuan": "persen", "target": "100", "target_seed": True,
                "nama": "Persentase KPU Provinsi dan KPU Kabupaten/Kota yang mendapat nilai minimal B "
                        "untuk penilaian mandiri Reformasi Birokrasi",
                "subbagian": "Rendatin", "frekuensi": "tahunan", "agregasi": "terakhir",
                "cara": "Sebagaimana tercantum di PK (indikator tingkat KPU RI; lihat DATA.md).",
                "sumber_data": "Hasil penilaian mandiri Reformasi Birokrasi.",
            },
        ],
    },
    {
        "uraian": "Meningkatnya pembinaan perbendaharaan",
        "program": "076.01.WA",
        "sumber": sumber("Tabel 2.1 no. 6", "2016-2044"),
        "indikator": [{
            "kode": "10.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": False,
            "nama": "Persentase penyelesaian pertanggungjawaban penggunaan anggaran sesuai kebutuhan",
            "subbagian": "KUL", "frekuensi": "triwulanan", "agregasi": "terakhir",
            "cara": "Pertanggungjawaban (SPJ) yang diselesaikan dibagi kegiatan yang wajib dipertanggungjawabkan.",
            "sumber_data": "Register SPJ dan SP2D.",
        }],
    },
    {
        "uraian": "Meningkatnya tertib administrasi dan pengelolaan sumber daya manusia",
        "program": "076.01.WA",
        "sumber": sumber("Tabel 2.1 no. 7", "2046-2074"),
        "indikator": [{
            "kode": "11.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": False,
            "nama": "Persentase pegawai yang mendapat layanan administrasi kepegawaian tepat waktu",
            "subbagian": "Hukum & SDM", "frekuensi": "triwulanan", "agregasi": "kumulatif",
            "rasio": ("Layanan kepegawaian yang selesai tepat waktu", "Layanan kepegawaian yang diajukan"),
            "cara": "Layanan kepegawaian (kenaikan pangkat, gaji berkala, cuti) yang selesai tepat "
                    "waktu dibagi layanan yang diajukan.",
            "sumber_data": "Register layanan kepegawaian.",
        }],
    },
    {
        "uraian": "Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU",
        "program": "076.01.WA",
        "sumber": sumber("Tabel 2.1 no. 8", "2076-2099"),
        "indikator": [{
            "kode": "12.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": False,
            "nama": "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja "
                    "pegawai yang berfungsi dengan baik",
            "subbagian": "KUL", "frekuensi": "semesteran", "agregasi": "terakhir",
            "cara": "Sarana dan prasarana berfungsi baik dibagi sarana dan prasarana yang dibutuhkan.",
            "sumber_data": "Daftar barang milik negara dan laporan pemeliharaan.",
        }],
    },
    {
        "uraian": "Terwujudnya Data Pemilih Secara Berkelanjutan",
        "program": "076.01.WA",
        "sumber": sumber("Tabel 2.1 no. 9; Bab III bagian 9", "2101-2123, 4217-4240"),
        "indikator": [{
            "kode": "13.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": True,
            "nama": "Persentase pelaksanaan pemutakhiran daftar pemilih berkelanjutan secara tepat waktu",
            "subbagian": "Rendatin", "frekuensi": "triwulanan", "agregasi": "kumulatif",
            "rasio": ("Rekapitulasi daftar pemilih berkelanjutan yang ditetapkan tepat waktu",
                      "Rekapitulasi yang dijadwalkan"),
            "cara": "Rapat pleno rekapitulasi pemutakhiran data pemilih berkelanjutan yang "
                    "terlaksana tepat waktu dibagi yang dijadwalkan.",
            "sumber_data": "Berita acara rekapitulasi PDPB.",
        }],
    },
]

PK_SUMBER = sumber("sasaran, indikator, dan target: Tabel 2.2 dan Tabel 3.1, dicocokkan dengan "
                   "Tabel 2.1 dan Bab III (lihat DATA.md)", "1847-2340, 2553-2775")
PK_PENANDATANGAN = {
    # Not in the seed: example placeholders, labelled as such.
    "pihak_pertama_nama": "Pihak Pertama (contoh)",
    "pihak_pertama_jabatan": "Sekretaris KPU Kota Probolinggo",
    "pihak_kedua_nama": "Pihak Kedua (contoh)",
    "pihak_kedua_jabatan": "Ketua KPU Kota Probolinggo",
}
