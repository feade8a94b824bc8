"""The capaian matrix of a satker's PK for a year: one query per table, whatever its size.

Every figure shown on the dashboard, the entry pages and by ``kinerja capaian`` comes from
here; the rules themselves are in kinerja.lib (capaian, periode).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.db.models import Count

from kinerja.lib import capaian as cp
from kinerja.lib.alur import StatusPK, StatusTriwulan
from kinerja.lib.angka import bulatkan, format_persen, format_ringkas
from kinerja.lib.periode import (
    TAHUN, TRIWULAN, Agregasi, Agregat, nilai_periode, periode_wajib, realisasi_tahun,
)
from kinerja.perencanaan.layanan import (
    baris_versi, kelompok_sasaran, pilih_versi_berlaku, target_per_baris, versi_berlaku,
)
from kinerja.perencanaan.models import BarisPK, PerjanjianKinerja, TargetPK, VersiPK

from .models import Realisasi, StatusPengukuran

PERIODE_SEMUA = (*TRIWULAN, TAHUN)


@dataclass
class Sel:
    periode: str
    wajib: bool
    target: cp.Target
    target_teks: str
    realisasi: Agregat
    realisasi_teks: str
    hasil: cp.Hasil
    kategori: cp.Kategori
    contoh: bool = False
    sumber: str = ""
    objek: Realisasi | None = None
    target_contoh: bool = False
    galat: str = ""  # a stored value that fails the indicator's bounds: shown as an error

    @property
    def triwulan(self) -> bool:
        return self.periode != TAHUN

    @property
    def alasan(self) -> str:
        """Why this cell has no capaian; empty when it has one."""
        return "" if self.hasil.dapat_dihitung else (self.realisasi.catatan or self.hasil.catatan)

    @property
    def capaian_nilai(self) -> Decimal | str | None:
        """The capaian as data: the percentage, "tercapai"/"tidak tercapai", or None."""
        if self.hasil.persen is not None:
            return self.hasil.persen
        if self.hasil.tercapai is not None:
            return "tercapai" if self.hasil.tercapai else "tidak tercapai"
        return None

    @property
    def capaian_teks(self) -> str:
        if self.hasil.persen is not None:
            return format_persen(self.hasil.persen)
        if self.hasil.tercapai is not None:
            return self.kategori.label
        return "–"


@dataclass
class BarisCapaian:
    baris: BarisPK
    sel: dict[str, Sel]

    @property
    def indikator(self):
        return self.baris.indikator

    @property
    def tahun(self) -> Sel:
        return self.sel[TAHUN]

    def daftar_sel(self):
        return [self.sel[p] for p in PERIODE_SEMUA]


@dataclass
class Matriks:
    satker: object
    tahun: int
    pk: PerjanjianKinerja | None = None
    versi: VersiPK | None = None
    baris: list[BarisCapaian] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)
    kembali: dict[str, str] = field(default_factory=dict)  # reasons of quarters sent back
    progres: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def ada_contoh(self) -> bool:
        return any(s.contoh or s.target_contoh for b in self.baris for s in b.sel.values())

    @property
    def legenda(self):
        """Each category band with the colour class :func:`kinerja.lib.capaian.kategori` gives it."""
        pita = self.satker.pita()
        return [(p, cp.kategori(cp.Hasil(p.bawah, p.bawah >= 100), pita).kelas) for p in pita]

    @property
    def pk_disetujui(self) -> bool:
        return self.versi is not None and self.versi.status == StatusPK.DISETUJUI

    def kelompok_sasaran(self):
        """Rows grouped by sasaran, in PK order."""
        return kelompok_sasaran(self.baris)


def target_berlaku(satker, tahun: int, indikator) -> dict[str, cp.Target]:
    """The targets of ``indikator`` per period in the PK version in force (empty if not a row)."""
    versi = versi_berlaku(PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).first())
    if versi is None:
        return {}
    return {periode: cp.Target(nilai, atas, predikat or None)
            for periode, nilai, atas, predikat in TargetPK.objects.filter(
                baris__versi=versi, baris__indikator=indikator).values_list(
                "periode", "nilai", "atas", "predikat")}


def teks_nilai(nilai, indikator) -> str:
    if nilai is None:
        return "–"
    if isinstance(nilai, str):
        return nilai
    return format_ringkas(bulatkan(Decimal(nilai), 2)) + ("%" if indikator.persen else "")


def status_triwulan(satker, tahun) -> tuple[dict[str, str], dict[str, str]]:
    """Each quarter's status, and the reason of each quarter sent back to the operator (a
    returned or re-opened quarter that is open again), in one query."""
    status = {p: StatusTriwulan.TERBUKA.value for p in TRIWULAN}
    kembali = {}
    for periode, s, alasan in StatusPengukuran.objects.filter(satker=satker, tahun=tahun).values_list(
        "periode", "status", "alasan"
    ):
        status[periode] = s
        if s == StatusTriwulan.TERBUKA and alasan:
            kembali[periode] = alasan
    return status, kembali


def _sel(periode, indikator, target, realisasi: Agregat, pita, wajib, objek=None, contoh=False,
         sumber="", target_contoh=False) -> Sel:
    galat = ""
    masalah_t = cp.masalah_target(target, indikator.polaritas, indikator.batas)
    if realisasi.galat:
        galat = realisasi.catatan
    if realisasi.nilai is None and not wajib and not galat:
        realisasi = Agregat(None, "Tidak diukur pada periode ini.")
        hasil = cp.Hasil(None, None, realisasi.catatan)
    elif masalah_t:
        galat = f"Target tersimpan tidak valid: {masalah_t}"
        hasil = cp.tidak_dapat_dihitung(galat)
        realisasi = Agregat(realisasi.nilai, galat, realisasi.pembilang, realisasi.penyebut, galat=True)
    else:
        hasil = cp.hitung(indikator.polaritas, target, realisasi.nilai,
                          rumus_min=indikator.rumus_min, batas=indikator.batas_capaian)
    return Sel(
        periode=periode,
        wajib=wajib,
        galat=galat,
        target=target,
        target_teks=("tidak valid" if masalah_t else cp.format_target(target, persen=indikator.persen)),
        realisasi=realisasi,
        realisasi_teks=("tidak valid" if realisasi.galat and not masalah_t
                        else teks_nilai(realisasi.nilai, indikator)),
        hasil=hasil,
        kategori=cp.kategori(hasil, pita),
        contoh=contoh,
        sumber=sumber,
        objek=objek,
        target_contoh=target_contoh,
    )


def matriks(satker, tahun: int, versi: VersiPK | None = None, *, dengan_bukti=False,
            indikator_id: int | None = None) -> Matriks:
    """Target, realisasi and capaian of every row of the PK in force (or of ``versi``), or of
    the one row of ``indikator_id`` (an entry form needs no more; progress then counts it alone).

    Five queries whatever the number of indicators (the PK with its versions, rows, targets,
    realisasi with their number of evidence files, quarter status). The ORM's per-query cost
    is what a page pays (see README, Performance), so no query is spent twice.
    """
    m = Matriks(satker=satker, tahun=tahun)
    if versi is None:
        semua = list(VersiPK.objects.filter(pk_induk__satker=satker, pk_induk__tahun=tahun)
                     .select_related("pk_induk").order_by("-nomor"))
        versi = pilih_versi_berlaku(semua)
        m.pk = versi.pk_induk if versi is not None else None
    else:
        m.pk = versi.pk_induk
    m.versi = versi
    m.status, m.kembali = status_triwulan(satker, tahun)
    m.progres = {p: (0, 0) for p in TRIWULAN}
    if versi is None:
        return m

    daftar = baris_versi(versi, indikator_id=indikator_id)
    target_baris, contoh_baris = target_per_baris(
        versi, baris=[b.pk for b in daftar] if indikator_id is not None else None)
    qs = Realisasi.objects.filter(tahun=tahun, indikator_id__in=[b.indikator_id for b in daftar]).only(
        "id", "indikator_id", "tahun", "periode", "nilai", "pembilang", "penyebut", "predikat", "contoh",
        "sumber")
    if dengan_bukti:  # the number of evidence files of each realisasi, in the same query
        qs = qs.annotate(jumlah_bukti=Count("bukti"))
    realisasi = {(r.indikator_id, r.periode): r for r in qs}
    pita = satker.pita()
    progres = {p: [0, 0] for p in TRIWULAN}
    for b in daftar:
        ind = b.indikator
        target = target_baris.get(b.pk, {})
        target_contoh = contoh_baris.get(b.pk, set())
        wajib = periode_wajib(ind.frekuensi)
        sel = {}
        isian = {}
        for p in TRIWULAN:
            r = realisasi.get((ind.pk, p))
            if r is not None:
                isian[p] = r.isi
            agregat = nilai_periode(r.isi if r else None, rasio=ind.rasio, faktor=ind.faktor,
                                    batas=ind.batas)
            sel[p] = _sel(p, ind, target.get(p, cp.Target()), agregat, pita, p in wajib,
                          objek=r, contoh=bool(r and r.contoh), sumber=r.sumber if r else "",
                          target_contoh=p in target_contoh)
            if p in wajib:
                progres[p][1] += 1
                if r is not None and r.isi.terisi and not sel[p].galat:
                    progres[p][0] += 1
        tahunan = realisasi_tahun(isian, agregasi=ind.agregasi, frekuensi=ind.frekuensi,
                                  rasio=ind.rasio, faktor=ind.faktor, batas=ind.batas)
        # the quarters the year's value is made of: the last one, or all of them
        dasar = wajib[-1:] if ind.agregasi == Agregasi.TERAKHIR else wajib
        contoh = any(sel[p].contoh for p in dasar)
        sumber = "; ".join(dict.fromkeys(sel[p].sumber for p in dasar if sel[p].sumber))
        sel[TAHUN] = _sel(TAHUN, ind, target.get(TAHUN, cp.Target()), tahunan, pita, True,
                          contoh=contoh, sumber=sumber, target_contoh=TAHUN in target_contoh)
        m.baris.append(BarisCapaian(baris=b, sel=sel))
    m.progres = {p: tuple(v) for p, v in progres.items()}
    return m


def cached(satker, bagian: str, buat):
    """A value derived from a satker's data, cached per process and per data version.

    Every write goes through kinerja.core.audit.catat, which moves ``satker.versi_data`` on
    in the same transaction; the key therefore changes with any change to the satker's data
    and a stale value is never served. ``satker`` must be freshly read (access helpers do).
    """
    if not cache_allowed():
        return buat()
    key = f"kinerja:{bagian}:{satker.pk}:{satker.versi_data}"
    nilai = cache.get(key)
    if nilai is None:
        nilai = buat()
        cache.set(key, nilai, 3600)
    return nilai


def cached_satker_banyak(bagian: str, versi: dict[int, int], buat):
    """A value derived from the data of many satker (a provincial or national overview),
    cached per process under the data versions of all of them (``versi``: id -> versi_data,
    as kinerja.organisasi.akses.keturunan reads them): a write to any one moves its version
    and so the key (see :func:`cached`)."""
    if not cache_allowed():
        return buat()
    import hashlib

    sidik = hashlib.sha256(repr(sorted(versi.items())).encode()).hexdigest()[:32]
    key = f"kinerja:{bagian}:{sidik}"
    nilai = cache.get(key)
    if nilai is None:
        nilai = buat()
        cache.set(key, nilai, 3600)
    return nilai


def matriks_cached(satker, tahun: int, *, dengan_bukti=False) -> Matriks:
    """:func:`matriks` of the PK in force, through :func:`cached`."""
    m = cached(satker, f"matriks:{tahun}:{int(dengan_bukti)}",
                  lambda: matriks(satker, tahun, dengan_bukti=dengan_bukti))
    m.satker = satker
    return m


def baris_indikator(satker, tahun: int, indikator_id: int):
    """(matrix, row) of one indicator for its entry form: from the cached full matrix when
    there is one, otherwise only that row is computed (``status`` is the whole year's)."""
    m = None
    if cache_allowed():
        m = cache.get(f"kinerja:matriks:{tahun}:0:{satker.pk}:{satker.versi_data}")
    if m is None:
        m = matriks(satker, tahun, indikator_id=indikator_id)
    m.satker = satker
    return m, next((b for b in m.baris if b.indikator.pk == indikator_id), None)


def cache_allowed() -> bool:
    """Never cache inside an open transaction: its version bump may still be rolled back,
    and the same version number would then name different data."""
    return not connection.in_atomic_block


def _angka_json(nilai):
    if nilai is None:
        return None
    if isinstance(nilai, str):
        return nilai
    return format(Decimal(nilai).quantize(Decimal("0.0001")).normalize(), "f")


def sebagai_json(m: Matriks) -> dict:
    """The matrix as plain data, numbers as decimal strings (the ``kinerja capaian --json`` form)."""
    indikator = []
    for b in m.baris:
        ind = b.indikator
        target, realisasi, capaian, catatan = {}, {}, {}, {}
        contoh: dict[str, list[str]] = {"target": [], "realisasi": []}
        for p in PERIODE_SEMUA:
            s = b.sel[p]
            key = "tahun" if p == TAHUN else p
            if s.target.predikat:
                target[key] = f"minimal {s.target.predikat}"
            elif s.target.atas is not None:
                target[key] = [_angka_json(s.target.nilai), _angka_json(s.target.atas)]
            else:
                target[key] = _angka_json(s.target.nilai)
            realisasi[key] = _angka_json(s.realisasi.nilai)
            capaian[key] = _angka_json(s.capaian_nilai)
            if s.capaian_nilai is None:
                catatan[key] = s.alasan
            if s.contoh:
                contoh["realisasi"].append(key)
                catatan.setdefault(key, "")
                catatan[key] = (catatan[key] + " contoh: data contoh yang dibangkitkan").strip()
            if s.target_contoh:
                contoh["target"].append(key)
                catatan.setdefault(key, "")
                catatan[key] = (catatan[key] + " target contoh: tidak tercantum di sumber").strip()
        baris = {
            "kode": ind.kode,
            "sasaran": ind.sasaran.uraian,
            "nama": ind.nama,
            "satuan": ind.get_satuan_display(),
            "polaritas": ind.polaritas,
            "iku": ind.iku,
            "target": target,
            "realisasi": realisasi,
            "capaian": capaian,
            "kategori": b.tahun.kategori.label,
        }
        if catatan:
            baris["catatan"] = catatan
        if contoh["target"] or contoh["realisasi"]:
            baris["contoh"] = contoh
        indikator.append(baris)
    return {
        "satker": m.satker.kode,
        "tahun": m.tahun,
        "pk_versi": m.versi.nomor if m.versi else None,
        "pk_status": m.versi.status if m.versi else None,
        "indikator": indikator,
    }
