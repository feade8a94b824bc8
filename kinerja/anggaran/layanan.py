"""Reading the budget: the DIPA tree with pagu, realisasi and absorption at every level, the
monthly cumulative series against the RPD and the quarterly targets, the revisions, and
the funding of each sasaran with its efficiency. A handful of queries whatever the size;
every figure comes from kinerja.lib.anggaran. The pages, ``kinerja anggaran`` and the
report read the same structures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.lib import anggaran as ag
from kinerja.lib.alur import StatusTriwulan
from kinerja.lib.periode import TAHUN

from .models import BarisDipa, Dipa, RealisasiBulanan, RevisiDipa, RincianRevisi, Rpd, StatusBulan


@dataclass
class Simpul:
    """One DIPA line with the sums of the lines below it."""

    baris: BarisDipa
    kedalaman: int
    anak: list[Simpul] = field(default_factory=list)
    realisasi_bulan: dict[int, int] = field(default_factory=dict)
    rpd_bulan: dict[int, int] = field(default_factory=dict)
    pagu: int = 0
    pagu_awal: int = 0
    contoh: bool = False  # this line or a line below it holds example figures
    sasaran: list = field(default_factory=list)

    @property
    def realisasi(self) -> int:
        return sum(self.realisasi_bulan.values())

    @property
    def penyerapan(self) -> ag.Penyerapan:
        return ag.penyerapan(self.realisasi, self.pagu)

    @property
    def rinci(self) -> bool:
        return not self.anak


@dataclass
class Anggaran:
    satker: object
    tahun: int
    dipa: Dipa | None = None
    akar: list[Simpul] = field(default_factory=list)
    status_bulan: dict[int, str] = field(default_factory=dict)
    revisi: list[RevisiDipa] = field(default_factory=list)

    def semua(self) -> list[Simpul]:
        """Every line, depth first in DIPA order."""
        hasil: list[Simpul] = []

        def jalan(s: Simpul):
            hasil.append(s)
            for a in s.anak:
                jalan(a)

        for s in self.akar:
            jalan(s)
        return hasil

    @property
    def pagu(self) -> int:
        return sum(s.pagu for s in self.akar)

    @property
    def pagu_awal(self) -> int:
        return sum(s.pagu_awal for s in self.akar)

    @property
    def realisasi_bulan(self) -> dict[int, int]:
        return _jumlah_bulan(s.realisasi_bulan for s in self.akar)

    @property
    def rpd_bulan(self) -> dict[int, int]:
        return _jumlah_bulan(s.rpd_bulan for s in self.akar)

    @property
    def realisasi(self) -> int:
        return sum(self.realisasi_bulan.values())

    @property
    def penyerapan(self) -> ag.Penyerapan:
        return ag.penyerapan(self.realisasi, self.pagu)

    @property
    def ada_contoh(self) -> bool:
        return any(s.contoh for s in self.akar) or bool(self.dipa and self.dipa.target_contoh)

    def bulanan(self) -> list[dict]:
        """Per month: realisasi and RPD of the month and cumulative, absorption of the
        cumulative realisasi against the current pagu, and the RPD deviation."""
        kum_r = ag.kumulatif(self.realisasi_bulan)
        kum_p = ag.kumulatif(self.rpd_bulan)
        rb, pb = self.realisasi_bulan, self.rpd_bulan
        target = _target_bulan(self.dipa)
        hasil = []
        for i, b in enumerate(ag.BULAN_ANGGARAN):
            hasil.append({
                "bulan": b, "realisasi": rb.get(b, 0), "rpd": pb.get(b, 0),
                "realisasi_kumulatif": kum_r[i], "rpd_kumulatif": kum_p[i],
                "penyerapan": ag.penyerapan(kum_r[i], self.pagu),
                "rencana": ag.penyerapan(kum_p[i], self.pagu),
                "deviasi": ag.deviasi(rb.get(b, 0), pb.get(b, 0)),
                "target": target.get(b),
                "status": self.status_bulan.get(b, StatusTriwulan.TERBUKA.value),
            })
        return hasil

    def triwulan(self) -> list[dict]:
        """The absorption at the end of each quarter against the year's target."""
        bulanan = self.bulanan()
        hasil = []
        for tw, akhir in ag.TRIWULAN_AKHIR_BULAN.items():
            m = bulanan[akhir - 1]
            target = self.dipa.target_triwulan().get(tw) if self.dipa else None
            capai = ag.target_tercapai(m["penyerapan"], target)
            hasil.append({"periode": tw, "bulan": akhir, "penyerapan": m["penyerapan"], "target": target,
                          "tercapai": capai})
        return hasil


def _jumlah_bulan(daftar) -> dict[int, int]:
    """Amounts per month added up over several lines."""
    total: dict[int, int] = defaultdict(int)
    for per_bulan in daftar:
        for b, v in per_bulan.items():
            total[b] += v
    return dict(total)


def _target_bulan(dipa: Dipa | None) -> dict[int, Decimal]:
    if dipa is None:
        return {}
    return {ag.TRIWULAN_AKHIR_BULAN[tw]: v for tw, v in dipa.target_triwulan().items() if v is not None}


def anggaran(satker, tahun: int) -> Anggaran:
    """The budget of ``satker`` for ``tahun`` (six queries)."""
    hasil = Anggaran(satker=satker, tahun=tahun)
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    hasil.dipa = dipa
    hasil.status_bulan = dict(StatusBulan.objects.filter(satker=satker, tahun=tahun).values_list("bulan", "status"))
    if dipa is None:
        return hasil
    dipa.satker = satker
    baris = list(BarisDipa.objects.filter(dipa=dipa).order_by("urutan", "id"))
    simpul = {}
    for b in baris:
        b.dipa = dipa
        simpul[b.pk] = Simpul(b, 0, contoh=b.contoh)
    contoh_bulan = set()
    for baris_id, bulan, jumlah, contoh in RealisasiBulanan.objects.filter(baris__dipa=dipa).values_list(
            "baris_id", "bulan", "jumlah", "contoh"):
        simpul[baris_id].realisasi_bulan[bulan] = jumlah
        if contoh:
            contoh_bulan.add(baris_id)
    for baris_id, bulan, jumlah, contoh in Rpd.objects.filter(baris__dipa=dipa).values_list(
            "baris_id", "bulan", "jumlah", "contoh"):
        simpul[baris_id].rpd_bulan[bulan] = jumlah
        if contoh:
            contoh_bulan.add(baris_id)
    from kinerja.perencanaan.models import SasaranKegiatan

    kaitan = BarisDipa.sasaran.through.objects.filter(barisdipa__dipa=dipa).values_list(
        "barisdipa_id", "sasarankegiatan_id")
    kaitan = list(kaitan)
    daftar_sasaran = {s.pk: s for s in SasaranKegiatan.objects.filter(pk__in={k for _, k in kaitan})}
    for baris_id, sasaran_id in kaitan:
        simpul[baris_id].sasaran.append(daftar_sasaran[sasaran_id])
    for b in baris:
        s = simpul[b.pk]
        if b.contoh or b.pk in contoh_bulan:
            s.contoh = True
        if b.induk_id and b.induk_id in simpul:
            simpul[b.induk_id].anak.append(s)
        else:
            hasil.akar.append(s)

    def jumlahkan(s: Simpul, kedalaman: int):
        s.kedalaman = kedalaman
        if not s.anak:
            s.pagu, s.pagu_awal = s.baris.pagu, s.baris.pagu_awal
            return
        for a in s.anak:
            jumlahkan(a, kedalaman + 1)
            s.pagu += a.pagu
            s.pagu_awal += a.pagu_awal
            s.contoh = s.contoh or a.contoh
        s.realisasi_bulan = _jumlah_bulan([s.realisasi_bulan, *(a.realisasi_bulan for a in s.anak)])
        s.rpd_bulan = _jumlah_bulan([s.rpd_bulan, *(a.rpd_bulan for a in s.anak)])

    for s in hasil.akar:
        jumlahkan(s, 0)
    hasil.revisi = list(RevisiDipa.objects.filter(dipa=dipa).prefetch_related("rincian__baris"))
    return hasil


@dataclass
class Pendanaan:
    """The lines that fund one sasaran, with its capaian and efficiency."""

    sasaran: object
    baris: list[Simpul]
    capaian: Decimal | None
    catatan_capaian: str
    efisiensi_lkj: ag.Efisiensi
    efisiensi_pmk: ag.Efisiensi
    pagu_awal: int = 0

    @property
    def pagu(self) -> int:
        return sum(s.pagu for s in self.baris)

    @property
    def realisasi(self) -> int:
        return sum(s.realisasi for s in self.baris)

    @property
    def penyerapan(self) -> ag.Penyerapan:
        return ag.penyerapan(self.realisasi, self.pagu)


def pendanaan_sasaran(a: Anggaran, matriks=None) -> list[Pendanaan]:
    """Per sasaran kegiatan linked to DIPA lines: its lines, pagu, realisasi and absorption,
    its capaian (the mean of its indicators' yearly capaian in ``matriks``) and both
    efficiency figures (kinerja.lib.anggaran)."""
    per_sasaran: dict[int, list[Simpul]] = {}
    nama: dict[int, object] = {}
    for s in a.semua():
        for sas in s.sasaran:
            per_sasaran.setdefault(sas.pk, []).append(s)
            nama[sas.pk] = sas
    hasil_capaian: dict[int, list] = defaultdict(list)
    if matriks is not None:
        for b in matriks.baris:
            hasil_capaian[b.indikator.sasaran_id].append(b.sel[TAHUN].hasil)
    ambang = ag.AmbangEfisiensi(a.dipa.ambang_efisien, a.dipa.ambang_cukup) if a.dipa else ag.AmbangEfisiensi()
    hasil = []
    for sid, daftar in sorted(per_sasaran.items(), key=lambda kv: (nama[kv[0]].nomor, kv[0])):
        if matriks is None:
            capaian, catatan = None, "Capaian tidak dimuat."
        elif sid not in hasil_capaian:
            capaian, catatan = None, "Sasaran ini tidak memiliki indikator di PK tahun ini."
        else:
            capaian, catatan = ag.capaian_sasaran(hasil_capaian[sid])
        serapan = ag.penyerapan(sum(s.realisasi for s in daftar), sum(s.pagu for s in daftar))
        lkj = ag.efisiensi_lkj(capaian, serapan, ambang)
        if capaian is None:
            lkj = ag.Efisiensi(None, None, ag.METODE_LKJ, catatan)
        keluaran = [ag.Keluaran(s.pagu, s.baris.volume_target, s.baris.volume_realisasi or Decimal(0), s.realisasi)
                    for s in daftar if s.baris.volume_target is not None]
        pmk = (ag.efisiensi_pmk(keluaran) if keluaran
               else ag.Efisiensi(None, None, ag.METODE_PMK, "Baris pendanaannya belum memiliki target volume keluaran."))
        hasil.append(Pendanaan(nama[sid], daftar, capaian, catatan, lkj, pmk))
    return hasil


def pergerakan_revisi(a: Anggaran) -> list[dict]:
    """How each revision moved the pagu: in total and per sasaran funded by the changed lines."""
    per_baris_sasaran = {s.baris.pk: s.sasaran for s in a.semua()}
    hasil = []
    for r in a.revisi:
        rincian = list(r.rincian.all())
        per_sasaran: dict[str, int] = defaultdict(int)
        for x in rincian:
            for sas in per_baris_sasaran.get(x.baris_id, []):
                per_sasaran[str(sas)] += x.selisih
        hasil.append({"revisi": r, "rincian": rincian, "selisih": sum(x.selisih for x in rincian),
                      "per_sasaran": dict(per_sasaran)})
    return hasil


def tahun_dipa(satker) -> list[int]:
    return list(Dipa.objects.filter(satker=satker).order_by("tahun").values_list("tahun", flat=True))


def rincian_revisi_baris(baris: BarisDipa) -> list[RincianRevisi]:
    return list(RincianRevisi.objects.filter(baris=baris).select_related("revisi").order_by("revisi__nomor"))


def _persen_json(p: ag.Penyerapan) -> str | None:
    from kinerja.lib.angka import bulatkan

    return None if p.persen is None else format(bulatkan(p.persen, 2), "f")


def sebagai_json(a: Anggaran) -> dict:
    """The budget as plain data (``kinerja anggaran --json``): rupiah as integers, penyerapan
    as a decimal string with two places rounded half-up, a ``catatan`` where one is missing."""
    def satu(pagu, realisasi, p: ag.Penyerapan) -> dict:
        d: dict = {"pagu": pagu, "realisasi": realisasi, "penyerapan": _persen_json(p)}
        if p.persen is None:
            d["catatan"] = p.catatan
        return d

    baris = []
    for s in a.semua():
        b = s.baris
        d = {"kode": b.kode_lengkap, "tingkat": b.tingkat, "uraian": b.uraian,
             **satu(s.pagu, s.realisasi, s.penyerapan), "pagu_awal": s.pagu_awal,
             "sasaran": [f"{x.nomor}. {x.uraian}" for x in s.sasaran]}
        if s.contoh:
            d["contoh"] = True
            d["catatan"] = (d.get("catatan", "") + " realisasi bulanan contoh: dibangkitkan untuk demo, "
                                                   "jumlah setahun dari sumber").strip()
        baris.append(d)
    return {"satker": a.satker.kode, "tahun": a.tahun, **satu(a.pagu, a.realisasi, a.penyerapan),
            "pagu_awal": a.pagu_awal, "revisi": len(a.revisi), "baris": baris}


def keterangan_dasbor(satker, tahun: int, matriks) -> dict[int, str]:
    """One line per funded sasaran for the capaian dashboard (kinerja.core.dasbor)."""
    from kinerja.lib.angka import format_angka, format_persen

    a = anggaran(satker, tahun)
    if a.dipa is None:
        return {}
    hasil = {}
    for d in pendanaan_sasaran(a, matriks):
        p = d.penyerapan
        teks = (f"Anggaran: pagu Rp{format_angka(d.pagu, 0)}, realisasi Rp{format_angka(d.realisasi, 0)}, "
                f"penyerapan {format_persen(p.persen) if p.persen is not None else '–'}")
        e = d.efisiensi_lkj
        if e.kategori is not None:
            tanda = "+" if e.nilai > 0 else ""
            teks += f"; {e.kategori.label.lower()} ({tanda}{format_angka(e.nilai, 2)} poin capaian − penyerapan)"
        if d.efisiensi_pmk.nilai is not None:
            teks += f"; nilai efisiensi PMK 22/2021 {format_persen(d.efisiensi_pmk.nilai)}"
        hasil[d.sasaran.pk] = teks + "."
    return hasil


@dataclass
class PenyerapanSatker:
    satker: object
    pagu: int
    realisasi: int
    ada_dipa: bool

    @property
    def penyerapan(self) -> ag.Penyerapan:
        return ag.penyerapan(self.realisasi, self.pagu)


def penyerapan_bawahan(induk, tahun: int, ids: list[int], sampai_bulan: int = 12) -> list[PenyerapanSatker]:
    """Pagu and realisasi (to the end of ``sampai_bulan``) of every satker in ``ids`` below
    ``induk``, in four queries whatever their number (realisasi from the maintained monthly
    totals, models.TotalBulanan); the caller totals rupiah and divides once (a mean of
    percentages would weigh a small office like a large one)."""
    from django.db.models import Sum

    from kinerja.organisasi.models import Satker

    from .models import TotalBulanan

    # a line with children holds no pagu of its own (actions.simpan_baris, impor_dipa): summing
    # every line is summing the lines that hold pagu, without a self-join
    pagu = dict(BarisDipa.objects.filter(dipa__tahun=tahun, dipa__satker_id__in=ids)
                .values_list("dipa__satker_id").annotate(s=Sum("pagu")).values_list("dipa__satker_id", "s"))
    real = dict(TotalBulanan.objects.filter(dipa__tahun=tahun, dipa__satker_id__in=ids, bulan__lte=sampai_bulan)
                .values_list("dipa__satker_id").annotate(s=Sum("realisasi")).values_list("dipa__satker_id", "s"))
    dipa = set(Dipa.objects.filter(tahun=tahun, satker_id__in=ids).values_list("satker_id", flat=True))
    daftar = Satker.objects.filter(pk__in=ids).exclude(pk=induk.pk).order_by("kode").only(
        "id", "kode", "nama", "tingkat", "induk_id")
    return [PenyerapanSatker(s, int(pagu.get(s.pk) or 0), int(real.get(s.pk) or 0), s.pk in dipa) for s in daftar]
