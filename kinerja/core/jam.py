"""The clock every write reads: ``sekarang()``.

Actions stamp who did what *when* (submitted, approved, changed, uploaded) from here, and
so do the automatic timestamps (:class:`kinerja.core.fields.WaktuOtomatisField`). Normally
it is ``django.utils.timezone.now()``. :func:`pada` sets it for the duration of a block, for
one purpose: loading records that happened in the past through the same action functions
the UI uses (the demo replays its 2024 timeline that way), so that every rule and every
audit row applies to them and their dates are the true ones.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt

from django.utils import timezone

from kinerja.lib.angka import format_tanggal

_WAKTU: contextvars.ContextVar[dt.datetime | None] = contextvars.ContextVar("kinerja_jam", default=None)


def sekarang() -> dt.datetime:
    waktu = _WAKTU.get()
    return waktu if waktu is not None else timezone.now()


def format_waktu(waktu: dt.datetime | None, *, kosong: str = "–") -> str:
    """``30 November 2026 10.32``, in the site's time zone: how every page, the history and
    its export write a moment."""
    if waktu is None:
        return kosong
    lokal = timezone.localtime(waktu) if timezone.is_aware(waktu) else waktu
    return f"{format_tanggal(lokal.date())} {lokal:%H.%M}"


@contextlib.contextmanager
def pada(waktu: dt.datetime):
    """Within this block, ``sekarang()`` is ``waktu`` (an aware datetime)."""
    if timezone.is_naive(waktu):
        raise ValueError("Waktu harus memiliki zona waktu.")
    token = _WAKTU.set(waktu)
    try:
        yield waktu
    finally:
        _WAKTU.reset(token)
