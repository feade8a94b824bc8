"""What the office writes for its Laporan Kinerja; every figure comes from the other apps.

``Laporan`` holds a year's report settings (date, signatory, paper); ``Narasi`` one block
of the office's own words, either for one year or, with ``tahun`` 0, kept for every year
(the BAB I texts, reused year to year); ``Hambatan`` one row of the table of obstacles,
constraints and follow-up (PermenPANRB 53/2014, Lampiran, Bab III of the LKj).
"""

from django.db import models
from django.urls import reverse

from kinerja.core.fields import WaktuOtomatisField

SEMUA_TAHUN = 0
MAKS_NARASI = 20_000


class Laporan(models.Model):
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

    class Meta:
        verbose_name = "laporan kinerja"
        verbose_name_plural = "laporan kinerja"
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="laporan_unik")]

    def __str__(self):
        return f"Laporan Kinerja {self.tahun}"

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
