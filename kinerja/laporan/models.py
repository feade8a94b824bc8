"""What the office writes for its Laporan Kinerja; every figure comes from the other apps.

``Laporan`` holds a year's report settings (date, signatory, paper); ``Narasi`` one block
of the office's own words, either for one year or, with ``tahun`` 0, kept for every year
(the BAB I texts, reused year to year); ``Hambatan`` one row of the table of obstacles,
constraints and follow-up (PermenPANRB 53/2014, Lampiran, Bab III of the LKj).
"""

import os
import uuid

from django.db import models
from django.urls import reverse

from django.conf import settings

from kinerja.core.fields import ExactDecimalField, WaktuOtomatisField
from kinerja.core.models import Approvable
from kinerja.lib.alur import ALUR_LAPORAN, StatusTriwulan

SEMUA_TAHUN = 0
MAKS_NARASI = 20_000


class Laporan(Approvable):
    """A year's report: its settings, its approval, and the built files it was approved with."""

    ALUR = ALUR_LAPORAN
    EVENT_PREFIX = "laporan"
    JALUR_SATKER = "satker"

    class Kertas(models.TextChoices):
        A4 = "A4", "A4 (210 × 297 mm)"
        F4 = "F4", "F4 (215 × 330 mm)"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="laporan")
    tahun = models.PositiveSmallIntegerField()
    tanggal = models.DateField("tanggal laporan", null=True, blank=True)
    penandatangan_nama = models.CharField("nama penandatangan", max_length=150, blank=True)
    penandatangan_jabatan = models.CharField("jabatan penandatangan", max_length=200, blank=True)
    penandatangan_nip = models.CharField("NIP penandatangan", max_length=18, blank=True)
    kertas = models.CharField("ukuran kertas", max_length=2, choices=Kertas.choices, default=Kertas.A4)
    status = models.CharField(max_length=10, choices=[(s.value, s.label) for s in StatusTriwulan],
                              default=StatusTriwulan.TERBUKA)
    alasan = models.TextField(blank=True, help_text="Alasan pengembalian atau pembukaan kembali terakhir.")
    pembuatan = models.ForeignKey("Pembuatan", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                  verbose_name="berkas yang diajukan")

    class Meta:
        verbose_name = "laporan kinerja"
        verbose_name_plural = "laporan kinerja"
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="laporan_unik")]

    def __str__(self):
        return f"Laporan Kinerja {self.tahun}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.tanggal is not None and not (self.tahun <= self.tanggal.year <= self.tahun + 1):
            raise ValidationError({"tanggal": f"Tanggal Laporan Kinerja {self.tahun} jatuh pada tahun {self.tahun} "
                                              f"atau {self.tahun + 1} (laporan disusun sesudah tahun berakhir)."})

    def get_absolute_url(self):
        return reverse("laporan:laporan", kwargs={"kode": self.satker.kode, "tahun": self.tahun})


class Narasi(models.Model):
    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="narasi")
    tahun = models.PositiveSmallIntegerField(default=SEMUA_TAHUN, help_text="0: berlaku setiap tahun (BAB I).")
    kunci = models.CharField(max_length=80)
    teks = models.TextField(blank=True, max_length=MAKS_NARASI)
    sumber = models.CharField(max_length=300, blank=True, help_text="Rujukan teks (untuk data demo).")
    contoh = models.BooleanField(default=False)
    diubah_pada = WaktuOtomatisField(auto_now=True)

    class Meta:
        verbose_name = "narasi laporan"
        verbose_name_plural = "narasi laporan"
        constraints = [models.UniqueConstraint(fields=["satker", "tahun", "kunci"], name="narasi_unik")]

    def __str__(self):
        from .narasi import label

        return label(self.kunci)

    def get_absolute_url(self):
        tahun = self.tahun or None
        if tahun is None:
            return reverse("laporan:beranda", kwargs={"kode": self.satker.kode})
        return reverse("laporan:laporan", kwargs={"kode": self.satker.kode, "tahun": tahun})


class Hambatan(models.Model):
    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="hambatan")
    tahun = models.PositiveSmallIntegerField()
    sasaran = models.ForeignKey("perencanaan.SasaranKegiatan", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+", verbose_name="sasaran kegiatan")
    hambatan = models.TextField(max_length=4000)
    kendala = models.TextField(blank=True, max_length=4000)
    tindak_lanjut = models.TextField("rencana tindak lanjut", blank=True, max_length=4000)
    urutan = models.PositiveSmallIntegerField(default=0)
    sumber = models.CharField(max_length=300, blank=True)
    contoh = models.BooleanField(default=False)

    class Meta:
        verbose_name = "hambatan dan tindak lanjut"
        verbose_name_plural = "hambatan dan tindak lanjut"
        ordering = ["urutan", "id"]

    def __str__(self):
        return f"Hambatan: {self.hambatan[:60]}"

    def get_absolute_url(self):
        return reverse("laporan:laporan", kwargs={"kode": self.satker.kode, "tahun": self.tahun})


def _lokasi_foto(instance, filename):
    ext = os.path.splitext(filename)[1].lower()
    return f"laporan/{instance.satker.kode}/{instance.tahun}/{uuid.uuid4().hex}{ext}"


class Foto(models.Model):
    """A documentation photo of the year's activities, with its caption, for BAB III."""

    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="foto_laporan")
    tahun = models.PositiveSmallIntegerField()
    sasaran = models.ForeignKey("perencanaan.SasaranKegiatan", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+", verbose_name="sasaran kegiatan")
    kegiatan = models.ForeignKey("register.Kegiatan", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="foto", verbose_name="kegiatan")
    berkas = models.FileField(upload_to=_lokasi_foto, max_length=200)
    keterangan = models.CharField("keterangan foto", max_length=300)
    jenis = models.CharField(max_length=20)
    ukuran = models.PositiveIntegerField()
    urutan = models.PositiveSmallIntegerField(default=0)
    contoh = models.BooleanField(default=False)
    diunggah_pada = WaktuOtomatisField(auto_now_add=True)

    class Meta:
        verbose_name = "foto dokumentasi"
        verbose_name_plural = "foto dokumentasi"
        ordering = ["urutan", "id"]

    def __str__(self):
        return f"Foto: {self.keterangan[:60]}"

    def get_absolute_url(self):
        return reverse("laporan:foto", kwargs={"kode": self.satker.kode, "tahun": self.tahun})


class Standar(models.Model):
    """A national or provincial standard (or benchmark) an indicator's result is compared with
    (PermenPANRB 53/2014, Lampiran: analisis capaian "dengan standar nasional")."""

    JALUR_SATKER = "indikator__sasaran__renstra__satker"

    class Tingkat(models.TextChoices):
        NASIONAL = "nasional", "nasional"
        PROVINSI = "provinsi", "provinsi"

    indikator = models.ForeignKey("perencanaan.Indikator", on_delete=models.CASCADE, related_name="standar")
    tahun = models.PositiveSmallIntegerField()
    tingkat = models.CharField(max_length=10, choices=Tingkat.choices, default=Tingkat.NASIONAL)
    nilai = ExactDecimalField("nilai standar")
    sumber = models.CharField("dasar standar", max_length=300)
    contoh = models.BooleanField(default=False)

    class Meta:
        verbose_name = "standar indikator"
        verbose_name_plural = "standar indikator"
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun", "tingkat"], name="standar_unik")]

    def __str__(self):
        return f"Standar {self.tingkat} {self.indikator.kode} {self.tahun}"

    def get_absolute_url(self):
        return reverse("laporan:standar", kwargs={"kode": self.indikator.sasaran.renstra.satker.kode,
                                                  "tahun": self.tahun})

    def clean(self):
        from django.core.exceptions import ValidationError

        batas = self.indikator.batas
        masalah = batas.masalah(self.nilai) if batas is not None and self.nilai is not None else None
        if masalah:
            raise ValidationError({"nilai": f"Nilai standar {masalah}"})


def _lokasi_berkas(instance, filename):
    return f"laporan/{instance.satker.kode}/{instance.tahun}/berkas/{uuid.uuid4().hex}-{filename}"


class Pembuatan(models.Model):
    """One build of a year's report files, run as a background task: its progress, and the
    files with the data version (``Satker.versi_data``) they were built from. The files of
    the build a report was approved with are kept, so the approved report is the same bytes
    whenever it is downloaded."""

    JALUR_SATKER = "satker"

    class Status(models.TextChoices):
        ANTRE = "antre", "menunggu giliran"
        JALAN = "jalan", "sedang dibuat"
        SELESAI = "selesai", "selesai"
        GAGAL = "gagal", "gagal"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="pembuatan_laporan")
    tahun = models.PositiveSmallIntegerField()
    format = models.CharField(max_length=30, default="docx,pdf,xlsx")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ANTRE)
    progres = models.PositiveSmallIntegerField(default=0)
    langkah = models.CharField(max_length=200, blank=True)
    pesan = models.TextField(blank=True)
    versi_data = models.PositiveBigIntegerField(null=True, blank=True)
    sidik = models.CharField("sidik isi laporan", max_length=64, blank=True,
                             help_text="SHA-256 dari isi laporan saat dibuat; sama berarti laporannya sama.")
    docx = models.FileField(upload_to=_lokasi_berkas, max_length=200, blank=True)
    pdf = models.FileField(upload_to=_lokasi_berkas, max_length=200, blank=True)
    xlsx = models.FileField(upload_to=_lokasi_berkas, max_length=200, blank=True)
    tugas = models.CharField(max_length=64, blank=True)
    dibuat_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    dibuat_pada = WaktuOtomatisField(auto_now_add=True)
    selesai_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "pembuatan berkas laporan"
        verbose_name_plural = "pembuatan berkas laporan"
        ordering = ["-id"]

    def __str__(self):
        return f"Berkas Laporan Kinerja {self.tahun} #{self.pk}"

    def get_absolute_url(self):
        return reverse("laporan:laporan", kwargs={"kode": self.satker.kode, "tahun": self.tahun})

    def daftar_format(self) -> list[str]:
        return [f for f in self.format.split(",") if f]

    def berkas(self):
        """(format, file) of each file built."""
        return [(f, getattr(self, f)) for f in ("docx", "pdf", "xlsx") if getattr(self, f)]
