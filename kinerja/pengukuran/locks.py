"""What measurements feed to a locked quarter (kinerja.core.locks).

A submitted or approved quarter is locked: its realisasi, their evidence, and the
definition of every indicator measured in it (the capaian of a locked quarter is computed
from the indicator's polaritas, unit, ratio flag and roll-up rule).
"""

from __future__ import annotations

from kinerja.core.locks import Lock, guard
from kinerja.lib.alur import ALUR_TRIWULAN
from kinerja.lib.periode import LABEL_PERIODE
from kinerja.perencanaan.locks import FIELD_INDIKATOR
from kinerja.perencanaan.models import Indikator

from .models import Bukti, Realisasi, StatusPengukuran

JALAN_TRIWULAN = "Minta pimpinan membuka kembali triwulan itu (dengan alasan) sebelum mengubahnya."
TERKUNCI = [s for s in ALUR_TRIWULAN.status if ALUR_TRIWULAN.terkunci(s)]


def lock_of_quarter(s: StatusPengukuran) -> Lock:
    return Lock(f"realisasi {LABEL_PERIODE[s.periode]} {s.tahun} berstatus {s.label_status.lower()}",
                 JALAN_TRIWULAN)


def _triwulan_terkunci(satker_id, pasangan) -> list[StatusPengukuran]:
    pasangan = set(pasangan)
    if not pasangan:
        return []
    qs = StatusPengukuran.objects.filter(satker_id=satker_id, status__in=TERKUNCI,
                                         tahun__in={t for t, _ in pasangan})
    return sorted((s for s in qs if (s.tahun, s.periode) in pasangan), key=lambda s: (s.tahun, s.periode))


def _satker_id(indikator_id):
    return (Indikator.objects.filter(pk=indikator_id)
            .values_list("sasaran__renstra__satker_id", flat=True).first())


@guard(Realisasi)
def _realisasi(r: Realisasi):
    if r.indikator_id is None:
        return
    for s in _triwulan_terkunci(_satker_id(r.indikator_id), [(int(r.tahun), r.periode)]):
        yield lock_of_quarter(s)


@guard(Bukti)
def _bukti(b: Bukti):
    if b.realisasi_id is None:
        return
    yield from _realisasi(b.realisasi)


@guard(Indikator, fields=FIELD_INDIKATOR)
def _indikator(ind: Indikator):
    if ind.pk is None:
        return
    pasangan = Realisasi.objects.filter(indikator_id=ind.pk).values_list("tahun", "periode")
    for s in _triwulan_terkunci(_satker_id(ind.pk), pasangan):
        yield Lock(lock_of_quarter(s).nama,
                    "Definisi indikator yang sudah diukur pada triwulan yang terkunci tidak diubah: "
                    "buat indikator baru, atau minta pimpinan membuka kembali triwulan itu.")
