"""Example narrative for what the seed does not say, so that the demo report has no empty
section: the causes and solutions of the sasaran the seed does not discuss, and obstacle rows
for the sasaran its Tabel 3.2 leaves out. Every block is written for the demo, is loaded with
``contoh=True`` and shows as *contoh* on the report page and in the report. The texts state no
figure of their own (the report's tables carry the figures) and say nothing the demo's data
contradicts: where capaian is below target or cannot be computed, the text says so, and an
obstacle the seed's Tabel 3.2 names is the one a cause refers to (sasaran 7 quotes the row of
sasaran 5, "Belum ada sengketa hukum"; 11, 12 and 13 their own rows)."""

CONTOH_PENYEBAB = "contoh: ditulis untuk demo; seed tidak menguraikan penyebab keberhasilan atau kegagalan sasaran ini"
CONTOH_SOLUSI = "contoh: ditulis untuk demo; seed tidak menguraikan solusi untuk sasaran ini"
CONTOH_HAMBATAN = "contoh: ditulis untuk demo; Tabel 3.2 seed tidak memuat baris untuk sasaran ini"

# nomor of the sasaran in PK 2024 -> text
PENYEBAB = {
    1: "Pada akhir tahun seluruh tahapan Pemilu dan Pemilihan 2024 yang menjadi tugas KPU Kota Probolinggo "
       "telah dilaksanakan sesuai jadwal. Keberhasilan ini ditopang oleh rencana kerja yang disusun merujuk PKPU tentang tahapan "
       "sejak awal tahun, penanggung jawab yang ditetapkan untuk setiap tahapan, dan badan ad hoc yang "
       "terbentuk tepat waktu sehingga pelaksanaan di tingkat kecamatan dan kelurahan tidak tertunda.",
    5: "Capaian belum memenuhi target karena sebagian rancangan keputusan harus disusun dalam waktu singkat "
       "ketika jadwal tahapan Pemilihan 2024 berubah, sehingga harmonisasinya selesai melewati batas waktu. "
       "Rancangan keputusan lainnya selesai tepat waktu karena telah tersedia format baku dan daftar periksa "
       "penyusunan produk hukum.",
    6: "Usulan penggantian antarwaktu dan fasilitasi seleksi yang menjadi bagian KPU Kota Probolinggo "
       "diselesaikan sesuai periode masa jabatan, karena berkasnya disiapkan sebelum batas waktu yang "
       "ditetapkan KPU RI dan dikoordinasikan dengan KPU Provinsi Jawa Timur.",
    7: "Capaian tidak dapat dihitung karena sepanjang tahun tidak ada sengketa hukum yang diajukan terhadap "
       "KPU Kota Probolinggo (tabel hambatan sasaran 5: “Belum ada sengketa hukum”). Tidak adanya sengketa didukung oleh "
       "produk hukum yang disusun sesuai ketentuan dan pendampingan hukum pada setiap tahapan.",
    8: "Setiap permohonan informasi ditindaklanjuti sesuai SOP PPID dan setiap tahapan dipublikasikan di laman "
       "KPU, media sosial dan media massa, karena petugas PPID dan pengelola media telah ditetapkan dan "
       "jadwal publikasi mengikuti jadwal tahapan.",
    9: "Nilai evaluasi mandiri atas akuntabilitas kinerja melampaui target minimal B karena dokumen "
       "perencanaan, pengukuran dan pelaporan kinerja disusun tepat waktu dan saling terhubung. Laporan "
       "keuangan belum tersusun penuh karena sebagian data pendukung dari unit kerja diterima setelah batas "
       "waktu penyusunan, dan penilaian yang menjadi indikator ketiga belum seluruhnya mencapai nilai minimal "
       "B sehingga target indikator itu belum terpenuhi.",
    10: "Pertanggungjawaban penggunaan anggaran diselesaikan sesuai kebutuhan karena bendahara dan PPK "
        "memverifikasi bukti setiap bulan sehingga tidak menumpuk pada akhir tahun.",
    11: "Sebagian kecil layanan administrasi kepegawaian selesai melewati waktu karena perpindahan tugas SDM "
        "dari Subbagian KUL ke Subbagian Hukum memerlukan masa penyesuaian (tabel hambatan).",
    12: "Sarana dan prasarana yang dibutuhkan pegawai untuk bekerja tersedia dan berfungsi karena pengadaan dan "
        "pemeliharaan diprioritaskan pada kebutuhan yang mendesak, meskipun biaya perawatan gedung terbatas dan "
        "beberapa sarana penunjang masih perlu perbaikan dan penambahan (tabel hambatan).",
    13: "Pemutakhiran daftar pemilih berkelanjutan dilaksanakan setiap bulan; sebagian kecil rekapitulasinya "
        "tidak tepat waktu karena menunggu data perubahan dari Dinas Kependudukan dan Pencatatan Sipil dan "
        "karena pemutakhiran mandiri oleh masyarakat masih rendah.",
}

SOLUSI = {
    5: "Menyusun jadwal penyusunan rancangan keputusan untuk setiap tahapan sejak awal tahun dan "
       "mengharmonisasikan setiap rancangan bersama subbagian terkait sebelum diajukan kepada pimpinan.",
    6: "Menyiapkan berkas usulan penggantian antarwaktu segera setelah ada anggota yang berhenti dan "
       "berkoordinasi dengan KPU Provinsi Jawa Timur tentang jadwal seleksi.",
    10: "Memverifikasi bukti pertanggungjawaban setiap bulan dan mengingatkan penanggung jawab kegiatan "
        "sebelum batas waktu penyampaian.",
    11: "Menetapkan pembagian tugas kepegawaian yang baru secara tertulis dan memantau waktu penyelesaian "
        "setiap layanan setiap bulan.",
    12: "Menyusun daftar prioritas pemeliharaan sarana dan prasarana dan mengusulkan tambahan biaya "
        "pemeliharaan dalam revisi anggaran.",
    13: "Berkoordinasi setiap bulan dengan Dinas Kependudukan dan Pencatatan Sipil dan pemangku kepentingan "
        "pemilu untuk data perubahan pemilih, dan menyosialisasikan layanan pemutakhiran mandiri.",
}

# (nomor, hambatan, kendala, rencana tindak lanjut)
HAMBATAN = [
    (2, "Revisi anggaran berulang selama tahapan Pemilu dan Pemilihan",
     "Kebutuhan kegiatan berubah mengikuti perubahan jadwal tahapan",
     "Menyusun rencana penarikan dana per bulan dan memantaunya bersama PPK"),
    (3, "Pergantian antarwaktu anggota PPS",
     "Anggota yang berhenti harus segera diganti agar tahapan tidak terganggu",
     "Menyiapkan daftar calon pengganti dari hasil seleksi dan memproses penggantian segera"),
    (6, "Jadwal seleksi ditetapkan KPU RI dan dapat berubah",
     "Waktu persiapan fasilitasi seleksi singkat",
     "Berkoordinasi dengan KPU Provinsi Jawa Timur dan menyiapkan sarana seleksi lebih awal"),
    (7, "Capaian indikator tidak dapat diukur karena tidak ada sengketa hukum",
     "Indikator bergantung pada ada atau tidaknya sengketa",
     "Mengusulkan indikator yang tetap terukur tanpa sengketa dalam Renstra 2025–2029"),
]
