"""Load the KPU Kota Probolinggo demo (idempotent, deterministic), through the actions.

Every record is written by the same action functions the pages call, so every rule, lock
and audit row applies to the demo as it does to an office's own data; the clock
(kinerja.core.jam) is set to the 2024 timeline while it is loaded: the plan entered in
January 2024, the PK signed on 15 January 2024, each quarter entered, submitted and approved
in the month after it (TW II once returned with a reason), TW IV submitted in January 2025
and waiting for the pimpinan.

Figures the seed states are loaded with their ``sumber``; everything else (quarterly
realisasi, targets the seed leaves out, the two superior satker codes, the dates and the
people of the timeline) is generated deterministically and flagged ``contoh``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from zoneinfo import ZoneInfo

from kinerja.core import jam
from kinerja.core.actions import tandai_sumber
from kinerja.core.audit import action, catat
from kinerja.core.events import register as register_event
from kinerja.core.models import Jejak
from kinerja.lib.capaian import Polaritas, Target, parse_target
from kinerja.lib.periode import TAHUN, TRIWULAN, periode_wajib
from kinerja.organisasi import actions as org
from kinerja.organisasi.models import Satker, Subbagian
from kinerja.pengukuran import actions as ukur
from kinerja.perencanaan import actions as rencana
from kinerja.perencanaan.models import (
    ArahKebijakan, Indikator, IndikatorProgram, Misi, Program, Renstra, SasaranKegiatan,
    SasaranStrategis, TargetPK, Tujuan,
)

from . import data, muat_anggaran, muat_laporan, muat_register

KODE = "658021"
DEMO_MUAT = register_event("demo.muat", "memuat data demo")
TAHUN_DEMO = 2024
WIB = ZoneInfo("Asia/Jakarta")

# The timeline (contoh: the seed dates none of these steps).
PK_DISUSUN = dt.datetime(2024, 1, 10, 9, 0, tzinfo=WIB)
PK_DIAJUKAN = dt.datetime(2024, 1, 12, 10, 0, tzinfo=WIB)
PK_DISETUJUI = dt.datetime(2024, 1, 15, 9, 30, tzinfo=WIB)
TANGGAL_PK = dt.date(2024, 1, 15)
# per quarter: entered, submitted, (returned, reason, corrected and resubmitted), approved
TIMELINE = {
    "TW1": dict(isi=dt.datetime(2024, 4, 2, 9, 0), ajukan=dt.datetime(2024, 4, 5, 10, 0),
                setujui=dt.datetime(2024, 4, 8, 9, 30)),
    "TW2": dict(isi=dt.datetime(2024, 7, 2, 9, 0), ajukan=dt.datetime(2024, 7, 4, 10, 0),
                kembali=dt.datetime(2024, 7, 5, 8, 45),
                alasan="Analisis capaian indikator 13.1 belum diisi; lengkapi sebelum diajukan kembali. "
                       "(alasan contoh)",
                perbaiki=dt.datetime(2024, 7, 8, 9, 15), ajukan_lagi=dt.datetime(2024, 7, 8, 10, 0),
                setujui=dt.datetime(2024, 7, 10, 9, 30)),
    "TW3": dict(isi=dt.datetime(2024, 10, 2, 9, 0), ajukan=dt.datetime(2024, 10, 4, 10, 0),
                setujui=dt.datetime(2024, 10, 7, 9, 30)),
    "TW4": dict(isi=dt.datetime(2025, 1, 6, 9, 0), ajukan=dt.datetime(2025, 1, 8, 10, 0)),
}


class _Jam:
    """Steps of a day, a minute apart: each action gets its own time on the timeline."""

    def __init__(self, mulai: dt.datetime):
        self.waktu = mulai if mulai.tzinfo else mulai.replace(tzinfo=WIB)

    def __call__(self):
        self.waktu += dt.timedelta(minutes=1)
        return jam.pada(self.waktu)


def sudah_dimuat() -> bool:
    return Jejak.objects.filter(peristiwa=DEMO_MUAT, satker__kode=KODE).exists()


class DemoSetengah(RuntimeError):
    pass


def muat() -> bool:
    """Load the demo; returns False (and changes nothing) when it is already there."""
    if sudah_dimuat():
        return False
    if Satker.objects.filter(kode=KODE).exists():
        raise DemoSetengah(
            "Data satker demo sudah ada tetapi pemuatannya tidak selesai. Kosongkan basis data demo "
            "dengan `make demo-ulang`, lalu muat lagi.")
    langkah = _Jam(dt.datetime(2024, 1, 8, 8, 0))
    satker, orang = _organisasi(langkah)
    renstra, indikator = _renstra(satker, orang["operator"], langkah)
    _pk(satker, renstra, indikator, orang)
    _realisasi(satker, indikator, orang)
    muat_anggaran.muat(satker, renstra, orang, TAHUN_DEMO)
    muat_laporan.muat(satker, renstra, orang, TAHUN_DEMO)
    muat_register.muat(satker, orang, TAHUN_DEMO)
    with jam.pada(dt.datetime(2025, 1, 8, 12, 0, tzinfo=WIB)):
        _selesai(satker, len(indikator))
    return True


@action
def _selesai(satker, jumlah):
    catat(satker, DEMO_MUAT, pelaku=None, satker=satker,
          keterangan=f"Demo dimuat dari {data.SEED}: {jumlah} indikator PK {TAHUN_DEMO}. Tanggal dan "
                     "pelaku pada riwayat adalah contoh.")


def _organisasi(langkah):
    per_kode = {}
    for kode, nama, tingkat, induk, wilayah, kota, contoh in data.SATKER:
        with langkah():
            per_kode[kode] = org.simpan_satker(
                Satker(kode=kode, nama=nama, tingkat=tingkat, induk=per_kode.get(induk),
                       kode_wilayah=wilayah, kota=kota, contoh=contoh), pelaku=None)
    satker = per_kode[KODE]
    for nama, singkatan in data.SUBBAGIAN:
        with langkah():
            org.simpan_subbagian(Subbagian(satker=satker, nama=nama, singkatan=singkatan), pelaku=None)
    orang = {}
    for username, nama, kode, peran in data.PENGGUNA:
        with langkah():
            p = org.tambah_pengguna(per_kode[kode], pelaku=None, username=username, nama=nama, peran=peran,
                                    sandi=data.KATA_SANDI_DEMO)
        orang[username] = p.pengguna
    return satker, orang


def _renstra(satker, op, langkah):
    r = data.RENSTRA
    awal = r["tahun_awal"]
    with langkah():
        renstra = rencana.simpan_renstra(
            Renstra(satker=satker, tahun_awal=awal, tahun_akhir=awal + 4, visi=r["visi"], sumber=r["sumber"]),
            pelaku=op)
    with langkah():
        rencana.simpan_renstra(Renstra(
            satker=satker, tahun_awal=2025, tahun_akhir=2029,
            keterangan="Periode Renstra 2025–2029 disiapkan; isinya belum dimuat karena tidak "
                       f"tercantum di {data.SEED}."), pelaku=op)

    def bagian(obj):
        with langkah():
            return rencana.simpan_bagian(obj, pelaku=op, renstra=renstra)

    for no, uraian in enumerate(r["misi"], 1):
        bagian(Misi(renstra=renstra, nomor=no, uraian=uraian, sumber=r["misi_sumber"]))
    for no, uraian in enumerate(r["tujuan_renstra"], 1):
        bagian(Tujuan(renstra=renstra, nomor=no, uraian=uraian, sumber=r["tujuan_renstra_sumber"]))
    no_ss, no_tujuan = 0, len(r["tujuan_renstra"])
    for uraian, sasaran in r["tujuan"]:
        no_tujuan += 1
        tujuan = bagian(Tujuan(renstra=renstra, nomor=no_tujuan, uraian=uraian, sumber=r["tujuan_sumber"]))
        for teks in sasaran:
            no_ss += 1
            bagian(SasaranStrategis(renstra=renstra, tujuan=tujuan, nomor=no_ss, uraian=teks,
                                    sumber=r["sasaran_strategis_sumber"]))
    program = {}
    for kode, nama, outcome, arah in r["program"]:
        p = program[kode] = bagian(Program(renstra=renstra, kode=kode, nama=nama, outcome=outcome,
                                           sumber=data.PROGRAM_SUMBER[kode]))
        for no, uraian in enumerate(arah, 1):
            bagian(ArahKebijakan(program=p, nomor=no, uraian=uraian))
        for no, (nama_ind, src) in enumerate(data.INDIKATOR_PROGRAM.get(kode, []), 1):
            bagian(IndikatorProgram(program=p, nomor=no, nama=nama_ind, sumber=src))

    subbagian = {s.singkatan: s for s in Subbagian.objects.filter(satker=satker)}
    indikator = []
    for no, sk in enumerate(data.PK_2024, 1):
        sasaran = bagian(SasaranKegiatan(renstra=renstra, nomor=no, uraian=sk["uraian"],
                                         program=program.get(sk["program"]), sumber=sk["sumber"]))
        for urutan, d in enumerate(sk["indikator"], 1):
            kualitatif = d["satuan"] == "predikat"
            rasio = d.get("rasio")
            keterangan = data.KETERANGAN_IKU.get(d["kode"])
            ind = bagian(Indikator(
                sasaran=sasaran, kode=d["kode"], nama=d["nama"], satuan=d["satuan"],
                polaritas=Polaritas.KUALITATIF if kualitatif else Polaritas.MAKS,
                rasio=bool(rasio), label_pembilang=rasio[0] if rasio else "",
                label_penyebut=rasio[1] if rasio else "", cara_menghitung=d["cara"],
                sumber_data=d["sumber_data"], frekuensi=d["frekuensi"], agregasi=d["agregasi"],
                subbagian=subbagian[d["subbagian"]], iku=d["iku"], urutan=urutan, sumber=sk["sumber"],
                keterangan=(f"{keterangan[0]} (Tabel 2.1, {data.sumber('kolom Keterangan', keterangan[1])})"
                            if keterangan else "")))
            target = parse_target(d["target"], ind.polaritas, persen=ind.persen)
            with langkah():
                rencana.simpan_target_renstra(ind, {t: target for t in renstra.daftar_tahun}, pelaku=op)
            for t in ind.target_renstra.all():
                seed = d["target_seed"] and t.tahun == TAHUN_DEMO
                with langkah():
                    tandai_sumber(t, pelaku=op, satker=satker, induk=ind, contoh=not seed,
                                  sumber=sk["sumber"] if seed else "Target contoh: seed hanya memuat target 2024.")
            indikator.append((ind, d, sk, target))
    return renstra, indikator


def _pk(satker, renstra, indikator, orang):
    op, pimpinan = orang["operator"], orang["pimpinan"]
    langkah = _Jam(PK_DISUSUN)
    with langkah():
        pk = rencana.buat_pk(satker, TAHUN_DEMO, pelaku=op, isi_dari_iku=False)
    versi = pk.versi.get()
    with langkah():
        rencana.simpan_kepala_pk(versi, pelaku=op, tanggal=TANGGAL_PK, **data.PK_PENANDATANGAN)
    with langkah():
        versi = tandai_sumber(versi, pelaku=op, satker=satker, induk=pk, sumber=data.PK_SUMBER)
    for urutan, (ind, d, sk, target) in enumerate(indikator, 1):
        # The seed gives yearly targets only; quarterly targets are examples.
        per_periode: dict[str, Target] = {TAHUN: target}
        per_periode.update({p: target for p in periode_wajib(ind.frekuensi)})
        with langkah():
            baris = rencana.simpan_baris(versi, ind, per_periode, pelaku=op, urutan=urutan)
        with langkah():
            tandai_sumber(baris, pelaku=op, satker=satker, induk=versi, sumber=sk["sumber"])
        for t in TargetPK.objects.filter(baris=baris):
            contoh = t.periode != TAHUN or not d["target_seed"]
            with langkah():
                tandai_sumber(t, pelaku=op, satker=satker, induk=versi, contoh=contoh,
                              sumber="" if contoh else sk["sumber"])
    with jam.pada(PK_DIAJUKAN):
        rencana.ajukan_pk(versi, pelaku=op)
    with jam.pada(PK_DISETUJUI):
        rencana.setujui_pk(versi, pelaku=pimpinan)


def _nilai(ind, d, periode, rng):
    """The realisasi of one quarter: (fields, sumber, contoh, narrative)."""
    narasi = {"analisis": "", "hambatan": "", "solusi": ""}
    if periode == "TW4":
        baris_32 = data.TABEL_3_2.get(ind.kode)
        if baris_32:
            hambatan, kendala, rtl, baris = baris_32
            rujukan = f"({data.sumber('Tabel 3.2, analisis tahun 2023', baris)})"
            narasi["hambatan"] = f"Hambatan: {hambatan}.\nKendala: {kendala}.\n{rujukan}"
            narasi["solusi"] = f"{rtl}.\n{rujukan}"
        if ind.kode in data.ANALISIS_TW4:
            narasi["analisis"] = data.ANALISIS_TW4[ind.kode]
    if d.get("contoh_rasio_semua"):
        a, b, catatan = d["contoh_rasio_semua"]
        return {"pembilang": Decimal(a), "penyebut": Decimal(b)}, catatan, True, narasi
    if periode == "TW4" and d.get("rasio_tw4"):
        a, b, src = d["rasio_tw4"]
        return {"pembilang": Decimal(a), "penyebut": Decimal(b)}, src, False, narasi
    if periode == "TW4" and d.get("realisasi_tw4"):
        nilai, src = d["realisasi_tw4"]
        return {"nilai": Decimal(nilai)}, src, False, narasi
    if ind.polaritas == Polaritas.KUALITATIF:
        isi = {"predikat": rng.choice(["BB", "BB", "B"])}
    elif ind.rasio:
        penyebut = Decimal(rng.randint(3, 24))
        isi = {"pembilang": penyebut - rng.choice([0, 0, 0, 1]), "penyebut": penyebut}
    else:
        isi = {"nilai": Decimal(rng.choice(["92.5", "95", "97.5", "100", "100", "100"]))}
    sumber = ("Nilai contoh; hambatan dan rencana tindak lanjut dari seed." if narasi["hambatan"]
              else "")
    return isi, sumber, True, narasi


def _realisasi(satker, indikator, orang):
    op, pimpinan = orang["operator"], orang["pimpinan"]
    rng = {ind.kode: random.Random(f"kinerja-demo-{KODE}-{TAHUN_DEMO}-{ind.kode}") for ind, *_ in indikator}
    for periode in TRIWULAN:
        waktu = TIMELINE[periode]
        langkah = _Jam(waktu["isi"])
        tunda = []  # the indicator the pimpinan will send back for (TW II), entered without analysis
        for ind, d, _sk, _target in indikator:
            if periode not in periode_wajib(ind.frekuensi):
                continue
            isi, sumber, contoh, narasi = _nilai(ind, d, periode, rng[ind.kode])
            if "kembali" in waktu and ind.kode == "13.1":
                tunda.append((ind, isi, sumber, contoh, narasi))
                narasi = {**narasi, "analisis": ""}
            elif contoh and not narasi["analisis"]:
                narasi["analisis"] = "Analisis contoh untuk demo."
            with langkah():
                r = ukur.simpan_realisasi(ind, TAHUN_DEMO, periode, pelaku=op, yakin=True, **isi, **narasi)
            with langkah():
                tandai_sumber(r, pelaku=op, satker=satker, induk=ind, sumber=sumber, contoh=contoh)
        with jam.pada(waktu["ajukan"].replace(tzinfo=WIB)):
            ukur.ubah_status_triwulan(satker, TAHUN_DEMO, periode, "diajukan", pelaku=op)
        if "kembali" in waktu:
            with jam.pada(waktu["kembali"].replace(tzinfo=WIB)):
                ukur.ubah_status_triwulan(satker, TAHUN_DEMO, periode, "terbuka", pelaku=pimpinan,
                                          alasan=waktu["alasan"])
            langkah = _Jam(waktu["perbaiki"])
            for ind, isi, sumber, contoh, narasi in tunda:
                with langkah():
                    r = ukur.simpan_realisasi(
                        ind, TAHUN_DEMO, periode, pelaku=op, yakin=True, **isi,
                        **{**narasi, "analisis": "Analisis contoh untuk demo: rekapitulasi daftar pemilih "
                                                 "berkelanjutan triwulan ini terlaksana sesuai jadwal."})
                with langkah():
                    tandai_sumber(r, pelaku=op, satker=satker, induk=ind, sumber=sumber, contoh=contoh)
            with jam.pada(waktu["ajukan_lagi"].replace(tzinfo=WIB)):
                ukur.ubah_status_triwulan(satker, TAHUN_DEMO, periode, "diajukan", pelaku=op)
        if "setujui" in waktu:
            with jam.pada(waktu["setujui"].replace(tzinfo=WIB)):
                ukur.ubah_status_triwulan(satker, TAHUN_DEMO, periode, "disetujui", pelaku=pimpinan)

