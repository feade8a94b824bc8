"""Importing DIPA lines and monthly realisasi from XLSX or CSV, atomically.

Every row is checked first (kinerja.core.impor reads the file); only when no row has an
error are they written, in one action. Realisasi above a line's pagu is a warning the user
must confirm. The columns follow a typical SAKTI export: the full code (``076.01.CQ.6709``,
its level read from its segments), uraian, pagu, and realisasi per month.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from kinerja.core.impor import Galat, HasilImpor, Kolom, baca, teks
from kinerja.core.xlsx import XlsxBook
from kinerja.lib.anggaran import URUTAN_TINGKAT, Tingkat, masalah_kode, parse_rupiah
from kinerja.lib.angka import BULAN, AngkaTidakValid

from . import actions
from .models import BarisDipa

MAKS_BYTE = 5 * 1024 * 1024
JENIS = {"dipa": "Baris DIPA", "realisasi": "Realisasi bulanan"}
KOLOM_BULAN = [Kolom(f"realisasi {b.lower()}", (b, b[:3], f"real {b[:3]}"), wajib=False) for b in BULAN]
KOLOM = {
    "dipa": [Kolom("kode", ("kode lengkap", "kode akun")), Kolom("uraian", ("nama", "uraian kegiatan")),
             Kolom("pagu", ("pagu revisi", "pagu dipa", "pagu (rp)"), wajib=False),
             Kolom("sasaran", ("nomor sasaran", "sasaran kegiatan"), wajib=False),
             Kolom("satuan", ("satuan keluaran", "satuan volume"), wajib=False),
             Kolom("volume", ("target volume", "volume keluaran"), wajib=False)],
    "realisasi": [Kolom("kode", ("kode lengkap", "kode akun")), Kolom("uraian", wajib=False),
                  Kolom("pagu", wajib=False), *KOLOM_BULAN],
}
TIDAK_DIRINCI = ("-", "–")  # the code of the remainder line; an empty code is an error


def tingkat_dari_kode(kode: str) -> tuple[Tingkat | None, str]:
    """The level of a full DIPA code, by its segments (program = the first three), and the
    problem when a segment does not fit its level."""
    bagian = kode.split(".")
    if len(bagian) < 3:
        return None, f"kode “{kode}” tidak lengkap: mulai dari program, mis. 076.01.CQ.6709."
    tingkat = URUTAN_TINGKAT[:len(bagian) - 2] if len(bagian) - 2 <= len(URUTAN_TINGKAT) else None
    if tingkat is None:
        return None, f"kode “{kode}” lebih dalam dari tingkat akun."
    segmen = [".".join(bagian[:3]), *bagian[3:]]
    for t, s in zip(tingkat, segmen):
        m = masalah_kode(t, s)
        if m:
            return None, f"kode “{kode}”: {m}"
    return tingkat[-1], ""


@dataclass
class _BarisImpor:
    nomor: int
    kode: str
    tingkat: Tingkat
    uraian: str
    pagu: int | None
    sasaran: list[int] | None
    satuan: str
    volume: object


def _cek_dipa(dipa, baris) -> tuple[list[_BarisImpor], list[Galat]]:
    from kinerja.lib.angka import NILAI, parse_angka
    from kinerja.perencanaan.models import SasaranKegiatan

    galat: list[Galat] = []
    hasil: list[_BarisImpor] = []
    nomor_sasaran = dict(SasaranKegiatan.objects.filter(
        renstra__satker=dipa.satker, renstra__tahun_awal__lte=dipa.tahun, renstra__tahun_akhir__gte=dipa.tahun)
        .values_list("nomor", "pk"))
    dilihat: dict[str, int] = {}
    for nomor, sel in baris:
        kode = teks(sel.get("kode"))
        uraian = teks(sel.get("uraian"))
        if not kode:
            galat.append(Galat(nomor, "Kode kosong: tulis kode lengkap, atau “-” untuk pagu yang tidak dirinci."))
            continue
        if len(uraian) > 300 or len(teks(sel.get("satuan"))) > 50:
            galat.append(Galat(nomor, "Uraian paling panjang 300 huruf dan satuan 50 huruf."))
            continue
        if kode in TIDAK_DIRINCI:
            tingkat, masalah, kode = Tingkat.TIDAK_DIRINCI, "", ""
        else:
            tingkat, masalah = tingkat_dari_kode(kode)
        if masalah:
            galat.append(Galat(nomor, masalah[:1].upper() + masalah[1:]))
            continue
        if kode in dilihat:
            galat.append(Galat(nomor, f"Kode “{kode or 'tidak dirinci'}” sudah ada di baris {dilihat[kode]}."))
            continue
        dilihat[kode] = nomor
        if not uraian:
            galat.append(Galat(nomor, "Uraian kosong."))
        try:
            pagu = parse_rupiah(sel.get("pagu"))
        except AngkaTidakValid as e:
            galat.append(Galat(nomor, f"Pagu: {e}"))
            continue
        sasaran = None
        if teks(sel.get("sasaran")):
            sasaran = []
            for x in teks(sel.get("sasaran")).replace(",", ";").split(";"):
                x = x.strip()
                if not x:
                    continue
                if not x.isdigit() or int(x) not in nomor_sasaran:
                    galat.append(Galat(nomor, f"Sasaran “{x}” tidak dikenal: tulis nomor sasaran kegiatan "
                                              "Renstra satker ini, dipisah titik koma."))
                else:
                    sasaran.append(nomor_sasaran[int(x)])
        volume = None
        if teks(sel.get("volume")):
            try:
                volume = parse_angka(teks(sel.get("volume")), batas=NILAI)
            except AngkaTidakValid as e:
                galat.append(Galat(nomor, f"Volume: {e}"))
        hasil.append(_BarisImpor(nomor, kode, tingkat, uraian, pagu, sasaran, teks(sel.get("satuan")), volume))
    # parents: in the file or already in the DIPA
    ada = set(BarisDipa.objects.filter(dipa=dipa).values_list("kode_lengkap", flat=True))
    kode_file = {b.kode for b in hasil}
    punya_anak = {b.kode.rsplit(".", 1)[0] for b in hasil if b.tingkat not in (Tingkat.PROGRAM, Tingkat.TIDAK_DIRINCI)}
    for b in hasil:
        if b.tingkat in (Tingkat.PROGRAM, Tingkat.TIDAK_DIRINCI):
            continue
        induk = b.kode.rsplit(".", 1)[0]
        if induk not in kode_file and induk not in ada:
            galat.append(Galat(b.nomor, f"Induk “{induk}” tidak ada di berkas maupun di DIPA."))
    # a line with children holds no pagu of its own; when a file gives one, it must be their sum
    daun = {b.kode: (b.pagu or 0) for b in hasil if b.kode not in punya_anak}
    for b in hasil:
        if b.kode in punya_anak and b.pagu:
            jumlah = sum(v for k, v in daun.items() if k.startswith(b.kode + "."))
            if jumlah != b.pagu:
                galat.append(Galat(b.nomor, f"Pagu {b.kode} Rp{b.pagu:,} tidak sama dengan jumlah rinciannya "
                                            f"Rp{jumlah:,}.".replace(",", ".")))
    return hasil, galat


def _cek_realisasi(dipa, baris, yakin) -> tuple[dict, list[Galat]]:
    galat: list[Galat] = []
    semua = {b.kode_lengkap: b for b in BarisDipa.objects.filter(dipa=dipa)}
    berinci = set(BarisDipa.objects.filter(dipa=dipa, anak__isnull=False).values_list("kode_lengkap", flat=True))
    data: dict[int, tuple[BarisDipa, dict[int, int]]] = {}
    dilihat: dict[str, int] = {}
    for nomor, sel in baris:
        kode = teks(sel.get("kode"))
        if not kode:
            galat.append(Galat(nomor, "Kode kosong: tulis kode lengkap, atau “-” untuk pagu yang tidak dirinci."))
            continue
        kode = "" if kode in TIDAK_DIRINCI else kode
        if kode in dilihat:
            galat.append(Galat(nomor, f"Kode “{kode or 'tidak dirinci'}” sudah ada di baris {dilihat[kode]}."))
            continue
        dilihat[kode] = nomor
        b = semua.get(kode)
        if b is None:
            galat.append(Galat(nomor, f"Kode “{kode or 'tidak dirinci'}” tidak ada di DIPA {dipa.tahun}."))
            continue
        if kode in berinci:
            galat.append(Galat(nomor, f"Baris {kode} berinci: realisasi diisi pada rinciannya."))
            continue
        bulan: dict[int, int] = {}
        for i, k in enumerate(KOLOM_BULAN, 1):
            if k.nama not in sel or teks(sel[k.nama]) == "":
                continue  # an empty cell leaves the month as it is; 0 clears it
            try:
                bulan[i] = parse_rupiah(sel[k.nama]) or 0
            except AngkaTidakValid as e:
                galat.append(Galat(nomor, f"{BULAN[i - 1]}: {e}"))
        total = sum(bulan.values())
        if total > b.pagu:
            galat.append(Galat(nomor, f"Realisasi setahun Rp{total:,} melebihi pagu Rp{b.pagu:,}."
                               .replace(",", "."), peringatan=True))
        data[b.pk] = (b, bulan)
    if not any(k.nama in sel for _, sel in baris for k in KOLOM_BULAN):
        galat.append(Galat(None, "Tidak ada kolom bulan (realisasi januari … realisasi desember)."))
    return data, galat


def jalankan(jenis: str, dipa, berkas, *, pelaku, yakin: bool = False) -> HasilImpor:
    """Read, check and (when every row is valid) write ``berkas``; the result lists each bad row."""
    hasil = HasilImpor()
    if getattr(berkas, "size", 0) > MAKS_BYTE:
        hasil.galat.append(Galat(None, f"Berkas melebihi {MAKS_BYTE // (1024 * 1024)} MB."))
        return hasil
    baris, galat = baca(berkas, KOLOM[jenis])
    hasil.galat += galat
    if galat:
        return hasil
    if jenis == "dipa":
        rincian, galat = _cek_dipa(dipa, baris)
    else:
        rincian, galat = _cek_realisasi(dipa, baris, yakin)
    hasil.galat += galat
    hasil.jumlah = len(baris)
    if hasil.kesalahan or (hasil.peringatan and not yakin):
        return hasil
    try:
        if jenis == "dipa":
            actions.impor_dipa(dipa, [vars(b) for b in rincian], pelaku=pelaku)
        else:
            actions.impor_realisasi(dipa, {pk: bulan for pk, (_, bulan) in rincian.items()}, pelaku=pelaku,
                                    yakin=yakin)
    except ValidationError as e:
        hasil.galat += [Galat(None, m) for m in e.messages]
        return hasil
    hasil.ditulis = True
    return hasil


def templat(jenis: str, dipa) -> bytes:
    """An empty workbook with the import's columns and one example row (and, for realisasi,
    the DIPA's own lines filled in)."""
    buku = XlsxBook(JENIS[jenis])
    buku.row([k.nama for k in KOLOM[jenis]], at=1, header=True)
    if jenis == "dipa":
        buku.row(["076.01.CQ", "Program Penyelenggaraan Pemilu", "", "", "", ""])
        buku.row(["076.01.CQ.6709", "Perencanaan program dan anggaran", "1.606.783.000", "2", "dokumen", "1"])
        buku.row(["-", "Pagu lain yang tidak dirinci", "0", "", "", ""])
    else:
        for b in BarisDipa.objects.filter(dipa=dipa, anak__isnull=True).order_by("urutan", "id"):
            buku.row([b.kode_lengkap or "-", b.uraian, b.pagu] + [None] * 12)
    buku.widths([22, 50, 18] + [16] * (len(KOLOM[jenis]) - 3))
    return buku.save()
