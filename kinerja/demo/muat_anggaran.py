"""The demo's budget 2024: the seed's lines through the budget actions, on the 2024 timeline.

From the seed (data.py, with line citations): the total pagu and realisasi (Tabel 3.3), the
five sub-kegiatan of programme 076.01.CQ with their pagu, realisasi and output target and
realisasi of 100%, and their sasaran. The rest of the pagu is one line named as not broken
down, so that the totals are the seed's exactly. Generated, deterministically, and flagged
``contoh``: the split of each line over the months (RPD and realisasi; each line's year total
is still the seed's), the quarterly absorption targets, and three revisions that shift pagu
between lines without changing the total (the seed complains of many revisions but lists
none), so each line's pagu after the last revision is the seed's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kinerja.anggaran import actions as ang
from kinerja.anggaran.models import BarisDipa, Dipa
from kinerja.core import jam
from kinerja.core.actions import tandai_sumber
from kinerja.lib.anggaran import BULAN_ANGGARAN
from kinerja.perencanaan.models import SasaranKegiatan

from . import data

CONTOH = "Angka contoh untuk demo; jumlah setahun sama dengan sumber."
# (date, kind, reason, [(kode, change)]): shifts that sum to zero
REVISI = [
    (dt.date(2024, 3, 18), "pergeseran",
     "Contoh: tambahan honorarium badan ad hoc untuk perpanjangan masa kerja PPK dan PPS.",
     [("6867", 150_000_000), ("", -150_000_000)]),
    (dt.date(2024, 6, 10), "halaman_iii",
     "Contoh: penyesuaian rencana penarikan dana sesudah pemungutan suara Pemilu 14 Februari 2024.", []),
    (dt.date(2024, 9, 2), "pergeseran",
     "Contoh: sisa pengadaan logistik Pemilu dialihkan ke kebutuhan Pemilihan 2024.",
     [("6871", -75_000_000), ("", 75_000_000)]),
]
# Month weights (contoh): election work peaks before 14 February and before 27 November 2024.
BOBOT = {
    "6889": [3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    "6890": [2, 2, 1, 1, 2, 2, 2, 2, 3, 2, 1, 1],
    "6709": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2],
    "6867": [4, 3, 1, 1, 2, 2, 2, 2, 2, 3, 4, 1],
    "6871": [3, 4, 1, 0, 0, 1, 1, 2, 2, 3, 4, 1],
    "": [8, 9, 8, 7, 7, 8, 8, 8, 9, 9, 11, 9],
}
RPD = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
TARGET_TW = (Decimal(15), Decimal(40), Decimal(60), Decimal(90))


def bagi(total: int, bobot: list[int]) -> dict[int, int]:
    """``total`` split over the months by ``bobot``, whole rupiah, largest remainder: the
    parts add up to ``total`` exactly."""
    jumlah = sum(bobot)
    dasar = [total * w // jumlah for w in bobot]
    sisa = sorted(range(12), key=lambda i: (-(total * bobot[i] % jumlah), i))
    for i in sisa[: total - sum(dasar)]:
        dasar[i] += 1
    return {b: dasar[b - 1] for b in BULAN_ANGGARAN if dasar[b - 1]}


def _pada(tanggal: dt.date, jam_ke=9, menit=0):
    from .muat import WIB

    return jam.pada(dt.datetime(tanggal.year, tanggal.month, tanggal.day, jam_ke, menit, tzinfo=WIB))


def muat(satker, renstra, orang, tahun: int) -> Dipa:
    op, pimpinan = orang["operator"], orang["pimpinan"]
    sasaran = {s.nomor: s.pk for s in SasaranKegiatan.objects.filter(renstra=renstra)}
    geser = {}
    for _t, _j, _a, perubahan in REVISI:
        for kode, selisih in perubahan:
            geser[kode] = geser.get(kode, 0) + selisih
    mulai = dt.date(tahun, 1, 9)
    with _pada(mulai, 8):
        dipa = ang.simpan_dipa(Dipa(satker=satker, tahun=tahun, target_tw1=TARGET_TW[0], target_tw2=TARGET_TW[1],
                                    target_tw3=TARGET_TW[2], target_tw4=TARGET_TW[3], target_contoh=True,
                                    target_sumber="contoh: ganti dengan target penyerapan yang ditetapkan untuk "
                                                  "tahun anggaran ini"), pelaku=op)
    with _pada(mulai, 8, 1):
        dipa = tandai_sumber(dipa, pelaku=op, satker=satker, sumber=data.ANGGARAN_TOTAL["sumber"])
    kode_p, uraian_p, sumber_p = data.ANGGARAN_PROGRAM
    menit = 2
    with _pada(mulai, 8, menit):
        program = ang.simpan_baris(BarisDipa(dipa=dipa, tingkat="program", kode=kode_p, uraian=uraian_p,
                                             urutan=1, sumber=sumber_p), pelaku=op)
    baris: dict[str, tuple[BarisDipa, int]] = {}
    for i, (kode, uraian, pagu, realisasi, nomor_sasaran, seed) in enumerate(data.ANGGARAN_KEGIATAN, 2):
        menit += 1
        with _pada(mulai, 8, menit):
            b = ang.simpan_baris(BarisDipa(
                dipa=dipa, induk=program, tingkat="kegiatan", kode=kode, uraian=uraian, urutan=i,
                pagu=pagu - geser.get(kode, 0), satuan_volume="persen", volume_target=Decimal(100),
                volume_realisasi=Decimal(100),
                sumber=data.sumber(f"Bab III, tabel sub-kegiatan {kode}: pagu, realisasi, target dan realisasi "
                                   "keluaran 100%", seed)), pelaku=op, sasaran=[sasaran[nomor_sasaran]])
        baris[kode] = (b, realisasi)
    total = data.ANGGARAN_TOTAL
    sisa_pagu = total["pagu"] - sum(k[2] for k in data.ANGGARAN_KEGIATAN)
    sisa_real = total["realisasi"] - sum(k[3] for k in data.ANGGARAN_KEGIATAN)
    with _pada(mulai, 8, menit + 1):
        b = ang.simpan_baris(BarisDipa(
            dipa=dipa, tingkat="tidak_dirinci", kode="", uraian=data.ANGGARAN_TIDAK_DIRINCI, urutan=99,
            pagu=sisa_pagu - geser.get("", 0),
            sumber=f"{total['sumber']}; dikurangi kelima sub-kegiatan Bab III; {data.SUMBER_SASARAN_TIDAK_DIRINCI}"),
            pelaku=op, sasaran=[sasaran[n] for n in data.SASARAN_TIDAK_DIRINCI])
    baris[""] = (b, sisa_real)
    for k, (b, _r) in enumerate(baris.values()):
        pagu_akhir = b.pagu + geser.get(b.kode if b.tingkat != "tidak_dirinci" else "", 0)
        with _pada(mulai, 9, k):
            ang.simpan_bulanan(b, pelaku=op, rpd=bagi(pagu_akhir, RPD), sumber=CONTOH, contoh=True)
    # the year on the timeline: each month's realisasi early the next month, submitted, approved
    kegiatan = []
    for tanggal, jenis, alasan, perubahan in REVISI:
        kegiatan.append((dt.datetime.combine(tanggal, dt.time(10)), "revisi", (jenis, alasan, perubahan)))
    for bulan in BULAN_ANGGARAN:
        awal = dt.date(tahun + (bulan == 12), bulan % 12 + 1, 3)
        kegiatan.append((dt.datetime.combine(awal, dt.time(9)), "isi", bulan))
        kegiatan.append((dt.datetime.combine(awal + dt.timedelta(days=2), dt.time(10)), "ajukan", bulan))
        if bulan < 12:  # December waits for the pimpinan, like TW IV
            kegiatan.append((dt.datetime.combine(awal + dt.timedelta(days=7), dt.time(9, 30)), "setujui", bulan))
    for waktu, jenis, isi in sorted(kegiatan, key=lambda x: x[0]):
        if jenis == "revisi":
            jenis_revisi, alasan, perubahan = isi
            with _pada(waktu.date(), waktu.hour):
                segar = {b.pk: BarisDipa.objects.get(pk=b.pk) for b, _ in baris.values()}
                ang.catat_revisi(dipa, pelaku=op, tanggal=waktu.date(), jenis=jenis_revisi, alasan=alasan,
                                 contoh=True, sumber=CONTOH,
                                 perubahan=[(segar[baris[k][0].pk], segar[baris[k][0].pk].pagu + d)
                                            for k, d in perubahan])
        elif jenis == "isi":
            for k, (b, realisasi) in enumerate(baris.values()):
                with _pada(waktu.date(), 9, k):
                    b = BarisDipa.objects.get(pk=b.pk)
                    jumlah = bagi(realisasi, BOBOT[b.kode if b.tingkat != "tidak_dirinci" else ""]).get(isi, 0)
                    ang.simpan_bulanan(b, pelaku=op, realisasi={isi: jumlah}, sumber=CONTOH, contoh=True)
        elif jenis == "ajukan":
            with _pada(waktu.date(), 10):
                ang.ubah_status_bulan(satker, tahun, isi, "diajukan", pelaku=op)
        else:
            with _pada(waktu.date(), 9, 30):
                ang.ubah_status_bulan(satker, tahun, isi, "disetujui", pelaku=pimpinan)
    return dipa
