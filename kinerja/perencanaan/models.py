from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from kinerja.core.fields import ExactDecimalField, WaktuOtomatisField

from kinerja.core.models import Approvable
from kinerja.lib.alur import ALUR_PK, AlasanRevisi, StatusPK
from kinerja.lib.angka import Batas, batas_satuan
from kinerja.lib.capaian import (
    BATAS_PILIHAN, Polaritas, RumusMin, Target, format_target, masalah_target,
)
from kinerja.lib.pegawai import masalah_nip
from kinerja.lib.periode import LABEL_PERIODE, TAHUN, TRIWULAN, Agregasi, Frekuensi, cek_periode_renstra

NILAI = {"null": True, "blank": True}


def _pendek(teks: str, n: int) -> str:
    """A title cut at ``n`` characters, with an ellipsis when cut."""
    return teks if len(teks) <= n else teks[:n - 1].rstrip() + "…"


def validasi_nip(nilai: str) -> None:
    """kinerja.lib.pegawai.masalah_nip as a field validator."""
    masalah = masalah_nip(nilai)
    if masalah:
        raise ValidationError(masalah)


class Renstra(models.Model):
    """A five-year Rencana Strategis of one satker (kinerja.lib.periode.cek_periode_renstra)."""

    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="renstra")
    tahun_awal = models.PositiveSmallIntegerField()
    tahun_akhir = models.PositiveSmallIntegerField()
    visi = models.TextField(blank=True)
    keterangan = models.TextField(blank=True)
    sumber = models.CharField(max_length=300, blank=True, help_text="Rujukan data (untuk data demo).")

    class Meta:
        verbose_name_plural = "renstra"
        ordering = ["satker", "-tahun_awal"]
        constraints = [models.UniqueConstraint(fields=["satker", "tahun_awal"], name="renstra_unik",
                                    violation_error_message="Renstra satker ini dengan tahun awal tersebut sudah ada.")]

    def __str__(self):
        return f"Renstra {self.tahun_awal}–{self.tahun_akhir}"

    def get_absolute_url(self):
        return reverse("perencanaan:renstra", kwargs={"kode": self.satker.kode, "renstra_id": self.pk})

    def clean(self):
        if self.tahun_awal is not None and self.tahun_akhir is not None:
            masalah = cek_periode_renstra(self.tahun_awal, self.tahun_akhir)
            if masalah:
                raise ValidationError({"tahun_akhir" if "akhir" in masalah else "tahun_awal": masalah})

    @property
    def daftar_tahun(self):
        return list(range(self.tahun_awal, self.tahun_akhir + 1))


class _BagianRenstra(models.Model):
    JALUR_SATKER = "renstra__satker"

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="%(class)s_set")
    nomor = models.PositiveSmallIntegerField()
    uraian = models.TextField()
    sumber = models.CharField(max_length=300, blank=True, help_text="Rujukan data.")

    class Meta:
        abstract = True
        ordering = ["nomor", "id"]

    def __str__(self):
        return f"{self.nomor}. {_pendek(self.uraian, 80)}"

    @property
    def satker(self):
        return self.renstra.satker


class Misi(_BagianRenstra):
    class Meta(_BagianRenstra.Meta):
        verbose_name_plural = "misi"


class Tujuan(_BagianRenstra):
    class Meta(_BagianRenstra.Meta):
        verbose_name_plural = "tujuan"


class SasaranStrategis(_BagianRenstra):
    tujuan = models.ForeignKey(Tujuan, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="sasaran")

    class Meta(_BagianRenstra.Meta):
        verbose_name_plural = "sasaran strategis"


class Program(models.Model):
    JALUR_SATKER = "renstra__satker"

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="program_set")
    kode = models.CharField(max_length=20, help_text="Kode program anggaran, mis. 076.01.WA")
    nama = models.CharField(max_length=300)
    outcome = models.TextField(blank=True)
    sumber = models.CharField(max_length=300, blank=True, help_text="Rujukan data.")

    class Meta:
        verbose_name_plural = "program"
        ordering = ["kode"]

    def __str__(self):
        return f"{self.kode} {self.nama}"


class IndikatorProgram(models.Model):
    """An indicator of a programme's outcome (indikator kinerja program) as the Renstra
    states it; measured by the superior satker, shown here so the cascade is readable."""

    JALUR_SATKER = "program__renstra__satker"

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="indikator_program")
    nomor = models.PositiveSmallIntegerField()
    nama = models.TextField()
    sumber = models.CharField(max_length=300, blank=True, help_text="Rujukan data.")

    class Meta:
        verbose_name = "indikator program"
        verbose_name_plural = "indikator program"
        ordering = ["program", "nomor", "id"]

    def __str__(self):
        return f"{self.nomor}. {_pendek(self.nama, 80)}"


class ArahKebijakan(models.Model):
    JALUR_SATKER = "program__renstra__satker"

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="arah_kebijakan")
    nomor = models.PositiveSmallIntegerField()
    uraian = models.TextField()

    class Meta:
        verbose_name_plural = "arah kebijakan"
        ordering = ["nomor", "id"]

    def __str__(self):
        return f"{self.nomor}. {_pendek(self.uraian, 80)}"


class SasaranKegiatan(_BagianRenstra):
    sasaran_strategis = models.ForeignKey(SasaranStrategis, null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="sasaran_kegiatan")
    program = models.ForeignKey(Program, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="sasaran_kegiatan")

    class Meta(_BagianRenstra.Meta):
        verbose_name_plural = "sasaran kegiatan"


class Indikator(models.Model):
    """A performance indicator with its full definition (the 'manual IKU')."""

    JALUR_SATKER = "sasaran__renstra__satker"

    class Satuan(models.TextChoices):
        PERSEN = "persen", "%"
        JUMLAH = "jumlah", "jumlah"
        NILAI = "nilai", "nilai"
        INDEKS = "indeks", "indeks"
        PREDIKAT = "predikat", "predikat"

    sasaran = models.ForeignKey(SasaranKegiatan, on_delete=models.CASCADE, related_name="indikator")
    kode = models.CharField(max_length=20)
    nama = models.TextField()
    satuan = models.CharField(max_length=10, choices=Satuan.choices, default=Satuan.PERSEN)
    boleh_lebih_100 = models.BooleanField(
        "persentase boleh melebihi 100%", default=False,
        help_text="Centang hanya bila realisasi indikator persentase ini memang dapat melebihi "
                  "100% (mis. pertumbuhan atau indeks terhadap tahun dasar); batasnya 1.000%.")
    polaritas = models.CharField(max_length=10, choices=[(p.value, p.label) for p in Polaritas],
                                 default=Polaritas.MAKS)
    rumus_min = models.CharField("rumus semakin rendah", max_length=10,
                                 choices=[(r.value, r.label) for r in RumusMin],
                                 default=RumusMin.SELISIH)
    batas_capaian = models.PositiveSmallIntegerField(
        "batas atas capaian", null=True, blank=True,
        choices=[(b, f"{b}%") for b in BATAS_PILIHAN if b])
    rasio = models.BooleanField("dihitung dari pembilang/penyebut", default=False)
    label_pembilang = models.CharField(max_length=200, blank=True)
    label_penyebut = models.CharField(max_length=200, blank=True)
    cara_menghitung = models.TextField(blank=True)
    sumber_data = models.TextField(blank=True)
    keterangan = models.TextField(blank=True, help_text="Keterangan pada tabel IKU.")
    frekuensi = models.CharField(max_length=12, choices=[(f.value, f.label) for f in Frekuensi],
                                 default=Frekuensi.TRIWULANAN)
    agregasi = models.CharField("aturan tahunan", max_length=10,
                                choices=[(a.value, a.label) for a in Agregasi],
                                default=Agregasi.TERAKHIR)
    subbagian = models.ForeignKey("organisasi.Subbagian", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="indikator",
                                  verbose_name="penanggung jawab")
    iku = models.BooleanField("IKU", default=False)
    urutan = models.PositiveSmallIntegerField(default=0)
    sumber = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name_plural = "indikator"
        ordering = ["urutan", "kode", "id"]

    def __str__(self):
        return f"{self.kode} {_pendek(self.nama, 80)}"

    def get_absolute_url(self):
        return reverse("perencanaan:indikator",
                       kwargs={"kode": self.sasaran.renstra.satker.kode, "indikator_id": self.pk})

    @property
    def persen(self) -> bool:
        return self.satuan == self.Satuan.PERSEN

    @property
    def faktor(self) -> Decimal:
        return Decimal(100) if self.persen else Decimal(1)

    @property
    def batas(self) -> Batas | None:
        """Bounds of the indicator's realisasi and targets (kinerja.lib.angka); None for a predikat."""
        if self.satuan == self.Satuan.PREDIKAT:
            return None
        return batas_satuan(self.satuan, lebih_100=self.boleh_lebih_100)

    def clean(self):
        galat = {}
        if self.boleh_lebih_100 and self.satuan != self.Satuan.PERSEN:
            galat["boleh_lebih_100"] = "Pilihan ini hanya untuk indikator bersatuan persen."
        kualitatif = self.polaritas == Polaritas.KUALITATIF
        if kualitatif != (self.satuan == self.Satuan.PREDIKAT):
            galat["satuan"] = "Satuan predikat hanya untuk polaritas kualitatif, dan sebaliknya."
        if kualitatif and self.agregasi != Agregasi.TERAKHIR:
            galat["agregasi"] = "Predikat hanya dapat diringkas dengan aturan nilai terakhir."
        if kualitatif and self.rasio:
            galat["rasio"] = "Indikator predikat tidak dihitung dari pembilang/penyebut."
        if self.rasio and not (self.label_pembilang.strip() and self.label_penyebut.strip()):
            galat["label_penyebut"] = "Sebutkan apa yang dihitung sebagai pembilang dan penyebut."
        if galat:
            raise ValidationError(galat)


class _NilaiTarget(models.Model):
    nilai = ExactDecimalField(**NILAI)
    atas = ExactDecimalField(**NILAI)
    predikat = models.CharField(max_length=2, blank=True)

    class Meta:
        abstract = True

    @property
    def target(self) -> Target:
        return Target(self.nilai, self.atas, self.predikat or None)

    def isi_target(self, target: Target):
        self.nilai, self.atas, self.predikat = target.nilai, target.atas, target.predikat or ""

    # the attribute path from a target to its indicator, declared by each concrete model
    JALUR_INDIKATOR: str = "indikator"

    def _indikator(self) -> "Indikator":
        obj = self
        for bagian in self.JALUR_INDIKATOR.split("."):
            obj = getattr(obj, bagian)
        return obj

    def clean(self):
        ind = self._indikator()
        masalah = masalah_target(self.target, ind.polaritas, ind.batas)
        if masalah:
            raise ValidationError({"nilai": f"Target {ind.kode}: {masalah}"})


class TargetIndikator(_NilaiTarget):
    """The Renstra's target of an indicator for one year of the period."""

    JALUR_SATKER = "indikator__sasaran__renstra__satker"

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target_renstra")
    tahun = models.PositiveSmallIntegerField()
    contoh = models.BooleanField(default=False)
    sumber = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "target Renstra"
        verbose_name_plural = "target Renstra"
        ordering = ["tahun"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="target_renstra_unik",
                                    violation_error_message="Target indikator ini untuk tahun tersebut sudah ada.")]

    def __str__(self):
        return f"{self.indikator.kode} tahun {self.tahun}: {format_target(self.target, persen=self.indikator.persen)}"



class PerjanjianKinerja(models.Model):
    """The PK of one satker for one year; its content lives in versions."""

    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="perjanjian_kinerja")
    tahun = models.PositiveSmallIntegerField()
    renstra = models.ForeignKey(Renstra, on_delete=models.PROTECT, related_name="perjanjian_kinerja")

    class Meta:
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["satker", "-tahun"]
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="pk_unik",
                                    violation_error_message="PK satker ini untuk tahun tersebut sudah ada.")]

    def __str__(self):
        return f"PK {self.tahun} {self.satker}"

    def get_absolute_url(self):
        return reverse("perencanaan:pk_tahun", kwargs={"kode": self.satker.kode, "tahun": self.tahun})


class VersiPK(Approvable):
    """One version of a PK: the original (nomor 1) or a revision."""

    ALUR = ALUR_PK
    EVENT_PREFIX = "pk"

    JALUR_SATKER = "pk_induk__satker"

    pk_induk = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="versi",
                                 db_column="pk_id")
    nomor = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=10, choices=[(s.value, s.label) for s in StatusPK],
                              default=StatusPK.DRAFT)
    tanggal = models.DateField("tanggal penetapan", null=True, blank=True)
    alasan_revisi = models.CharField(max_length=30, blank=True,
                                     choices=[(a.value, a.label) for a in AlasanRevisi])
    keterangan_revisi = models.TextField(blank=True)
    pihak_pertama_nama = models.CharField("nama pihak pertama", max_length=150, blank=True)
    pihak_pertama_jabatan = models.CharField("jabatan pihak pertama", max_length=200, blank=True)
    pihak_pertama_nip = models.CharField("NIP pihak pertama", max_length=18, blank=True,
                                         validators=[validasi_nip])
    pihak_kedua_nama = models.CharField("nama pihak kedua", max_length=150, blank=True)
    pihak_kedua_jabatan = models.CharField("jabatan pihak kedua", max_length=200, blank=True)
    pihak_kedua_nip = models.CharField("NIP pihak kedua", max_length=18, blank=True,
                                       validators=[validasi_nip])
    dibuat_pada = WaktuOtomatisField(auto_now_add=True)
    sumber = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "versi PK"
        verbose_name_plural = "versi PK"
        ordering = ["pk_induk", "nomor"]
        constraints = [models.UniqueConstraint(fields=["pk_induk", "nomor"], name="versi_pk_unik",
                                    violation_error_message="Nomor versi PK ini sudah ada.")]

    def __str__(self):
        jenis = "awal" if self.nomor == 1 else f"revisi {self.nomor - 1}"
        return f"PK {self.pk_induk.tahun} versi {self.nomor} ({jenis})"

    @property
    def satker(self):
        return self.pk_induk.satker

    def get_absolute_url(self):
        return reverse("perencanaan:pk_versi", kwargs={
            "kode": self.pk_induk.satker.kode, "tahun": self.pk_induk.tahun, "nomor": self.nomor})

    @property
    def dapat_diubah(self) -> bool:
        return self.status == StatusPK.DRAFT


class BarisPK(models.Model):
    """One row of a PK version: an indicator (and so its sasaran) with its targets."""

    JALUR_SATKER = "versi__pk_induk__satker"

    versi = models.ForeignKey(VersiPK, on_delete=models.CASCADE, related_name="baris")
    indikator = models.ForeignKey(Indikator, on_delete=models.PROTECT, related_name="baris_pk")
    urutan = models.PositiveSmallIntegerField(default=0)
    sumber = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "baris PK"
        verbose_name_plural = "baris PK"
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["versi", "indikator"], name="baris_pk_unik",
                                    violation_error_message="Indikator ini sudah ada di PK.")]

    def __str__(self):
        return f"{self.indikator.kode} {_pendek(self.indikator.nama, 60)}"

    @property
    def satker(self):
        return self.versi.pk_induk.satker


PERIODE_PK = [(p, LABEL_PERIODE[p]) for p in (*TRIWULAN, TAHUN)]


class TargetPK(_NilaiTarget):
    JALUR_SATKER = "baris__versi__pk_induk__satker"
    JALUR_INDIKATOR = "baris.indikator"

    baris = models.ForeignKey(BarisPK, on_delete=models.CASCADE, related_name="target")
    periode = models.CharField(max_length=5, choices=PERIODE_PK)
    contoh = models.BooleanField(default=False, help_text="Target contoh, bukan dari sumber.")

    class Meta:
        verbose_name = "target PK"
        verbose_name_plural = "target PK"
        constraints = [models.UniqueConstraint(fields=["baris", "periode"], name="target_pk_unik",
                                    violation_error_message="Target periode ini sudah ada di baris PK.")]

    def __str__(self):
        return f"{self.baris.indikator.kode} {self.get_periode_display()}: {format_target(self.target, persen=self.baris.indikator.persen)}"

