"""Writes to the measurements: realisasi, evidence, and the quarter's approval state.

The quarter flow is kinerja.lib.alur (Perpres 29/2014 Pasal 17); values are checked
against the indicator's definition here so that nothing half-valid is stored.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import io
import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError

from kinerja.core.actions import change_status
from kinerja.core import events, versions
from kinerja.core.audit import action, catat, snapshot, after_commit
from kinerja.core.events import register as register_event
from kinerja.lib.alur import StatusTriwulan
from kinerja.lib.angka import RASIO, format_ringkas
from kinerja.lib.capaian import PREDIKAT, Polaritas, perubahan_tajam
from kinerja.lib.periode import (
    LABEL_PERIODE, TAHUN, TRIWULAN, Agregasi, NilaiPeriode, masalah_isian, nilai_periode,
    periode_wajib,
)
from kinerja.perencanaan.models import BarisPK

from .hitungan import NilaiHitungan, nilai_hitungan
from .models import Bukti, Realisasi, StatusPengukuran

BUKTI_UNGGAH = register_event("bukti.unggah", "mengunggah bukti dukung")
TRIWULAN_DIAJUKAN = register_event("triwulan.diajukan", "mengajukan pengukuran")
TRIWULAN_TERBUKA = register_event("triwulan.terbuka", "mengembalikan (membuka kembali) pengukuran")
TRIWULAN_DISETUJUI = register_event("triwulan.disetujui", "menyetujui dan mengunci pengukuran")


def status_pengukuran(satker, tahun, periode, *, untuk_diubah=False) -> StatusPengukuran:
    qs = StatusPengukuran.objects.all()
    if untuk_diubah:
        qs = qs.select_for_update()
    obj, _ = qs.get_or_create(satker=satker, tahun=tahun, periode=periode)
    return obj


def _cek_terbuka(satker, tahun, periode):
    s = status_pengukuran(satker, tahun, periode, untuk_diubah=True)
    if s.terkunci:
        raise ValidationError(
            f"Realisasi {LABEL_PERIODE[periode]} {tahun} berstatus {StatusTriwulan(s.status).label.lower()} "
            "sehingga tidak dapat diubah. Minta pimpinan membuka kembali triwulan ini."
        )


def _cek_nilai(indikator, data: dict) -> dict:
    """Keep only the fields that fit the indicator's kind, require them, and check them
    against the bounds of the indicator's unit (kinerja.lib.angka, lib.periode.masalah_isian)."""
    bersih: dict[str, Any] = {"nilai": None, "pembilang": None, "penyebut": None, "predikat": ""}
    if indikator.polaritas == Polaritas.KUALITATIF:
        predikat = data.get("predikat") or ""
        if predikat and predikat not in PREDIKAT:
            raise ValidationError({"predikat": f"Predikat harus salah satu dari {', '.join(PREDIKAT)}."})
        bersih["predikat"] = predikat
        kolom = "predikat"
    elif indikator.rasio:
        p, q = data.get("pembilang"), data.get("penyebut")
        if (p is None) != (q is None):
            raise ValidationError({"penyebut": "Pembilang dan penyebut harus diisi keduanya."})
        for nama, x in (("pembilang", p), ("penyebut", q)):
            masalah = RASIO.masalah(x) if x is not None else None
            if masalah:
                raise ValidationError({nama: f"{nama.capitalize()} {masalah}"})
        if p is not None and p > q and indikator.persen and not indikator.boleh_lebih_100:
            raise ValidationError({"pembilang": "Pembilang tidak boleh melebihi penyebut pada "
                                                "indikator persentase."})
        bersih["pembilang"], bersih["penyebut"] = p, q
        kolom = "pembilang"
    else:
        bersih["nilai"] = data.get("nilai")
        kolom = "nilai"
    isi = NilaiPeriode(bersih["nilai"], bersih["pembilang"], bersih["penyebut"],
                       bersih["predikat"] or None)
    if isi.terisi:
        masalah = masalah_isian(isi, rasio=indikator.rasio, batas=indikator.batas,
                                faktor=indikator.faktor)
        if masalah:
            raise ValidationError({kolom: f"Realisasi {masalah}"})
    return bersih


def _pembanding(satker, indikator, tahun: int, periode: str):
    """The previous required quarter's value and the period's target, for perubahan_tajam."""
    from .layanan import target_berlaku

    wajib = periode_wajib(indikator.frekuensi)
    sebelumnya = None
    if periode in wajib and wajib.index(periode) > 0:
        lalu = wajib[wajib.index(periode) - 1]
        r = Realisasi.objects.filter(indikator=indikator, tahun=tahun, periode=lalu).first()
        if r is not None:
            sebelumnya = nilai_periode(r.isi, rasio=indikator.rasio, faktor=indikator.faktor,
                                       batas=indikator.batas).nilai
    target = target_berlaku(satker, tahun, indikator)
    acuan = target.get(periode)
    if (acuan is None or acuan.kosong) and indikator.agregasi == Agregasi.TERAKHIR:
        acuan = target.get(TAHUN)
    nilai_target = acuan.nilai if acuan is not None and acuan.atas is None else None
    return sebelumnya, nilai_target


def _sama_hitungan(hitungan: NilaiHitungan | None, nilai_: dict) -> bool:
    return (hitungan is not None and bool(hitungan.penyebut)
            and (nilai_["pembilang"], nilai_["penyebut"]) == (hitungan.pembilang, hitungan.penyebut))


def _alasan_manual(hitungan: NilaiHitungan | None, alasan: str) -> str:
    """The reason for a value other than the computed one; required when there is a computed one."""
    alasan = (alasan or "").strip()
    if hitungan is None or not hitungan.penyebut:
        return alasan
    if not alasan:
        raise ValidationError({"alasan_manual": (
            f"Indikator ini dihitung dari register ({hitungan.judul}): pembilang "
            f"{format_ringkas(hitungan.pembilang)}, penyebut {format_ringkas(hitungan.penyebut)}. Isi alasan bila "
            "realisasi diisi berbeda dari hasil hitungan.")}, code="perlu_alasan")
    if len(alasan) > 2000:
        raise ValidationError({"alasan_manual": "Alasan paling panjang 2.000 karakter."})
    return alasan


def indikator_pk(satker, tahun, indikator_id):
    """The indicator if it is a row of the satker's PK for the year (any version)."""
    baris = (BarisPK.objects.filter(versi__pk_induk__satker=satker, versi__pk_induk__tahun=tahun,
                                    indikator_id=indikator_id)
             .select_related("indikator__sasaran").first())
    return baris.indikator if baris else None


def tulis_realisasi(indikator, tahun: int, periode: str, *, pelaku,
                     nilai: Decimal | None = None, pembilang: Decimal | None = None,
                     penyebut: Decimal | None = None, predikat: str = "", analisis: str = "",
                     hambatan: str = "", solusi: str = "", yakin: bool = False,
                     alasan_manual: str = "", version_shown: str | None = None) -> Realisasi:
    """Save a quarter's realisasi of an indicator. A sharp change (lib.capaian.perubahan_tajam)
    is refused with code ``perlu_konfirmasi`` unless ``yakin``: the form then asks the user
    to confirm. An indicator computed from the registers (kinerja.pengukuran.hitungan) takes
    its computed value, or another one with ``alasan_manual`` (code ``perlu_alasan`` without
    it). Saving what is already stored changes nothing. Inside an action only: on its own,
    call ``simpan_realisasi``."""
    if periode not in TRIWULAN:
        raise ValidationError("Periode tidak dikenal.")
    satker = indikator.sasaran.renstra.satker
    _cek_terbuka(satker, tahun, periode)
    data = {"nilai": nilai, "pembilang": pembilang, "penyebut": penyebut, "predikat": predikat}
    nilai_ = _cek_nilai(indikator, data)
    narasi = {"analisis": (analisis or "").strip(), "hambatan": (hambatan or "").strip(),
              "solusi": (solusi or "").strip()}
    hitungan = nilai_hitungan(indikator, tahun, periode) if indikator.rasio else None
    sama_hitungan = _sama_hitungan(hitungan, nilai_)
    narasi["alasan_manual"] = "" if sama_hitungan else _alasan_manual(hitungan, alasan_manual)
    if not yakin and not sama_hitungan and indikator.polaritas != Polaritas.KUALITATIF:
        baru = nilai_periode(NilaiPeriode(nilai_["nilai"], nilai_["pembilang"], nilai_["penyebut"]),
                             rasio=indikator.rasio, faktor=indikator.faktor).nilai
        sebelumnya, target = _pembanding(satker, indikator, tahun, periode)
        alasan = perubahan_tajam(baru if isinstance(baru, Decimal) else None, sebelumnya=sebelumnya,
                                 target=target, persen=indikator.persen)
        if alasan:
            raise ValidationError(
                f"Nilai ini {' dan '.join(alasan)}. Periksa kembali; bila sudah benar, centang "
                "“Nilai ini sudah benar” lalu simpan lagi.", code="perlu_konfirmasi")
    r = Realisasi.objects.select_for_update().filter(indikator=indikator, tahun=tahun, periode=periode).first()
    versions.check(version_shown, snapshot(r) if r else {}, model=Realisasi, objek=r)
    if r is not None and all(getattr(r, k) == v for k, v in {**nilai_, **narasi}.items()):
        return r  # nothing changed: no write, no audit row
    sebelum = snapshot(r) if r else None
    if r is None:
        r = Realisasi(indikator=indikator, tahun=tahun, periode=periode)
    for k, v in {**nilai_, **narasi}.items():
        setattr(r, k, v)
    # A value typed by a user is real data, no longer generated example data; a computed value
    # is as much an example as the records it was computed from.
    r.contoh, r.sumber = (hitungan.contoh, hitungan.sumber) if sama_hitungan and hitungan else (False, "")
    r.diubah_oleh = pelaku
    r.save()
    catat(r, events.UPDATE if sebelum else events.CREATE, pelaku=pelaku, satker=satker,
          sebelum=sebelum, sesudah=snapshot(r))
    return r


simpan_realisasi = action(tulis_realisasi)  # tulis_realisasi runs inside another action (register)


JENIS_BUKTI = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def periksa_berkas(berkas) -> tuple[str, str]:
    """The file's extension and content type, if it really is one of the accepted kinds."""
    nama = os.path.basename(berkas.name or "")
    ext = os.path.splitext(nama)[1].lower()
    if ext not in JENIS_BUKTI:
        raise ValidationError(
            f"Berkas “{nama}” ditolak: jenis yang diterima hanya PDF, JPG, PNG, DOCX, dan XLSX.")
    if berkas.size == 0:
        raise ValidationError(f"Berkas “{nama}” kosong.")
    if berkas.size > settings.BUKTI_MAKS_BYTE:
        maks = settings.BUKTI_MAKS_BYTE // (1024 * 1024)
        raise ValidationError(f"Berkas “{nama}” melebihi batas {maks} MB.")
    berkas.seek(0)
    kepala = berkas.read(8)
    berkas.seek(0)
    cocok = {
        ".pdf": kepala.startswith(b"%PDF-"),
        ".jpg": kepala.startswith(b"\xff\xd8\xff"),
        ".jpeg": kepala.startswith(b"\xff\xd8\xff"),
        ".png": kepala.startswith(b"\x89PNG\r\n\x1a\n"),
    }.get(ext)
    if ext in (".docx", ".xlsx"):
        cocok = _zip_office(berkas, "word/" if ext == ".docx" else "xl/")
    if not cocok:
        raise ValidationError(f"Isi berkas “{nama}” tidak sesuai dengan jenisnya ({ext}).")
    return ext, JENIS_BUKTI[ext]


def _zip_office(berkas, folder) -> bool:
    berkas.seek(0)
    try:
        data = berkas.read()
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            nama = z.namelist()
        return "[Content_Types].xml" in nama and any(n.startswith(folder) for n in nama)
    except zipfile.BadZipFile:
        return False
    finally:
        berkas.seek(0)


@action
def unggah_bukti(realisasi: Realisasi, berkas, *, pelaku, keterangan: str = "") -> Bukti:
    satker = realisasi.indikator.sasaran.renstra.satker
    _cek_terbuka(satker, realisasi.tahun, realisasi.periode)
    _, jenis = periksa_berkas(berkas)
    b = Bukti(realisasi=realisasi, nama_asli=os.path.basename(berkas.name)[:200], ukuran=berkas.size,
              jenis=jenis, keterangan=keterangan[:300], diunggah_oleh=pelaku)
    b.berkas.save(berkas.name, berkas, save=False)
    try:
        b.save()
        catat(b, BUKTI_UNGGAH, pelaku=pelaku, satker=satker, sesudah=snapshot(b), induk=realisasi)
    except Exception:
        b.berkas.delete(save=False)  # no orphan file when the row is not written
        raise
    return b


@action
def hapus_bukti(bukti: Bukti, *, pelaku) -> None:
    """Delete an evidence row; its file goes only once the deletion has committed, so a
    rollback never leaves a row without its file."""
    r = bukti.realisasi
    satker = r.indikator.sasaran.renstra.satker
    _cek_terbuka(satker, r.tahun, r.periode)
    catat(bukti, events.DELETE, pelaku=pelaku, satker=satker, sebelum=snapshot(bukti), induk=r)
    penyimpanan, nama = bukti.berkas.storage, bukti.berkas.name
    bukti.delete()
    if nama:
        after_commit(lambda: penyimpanan.delete(nama))


def belum_terisi(matriks, periode) -> list[str]:
    kurang = []
    for b in matriks.baris:
        ind = b.indikator
        if periode in periode_wajib(ind.frekuensi):
            r = b.sel[periode].objek
            if r is None or not r.isi.terisi or b.sel[periode].galat:
                kurang.append(ind.kode)
    return kurang


def syarat_pengajuan(satker, tahun: int, periode: str) -> list[str]:
    """What a quarter still lacks before it can be submitted (empty: complete)."""
    from .layanan import matriks

    m = matriks(satker, tahun)
    if m.versi is None:
        return [f"Belum ada PK tahun {tahun}."]
    kurang = belum_terisi(m, periode)
    if kurang:
        return [f"Realisasi {LABEL_PERIODE[periode]} belum diisi untuk indikator: {', '.join(kurang)}."]
    return []


@action
def ubah_status_triwulan(satker, tahun: int, periode: str, ke: StatusTriwulan | str, *, pelaku,
                         alasan: str = "") -> StatusPengukuran:
    ke = StatusTriwulan(ke)
    s = status_pengukuran(satker, tahun, periode, untuk_diubah=True)
    if not s.ALUR.boleh(s.status, ke):
        raise ValidationError(
            f"{LABEL_PERIODE[periode]} berstatus {s.label_status.lower()} tidak dapat diubah menjadi "
            f"{ke.label.lower()}.")
    if ke == StatusTriwulan.DIAJUKAN:
        kurang = syarat_pengajuan(satker, tahun, periode)
        if kurang:
            raise ValidationError(kurang)
    return change_status(s, ke, pelaku=pelaku, satker=satker, alasan=alasan)
