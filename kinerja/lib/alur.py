"""Status flows of the Perjanjian Kinerja and of a quarter's measurements.

Perjanjian Kinerja: PermenPANRB 53/2014 Lampiran I (Petunjuk Teknis Perjanjian Kinerja)
has the PK drafted by the unit, agreed and signed by the head of the unit (pihak pertama)
and the superior (pihak kedua); once signed it binds. It may be revised only on the
grounds Lampiran I lists (``ALASAN_REVISI``); the revision is a new agreement and the
old one stays on record. Here: ``draft`` -> ``diajukan`` (submitted to the pimpinan) ->
``disetujui`` (approved and signed: locked); a submitted draft may be sent back to
``draft``; an approved version is never edited again, a revision starts a new version.

Quarterly measurement: Perpres 29/2014 Pasal 17 makes the head of the entity responsible
for measuring performance against the PK; the quarter's realisasi are therefore submitted
by the operator and approved by the pimpinan, which locks them. Re-opening an approved
quarter needs a written reason, recorded in the audit trail.

Both are instances of one :class:`Alur` (an approval flow: statuses, allowed transitions,
the transitions that need a reason, and the statuses in which the content may still
change); the budget months, reports and evaluations that follow use the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Alur:
    """The approval flow of one kind of document."""

    nama: str
    status: Any  # a StrEnum whose members have a ``label``
    awal: str
    transisi: frozenset[tuple[str, str]]
    perlu_alasan: frozenset[tuple[str, str]]
    dapat_diubah: frozenset[str]  # statuses in which the approved content may still change
    diajukan: str  # the status that means submitted to the pimpinan
    disetujui: str  # the status that means approved and signed

    def boleh(self, dari: str, ke: str) -> bool:
        return (self.status(dari), self.status(ke)) in self.transisi

    def butuh_alasan(self, dari: str, ke: str) -> bool:
        return (self.status(dari), self.status(ke)) in self.perlu_alasan

    def terkunci(self, status: str) -> bool:
        """Content in this status is locked: it was submitted or approved."""
        return self.status(status) not in self.dapat_diubah

    def label(self, status: str) -> str:
        return self.status(status).label


class StatusPK(StrEnum):
    DRAFT = "draft"
    DIAJUKAN = "diajukan"
    DISETUJUI = "disetujui"
    DIGANTI = "diganti"  # an approved version superseded by an approved revision

    @property
    def label(self) -> str:
        return {
            "draft": "Draf",
            "diajukan": "Diajukan",
            "disetujui": "Disetujui",
            "diganti": "Diganti revisi",
        }[self.value]


TRANSISI_PK = {
    (StatusPK.DRAFT, StatusPK.DIAJUKAN),
    (StatusPK.DIAJUKAN, StatusPK.DRAFT),
    (StatusPK.DIAJUKAN, StatusPK.DISETUJUI),
    (StatusPK.DISETUJUI, StatusPK.DIGANTI),
}


ALUR_PK = Alur(
    nama="Perjanjian Kinerja", status=StatusPK, awal=StatusPK.DRAFT,
    transisi=frozenset(TRANSISI_PK),
    perlu_alasan=frozenset({(StatusPK.DIAJUKAN, StatusPK.DRAFT)}),
    dapat_diubah=frozenset({StatusPK.DRAFT}), diajukan=StatusPK.DIAJUKAN,
    disetujui=StatusPK.DISETUJUI,
)


def boleh_transisi_pk(dari: StatusPK | str, ke: StatusPK | str) -> bool:
    return ALUR_PK.boleh(dari, ke)


def pk_dapat_diubah(status: StatusPK | str) -> bool:
    """Only a draft's rows and signatories may be edited."""
    return not ALUR_PK.terkunci(status)


class AlasanRevisi(StrEnum):
    """Grounds for revising a PK, PermenPANRB 53/2014 Lampiran I."""

    MUTASI_PEJABAT = "mutasi_pejabat"
    PERUBAHAN_STRATEGI = "perubahan_strategi"
    PERUBAHAN_PRIORITAS = "perubahan_prioritas"

    @property
    def label(self) -> str:
        return {
            "mutasi_pejabat": "Terjadi pergantian atau mutasi pejabat",
            "perubahan_strategi": (
                "Terjadi perubahan strategi yang memengaruhi pencapaian tujuan dan sasaran "
                "(perubahan program, kegiatan, dan alokasi anggaran)"
            ),
            "perubahan_prioritas": (
                "Terjadi perubahan prioritas atau asumsi yang berakibat signifikan dalam "
                "proses pencapaian tujuan dan sasaran"
            ),
        }[self.value]


class StatusTriwulan(StrEnum):
    TERBUKA = "terbuka"
    DIAJUKAN = "diajukan"
    DISETUJUI = "disetujui"

    @property
    def label(self) -> str:
        return {"terbuka": "Terbuka", "diajukan": "Diajukan", "disetujui": "Disetujui (terkunci)"}[
            self.value
        ]


TRANSISI_TRIWULAN = {
    (StatusTriwulan.TERBUKA, StatusTriwulan.DIAJUKAN),
    (StatusTriwulan.DIAJUKAN, StatusTriwulan.TERBUKA),  # returned for correction
    (StatusTriwulan.DIAJUKAN, StatusTriwulan.DISETUJUI),
    (StatusTriwulan.DISETUJUI, StatusTriwulan.TERBUKA),  # re-opened, reason required
}


ALUR_TRIWULAN = Alur(
    nama="pengukuran triwulan", status=StatusTriwulan, awal=StatusTriwulan.TERBUKA,
    transisi=frozenset(TRANSISI_TRIWULAN),
    # Re-opening an approved quarter and returning a submitted one need a reason.
    perlu_alasan=frozenset({(StatusTriwulan.DISETUJUI, StatusTriwulan.TERBUKA),
                            (StatusTriwulan.DIAJUKAN, StatusTriwulan.TERBUKA)}),
    dapat_diubah=frozenset({StatusTriwulan.TERBUKA}), diajukan=StatusTriwulan.DIAJUKAN,
    disetujui=StatusTriwulan.DISETUJUI,
)


def boleh_transisi_triwulan(dari: StatusTriwulan | str, ke: StatusTriwulan | str) -> bool:
    return ALUR_TRIWULAN.boleh(dari, ke)


def perlu_alasan_triwulan(dari: StatusTriwulan | str, ke: StatusTriwulan | str) -> bool:
    return ALUR_TRIWULAN.butuh_alasan(dari, ke)


def triwulan_dapat_diisi(status: StatusTriwulan | str) -> bool:
    """Realisasi may be entered or changed only while the quarter is open."""
    return not ALUR_TRIWULAN.terkunci(status)


# A month of budget realisasi follows the quarter's flow: the operator submits it, the
# pimpinan (Kuasa Pengguna Anggaran) approves and so locks it, and re-opening needs a reason.
ALUR_BULAN = Alur(
    nama="realisasi anggaran bulanan", status=StatusTriwulan, awal=StatusTriwulan.TERBUKA,
    transisi=frozenset(TRANSISI_TRIWULAN),
    perlu_alasan=frozenset({(StatusTriwulan.DISETUJUI, StatusTriwulan.TERBUKA),
                            (StatusTriwulan.DIAJUKAN, StatusTriwulan.TERBUKA)}),
    dapat_diubah=frozenset({StatusTriwulan.TERBUKA}), diajukan=StatusTriwulan.DIAJUKAN,
    disetujui=StatusTriwulan.DISETUJUI,
)


# The Laporan Kinerja of a year: the operator submits a built set of files, the pimpinan
# approves it (and so locks the year's narrative, obstacles, photos and standards), and
# returning or re-opening needs a reason (PermenPANRB 53/2014: the head of the office signs
# and is accountable for the report).
ALUR_LAPORAN = replace(ALUR_BULAN, nama="Laporan Kinerja")
