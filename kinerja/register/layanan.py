"""What the registers give the rest of the system: the PK indicators bound to a measure, with
the measure's result per quarter."""

from __future__ import annotations

from .models import IkatanUkuran
from .ukuran import UKURAN, Hasil, Ukuran, hitung_semua


def indikator_terikat(satker, tahun: int) -> list[tuple[object, Ukuran, dict[str, Hasil]]]:
    """The indicators of the year's PK bound to a measure, in PK order, each with its
    measure's result per quarter (cumulative)."""
    from kinerja.pengukuran.layanan import matriks

    indikator = [b.indikator for b in matriks(satker, tahun).baris]
    ikatan = {i.indikator_id: i.ukuran for i in IkatanUkuran.objects.filter(indikator__in=indikator)}
    if not ikatan:
        return []
    hasil = dict((u.kunci, tw) for u, tw in hitung_semua(satker, tahun))
    return [(ind, UKURAN[ikatan[ind.pk]], hasil[ikatan[ind.pk]]) for ind in indikator
            if ikatan.get(ind.pk) in UKURAN]
