"""The audit events: one registered set, each with the words the history shows.

Every ``catat`` names one of these (an unknown name is a programming error); each app
registers its own next to its actions, and the history formatter reads the words from
here, so a later app's events read as sentences without touching the formatter.
"""

from __future__ import annotations

_PERISTIWA: dict[str, str] = {}


def register(kode: str, kata: str) -> str:
    """Register event ``kode`` (e.g. "pk.disetujui") with its verb phrase ("menyetujui")."""
    lama = _PERISTIWA.get(kode)
    if lama is not None and lama != kata:
        raise ValueError(f"Peristiwa {kode} sudah terdaftar dengan kata lain: {lama}")
    _PERISTIWA[kode] = kata
    return kode


def words(kode: str) -> str:
    return _PERISTIWA.get(kode, kode)


def names_kind(kode: str) -> bool:
    """Whether the history sentence names the record's kind after the words ("mengubah
    realisasi …"); an app's own events already say it ("mengunggah bukti dukung …")."""
    return kode in _GENERIK


def is_registered(kode: str) -> bool:
    return kode in _PERISTIWA


def all_events() -> dict[str, str]:
    return dict(_PERISTIWA)


CREATE = register("buat", "membuat")
UPDATE = register("ubah", "mengubah")
DELETE = register("hapus", "menghapus")
COMMENT = register("komentar", "mengomentari")
ADMIN_CREATE = register("admin.buat", "membuat (melalui admin)")
ADMIN_UPDATE = register("admin.ubah", "mengubah (melalui admin)")
ADMIN_DELETE = register("admin.hapus", "menghapus (melalui admin)")
LOGIN_FAILED = register("login.gagal", "gagal masuk")
LOGIN_LOCKED = register("login.terkunci", "terkunci karena gagal masuk berulang")

_GENERIK = frozenset({CREATE, UPDATE, DELETE, COMMENT, ADMIN_CREATE, ADMIN_UPDATE, ADMIN_DELETE})
