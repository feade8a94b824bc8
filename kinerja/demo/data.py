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
    "sumber": sumber("Bab II.B, visi", "1556-1558"),
    "misi_sumber": sumber("Bab II.B, misi a)-f)", "1589-1610"),
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
    ],  # seed baris 1589-1610
    # Bab II.B, the Renstra's goals as the seed words them (seed baris 1636-1644); the seed
    # links no sasaran to them.
    "tujuan_renstra": [
        "Meningkatkan kapasitas dan kualitas pelaksana Pemilu/pemilihan",
        "Meningkatkan pemahaman tentang hak dan kewajiban politik rakyat dalam Pemilu/pemilihan",
        "Melaksanakan Undang-Undang di bidang politik secara murni dan konsekuen",
    ],
    "tujuan_renstra_sumber": sumber("Bab II.B Rencana Strategis 2020-2024, tujuan a)-c)", "1630-1644"),
    # Bab II.C "Tujuan dan Sasaran Strategis" (seed baris 1665-1679); the sasaran strategis
    # (1701-1736) hang off these.
    "tujuan_sumber": sumber("Bab II.C, tujuan a-c", "1665-1679"),
    "sasaran_strategis_sumber": sumber("Bab II.C, sasaran strategis per tujuan", "1701-1736"),
    "tujuan": [
        ("Mewujudkan Komisi Pemilihan Umum yang mandiri, professional, dan berintegritas", [
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
    # Programme codes: REFERENCE.md (budget section 076); arah kebijakan: Bab II.C (seed baris
    # 1742-1820); the WA outcome: Bab I.E (seed baris 1142-1144). The seed states no outcome
    # for the CQ programme.
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
             "Menyelenggarakan dukungan operasional dan pemeliharaan perkantoran sehari-hari di "
             "lingkungan KPU Kabupaten",
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
                         "1860-1875, 2149-2157, 2564-2572, 3133-3141"),
        "indikator": [{
            "kode": "1.1", "iku": True, "satuan": "persen", "target": "100", "target_seed": True,
            "nama": "Persentase penyelenggaraan Pemilu/Pemilihan sesuai jadwal",
            "subbagian": "Teknis & Hupmas", "frekuensi": "triwulanan", "agregasi": "terakhir",
            "cara": "Tahapan Pemilu/Pemilihan yang dilaksanakan sesuai jadwal PKPU tahapan dibagi "
                    "tahapan yang dijadwalkan sampai akhir periode, dikali 100%.",
            "sumber_data": "Jadwal tahapan (PKPU 3/2022) dan berita acara pelaksanaan tahapan.",
            # Bab III bagian 1.b and 1.c: sub-kegiatan CQ.6889 and CQ.6890, target and realisasi 100%.
            "realisasi_tw4": ("100", sumber("Bab III bagian 1.b-1.c, realisasi output CQ.6889 dan "
                                            "CQ.6890 100%, kegiatan Februari-Juli 2023",
                                            "3152-3156, 3195-3221, 3307-3339")),
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
            "realisasi_tw4": ("100", sumber("Bab III bagian 2, realisasi output CQ6709 100%, per akhir "
                                            "Desember 2023", "3533-3585")),
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
                "Bab III bagian 3: CO.6867 100% per akhir Desember 2023; 5 PPK dilantik 4/1/2023, "
                "29 PPS dilantik 24/1/2023", "3652-3685, 3704-3710, 3735-3741")),
        }],
    },
    {
        "uraian": "Terlaksananya fasilitasi pengelolaan data kebutuhan, pengadaan, pendistribusian, "
                  "serta pemeliharaan dan inventarisasi logistik Pemilu/Pemilihan",
        "program": "076.01.CQ",
        "sumber": sumber("Tabel 2.1 no. 2; Tabel 2.2 no. 4 (Ketersediaan Logistik Pemilu); Tabel 3.1 "
                         "no. 4; Bab III bagian 4", "1881-1905, 2205-2210, 2618-2626, 3830-3884"),
        "indikator": [
            {
                "kode": "4.1", "iku": False, "satuan": "persen", "target": "100", "target_seed": True,
                "nama": "Persentase penyediaan logistik Pemilu",
                "subbagian": "KUL", "frekuensi": "triwulanan", "agregasi": "terakhir",
                "cara": "Jenis logistik yang tersedia di gudang sesuai kebutuhan dibagi jenis logistik "
                        "yang dibutuhkan, dikali 100%.",
                "sumber_data": "Berita acara penerimaan logistik dan laporan SILOG.",
                "realisasi_tw4": ("100", sumber("Bab III bagian 4, realisasi output CQ.6871 100%, per "
                                                "akhir Desember 2023", "3870-3916")),
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
                         "1911-1936, 2212-2239"),
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
            # No count of disputes in the seed. Tabel 3.2 no. 3 (the row of sasaran 5, in the
            # analysis of 2023) says "Belumada sengketa hukum": the example uses 0 of 0.
            "contoh_rasio_semua": ("0", "0", "Nilai contoh: seed tidak memuat jumlah sengketa. Tabel "
                                   "3.2 no. 3 (baris sasaran Keputusan KPU, analisis tahun 2023, seed "
                                   "baris 4376-4421) menyebut “Belumada sengketa hukum”; contoh ini "
                                   "memakai 0 dari 0."),
        }],
    },
    {
        "uraian": "Meningkatnya kualitas layanan informasi dan data yang cepat serta akurat",
        "program": "076.01.WA",
        "sumber": sumber("Tabel 2.1 no. 4; Tabel 2.2 no. 7; Tabel 3.1 no. 7; Bab III bagian 7",
                         "1942-1979, 2285-2300, 2689-2710, 4076-4101"),
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
                         "1985-2006, 2305-2340, 2725-2775, 4118-4170"),
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
        "sumber": sumber("Tabel 2.1 no. 6", "2012-2035"),
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
        "sumber": sumber("Tabel 2.1 no. 7", "2041-2065"),
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
        "sumber": sumber("Tabel 2.1 no. 8", "2071-2094"),
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
        "sumber": sumber("Tabel 2.1 no. 9; Bab III bagian 9", "2095-2118, 4217-4246"),
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


PROGRAM_SUMBER = {
    "076.01.WA": sumber("Bab I.E (outcome) dan Bab II.C butir 1) (arah kebijakan a-h)", "1138-1144, 1742-1778"),
    "076.01.CQ": sumber("Bab II.C butir 2) (arah kebijakan a-f); seed tidak menyebut outcome-nya",
                        "1788-1820"),
}

# Indikator kinerja program, as the seed states them; it gives no target and no realisasi
# for any of them, so none is loaded.
INDIKATOR_PROGRAM = {
    "076.01.WA": [
        ("Prosentase fasilitasi pembentukan lembaga riset kepemiluan dan operasionalisasinya",
         sumber("Bab I.E, indikator program a)", "1160-1166")),
        ("Prosentase Pemutakhiran Data Pemilih melalui sinergitas dan sinkronisasi dengan Dukcapil "
         "Provinsi, Kabupaten dan Kota", sumber("Bab I.E, indikator program b)", "1168-1170")),
        ("Prosentase pembinaan SDM, pelayanan dan administrasi kepegawaian di lingkungan Setjen KPU",
         sumber("Bab I.E, indikator program c)", "1172-1174")),
        ("Persentase kesesuaian kompetensi pegawai terhadap standar kompetensi penugasannya",
         sumber("Bab III bagian 8, indikator kinerja program generik", "4163-4173")),
        ("Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja pegawai yang "
         "berfungsi dengan baik", sumber("Bab III bagian 8, indikator kinerja program generik", "4163-4173")),
        ("Nilai evaluasi atas akuntabilitas kinerja KPU",
         sumber("Bab III bagian 8, indikator kinerja program generik", "4163-4173")),
        ("Opini BPK atas laporan keuangan KPU",
         sumber("Bab III bagian 8, indikator kinerja program generik", "4171")),
        ("Persentase pemutakhiran data pemilih tepat waktu",
         sumber("Bab III bagian 8, indikator kinerja program generik", "4163-4173")),
    ],
}

# Tabel 2.1 "Keterangan" per IKU (seed baris 1860-2118): the seed's own words.
KETERANGAN_IKU = {
    "1.1": ("Melaksanakan Kegiatan Tahapan Pemilu", "1873-1875"),
    "4.2": ("Memaksimalkan penggunaan gudang logistik yang ada", "1902-1905"),
    "5.1": ("Pelaksanaan penyuluhan produk Hukum secara internal", "1933-1936"),
    "8.1": ("Tetap melaksanakan PPID sesuai dengan SOP yang sudah ada", "1961-1965"),
    "8.2": ("Melaksanakan Publikasi kegiatan dan informasi dengan rutin dan update", "1975-1979"),
    "9.1": ("Menindaklanjuti hasil-hasil evaluasi yang ada sebagai evaluasi kedepan", "2002-2006"),
    "10.1": ("Membangun managemen keuangan yang lebih baik", "2032-2035"),
    "11.1": ("Tetap melaksanakan kegiatan dan rapat untuk koordinasi antar divisi terkait", "2060-2065"),
    "12.1": ("Memaksimalkan biaya yang ada untuk pemeliharaan", "2091-2094"),
    "13.1": ("Kerjasama dengan stake holder pemilu untuk mendapatkan input data pemilih", "2113-2118"),
}

# Tabel 3.2 "Hambatan dan Kendala" (seed baris 4283-4680), per sasaran of Tabel 2.1; the seed
# introduces it as the analysis of 2023 (seed baris 4250-4254). Verbatim, typos included.
# kode: (hambatan, kendala, rencana tindak lanjut, seed baris)
TABEL_3_2 = {
    "1.1": ("PKPU Tahapan di tetapkan", "Penyusuanan Rencana Kerja merujuk PKPU Tahaoan",
            "Melaksanakan kegiatan Tahapan Pemilu", "4295-4318"),
    "4.1": ("Gudang Logistik Belum memadai", "Biaya Pemeliharaan gudang logistik belum ada",
            "Memaksimalkan penggunaan gudang logistik yang ada", "4326-4367"),
    "4.2": ("Gudang Logistik Belum memadai", "Biaya Pemeliharaan gudang logistik belum ada",
            "Memaksimalkan penggunaan gudang logistik yang ada", "4326-4367"),
    "5.1": ("Bimbingan teknis penyusunan produk hukum", "Belumada sengketa hukum",
            "Pelaksanaan penyululuhan produk hukum secara internal", "4376-4421"),
    "8.1": ("Belum banyak masyarakat yang mengakses PPID dan belum banyak masyarakat yang mengakses "
            "media publikasi",
            "Kurangnya kegiatan sosialisasi PPID dan Informasi terkait dengan Pemilu dan pemilihan "
            "serentak cenderung dinamis",
            "Tetap melaksanakan PPID sesuai dengan SOP yang sudah ada dan Melaksanakan publikasi "
            "kegiatan dan informasi dengan rutin dan update", "4422-4472"),
    "8.2": ("Belum banyak masyarakat yang mengakses PPID dan belum banyak masyarakat yang mengakses "
            "media publikasi",
            "Kurangnya kegiatan sosialisasi PPID dan Informasi terkait dengan Pemilu dan pemilihan "
            "serentak cenderung dinamis",
            "Melaksanakan Publikasi kegiatan dan informasi dengan rutin dan update", "4422-4496"),
    "9.1": ("Perlu adanya penilaian dari internal agar lebih pbjektif", "Koordinasi antar Divisi",
            "Menindaklanjuti hasil=hasil evaluasi yang sebagai evaluasi kedepan", "4504-4534"),
    "10.1": ("Permintaan data terkait keuangan cenderung dinamis", "Waktu untuk pemrosesan data",
             "Membangun managemen keuangan yang lebih baik", "4539-4559"),
    "11.1": ("Perpindahan tugas SDM dari Sub Bagian KUL ke Subbag Hukum",
             "Memerlukan waktu transisi bagi masing-masing Subbag untuk proses penyesuaian",
             "Tetap melaksanakan kegiatan dan rapat untuk koordinasi antar divisi terkait", "4565-4595"),
    "12.1": ("Minim biaya peraawatan dan pemeliharaan gedung",
             "Beberapa sarana penunjang perlu perbaikan dan penambahan",
             "Memaksimalkan biaya yang ada untuk pemeliharaan", "4596-4628"),
    "13.1": ("Belum tingginya kesadaran dan antusiasme masyarakat untuk melakukan pemutakhiran data "
             "secara mandiri",
             "Belum semua masyarakat menguasai cara pemutakhiran data pemilih mandiri secara digital",
             "Kerjasama dengan stake holder pemilu untuk mendapatkan input data pemilih", "4636-4680"),
}

# What the seed itself says of the figures loaded as TW IV realisasi (Bab III), and the
# dating it gives them: all four describe 2023 activity reported in the 2024 report.
ANALISIS_TW4 = {
    "1.1": "LKj 2024 Bab III bagian 1 tidak memberi penilaian atas capaian ini. Angka 100% adalah "
           "realisasi output sub-kegiatan CQ.6889 dan CQ.6890 (penetapan kursi dan dapil; "
           "pencalonan), yang menurut narasi seed dilaksanakan Februari–Juli 2023 (“Pada Tahapan "
           "Pemilu 2024 di tahun 2023”, seed baris 3154-3156). Seed tidak memuat angka tahapan "
           "tahun 2024.",
    "2.1": "LKj 2024 Bab III bagian 2: “capaian realisasi kinerja maupun keuangan untuk kegiatan "
           "Perencanaan dan Penganggaran Pemilu berada dalam kategori berhasil, karena kegiatan "
           "yang dilaksanakan telah mendekati target indikator kinerja” (seed baris 3567-3573). "
           "Realisasi mengacu pada penyerapan “pada akhir bulan Desember 2023” (seed baris "
           "3575-3585): angka tahun 2023 yang disajikan sebagai capaian 2024.",
    "3.1": "LKj 2024 Bab III bagian 3: capaian “berada dalam kategori cukup berhasil, karena "
           "kegiatan yang dilaksanakan telah mendekati target indikator kinerja” (seed baris "
           "3652-3664). 34 dari 34 badan ad hoc adalah 5 PPK yang dilantik Rabu (4/1/2023) dan 29 "
           "PPS yang dilantik Selasa (24/1/2023) untuk Pemilu 2024; realisasi anggaran per akhir "
           "Desember 2023. Seed tidak memuat jumlah badan ad hoc yang dibentuk pada 2024.",
    "4.1": "LKj 2024 Bab III bagian 4: capaian “berada dalam kategori cukup berhasil, karena "
           "kegiatan yang dilaksanakan hampir mendekati target indikator kinerja” (seed baris "
           "3899-3916). Realisasi mengacu pada penyerapan “pada akhir bulan Desember 2023”; "
           "18 item logistik di gudang per Rabu (27/12/2023) (seed baris 3926-3946).",
}


# Budget 2024 (issue 8). Tabel 3.3 gives the total; Bab III gives five sub-kegiatan lines of
# programme 076.01.CQ with their pagu and realisasi and an output target and realisasi of
# 100% each. The remaining pagu is not broken down in the seed: it is one line, named so.
# The seed prints 96,80% for CQ6709; its own figures give 96,08%, which kinerja computes.
ANGGARAN_TOTAL = {"pagu": 40_377_837_000, "realisasi": 33_195_683_152,
                  "sumber": sumber("Tabel 3.3 Anggaran dan Realisasi APBN 2024", "4767-4783")}
ANGGARAN_PROGRAM = ("076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
                    sumber("Bab II.C butir 2), nama program; kode 076.01.CQ dari kode sub-kegiatan Bab III",
                           "1788"))
# (kegiatan, uraian, pagu, realisasi, nomor sasaran kegiatan, seed lines)
ANGGARAN_KEGIATAN = [
    ("6889", "Penetapan Jumlah Kursi dan Penetapan Daerah Pemilihan", 178_805_000, 172_993_522, 1, "3195-3222"),
    ("6890", "Pencalonan Presiden dan Wakil Presiden serta Pencalonan Anggota DPR, DPD, DPRD Provinsi "
             "dan DPRD Kabupaten/Kota", 366_053_000, 343_832_533, 1, "3307-3340"),
    ("6709", "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggaraan "
             "Pemilu", 1_606_783_000, 1_543_807_520, 2, "3533-3560"),
    # the seed writes "CO.6867": a typing error for CQ (no programme CO in section 076)
    ("6867", "Pembentukan/Seleksi Badan Adhoc Pemilu", 6_393_056_000, 6_304_369_008, 3, "3666-3685"),
    ("6871", "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik", 1_425_978_000, 1_276_764_042, 4,
     "3868-3895"),
]
ANGGARAN_TIDAK_DIRINCI = "Pagu lain yang tidak dirinci dalam LKj 2024 (program 076.01.WA dan kegiatan lain)"
# The sasaran the five Bab III lines do not fund (5-13: legal products, selection, disputes,
# information, accountability, treasury, staff, facilities, voter data) are linked to the remainder line,
# which holds programme 076.01.WA (Dukungan Manajemen) and the other kegiatan; the link is an
# example (the seed says nothing of how they are funded), stated in the line's source.
SASARAN_TIDAK_DIRINCI = list(range(5, 14))
SUMBER_SASARAN_TIDAK_DIRINCI = "contoh: sasaran 5-13 dikaitkan ke baris ini (seed tidak merinci pendanaannya)"
