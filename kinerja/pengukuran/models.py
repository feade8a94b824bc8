import os
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from kinerja.core.fields import ExactDecimalField, WaktuOtomatisField

from kinerja.core.models import Approvable
from kinerja.lib.alur import ALUR_TRIWULAN, StatusTriwulan
from kinerja.lib.periode import LABEL_PERIODE, TRIWULAN, NilaiPeriode, masalah_isian

NILAI = {"null": True, "blank": True}
PERIODE = [(p, LABEL_PERIODE[p]) for p in TRIWULAN]


class Realisasi(models.Model):
    """What an indicator achieved in one quarter, with the narrative behind it.

    A ratio indicator stores its numerator and denominator; its value is computed, never
    stored. A qualitative indicator stores a predikat.
    """

    JALUR_SATKER = "indikator__sasaran__renstra__satker"

    indikator = models.ForeignKey("perencanaan.Indikator", on_delete=models.CASCADE,
                                  related_name="realisasi")
    tahun = models.PositiveSmallIntegerField()
    periode = models.CharField(max_length=3, choices=PERIODE)
    nilai = ExactDecimalField(**NILAI)
    pembilang = ExactDecimalField(**NILAI)
    penyebut = ExactDecimalField(**NILAI)
    predikat = models.CharField(max_length=2, blank=True)
    analisis = models.TextField(blank=True)
    hambatan = models.TextField(blank=True)
    solusi = models.TextField(blank=True)
    contoh = models.BooleanField(default=False, help_text="Data contoh yang dibangkitkan untuk demo.")
    sumber = models.CharField(max_length=300, blank=True, help_text="Rujukan data.")
    alasan_manual = models.TextField(
        "alasan mengganti hasil hitungan", blank=True,
        help_text="Untuk indikator yang dihitung dari register: mengapa realisasi diisi berbeda dari hitungannya.")
    diubah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    diubah_pada = WaktuOtomatisField(auto_now=True)

    class Meta:
        verbose_name_plural = "realisasi"
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun", "periode"],
                                               name="realisasi_unik",
                                    violation_error_message="Realisasi indikator ini untuk periode tersebut sudah ada.")]
        indexes = [models.Index(fields=["tahun", "indikator"])]

    def __str__(self):
        return f"{self.indikator.kode} {self.get_periode_display()} {self.tahun}"

    def get_absolute_url(self):
        return reverse("pengukuran:isi", kwargs={
            "kode": self.indikator.sasaran.renstra.satker.kode, "tahun": self.tahun, "tw": self.periode,
            "indikator_id": self.indikator_id})

    @property
    def isi(self) -> NilaiPeriode:
        return NilaiPeriode(self.nilai, self.pembilang, self.penyebut, self.predikat or None)

    def clean(self):
        """The bounds of the indicator's unit (kinerja.lib.angka), on every write path."""
        if not self.isi.terisi:
            return
        ind = self.indikator
        masalah = masalah_isian(self.isi, rasio=ind.rasio, batas=ind.batas, faktor=ind.faktor)
        if masalah:
            raise ValidationError(f"Realisasi {ind.kode}: {masalah}")


def _lokasi_bukti(instance, filename):
    ext = os.path.splitext(filename)[1].lower()
    r = instance.realisasi
    return f"bukti/{r.indikator.sasaran.renstra.satker.kode}/{r.tahun}/{uuid.uuid4().hex}{ext}"


class Bukti(models.Model):
    """An evidence file (bukti dukung) of a realisasi."""

    JALUR_SATKER = "realisasi__indikator__sasaran__renstra__satker"

    realisasi = models.ForeignKey(Realisasi, on_delete=models.CASCADE, related_name="bukti")
    berkas = models.FileField(upload_to=_lokasi_bukti, max_length=200)
    nama_asli = models.CharField(max_length=200)
    ukuran = models.PositiveIntegerField()
    jenis = models.CharField(max_length=100)
    keterangan = models.CharField(max_length=300, blank=True)
    diunggah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                      on_delete=models.SET_NULL, related_name="+")
    diunggah_pada = WaktuOtomatisField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "bukti dukung"
        ordering = ["diunggah_pada", "id"]

    def __str__(self):
        return self.nama_asli

    def get_absolute_url(self):
        return reverse("pengukuran:bukti", kwargs={
            "kode": self.realisasi.indikator.sasaran.renstra.satker.kode, "bukti_id": self.pk})


class StatusPengukuran(Approvable):
    """The approval state of one quarter's measurements of a satker."""

    ALUR = ALUR_TRIWULAN
    EVENT_PREFIX = "triwulan"

    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE,
                               related_name="status_pengukuran")
    tahun = models.PositiveSmallIntegerField()
    periode = models.CharField(max_length=3, choices=PERIODE)
    status = models.CharField(max_length=10, choices=[(s.value, s.label) for s in StatusTriwulan],
                              default=StatusTriwulan.TERBUKA)
    alasan = models.TextField(blank=True, help_text="Alasan pengembalian atau pembukaan kembali terakhir.")

    class Meta:
        verbose_name = "pengukuran triwulan"
        verbose_name_plural = "pengukuran triwulan"
        constraints = [models.UniqueConstraint(fields=["satker", "tahun", "periode"],
                                               name="status_pengukuran_unik",
                                    violation_error_message="Status pengukuran periode ini sudah ada.")]

    def __str__(self):
        return f"{self.get_periode_display()} {self.tahun}"

    def get_absolute_url(self):
        return reverse("pengukuran:triwulan", kwargs={"kode": self.satker.kode, "tahun": self.tahun,
                                                      "tw": self.periode})
