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
"""

from __future__ import annotations

from enum import StrEnum


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


def boleh_transisi_pk(dari: StatusPK | str, ke: StatusPK | str) -> bool:
    return (StatusPK(dari), StatusPK(ke)) in TRANSISI_PK


def pk_dapat_diubah(status: StatusPK | str) -> bool:
    """Only a draft's rows and signatories may be edited."""
    return StatusPK(status) == StatusPK.DRAFT


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


def boleh_transisi_triwulan(dari: StatusTriwulan | str, ke: StatusTriwulan | str) -> bool:
    return (StatusTriwulan(dari), StatusTriwulan(ke)) in TRANSISI_TRIWULAN


def perlu_alasan_triwulan(dari: StatusTriwulan | str, ke: StatusTriwulan | str) -> bool:
    """Re-opening an approved quarter and returning a submitted one need a reason."""
    return (StatusTriwulan(dari), StatusTriwulan(ke)) in {
        (StatusTriwulan.DISETUJUI, StatusTriwulan.TERBUKA),
        (StatusTriwulan.DIAJUKAN, StatusTriwulan.TERBUKA),
    }


def triwulan_dapat_diisi(status: StatusTriwulan | str) -> bool:
    """Realisasi may be entered or changed only while the quarter is open."""
    return StatusTriwulan(status) == StatusTriwulan.TERBUKA
