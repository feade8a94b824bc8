"""No lost updates: every edit form carries the version of what it showed.

The form holds a signed snapshot of the record as it was displayed (:func:`wrap`);
the action compares it, inside its transaction and with the row locked, with the record
as it is now (:func:`check`). When someone else saved in between, the save is refused with
:class:`VersionConflict`, whose message says who changed what; the form keeps what the user
typed and takes the new version, so a second, deliberate save overwrites.
"""

from __future__ import annotations

import json

from django.core import signing
from django.core.exceptions import ValidationError

SALT = "kinerja.versi-formulir"


def _normal(data: dict) -> dict:
    return json.loads(json.dumps(data, sort_keys=True, default=str))


def wrap(data: dict) -> str:
    """The version token of a snapshot (a dict of JSON-able values, e.g. audit.snapshot)."""
    return signing.dumps(_normal(data), salt=SALT, compress=True)


def unwrap(token: str) -> dict | None:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return data if isinstance(data, dict) else None


class VersionConflict(ValidationError):
    """The record changed since the form was shown; ``current_version`` is its current version."""

    def __init__(self, pesan: str, *, current_version: str):
        super().__init__(pesan, code="konflik")
        self.current_version = current_version


def _ringkas(nilai) -> str:
    if nilai is None or nilai == "":
        return "–"
    teks = str(nilai)
    return f"“{teks[:80]}…”" if len(teks) > 80 else f"“{teks}”"


def _label(model, nama: str) -> str:
    if model is not None:
        try:
            return str(model._meta.get_field(nama).verbose_name).capitalize()
        except Exception:  # noqa: BLE001 - a derived key such as a target period
            pass
    return nama.replace("_", " ").capitalize()


def check(token: str | None, sekarang: dict, *, model=None, objek=None) -> None:
    """Refuse a save whose form showed another version than ``sekarang``.

    ``token`` None means the caller does not edit through a form (a script, an import):
    nothing to compare. ``objek`` (when it exists) names the last person who changed it.
    """
    if token is None:
        return
    awal = unwrap(token)
    if awal is None:
        raise ValidationError("Formulir ini tidak dikenali (mungkin sudah terlalu lama dibuka). "
                              "Muat ulang halaman, lalu isi kembali.", code="versi_tidak_sah")
    kini = _normal(sekarang)
    if awal == kini:
        return
    beda = [f"{_label(model, k)}: {_ringkas(awal.get(k))} → {_ringkas(kini.get(k))}"
            for k in sorted(set(awal) | set(kini)) if awal.get(k) != kini.get(k)]
    siapa = ""
    if objek is not None and getattr(objek, "pk", None) is not None:
        from django.db.models import Q

        from .audit import reference
        from .models import Jejak

        j = (Jejak.objects.filter(Q(model=objek._meta.label_lower, objek_id=str(objek.pk))
                                  | Q(induk=reference(objek)))
             .order_by("-waktu", "-id").first())
        if j is not None:
            from .jam import format_waktu

            siapa = f" oleh {j.pelaku_nama} pada {format_waktu(j.waktu)}"
    if not awal and kini:
        apa = "Data ini telah dibuat"
    elif awal and not kini:
        apa = "Data ini telah dihapus"
    else:
        apa = "Data ini telah diubah"
    raise VersionConflict(
        f"{apa}{siapa} sejak Anda membuka formulir ini: {'; '.join(beda)}. Isian Anda tetap di "
        "formulir; periksa perubahan itu, lalu simpan lagi bila isian Anda yang benar.",
        current_version=wrap(sekarang))
