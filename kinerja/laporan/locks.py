"""What feeds a submitted or approved Laporan Kinerja (kinerja.core.locks): the year's own
narrative blocks, obstacle rows, photos, standards and report settings. The BAB I texts kept
for every year stay open (the approved report keeps its built files), as do the data of the
other apps, which have their own locks (approved quarters, approved budget months, the PK)."""

from __future__ import annotations

from kinerja.core.locks import Lock, guard
from kinerja.lib.alur import ALUR_LAPORAN

from .models import SEMUA_TAHUN, Foto, Hambatan, Laporan, Narasi, Standar

TERKUNCI = [s for s in ALUR_LAPORAN.status if ALUR_LAPORAN.terkunci(s)]
ISI_LAPORAN = ("tanggal", "penandatangan_nama", "penandatangan_jabatan", "penandatangan_nip", "kertas")


def laporan_terkunci(satker_id, tahun) -> Lock | None:
    lap = Laporan.objects.filter(satker_id=satker_id, tahun=tahun, status__in=TERKUNCI).first()
    if lap is None:
        return None
    return Lock(f"Laporan Kinerja {tahun} berstatus {lap.label_status.lower()}",
                "Minta pimpinan mengembalikan atau membuka kembali laporan itu (dengan alasan) sebelum mengubahnya.")


def _kunci(satker_id, tahun):
    if satker_id is None or tahun in (None, SEMUA_TAHUN):
        return
    k = laporan_terkunci(satker_id, tahun)
    if k is not None:
        yield k


@guard(Narasi)
def _narasi(n: Narasi):
    yield from _kunci(n.satker_id, n.tahun)


@guard(Hambatan)
def _hambatan(h: Hambatan):
    yield from _kunci(h.satker_id, h.tahun)


@guard(Foto)
def _foto(f: Foto):
    yield from _kunci(f.satker_id, f.tahun)


@guard(Standar)
def _standar(s: Standar):
    from kinerja.perencanaan.models import Indikator

    satker_id = Indikator.objects.filter(pk=s.indikator_id).values_list("sasaran__renstra__satker_id", flat=True).first()
    yield from _kunci(satker_id, s.tahun)


@guard(Laporan, fields=ISI_LAPORAN)
def _laporan(lap: Laporan):
    yield from _kunci(lap.satker_id, lap.tahun)
