"""Reading the plan: the PK version in force and the table of a PK's targets.

The PK page and its print show this table; the measurement app builds its capaian
matrix on the same version (kinerja.pengukuran.layanan).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from kinerja.lib import capaian as cp
from kinerja.lib.alur import StatusPK
from kinerja.lib.periode import TAHUN, TRIWULAN

from .models import BarisPK, PerjanjianKinerja, TargetPK, VersiPK

PERIODE_SEMUA = (*TRIWULAN, TAHUN)


def versi_berlaku(pk: PerjanjianKinerja | None) -> VersiPK | None:
    """The approved version in force; failing that, the newest draft."""
    if pk is None:
        return None
    semua = list(VersiPK.objects.filter(pk_induk=pk).order_by("-nomor"))
    for v in semua:
        v.pk_induk = pk  # spares a query each time a version names its PK
    return pilih_versi_berlaku(semua)


def pilih_versi_berlaku(semua: list[VersiPK]) -> VersiPK | None:
    """Of a PK's versions, newest first: the approved one, else the newest."""
    for v in semua:
        if v.status == StatusPK.DISETUJUI:
            return v
    return semua[0] if semua else None


def tahun_bawaan(satker) -> int:
    """The newest PK year not after this year, else this year."""
    ini = timezone.localdate().year
    tahun = (PerjanjianKinerja.objects.filter(satker=satker, tahun__lte=ini)
             .order_by("-tahun").values_list("tahun", flat=True).first())
    return tahun or ini


def target_per_baris(versi: VersiPK, baris: list[int] | None = None
                     ) -> tuple[dict[int, dict[str, cp.Target]], dict[int, set[str]]]:
    """Every target of a version (or of its rows ``baris``), per row and period, and the
    periods whose target is an example."""
    target: dict[int, dict[str, cp.Target]] = {}
    contoh: dict[int, set[str]] = {}
    qs = (TargetPK.objects.filter(baris_id__in=baris) if baris is not None
          else TargetPK.objects.filter(baris__versi=versi))
    for baris_id, periode, nilai, atas, predikat, adalah_contoh in qs.values_list(
            "baris_id", "periode", "nilai", "atas", "predikat", "contoh"):
        target.setdefault(baris_id, {})[periode] = cp.Target(nilai, atas, predikat or None)
        if adalah_contoh:
            contoh.setdefault(baris_id, set()).add(periode)
    return target, contoh


def baris_versi(versi: VersiPK, *, indikator_id: int | None = None) -> list[BarisPK]:
    qs = BarisPK.objects.filter(versi=versi)
    if indikator_id is not None:
        qs = qs.filter(indikator_id=indikator_id)
    return list(qs.select_related("indikator__sasaran", "indikator__subbagian"))


def kelompok_sasaran(baris: list) -> list[tuple[object, list]]:
    """Rows grouped by their indicator's sasaran, in PK order (the PK's and the dashboard's)."""
    hasil: list[tuple[object, list]] = []
    for b in baris:
        s = b.indikator.sasaran
        if hasil and hasil[-1][0].pk == s.pk:
            hasil[-1][1].append(b)
        else:
            hasil.append((s, [b]))
    return hasil


@dataclass
class SelTarget:
    periode: str
    target: cp.Target
    target_teks: str
    target_contoh: bool = False
    galat: str = ""


@dataclass
class BarisTarget:
    baris: BarisPK
    sel: dict[str, SelTarget]

    @property
    def indikator(self):
        return self.baris.indikator

    @property
    def tahun(self) -> SelTarget:
        return self.sel[TAHUN]


@dataclass
class TabelPK:
    versi: VersiPK
    baris: list[BarisTarget] = field(default_factory=list)

    @property
    def ada_contoh(self) -> bool:
        return any(s.target_contoh for b in self.baris for s in b.sel.values())

    def kelompok_sasaran(self):
        return kelompok_sasaran(self.baris)


def tabel_pk(versi: VersiPK) -> TabelPK:
    """The rows of a PK version with each period's target as text (three queries)."""
    tabel = TabelPK(versi=versi)
    target, contoh = target_per_baris(versi)
    for b in baris_versi(versi):
        ind = b.indikator
        sel = {}
        for p in PERIODE_SEMUA:
            t = target.get(b.pk, {}).get(p, cp.Target())
            masalah = cp.masalah_target(t, ind.polaritas, ind.batas)
            sel[p] = SelTarget(p, t, "tidak valid" if masalah else cp.format_target(t, persen=ind.persen),
                               p in contoh.get(b.pk, set()), masalah or "")
        tabel.baris.append(BarisTarget(b, sel))
    return tabel
