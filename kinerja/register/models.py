"""The operational registers: records an office keeps anyway, from which indicators are
computed (kinerja.register.ukuran). Each model is declared as a register in daftar.py, which
gives it its pages, import, export and audit; its own rules are in ``clean``."""

from django.core.exceptions import ValidationError
from django.db import models

from kinerja.lib.angka import format_angka, format_tanggal


class Catatan(models.Model):
    """What every register record has: its satker, where it came from, whether it is example data."""

    JALUR_SATKER = "satker"
    TANGGAL = ""  # the date that places a record in a year's register

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="+")
    sumber = models.CharField(max_length=300, blank=True, help_text="Rujukan data.")
    contoh = models.BooleanField(default=False)

    class Meta:
        abstract = True

    @property
    def tanggal_utama(self):
        return getattr(self, self.TANGGAL)

    @property
    def tahun_catatan(self) -> int | None:
        """The year of the register the record belongs to: its main date's year, unless the
        model says otherwise (an election's ad hoc bodies belong to the election's year)."""
        return self.tanggal_utama.year if self.tanggal_utama else None

    @classmethod
    def di_tahun(cls, tahun: int) -> models.Q:
        return models.Q(**{f"{cls.TANGGAL}__year": tahun})

    def get_absolute_url(self):
        from django.urls import reverse

        from .deklarasi import register_model

        return reverse("register:catatan", kwargs={"kode": self.satker.kode, "register": register_model(self).kunci,
                                                   "tahun": self.tahun_catatan, "catatan_id": self.pk})


def _urutan(galat: dict, lebih_awal, lebih_akhir, medan: str, pesan: str) -> None:
    if lebih_awal and lebih_akhir and lebih_akhir < lebih_awal:
        galat[medan] = pesan


def _wajar(galat: dict, obj, medan: tuple[str, ...], maks: int, apa: str = "Jumlah") -> None:
    """A count above ``maks`` is a typing error (no regulation caps these counts; the bound keeps
    the register's figures sane)."""
    for nama in medan:
        if (getattr(obj, nama) or 0) > maks:
            galat[nama] = f"{apa} di luar kewajaran (paling banyak {format_angka(maks, 0)})."


class PermohonanInformasi(Catatan):
    """A request for public information (UU 14/2008 tentang Keterbukaan Informasi Publik):
    answered within 10 working days of receipt (Pasal 22 ayat (7)), or within 7 more when
    extended with written reasons (ayat (8))."""

    TANGGAL = "diterima"

    class Hasil(models.TextChoices):
        DIPENUHI = "dipenuhi", "Dipenuhi"
        SEBAGIAN = "sebagian", "Dipenuhi sebagian"
        DITOLAK = "ditolak", "Ditolak (informasi dikecualikan)"
        TIDAK_DIKUASAI = "tidak_dikuasai", "Informasi tidak dikuasai"

    nomor = models.CharField("nomor registrasi", max_length=50)
    diterima = models.DateField("diterima")
    informasi = models.CharField("informasi yang diminta", max_length=500)
    diperpanjang = models.BooleanField("diperpanjang", default=False,
                                       help_text="Perpanjangan 7 hari kerja dengan alasan tertulis (Pasal 22 ayat (8)).")
    dijawab = models.DateField("dijawab", null=True, blank=True)
    hasil = models.CharField(max_length=15, choices=Hasil.choices, blank=True)

    class Meta:
        verbose_name = "permohonan informasi"
        verbose_name_plural = "permohonan informasi"
        ordering = ["diterima", "nomor"]

    def __str__(self):
        return f"Permohonan {self.nomor} ({format_tanggal(self.diterima)})"

    def clean(self):
        galat: dict = {}
        _urutan(galat, self.diterima, self.dijawab, "dijawab", "Tanggal jawaban sebelum permohonan diterima.")
        if self.dijawab and not self.hasil:
            galat["hasil"] = "Pilih hasil jawaban."
        if self.hasil and not self.dijawab:
            galat["dijawab"] = "Isi tanggal jawaban untuk permohonan yang sudah dijawab."
        if galat:
            raise ValidationError(galat)


class Publikasi(Catatan):
    """A publication of an activity or election stage, expected out within one working day."""

    TANGGAL = "tanggal_kegiatan"

    class Kanal(models.TextChoices):
        LAMAN = "laman", "Laman KPU"
        MEDSOS = "media_sosial", "Media sosial"
        MEDIA = "media_massa", "Media massa"
        LAINNYA = "lainnya", "Lainnya"

    kegiatan = models.CharField("kegiatan atau tahapan", max_length=300)
    tanggal_kegiatan = models.DateField("tanggal kegiatan")
    tanggal_terbit = models.DateField("tanggal terbit", null=True, blank=True)
    kanal = models.CharField(max_length=15, choices=Kanal.choices)
    tautan = models.URLField(max_length=500, blank=True)

    class Meta:
        verbose_name = "publikasi"
        verbose_name_plural = "publikasi"
        ordering = ["tanggal_kegiatan", "id"]

    def __str__(self):
        return f"Publikasi {self.kegiatan[:80]} ({format_tanggal(self.tanggal_kegiatan)})"

    def clean(self):
        galat: dict = {}
        _urutan(galat, self.tanggal_kegiatan, self.tanggal_terbit, "tanggal_terbit",
                "Tanggal terbit sebelum tanggal kegiatan.")
        if galat:
            raise ValidationError(galat)


class ProdukHukum(Catatan):
    """A keputusan drafted, harmonised by its deadline under the regulatory framework, and adopted."""

    TANGGAL = "tanggal_rancangan"

    nomor = models.CharField("nomor keputusan", max_length=100, blank=True)
    judul = models.CharField(max_length=300)
    tanggal_rancangan = models.DateField("tanggal rancangan")
    tenggat_harmonisasi = models.DateField("tenggat harmonisasi")
    tanggal_harmonisasi = models.DateField("tanggal harmonisasi", null=True, blank=True)
    tanggal_penetapan = models.DateField("tanggal penetapan", null=True, blank=True)

    class Meta:
        verbose_name = "produk hukum"
        verbose_name_plural = "produk hukum"
        ordering = ["tanggal_rancangan", "id"]

    def __str__(self):
        return f"{self.nomor or 'Rancangan'}: {self.judul[:80]}"

    def clean(self):
        galat: dict = {}
        _urutan(galat, self.tanggal_rancangan, self.tenggat_harmonisasi, "tenggat_harmonisasi",
                "Tenggat harmonisasi sebelum tanggal rancangan.")
        _urutan(galat, self.tanggal_rancangan, self.tanggal_harmonisasi, "tanggal_harmonisasi",
                "Tanggal harmonisasi sebelum tanggal rancangan.")
        _urutan(galat, self.tanggal_harmonisasi or self.tanggal_rancangan, self.tanggal_penetapan,
                "tanggal_penetapan", "Tanggal penetapan sebelum harmonisasi atau rancangan.")
        if self.tanggal_penetapan and not self.nomor:
            galat["nomor"] = "Isi nomor keputusan yang sudah ditetapkan."
        if galat:
            raise ValidationError(galat)


class Sengketa(Catatan):
    """A legal dispute the office is party to, and its outcome."""

    TANGGAL = "didaftarkan"

    class Jenis(models.TextChoices):
        PROSES = "proses", "Sengketa proses"
        PHPU = "phpu", "PHPU (Mahkamah Konstitusi)"
        PTUN = "ptun", "PTUN"
        DKPP = "dkpp", "DKPP"
        LAINNYA = "lainnya", "Lainnya"

    class Hasil(models.TextChoices):
        BERJALAN = "berjalan", "Masih berjalan"
        MENANG = "menang", "Dimenangkan KPU"
        KALAH = "kalah", "Tidak dimenangkan KPU"
        DAMAI = "damai", "Selesai dengan mufakat"

    perkara = models.CharField(max_length=300)
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    didaftarkan = models.DateField()
    diputus = models.DateField("diputus", null=True, blank=True)
    hasil = models.CharField(max_length=10, choices=Hasil.choices, default=Hasil.BERJALAN)

    class Meta:
        verbose_name = "sengketa"
        verbose_name_plural = "sengketa"
        ordering = ["didaftarkan", "id"]

    def __str__(self):
        return f"{self.get_jenis_display()}: {self.perkara[:80]}"

    def clean(self):
        galat: dict = {}
        _urutan(galat, self.didaftarkan, self.diputus, "diputus", "Tanggal putusan sebelum perkara didaftarkan.")
        if self.hasil != self.Hasil.BERJALAN and not self.diputus:
            galat["diputus"] = "Isi tanggal putusan untuk perkara yang sudah selesai."
        if self.hasil == self.Hasil.BERJALAN and self.diputus:
            galat["hasil"] = "Perkara yang sudah diputus tidak lagi berjalan: pilih hasilnya."
        if galat:
            raise ValidationError(galat)


class LayananKepegawaian(Catatan):
    """A staff request (promotion, leave, periodic raise...) and its service standard in working days."""

    TANGGAL = "diterima"

    class Jenis(models.TextChoices):
        PANGKAT = "pangkat", "Kenaikan pangkat"
        CUTI = "cuti", "Cuti"
        BERKALA = "berkala", "Kenaikan gaji berkala"
        MUTASI = "mutasi", "Mutasi"
        LAINNYA = "lainnya", "Lainnya"

    permohonan = models.CharField(max_length=300)
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    diterima = models.DateField()
    standar_hari = models.PositiveSmallIntegerField("standar waktu (hari kerja)",
                                                    help_text="Bilangan bulat hari kerja, 1 sampai 250.")
    selesai = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "layanan kepegawaian"
        verbose_name_plural = "layanan kepegawaian"
        ordering = ["diterima", "id"]

    def __str__(self):
        return f"{self.get_jenis_display()}: {self.permohonan[:80]}"

    def clean(self):
        galat: dict = {}
        _urutan(galat, self.diterima, self.selesai, "selesai", "Tanggal selesai sebelum permohonan diterima.")
        if self.standar_hari is not None and not 1 <= self.standar_hari <= 250:
            galat["standar_hari"] = "Standar waktu antara 1 dan 250 hari kerja."
        if galat:
            raise ValidationError(galat)


class Pemutakhiran(Catatan):
    """A delivery of the continuous voter-data update (pemutakhiran data pemilih berkelanjutan)
    for one area and period, due by a date set in the KPU's schedule, with its counts (no
    personal data: counts only)."""

    TANGGAL = "tenggat"

    wilayah = models.CharField("wilayah", max_length=200, help_text="Mis. kelurahan atau kecamatan.")
    periode = models.CharField("periode", max_length=50, help_text="Mis. Januari 2024.")
    tenggat = models.DateField("tenggat penyerahan")
    diserahkan = models.DateField("diserahkan", null=True, blank=True)
    pemilih_baru = models.PositiveIntegerField("pemilih baru", null=True, blank=True)
    tidak_memenuhi_syarat = models.PositiveIntegerField("tidak memenuhi syarat", null=True, blank=True)
    perbaikan = models.PositiveIntegerField("perbaikan data", null=True, blank=True)

    class Meta:
        verbose_name = "pemutakhiran data pemilih"
        verbose_name_plural = "pemutakhiran data pemilih"
        ordering = ["tenggat", "id"]

    def __str__(self):
        return f"Pemutakhiran {self.wilayah[:60]} {self.periode}"

    def clean(self):
        galat: dict = {}
        _wajar(galat, self, ("pemilih_baru", "tidak_memenuhi_syarat", "perbaikan"), 10_000_000)
        if galat:
            raise ValidationError(galat)


class Pemilu(models.TextChoices):
    PEMILU_2024 = "pemilu-2024", "Pemilu 2024"
    PILKADA_2024 = "pemilihan-2024", "Pemilihan 2024"
    LAINNYA = "lainnya", "Lainnya"


class Tahapan(Catatan):
    """A stage (and sub-stage) of an election with its planned dates (PKPU 3/2022 for Pemilu
    2024, PKPU 2/2024 for the 2024 Pilkada) and the dates it was actually held."""

    TANGGAL = "rencana_mulai"

    class Status(models.TextChoices):
        BELUM = "belum", "Belum dimulai"
        BERJALAN = "berjalan", "Berjalan"
        SELESAI = "selesai", "Selesai"
        DITUNDA = "ditunda", "Ditunda"

    pemilu = models.CharField("pemilu/pemilihan", max_length=20, choices=Pemilu.choices)
    tahapan = models.CharField("tahapan", max_length=200)
    sub_tahapan = models.CharField("sub-tahapan", max_length=200, blank=True)
    rencana_mulai = models.DateField("rencana mulai")
    rencana_selesai = models.DateField("rencana selesai")
    mulai = models.DateField("mulai", null=True, blank=True)
    selesai = models.DateField("selesai", null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BELUM)

    class Meta:
        verbose_name = "tahapan"
        verbose_name_plural = "tahapan"
        ordering = ["rencana_mulai", "id"]

    def __str__(self):
        sub = f" – {self.sub_tahapan[:60]}" if self.sub_tahapan else ""
        return f"{self.tahapan[:80]}{sub} ({self.get_pemilu_display()})"

    def clean(self):
        galat: dict = {}
        _urutan(galat, self.rencana_mulai, self.rencana_selesai, "rencana_selesai",
                "Rencana selesai sebelum rencana mulai.")
        _urutan(galat, self.mulai, self.selesai, "selesai", "Tanggal selesai sebelum tanggal mulai.")
        if self.selesai and not self.mulai:
            galat["mulai"] = "Isi tanggal mulai tahapan yang sudah selesai."
        if self.status == self.Status.SELESAI and not self.selesai:
            galat["selesai"] = "Isi tanggal selesai untuk tahapan yang sudah selesai."
        if self.selesai and self.status != self.Status.SELESAI:
            galat["status"] = "Tahapan yang sudah bertanggal selesai berstatus Selesai."
        if self.status == self.Status.BERJALAN and not self.mulai:
            galat["mulai"] = "Isi tanggal mulai tahapan yang sedang berjalan."
        if self.mulai and self.status == self.Status.BELUM:
            galat["status"] = "Tahapan yang sudah dimulai tidak lagi berstatus Belum dimulai."
        if galat:
            raise ValidationError(galat)


class Logistik(Catatan):
    """One item of election logistics: its need (from a formula per TPS), what was received, in
    good condition and damaged, when it was inventoried and maintained, and where it is stored
    (the reference report cites PKPU 15/2018 on the norms and needs of election equipment)."""

    TANGGAL = "tanggal"

    pemilu = models.CharField("pemilu/pemilihan", max_length=20, choices=Pemilu.choices)
    jenis = models.CharField("jenis logistik", max_length=200)
    satuan = models.CharField(max_length=30, help_text="Mis. buah, lembar, set.")
    rumus = models.CharField("rumus kebutuhan", max_length=200, blank=True, help_text="Mis. 1 per TPS + cadangan 2%.")
    tanggal = models.DateField("tanggal pendataan kebutuhan")
    kebutuhan = models.PositiveIntegerField("jumlah kebutuhan")
    diterima = models.PositiveIntegerField("jumlah diterima", null=True, blank=True)
    diterima_pada = models.DateField("diterima pada", null=True, blank=True)
    baik = models.PositiveIntegerField("kondisi baik", null=True, blank=True)
    rusak = models.PositiveIntegerField("rusak", null=True, blank=True)
    lebih_dikonfirmasi = models.BooleanField(
        "kelebihan dikonfirmasi", default=False,
        help_text="Centang bila jumlah diterima memang melebihi kebutuhan (mis. cadangan dari KPU RI).")
    inventarisasi = models.DateField("diinventarisasi pada", null=True, blank=True)
    pemeliharaan = models.DateField("dipelihara pada", null=True, blank=True)
    gudang = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "logistik"
        verbose_name_plural = "logistik"
        ordering = ["tanggal", "id"]

    def __str__(self):
        return f"{self.jenis[:80]} ({self.get_pemilu_display()})"

    def clean(self):
        galat: dict = {}
        _wajar(galat, self, ("kebutuhan", "diterima", "baik", "rusak"), 100_000_000)
        if self.diterima is not None and self.kebutuhan is not None and self.diterima > self.kebutuhan \
                and not self.lebih_dikonfirmasi:
            galat["diterima"] = ("Jumlah diterima melebihi kebutuhan. Periksa lagi; bila benar, centang "
                                 "“Kelebihan dikonfirmasi”.")
        if (self.baik is not None or self.rusak is not None) and self.diterima is None:
            galat["diterima"] = "Isi jumlah diterima sebelum kondisi barang."
        elif self.diterima is not None and (self.baik or 0) + (self.rusak or 0) > self.diterima:
            galat["baik"] = "Jumlah baik dan rusak melebihi jumlah diterima."
        if self.diterima is not None and not self.diterima_pada:
            galat["diterima_pada"] = "Isi tanggal penerimaan."
        if self.inventarisasi and self.diterima is not None and (self.baik or 0) + (self.rusak or 0) != self.diterima:
            galat["inventarisasi"] = "Barang yang diinventarisasi: jumlah baik dan rusak sama dengan jumlah diterima."
        _urutan(galat, self.tanggal, self.diterima_pada, "diterima_pada", "Tanggal penerimaan sebelum pendataan kebutuhan.")
        _urutan(galat, self.diterima_pada, self.inventarisasi, "inventarisasi", "Inventarisasi sebelum barang diterima.")
        _urutan(galat, self.diterima_pada, self.pemeliharaan, "pemeliharaan", "Pemeliharaan sebelum barang diterima.")
        if self.inventarisasi and not self.diterima_pada:
            galat["inventarisasi"] = "Barang yang belum diterima tidak dapat diinventarisasi."
        if galat:
            raise ValidationError(galat)


class SaranaPrasarana(Catatan):
    """An office asset (BMN) as checked on a date: its condition and whether it works."""

    TANGGAL = "diperiksa"

    class Jenis(models.TextChoices):
        GEDUNG = "gedung", "Gedung dan bangunan"
        KENDARAAN = "kendaraan", "Kendaraan"
        KANTOR = "kantor", "Peralatan dan mesin kantor"
        TIK = "tik", "Teknologi informasi"
        LAINNYA = "lainnya", "Lainnya"

    class Kondisi(models.TextChoices):
        BAIK = "baik", "Baik"
        RINGAN = "rusak_ringan", "Rusak ringan"
        BERAT = "rusak_berat", "Rusak berat"

    aset = models.CharField("aset", max_length=200)
    kode_barang = models.CharField("kode barang (NUP)", max_length=60, blank=True)
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    diperiksa = models.DateField("diperiksa pada")
    kondisi = models.CharField(max_length=15, choices=Kondisi.choices)
    berfungsi = models.BooleanField(default=True)

    class Meta:
        verbose_name = "sarana dan prasarana"
        verbose_name_plural = "sarana dan prasarana"
        ordering = ["diperiksa", "id"]

    def __str__(self):
        return f"{self.aset[:80]}{f' ({self.kode_barang})' if self.kode_barang else ''}"

    def clean(self):
        if self.kondisi == self.Kondisi.BERAT and self.berfungsi:
            raise ValidationError({"berfungsi": "Aset rusak berat tidak dapat dinyatakan berfungsi."})


class Pertanggungjawaban(Catatan):
    """The accountability (SPJ) of an activity's spending, due by a deadline (PMK 62/2023 on
    the execution of the state budget: a GUP/LS settled with its evidence)."""

    TANGGAL = "tanggal_kegiatan"

    kegiatan = models.CharField(max_length=300)
    tanggal_kegiatan = models.DateField("tanggal kegiatan")
    nilai = models.PositiveBigIntegerField("nilai (Rp)", null=True, blank=True)
    tenggat = models.DateField("tenggat SPJ")
    selesai = models.DateField("SPJ selesai", null=True, blank=True)

    class Meta:
        verbose_name = "pertanggungjawaban anggaran"
        verbose_name_plural = "pertanggungjawaban anggaran"
        ordering = ["tanggal_kegiatan", "id"]

    def __str__(self):
        return f"SPJ {self.kegiatan[:80]} ({format_tanggal(self.tanggal_kegiatan)})"

    def clean(self):
        galat: dict = {}
        _urutan(galat, self.tanggal_kegiatan, self.tenggat, "tenggat", "Tenggat SPJ sebelum tanggal kegiatan.")
        _urutan(galat, self.tanggal_kegiatan, self.selesai, "selesai", "SPJ selesai sebelum kegiatan dilaksanakan.")
        if self.nilai is not None and self.nilai > 10**15:
            galat["nilai"] = "Nilai di luar kewajaran."
        if galat:
            raise ValidationError(galat)


class Kegiatan(Catatan):
    """An event of the office (sosialisasi, debat publik, bimtek, rapat koordinasi, pelantikan,
    rapat pleno) with its participants by sex; publications point at it."""

    TANGGAL = "tanggal"

    class Jenis(models.TextChoices):
        SOSIALISASI = "sosialisasi", "Sosialisasi"
        DEBAT = "debat", "Debat publik"
        BIMTEK = "bimtek", "Bimbingan teknis"
        RAKOR = "rakor", "Rapat koordinasi"
        PELANTIKAN = "pelantikan", "Pelantikan"
        PLENO = "pleno", "Rapat pleno"
        LAINNYA = "lainnya", "Lainnya"

    nama = models.CharField("nama kegiatan", max_length=300)
    jenis = models.CharField(max_length=15, choices=Jenis.choices)
    tanggal = models.DateField()
    tempat = models.CharField(max_length=200, blank=True)
    tahapan = models.CharField("tahapan", max_length=200, blank=True)
    kelompok = models.CharField("kelompok peserta", max_length=200, blank=True,
                                help_text="Mis. pemilih pemula, penyandang disabilitas, badan ad hoc.")
    peserta_laki = models.PositiveIntegerField("peserta laki-laki", null=True, blank=True)
    peserta_perempuan = models.PositiveIntegerField("peserta perempuan", null=True, blank=True)

    class Meta:
        verbose_name = "kegiatan"
        verbose_name_plural = "kegiatan"
        ordering = ["tanggal", "id"]

    def __str__(self):
        return f"{self.nama[:80]} ({format_tanggal(self.tanggal)})"

    def clean(self):
        galat: dict = {}
        _wajar(galat, self, ("peserta_laki", "peserta_perempuan"), 1_000_000, "Jumlah peserta")
        if galat:
            raise ValidationError(galat)


class BadanAdhoc(Catatan):
    """An ad hoc body of an election (PPK per kecamatan, PPS per kelurahan, KPPS per TPS), its
    formation against its deadline, members by sex, secretariat, and PAW (replacement) counts:
    counts only, no personal data (UU 7/2017 Pasal 52, 55 and 59: PPK 5, PPS 3, KPPS 7 members;
    PKPU 8/2022 on their formation)."""

    TANGGAL = "tenggat"
    MEDAN_TAHUN = "tahun"

    class Jenis(models.TextChoices):
        PPK = "ppk", "PPK"
        PPS = "pps", "PPS"
        KPPS = "kpps", "KPPS"

    ANGGOTA = {"ppk": 5, "pps": 3, "kpps": 7}

    tahun = models.PositiveSmallIntegerField("tahun pemilu/pemilihan")
    pemilu = models.CharField("pemilu/pemilihan", max_length=20, choices=Pemilu.choices)
    jenis = models.CharField(max_length=5, choices=Jenis.choices)
    wilayah = models.CharField("wilayah", max_length=200, help_text="Kecamatan (PPK), kelurahan (PPS) atau TPS (KPPS).")
    tenggat = models.DateField("tenggat pembentukan")
    dibentuk = models.DateField("dilantik", null=True, blank=True)
    anggota = models.PositiveSmallIntegerField("anggota", default=0)
    anggota_perempuan = models.PositiveSmallIntegerField("anggota perempuan", null=True, blank=True,
                                                         help_text="Kosongkan bila tidak diketahui.")
    sekretariat = models.PositiveSmallIntegerField("sekretariat dan tenaga pendukung", null=True, blank=True,
                                                   help_text="Kosongkan bila tidak diketahui.")
    paw = models.PositiveSmallIntegerField("pergantian antarwaktu (PAW)", default=0,
                                           help_text="Jumlah anggota dan staf yang diganti antarwaktu.")

    class Meta:
        verbose_name = "badan ad hoc"
        verbose_name_plural = "badan ad hoc"
        ordering = ["tahun", "jenis", "wilayah", "id"]

    def __str__(self):
        return f"{self.get_jenis_display()} {self.wilayah[:80]} ({self.get_pemilu_display()})"

    @property
    def tahun_catatan(self) -> int | None:
        return self.tahun

    @classmethod
    def di_tahun(cls, tahun: int) -> models.Q:
        return models.Q(tahun=tahun)

    @classmethod
    def anggota_lengkap(cls, c) -> bool:
        """Whether a body (a record, or a row of its fields) has its full membership."""
        return (c.anggota or 0) == cls.ANGGOTA.get(c.jenis, 0)

    def clean(self):
        galat: dict = {}
        wajib = self.ANGGOTA.get(self.jenis)
        if wajib is not None and (self.anggota or 0) > wajib:
            galat["anggota"] = f"{self.get_jenis_display()} beranggota {wajib} orang; tercatat {self.anggota}."
        if self.dibentuk and not self.anggota:
            galat["anggota"] = "Isi jumlah anggota badan yang sudah dilantik."
        if self.anggota_perempuan is not None and self.anggota_perempuan > (self.anggota or 0):
            galat["anggota_perempuan"] = "Anggota perempuan melebihi jumlah anggota."
        if self.tahun is not None and not 2000 <= self.tahun <= 2100:
            galat["tahun"] = "Tahun pemilu/pemilihan antara 2000 dan 2100."
        _wajar(galat, self, ("sekretariat", "paw"), 1000)
        if galat:
            raise ValidationError(galat)


class IkatanUkuran(models.Model):
    """A PK indicator whose realisasi is computed from a register measure (kinerja.register.ukuran)."""

    JALUR_SATKER = "indikator__sasaran__renstra__satker"

    indikator = models.OneToOneField("perencanaan.Indikator", on_delete=models.CASCADE, related_name="ikatan_ukuran")
    ukuran = models.CharField("ukuran", max_length=60, blank=True)
    rumus = models.TextField("rumus gabungan", blank=True,
                             help_text="Mis. (ppid_tepat_waktu.pembilang + spj_tepat_waktu.pembilang) / "
                                       "(ppid_tepat_waktu.penyebut + spj_tepat_waktu.penyebut)")

    class Meta:
        verbose_name = "ikatan ukuran"
        verbose_name_plural = "ikatan ukuran"

    def __str__(self):
        from .ukuran import UKURAN

        u = UKURAN.get(self.ukuran)
        return f"{self.indikator.kode} dihitung dari “{u.judul if u else (self.rumus or self.ukuran)}”"

    @property
    def ikatan(self):
        """As kinerja.register.ukuran.Ikatan, or None when it names a measure no longer declared."""
        from kinerja.lib.rumus import GalatRumus

        from .ukuran import UKURAN, Ikatan, cek_rumus

        if self.ukuran:
            return Ikatan(kunci=self.ukuran) if self.ukuran in UKURAN else None
        try:
            cek_rumus(self.rumus)
        except GalatRumus:
            return None
        return Ikatan(rumus=self.rumus)

    def clean(self):
        from kinerja.lib.rumus import GalatRumus

        from .ukuran import UKURAN, cek_rumus

        if bool(self.ukuran) == bool(self.rumus.strip()):
            raise ValidationError({"ukuran": "Pilih satu ukuran atau tulis satu rumus."})
        if self.ukuran and self.ukuran not in UKURAN:
            raise ValidationError({"ukuran": "Ukuran tidak dikenal."})
        if self.rumus:
            try:
                cek_rumus(self.rumus)
            except GalatRumus as e:
                raise ValidationError({"rumus": str(e)}) from None
