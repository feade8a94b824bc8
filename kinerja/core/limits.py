"""Request bodies are refused by their declared size, before a byte of them is read.

Every route takes at most ``FORM_LIMIT`` (a form of text fields); a view that accepts
an upload declares its own limit with :func:`body_limit`. The check reads only the
``Content-Length`` header, so a 300 MB POST to the login page is answered 413 at once
instead of being read and spooled to disk. A body without ``Content-Length`` (chunked) is
not read by Django at all; the production server set-up in the README caps it too.
"""

from __future__ import annotations

from decimal import Decimal

from django.shortcuts import render
from django.urls import Resolver404, resolve

from kinerja.lib.angka import format_angka

FORM_LIMIT = 256 * 1024
# Multipart framing and the other fields of an upload form.
UPLOAD_MARGIN = 64 * 1024


def body_limit(maks_byte: int):
    """Declare that a view accepts bodies up to ``maks_byte`` (an upload) plus its form."""

    def hias(view):
        view.body_limit = max(FORM_LIMIT, maks_byte + UPLOAD_MARGIN)
        return view

    return hias


def largest_limit() -> int:
    """The largest body any route accepts (the web server's own cap, chunked bodies included)."""
    from django.conf import settings

    return max(FORM_LIMIT, settings.BUKTI_MAKS_BYTE + UPLOAD_MARGIN)


def limit_for(path_info: str) -> int:
    try:
        cocok = resolve(path_info)
    except Resolver404:
        return FORM_LIMIT
    return getattr(cocok.func, "body_limit", FORM_LIMIT)


class BodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        panjang = request.META.get("CONTENT_LENGTH") or "0"
        try:
            n = int(panjang)
        except ValueError:
            n = -1
        if n < 0:
            return render(request, "core/galat.html", {
                "judul": "Permintaan tidak valid",
                "pesan": "Panjang kiriman tidak dapat dibaca."}, status=400)
        # every route takes at least FORM_LIMIT: only a larger body needs its route's own limit
        maks = limit_for(request.path_info) if n > FORM_LIMIT else FORM_LIMIT
        if n > maks:
            return render(request, "core/galat.html", {
                "judul": "Kiriman terlalu besar",
                "pesan": f"Kiriman sebesar {_mb(n)} ditolak: batas halaman ini {_mb(maks)}. "
                         "Perkecil berkas atau isian, lalu kirim lagi."}, status=413)
        return self.get_response(request)


def _mb(n: int) -> str:
    if n < 1024 * 1024:
        return f"{format_angka(Decimal(n) / 1024, 0)} KB"
    return f"{format_angka(Decimal(n) / (1024 * 1024), 1)} MB"
