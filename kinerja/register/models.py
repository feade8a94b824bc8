"""The operational registers: records an office keeps anyway, from which indicators are
computed (kinerja.register.ukuran). Each model is declared as a register in daftar.py, which
gives it its pages, import, export and audit; its own rules are in ``clean``."""

from django.core.exceptions import ValidationError
from django.db import models

from kinerja.lib.angka import format_tanggal


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

    def get_absolute_url(self):
        from django.urls import reverse

        from .deklarasi import register_model

        return reverse("register:catatan", kwargs={"kode": self.satker.kode, "register": register_model(self).kunci,
                                                   "tahun": self.tanggal_utama.year, "catatan_id": self.pk})


def _urutan(galat: dict, lebih_awal, lebih_akhir, medan: str, pesan: str) -> None:
    if lebih_awal and lebih_akhir and lebih_akhir < lebih_awal:
        galat[medan] = pesan


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
        for nama in ("pemilih_baru", "tidak_memenuhi_syarat", "perbaikan"):
            if getattr(self, nama) is not None and getattr(self, nama) > 10_000_000:
                galat[nama] = "Jumlah di luar kewajaran (paling banyak 10.000.000)."
        if galat:
            raise ValidationError(galat)


class IkatanUkuran(models.Model):
    """A PK indicator whose realisasi is computed from a register measure (kinerja.register.ukuran)."""

    JALUR_SATKER = "indikator__sasaran__renstra__satker"

    indikator = models.OneToOneField("perencanaan.Indikator", on_delete=models.CASCADE, related_name="ikatan_ukuran")
    ukuran = models.CharField("ukuran", max_length=60)

    class Meta:
        verbose_name = "ikatan ukuran"
        verbose_name_plural = "ikatan ukuran"

    def __str__(self):
        from .ukuran import UKURAN

        u = UKURAN.get(self.ukuran)
        return f"{self.indikator.kode} dihitung dari “{u.judul if u else self.ukuran}”"

    def clean(self):
        from .ukuran import UKURAN

        if self.ukuran not in UKURAN:
            raise ValidationError({"ukuran": "Ukuran tidak dikenal."})
