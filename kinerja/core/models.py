from typing import ClassVar

from django.conf import settings
from django.db import models
from .fields import WaktuOtomatisField

from kinerja.lib.alur import Alur


def nama_orang(user) -> str:
    """A person as pages and the history name them: full name, else the user name."""
    if user is None:
        return "Sistem"
    return user.get_full_name().strip() or user.get_username()


class Approvable(models.Model):
    """An approvable document: a status along a :class:`kinerja.lib.alur.Alur`, who submitted
    and approved it and when. Its content is locked while :attr:`terkunci`; every write
    path refuses to change it (kinerja.core.locks) and transitions go through
    kinerja.core.actions.ubah_status."""

    ALUR: ClassVar[Alur]
    status: str  # each document declares its own status field, with its flow's choices
    # The audit event prefix of its transitions, e.g. "pk" gives "pk.disetujui".
    EVENT_PREFIX: ClassVar[str]

    diajukan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                      on_delete=models.SET_NULL, related_name="+")
    diajukan_pada = models.DateTimeField(null=True, blank=True)
    disetujui_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                       on_delete=models.SET_NULL, related_name="+")
    disetujui_pada = models.DateTimeField(null=True, blank=True)

    FLOW_FIELDS = ("status", "diajukan_oleh", "diajukan_pada", "disetujui_oleh", "disetujui_pada",
                  "alasan")

    class Meta:
        abstract = True

    @property
    def terkunci(self) -> bool:
        return self.ALUR.terkunci(self.status)

    @property
    def label_status(self) -> str:
        return self.ALUR.label(self.status)


class Jejak(models.Model):
    """One audited write: who, when, what, and the old -> new values of each field."""

    waktu = WaktuOtomatisField(auto_now_add=True, db_index=True)
    pelaku = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    pelaku_nama = models.CharField(max_length=150, blank=True)
    # PROTECT: a satker with an audit trail is never deleted, so the trail is kept.
    satker = models.ForeignKey("organisasi.Satker", null=True, blank=True,
                               on_delete=models.PROTECT, related_name="+")
    peristiwa = models.CharField(max_length=60, help_text="kinerja.core.events")
    model = models.CharField(max_length=60)
    objek_id = models.CharField(max_length=40)
    objek_repr = models.CharField(max_length=300, blank=True)
    induk = models.CharField(max_length=100, blank=True, db_index=True,
                             help_text="model:id of the record this one belongs to")
    perubahan = models.JSONField(default=dict, blank=True)
    keterangan = models.TextField(blank=True)

    JALUR_SATKER = "satker"

    class Meta:
        verbose_name = "jejak audit"
        verbose_name_plural = "jejak audit"
        ordering = ["-waktu", "-id"]
        indexes = [models.Index(fields=["model", "objek_id"])]

    def __str__(self):
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.pelaku_nama} {self.peristiwa} {self.objek_repr}"


class Komentar(models.Model):
    """A reviewer's (or anyone's) comment on a record of a satker."""

    JALUR_SATKER = "satker"

    satker = models.ForeignKey("organisasi.Satker", on_delete=models.CASCADE, related_name="+")
    model = models.CharField(max_length=60)
    objek_id = models.CharField(max_length=40)
    penulis = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                related_name="+")
    penulis_nama = models.CharField(max_length=150)
    teks = models.TextField()
    dibuat_pada = WaktuOtomatisField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "komentar"
        ordering = ["dibuat_pada", "id"]
        indexes = [models.Index(fields=["model", "objek_id"])]

    def __str__(self):
        return f"{self.penulis_nama}: {self.teks[:40]}"
