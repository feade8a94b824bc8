"""The shared write path: every action runs in one transaction and leaves a Jejak row.

Modelled on Zulip's ``do_*`` actions with ``acting_user``: views never save models
themselves; they call an action function, which is decorated with :func:`action` and calls
:func:`catat` for each record it changes; its writes outside the database (files, later
e-mails and queued tasks) are deferred with :func:`after_commit`. :func:`catat` is also where every write meets
the lock check (kinerja.core.locks): a change that would alter an approved document is
refused there, and the transaction it runs in is rolled back.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from decimal import Decimal

from django.db import models, transaction
from django.db.models.fields.files import FieldFile

from . import locks
from . import events
from .models import Jejak


def reference(obj) -> str:
    """How an audit row names another record: ``app.model:id``."""
    return f"{obj._meta.label_lower}:{obj.pk}"


def _json_value(nilai):
    if nilai is None or isinstance(nilai, (bool, int, str)):
        return nilai
    if isinstance(nilai, Decimal):
        return format(nilai.normalize(), "f")
    if isinstance(nilai, (dt.date, dt.datetime)):
        return nilai.isoformat()
    if isinstance(nilai, FieldFile):
        return nilai.name or None
    if isinstance(nilai, (list, tuple)):
        return [_json_value(x) for x in nilai]
    if isinstance(nilai, dict):
        return {str(k): _json_value(v) for k, v in nilai.items()}
    return str(nilai)


def snapshot(obj, fields=None) -> dict:
    """A JSON-able snapshot of the concrete fields of ``obj`` (FKs as ids)."""
    hasil = {}
    for f in obj._meta.concrete_fields:
        if f.primary_key or (fields is not None and f.name not in fields):
            continue
        if isinstance(f, (models.DateTimeField,)) and (f.auto_now or f.auto_now_add):
            continue
        hasil[f.name] = _json_value(getattr(obj, f.attname))
    return hasil


def diff(sebelum: dict | None, sesudah: dict | None) -> dict:
    sebelum, sesudah = sebelum or {}, sesudah or {}
    return {
        k: [sebelum.get(k), sesudah.get(k)]
        for k in sorted(set(sebelum) | set(sesudah))
        if sebelum.get(k) != sesudah.get(k)
    }


def satker_of(obj):
    """The satker a record belongs to, following its model's JALUR_SATKER."""
    jalur = getattr(type(obj), "JALUR_SATKER", False)
    if jalur is False:
        return None
    if jalur is None:
        return obj
    if not isinstance(jalur, str):
        return None
    for bagian in jalur.split("__"):
        obj = getattr(obj, bagian, None)
        if obj is None:
            return None
    return obj


def after_commit(fungsi) -> None:
    """Run ``fungsi`` once the action's transaction has committed (never on a rollback)."""
    transaction.on_commit(fungsi)


def _from_snapshot(obj, data: dict):
    """A copy of ``obj`` holding the values of snapshot ``data`` (its state before a change),
    so that a lock guard sees where the record came from as well as where it goes."""
    lama = copy.copy(obj)
    lama._state = copy.copy(obj._state)
    lama._state.fields_cache = {}
    for f in obj._meta.concrete_fields:
        if f.name in data:
            setattr(lama, f.attname, data[f.name])
    return lama


def check_locks(obj, sebelum: dict | None, sesudah: dict | None) -> None:
    """The lock check of a change from ``sebelum`` to ``sesudah`` (None: created or deleted)."""
    if (sebelum is None and sesudah is None) or not locks.guarded(type(obj)):
        return
    berubah = locks.changed_fields(sebelum, sesudah)
    if berubah is not None and not berubah:
        return
    locks.check(obj, berubah)
    if sebelum is not None and sesudah is not None:
        locks.check(_from_snapshot(obj, sebelum), berubah)


def _jejak(obj, peristiwa: str, *, pelaku, satker, sebelum, sesudah, induk, keterangan, objek_id) -> Jejak:
    if not events.is_registered(peristiwa):
        raise ValueError(f"Peristiwa audit belum terdaftar: {peristiwa}")
    check_locks(obj, sebelum, sesudah)
    return Jejak(
        pelaku=pelaku if getattr(pelaku, "pk", None) else None,
        pelaku_nama=(pelaku.get_username() if getattr(pelaku, "pk", None) else "sistem"),
        satker=satker,
        peristiwa=peristiwa,
        model=obj._meta.label_lower,
        objek_id=str(objek_id if objek_id is not None else obj.pk),
        objek_repr=str(obj)[:300],
        induk=reference(induk) if induk is not None else "",
        perubahan=diff(sebelum, sesudah),
        keterangan=keterangan,
    )


def catat_banyak(perubahan, *, pelaku, satker) -> int:
    """:func:`catat` for a batch (an import): ``perubahan`` is a list of
    ``(obj, peristiwa, sebelum, sesudah, induk, keterangan)``. The same rows, the same lock
    check per record, one bulk insert and one data-version bump. Returns the rows written."""
    baris = [_jejak(obj, peristiwa, pelaku=pelaku, satker=satker, sebelum=sebelum, sesudah=sesudah,
                    induk=induk, keterangan=keterangan, objek_id=None)
             for obj, peristiwa, sebelum, sesudah, induk, keterangan in perubahan]
    if not baris:
        return 0
    if satker is not None:
        type(satker).objects.filter(pk=satker.pk).update(versi_data=models.F("versi_data") + 1)
    from . import jam, massal

    waktu = jam.sekarang()
    kolom = ["waktu", "pelaku", "pelaku_nama", "satker", "peristiwa", "model", "objek_id", "objek_repr", "induk",
             "perubahan", "keterangan"]
    return massal.sisipkan(Jejak, kolom, ([waktu, j.pelaku_id, j.pelaku_nama, j.satker_id, j.peristiwa, j.model,
                                          j.objek_id, j.objek_repr, j.induk, j.perubahan, j.keterangan]
                                         for j in baris))


def catat(obj, peristiwa: str, *, pelaku, satker, sebelum=None, sesudah=None, induk=None,
          keterangan: str = "", objek_id=None) -> Jejak:
    """Record one change of ``obj`` made by ``pelaku`` (a User, or None for the system).

    ``peristiwa`` is a registered event (kinerja.core.events). It refuses a change that a
    lock forbids (:func:`check_locks`), and moves the satker's data version on, in the
    same transaction: pages cached for the previous version are never served again
    (kinerja.pengukuran.layanan).
    """
    jejak = _jejak(obj, peristiwa, pelaku=pelaku, satker=satker, sebelum=sebelum, sesudah=sesudah, induk=induk,
                   keterangan=keterangan, objek_id=objek_id)
    if satker is not None:
        type(satker).objects.filter(pk=satker.pk).update(versi_data=models.F("versi_data") + 1)
    jejak.save()
    return jejak


def action(fn):
    """Run an action in one durable transaction: all of its writes land, or none do."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with transaction.atomic(durable=True):
            return fn(*args, **kwargs)

    return wrapper
