"""Locks that hold: one check, on every write path, of what a change would alter.

An approved (or submitted) document is locked (kinerja.core.models.Approvable). A change
to a record is refused when it would alter what such a document shows: a realisasi of an
approved quarter, a row of an approved PK, and also what *feeds* them, such as the
polaritas of an indicator used in an approved PK or in a locked quarter, or the period of
a Renstra an approved PK rests on.

Each app declares, next to its models, which fields of which model feed which locked
documents (:func:`guard`); :func:`check` is called by ``kinerja.core.audit.catat``, which
every write goes through (actions, the Django admin, imports), and by the admin's forms so
that the refusal reaches the user as a form error. The message names each lock and the way
out: re-open the quarter, or revise the PK (a new version).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError


@dataclass(frozen=True)
class Lock:
    """A locked document that a write would change, and how to change it properly."""

    nama: str
    jalan_keluar: str


Guard = Callable[[object], Iterable[Lock]]

# model -> [(fields whose change is guarded, or None for every change), guard]
_GUARDS: dict[type, list[tuple[frozenset[str] | None, Guard]]] = {}


def guard(model: type, *, fields: Iterable[str] | None = None):
    """Register ``fungsi(obj) -> locks`` for changes of ``fields`` of ``model`` (None: any
    change, creation and deletion included)."""

    def daftar(fungsi: Guard) -> Guard:
        _GUARDS.setdefault(model, []).append(
            (frozenset(fields) if fields is not None else None, fungsi))
        return fungsi

    return daftar


def guarded_fields(model: type) -> dict[str, list[Guard]]:
    """The guarded fields of ``model`` ("*" for guards of every change), for tests and docs."""
    hasil: dict[str, list[Guard]] = {}
    for fields, fungsi in _GUARDS.get(model, []):
        for f in fields or ("*",):
            hasil.setdefault(f, []).append(fungsi)
    return hasil


def guarded(model: type) -> bool:
    """Whether any guard watches ``model`` (or a model it inherits from)."""
    return any(issubclass(model, m) for m in _GUARDS)


def locks_for(obj, berubah: set[str] | None) -> list[Lock]:
    """The locks a change of ``berubah`` (None: creation or deletion) of ``obj`` would break."""
    hasil: list[Lock] = []
    for model, daftar in _GUARDS.items():
        if not isinstance(obj, model):
            continue
        for fields, fungsi in daftar:
            if berubah is not None and fields is not None and not (fields & berubah):
                continue
            for k in fungsi(obj):
                if k not in hasil:
                    hasil.append(k)
    return hasil


def _label(obj, nama: str) -> str:
    try:
        return str(obj._meta.get_field(nama).verbose_name)
    except Exception:  # noqa: BLE001 - a derived field name (e.g. a PK row's targets)
        return nama


def check(obj, berubah: set[str] | None) -> None:
    """Refuse (ValidationError) a change that would alter a locked document."""
    daftar = locks_for(obj, berubah)
    if not daftar:
        return
    apa = str(obj)
    if berubah:
        dijaga: set[str] = set()
        for fields, _ in _GUARDS.get(type(obj), []):
            dijaga |= (fields or set(berubah)) & set(berubah)
        apa = f"{', '.join(sorted(_label(obj, f) for f in dijaga))} pada {obj}"
    nama = "; ".join(k.nama for k in daftar)
    jalan = " ".join(dict.fromkeys(k.jalan_keluar for k in daftar))
    raise ValidationError(
        f"Perubahan {apa} ditolak karena terkunci oleh: {nama}. {jalan}", code="terkunci")


def changed_fields(sebelum: dict | None, sesudah: dict | None) -> set[str] | None:
    """The changed fields between two snapshots; None for a creation or a deletion."""
    if sebelum is None or sesudah is None:
        return None
    return {k for k in set(sebelum) | set(sesudah) if sebelum.get(k) != sesudah.get(k)}
