"""Writes shared by every app: a record through its model's validation, a comment, and
the one status transition of every approvable document (kinerja.core.models.Approvable).

Each runs inside an action's durable transaction (:func:`kinerja.core.audit.action`) and
records its change with :func:`kinerja.core.audit.catat`, which also applies the lock
check. A write that changes nothing returns early and leaves no audit row.
"""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Model

from . import events, jam, versions
from .audit import action, catat, snapshot
from .models import Komentar, Approvable

M = TypeVar("M", bound=Model)
MAKS_ALASAN = 4000  # a reason for returning or re-opening: refused above this, never cut
P = TypeVar("P", bound=Approvable)


def save_object(obj: M, *, pelaku, satker, induk=None, keterangan: str = "",
                 version_shown: str | None = None) -> M:
    """Create or update one record after its model's full validation (call inside an action).
    ``version_shown``: the version the edit form showed (kinerja.core.versions)."""
    baru = obj.pk is None
    sebelum = None
    if not baru:
        sebelum = snapshot(type(obj)._default_manager.select_for_update().get(pk=obj.pk))
        versions.check(version_shown, sebelum, model=type(obj), objek=obj)
    obj.full_clean()
    if not baru and snapshot(obj) == sebelum:
        return obj  # nothing changed: no write, no audit row
    obj.save()
    catat(obj, events.CREATE if baru else events.UPDATE, pelaku=pelaku, satker=satker,
          sebelum=sebelum, sesudah=snapshot(obj), induk=induk, keterangan=keterangan)
    return obj


def delete_object(obj: Model, *, pelaku, satker, induk=None, keterangan: str = "") -> None:
    """Delete one record (call inside an action); the lock check runs before the delete."""
    objek_id = obj.pk
    catat(obj, events.DELETE, pelaku=pelaku, satker=satker, sebelum=snapshot(obj), induk=induk,
          keterangan=keterangan, objek_id=objek_id)
    obj.delete()


def change_status(obj: P, ke: str, *, pelaku, satker, alasan: str = "", induk=None,
                keterangan: str = "") -> P:
    """Move ``obj`` along its flow (``obj.ALUR``, kinerja.lib.alur): allowed transitions
    only, a reason where the flow asks for one, who and when recorded. Call inside an
    action, with ``obj`` locked (select_for_update). The event is ``<EVENT_PREFIX>.<ke>``,
    registered by the document's app."""
    alur = obj.ALUR
    dari = obj.status
    if not alur.boleh(dari, ke):
        raise ValidationError(
            f"{alur.nama[:1].upper()}{alur.nama[1:]} berstatus {alur.label(dari).lower()} tidak dapat "
            f"diubah menjadi {alur.label(ke).lower()}.")
    # control and invisible characters (NUL, zero-width space) are not a reason
    alasan = "".join(c for c in (alasan or "") if c.isprintable() or c in "\n\t").strip()
    if len(alasan) > MAKS_ALASAN:
        raise ValidationError(f"Alasan paling banyak {MAKS_ALASAN:,} karakter; yang ditulis {len(alasan):,}. "
                              "Ringkas alasannya.".replace(",", "."))
    if alur.butuh_alasan(dari, ke) and not alasan:
        raise ValidationError("Alasan wajib diisi.")
    sebelum = snapshot(obj)
    obj.status = ke
    sekarang = jam.sekarang()
    if ke == alur.diajukan:
        obj.diajukan_oleh, obj.diajukan_pada = pelaku, sekarang
    elif ke == alur.disetujui:
        obj.disetujui_oleh, obj.disetujui_pada = pelaku, sekarang
    if alasan and hasattr(obj, "alasan"):
        obj.alasan = alasan
    obj.save()
    catat(obj, f"{obj.EVENT_PREFIX}.{ke}", pelaku=pelaku, satker=satker, sebelum=sebelum,
          sesudah=snapshot(obj), induk=induk, keterangan=keterangan or alasan)
    return obj


@action
def tandai_sumber(obj: M, *, pelaku, satker, sumber: str, contoh: bool = False, induk=None) -> M:
    """Record where a record's figures come from: a cited source (``sumber``), or example data
    generated for a demo or a test (``contoh``). Audited like any change, under the locks.
    Only these two fields change: the record is read afresh, never saved from a stale copy."""
    obj = type(obj)._default_manager.get(pk=obj.pk)
    setattr(obj, "sumber", sumber[:300])
    if hasattr(obj, "contoh"):
        setattr(obj, "contoh", contoh)
    return save_object(obj, pelaku=pelaku, satker=satker, induk=induk)


@action
def tambah_komentar(obj: Model, teks: str, *, pelaku, satker) -> Komentar:
    teks = teks.strip()
    if not teks:
        raise ValidationError("Komentar kosong tidak disimpan.")
    k = Komentar.objects.create(satker=satker, model=obj._meta.label_lower, objek_id=str(obj.pk),
                                penulis=pelaku, penulis_nama=pelaku.get_username(), teks=teks)
    catat(k, events.COMMENT, pelaku=pelaku, satker=satker, sesudah={"teks": teks}, induk=obj)
    return k
