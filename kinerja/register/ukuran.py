"""Measures: named functions that compute, for a satker and a period, a numerator and a
denominator from register records, with the records that count, those that do not, and those
left out and why (drill-down). A period is cumulative from 1 January to the end of a quarter,
as the PK's quarterly targets are (kinerja.lib.periode)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.lib import kalender as kal
from kinerja.lib import rumus as rumus_lib
from kinerja.lib.angka import RASIO
from kinerja.lib.periode import TRIWULAN, Agregasi, nilai_rasio, periode_wajib

from .deklarasi import REGISTER

def _persen(pembilang, penyebut) -> Decimal | None:
    """The share as a percentage, by the one ratio rule (kinerja.lib.periode.nilai_rasio); None for 0/0."""
    nilai = nilai_rasio(Decimal(pembilang), Decimal(penyebut), Decimal(100)).nilai
    return nilai if isinstance(nilai, Decimal) else None


AKHIR_TRIWULAN = {"TW1": (3, 31), "TW2": (6, 30), "TW3": (9, 30), "TW4": (12, 31)}


@dataclass
class Hasil:
    memenuhi: list = field(default_factory=list)
    tidak: list = field(default_factory=list)
    dikecualikan: list = field(default_factory=list)  # (record, why it is not counted yet)

    @property
    def pembilang(self) -> int:
        return len(self.memenuhi)

    @property
    def penyebut(self) -> int:
        return len(self.memenuhi) + len(self.tidak)

    @property
    def persen(self) -> Decimal | None:
        return _persen(self.pembilang, self.penyebut)


@dataclass(frozen=True)
class Ukuran:
    kunci: str
    judul: str
    rujukan: str
    register: str  # the register (deklarasi.REGISTER key) it reads
    fungsi: Callable[[list, kal.Kalender, dt.date], Hasil]
    # judges a state at the period's end (a record may move from "not" to "meets" or back):
    # only for indicators whose year is their last value (Agregasi.TERAKHIR)
    berkeadaan: bool = False


UKURAN: dict[str, Ukuran] = {}


def daftarkan(u: Ukuran) -> Ukuran:
    if u.register not in REGISTER:
        raise LookupError(f"Register {u.register} belum dideklarasikan.")
    UKURAN[u.kunci] = u
    return u


def tepat_waktu(tenggat: Callable, selesai: Callable, keterangan: str) -> Callable:
    """A measure "done by its deadline": each record's deadline and completion date, classified
    by kinerja.lib.kalender.status_tenggat on the last day of the period."""

    def fungsi(catatan: list, k: kal.Kalender, sampai: dt.date) -> Hasil:
        h = Hasil()
        for c in catatan:
            batas = tenggat(c, k)
            status = kal.status_tenggat(batas, selesai(c), sampai)
            if status == kal.TEPAT:
                h.memenuhi.append(c)
            elif status == kal.TERLAMBAT:
                h.tidak.append(c)
            else:
                h.dikecualikan.append((c, f"{keterangan} belum jatuh tempo ({batas:%d/%m/%Y})"))
        return h

    return berjangka(fungsi, tenggat, selesai)


def berjangka(fungsi: Callable, tenggat: Callable, selesai: Callable) -> Callable:
    """Mark a measure's function as one over deadlines, so what is late or at risk today can be
    watched (pantau): each record's deadline and completion date."""
    fungsi.tenggat = tenggat  # type: ignore[attr-defined]
    fungsi.selesai = selesai  # type: ignore[attr-defined]
    return fungsi


@dataclass
class Peringatan:
    catatan: object
    tenggat: dt.date
    status: str  # kinerja.lib.kalender.TERLAMBAT or BERISIKO
    sisa: int  # working days from today to the deadline (negative: late by)


def pantau(satker, hari_ini: dt.date) -> list[tuple[Ukuran, list[Peringatan]]]:
    """For every deadline measure, the open records that are late or at risk on ``hari_ini``
    (kinerja.lib.kalender.kewaspadaan), the late first, each by deadline; this year's, last
    year's and next year's registers (an election's ad hoc bodies fall due the year before
    it), one query per register."""
    from kinerja.organisasi.kalender import kalender

    tahun = hari_ini.year
    k = kalender(satker, tahun - 1, tahun, tahun + 1, tahun + 2)
    per_register: dict[str, list] = {}
    hasil = []
    for u in UKURAN.values():
        tenggat = getattr(u.fungsi, "tenggat", None)
        if tenggat is None:
            continue
        if u.register not in per_register:
            r = REGISTER[u.register]
            per_register[u.register] = [c for th in (tahun - 1, tahun, tahun + 1) for c in r.catatan(satker, th)]
        daftar = []
        for c in per_register[u.register]:
            batas = tenggat(c, k)
            status = kal.kewaspadaan(k, batas, u.fungsi.selesai(c), hari_ini)  # type: ignore[attr-defined]
            if status:
                daftar.append(Peringatan(c, batas, status, k.selisih(hari_ini, batas)))
        daftar.sort(key=lambda p: (p.status != kal.TERLAMBAT, p.tenggat))
        hasil.append((u, daftar))
    return hasil


@dataclass
class Hitungan:
    """An indicator's computed numerator and denominator for a period, with the measures (and
    their records) behind them."""

    pembilang: Decimal
    penyebut: Decimal
    rincian: list[tuple[Ukuran, Hasil]]  # the measures cumulated to the quarter's end
    # for a quarter whose value is its own records: the figures cumulated to its end and to the previous one's
    kumulatif: tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]] | None = None
    masalah: str = ""  # why the result cannot be a realisasi (then both figures are 0)
    wajib: bool = True  # a quarter in which the indicator is measured (lib.periode.periode_wajib)

    @property
    def persen(self) -> Decimal | None:
        return _persen(self.pembilang, self.penyebut)

    @property
    def contoh(self) -> bool:
        return any(c.contoh for _, h in self.rincian for c in h.memenuhi + h.tidak)


@dataclass(frozen=True)
class Ikatan:
    """What an indicator is computed from: one measure, or a formula over several
    (kinerja.lib.rumus: its outermost division gives the numerator and the denominator)."""

    kunci: str = ""
    rumus: str = ""

    @property
    def ukuran(self) -> list[Ukuran]:
        if self.kunci:
            return [UKURAN[self.kunci]]
        return [UKURAN[k] for k in sorted(rumus_lib.urai(self.rumus).ukuran)]

    @property
    def judul(self) -> str:
        return UKURAN[self.kunci].judul if self.kunci else f"Rumus: {self.rumus}"

    @property
    def label(self) -> str:  # in the command line's JSON
        return self.kunci or self.rumus

    def hitung(self, hasil: dict[str, Hasil]) -> Hitungan:
        """From each measure's result for the period (``hasil`` by measure key)."""
        rincian = [(u, hasil[u.kunci]) for u in self.ukuran]
        if self.kunci:
            h = hasil[self.kunci]
            return Hitungan(Decimal(h.pembilang), Decimal(h.penyebut), rincian)
        nilai = {f"{u.kunci}.{a}": Decimal(getattr(h, a)) for u, h in rincian for a in rumus_lib.ATRIBUT}
        p, q = (r.hitung(nilai) for r in cek_rumus(self.rumus))
        if p is None or q is None:  # a division by zero inside: nothing to compute yet
            return Hitungan(Decimal(0), Decimal(0), rincian)
        for nama, x in (("Pembilang", p), ("Penyebut", q)):
            m = RASIO.masalah(x)  # the bounds a typed numerator or denominator must keep
            if m:
                return Hitungan(Decimal(0), Decimal(0), rincian, masalah=f"{nama} hasil rumus {m}")
        return Hitungan(p, q, rincian)


def per_triwulan(kumulatif: dict[str, Hitungan], agregasi: str, frekuensi: str) -> dict[str, Hitungan]:
    """The value entered for each quarter under the indicator's roll-up rule
    (kinerja.lib.periode): only in the quarters it is measured (``periode_wajib``); for
    ``terakhir``, the state at the quarter's end (the measure cumulated from 1 January); for
    ``kumulatif`` and ``rata_rata``, whose year adds up or averages its measured quarters, the
    records since the previous measured quarter: cumulated to its end less cumulated to that
    quarter's end. A measure that judges a state (``Ukuran.berkeadaan``) cannot be split so:
    such an indicator gets the reason instead of a figure."""
    wajib = periode_wajib(frekuensi)
    berkeadaan = sorted({u.judul for h in kumulatif.values() for u, _ in h.rincian if u.berkeadaan})
    hasil, lalu = {}, (Decimal(0), Decimal(0))
    for p in TRIWULAN:
        h = kumulatif[p]
        if p not in wajib:
            hasil[p] = Hitungan(Decimal(0), Decimal(0), h.rincian, wajib=False)
            continue
        if agregasi == Agregasi.TERAKHIR:
            hasil[p] = h
            continue
        kini = (h.pembilang, h.penyebut)
        selisih = (kini[0] - lalu[0], kini[1] - lalu[1])
        masalah = h.masalah
        if berkeadaan and not masalah:
            masalah = (f"ukuran “{berkeadaan[0]}” menilai keadaan pada akhir periode, sehingga hanya dapat dipakai "
                       "indikator dengan aturan tahunan “nilai terakhir”.")
        elif not masalah and (selisih[0] < 0 or selisih[1] < 0 or selisih[0] > selisih[1]):
            masalah = "hitungan triwulan ini tidak sah (kumulatifnya berkurang)."
        if masalah:
            selisih = (Decimal(0), Decimal(0))
        hasil[p] = Hitungan(selisih[0], selisih[1], h.rincian, kumulatif=(kini, lalu), masalah=masalah)
        lalu = kini
    return hasil


def cek_rumus(teks: str) -> tuple[rumus_lib.Rumus, rumus_lib.Rumus]:
    """A formula over the known measures whose outermost operation is a division."""
    bagian = rumus_lib.urai(teks, dikenal=UKURAN).pecah()
    if bagian is None:
        raise rumus_lib.GalatRumus("Rumus indikator rasio harus berbentuk (pembilang) / (penyebut).")
    if not bagian[0].nama or not bagian[1].nama:
        raise rumus_lib.GalatRumus("Pembilang dan penyebut rumus masing-masing harus memakai paling sedikit satu "
                                   "ukuran register.")
    return bagian


def hitung(u: Ukuran, satker, tahun: int, periode: str) -> Hasil:
    from kinerja.organisasi.kalender import kalender

    bulan, hari = AKHIR_TRIWULAN[periode]
    sampai = dt.date(tahun, bulan, hari)
    r = REGISTER[u.register]
    catatan = list(r.catatan(satker, tahun).filter(**{f"{r.medan_tanggal}__lte": sampai}))
    return u.fungsi(catatan, kalender(satker, tahun, tahun + 1), sampai)


def hitung_semua(satker, tahun: int) -> list[tuple[Ukuran, dict[str, Hasil]]]:
    """Every measure, per quarter (cumulative), with one calendar and one query per register.
    For figures: its records are rows of their fields, not model instances (several times
    cheaper over a whole tree); the drill-down pages use ``hitung``, whose records link."""
    from kinerja.organisasi.kalender import kalender

    k = kalender(satker, tahun, tahun + 1)
    per_register = {kunci: list(r.catatan(satker, tahun, ringan=True).values_list(
        *(f.attname for f in r.model._meta.concrete_fields), named=True)) for kunci, r in REGISTER.items()}
    hasil = []
    for u in UKURAN.values():
        r = REGISTER[u.register]
        tw = {}
        for periode in TRIWULAN:
            sampai = dt.date(tahun, *AKHIR_TRIWULAN[periode])
            tw[periode] = u.fungsi([c for c in per_register[u.register] if getattr(c, r.medan_tanggal) <= sampai],
                                   k, sampai)
        hasil.append((u, tw))
    return hasil
