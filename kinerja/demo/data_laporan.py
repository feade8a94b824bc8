"""The narrative blocks of the demo's Laporan Kinerja 2024, in the seed's own words.

Each text is taken from the seed (``seed/lkj-kpu-kota-probolinggo-2024.txt``), with its line
numbers in ``sumber``. The PDF's hard line breaks are joined, words broken or glued by the
PDF are re-joined, and list items are separate paragraphs. Otherwise the wording is the
seed's; every correction (a wrong year, another office's name, a typo, a figure that
disagrees with the demo's data, a reference the generated report cannot honour) is listed
in ``KOREKSI``. Names of persons quoted in the seed's news items are left out. DATA.md
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


# --- Corrections to the seed's words ----------------------------------------------------------
# (where, what the seed says, what the text now says, why). Not listed: joining the PDF's
# lines and re-joining words it broke or glued ("UndangUndang", "bahwaKPU",
# "Kabupaten/Kotadalam", "mengakibatkanterganggunya", "tingkatpusat", "Negaraberdasarkan",
# "pelayanana dministrasi", "perundangundangan", "danWakil", "denga napa", "Belumada",
# "stake holder", "seharihari"), spacing around punctuation, and a list's last item ending
# with "." instead of ";". Left out without correction: photo captions, the names of persons
# in the seed's news items, and the passages named in the comments above.

KOREKSI = [
    # BAB I
    ("NARASI_SATKER latar_belakang (seed baris 176-178)", "LKj KPU Kota Probolinggo Tahun 2023",
     "LKj KPU Kota Probolinggo Tahun 2024", "laporan ini adalah LKj 2024"),
    ("NARASI_SATKER latar_belakang (seed baris 209, 225)", "Laporan Kinerja (LK)", "Laporan Kinerja (LKj)",
     "seed menyingkat laporan yang sama LKj (baris 176) dan LK; LK lazim berarti laporan keuangan"),
    ("NARASI_SATKER latar_belakang (seed baris 186-190)",
     "yang berbunyi Pemilihan Umum ... mandiri”. Pelaksanaan Undang Undang Dasar",
     "yang berbunyi “Pemilihan Umum ... mandiri”. Pelaksanaan Undang-Undang Dasar",
     "tanda kutip pembuka dan tanda hubung yang hilang"),
    ("NARASI_SATKER latar_belakang (seed baris 227)", "KPU Kota probolinggo", "KPU Kota Probolinggo",
     "salah ketik"),
    ("NARASI_SATKER maksud_tujuan (seed baris 239, 251)", "LKj KPU Kota Probolinggo Tahun 2023 (dua kali)",
     "LKj KPU Kota Probolinggo Tahun 2024", "laporan ini adalah LKj 2024"),
    ("NARASI_SATKER maksud_tujuan (seed baris 241)", "melaksanaan Peraturan Keputusan Komisi Pemilihan Umum",
     "melaksanakan Keputusan Komisi Pemilihan Umum",
     "salah ketik; nomor 5/PR.03-1-Kpt/03/KPU/I/2018 adalah nomor keputusan (Kpt), bukan peraturan"),
    ("NARASI_SATKER maksud_tujuan (seed baris 255)", "KPU Provinsi Jwa Timur", "KPU Provinsi Jawa Timur",
     "salah ketik"),
    ("NARASI_SATKER kedudukan (seed baris 612)", "Uraian Tugas Staf Pelaksanan", "Uraian Tugas Staf Pelaksana",
     "salah ketik"),
    ("NARASI_SATKER kedudukan (seed baris 626-628)",
     "Undang-Undang Nomor 7 Tahun 2017 tentang Penyelenggara Pemilihan Umum",
     "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
     "judul undang-undang ini di seed sendiri (baris 190-192)"),
    ("NARASI_SATKER kedudukan, tugas Sekretaris (seed baris 632-660)",
     "butir a-j, dengan b. \"memberikan dukungan teknis administrati\" dan butir d/e, g/h, i/j yang "
     "terpotong di tengah kalimat",
     "butir a-g: \"administratif;\" dan ketiga kalimat yang terpotong disambung kembali",
     "pemenggalan baris PDF menjadikan lanjutan kalimat butir baru; \"administratif\" sesuai daftar tugas "
     "Sekretariat (baris 672)"),
    ("NARASI_SATKER kedudukan, tugas Sekretaris (seed baris 650)", "penyuusunan", "penyusunan", "salah ketik"),
    ("NARASI_SATKER kedudukan, tugas Pasal 10 ayat (1) (seed baris 451-457)",
     "o) ... Pemilu; dan p. melaksanakan tugas ...", "o) ... Pemilu; dan / p) melaksanakan tugas ...",
     "butir p tergabung ke butir o; dipisah seperti butir lain"),
    ("NARASI_SATKER kedudukan, jumlah anggota (seed baris 300-304)",
     "a) KPU sebanyak 7 (tujuh) orang; b) KPU Provinsi sebanyak 5 (lima) orang; dan KPU Kabupaten/Kota "
     "sebanyak 5 (lima) orang. c) ... g)",
     "a) KPU Kabupaten/Kota sebanyak 5 (lima) orang; b) ... f)",
     "jumlah anggota KPU RI dan KPU Provinsi bukan tentang satker ini; huruf butir disesuaikan"),
    ("NARASI_SATKER kedudukan (seed baris 288-290)",
     "dan pada pasal 4 ayat (2) disebutkan bahwa KPU Provinsi berkedudukan di ibu kota provinsi, selanjutnya "
     "pada pasal 5 ayat (3)", "dan pada pasal 5 ayat (3)", "kedudukan KPU Provinsi bukan tentang satker ini"),
    ("NARASI_SATKER kedudukan (seed baris 788)", "5. Struktur Organisasi", "4. Struktur Organisasi",
     "butir 4. Dasar Hukum (dasar hukum LAKIP \"Komisi Pemilihan Umum Kota Bontang\") tidak dimuat"),
    ("NARASI_SATKER kedudukan (seed baris 919)",
     "c) Sub. Bagian Perencanaan, Data dan Informasi; Tugas, Pokok, dan Fungsi",
     "c) Sub. Bagian Perencanaan, Data dan Informasi;",
     "\"Tugas, Pokok, dan Fungsi\" adalah judul daftar tugas yang tidak dimuat"),
    ("NARASI_SATKER aspek_strategis (seed baris 1124-1128)",
     "Seiring dengan tujuan diatas, sasaran strategis Komisi Pemilihan Umum yang akan dicapai pada periode "
     "2020-2024, adalah sebagai berikut :", "(kalimat dihapus)",
     "daftar yang diumumkan tidak ada di seed; sasaran strategis disajikan di Bab II laporan"),
    ("NARASI_SATKER aspek_strategis (seed baris 1154, 1170)", "Ducapil Provinsi; DucapilProvinsi",
     "Dukcapil Provinsi", "salah ketik"),
    ("NARASI_SATKER permasalahan (seed baris 1179)", "permasalahan utama (strategic issued)",
     "permasalahan utama (strategic issues)", "salah ketik"),
    # Tahunan
    ("NARASI_TAHUNAN ringkasan (seed baris 86)", "Jujur dan Adill", "Jujur dan Adil", "salah ketik"),
    ("NARASI_TAHUNAN ringkasan (seed baris 102)", "Laporan Kinerja Tahun 2023", "Laporan Kinerja Tahun 2024",
     "laporan ini adalah LKj 2024"),
    ("NARASI_TAHUNAN ringkasan (seed baris 104)", "KPU Kota Probolinggon", "KPU Kota Probolinggo",
     "salah ketik"),
    ("NARASI_TAHUNAN ringkasan (seed baris 112)", "Rencana Strategis KPU Provinsi NTB periode 2020 – 2024",
     "Rencana Strategis KPU Kota Probolinggo periode 2020–2024",
     "nama instansi lain; Renstra satker ini disebut di seed baris 129-131"),
    ("NARASI_TAHUNAN ringkasan (seed baris 127-129)",
     "Capaian kinerja KPU Kota Probolinggo pada Tahun 2023 tersebar pada 4 (empat) sasaran strategis dengan "
     "12 (dua belas) indikator Kinerja Utama",
     "Capaian kinerja KPU Kota Probolinggo pada Tahun 2024 tersebar pada sasaran kegiatan dan Indikator "
     "Kinerja Utama",
     "tahun laporan 2024; jumlahnya tidak sesuai data demo (PK 2024: 13 sasaran kegiatan, 17 indikator, 10 "
     "IKU; Renstra: 6 sasaran strategis), maka angka dihapus; capaian diukur per sasaran kegiatan PK"),
    ("NARASI_TAHUNAN ringkasan (seed baris 131-135)",
     "Berdasarkan hasil evaluasi dan analisis capaian kinerja dapat dikatakan semua target terpenuhi sesuai "
     "dengan rencana yang ditetapkan.", "(kalimat dihapus)",
     "bertentangan dengan data: capaian 5.1, 9.2, 9.3, 11.1 dan 13.1 di bawah 100% dan 7.1 tidak dapat "
     "dihitung"),
    ("NARASI_TAHUNAN ringkasan (seed baris 137)", "pelaksanaan kegiatan Tahun 2023",
     "pelaksanaan kegiatan Tahun 2024", "laporan ini adalah LKj 2024"),
    ("NARASI_TAHUNAN ringkasan (seed baris 141-143)",
     "Secara umum beberapa capaian utama kinerja Tahun 2024 dapat dilihat pada tabel berikut:",
     "(kalimat dihapus)",
     "tabel itu tidak ada di seed; di laporan yang dibangkitkan tabel ringkasan capaian ada sebelum paragraf "
     "ini"),
    ("NARASI_TAHUNAN anggaran (seed baris 4753)", "Akuntabilitas Keuangan Berdasarkan alokasi",
     "Berdasarkan alokasi", "judul yang tergabung ke paragraf"),
    ("NARASI_TAHUNAN anggaran (seed baris 4755)", "alokasi anggaran KPU Kota Probolinggo Tahun 2023",
     "alokasi anggaran KPU Kota Probolinggo Tahun 2024", "pagu ini adalah pagu 2024 (Tabel 3.3, baris 4767)"),
    ("NARASI_TAHUNAN anggaran (seed baris 4755-4757)",
     "Rp. 40,377,837,000- (Dua belas miliar lima ratus sepuluh juta seratus empat puluh delapan ribu rupiah)",
     "Rp40.377.837.000 (Empat puluh miliar tiga ratus tujuh puluh tujuh juta delapan ratus tiga puluh tujuh "
     "ribu rupiah)", "terbilang seed menyebut Rp12.510.148.000; ditulis dari angka pagu, format Indonesia"),
    ("NARASI_TAHUNAN anggaran (seed baris 4787-4789)", "82,21% (Sembilan puluh delapan limapuluh persen )",
     "82,21% (Delapan puluh dua koma dua satu persen)",
     "terbilang seed tidak sesuai angkanya (Rp33.195.683.152 dari Rp40.377.837.000 = 82,21%)"),
    ("NARASI_TAHUNAN anggaran (seed baris 4815-4817)",
     "sehingga realisasi dan target berjalan seimbang yang hamper mencapai 90%.",
     "sehingga realisasi dan target berjalan seimbang.",
     "angka bertentangan dengan data: penyerapan 2024 82,21%"),
    ("NARASI_TAHUNAN anggaran (seed baris 4801-4823)",
     "denga napa; indicator ketercapian; susuai; realsisasi; Ketika; seumberdaya; tata Kelola anggara",
     "dengan apa; indikator ketercapaian; sesuai; realisasi; ketika; sumber daya; tata kelola anggaran",
     "salah ketik"),
    ("NARASI_TAHUNAN kesimpulan (seed baris 4863-4865)", "kegiatan yang dilaksanakan tahun 2020.",
     "kegiatan yang dilaksanakan tahun 2024.", "kalimat ini tentang pengukuran kinerja Tahun 2024"),
    ("NARASI_TAHUNAN kesimpulan (seed baris 4869-4901)",
     "1. Dalam setiap pelaksanaan kegiatan ... sebagai berikut: 2. ... 3. ... 4. ...",
     "Dalam setiap pelaksanaan kegiatan ... sebagai berikut: 1. ... 2. ... 3. ...",
     "kalimat pengantar daftar bernomor sebagai butir 1; butir dinomori ulang"),
    ("NARASI_TAHUNAN rekomendasi (seed baris 4916)", "dengan urut/bagian terkait", "dengan unit/bagian terkait",
     "salah ketik"),
    ("NARASI_TAHUNAN rekomendasi (seed baris 4929)", "Laporan Kinerja ... Tahun 2023",
     "Laporan Kinerja ... Tahun 2024", "laporan ini adalah LKj 2024"),
    ("NARASI_TAHUNAN rekomendasi (seed baris 4931)", "pelaporan kinerja KPU Kota Probolinggo pada tahun 2023",
     "pelaporan kinerja KPU Kota Probolinggo pada tahun 2025",
     "harapan untuk tahun berikutnya (kalimat sebelumnya: \"pada tahun berikutnya\")"),
    # Sasaran
    ("NARASI_SASARAN 1 analisis (seed baris 3154)", "pelaksanaan tahapan Pemilu di Kabupaten Probolinggo",
     "pelaksanaan tahapan Pemilu di Kota Probolinggo",
     "Kabupaten Probolinggo adalah satker lain; laporan ini tentang Kota Probolinggo"),
    ("NARASI_SASARAN 1 analisis (seed baris 3154-3191)",
     "Pada Tahapan Pemilu 2024 di tahun 2023 antara lain: a. ... b. ... c. ...",
     "judul tiap tahapan tanpa huruf",
     "butir a (perencanaan dan penganggaran) dipindah ke sasaran 2; tahapan 2024 ditambahkan dari uraian "
     "tahapan seed baris 2946-3120"),
    ("NARASI_SASARAN 1 analisis (seed baris 3012)", "Terwuujudnya Tahapan Pemilihan ... Wakil WaliKota",
     "Terwujudnya Tahapan Pemilihan ... Wakil Walikota", "salah ketik"),
    ("NARASI_SASARAN 2 analisis (seed baris 3577-3579)", "mencapai persentase realisasi 96,80%",
     "mencapai persentase realisasi 96,08%",
     "angka seed sendiri: Rp1.543.807.520 dari Rp1.606.783.000 = 96,08%, sesuai data demo"),
    ("NARASI_SASARAN 2, 3, 4 analisis (seed baris 3579-3585, 3691-3693, 3911-3916)",
     "Pada tabel di atas menunjukkan bahwa KPU Kota Probolinggo pada kegiatan ... yang dapat terealisasi "
     "sebesar Rp. ...,- yang tidak dapat terealisasi pada akun ...",
     "Realisasi anggaran KPU Kota Probolinggo pada kegiatan ... sebesar Rp...; akun yang tidak terealisasi "
     "dimuat di blok penyebab",
     "di laporan yang dibangkitkan tabel anggaran sasaran ada sesudah narasi, bukan di atasnya"),
    ("NARASI_SASARAN 2 analisis (seed baris 3189)",
     "Konsolidasi Nasional yang dilaksanakan oleh KPU RI, dimana KPU Kabupaten mengikuti",
     "Konsolidasi Nasional yang dilaksanakan oleh KPU RI.",
     "anak kalimat terpotong dan menyebut \"KPU Kabupaten\""),
    ("NARASI_SASARAN 3 penyebab (seed baris 3051)", "Ini memudahkan, bak bagi peserta maupun KPU",
     "Ini memudahkan, baik bagi peserta maupun KPU.", "salah ketik"),
    ("NARASI_SASARAN 4 analisis (seed baris 3856-3858)",
     "indikator yang ditetapkan oleh Sekretariat KPU Kabupaten Purwakarta sebagai berikut :",
     "indikator yang ditetapkan oleh Sekretariat KPU Kota Probolinggo.",
     "nama instansi lain; daftar yang diumumkan tidak ada (kalimat berikutnya tentang PKPU 15/2018)"),
    ("NARASI_SASARAN 4 analisis (seed baris 3911-3912)", "KPU Kabupaten Bojonegoro pada kegiatan pengelolaan "
     "logistik pemilu", "KPU Kota Probolinggo pada kegiatan pengelolaan logistik pemilu", "nama instansi lain"),
    ("NARASI_SASARAN 4 analisis (seed baris 3911)", "mencapaI", "mencapai", "salah ketik"),
    ("NARASI_SASARAN 4 analisis (seed baris 3940-3942)", "Hampir seluruhnya telah 100 persen.",
     "(kalimat dihapus)",
     "angka capaian logistik yang tidak sesuai data demo (realisasi 4.1 = 100%)"),
    ("NARASI_SASARAN 9 solusi (seed baris 4188, 4202, 4206, 4212, 4216)", "KPU Kabupaten Bojonegoro (lima kali)",
     "KPU Kota Probolinggo", "nama instansi lain"),
    ("NARASI_SASARAN 9 analisis (seed baris 4173)", "persentase pemutakhirkan data pemilih",
     "persentase pemutakhiran data pemilih", "salah ketik"),
    ("NARASI_SASARAN 1, 2, 3, 4 (kutipan berita)",
     "nama pejabat, narasumber dan anggota badan ad hoc yang dikutip (mis. \"Ketua KPU Kota Probolinggo "
     "[nama] mengatakan\", daftar nama anggota PPS hasil PAW)",
     "jabatan saja, atau kalimat bernama dihapus",
     "narasi tanpa data pribadi; kalimat yang tersisa disambung seperlunya"),
    # Hambatan
    ("HAMBATAN sasaran 1 (seed baris 4306-4313)", "PKPU Tahapan di tetapkan; Penyusuanan Rencana Kerja merujuk "
     "PKPU Tahaoan", "PKPU Tahapan ditetapkan; Penyusunan Rencana Kerja merujuk PKPU Tahapan", "salah ketik"),
    ("HAMBATAN sasaran 9 (seed baris 4520)", "agar lebih pbjektif", "agar lebih objektif", "salah ketik"),
    ("HAMBATAN sasaran 9 (seed baris 4530-4534)", "Menindaklanjuti hasil=hasil evaluasi yang sebagai evaluasi "
     "kedepan", "Menindaklanjuti hasil-hasil evaluasi yang ada sebagai evaluasi kedepan",
     "salah ketik; kata \"ada\" dari kalimat yang sama di Tabel 2.1 (baris 2002-2006)"),
    ("HAMBATAN sasaran 5 (seed baris 4418-4420)", "Pelaksanaan penyululuhan produk hukum",
     "Pelaksanaan penyuluhan produk hukum", "salah ketik"),
    ("HAMBATAN sasaran 10 (seed baris 4557)", "Membangun managemen keuangan", "Membangun manajemen keuangan",
     "salah ketik"),
    ("HAMBATAN sasaran 12 (seed baris 4610)", "Minim biaya peraawatan", "Minim biaya perawatan", "salah ketik"),
    ("HAMBATAN umum (seed baris 4728-4730)",
     "dalam melaksanakan kebijaksanaan untuk meningkatkan kinerja sesuai",
     "dalam melaksanakan kebijaksanaan untuk meningkatkan kinerja sesuai fungsinya masing-masing.",
     "kalimat terpotong; dilengkapi dari kalimat yang sama di Bab IV (baris 4899-4901)"),
]
