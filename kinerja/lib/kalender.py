"""Working days, and deadlines counted in working days.

* Government offices work five days, Monday to Friday (Perpres 21/2023 tentang Hari Kerja dan
  Jam Kerja Instansi Pemerintah dan Pegawai Aparatur Sipil Negara, Pasal 4).
* National holidays and cuti bersama are set each year by a joint decree of the Minister of
  Religious Affairs, the Minister of Manpower and the Minister of PANRB (for 2024: Keputusan
  Bersama 855/2023, 3/2023 and 4/2023, as amended). Voting takes place on a national
  holiday or a day declared one (UU 7/2017 Pasal 167 ayat (3) for the Pemilu; the Pilkada's
  voting day is declared by Keputusan Presiden). All of these come from the ``holidays``
  package (country ID, categories ``public`` and ``government``, names in Indonesian); an
  office adds its own days off on top. For a year whose decree is not out yet the package
  gives estimated dates (named "... (perkiraan)") and no cuti bersama.
* Cuti bersama is formally leave, not a public holiday; it is counted here as a day the office
  does not work, because offices close on it. An office that works a day off records it
  (kinerja.organisasi.models.HariLibur).
* A ``Kalender`` knows only the holidays it is given: one built for a year counts the next
  year's 1 January as a working day, so a deadline near the year's end needs both years.
* A deadline of N working days "sejak" an event counts from the working day after it: the
  event's own day is not one of the N (UU 14/2008 tentang Keterbukaan Informasi Publik
  Pasal 22 ayat (7), an answer within 10 working days of the request, and ayat (8), an
  extension of at most 7 working days more).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

SATU_HARI = dt.timedelta(days=1)
NASIONAL = "nasional"
CUTI_BERSAMA = "cuti_bersama"


def libur_nasional(tahun: int) -> list[tuple[dt.date, str, str]]:
    """The national holidays (``nasional``) and cuti bersama (``cuti_bersama``) of ``tahun``
    as (date, Indonesian name, kind), in date order. Two holidays on one date keep both names."""
    import holidays

    hasil = []
    for kategori, jenis in (("public", NASIONAL), ("government", CUTI_BERSAMA)):
        # the language named: without it the names follow the process's locale
        daftar = holidays.country_holidays("ID", years=tahun, categories=(kategori,), language="id")
        for tanggal in daftar:
            hasil.append((tanggal, "; ".join(daftar.get_list(tanggal)), jenis))
    return sorted(hasil)


@dataclass(frozen=True)
class Kalender:
    """Working days: Monday to Friday except the dates in ``libur``."""

    libur: frozenset[dt.date] = frozenset()
    # deadlines already counted (a year's registers ask for the same few thousand again and again)
    _tenggat: dict = field(default_factory=dict, init=False, compare=False, repr=False, hash=False)

    @classmethod
    def dari(cls, libur: Iterable[dt.date]) -> Kalender:
        return cls(frozenset(libur))

    def hari_kerja(self, tanggal: dt.date) -> bool:
        return tanggal.weekday() < 5 and tanggal not in self.libur

    def tenggat(self, mulai: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``mulai`` (``mulai`` itself is not counted; n = 0 is
        ``mulai``)."""
        if n < 0:
            raise ValueError("Jumlah hari kerja tidak boleh negatif.")
        if (mulai, n) in self._tenggat:
            return self._tenggat[mulai, n]
        self._tenggat[mulai, n] = self._hitung_tenggat(mulai, n)
        return self._tenggat[mulai, n]

    def _hitung_tenggat(self, mulai: dt.date, n: int) -> dt.date:
        tanggal = mulai
        while n > 0:
            tanggal += SATU_HARI
            if self.hari_kerja(tanggal):
                n -= 1
        return tanggal

    def selisih(self, mulai: dt.date, selesai: dt.date) -> int:
        """Working days from ``mulai`` to ``selesai``: those after ``mulai`` up to and
        including ``selesai``, negative when ``selesai`` is earlier. So
        ``selisih(a, tenggat(a, n)) == n``. Lateness is ``tanggal > tenggat`` (status_tenggat):
        a task finished on the Saturday after a Friday deadline is late by 0 working days here."""
        if selesai < mulai:
            return -self.selisih(selesai, mulai)
        return sum(self.hari_kerja(mulai + i * SATU_HARI) for i in range(1, (selesai - mulai).days + 1))

    def tepat_waktu(self, mulai: dt.date, selesai: dt.date, batas: int) -> bool:
        """Whether ``selesai`` is within ``batas`` working days of ``mulai`` (on the deadline
        counts; a date before ``mulai`` is not a completion of it)."""
        return mulai <= selesai <= self.tenggat(mulai, batas)


TEPAT = "tepat"
TERLAMBAT = "terlambat"
BERJALAN = "berjalan"
BERISIKO = "berisiko"
AMBANG_BERISIKO = 2  # working days left at which an open task is flagged


def status_tenggat(tenggat: dt.date, selesai: dt.date | None, sampai: dt.date) -> str:
    """Where a task with ``tenggat`` stands on ``sampai`` (the end of a measuring period):
    ``tepat`` done by its deadline, ``terlambat`` done after it or still open with the
    deadline passed, ``berjalan`` still open and not yet due (it is not counted yet). A
    completion after ``sampai`` is not known on ``sampai``."""
    if selesai is not None and selesai <= sampai:
        return TEPAT if selesai <= tenggat else TERLAMBAT
    return TERLAMBAT if tenggat < sampai else BERJALAN


def kewaspadaan(k: Kalender, tenggat: dt.date, selesai: dt.date | None, hari_ini: dt.date,
                ambang: int = AMBANG_BERISIKO) -> str | None:
    """What an open task needs on ``hari_ini``, so the office acts before the quarter closes:
    ``terlambat`` when its deadline has passed, ``berisiko`` when at most ``ambang`` working
    days remain (0 on the deadline itself, e.g. the 10th working day of a PPID request under
    UU 14/2008 Pasal 22 ayat (7)), ``None`` when it is done or not yet near."""
    if selesai is not None and selesai <= hari_ini:
        return None
    if tenggat < hari_ini:
        return TERLAMBAT
    return BERISIKO if k.selisih(hari_ini, tenggat) <= ambang else None
