"""The budget of a satker for a year: its DIPA lines, their revisions, the monthly spending
plan (RPD) and realisasi, and the approval of each month.

Rupiah are whole numbers (``BigIntegerField``) within :data:`kinerja.lib.angka.RUPIAH`;
every percentage is computed by :mod:`kinerja.lib.anggaran` and never stored.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from kinerja.core.fields import ExactDecimalField, WaktuOtomatisField
from kinerja.core.models import Approvable
from kinerja.lib.alur import ALUR_BULAN, StatusTriwulan
from kinerja.lib.anggaran import BULAN_ANGGARAN, Tingkat, masalah_induk, masalah_kode, masalah_rupiah
from kinerja.lib.angka import BULAN, format_angka

PILIHAN_BULAN = [(b, BULAN[b - 1]) for b in BULAN_ANGGARAN]
SUMBER = {"max_length": 300, "blank": True, "help_text": "Rujukan data."}


def _cek_rupiah(obj, *nama):
    galat = {}
    for n in nama:
        m = masalah_rupiah(getattr(obj, n), nama=obj._meta.get_field(n).verbose_name.capitalize())
        if m:
            galat[n] = m
    if galat:
        raise ValidationError(galat)


class Dipa(models.Model):
    """The DIPA of a satker for one year, with the year's absorption targets and the
    thresholds of the efficiency rule (both configurable per year)."""

    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="dipa")
    tahun = models.PositiveSmallIntegerField()
    nomor = models.CharField("nomor DIPA", max_length=100, blank=True)
    tanggal = models.DateField("tanggal DIPA", null=True, blank=True)
    target_tw1 = ExactDecimalField("target penyerapan akhir TW I (%)", null=True, blank=True)
    target_tw2 = ExactDecimalField("target penyerapan akhir TW II (%)", null=True, blank=True)
    target_tw3 = ExactDecimalField("target penyerapan akhir TW III (%)", null=True, blank=True)
    target_tw4 = ExactDecimalField("target penyerapan akhir TW IV (%)", null=True, blank=True)
    target_sumber = models.CharField("dasar target penyerapan", max_length=300, blank=True)
    target_contoh = models.BooleanField("target penyerapan contoh", default=False)
    ambang_efisien = ExactDecimalField("ambang efisien (poin persen)", default=0)
    ambang_cukup = ExactDecimalField("ambang cukup efisien (poin persen)", default=-10)
    sumber = models.CharField(**SUMBER)
    contoh = models.BooleanField(default=False)

    class Meta:
        verbose_name = "DIPA"
        verbose_name_plural = "DIPA"
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="dipa_unik",
                                               violation_error_message="DIPA satker ini untuk tahun tersebut sudah ada.")]

    def __str__(self):
        return f"DIPA {self.tahun}" + (f" {self.nomor}" if self.nomor else "")

    def get_absolute_url(self):
        return reverse("anggaran:ringkasan", kwargs={"kode": self.satker.kode, "tahun": self.tahun})

    def target_triwulan(self) -> dict[str, object]:
        return {p: getattr(self, f"target_{p.lower()}") for p in ("TW1", "TW2", "TW3", "TW4")}

    def clean(self):
        galat = {}
        for p, nilai in self.target_triwulan().items():
            if nilai is not None and not (0 <= nilai <= 100):
                galat[f"target_{p.lower()}"] = "Target penyerapan harus antara 0 dan 100%."
        terisi = [(p, v) for p, v in self.target_triwulan().items() if v is not None]
        for (_, a), (p, b) in zip(terisi, terisi[1:]):
            if b < a:  # on the quarter that falls below the one before it
                galat[f"target_{p.lower()}"] = "Target penyerapan kumulatif tidak boleh turun dari triwulan sebelumnya."
                break
        if self.tanggal is not None and not (self.tahun - 1 <= self.tanggal.year <= self.tahun):
            galat["tanggal"] = f"Tanggal DIPA {self.tahun} jatuh pada tahun {self.tahun - 1} atau {self.tahun}."
        if self.ambang_cukup is not None and self.ambang_efisien is not None and self.ambang_cukup > self.ambang_efisien:
            galat["ambang_cukup"] = "Ambang “cukup efisien” tidak boleh di atas ambang “efisien”."
        if galat:
            raise ValidationError(galat)


class BarisDipa(models.Model):
    """One line of the DIPA at its level of the APBN classification. Pagu is held by the
    lines without children (a line above them shows their sum); ``pagu`` is the current
    pagu (after the latest revision), ``pagu_awal`` the pagu of the original DIPA."""

    JALUR_SATKER = "dipa__satker"

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="baris")
    induk = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="anak")
    tingkat = models.CharField(max_length=15, choices=[(t.value, t.label) for t in Tingkat])
    kode = models.CharField(max_length=20, blank=True)
    kode_lengkap = models.CharField("kode lengkap", max_length=80, blank=True, editable=False)
    uraian = models.CharField(max_length=300)
    urutan = models.PositiveIntegerField(default=0)
    pagu_awal = models.BigIntegerField("pagu awal", default=0)
    pagu = models.BigIntegerField("pagu", default=0)
    sasaran = models.ManyToManyField("perencanaan.SasaranKegiatan", blank=True, related_name="baris_dipa",
                                     verbose_name="sasaran kegiatan yang didanai")
    satuan_volume = models.CharField("satuan keluaran", max_length=50, blank=True)
    volume_target = ExactDecimalField("target volume keluaran", null=True, blank=True)
    volume_realisasi = ExactDecimalField("realisasi volume keluaran", null=True, blank=True)
    sumber = models.CharField(**SUMBER)
    contoh = models.BooleanField(default=False)

    class Meta:
        verbose_name = "baris DIPA"
        verbose_name_plural = "baris DIPA"
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["dipa", "kode_lengkap"], name="baris_dipa_unik",
                                               violation_error_message="Baris dengan kode ini sudah ada di DIPA.")]

    def __str__(self):
        return f"{self.kode_lengkap or 'Tidak dirinci'} {self.uraian}"[:120]

    def get_absolute_url(self):
        return reverse("anggaran:baris", kwargs={"kode": self.dipa.satker.kode, "tahun": self.dipa.tahun,
                                                 "baris_id": self.pk})

    def susun_kode_lengkap(self) -> str:
        if self.tingkat == Tingkat.TIDAK_DIRINCI:
            return ""
        return f"{self.induk.kode_lengkap}.{self.kode}" if self.induk_id else self.kode

    def clean(self):
        galat = {}
        self.kode_lengkap = self.susun_kode_lengkap() if (self.induk_id is None or self.induk) else ""
        m = masalah_kode(self.tingkat, self.kode)
        if m:
            galat["kode"] = m[:1].upper() + m[1:]
        induk = self.induk if self.induk_id else None
        if induk is not None and induk.dipa_id != self.dipa_id:
            galat["induk"] = "Induk harus baris DIPA yang sama."
        else:
            m = masalah_induk(self.tingkat, induk.tingkat if induk else None)
            if m:
                galat["induk"] = m
        if not (self.uraian or "").strip():
            galat["uraian"] = "Uraian wajib diisi."
        if self.volume_target is not None and self.volume_target < 0:
            galat["volume_target"] = "Target volume tidak boleh negatif."
        if self.volume_realisasi is not None and self.volume_realisasi < 0:
            galat["volume_realisasi"] = "Realisasi volume tidak boleh negatif."
        if galat:
            raise ValidationError(galat)
        _cek_rupiah(self, "pagu_awal", "pagu")
        self.kode_lengkap = self.susun_kode_lengkap()


class RevisiDipa(models.Model):
    """A revisi DIPA: its number, date, kind and reason; what it changed is in its rincian."""

    JALUR_SATKER = "dipa__satker"

    class Jenis(models.TextChoices):
        PERGESERAN = "pergeseran", "Pergeseran anggaran antar-baris"
        PAGU = "pagu", "Perubahan pagu"
        ADMINISTRASI = "administrasi", "Revisi administrasi"
        BLOKIR = "blokir", "Pemblokiran atau pembukaan blokir"
        HALAMAN_III = "halaman_iii", "Perubahan rencana penarikan (halaman III)"

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="revisi")
    nomor = models.PositiveSmallIntegerField("revisi ke-")
    tanggal = models.DateField()
    jenis = models.CharField(max_length=15, choices=Jenis.choices)
    alasan = models.TextField()
    sumber = models.CharField(**SUMBER)
    contoh = models.BooleanField(default=False)

    class Meta:
        verbose_name = "revisi DIPA"
        verbose_name_plural = "revisi DIPA"
        ordering = ["nomor"]
        constraints = [models.UniqueConstraint(fields=["dipa", "nomor"], name="revisi_dipa_unik",
                                               violation_error_message="Nomor revisi ini sudah dipakai.")]

    def __str__(self):
        return f"Revisi ke-{self.nomor} DIPA {self.dipa.tahun}"

    def get_absolute_url(self):
        return reverse("anggaran:revisi", kwargs={"kode": self.dipa.satker.kode, "tahun": self.dipa.tahun})


class RincianRevisi(models.Model):
    """The pagu of one line before and after a revision."""

    JALUR_SATKER = "revisi__dipa__satker"

    revisi = models.ForeignKey(RevisiDipa, on_delete=models.CASCADE, related_name="rincian")
    baris = models.ForeignKey(BarisDipa, on_delete=models.CASCADE, related_name="rincian_revisi")
    pagu_sebelum = models.BigIntegerField("pagu sebelum")
    pagu_sesudah = models.BigIntegerField("pagu sesudah")

    class Meta:
        verbose_name = "rincian revisi"
        verbose_name_plural = "rincian revisi"
        constraints = [models.UniqueConstraint(fields=["revisi", "baris"], name="rincian_revisi_unik")]

    def __str__(self):
        return (f"{self.baris.kode_lengkap or 'Tidak dirinci'}: Rp{format_angka(self.pagu_sebelum, 0)} → "
                f"Rp{format_angka(self.pagu_sesudah, 0)}")

    @property
    def selisih(self) -> int:
        return self.pagu_sesudah - self.pagu_sebelum


class _Bulanan(models.Model):
    bulan = models.PositiveSmallIntegerField(choices=PILIHAN_BULAN)
    jumlah = models.BigIntegerField()
    sumber = models.CharField(**SUMBER)
    contoh = models.BooleanField(default=False)

    class Meta:
        abstract = True

    def clean(self):
        if self.bulan not in BULAN_ANGGARAN:
            raise ValidationError({"bulan": "Bulan harus 1 sampai 12."})
        _cek_rupiah(self, "jumlah")


class RealisasiBulanan(_Bulanan):
    """What a line spent in one month (not cumulative)."""

    JALUR_SATKER = "baris__dipa__satker"

    baris = models.ForeignKey(BarisDipa, on_delete=models.CASCADE, related_name="realisasi")
    diubah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    diubah_pada = WaktuOtomatisField(auto_now=True)

    class Meta:
        verbose_name = "realisasi anggaran bulanan"
        verbose_name_plural = "realisasi anggaran bulanan"
        constraints = [models.UniqueConstraint(fields=["baris", "bulan"], name="realisasi_bulanan_unik",
                                               violation_error_message="Realisasi baris ini untuk bulan tersebut sudah ada.")]

    def __str__(self):
        return f"{self.baris.kode_lengkap or 'Tidak dirinci'} {BULAN[self.bulan - 1]}: Rp{format_angka(self.jumlah, 0)}"

    def get_absolute_url(self):
        return self.baris.get_absolute_url()


class Rpd(_Bulanan):
    """The monthly spending plan of a line (rencana penarikan dana, halaman III DIPA)."""

    JALUR_SATKER = "baris__dipa__satker"

    baris = models.ForeignKey(BarisDipa, on_delete=models.CASCADE, related_name="rpd")

    class Meta:
        verbose_name = "rencana penarikan dana"
        verbose_name_plural = "rencana penarikan dana"
        constraints = [models.UniqueConstraint(fields=["baris", "bulan"], name="rpd_unik",
                                               violation_error_message="RPD baris ini untuk bulan tersebut sudah ada.")]

    def __str__(self):
        return f"RPD {self.baris.kode_lengkap or 'Tidak dirinci'} {BULAN[self.bulan - 1]}: Rp{format_angka(self.jumlah, 0)}"

    def get_absolute_url(self):
        return self.baris.get_absolute_url()


class StatusBulan(Approvable):
    """The approval of one month's budget realisasi of a satker: approved, it is locked."""

    ALUR = ALUR_BULAN
    EVENT_PREFIX = "bulan_anggaran"
    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="status_bulan")
    tahun = models.PositiveSmallIntegerField()
    bulan = models.PositiveSmallIntegerField(choices=PILIHAN_BULAN)
    status = models.CharField(max_length=10, choices=[(s.value, s.label) for s in StatusTriwulan],
                              default=StatusTriwulan.TERBUKA)
    alasan = models.TextField(blank=True, help_text="Alasan pengembalian atau pembukaan kembali terakhir.")

    class Meta:
        verbose_name = "realisasi anggaran bulanan"
        verbose_name_plural = "status realisasi anggaran bulanan"
        constraints = [models.UniqueConstraint(fields=["satker", "tahun", "bulan"], name="status_bulan_unik")]

    def __str__(self):
        return f"Realisasi anggaran {BULAN[self.bulan - 1]} {self.tahun}"

    def get_absolute_url(self):
        return reverse("anggaran:bulan", kwargs={"kode": self.satker.kode, "tahun": self.tahun, "bulan": self.bulan})


class TotalBulanan(models.Model):
    """A DIPA's realisasi summed per month, kept by the two functions that write
    RealisasiBulanan (kinerja.anggaran.actions: ``_bulanan`` and ``impor_realisasi``) in the
    same transaction, like an index: the national overview reads 12 rows per satker instead
    of summing every line-month. Pages of one satker, the CLI and the report still sum the
    records themselves; a test recomputes these totals after random writes."""

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="total_bulanan")
    bulan = models.PositiveSmallIntegerField(choices=PILIHAN_BULAN)
    realisasi = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "total realisasi bulanan"
        verbose_name_plural = "total realisasi bulanan"
        constraints = [models.UniqueConstraint(fields=["dipa", "bulan"], name="total_bulanan_unik")]

    def __str__(self):
        return f"Total realisasi {BULAN[self.bulan - 1]} {self.dipa.tahun}"
