"""Writes shared by every app: a record through its model's validation, a comment, and
the one status transition of every approvable document (kinerja.core.models.Persetujuan).

Each runs inside an action's durable transaction (:func:`kinerja.core.audit.action`) and
records its change with :func:`kinerja.core.audit.catat`, which also applies the lock
check. A write that changes nothing returns early and leaves no audit row.
"""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils import timezone

from . import peristiwa, versi
from .audit import action, catat, potret
from .models import Komentar, Persetujuan

M = TypeVar("M", bound=Model)
P = TypeVar("P", bound=Persetujuan)


def simpan_objek(obj: M, *, pelaku, satker, induk=None, keterangan: str = "",
                 versi_awal: str | None = None) -> M:
    """Create or update one record after its model's full validation (call inside an action).
    ``versi_awal``: the version the edit form showed (kinerja.core.versi)."""
    baru = obj.pk is None
    sebelum = None
    if not baru:
        sebelum = potret(type(obj)._default_manager.select_for_update().get(pk=obj.pk))
        versi.cek(versi_awal, sebelum, model=type(obj), objek=obj)
    obj.full_clean()
    if not baru and potret(obj) == sebelum:
        return obj  # nothing changed: no write, no audit row
    obj.save()
    catat(obj, peristiwa.BUAT if baru else peristiwa.UBAH, pelaku=pelaku, satker=satker,
          sebelum=sebelum, sesudah=potret(obj), induk=induk, keterangan=keterangan)
    return obj


def hapus_objek(obj: Model, *, pelaku, satker, induk=None, keterangan: str = "") -> None:
    """Delete one record (call inside an action); the lock check runs before the delete."""
    objek_id = obj.pk
    catat(obj, peristiwa.HAPUS, pelaku=pelaku, satker=satker, sebelum=potret(obj), induk=induk,
          keterangan=keterangan, objek_id=objek_id)
    obj.delete()


def ubah_status(obj: P, ke: str, *, pelaku, satker, alasan: str = "", induk=None,
                keterangan: str = "") -> P:
    """Move ``obj`` along its flow (``obj.ALUR``, kinerja.lib.alur): allowed transitions
    only, a reason where the flow asks for one, who and when recorded. Call inside an
    action, with ``obj`` locked (select_for_update). The event is ``<JEJAK_AWALAN>.<ke>``,
    registered by the document's app."""
    alur = obj.ALUR
    dari = obj.status
    if not alur.boleh(dari, ke):
        raise ValidationError(
            f"{alur.nama[:1].upper()}{alur.nama[1:]} berstatus {alur.label(dari).lower()} tidak dapat "
            f"diubah menjadi {alur.label(ke).lower()}.")
    alasan = (alasan or "").strip()
    if alur.butuh_alasan(dari, ke) and not alasan:
        raise ValidationError("Alasan wajib diisi.")
    sebelum = potret(obj)
    obj.status = ke
    sekarang = timezone.now()
    if ke == alur.diajukan:
        obj.diajukan_oleh, obj.diajukan_pada = pelaku, sekarang
    elif ke == alur.disetujui:
        obj.disetujui_oleh, obj.disetujui_pada = pelaku, sekarang
    if alasan and hasattr(obj, "alasan"):
        obj.alasan = alasan
    obj.save()
    catat(obj, f"{obj.JEJAK_AWALAN}.{ke}", pelaku=pelaku, satker=satker, sebelum=sebelum,
          sesudah=potret(obj), induk=induk, keterangan=keterangan or alasan)
    return obj


@action
def tambah_komentar(obj: Model, teks: str, *, pelaku, satker) -> Komentar:
    teks = teks.strip()
    if not teks:
        raise ValidationError("Komentar kosong tidak disimpan.")
    k = Komentar.objects.create(satker=satker, model=obj._meta.label_lower, objek_id=str(obj.pk),
                                penulis=pelaku, penulis_nama=pelaku.get_username(), teks=teks)
    catat(k, peristiwa.KOMENTAR, pelaku=pelaku, satker=satker, sesudah={"teks": teks}, induk=obj)
    return k
