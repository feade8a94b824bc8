import ast
from decimal import Decimal

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse

from kinerja.lib.angka import format_ringkas, format_tanggal
from kinerja.lib.capaian import PITA_BAKU, Pita, validasi_pita


class Satker(models.Model):
    """A work unit with its own budget: KPU RI, a KPU Provinsi, or a KPU Kab/Kota."""

    JALUR_SATKER = None
    class Tingkat(models.TextChoices):
        PUSAT = "pusat", "KPU RI"
        PROVINSI = "provinsi", "KPU Provinsi"
        KABKOTA = "kabkota", "KPU Kabupaten/Kota"

    kode = models.CharField(
        "kode satker", max_length=12, unique=True,
        validators=[RegexValidator(r"^[0-9A-Z-]{3,12}$",
                                   "Kode satker terdiri atas 3–12 angka, huruf kapital, atau tanda -.")],
    )
    nama = models.CharField(max_length=200)
    tingkat = models.CharField(max_length=10, choices=Tingkat.choices)
    induk = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                              related_name="anak")
    kode_wilayah = models.CharField("kode wilayah Kemendagri", max_length=13, blank=True)
    kota = models.CharField("tempat penandatanganan", max_length=100, blank=True,
                            help_text="Nama kota pada tanda tangan dokumen, mis. Probolinggo.")
    pita_kategori = models.JSONField(
        "kategori capaian", default=list, blank=True,
        help_text="Kosong berarti kategori baku (Permendagri 86/2017).")
    contoh = models.BooleanField(default=False, help_text="Data contoh, bukan dari sumber resmi.")
    versi_data = models.PositiveBigIntegerField(
        default=0, editable=False,
        help_text="Naik pada setiap perubahan data satker ini (lihat kinerja.core.audit.catat); "
                  "kunci cache halaman capaian.")

    class Meta:
        verbose_name_plural = "satker"
        ordering = ["kode"]

    def __str__(self):
        return self.nama

    def get_absolute_url(self):
        return reverse("pengukuran:satker", kwargs={"kode": self.kode})

    def save(self, *args, **kwargs):
        """``versi_data`` moves only forward, by F() in kinerja.core.audit.catat: a save of a
        Satker loaded earlier must never write its older version back."""
        if self.pk is not None and kwargs.get("update_fields") is None and not kwargs.get("force_insert"):
            kwargs["update_fields"] = [f.name for f in self._meta.concrete_fields
                                       if not f.primary_key and f.name != "versi_data"]
        elif kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = [f for f in kwargs["update_fields"] if f != "versi_data"]
        super().save(*args, **kwargs)

    def format_riwayat(self, nama: str, nilai) -> str | None:
        """The category bands in the history as the settings page shows them."""
        if nama != "pita_kategori":
            return None
        if isinstance(nilai, str):  # rows written before lists were kept as JSON
            try:
                nilai = ast.literal_eval(nilai)
            except (ValueError, SyntaxError):
                return nilai
        if not nilai:
            return "kategori baku (Permendagri 86/2017)"
        try:
            return "; ".join(f"≥ {format_ringkas(Decimal(str(b)))}%: {lbl}" for b, lbl in nilai)
        except (ValueError, TypeError, ArithmeticError):
            return str(nilai)

    def pita(self) -> tuple[Pita, ...]:
        if not self.pita_kategori:
            return PITA_BAKU
        return validasi_pita([Pita(Decimal(str(b)), lbl) for b, lbl in self.pita_kategori])

    def leluhur_ids(self) -> list[int]:
        """Ids of the superior satker, nearest first (at most a few levels)."""
        ids, s = [], self
        while s.induk_id is not None and len(ids) < 5:
            ids.append(s.induk_id)
            s = s.induk
        return ids


class Subbagian(models.Model):
    JALUR_SATKER = "satker"

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="subbagian")
    nama = models.CharField(max_length=200)
    singkatan = models.CharField(max_length=30, blank=True)

    class Meta:
        verbose_name_plural = "subbagian"
        ordering = ["satker", "nama"]
        constraints = [models.UniqueConstraint(fields=["satker", "nama"], name="subbagian_unik",
                                    violation_error_message="Subbagian dengan nama ini sudah ada di satker ini.")]

    def __str__(self):
        return self.singkatan or self.nama


class Peran(models.Model):
    """A user's role in one satker."""

    JALUR_SATKER = "satker"

    class Jenis(models.TextChoices):
        ADMIN = "admin", "Admin"
        OPERATOR = "operator", "Operator"
        PIMPINAN = "pimpinan", "Pimpinan"
        REVIEWER = "reviewer", "Reviewer (APIP)"
        PEMBACA = "pembaca", "Pembaca"

    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="peran")
    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="peran")
    peran = models.CharField(max_length=10, choices=Jenis.choices)

    class Meta:
        verbose_name_plural = "peran"
        constraints = [models.UniqueConstraint(fields=["pengguna", "satker"], name="peran_unik",
                                    violation_error_message="Pengguna ini sudah memiliki peran di satker ini.")]

    def __str__(self):
        nama = self.pengguna.get_full_name().strip() or self.pengguna.get_username()
        return f"{nama} sebagai {self.get_peran_display()}"

    def get_absolute_url(self):
        return reverse("organisasi:pengguna_ubah", kwargs={"kode": self.satker.kode, "peran_id": self.pk})


class HariLibur(models.Model):
    """A satker's own change to the national working-day calendar (kinerja.lib.kalender): a
    day off of its own (``libur``: e.g. a regional holiday the office observes, set by a
    decision of its head), or a national day off or cuti bersama the office works after all
    (``libur`` false: e.g. during an election stage). Deadlines in working days count with it."""

    JALUR_SATKER = "satker"

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="hari_libur")
    tanggal = models.DateField()
    nama = models.CharField("keterangan", max_length=200)
    libur = models.BooleanField("hari libur", default=True,
                                help_text="Kosongkan bila kantor tetap masuk kerja pada hari libur nasional ini.")
    dasar = models.CharField("dasar", max_length=300, help_text="Mis. nomor keputusan atau surat edaran.")

    class Meta:
        verbose_name = "hari libur satker"
        verbose_name_plural = "hari libur satker"
        ordering = ["satker", "tanggal"]
        constraints = [models.UniqueConstraint(fields=["satker", "tanggal"], name="hari_libur_unik",
                                               violation_error_message="Tanggal ini sudah dicatat untuk satker ini.")]

    def __str__(self):
        return f"{format_tanggal(self.tanggal)}: {self.nama}" + ("" if self.libur else " (tetap masuk kerja)")

    def get_absolute_url(self):
        return reverse("organisasi:kalender", kwargs={"kode": self.satker.kode, "tahun": self.tanggal.year})
