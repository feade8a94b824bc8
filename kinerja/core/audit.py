"""The shared write path: every action runs in one transaction and leaves a Jejak row.

Modelled on Zulip's ``do_*`` actions with ``acting_user``: views never save models
themselves; they call an action function, which is decorated with :func:`aksi` and calls
:func:`catat` for each record it changes.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from django.db import models, transaction
from django.db.models.fields.files import FieldFile

from .models import Jejak


def kunci(obj) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}"


def _nilai_json(nilai):
    if nilai is None or isinstance(nilai, (bool, int, str)):
        return nilai
    if isinstance(nilai, Decimal):
        return format(nilai.normalize(), "f")
    if isinstance(nilai, (dt.date, dt.datetime)):
        return nilai.isoformat()
    if isinstance(nilai, FieldFile):
        return nilai.name or None
    return str(nilai)


def potret(obj, fields=None) -> dict:
    """A JSON-able snapshot of the concrete fields of ``obj`` (FKs as ids)."""
    hasil = {}
    for f in obj._meta.concrete_fields:
        if f.primary_key or (fields is not None and f.name not in fields):
            continue
        if isinstance(f, (models.DateTimeField,)) and (f.auto_now or f.auto_now_add):
            continue
        hasil[f.name] = _nilai_json(getattr(obj, f.attname))
    return hasil


def beda(sebelum: dict | None, sesudah: dict | None) -> dict:
    sebelum, sesudah = sebelum or {}, sesudah or {}
    return {
        k: [sebelum.get(k), sesudah.get(k)]
        for k in sorted(set(sebelum) | set(sesudah))
        if sebelum.get(k) != sesudah.get(k)
    }


def satker_dari(obj):
    """The satker a record belongs to, following its model's JALUR_SATKER."""
    jalur = getattr(type(obj), "JALUR_SATKER", False)
    if jalur is False:
        return None
    if jalur is None:
        return obj
    for bagian in jalur.split("__"):
        obj = getattr(obj, bagian, None)
        if obj is None:
            return None
    return obj


def catat(pelaku, aksi: str, obj, *, satker, sebelum=None, sesudah=None, induk=None,
          keterangan: str = "", objek_id=None) -> Jejak:
    """Record one change of ``obj`` made by ``pelaku`` (a User, or None for the system).

    It also moves the satker's data version on, in the same transaction: pages cached for
    the previous version are never served again (kinerja.pengukuran.layanan).
    """
    if satker is not None:
        from kinerja.organisasi.models import Satker

        Satker.objects.filter(pk=satker.pk).update(versi_data=models.F("versi_data") + 1)
    return Jejak.objects.create(
        pelaku=pelaku if getattr(pelaku, "pk", None) else None,
        pelaku_nama=(pelaku.get_username() if getattr(pelaku, "pk", None) else "sistem"),
        satker=satker,
        aksi=aksi,
        model=obj._meta.label_lower,
        objek_id=str(objek_id if objek_id is not None else obj.pk),
        objek_repr=str(obj)[:300],
        induk=kunci(induk) if induk is not None else "",
        perubahan=beda(sebelum, sesudah),
        keterangan=keterangan,
    )


def aksi(fn):
    """Run an action in one durable transaction: all of its writes land, or none do."""

    @functools.wraps(fn)
    def bungkus(*args, **kwargs):
        with transaction.atomic(durable=True):
            return fn(*args, **kwargs)

    return bungkus


@aksi
def simpan(pelaku, obj, *, satker, induk=None, keterangan=""):
    """Create or update one record (generic CRUD screens use this)."""
    baru = obj.pk is None
    sebelum = None if baru else potret(type(obj).objects.select_for_update().get(pk=obj.pk))
    obj.full_clean()
    obj.save()
    catat(pelaku, "buat" if baru else "ubah", obj, satker=satker, sebelum=sebelum,
          sesudah=potret(obj), induk=induk, keterangan=keterangan)
    return obj


@aksi
def hapus(pelaku, obj, *, satker, induk=None, keterangan=""):
    sebelum = potret(obj)
    objek_id = obj.pk
    catat(pelaku, "hapus", obj, satker=satker, sebelum=sebelum, induk=induk,
          keterangan=keterangan, objek_id=objek_id)
    obj.delete()


@aksi
def tambah_komentar(pelaku, *, satker, obj, teks: str):
    from .models import Komentar

    k = Komentar.objects.create(satker=satker, model=obj._meta.label_lower, objek_id=str(obj.pk),
                                penulis=pelaku, penulis_nama=pelaku.get_username(), teks=teks)
    catat(pelaku, "komentar", k, satker=satker, sesudah={"teks": teks}, induk=obj)
    return k
