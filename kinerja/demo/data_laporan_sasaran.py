"""The demo report's per-sasaran narrative and its table of obstacles, in the seed's own words
(see data_laporan.py for how the texts were taken; corrections in data_laporan_koreksi.py)."""

from kinerja.demo.data import sumber
from kinerja.demo.data_laporan import _p


# --- Per sasaran kegiatan of PK 2024, keyed by its nomor (data.PK_2024 order, 1..13) ---------
# nomor -> {"analisis" | "penyebab" | "solusi": (text, sumber)}
# The seed's Bab III "B. Analisis Capaian Kinerja" (seed baris 2436-4750) has text for
# sasaran 1-4 and 7 (its bagian 1-4 and 6), a program description under sasaran 9 (bagian
# 8), and a narrative of the Pemilu and Pemilihan 2024 stages (2783-3123) whose parts are
# about sasaran 1, 3, 8 and 13. Its bagian 5 (sasaran 6), 7 (sasaran 8) and 9 (sasaran 13)
# are target tables only. Sasaran 5, 6, 10, 11 and 12 have no text in the seed (5, 10, 11
# and 12 have a row in HAMBATAN). Most of what Bab III tells happened in 2023 (its
# activities are dated 2023, its budget percentages are per "akhir bulan Desember 2023");
# those dates are the seed's and are kept (DATA.md, "Realisasi, and what year they truly
# describe"). Photo captions ("Gambar 3. ...") and the names of persons are left out.

NARASI_SASARAN = {
    1: {
        "analisis": (_p(
            "Pada indikator kinerja ini cara menghitung capaian adalah pelaksanaan tahapan Pemilu di Kota "
            "Probolinggo sesuai dengan jadwal.",
            "Penetapan Jumlah Kursi dan Penetapan Daerah Pemilihan",
            "Jumlah daerah pemilihan (dapil) Pemilu Tahun 2024 di Kota Probolinggo berubah. Pada Pemilu 2019 "
            "lalu 3 dapil, sementara Pemilu 2024 nanti menjadi 5 dapil atau sama dengan jumlah kecamatan. "
            "Perubahan dapil tersebut setelah KPU RI menerbitkan PKPU Nomor 6 Tahun 2023 tentang Daerah "
            "Pemilihan (Dapil) dan Alokasi Kursi DPR, DPRD Provinsi, dan DPRD Kabupaten/Kota dalam Pemilu "
            "Tahun 2024, yang ditetapkan Ketua KPU RI, Senin (6/2/2023). Dapil Kota Probolinggo 1 "
            "(Kecamatan Kanigaran) dengan 8 kursi; "
            "dapil Kota Probolinggo 2 (Kecamatan Mayangan) dengan 8 kursi; dapil Kota Probolinggo 3 "
            "(Kecamatan Wonoasih) dengan 4 kursi; dapil Kota Probolinggo 4 (Kecamatan Kedopok) dengan 5 "
            "kursi; dan dapil Kota Probolinggo 5 (Kecamatan Kademangan) dengan 5 kursi.",
            "Pencalonan Anggota DPRD Kota Probolinggo",
            "KPU Kota Probolinggo menetapkan Daftar Calon Tetap Anggota DPRD Kota Probolinggo dalam rapat "
            "pleno, Jumat (3/11/2023). Total ada 296 orang calon anggota legislatif (caleg), dengan "
            "rinciannya 168 caleg laki-laki dan 128 caleg perempuan dari 17 parpol peserta Pemilu 2024 di "
            "Kota Probolinggo.",
            "Penetapan Anggota Terpilih DPRD Kota Probolinggo dalam Pemilu 2024",
            "KPU Kota Probolinggo secara resmi mengumumkan perolehan kursi dan caleg terpilih pada Pemilu "
            "2024. Terdapat 30 kursi di DPRD Kota Probolinggo yang tersebar pada 5 (lima) Daerah Pemilihan "
            "(Dapil) berdasarkan Keputusan KPU Kota Probolinggo Nomor 136 Tahun 2024 tentang Penetapan "
            "Perolehan Kursi Partai Politik Peserta Pemilihan Umum Anggota Dewan Perwakilan Rakyat Daerah "
            "Kota Probolinggo dalam Pemilihan Umum Tahun 2024. Sementara penetapan calon terpilih "
            "berdasarkan "
            "Keputusan KPU Kota Probolinggo Nomor 137 Tahun 2024 tentang Penetapan Calon Terpilih Anggota "
            "Dewan Perwakilan Rakyat Daerah Kota Probolinggo dalam Pemilihan Umum Tahun 2024.",
            "Terwujudnya Tahapan Pemilihan Gubernur dan Wakil Gubernur, dan Walikota dan Wakil Walikota",
            "KPU Kota Probolinggo menggelar Debat Publik Kedua pada Pemilihan Wali Kota dan Wakil Wali Kota "
            "Probolinggo Tahun 2024, Jumat (15/11/2024). KPU Kota Probolinggo menggelar Rapat Pleno "
            "Terbuka Rekapitulasi Penghitungan "
            "Perolehan Suara Tingkat Kota Probolinggo pada Pemilihan Gubernur dan Wakil Gubernur Jawa Timur, "
            "serta Wali Kota dan Wakil Wali Kota Probolinggo Tahun 2024, Selasa (3/12/2024).",
        ), sumber("Bab III.B bagian 1 dan uraian tahapan Pemilu/Pemilihan 2024",
                  "3152-3154, 2801-2840, 2946-2975, 3012-3014, 3080-3082, 3114-3120")),
        "solusi": (_p(
            "Ketua KPU Kota Probolinggo mengatakan, perubahan dapil tersebut sesuai dengan salah satu "
            "rancangan yang sudah disusun oleh KPU Kota Probolinggo. “Kami melakukan 3 rancangan penataan "
            "dapil. Yakni, 3 dapil, 4 dapil, dan 5 dapil,” terangnya, Selasa (7/2/2023). Rancangan tersebut "
            "juga melibatkan stakeholder terkait. Sebelumnya, KPU Kota Probolinggo telah melakukan dua kali "
            "Focus Group Discussion (FGD) dan satu kali uji publik. Dalam forum-forum tersebut, juga "
            "dihadiri "
            "partai politik, Bawaslu, Forkopimda, perguruan tinggi, organisasi kemasyarakatan, organisasi "
            "kepemudaan, organisasi kemahasiswaan, serta wartawan.",
            "KPU Kota Probolinggo menyosialisasikan PKPU Nomor 6 Tahun 2023 tentang Daerah Pemilihan DPR RI, "
            "DPRD Provinsi, dan DPRD Kabupaten/Kota untuk Pemilu Tahun 2024, Rabu (15/3/2023). Dalam "
            "sosialisasi tersebut, juga disampaikan tahapan mengenai pencalonan DPRD Kota Probolinggo pada "
            "perwakilan "
            "partai politik.",
            "KPU Kota Probolinggo menggelar Sosialisasi Tata Cara Pengajuan Bakal Calon Anggota DPRD, Selasa "
            "(18/4/2023). Kegiatan tersebut digelar menyambut tahapan pendaftaran bakal calon anggota DPRD. "
            "Komisioner KPU Kota Probolinggo Divisi Teknis Penyelenggaraan mengatakan, Peraturan KPU "
            "berkaitan "
            "dengan pencalonan anggota DPR maupun DPRD memang belum turun. Namun, pihaknya tetap perlu "
            "menyosialisasikan tata cara pengajuan bacaleg.",
            "Proses verifikasi administrasi (vermin) Bakal Calon Anggota DPRD (BCAD) Kota Probolinggo "
            "dirampungkan tim verifikator KPU Kota Probolinggo. Hasilnya, kemudian diplenokan yang dipantau "
            "Komisioner KPU setempat, Kamis (22/6/2023). Ketua Divisi Teknis Penyelenggaraan KPU Kota "
            "Probolinggo mengatakan, pihaknya telah menuntaskan proses vermin sesuai dengan jadwal yang "
            "ditentukan. Yakni, mulai 15 Mei hingga 23 Juni 2023. Dalam rapat pleno tersebut, tim "
            "verifikator menjelaskan indikator-indikator mana "
            "saja yang tidak terpenuhi pada masing-masing BCAD sehingga statusnya dinyatakan BMS. Dalam "
            "pleno "
            "itu pula, disampaikan hal-hal yang bersifat strategis agar proses perbaikan nanti lebih "
            "maksimal. "
            "Status sebagian besar BCAD di Kota Probolinggo masih Belum Memenuhi Syarat (BMS). Artinya, BCAD "
            "yang statusnya BMS, maka wajib melakukan perbaikan di masa pengajuan perbaikan dokumen "
            "persyaratan bakal calon. Yakni, 26 Juni sampai 9 Juli 2023.",
        ), sumber("Bab III.B bagian 1.b-1.c", "3235-3251, 3280-3302, 3411-3417, 3439-3445, 3452-3489")),
    },
    2: {
        "analisis": (_p(
            "Berdasarkan tabel di atas, dapat disimpulkan bahwa capaian realisasi kinerja maupun keuangan "
            "untuk kegiatan Perencanaan dan Penganggaran Pemilu berada dalam kategori berhasil, karena "
            "kegiatan yang dilaksanakan telah mendekati target indikator kinerja.",
            "Pada kegiatan output ini, realisasi anggaran mengacu pada penyerapan anggaran pada akhir bulan "
            "Desember 2023 yakni mencapai persentase realisasi 96,08%. Realisasi anggaran KPU Kota "
            "Probolinggo "
            "pada kegiatan Perencanaan dan Penganggaran Pemilu sebesar Rp1.543.807.520.",
            "Perencanaan dan Penganggaran Pemilu pada Tahapan Pemilu 2024 di tahun 2023 antara lain:",
            "1. Pengelolaan Program dan Anggaran Pemilu dan Pemilihan Serentak 2024, berupa revisi DIPA dan "
            "penyusunan Rencana Kebutuhan Biaya (RKB) Pemilihan Serentak Tahun 2024;",
            "2. Sosialisasi Juknis Anggaran dan Pengelolaan Keuangan, yaitu dilaksanakan dengan mengikuti "
            "dan "
            "menghadiri kegiatan Rapat Koordinasi dan Rapat Kerja Sosialisasi Peraturan dan Petunjuk Teknis "
            "Anggaran dan Pengelolaan Keuangan yang dilaksanakan oleh KPU Provinsi Jawa Timur maupun oleh "
            "KPU "
            "RI;",
            "3. Penyusunan sarana dan prasarana KPU Kota Probolinggo, yang disampaikan dalam Rapat "
            "Koordinasi "
            "dengan KPU Provinsi Jawa Timur;",
            "4. Dukungan Tahapan lainnya, yaitu melaksanakan fasilitasi kegiatan tahapan Pemilu 2024 di "
            "tahun "
            "2023 seperti anggaran rapat-rapat, konsultasi, dan kegiatan penyusunan Rencana Kebutuhan Biaya "
            "(RKB) Pemilihan Serentak 2024 di tahun anggaran 2023. Salah satu contohnya adalah Konsolidasi "
            "Nasional yang dilaksanakan oleh KPU RI.",
        ), sumber("Bab III.B bagian 2; bagian 1.a (Perencanaan dan Penganggaran Pemilu)",
                  "3567-3585, 3154-3189")),
        "penyebab": (
            "Anggaran kegiatan Perencanaan dan Penganggaran Pemilu yang tidak dapat terealisasi adalah pada "
            "akun belanja Paket Meeting Dalam Kota.",
            sumber("Bab III.B bagian 2", "3579-3585")),
        "solusi": (_p(
            "KPU Kota Probolinggo menggelar Rapat Koordinasi (Rakor) Pelaksanaan Rencana Kerja dan Anggaran "
            "Pemilu Tahun 2024, Senin (20/3/2023). Tidak hanya melibatkan internal, rakor tersebut juga "
            "melibatkan Ketua, Anggota, serta Sekretaris PPK se-Kota Probolinggo. Ketua KPU Kota Probolinggo "
            "mengatakan, rakor tersebut digelar untuk membahas program dan anggaran di tahun 2023. “Rakor "
            "ini "
            "menjadi kegiatan yang penting untuk mengetahui sejauh mana kesiapan kita dalam merencanakan "
            "program maupun anggaran di tahun ini,” katanya.",
            "Karena itu, KPU juga menghadirkan PPK dan sekretariat PPK, karena mereka juga dituntut untuk "
            "melaksanakan program. Termasuk di antaranya mempertanggungjawabkan pengelolaan keuangan, dalam "
            "anggaran yang menjadi kewenangan PPK. Harapannya, program kerja dan anggaran yang dilakukan KPU "
            "seirama dengan yang dilakukan PPK.",
        ), sumber("Bab III.B bagian 2", "3590-3612")),
    },
    3: {
        "analisis": (_p(
            "Kegiatan yang dilakukan dalam indikator kinerja ini adalah melakukan pembentukan Badan Adhoc. "
            "Berdasarkan tabel di atas, dapat disimpulkan bahwa capaian realisasi kinerja maupun keuangan "
            "untuk kegiatan Pembentukan/Seleksi Badan Adhoc berada dalam kategori cukup berhasil, karena "
            "kegiatan yang dilaksanakan telah mendekati target indikator kinerja. Pada kegiatan output ini, "
            "realisasi anggaran mengacu pada penyerapan anggaran pada akhir bulan Desember 2023 yakni "
            "mencapai persentase realisasi 98,61%. Realisasi anggaran KPU Kota Probolinggo pada kegiatan "
            "Pembentukan Badan Adhoc sebesar Rp6.304.369.008.",
            "Proses pembentukan badan adhoc Panitia Pemilihan Kecamatan (PPK) untuk Pemilu Tahun 2024 "
            "diakhiri dengan proses pelantikan dan pengucapan sumpah janji, Rabu (4/1/2023). Total, ada 25 "
            "anggota PPK yang dilantik dari 5 kecamatan yang ada di Kota Probolinggo.",
            "KPU Kota Probolinggo resmi mengukuhkan dan melantik Panitia Pemungutan Suara (PPS) pada Pemilu "
            "tahun 2024, Selasa (24/1/2023). Total, ada 87 orang dari 29 kelurahan di 5 kecamatan dalam "
            "pelantikan di ruang sidang utama DPRD Kota Probolinggo. Seluruh calon anggota PPS kemudian "
            "menjalani proses pelantikan. Mulai pembacaan Surat Keputusan (SK) pengangkatan, serah terima SK "
            "pengangkatan secara simbolis, hingga pengambilan sumpah dan janji, penandatanganan Berita Acara "
            "(BA) sumpah dan janji secara simbolis, dan pembacaan pakta integritas.",
            "Sekretariat Panitia Pemilihan Kecamatan (PPK) resmi dikukuhkan oleh KPU Kota Probolinggo, Kamis "
            "(16/3/2023). Tidak hanya sekretariat, Tenaga Pendukung PPK juga dikukuhkan dalam waktu yang "
            "sama. "
            "Dengan dikukuhkannya sekretariat dan tenaga pendukung, tugas PPK semakin terbantu. Total ada 25 "
            "orang yang dikukuhkan. Rinciannya, 15 orang sekretariat PPK dan 10 orang tenaga pendukung PPK.",
        ), sumber("Bab III.B bagian 3", "3652-3664, 3691-3693, 3704-3710, 3735-3741, 3755-3763, "
                                        "3770-3780")),
        "penyebab": (_p(
            "Proses pembentukan badan adhoc Pemilu 2024 ini jauh lebih mudah dibandingkan dengan Pemilu "
            "sebelumnya. Yakni dengan penggunaan aplikasi Sistem Informasi Anggota KPU dan Badan Adhoc "
            "(SIAKBA), sehingga pendaftar tidak perlu menyerahkan berkas fisik dalam proses administrasi. "
            "Tinggal menyiapkan file, ada yang dalam bentuk pdf maupun jpg. Kemudian buat akun di aplikasi "
            "SIAKBA, tentu harus punya email. Seluruh berkas persyaratan diunggah di akun SIAKBA pendaftar "
            "masing-masing. Ini memudahkan, baik bagi peserta maupun KPU.",
        ), sumber("uraian tahapan Pemilihan 2024, pembentukan badan ad hoc", "3039-3051")),
        "solusi": (_p(
            "Proses pembentukan badan adhoc Pemilu tahun 2024 tengah disiapkan oleh KPU Kota Probolinggo. Di "
            "antaranya dengan melakukan sosialisasi pada stakeholder terkait, agar semakin banyak masyarakat "
            "yang terlibat menjadi peserta. Proses pembentukan badan adhoc memang menunggu PKPU yang menjadi "
            "rujukan. Namun begitu, pihaknya tetap bisa melakukan kegiatan berkaitan dengan tahapan "
            "tersebut. "
            "Di antaranya tentu saja koordinasi dan sosialisasi. Sejauh ini, kami sudah berkoordinasi dengan "
            "banyak pihak. Baik itu organisasi kemasyarakatan, organisasi kepemudaan, organisasi "
            "kemahasiswaan, kelompok masyarakat, hingga pemerintah kota. Hingga unsur kelurahan.",
            "Proses pengisian badan adhoc yang tidak bisa melanjutkan tugasnya direspons cepat oleh KPU Kota "
            "Probolinggo. Terbaru, KPU melantik 4 anggota PPS melalui mekanisme Penggantian Antar Waktu "
            "(PAW), Senin "
            "(10/4/2023). Termasuk satu staf sekretariat PPS yang juga melalui proses serupa. Proses "
            "pelantikan tersebut telah melalui mekanisme PAW sesuai dengan PKPU Nomor 8 Tahun 2022 tentang "
            "Pembentukan dan Tata Kerja Badan Adhoc Pemilu tahun 2024. Di antaranya proses verifikasi dan "
            "klarifikasi pada calon penggantinya.",
        ), sumber("uraian tahapan Pemilihan 2024, pembentukan badan ad hoc; Bab III.B bagian 3.d",
                  "3020-3038, 3793-3799, 3811-3819")),
    },
    4: {
        "analisis": (_p(
            "Logistik Pemilihan Umum adalah perlengkapan penyelenggaraan yang digunakan dalam pemilihan "
            "anggota legislatif, pemilihan Presiden dan Wakil Presiden yang terdiri atas perlengkapan "
            "pemungutan suara, dukungan perlengkapan lainnya, serta bahan sosialisasi dan kampanye. Sasaran "
            "terwujudnya dukungan logistik dalam penyelenggaraan Pemilu/Pemilihan dapat diukur melalui "
            "indikator yang ditetapkan oleh Sekretariat KPU Kota Probolinggo. Untuk mengatur secara spesifik "
            "mengenai kebutuhan logistik dalam Penyelenggaraan Pemilihan Umum, Komisi Pemilihan Umum "
            "menetapkan Peraturan Komisi Pemilihan Umum Nomor 15 Tahun 2018 Tentang Norma, Standar, "
            "Prosedur, "
            "Kebutuhan Pengadaan dan Pendistribusian Perlengkapan Penyelenggaraan Pemilihan Umum.",
            "Kegiatan yang dilakukan dalam indikator kinerja ini adalah penyiapan dan pengelolaan logistik "
            "Pemilu. Berdasarkan tabel di atas, dapat disimpulkan bahwa capaian realisasi kinerja maupun "
            "keuangan untuk pengelolaan logistik Pemilu berada dalam kategori cukup berhasil, karena "
            "kegiatan "
            "yang dilaksanakan hampir mendekati target indikator kinerja. Pada kegiatan output ini, "
            "realisasi "
            "anggaran mengacu pada penyerapan anggaran pada akhir bulan Desember 2023 yakni mencapai "
            "persentase realisasi 89,54%. Realisasi anggaran KPU Kota Probolinggo pada kegiatan pengelolaan "
            "logistik pemilu sebesar Rp1.276.764.042.",
            "KPU Kota Probolinggo menggelar Doa Bersama dan Konsolidasi Daerah (Konsolda) dalam Rangka "
            "Kesiapan Logistik Pemilu Tahun 2024, Rabu (27/12/2023). Kegiatan tersebut dihadiri hampir 400 "
            "orang dari berbagai unsur masyarakat. Di antaranya Forkopimda Kota Probolinggo, instansi "
            "terkait, "
            "organisasi kemasyarakatan, badan adhoc Pemilu, dan masyarakat umum. Tidak kurang 18 item "
            "logistik "
            "telah sampai di gudang KPU. Seperti kotak suara sebanyak 3.355 buah. Termasuk di antaranya "
            "segel, "
            "segel plastik, alat bantu coblos, tanda pengenal, lem, alat tulis, kantong plastik, karet "
            "pengikat "
            "dan label identitas kotak suara.",
        ), sumber("Bab III.B bagian 4", "3846-3866, 3899-3916, 3926-3946")),
        "penyebab": (
            "Anggaran kegiatan pengelolaan logistik pemilu yang tidak dapat terealisasi adalah pada akun "
            "Perjalanan Dinas Biasa.",
            sumber("Bab III.B bagian 4", "3911-3916")),
        "solusi": (_p(
            "Menjelang penetapan dan pengumuman Daftar Calon Tetap (DCT) Anggota DPRD Probolinggo, KPU Kota "
            "Probolinggo menggelar approval desain surat suara Pemilu Tahun 2024, Kamis (2/11/2023). Hal itu "
            "dilakukan menghindari kesalahan pencetakan surat suara. Ketua KPU Kota Probolinggo mengatakan, "
            "proses approval ini merupakan tindaklanjut dalam proses penyiapan logistik Pemilu. “Salah satu "
            "logistik Pemilu adalah surat suara yang akan dicoblos oleh pemilih di dalam TPS. Karena itu, "
            "perlu disiapkan dengan baik dan tanpa kesalahan,” terangnya. Beberapa waktu yang lalu, dirinya "
            "dengan Komisioner Divisi Teknis Penyelenggaraan KPU Kota Probolinggo diundang KPU RI dalam "
            "rangka "
            "Rapat Koordinasi Finalisasi Pengisian dan Verifikasi Data Calon Anggota DPRD. Menindaklanjuti "
            "kegiatan tersebut, pihaknya melakukan approval bersama parpol.",
        ), sumber("Bab III.B bagian 4.B Logistik Pemilu", "3953-3975")),
    },
    7: {
        "solusi": (_p(
            "Komisi Pemilihan Umum Kota Probolinggo demi meningkatnya kapasitas dan kredibilitas organisasi "
            "penyelenggara Pemilihan Umum di Komisi Pemilihan Umum Kota Probolinggo. Kebijakan-kebijakan "
            "yang "
            "akan dilaksanakan dalam program tersebut adalah: Penyiapan Penyusunan Rancangan Peraturan KPU, "
            "Advokasi, Penyelesaian Sengketa dan Penyuluhan Peraturan Perundang-Undangan yang berkaitan "
            "dengan "
            "penyelenggaraan Pemilu, antara lain Penyuluhan Peraturan Perundang-undangan Pemilu dan "
            "Pemilukada.",
            "KPU Kota Probolinggo mengikuti kegiatan Bimbingan Teknis (Bimtek) Penanganan Sengketa Proses "
            "Pemilu Tahun 2024. Kegiatan yang digelar oleh KPU RI tersebut dilaksanakan selama tiga hari, "
            "yakni Selasa-Kamis (4-6/4/2023). Bimtek yang digelar di Hotel Swiss-BeLHotel Batam tersebut, "
            "mengundang anggota KPU Divisi Hukum dan "
            "Pengawasan serta Kasubbag Hukum dan SDM KPU Provinsi dan KPU Kabupaten/Kota se Indonesia.",
        ), sumber("Bab III.B bagian 6", "4042-4054, 4065-4075")),
    },
    8: {
        # The publication of the DCT: the part of the seed's narrative of the candidacy stage
        # that is about indicator 8.2 (publication of the stages in KPU's media).
        "solusi": (_p(
            "Sesuai dengan program dan tahapan pencalonan anggota DPR, DPD, DPRD Provinsi, dan DPRD "
            "Kabupaten/Kota, pengumuman Daftar Calon Tetap (DCT) akan dilakukan Sabtu (4/11/2023). Selain "
            "melalui laman dan media sosial resmi KPU Kota Probolinggo, DCT juga "
            "akan diumumkan melalui baliho dan juga papan pengumuman di kecamatan dan kelurahan.",
            "Selain itu, KPU Kota Probolinggo juga mengumumkan melalui media cetak dan media online serta "
            "radio untuk masyarakat bisa mengakses informasi mengenai DCT dengan lebih luas.",
        ), sumber("uraian tahapan Pemilu 2024, pencalonan anggota DPRD", "2874-2887")),
    },
    9: {
        "analisis": (_p(
            "Program ini merupakan program generik KPU Kota Probolinggo dengan sasaran program (outcome) "
            "yang "
            "hendak dicapai adalah meningkatnya kapasitas SDM yang berkompeten, terwujudnya dukungan sarana "
            "dan prasarana guna meningkatkan kelancaran tugas KPU, meningkatnya akuntabilitas keuangan dan "
            "kinerja KPU, serta terwujudnya data pemilih secara berkelanjutan. Adapun indikator kinerja "
            "programnya adalah persentase kesesuaian kompetensi pegawai terhadap standar kompetensi "
            "penugasannya; persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja "
            "pegawai "
            "yang berfungsi dengan baik; nilai evaluasi atas akuntabilitas kinerja KPU; opini BPK atas "
            "laporan "
            "keuangan KPU serta persentase pemutakhiran data pemilih tepat waktu.",
        ), sumber("Bab III.B bagian 8", "4155-4173")),
        "solusi": (_p(
            "Arah kebijakan program ini mencakup:",
            "1) Menyelenggarakan tata kelola/manajemen kelembagaan berdasarkan pada kualifikasi, kompetensi, "
            "dan kinerja secara adil dan wajar (merit system);",
            "2) Menyusun pedoman teknis dan pelaksanaan dari setiap kebijakan dan peraturan yang ditetapkan;",
            "3) Menyusun SOP setiap eselon (jabatan), disertai pengukuran indikator kinerjanya di setiap "
            "eselon (jabatan);",
            "4) Menyelenggarakan pelayanan dan administrasi kepegawaian di lingkungan KPU Kota Probolinggo;",
            "5) Menyelenggarakan pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu "
            "berbasis "
            "teknologi informasi secara berkelanjutan yang terintegrasi;",
            "6) Menyediakan dokumen perencanaan dan penganggaran, koordinasi antar lembaga, data dan "
            "informasi "
            "serta monitoring dan evaluasi;",
            "7) Meningkatkan transparansi dan akuntabilitas pengelolaan administrasi keuangan di lingkungan "
            "KPU Kota Probolinggo;",
            "8) Melaksanakan evaluasi dan reviu kegiatan-kegiatan di lingkungan KPU Kota Probolinggo;",
            "9) Optimalisasi pembinaan, pengawasan penyelenggaraan Pemilu;",
            "10) Menyelenggarakan dukungan operasional dan pemeliharaan perkantoran sehari-hari untuk KPU "
            "Kota "
            "Probolinggo; dan",
            "11) Menyelenggarakan pengadaan dan pengelolaan aset KPU Kota Probolinggo secara optimal.",
        ), sumber("Bab III.B bagian 8, arah kebijakan program", "4173-4216")),
    },
    13: {
        # The seed's bagian 9 is a target table only; its text on voter data is the
        # "Pemutakhiran Data Pemilih" stage of the 2024 narrative.
        "analisis": (_p(
            "Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 di Kota Probolinggo akhirnya ditetapkan sejumlah "
            "178.502 pemilih. Hal itu terungkap dalam Rapat Pleno Terbuka Rekapitulasi DPT yang digelar KPU "
            "Kota Probolinggo, Rabu (21/6/2023).",
            "Rinciannya yakni, 87.460 pemilih laki-laki dan 91.042 pemilih perempuan. Pemilih tersebut "
            "tersebar di 669 Tempat Pemungutan Suara (TPS) di 29 kelurahan yang ada di 5 kecamatan. Termasuk "
            "3 TPS di lokasi TPS khusus. Yakni, 2 TPS yang ada di Lapas Klas IIB Probolinggo dan satu TPS di "
            "Pesantren Riyadlus Sholihin.",
            "KPU Kota Probolinggo telah merampungkan seluruh tahapan data pemilih untuk Pemilu Tahun 2024. "
            "Mulai dari pemutakhiran yang dilakukan Pantarlih, kemudian dilanjutkan ke kelurahan, kecamatan, "
            "dan kota dengan tahapan DPHP, DPS, DPSHP, DPSHP Akhir, dan DPT.",
            "Jika merujuk pada Pemilu Tahun 2019, ada penambahan sekitar 13.868 pemilih pada Pemilu Tahun "
            "2024. Diketahui, jumlah pemilih pada Pemilu 2019 di Kota Probolinggo mencapai 164.634 pemilih.",
            "KPU Kota Probolinggo mengeluarkan Penetapan Hasil Rekapitulasi Daftar Pemilih Tetap (DPT) pada "
            "Pemilihan Gubernur dan Wakil Gubernur Jawa Timur serta Wali Kota dan Wakil Wali Kota "
            "Probolinggo "
            "Tahun 2024.",
        ), sumber("uraian tahapan Pemilu/Pemilihan 2024, pemutakhiran data pemilih dan DPT",
                  "2899-2932, 2938-2942, 3053-3059")),
    },
}


# --- Hambatan, kendala, rencana tindak lanjut ------------------------------------------------
# (sasaran nomor or None, hambatan, kendala, tindak_lanjut, sumber)
# Tabel 3.2 (seed baris 4283-4680), one row per sasaran of Tabel 2.1; the seed introduces it
# as the analysis of 2023 (4250-4254). Its second row for the information sasaran (4476-4496,
# indicator 8.2) has only a rencana tindak lanjut, the same as the row above it; it is not
# repeated. The general row is Bab III.B "2. Analisis ... penyebab keberhasilan dan hambatan
# serta alternatif solusi" (4686-4748): its hambatan and alternatif solusi, no kendala.

def _tabel_3_2(baris: str) -> str:
    return sumber("Tabel 3.2 Hambatan dan Kendala (analisis 2023)", baris)


HAMBATAN = [
    (1, "PKPU Tahapan ditetapkan", "Penyusunan Rencana Kerja merujuk PKPU Tahapan",
     "Melaksanakan kegiatan Tahapan Pemilu", _tabel_3_2("4295-4318")),
    (4, "Gudang Logistik Belum memadai", "Biaya Pemeliharaan gudang logistik belum ada",
     "Memaksimalkan penggunaan gudang logistik yang ada", _tabel_3_2("4326-4367")),
    (5, "Bimbingan teknis penyusunan produk hukum", "Belum ada sengketa hukum",
     "Pelaksanaan penyuluhan produk hukum secara internal", _tabel_3_2("4376-4421")),
    (8, "Belum banyak masyarakat yang mengakses PPID dan belum banyak masyarakat yang mengakses media "
        "publikasi",
     "Kurangnya kegiatan sosialisasi PPID dan Informasi terkait dengan Pemilu dan pemilihan serentak "
     "cenderung dinamis",
     "Tetap melaksanakan PPID sesuai dengan SOP yang sudah ada dan Melaksanakan publikasi kegiatan dan "
     "informasi dengan rutin dan update", _tabel_3_2("4422-4496")),
    (9, "Perlu adanya penilaian dari internal agar lebih objektif", "Koordinasi antar Divisi",
     "Menindaklanjuti hasil-hasil evaluasi yang ada sebagai evaluasi kedepan", _tabel_3_2("4504-4534")),
    (10, "Permintaan data terkait keuangan cenderung dinamis", "Waktu untuk pemrosesan data",
     "Membangun manajemen keuangan yang lebih baik", _tabel_3_2("4539-4559")),
    (11, "Perpindahan tugas SDM dari Sub Bagian KUL ke Subbag Hukum",
     "Memerlukan waktu transisi bagi masing-masing Subbag untuk proses penyesuaian",
     "Tetap melaksanakan kegiatan dan rapat untuk koordinasi antar divisi terkait", _tabel_3_2("4565-4595")),
    (12, "Minim biaya perawatan dan pemeliharaan gedung",
     "Beberapa sarana penunjang perlu perbaikan dan penambahan",
     "Memaksimalkan biaya yang ada untuk pemeliharaan", _tabel_3_2("4596-4628")),
    (13, "Belum tingginya kesadaran dan antusiasme masyarakat untuk melakukan pemutakhiran data secara "
         "mandiri",
     "Belum semua masyarakat menguasai cara pemutakhiran data pemilih mandiri secara digital",
     "Kerjasama dengan stakeholder pemilu untuk mendapatkan input data pemilih", _tabel_3_2("4636-4680")),
    (None,
     "Seringnya dilakukan revisi anggaran terhadap beberapa kegiatan di unit kerja, sarana dan prasarana "
     "untuk mendukung pelaksanaan kegiatan belum sepenuhnya terpenuhi, seperti belum tersedianya sistem "
     "informasi bersama internal KPU Kota Probolinggo, ruang kerja yang masih sangat terbatas, ruang rapat "
     "internal sangat terbatas dan belum memadainya gudang penyimpanan ATK dan Barang Milik Negara dan masih "
     "kurang maksimalnya upaya pencapaian keberhasilan sukses visi, misi dan tujuan program kerja KPU Kota "
     "Probolinggo yang telah ditetapkan bukan hanya diukur semata-mata dari pencapaian indikator kinerja "
     "akan tetapi konsistensi sikap mental, disiplin dan keikhlasan seluruh aparatur dalam melaksanakan "
     "kebijaksanaan untuk meningkatkan kinerja sesuai fungsinya masing-masing.",
     "",
     "Melaksanakan koordinasi internal melalui arahan Sekretaris KPU Kota Probolinggo selaku Kuasa Pengguna "
     "Anggaran guna memaksimalkan pelaksanaan kegiatan pada unit kerja KPU Kota Probolinggo. Kegiatan ini "
     "melibatkan setiap unsur pelaksana anggaran baik PPK (Pejabat Pembuat Komitmen), Penanggungjawab "
     "Kegiatan, maupun koordinasi dengan KPU Provinsi Jawa Timur dan KPU RI, mendorong percepatan "
     "penyelesaian pelaksanaan kegiatan Pengadaan Barang dan Jasa dan dilakukannya upaya-upaya peningkatan "
     "kapasitas penyelenggara pemilu, kegiatan bimbingan teknis kepemiluan dan sosialisasi teknis "
     "penyelenggaraan pemilu.",
     sumber("Bab III.B butir 2 b) penyebab hambatan dan c) alternatif solusi", "4702-4748")),
]
