"""Writes of the report app: its settings, the narrative blocks and the obstacle rows.

Each is one durable action with an audit row (kinerja.core.audit), like every other write.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from kinerja.core.actions import delete_object, save_object
from kinerja.core.audit import action

from .models import MAKS_NARASI, SEMUA_TAHUN, Hambatan, Laporan, Narasi
from .narasi import KUNCI_SATKER, kunci_sah


def bersihkan(teks: str) -> str:
    """Control and invisible characters out (they break DOCX/XML), line ends as \\n, trimmed."""
    teks = (teks or "").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in teks if c.isprintable() or c in "\n\t").strip()


@action
def simpan_laporan(laporan: Laporan, *, pelaku, version_shown: str | None = None) -> Laporan:
    """Create or update a year's report settings (date, signatory, paper)."""
    return save_object(laporan, pelaku=pelaku, satker=laporan.satker, version_shown=version_shown)


@action
def simpan_narasi(satker, tahun: int, kunci: str, teks: str, *, pelaku, sumber: str = "",
                  contoh: bool = False) -> Narasi | None:
    """Set one narrative block; the BAB I blocks are kept for every year. Empty text removes it."""
    if not kunci_sah(kunci):
        raise ValidationError("Bagian narasi tidak dikenal.")
    teks = bersihkan(teks)
    if len(teks) > MAKS_NARASI:
        raise ValidationError(f"Narasi paling banyak {MAKS_NARASI:,} karakter; yang diisi {len(teks):,}."
                              .replace(",", "."))
    tahun = SEMUA_TAHUN if kunci in KUNCI_SATKER else tahun
    if kunci.startswith("sasaran."):
        from kinerja.perencanaan.models import SasaranKegiatan

        if not SasaranKegiatan.objects.filter(pk=int(kunci.split(".")[1]), renstra__satker=satker).exists():
            raise ValidationError("Sasaran tidak ditemukan pada Renstra satker ini.")
    ada = Narasi.objects.select_for_update().filter(satker=satker, tahun=tahun, kunci=kunci).first()
    if not teks:
        if ada is not None:
            delete_object(ada, pelaku=pelaku, satker=satker)
        return None
    n = ada or Narasi(satker=satker, tahun=tahun, kunci=kunci)
    n.teks, n.sumber, n.contoh = teks, sumber or n.sumber, contoh
    if ada is not None and ada.teks == teks:
        return ada
    return save_object(n, pelaku=pelaku, satker=satker)


@action
def simpan_hambatan(h: Hambatan, *, pelaku, version_shown: str | None = None) -> Hambatan:
    for nama in ("hambatan", "kendala", "tindak_lanjut"):
        setattr(h, nama, bersihkan(getattr(h, nama)))
    if not h.hambatan:
        raise ValidationError({"hambatan": "Hambatan wajib diisi."})
    if h.sasaran_id is not None and h.sasaran.renstra.satker_id != h.satker_id:
        raise ValidationError({"sasaran": "Sasaran bukan milik satker ini."})
    return save_object(h, pelaku=pelaku, satker=h.satker, version_shown=version_shown)


@action
def hapus_hambatan(h: Hambatan, *, pelaku) -> None:
    delete_object(h, pelaku=pelaku, satker=h.satker)
