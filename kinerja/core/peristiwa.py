"""The audit events: one registered set, each with the words the history shows.

Every ``catat`` names one of these (an unknown name is a programming error); each app
registers its own next to its actions, and the history formatter reads the words from
here, so a later app's events read as sentences without touching the formatter.
"""

from __future__ import annotations

_PERISTIWA: dict[str, str] = {}


def daftarkan(kode: str, kata: str) -> str:
    """Register event ``kode`` (e.g. "pk.disetujui") with its verb phrase ("menyetujui")."""
    lama = _PERISTIWA.get(kode)
    if lama is not None and lama != kata:
        raise ValueError(f"Peristiwa {kode} sudah terdaftar dengan kata lain: {lama}")
    _PERISTIWA[kode] = kata
    return kode


def kata(kode: str) -> str:
    return _PERISTIWA.get(kode, kode)


def terdaftar(kode: str) -> bool:
    return kode in _PERISTIWA


def semua() -> dict[str, str]:
    return dict(_PERISTIWA)


BUAT = daftarkan("buat", "membuat")
UBAH = daftarkan("ubah", "mengubah")
HAPUS = daftarkan("hapus", "menghapus")
KOMENTAR = daftarkan("komentar", "mengomentari")
ADMIN_BUAT = daftarkan("admin.buat", "membuat (melalui admin)")
ADMIN_UBAH = daftarkan("admin.ubah", "mengubah (melalui admin)")
ADMIN_HAPUS = daftarkan("admin.hapus", "menghapus (melalui admin)")
MASUK_GAGAL = daftarkan("masuk.gagal", "gagal masuk")
MASUK_TERKUNCI = daftarkan("masuk.terkunci", "terkunci karena gagal masuk berulang")
