"""Who may do what in which satker. Every view starts here.

Roles (per satker): admin (everything an operator may, plus settings), operator (edits the
satker's drafts and realisasi), pimpinan (approves and signs; re-opens), reviewer (APIP:
reads and comments), pembaca (reads). A role at a superior satker reads the satker below
it (a provincial user reads its kab/kota) but changes nothing there.

A satker the user may not read answers 404 (its existence is not revealed); a satker the
user may read but not act in answers 403.
"""

from __future__ import annotations

from enum import StrEnum

from django.core.exceptions import PermissionDenied
from django.http import Http404

from .models import Peran, Satker


class Hak(StrEnum):
    BACA = "baca"
    UBAH = "ubah"  # drafts of PK and Renstra, realisasi, evidence
    SETUJUI = "setujui"  # approve PK and quarters, re-open
    KOMENTAR = "komentar"
    KELOLA = "kelola"  # satker settings


HAK_PERAN = {
    Peran.Jenis.ADMIN: {Hak.BACA, Hak.UBAH, Hak.KOMENTAR, Hak.KELOLA},
    Peran.Jenis.OPERATOR: {Hak.BACA, Hak.UBAH, Hak.KOMENTAR},
    Peran.Jenis.PIMPINAN: {Hak.BACA, Hak.SETUJUI, Hak.KOMENTAR},
    Peran.Jenis.REVIEWER: {Hak.BACA, Hak.KOMENTAR},
    Peran.Jenis.PEMBACA: {Hak.BACA},
}


def hak_pengguna(user, satker: Satker) -> frozenset[Hak]:
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset(Hak)
    cache = getattr(user, "_kinerja_hak", None)
    if cache is None:
        cache = user._kinerja_hak = {}
    if satker.pk in cache:
        return cache[satker.pk]
    leluhur = satker.leluhur_ids()
    hak = set()
    for satker_id, peran in Peran.objects.filter(
        pengguna=user, satker_id__in=[satker.pk, *leluhur]
    ).values_list("satker_id", "peran"):
        if satker_id == satker.pk:
            hak |= HAK_PERAN[peran]
        else:
            hak.add(Hak.BACA)
    cache[satker.pk] = frozenset(hak)
    return cache[satker.pk]


def satker_untuk(user, kode: str, perlu: Hak = Hak.BACA) -> Satker:
    """The satker with ``kode`` if ``user`` holds ``perlu`` there; else 404 or 403."""
    satker = (Satker.objects.select_related("induk__induk").filter(kode=kode).first())
    if satker is None:
        raise Http404("Satker tidak ditemukan.")
    hak = hak_pengguna(user, satker)
    if Hak.BACA not in hak:
        raise Http404("Satker tidak ditemukan.")
    if perlu not in hak:
        raise PermissionDenied("Peran Anda di satker ini tidak mengizinkan tindakan ini.")
    return satker


def satker_dengan_hak(user, hak: Hak):
    """Satker where ``user`` holds ``hak`` through a role of its own (superusers: none;
    they act through the admin, not the approval queue)."""
    peran = [p for p, daftar in HAK_PERAN.items() if hak in daftar]
    return Satker.objects.filter(peran__pengguna=user, peran__peran__in=peran, peran__pengguna__is_active=True)


def _dengan_bawahan(langsung) -> set[int]:
    ids, lapis = set(langsung), set(langsung)
    for _ in range(5):
        lapis = set(Satker.objects.filter(induk_id__in=lapis).values_list("id", flat=True)) - ids
        if not lapis:
            break
        ids |= lapis
    return ids


def keturunan(satker) -> dict[int, int]:
    """Every satker below ``satker`` (not itself) with its data version ``versi_data`` (one
    query per level): what an overview of them is computed from and cached under."""
    hasil: dict[int, int] = {}
    lapis = {satker.pk}
    for _ in range(5):
        baru = dict(Satker.objects.filter(induk_id__in=lapis).values_list("id", "versi_data"))
        baru = {k: v for k, v in baru.items() if k not in hasil and k != satker.pk}
        if not baru:
            break
        hasil.update(baru)
        lapis = set(baru)
    return hasil


def satker_terbaca(user):
    """Satker the user reads: own roles and everything below them."""
    if user.is_superuser:
        return Satker.objects.all()
    langsung = list(Peran.objects.filter(pengguna=user).values_list("satker_id", flat=True))
    return Satker.objects.filter(id__in=_dengan_bawahan(langsung))
