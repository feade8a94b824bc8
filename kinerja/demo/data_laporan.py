"""The narrative blocks of the demo's Laporan Kinerja 2024, in the seed's own words.

Each text is taken from the seed (``seed/lkj-kpu-kota-probolinggo-2024.txt``), with its line
numbers in ``sumber``. The PDF's hard line breaks are joined, words broken or glued by the
PDF are re-joined, and list items are separate paragraphs. Otherwise the wording is the
seed's; every correction (a wrong year, another office's name, a typo, a figure that
disagrees with the demo's data, a reference the generated report cannot honour) is listed
in ``data_laporan_koreksi.KOREKSI``. Per-sasaran texts and the obstacle table are in
``data_laporan_sasaran.py``. Names of persons quoted in the seed's news items are left out. DATA.md
("The report's narrative blocks") says which seed section each block comes from.
"""

from kinerja.demo.data import sumber


def _p(*paragraf: str) -> str:
    """Paragraphs, separated by a blank line."""
    return "\n\n".join(paragraf)


# --- BAB I: kept for every year. key -> (text, sumber) ---------------------------------------

NARASI_SATKER = {
    "latar_belakang": (_p(
        "Komisi Pemilihan Umum (KPU) adalah lembaga penyelenggara pemilu yang bersifat Nasional, tetap dan "
        "mandiri dalam melaksanakan tugasnya berlandaskan pada Undang-Undang Nomor 15 Tahun 2011 tentang "
        "Penyelenggara Pemilihan Umum. KPU mempunyai fungsi menyelenggarakan pemilu untuk memilih anggota "
        "Dewan Perwakilan Rakyat (DPR), Dewan Perwakilan Daerah (DPD), Dewan Perwakilan Rakyat Daerah "
        "(DPRD), "
        "Presiden dan Wakil Presiden secara langsung oleh rakyat serta untuk memilih Gubernur dan Wakil "
        "Gubernur, Bupati dan Wakil Bupati serta Walikota dan Wakil Walikota secara demokratis.",
        "Pelaksanaan program dan kegiatan KPU Kota Probolinggo sebagai bagian hierarkis dari KPU RI dalam "
        "rangka pelaksanaan fungsi dan pencapaian kinerja yang dibiayai oleh Anggaran Pendapatan Belanja "
        "Negara (APBN). Sebagai lembaga yang menggunakan anggaran pemerintah dalam pelaksanaan tugas dan "
        "kegiatannya mengedepankan sistem keterbukaan, transparan, akuntabel dan dapat dipertanggungjawabkan "
        "maka berkewajiban membuat Laporan Kinerja (LKj). LKj KPU Kota Probolinggo Tahun 2024 juga sebagai "
        "wujud pertanggungjawaban KPU atas pelaksanaan tugas dan fungsi serta sebagai bahan analisis dalam "
        "membuat kebijakan untuk meningkatkan kinerja di masa yang akan datang.",
        "Keberadaan lembaga KPU dibentuk melalui Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 "
        "Pasal 22 E ayat (5) yang berbunyi “Pemilihan Umum diselenggarakan oleh suatu Komisi Pemilihan Umum "
        "yang bersifat nasional, tetap dan mandiri”. Pelaksanaan Undang-Undang Dasar ini melahirkan "
        "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum. Dalam Undang-Undang tersebut bahwa "
        "penyelenggara Pemilu adalah Lembaga yang menyelenggarakan Pemilu yang terdiri atas KPU, Badan "
        "Pengawas Pemilu dan Dewan Kehormatan Penyelenggara Pemilu untuk memilih Anggota DPR, anggota DPD, "
        "Presiden dan Wakil Presiden, dan untuk memilih anggota DPRD secara langsung oleh rakyat. Sedangkan "
        "yang dimaksud dengan KPU Kabupaten/Kota adalah penyelenggara Pemilu di Kabupaten/Kota.",
        "Dalam pelaksanaan fungsi kelembagaan tersebut, dilaksanakan dengan pembebanan pada Anggaran "
        "Pendapatan dan Belanja Negara (APBN) sesuai dengan Peraturan Pemerintah Nomor 90 Tahun 2010 tentang "
        "Penyusunan Rencana Kerja dan Anggaran Kementerian/Lembaga. Pembuatan Laporan Kinerja (LKj) ini "
        "didasarkan pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
        "Instansi Pemerintah dan dengan Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan "
        "dan Kinerja instansi Pemerintah, yang menyatakan setiap kementerian/lembaga untuk dapat "
        "mempertanggungjawabkan kinerjanya atas pelaksanaan kegiatan yang dibebankan pada APBN/APBD.",
        "Sebagai bentuk pertanggungjawaban pelaksanaan tugas dan fungsi serta untuk melaksanakan asas "
        "keterbukaan, akuntabilitas dan profesionalitas, KPU Kota Probolinggo menyusun Laporan Kinerja "
        "(LKj). "
        "Pada Laporan ini dijelaskan mengenai capaian kinerja KPU Kota Probolinggo Tahun 2024 yang "
        "didasarkan kepada penetapan kinerja tahun 2024 yang dapat memberikan gambaran tingkat persentase "
        "kegagalan dan keberhasilan pencapaian kinerja dalam satu tahun. Serta analisis terhadap capaian "
        "tersebut sebagai bahan pertimbangan dalam membuat kebijakan untuk masa yang akan datang.",
    ), sumber("Bab I.A Latar Belakang", "148-235")),

    "maksud_tujuan": (_p(
        "Maksud disusunnya Laporan Kinerja (LKj) KPU Kota Probolinggo Tahun 2024 adalah dalam rangka "
        "melaksanakan Keputusan Komisi Pemilihan Umum Republik Indonesia Nomor: 5/PR.03-1-Kpt/03/KPU/I/2018 "
        "tentang Petunjuk Teknis Perjanjian Kinerja dan Pelaporan Kinerja di Lingkungan Komisi Pemilihan "
        "Umum, bahwa setiap Instansi Pemerintah secara berjenjang wajib menyusun Laporan Pertanggungjawaban "
        "Kinerja melalui Media Laporan Kinerja. Tujuan Penyusunan Laporan Kinerja (LKj) KPU Kota Probolinggo "
        "Tahun 2024 adalah:",
        "1. Mempertanggungjawabkan kinerja KPU Kota Probolinggo kepada KPU Provinsi Jawa Timur dan KPU RI "
        "serta pihak yang berkepentingan (stakeholder) dalam rangka mewujudkan pemerintah yang baik (good "
        "governance) yang ditandai dengan adanya transparansi, partisipasi serta akuntabilitas;",
        "2. Memberikan umpan balik dalam rangka penyempurnaan berbagai kebijakan yang diperlukan dan "
        "peningkatan kinerja internal KPU Kota Probolinggo.",
    ), sumber("Bab I.B Maksud dan Tujuan", "237-263")),

    # Bab I.C, dropping only what is not about this office: the member counts of KPU RI and KPU
    # Provinsi and the seat of KPU Provinsi (seed baris 288-290, 300-302), "4. Dasar Hukum"
    # (729-787: the legal basis of the report, written for "Komisi Pemilihan Umum Kota
    # Bontang"), and the photo caption (803). The staff task lists of the four subbagian
    # (806-1043) do not fit the 20.000-character limit of a narrative block; their names are
    # kept, and the report's "C. Organisasi" lists the units beside this text. The one
    # sentence of Bab I.D that states this office's own kedudukan (1047-1053) opens point 1;
    # the rest of Bab I.D repeats, cut off, the list of Pasal 10 ayat (1) given in point 2.
    "kedudukan": (_p(
        "Secara umum Struktur Organisasi Sekretariat KPU Kota Probolinggo ditetapkan dengan peraturan KPU "
        "setelah berkonsultasi dengan menteri yang bertanggung jawab di bidang pendayagunaan Aparatur Negara "
        "berdasarkan peraturan perundang-undangan. Hal tersebut sesuai Pasal 62 Undang-Undang Nomor 15 Tahun "
        "2011 tentang Penyelenggara Pemilihan Umum. Berikut ini dipaparkan mengenai Kedudukan, Tugas Pokok, "
        "Fungsi dan Struktur Organisasi KPU Kota Probolinggo.",
        "1. Kedudukan Komisi Pemilihan Umum",
        "Mengacu pada Undang-Undang Nomor 15 Tahun 2011 tentang Penyelenggara Pemilihan Umum, Komisi "
        "Pemilihan Umum Kota Probolinggo mempunyai kedudukan sebagai lembaga penyelenggara pemilihan umum di "
        "daerah dan dalam menjalankan tugas bertanggung jawab kepada KPU.",
        "Sesuai dengan Undang-Undang Nomor 15 Tahun 2011 tentang Penyelenggara Pemilihan Umum pada pasal 1 "
        "ayat (6) menyebutkan bahwa Komisi Pemilihan Umum, selanjutnya disingkat KPU, adalah lembaga "
        "Penyelenggara Pemilu yang bersifat nasional, tetap dan mandiri yang bertugas melaksanakan pemilu "
        "dan "
        "pada pasal 5 ayat (3) menyebutkan bahwa dalam menjalankan tugasnya, KPU dibantu oleh Sekretariat "
        "Jenderal; KPU Provinsi dan KPU Kabupaten/Kota masing-masing dibantu oleh sekretariat. Pada Pasal 6 "
        "disebutkan:",
        "Jumlah anggota:",
        "a) KPU Kabupaten/Kota sebanyak 5 (lima) orang;",
        "b) Keanggotaan KPU, KPU Provinsi dan KPU Kabupaten/Kota terdiri atas seorang ketua merangkap "
        "anggota "
        "dan anggota; Ketua KPU, KPU Provinsi dan KPU Kabupaten/Kota dipilih dari dan oleh anggota;",
        "c) Setiap anggota KPU, KPU Provinsi dan KPU Kabupaten/Kota mempunyai hak suara yang sama;",
        "d) Komposisi keanggotaan KPU, KPU Provinsi dan KPU Kabupaten/Kota memperhatikan keterwakilan "
        "perempuan sekurang-kurangnya 30% (tiga puluh persen);",
        "e) Masa keanggotaan KPU, KPU Provinsi dan KPU Kabupaten/Kota 5 (lima) tahun terhitung sejak "
        "pengucapan sumpah/janji; dan",
        "f) Sebelum berakhirnya masa keanggotaan KPU, KPU Provinsi dan KPU Kabupaten/Kota sebagaimana "
        "dimaksud pada ayat (6), calon anggota KPU, KPU Provinsi dan KPU Kabupaten/Kota yang baru harus "
        "sudah "
        "diajukan dengan memperhatikan ketentuan dalam Undang-Undang ini.",
        "2. Tugas Pokok",
        "Pasal 10 Undang-Undang Nomor 15 Tahun 2011 tentang Penyelenggara Pemilihan Umum disebutkan tugas, "
        "kewajiban dan Wewenang KPU Kabupaten/Kota dalam Pemilu Anggota Dewan Perwakilan Rakyat, Dewan "
        "Perwakilan Daerah dan Dewan Perwakilan Rakyat Daerah, Pemilu Presiden dan Wakil Presiden dan Pemilu "
        "Kepala Daerah dan Wakil Kepala Daerah adalah melaksanakan semua tahapan penyelenggaraan pemilu "
        "dengan tepat waktu; memperlakukan peserta pemilu dan pasangan calon secara adil dan setara. Pasal "
        "10 "
        "Undang-Undang Nomor 15 Tahun 2011 menyebutkan sebagai berikut:",
        "1) Tugas dan wewenang KPU Kabupaten/Kota dalam penyelenggaraan Pemilu Anggota Dewan Perwakilan "
        "Rakyat, Dewan Perwakilan Daerah dan Dewan Perwakilan Rakyat Daerah meliputi:",
        "a) menjabarkan program dan melaksanakan anggaran serta menetapkan jadwal di kabupaten/kota;",
        "b) melaksanakan semua tahapan penyelenggaraan di kabupaten/kota berdasarkan ketentuan peraturan "
        "perundang-undangan;",
        "c) membentuk PPK, PPS dan KPPS dalam wilayah kerjanya;",
        "d) mengoordinasikan dan mengendalikan tahapan penyelenggaraan oleh PPK, PPS dan KPPS dalam wilayah "
        "kerjanya;",
        "e) menyampaikan daftar pemilih kepada KPU Provinsi;",
        "f) memutakhirkan data pemilih berdasarkan data kependudukan yang disiapkan dan diserahkan oleh "
        "Pemerintah dengan memperhatikan data Pemilu dan/atau pemilihan gubernur, bupati dan walikota "
        "terakhir dan menetapkannya sebagai daftar pemilih;",
        "g) menetapkan dan mengumumkan hasil rekapitulasi penghitungan suara Pemilu Anggota Dewan Perwakilan "
        "Rakyat Daerah Kabupaten/Kota berdasarkan hasil rekapitulasi penghitungan suara di PPK dengan "
        "membuat "
        "berita acara rekapitulasi suara dan sertifikat rekapitulasi suara;",
        "h) melakukan dan mengumumkan rekapitulasi hasil penghitungan suara Pemilu Anggota Dewan Perwakilan "
        "Rakyat, Anggota Dewan Perwakilan Daerah dan Anggota Dewan Perwakilan Rakyat Daerah Provinsi di "
        "kabupaten/kota yang bersangkutan berdasarkan berita acara hasil rekapitulasi penghitungan suara di "
        "PPK;",
        "i) membuat berita acara penghitungan suara dan sertifikat penghitungan suara serta wajib "
        "menyerahkannya kepada saksi peserta Pemilu, Panwaslu Kabupaten/Kota dan KPU Provinsi;",
        "j) menerbitkan keputusan KPU Kabupaten/Kota untuk mengesahkan hasil Pemilu Anggota Dewan Perwakilan "
        "Rakyat Daerah Kabupaten/Kota dan mengumumkannya;",
        "k) mengumumkan calon anggota Dewan Perwakilan Rakyat Daerah Kabupaten/Kota terpilih sesuai dengan "
        "alokasi jumlah kursi setiap daerah pemilihan di kabupaten/kota yang bersangkutan dan membuat berita "
        "acaranya;",
        "l) menindaklanjuti dengan segera temuan dan laporan yang disampaikan oleh Panwaslu Kabupaten/Kota;",
        "m) mengenakan sanksi administratif dan/atau menonaktifkan sementara anggota PPK, anggota PPS, "
        "sekretaris KPU Kabupaten/Kota dan pegawai sekretariat KPU Kabupaten/Kota yang terbukti melakukan "
        "tindakan yang mengakibatkan terganggunya tahapan penyelenggaraan Pemilu berdasarkan rekomendasi "
        "Panwaslu Kabupaten/Kota dan/atau ketentuan peraturan perundang-undangan;",
        "n) menyelenggarakan sosialisasi penyelenggaraan Pemilu dan/atau yang berkaitan dengan tugas dan "
        "wewenang KPU Kabupaten/Kota kepada masyarakat;",
        "o) melakukan evaluasi dan membuat laporan setiap tahapan penyelenggaraan Pemilu; dan",
        "p) melaksanakan tugas dan wewenang lain yang diberikan oleh KPU, KPU Provinsi dan/atau peraturan "
        "perundang-undangan.",
        "2) Tugas dan wewenang KPU Kabupaten/Kota dalam penyelenggaraan Pemilu Presiden dan Wakil Presiden "
        "meliputi:",
        "a) menjabarkan program dan melaksanakan anggaran serta menetapkan jadwal di kabupaten/kota;",
        "b) melaksanakan semua tahapan penyelenggaraan di kabupaten/kota berdasarkan ketentuan peraturan "
        "perundang-undangan;",
        "c) membentuk PPK, PPS dan KPPS dalam wilayah kerjanya;",
        "d) mengoordinasikan dan mengendalikan tahapan penyelenggaraan oleh PPK, PPS dan KPPS dalam wilayah "
        "kerjanya;",
        "e) memutakhirkan data pemilih berdasarkan data kependudukan yang disiapkan dan diserahkan oleh "
        "Pemerintah dengan memperhatikan data Pemilu dan/atau pemilihan gubernur, bupati dan walikota "
        "terakhir dan menetapkannya sebagai daftar pemilih;",
        "f) menyampaikan daftar pemilih kepada KPU Provinsi;",
        "g) melakukan rekapitulasi hasil penghitungan suara Pemilu Presiden dan Wakil Presiden di "
        "kabupaten/kota yang bersangkutan berdasarkan hasil rekapitulasi penghitungan suara di PPK dengan "
        "membuat berita acara penghitungan suara dan sertifikat hasil penghitungan suara;",
        "h) membuat berita acara penghitungan suara dan sertifikat penghitungan suara serta wajib "
        "menyerahkannya kepada saksi peserta Pemilu, Panwaslu Kabupaten/Kota dan KPU Provinsi;",
        "i) menindaklanjuti dengan segera rekomendasi Panwaslu Kabupaten/Kota atas temuan dan laporan adanya "
        "dugaan pelanggaran Pemilu;",
        "j) mengenakan sanksi administratif dan/atau menonaktifkan sementara anggota PPK, anggota PPS, "
        "sekretaris KPU Kabupaten/Kota dan pegawai sekretariat KPU Kabupaten/Kota yang terbukti melakukan "
        "tindakan yang mengakibatkan terganggunya tahapan penyelenggaraan Pemilu berdasarkan rekomendasi "
        "Panwaslu Kabupaten/Kota dan/atau ketentuan peraturan perundang-undangan;",
        "k) melaksanakan sosialisasi penyelenggaraan Pemilu dan/atau yang berkaitan dengan tugas dan "
        "wewenang KPU Kabupaten/Kota kepada masyarakat;",
        "l) melakukan evaluasi dan membuat laporan setiap tahapan penyelenggaraan Pemilu; dan",
        "m) melaksanakan tugas dan wewenang lain yang diberikan oleh KPU, KPU Provinsi dan/atau peraturan "
        "perundang-undangan.",
        "3) KPU Kabupaten/Kota dalam Pemilu Anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah dan "
        "Dewan Perwakilan Rakyat Daerah, Pemilu Presiden dan Wakil Presiden dan pemilihan gubernur, bupati "
        "dan walikota berkewajiban:",
        "a) melaksanakan semua tahapan penyelenggaraan Pemilu dengan tepat waktu;",
        "b) memperlakukan peserta Pemilu dan pasangan calon presiden dan wakil presiden, calon gubernur, "
        "bupati dan walikota secara adil dan setara;",
        "c) menyampaikan semua informasi penyelenggaraan Pemilu kepada masyarakat;",
        "d) melaporkan pertanggungjawaban penggunaan anggaran sesuai dengan ketentuan peraturan "
        "perundang-undangan;",
        "e) menyampaikan laporan pertanggungjawaban semua kegiatan penyelenggaraan Pemilu kepada KPU melalui "
        "KPU Provinsi;",
        "f) mengelola, memelihara dan merawat arsip/dokumen serta melaksanakan penyusutannya berdasarkan "
        "jadwal retensi arsip yang disusun oleh KPU Kabupaten/Kota dan lembaga kearsipan Kabupaten/Kota "
        "berdasarkan pedoman yang ditetapkan oleh KPU dan ANRI;",
        "g) mengelola barang inventaris KPU Kabupaten/Kota berdasarkan ketentuan peraturan "
        "perundang-undangan;",
        "h) menyampaikan laporan periodik mengenai tahapan penyelenggaraan Pemilu kepada KPU dan KPU "
        "Provinsi "
        "serta menyampaikan tembusannya kepada Bawaslu;",
        "i) membuat berita acara pada setiap rapat pleno KPU Kabupaten/Kota dan ditandatangani oleh ketua "
        "dan "
        "anggota KPU Kabupaten/Kota;",
        "j) menyampaikan data hasil pemilu dari tiap-tiap TPS pada tingkat kabupaten/kota kepada peserta "
        "pemilu paling lama 7 (tujuh) hari setelah rekapitulasi di kabupaten/kota;",
        "k) melaksanakan keputusan DKPP; dan",
        "l) melaksanakan kewajiban lain yang diberikan KPU, KPU Provinsi dan/atau peraturan "
        "perundang-undangan.",
        "3. Kedudukan, Tugas dan Fungsi",
        "Menurut Undang-Undang Nomor 15 Tahun 2011 tentang Penyelenggara Pemilihan Umum Pasal 1 ayat (5) "
        "disebutkan: “Penyelenggara Pemilu adalah lembaga yang menyelenggarakan Pemilu yang terdiri atas "
        "Komisi Pemilihan Umum dan Badan Pengawas Pemilu sebagai satu kesatuan fungsi penyelenggaraan Pemilu "
        "untuk memilih anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, Dewan Perwakilan Rakyat "
        "Daerah, Presiden dan Wakil Presiden secara langsung oleh rakyat serta untuk memilih gubernur, "
        "bupati "
        "dan walikota secara demokratis”. Pasal 1 ayat (1) Peraturan Komisi Pemilihan Umum Nomor 4 Tahun "
        "2010 "
        "tentang Uraian Tugas Staf Pelaksana pada Sekretariat Jenderal Komisi Pemilihan Umum, Sekretariat "
        "Komisi Pemilihan Umum Provinsi dan Sekretariat Komisi Pemilihan Umum Kabupaten/Kota disebutkan "
        "bahwa "
        "Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi dan Komisi Pemilihan Umum Kabupaten/Kota "
        "selanjutnya disebut KPU, KPU Provinsi dan KPU Kabupaten/Kota adalah penyelenggara Pemilihan Umum di "
        "tingkat pusat, tingkat provinsi dan tingkat kabupaten/kota yang sifatnya hierarkis dan tetap. "
        "Berdasarkan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum Pasal 88 Sekretaris KPU "
        "Kabupaten/Kota bertugas:",
        "a. membantu penyusunan program dan anggaran Pemilu;",
        "b. memberikan dukungan teknis administratif;",
        "c. membantu pelaksanaan tugas KPU Kabupaten/Kota dalam menyelenggarakan Pemilu;",
        "d. membantu pendistribusian perlengkapan Penyelenggaraan Pemilu anggota DPR, DPD, Presiden dan "
        "Wakil "
        "Presiden, serta DPRD;",
        "e. membantu perumusan dan penyusunan rancangan keputusan KPU Kabupaten/Kota;",
        "f. membantu penyusunan laporan penyelenggaraan kegiatan dan pertanggung jawaban KPU Kabupaten/Kota; "
        "dan",
        "g. membantu pelaksanaan tugas-tugas lainnya sesuai dengan ketentuan peraturan perundang-undangan.",
        "Sekretariat KPU Kabupaten/Kota bertanggung jawab dalam hal administrasi keuangan serta pengadaan "
        "barang dan jasa berdasarkan peraturan perundang-undangan. Sesuai Peraturan Komisi Pemilihan Umum "
        "Nomor 6 Tahun 2008, Sekretariat KPU Kabupaten/Kota memiliki tugas sebagai berikut:",
        "a. membantu penyusunan program dan anggaran Pemilu;",
        "b. memberikan dukungan teknis administratif;",
        "c. membantu pelaksanaan tugas KPU Kabupaten/Kota dalam menyelenggarakan Pemilu;",
        "d. membantu pendistribusian perlengkapan penyelenggaraan Pemilu Anggota Dewan Perwakilan Rakyat, "
        "Dewan Perwakilan Daerah, dan Dewan Perwakilan Rakyat Daerah, Pemilu Presiden dan Wakil Presiden, "
        "serta Pemilu Kepala Daerah dan Wakil Kepala Daerah Provinsi;",
        "e. membantu perumusan dan penyusunan rancangan keputusan KPU Kabupaten/Kota;",
        "f. memfasilitasi penyelesaian masalah dan sengketa Pemilu Kepala Daerah dan Wakil Kepala Daerah "
        "Kabupaten/Kota;",
        "g. membantu penyusunan laporan penyelenggaraan kegiatan dan pertanggung jawaban KPU Kabupaten/Kota; "
        "dan",
        "h. membantu pelaksanaan tugas-tugas lainnya sesuai dengan peraturan perundang-undangan.",
        "Dalam melaksanakan tugas sebagaimana dimaksud, Sekretariat KPU Kabupaten/Kota menyelenggarakan "
        "fungsi:",
        "a. membantu penyusunan program dan anggaran Pemilu di Kabupaten/Kota;",
        "b. memberikan pelayanan teknis pelaksanaan Pemilu di Kabupaten/Kota;",
        "c. memberikan pelayanan administrasi yang meliputi ketatausahaan, kepegawaian, anggaran, dan "
        "perlengkapan Pemilu di Kabupaten/Kota;",
        "d. membantu perumusan dan penyusunan rancangan keputusan KPU Kabupaten/Kota;",
        "e. membantu perumusan, penyusunan dan memberikan bantuan hukum serta memfasilitasi penyelesaian "
        "sengketa Pemilu di Kabupaten/Kota;",
        "f. membantu pelayanan pemberian informasi Pemilu, partisipasi dan hubungan masyarakat dalam "
        "penyelenggaraan Pemilu di Kabupaten/Kota.",
        "4. Struktur Organisasi",
        "Pasal 231 Peraturan Komisi Pemilihan Umum Nomor 14 Tahun 2020 tentang Peraturan Komisi Pemilihan "
        "Umum tentang Tugas, Fungsi, Susunan Organisasi dan Tata Kerja Sekretariat Jenderal Komisi Pemilihan "
        "Umum, Sekretariat Komisi Pemilihan Umum Provinsi dan Sekretariat Komisi Pemilihan Umum "
        "Kabupaten/Kota disebutkan Sekretariat Komisi Pemilihan Umum Kabupaten/Kota, terdiri atas:",
        "a) Sub. Bagian Keuangan, Umum dan Logistik;",
        "b) Sub. Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat;",
        "c) Sub. Bagian Perencanaan, Data dan Informasi;",
        "d) Sub. Bagian Hukum dan Sumber Daya Manusia.",
    ), sumber("Bab I.C Penjelasan Umum Organisasi, butir 1-3 dan 5 (nama subbagian); Bab I.D, kalimat "
              "pertama", "265-728, 788-804, 867-869, 919, 972, 1044-1053")),

    # The seed has a section "E. Aspek Strategis Organisasi". Its first paragraph announces a
    # list of sasaran strategis that does not follow; that sentence is left out (KOREKSI).
    "aspek_strategis": (_p(
        "Komisi Pemilihan Umum adalah lembaga penyelenggara Pemilihan Umum yang bersifat nasional, tetap dan "
        "mandiri yang mempunyai tugas, wewenang dan kewajiban menyelenggarakan Pemilihan Umum Anggota DPR, "
        "DPD dan DPRD Pemilihan Umum Presiden dan Wakil Presiden dan Pemilihan Umum Kepala Daerah dan Wakil "
        "Kepala Daerah. Guna mendukung pelaksanaan tugas dan fungsinya secara optimal, Komisi Pemilihan Umum "
        "telah menyusun Rencana Strategis (Renstra) untuk periode 2020-2024.",
        "Untuk meningkatkan akselerasi pencapaian kinerja yang merujuk visi, misi, tujuan dan sasaran "
        "strategis serta indikator kinerja utama pada tahun 2020-2024 KPU Kota Probolinggo melaksanakan "
        "program-program dan kebijakan yang ditetapkan di lingkungan Komisi Pemilihan Umum sebagai berikut:",
        "1. Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU",
        "Outcome yang diharapkan dari program ini adalah meningkatnya kualitas dukungan manajemen dan "
        "pelaksanaan tugas teknis lainnya. Kebijakan-kebijakan yang akan dilaksanakan dalam program tersebut "
        "adalah:",
        "1) Terlaksananya fasilitasi pembentukan lembaga riset kepemiluan dan operasionalisasinya,",
        "2) Terlaksananya Pemutakhiran Data Pemilih melalui sinergitas dan sinkronisasi dengan Dukcapil "
        "Provinsi, Kabupaten dan Kota,",
        "3) Terselenggaranya pembinaan SDM, pelayanan dan administrasi kepegawaian di lingkungan Setjen KPU.",
        "Indikator-indikator yang akan digunakan untuk mengukur keberhasilan pencapaian program tersebut "
        "adalah:",
        "a) Prosentase fasilitasi pembentukan lembaga riset kepemiluan dan operasionalisasinya,",
        "b) Prosentase Pemutakhiran Data Pemilih melalui sinergitas dan sinkronisasi dengan Dukcapil "
        "Provinsi, Kabupaten dan Kota,",
        "c) Prosentase pembinaan SDM, pelayanan dan administrasi kepegawaian di lingkungan Setjen KPU.",
    ), sumber("Bab I.E Aspek Strategis Organisasi", "1110-1174")),

    "permasalahan": (_p(
        "Adapun dalam proses perjalanannya, Komisi Pemilihan Umum Kota Probolinggo menghadapi beberapa "
        "permasalahan utama (strategic issues), yaitu:",
        "a) Organisasi dan personil kesekretariatan belum sepenuhnya dapat menunjang kelancaran tugas dan "
        "fungsi Komisi Pemilihan Umum dalam penyelenggaraan pemilihan umum;",
        "b) Kurang optimalnya perencanaan anggaran dan kegiatan, sehingga banyak melakukan revisi Daftar "
        "Isian Pelaksanaan Anggaran (DIPA) dan Petunjuk Operasional Kegiatan (POK) yang mengakibatkan "
        "terjadinya keterlambatan dalam penyerapan anggaran.",
        "c) Belum ada Standar Operasional Prosedur (SOP) serta peraturan yang detail dan mudah dipahami, "
        "mengingat Komisi Pemilihan Umum merupakan organisasi yang besar dengan tingkat keberagaman Sumber "
        "Daya Manusia yang tinggi.",
        "d) Ketidakjelasan batas kewenangan dalam pelaksanaan tugas dan fungsi, mengarah pada efisiensi "
        "kinerja organisasi.",
        "e) Proses internalisasi peraturan dan budaya kerja organisasi masih lemah.",
        "f) Sebagian besar Pegawai Negeri Sipil di Komisi Pemilihan Umum merupakan tenaga yang "
        "diperbantukan, "
        "sehingga menimbulkan ketergantungan kepada organisasi lain, serta adanya loyalitas ganda.",
    ), sumber("Bab I.F Permasalahan Utama (Strategic Issued)", "1175-1215")),
}


# --- Year 2024. key -> (text, sumber) --------------------------------------------------------

NARASI_TAHUNAN = {
    # The generated Kata Pengantar already thanks, cites Perpres 29/2014 and closes; these are
    # the two paragraphs of the seed's that say something more.
    "pengantar": (_p(
        "Penyusunan Laporan Kinerja ini dilakukan melalui analisis terhadap pencapaian dan realisasi kinerja "
        "sasaran yang dikaitkan dengan perencanaan strategis yang tertuang dalam Renstra, Indikator Kinerja "
        "Utama dan Perjanjian Kinerja Tahun 2024.",
        "Hasil kinerja KPU Kota Probolinggo yang berorientasi pada output maupun outcome diharapkan dapat "
        "menjadi pendorong untuk meningkatkan peran kelembagaan dan peningkatan efektivitas, efisiensi dan "
        "produktivitas kinerja seluruh jajaran pejabat dan pelaksana di lingkungan KPU Kota Probolinggo pada "
        "tahun selanjutnya, sehingga dapat mendukung kinerja KPU secara keseluruhan dalam mewujudkan Good "
        "Governance dan Clean Government.",
    ), sumber("Kata Pengantar, paragraf 3 dan 5", "28-32, 48-56")),

    "ringkasan": (_p(
        "Salah satu prinsip dalam penerapan tata kepemerintahan yang baik adalah akuntabilitas. "
        "Akuntabilitas "
        "merupakan pertanggungjawaban dari amanah atau mandat yang diterima suatu organisasi. KPU Kota "
        "Probolinggo sebagai salah satu bagian dari penyelenggara Pemilu yang Mandiri, Profesional dan "
        "Berintegritas dalam menjalankan Pemilu yang Langsung, Umum, Bebas, Rahasia, Jujur dan Adil.",
        "Dengan landasan pemikiran tersebut, maka Laporan Kinerja Komisi Pemilihan Umum Kota Probolinggo ini "
        "disusun berdasarkan capaian kinerja setiap tahun. Selain itu untuk memenuhi Peraturan Presiden "
        "Nomor "
        "29 Tahun 2014 yang mensyaratkan setiap instansi pemerintah wajib menyusun laporan kinerja, maka "
        "laporan ini juga merupakan kebutuhan KPU Kota Probolinggo dalam melakukan analisis dan evaluasi "
        "kinerja dalam rangka memperoleh umpan balik untuk perbaikan peningkatan kinerja secara menyeluruh.",
        "Dalam dokumen Laporan Kinerja Tahun 2024 yang disusun sebagai bentuk pertanggungjawaban atas amanah "
        "yang diemban oleh KPU Kota Probolinggo dalam mendukung Visi, Misi dan sasaran strategis KPU, juga "
        "berisi penetapan kinerja dan akuntabilitas kinerja, dimana termasuk didalamnya evaluasi capaian "
        "Indikator Kinerja Utama (IKU) serta analisis kinerja berdasarkan tujuan dan sasaran yang tertuang "
        "dalam Rencana Strategis KPU Kota Probolinggo periode 2020–2024.",
        "Dalam mencapai target kinerja tahun 2024 KPU Kota Probolinggo dalam melakukan pekerjaan ditunjang "
        "dengan berbagai sistem informasi berbasis teknologi, bertujuan mempermudah pekerjaan serta "
        "informasi "
        "kegiatan yang dilaksanakan oleh KPU dapat diakses langsung, baik oleh sesama penyelenggara, "
        "stakeholder atau pemangku kepentingan maupun masyarakat umum.",
        "Laporan Kinerja KPU Kota Probolinggo Tahun 2024 ini menyajikan berbagai keberhasilan/kegagalan "
        "dalam "
        "bidang tugas yang diembannya. Capaian kinerja KPU Kota Probolinggo pada Tahun 2024 tersebar pada "
        "sasaran kegiatan dan Indikator Kinerja Utama sesuai dengan Rencana Strategis KPU Kota Probolinggo "
        "Tahun 2020-2024. Pencapaian target indikator kinerja KPU Kota Probolinggo dan keberhasilan dalam "
        "pelaksanaan kegiatan Tahun 2024 tidak hanya didasarkan pada komitmen, namun juga memerlukan "
        "keterlibatan dan dukungan aktif segenap komponen aparatur negara, masyarakat dan civil society.",
    ), sumber("Ringkasan Eksekutif", "76-143")),

    "anggaran": (_p(
        "Berdasarkan alokasi anggaran KPU Kota Probolinggo Tahun 2024, pagu anggaran KPU Kota Probolinggo "
        "sebesar Rp40.377.837.000 (Empat puluh miliar tiga ratus tujuh puluh tujuh juta delapan ratus tiga "
        "puluh tujuh ribu rupiah). Perencanaan kinerja dan penganggaran masih belum dilakukan secara baik "
        "sehingga masih banyak dilakukan penyesuaian (revisi) dokumen anggaran (SP-RKAKL, DIPA, POK) yang "
        "berdampak pada keterlambatan dalam penyerapan anggaran.",
        "Berdasarkan data di atas, anggaran KPU secara keseluruhan dalam belanja pegawai, barang dan modal "
        "APBN mencapai 82,21% (Delapan puluh dua koma dua satu persen) pada Tahun Anggaran 2024.",
        "Sekretariat KPU secara umum dapat mencapai target kinerja sebagaimana telah ditetapkan pada tahun "
        "2024. Analisis dan evaluasi capaian kinerja KPU pada tahun 2024 dapat dijelaskan sebagai berikut "
        "sesuai dengan apa yang sudah direncanakan dalam perencanaan anggaran dan indikator ketercapaian. "
        "KPU "
        "Kota Probolinggo dengan upaya yang maksimal untuk menyerap anggaran sesuai dengan peraturan "
        "perundang-undangan dan juga dengan sasaran dan realisasi yang maksimal. Banyak beberapa kendala "
        "serta "
        "evaluasi ketika menjalankan sebuah program maupun kegiatan namun itu semua masih bisa teratasi "
        "dengan "
        "kapasitas yang sudah dimiliki oleh sumber daya manusia KPU Kota Probolinggo sehingga realisasi dan "
        "target berjalan seimbang.",
        "Dengan begitu apa yang sudah direncanakan dan dianggarkan oleh KPU Kota Probolinggo berjalan sesuai "
        "dengan tata kelola anggaran sehingga akan memberikan sebuah pelayanan yang maksimal dalam "
        "melaksanakan tahapan dan pertanggungjawaban selama satu tahun pada tahun 2024.",
    ), sumber("Bab III.B Realisasi Anggaran (tanpa Tabel 3.3 dan grafiknya)", "4751-4765, 4785-4825")),

    "kesimpulan": (_p(
        "Pemaparan Laporan Kinerja Instansi Pemerintah (LKIP) KPU Kota Probolinggo Tahun 2024 sebagai wujud "
        "pertanggungjawaban dari serangkaian perencanaan, pengukuran, evaluasi dan analisa pencapaian "
        "kinerja "
        "dalam rangka pencapaian visi dan misi KPU Kota Probolinggo selama tahun anggaran 2024 sesuai "
        "Renstra "
        "KPU Tahun 2020-2024.",
        "Pengukuran kinerja KPU Kota Probolinggo Tahun 2024, mencakup Pengukuran Pencapaian Sasaran (PPS) "
        "yang menggambarkan kualitas capaian keluaran (output) atau hasil (outcome) dari kegiatan yang "
        "dilaksanakan tahun 2024. Capaian rata-rata kinerja sasaran dan pengukuran kinerja KPU Kota "
        "Probolinggo Tahun 2024 berdasarkan indikator/parameter yang ditetapkan.",
        "Dalam setiap pelaksanaan kegiatan, tidak terlepas dari hambatan ataupun kendala. Beberapa "
        "permasalahan yang dihadapi dalam pelaksanaan kegiatan tahun 2024 adalah sebagai berikut:",
        "1. Perencanaan kinerja dan penganggaran masih belum dilakukan secara baik, hal ini dikarenakan "
        "masih "
        "menganut sistem top-down sehingga dalam pelaksanaannya KPU Kota Probolinggo tidak punya inisiatif "
        "untuk melakukan kegiatan lain.",
        "2. Sarana dan prasarana untuk mendukung pelaksanaan kegiatan belum sepenuhnya terpenuhi, seperti "
        "belum tersedianya sistem informasi bersama internal KPU Kota Probolinggo, ruang kerja yang masih "
        "sangat terbatas, ruang rapat internal sangat terbatas dan belum memadainya gudang penyimpanan ATK "
        "dan "
        "Barang Milik Negara.",
        "3. Keberhasilan pencapaian visi, misi dan tujuan program kerja KPU Kota Probolinggo yang telah "
        "ditetapkan bukan hanya diukur semata-mata dari pencapaian indikator kinerja yang paling penting "
        "adalah konsistensi sikap mental, disiplin dan keikhlasan seluruh aparatur dalam melaksanakan "
        "kebijaksanaan untuk meningkatkan kinerja sesuai fungsinya masing-masing.",
    ), sumber("Bab IV.A Kesimpulan", "4847-4901")),

    "rekomendasi": (_p(
        "Strategi yang akan ditempuh oleh KPU Kota Probolinggo sebagai pemecahan masalah yang terkait dengan "
        "pencapaian target sasaran strategis, yaitu dengan:",
        "a. Mengevaluasi semua unsur layanan yang ada di lingkungan KPU Kota Probolinggo kepada stakeholders "
        "terkait;",
        "b. Menyusun dan mengimplementasikan langkah-langkah perbaikan pelayanan kepada masyarakat; dan",
        "c. Meningkatkan koordinasi yang lebih intensif dengan unit/bagian terkait dalam pengelolaan "
        "anggaran.",
        "Untuk meningkatkan kinerja KPU Kota Probolinggo pada tahun berikutnya diperlukan adanya perbaikan "
        "kualitas perencanaan dan pelaksanaan kinerja terutama pada sasaran kinerja yang capaiannya belum "
        "optimal, serta perbaikan dalam hal koordinasi, komunikasi dan kerjasama. Demikian tersusunnya "
        "Laporan Kinerja Komisi Pemilihan Umum Kota Probolinggo Tahun 2024, diharapkan pencapaian kinerja "
        "dan "
        "pelaporan kinerja KPU Kota Probolinggo pada tahun 2025 dapat menjadi lebih baik.",
    ), sumber("Bab IV.B Rekomendasi", "4902-4933")),
}
