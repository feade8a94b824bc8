"""History as people read it: one formatter for every history page and the audit export.

An audit row (:class:`kinerja.core.models.Jejak`) stores what the database knows: a model
label, an id, an event code and the old and new values of each field as JSON. This module
turns rows into entries of the domain: who (full name and role in the satker), when
(``30 November 2026 10.32``), what (the event's words from kinerja.core.events and the
record's title, linked), and each changed field by its label with its values formatted as
the pages show them (numbers with a decimal comma, dates in words, choices by their label,
related records by name and linked, people by name).

Everything is driven by the models' own metadata (``verbose_name``, field types, choices,
``get_absolute_url``, ``JALUR_SATKER``), so a later app's records read as sentences without
touching this file. A model may add ``format_riwayat(nama_field, nilai) -> str | None`` for a
field whose stored form needs its own words (e.g. the category bands of a satker).
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.dateparse import parse_date, parse_datetime

from kinerja.core import events
from kinerja.core.jam import format_waktu
from kinerja.core.audit import satker_of as audit_satker
from kinerja.core.models import Jejak, nama_orang
from kinerja.lib import angka

from .models import Peran

KOSONG = "–"
DIHAPUS = "(data sudah dihapus)"


@dataclass
class Perubahan:
    label: str
    lama: str
    baru: str
    tautan_lama: str = ""
    tautan_baru: str = ""
    panjang: bool = False  # a long text: shown as a block, not inline


@dataclass
class Entri:
    jejak: Jejak
    waktu: str
    pelaku: str
    peran: str
    kata: str  # the event's verb phrase
    jenis: str  # the kind of record, e.g. "realisasi" ("" where the words already say it)
    judul: str  # the record's title
    tautan: str  # its page, if it still exists and has one
    perubahan: list[Perubahan] = field(default_factory=list)
    keterangan: str = ""

    @property
    def kalimat(self) -> str:
        siapa = f"{self.pelaku} ({self.peran})" if self.peran else self.pelaku
        return " ".join(x for x in (siapa, self.kata, self.jenis, self.judul) if x)


def _model(label: str):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _rujukan(teks: str):
    """(model, id) of a reference ``app.model:id`` (kinerja.core.audit.reference)."""
    label, _, pk = teks.rpartition(":")
    return _model(label), pk


def _url(obj) -> str:
    fungsi = getattr(obj, "get_absolute_url", None)
    if fungsi is None:
        return ""
    try:
        return fungsi()
    except Exception:  # a record whose page cannot be named (e.g. half-deleted parents)
        return ""


class _Pustaka:
    """Batch lookups of the records and people that a page of audit rows names."""

    def __init__(self):
        self.ids: dict[type, set] = defaultdict(set)
        self.objek: dict[type, dict] = {}

    def minta(self, model, pk):
        if model is not None and pk not in (None, ""):
            self.ids[model].add(str(pk))

    def muat(self):
        User = get_user_model()
        for model, ids in self.ids.items():
            qs = model._default_manager.all()
            jalur = getattr(model, "JALUR_SATKER", None)
            if isinstance(jalur, str):
                qs = qs.select_related(jalur)
            if model is User:
                qs = qs.only("id", "username", "first_name", "last_name")
            bersih = [i for i in ids if i.isdigit() and len(i) < 19]
            self.objek[model] = {str(o.pk): o for o in qs.filter(pk__in=bersih)}

    def ambil(self, model, pk):
        return self.objek.get(model, {}).get(str(pk))


def _nilai_tanggal(nilai, waktu: bool) -> str:
    if not isinstance(nilai, str):
        return str(nilai)
    if waktu:
        d = parse_datetime(nilai)
        if d is not None:
            return format_waktu(d)
    d2 = parse_date(nilai[:10])
    return angka.format_tanggal(d2) if d2 else nilai


def _nilai_angka(nilai) -> str:
    try:
        return angka.format_ringkas(Decimal(str(nilai)))
    except (InvalidOperation, ValueError):
        return str(nilai)


def _nilai_json(nilai) -> str:
    if isinstance(nilai, list):
        return "; ".join(_nilai_json(v) for v in nilai) or KOSONG
    if isinstance(nilai, dict):
        return "; ".join(f"{k}: {_nilai_json(v)}" for k, v in nilai.items()) or KOSONG
    if isinstance(nilai, (int, float)) and not isinstance(nilai, bool):
        return _nilai_angka(nilai)
    if isinstance(nilai, str):
        try:
            Decimal(nilai)
        except InvalidOperation:
            return nilai
        return _nilai_angka(nilai)
    return str(nilai)


def _format(model, obj, f: models.Field | None, nilai, pustaka: _Pustaka) -> tuple[str, str]:
    """(text, link) of one stored value of field ``f``."""
    if nilai is None or nilai == "":
        return KOSONG, ""
    if obj is not None and f is not None and hasattr(obj, "format_riwayat"):
        teks = obj.format_riwayat(f.name, nilai)
        if teks is not None:
            return teks, ""
    if f is None:
        return _nilai_json(nilai), ""
    if f.is_relation and f.many_to_one:
        terkait = pustaka.ambil(f.related_model, nilai)
        if terkait is None:  # gone, or an older row that stored a name instead of an id
            return (DIHAPUS if str(nilai).isdigit() else str(nilai)), ""
        if f.related_model is get_user_model():
            return nama_orang(terkait), ""
        return str(terkait), _url(terkait)
    if f.is_relation and f.many_to_many:  # stored as the related records' names
        return _nilai_json(nilai), ""
    if f.choices:
        pilihan = {str(k): str(v) for k, v in f.flatchoices}
        return pilihan.get(str(nilai), str(nilai)), ""
    if isinstance(f, models.BooleanField):
        return ("ya" if nilai else "tidak"), ""
    if isinstance(f, models.DateTimeField):
        return _nilai_tanggal(nilai, True), ""
    if isinstance(f, models.DateField):
        return _nilai_tanggal(nilai, False), ""
    if isinstance(f, (models.DecimalField, models.FloatField)):
        return _nilai_angka(nilai), ""
    if isinstance(f, models.BigIntegerField):  # rupiah (docs/ARCHITECTURE.md, Numbers)
        return _nilai_angka(nilai), ""
    if isinstance(f, models.FileField):
        return os.path.basename(str(nilai)), ""
    if isinstance(f, models.JSONField):
        return _nilai_json(nilai), ""
    return str(nilai), ""


def _label(model, nama: str) -> tuple[models.Field | None, str]:
    if model is None:
        return None, nama.replace("_", " ")
    try:
        f = model._meta.get_field(nama)
    except FieldDoesNotExist:
        return None, nama.replace("_", " ")
    return f, str(getattr(f, "verbose_name", nama))


def _urut(model, perubahan: dict):
    """Changed fields in the model's own order (as its forms show them), unknown ones last."""
    if model is None:
        return list(perubahan.items())
    urutan = {f.name: i for i, f in enumerate(model._meta.concrete_fields)}
    return sorted(perubahan.items(), key=lambda kv: (urutan.get(kv[0], len(urutan)), kv[0]))


def _peran(jejak: list[Jejak]) -> dict[tuple[int, int | None], str]:
    """The role of each actor in the satker of each row (or elsewhere, named)."""
    pelaku = {j.pelaku_id for j in jejak if j.pelaku_id}
    hasil: dict[tuple[int, int | None], str] = {}
    lain: dict[int, str] = {}
    for p in Peran.objects.filter(pengguna_id__in=pelaku).select_related("satker"):
        hasil[(p.pengguna_id, p.satker_id)] = p.get_peran_display()
        lain.setdefault(p.pengguna_id, f"{p.get_peran_display()} {p.satker.nama}")
    for j in jejak:
        if j.pelaku_id and (j.pelaku_id, j.satker_id) not in hasil:
            hasil[(j.pelaku_id, j.satker_id)] = lain.get(
                j.pelaku_id, "admin sistem" if getattr(j.pelaku, "is_superuser", False) else "")
    return hasil


def susun(jejak: list[Jejak]) -> list[Entri]:
    """The entries of audit rows (``jejak`` with ``pelaku`` selected), in the given order."""
    pustaka = _Pustaka()
    User = get_user_model()
    for j in jejak:
        model = _model(j.model)
        pustaka.minta(model, j.objek_id)
        if j.induk:
            pustaka.minta(*_rujukan(j.induk))
        for nama, (lama, baru) in (j.perubahan or {}).items():
            f, _ = _label(model, nama)
            if f is not None and f.is_relation and f.many_to_one:
                pustaka.minta(f.related_model, lama)
                pustaka.minta(f.related_model, baru)
    pustaka.ids.setdefault(User, set())
    pustaka.muat()
    peran = _peran(jejak)

    hasil = []
    for j in jejak:
        model = _model(j.model)
        obj = pustaka.ambil(model, j.objek_id) if model is not None else None
        sasaran_model, sasaran = model, obj
        if j.peristiwa == events.COMMENT and j.induk:
            # a comment is about its record: "… mengomentari realisasi 1.1 TW IV 2024"
            sasaran_model, pk = _rujukan(j.induk)
            sasaran = pustaka.ambil(sasaran_model, pk)
        entri = Entri(
            jejak=j, waktu=format_waktu(j.waktu),
            pelaku=(nama_orang(j.pelaku) if j.pelaku_id
                    else "Sistem" if j.pelaku_nama in ("", "sistem") else j.pelaku_nama),
            peran=peran.get((j.pelaku_id, j.satker_id), "") if j.pelaku_id else "",
            kata=events.words(j.peristiwa),
            jenis=(str(sasaran_model._meta.verbose_name) if sasaran_model is not None else "data")
            if events.names_kind(j.peristiwa) else "",
            judul=str(sasaran) if sasaran is not None else j.objek_repr,
            tautan=_url(sasaran) if sasaran is not None else "",
            keterangan=j.keterangan,
        )
        for nama, (lama, baru) in _urut(model, j.perubahan or {}):
            f, label = _label(model, nama)
            t_lama, u_lama = _format(model, obj, f, lama, pustaka)
            t_baru, u_baru = _format(model, obj, f, baru, pustaka)
            if t_lama == KOSONG and t_baru == KOSONG:
                continue  # an empty field of a new record says nothing
            panjang = isinstance(f, models.TextField) and not f.choices
            entri.perubahan.append(Perubahan(label, t_lama, t_baru, u_lama, u_baru, panjang))
        if any(p.baru == entri.keterangan for p in entri.perubahan):
            entri.keterangan = ""  # a reason already shown as the changed field
        hasil.append(entri)
    return hasil


def alur(obj) -> list[Entri]:
    """The approval trail of an approvable document (kinerja.core.models.Approvable):
    every submit, approve, return and re-open, newest first, with its reason."""
    jejak = (Jejak.objects.filter(model=obj._meta.label_lower, objek_id=str(obj.pk),
                                  peristiwa__startswith=f"{obj.EVENT_PREFIX}.")
             .select_related("pelaku"))
    return susun(list(jejak))


def alasan_terakhir(obj, entri: list[Entri]) -> Entri | None:
    """The latest entry of ``obj``'s trail if it sent the document back to the start of its
    flow (a return or a re-open) with a reason and the document is still there: what the
    operator must read before working on it again."""
    awal = obj.ALUR.awal
    if (obj.status == awal and entri and entri[0].jejak.keterangan
            and entri[0].jejak.perubahan.get("status", [None, None])[1] == awal):
        return entri[0]
    return None


@dataclass
class Menunggu:
    satker: object
    jenis: str
    judul: str
    tautan: str
    diajukan_oleh: str
    diajukan_pada: str


def menunggu_persetujuan(user) -> list[Menunggu]:
    """Every document waiting for this user's approval, over every app's approvable models."""
    from kinerja.core.models import Approvable

    from .akses import Hak, satker_dengan_hak

    satker = list(satker_dengan_hak(user, Hak.SETUJUI))
    if not satker:
        return []
    hasil = []
    for model in apps.get_models():
        if not issubclass(model, Approvable) or not isinstance(getattr(model, "JALUR_SATKER", None), str):
            continue
        jalur = model.JALUR_SATKER
        qs = (model._default_manager.filter(status=model.ALUR.diajukan, **{f"{jalur}__in": satker})
              .select_related(jalur, "diajukan_oleh").order_by("diajukan_pada"))
        for obj in qs:
            hasil.append(Menunggu(
                satker=audit_satker(obj), jenis=str(model._meta.verbose_name), judul=str(obj),
                tautan=_url(obj), diajukan_oleh=nama_orang(obj.diajukan_oleh) if obj.diajukan_oleh_id else "–",
                diajukan_pada=format_waktu(obj.diajukan_pada)))
    return hasil
