"""Writes to the plan: every function runs in one transaction and leaves audit rows.

The PK flow and its revision grounds are in kinerja.lib.alur (PermenPANRB 53/2014).
Signatures take domain values, keyword-only after the record they act on; a write that
changes nothing returns early and leaves no audit row.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from kinerja.core import events
from kinerja.core.actions import change_status, delete_object, save_object
from kinerja.core.audit import action, catat, snapshot
from kinerja.core.events import register as register_event
from kinerja.core.versions import check as check_version
from kinerja.lib.pegawai import bersihkan_nip
from kinerja.lib.alur import AlasanRevisi, StatusPK
from kinerja.lib.capaian import Target, format_target, masalah_target
from kinerja.lib.periode import TAHUN, TRIWULAN, dalam_tahun

from .models import BarisPK, Indikator, PerjanjianKinerja, Renstra, TargetIndikator, TargetPK, VersiPK

PK_DIAJUKAN = register_event("pk.diajukan", "mengajukan")
PK_DRAFT = register_event("pk.draft", "mengembalikan menjadi draf")
PK_DISETUJUI = register_event("pk.disetujui", "menyetujui dan menandatangani")
PK_DIGANTI = register_event("pk.diganti", "menandai diganti revisi")
PK_REVISI = register_event("pk.revisi", "membuat revisi")

KEPALA_PK = ("tanggal", "pihak_pertama_nama", "pihak_pertama_jabatan", "pihak_pertama_nip",
             "pihak_kedua_nama", "pihak_kedua_jabatan", "pihak_kedua_nip")


def validasi_tanggal_tahun(tanggal: dt.date | None, tahun: int, nama="Tanggal") -> None:
    if not dalam_tahun(tanggal, tahun):
        raise ValidationError(f"{nama} harus di dalam tahun {tahun}.")


def renstra_untuk_tahun(satker, tahun: int) -> Renstra | None:
    return Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun).first()


def cek_target(indikator: Indikator, target: Target, label: str = "Target") -> None:
    """A target must fit the indicator's polaritas and the bounds of its unit (lib.angka)."""
    masalah = masalah_target(target, indikator.polaritas, indikator.batas)
    if masalah:
        raise ValidationError(f"{label} {indikator.kode}: {masalah}")


# --- Renstra ------------------------------------------------------------------------------------

@action
def simpan_renstra(renstra: Renstra, *, pelaku, version_shown: str | None = None) -> Renstra:
    """Create or change a Renstra period; periods of one satker never overlap."""
    lain = Renstra.objects.filter(satker=renstra.satker, tahun_awal__lte=renstra.tahun_akhir,
                                  tahun_akhir__gte=renstra.tahun_awal).exclude(pk=renstra.pk).first()
    if lain is not None:
        raise ValidationError(
            f"Periode {renstra.tahun_awal}–{renstra.tahun_akhir} bertumpang tindih dengan {lain}: "
            "setiap tahun hanya boleh dicakup satu Renstra.")
    return save_object(renstra, pelaku=pelaku, satker=renstra.satker, version_shown=version_shown)


@action
def simpan_bagian(obj, *, pelaku, renstra: Renstra, version_shown: str | None = None):
    """Create or change a part of a Renstra (misi, tujuan, sasaran, programme, indicator, ...)."""
    return save_object(obj, pelaku=pelaku, satker=renstra.satker, induk=renstra, version_shown=version_shown)


@action
def hapus_bagian(obj, *, pelaku, renstra: Renstra) -> None:
    delete_object(obj, pelaku=pelaku, satker=renstra.satker, induk=renstra)


def snapshot_target_renstra(indikator: Indikator) -> dict:
    return {str(t.tahun): format_target(t.target, persen=indikator.persen)
            for t in TargetIndikator.objects.filter(indikator=indikator).order_by("tahun")}


@action
def simpan_target_renstra(indikator: Indikator, target: dict[int, Target], *, pelaku,
                          version_shown: str | None = None) -> None:
    """The Renstra's yearly targets of one indicator (empty removes a year's target)."""
    indikator = Indikator.objects.select_for_update().select_related("sasaran__renstra__satker").get(
        pk=indikator.pk)
    check_version(version_shown, snapshot_target_renstra(indikator), model=TargetIndikator, objek=indikator)
    renstra = indikator.sasaran.renstra
    for tahun, t in target.items():
        cek_target(indikator, t, f"Target {tahun}")
    ada = {t.tahun: t for t in indikator.target_renstra.all()}
    for tahun in renstra.daftar_tahun:
        t = target.get(tahun, Target())
        lama = ada.get(tahun)
        sebelum = snapshot(lama) if lama else None
        if t.kosong:
            if lama:
                catat(lama, events.DELETE, pelaku=pelaku, satker=renstra.satker, sebelum=sebelum,
                      induk=indikator)
                lama.delete()
            continue
        obj = lama or TargetIndikator(indikator=indikator, tahun=tahun)
        if lama and lama.target == t:
            continue
        obj.isi_target(t)
        obj.contoh, obj.sumber = False, ""
        obj.save()
        catat(obj, events.UPDATE if lama else events.CREATE, pelaku=pelaku, satker=renstra.satker,
              sebelum=sebelum, sesudah=snapshot(obj), induk=indikator)


# --- Perjanjian Kinerja ------------------------------------------------------------------------------

@action
def buat_pk(satker, tahun: int, *, pelaku, isi_dari_iku: bool = True) -> PerjanjianKinerja:
    """A new PK for ``tahun`` with a draft version 1, pre-filled with the Renstra's IKU."""
    renstra = renstra_untuk_tahun(satker, tahun)
    if renstra is None:
        raise ValidationError(f"Belum ada Renstra yang mencakup tahun {tahun}. Buat Renstra terlebih dahulu.")
    if PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).exists():
        raise ValidationError(f"PK tahun {tahun} sudah ada.")
    pk = PerjanjianKinerja.objects.create(satker=satker, tahun=tahun, renstra=renstra)
    catat(pk, events.CREATE, pelaku=pelaku, satker=satker, sesudah=snapshot(pk))
    versi = VersiPK.objects.create(pk_induk=pk, nomor=1)
    catat(versi, events.CREATE, pelaku=pelaku, satker=satker, sesudah=snapshot(versi), induk=pk)
    if isi_dari_iku:
        target_renstra = {
            t.indikator_id: t
            for t in TargetIndikator.objects.filter(indikator__sasaran__renstra=renstra, tahun=tahun)
        }
        iku = Indikator.objects.filter(sasaran__renstra=renstra, iku=True).order_by(
            "sasaran__nomor", "urutan", "kode")
        for urutan, ind in enumerate(iku, 1):
            t = target_renstra.get(ind.pk)
            _simpan_baris(versi, None, ind, {TAHUN: t.target if t else Target()}, urutan,
                          pelaku=pelaku, wajib_target=False)
    return pk


def _cek_draft(versi: VersiPK) -> None:
    if versi.terkunci:
        raise ValidationError(
            f"PK versi {versi.nomor} berstatus {StatusPK(versi.status).label.lower()} dan tidak dapat "
            "diubah. Perubahan PK yang telah disetujui dilakukan melalui revisi."
        )


def snapshot_baris(baris: BarisPK) -> dict:
    """A PK row with its targets: what its edit form shows and its audit rows record."""
    data = snapshot(baris)
    for t in TargetPK.objects.filter(baris=baris):
        data[f"target_{t.periode}"] = format_target(t.target, persen=baris.indikator.persen)
    return data


def _simpan_baris(versi: VersiPK, baris: BarisPK | None, indikator: Indikator,
                  target: dict[str, Target], urutan: int, *, pelaku, wajib_target=True) -> BarisPK:
    satker = versi.pk_induk.satker
    if indikator.sasaran.renstra_id != versi.pk_induk.renstra_id:
        raise ValidationError("Indikator tidak termasuk Renstra yang menjadi dasar PK ini.")
    if wajib_target and target.get(TAHUN, Target()).kosong:
        raise ValidationError("Target tahunan wajib diisi.")
    for periode, t in target.items():
        cek_target(indikator, t, f"Target {periode}")
    duplikat = BarisPK.objects.filter(versi=versi, indikator=indikator)
    if baris is not None:
        duplikat = duplikat.exclude(pk=baris.pk)
    if duplikat.exists():
        raise ValidationError("Indikator ini sudah ada di PK.")
    sebelum = None if baris is None else snapshot_baris(baris)
    if baris is None:
        baris = BarisPK(versi=versi)
    elif (baris.indikator_id == indikator.pk and baris.urutan == urutan
          and {p: t for p, t in ((t.periode, t.target) for t in baris.target.all())}
          == {p: t for p, t in target.items() if not t.kosong}):
        return baris  # nothing changed
    baris.indikator, baris.urutan = indikator, urutan
    baris.save()
    ada = {t.periode: t for t in baris.target.all()} if sebelum is not None else {}
    for periode in (*TRIWULAN, TAHUN):
        t = target.get(periode, Target())
        lama = ada.get(periode)
        if t.kosong:
            if lama:
                lama.delete()
            continue
        obj = lama or TargetPK(baris=baris, periode=periode)
        if lama is None or lama.target != t:
            obj.isi_target(t)
            obj.contoh = False  # typed by a user: no longer example data
        obj.save()
    catat(baris, events.CREATE if sebelum is None else events.UPDATE, pelaku=pelaku, satker=satker,
          sebelum=sebelum, sesudah=snapshot_baris(baris), induk=versi)
    return baris


@action
def simpan_baris(versi: VersiPK, indikator: Indikator, target: dict[str, Target], *, pelaku,
                 baris: BarisPK | None = None, urutan: int = 0,
                 version_shown: str | None = None) -> BarisPK:
    """Add a row to a draft PK version, or change one (``baris``)."""
    versi = VersiPK.objects.select_for_update().select_related("pk_induk__satker").get(pk=versi.pk)
    _cek_draft(versi)
    if baris is not None:
        baris = BarisPK.objects.select_for_update().select_related("indikator").get(pk=baris.pk, versi=versi)
        check_version(version_shown, snapshot_baris(baris), model=BarisPK, objek=baris)
    return _simpan_baris(versi, baris, indikator, target, urutan, pelaku=pelaku)


@action
def hapus_baris(baris: BarisPK, *, pelaku) -> None:
    versi = VersiPK.objects.select_for_update().select_related("pk_induk__satker").get(pk=baris.versi_id)
    _cek_draft(versi)
    catat(baris, events.DELETE, pelaku=pelaku, satker=versi.pk_induk.satker,
          sebelum=snapshot_baris(baris), induk=versi)
    baris.delete()


def snapshot_kepala(versi: VersiPK) -> dict:
    return snapshot(versi, KEPALA_PK)


@action
def simpan_kepala_pk(versi: VersiPK, *, pelaku, tanggal: dt.date | None, pihak_pertama_nama: str,
                     pihak_pertama_jabatan: str, pihak_kedua_nama: str, pihak_kedua_jabatan: str,
                     pihak_pertama_nip: str = "", pihak_kedua_nip: str = "",
                     version_shown: str | None = None) -> VersiPK:
    """Signatories and date of a draft version."""
    versi = VersiPK.objects.select_for_update().select_related("pk_induk__satker").get(pk=versi.pk)
    _cek_draft(versi)
    check_version(version_shown, snapshot_kepala(versi), model=VersiPK, objek=versi)
    validasi_tanggal_tahun(tanggal, versi.pk_induk.tahun, "Tanggal penetapan")
    sebelum = snapshot_kepala(versi)
    versi.tanggal = tanggal
    versi.pihak_pertama_nama, versi.pihak_pertama_jabatan = pihak_pertama_nama, pihak_pertama_jabatan
    versi.pihak_kedua_nama, versi.pihak_kedua_jabatan = pihak_kedua_nama, pihak_kedua_jabatan
    versi.pihak_pertama_nip, versi.pihak_kedua_nip = bersihkan_nip(pihak_pertama_nip), bersihkan_nip(pihak_kedua_nip)
    versi.full_clean(exclude=[f.name for f in VersiPK._meta.fields if f.name not in KEPALA_PK])
    if snapshot_kepala(versi) == sebelum:
        return versi
    versi.save(update_fields=list(KEPALA_PK))
    catat(versi, events.UPDATE, pelaku=pelaku, satker=versi.pk_induk.satker, sebelum=sebelum,
          sesudah=snapshot_kepala(versi), induk=versi.pk_induk)
    return versi


def _ubah_status(versi: VersiPK, ke: StatusPK, *, pelaku, alasan: str = "", keterangan: str = ""):
    change_status(versi, ke, pelaku=pelaku, satker=versi.pk_induk.satker, induk=versi.pk_induk,
                alasan=alasan, keterangan=keterangan)


def _versi_untuk_diubah(versi: VersiPK) -> VersiPK:
    return VersiPK.objects.select_for_update().select_related("pk_induk__satker").get(pk=versi.pk)


def syarat_pengajuan(versi: VersiPK) -> list[str]:
    """What a version still lacks before it can be submitted (empty: complete). An approved
    version met these when it was submitted; kinerja's own data is checked against them."""
    kurang = []
    baris = list(versi.baris.select_related("indikator").prefetch_related("target"))
    if not baris:
        kurang.append("PK belum berisi indikator.")
    for b in baris:
        if not any(t.periode == TAHUN for t in b.target.all()):
            kurang.append(f"Indikator {b.indikator.kode} belum bertarget tahunan.")
    if not (versi.pihak_pertama_nama and versi.pihak_kedua_nama):
        kurang.append("Nama pihak pertama dan pihak kedua wajib diisi.")
    if versi.tanggal is None:
        kurang.append("Tanggal penetapan wajib diisi.")
    return kurang


@action
def ajukan_pk(versi: VersiPK, *, pelaku) -> VersiPK:
    versi = _versi_untuk_diubah(versi)
    kurang = syarat_pengajuan(versi)
    if kurang:
        raise ValidationError(kurang)
    _ubah_status(versi, StatusPK.DIAJUKAN, pelaku=pelaku)
    return versi


@action
def kembalikan_pk(versi: VersiPK, alasan: str, *, pelaku) -> VersiPK:
    if not alasan.strip():
        raise ValidationError("Alasan pengembalian wajib diisi.")
    versi = _versi_untuk_diubah(versi)
    _ubah_status(versi, StatusPK.DRAFT, pelaku=pelaku, alasan=alasan)
    return versi


@action
def setujui_pk(versi: VersiPK, *, pelaku) -> VersiPK:
    versi = _versi_untuk_diubah(versi)
    _ubah_status(versi, StatusPK.DISETUJUI, pelaku=pelaku)
    for lama in (VersiPK.objects.filter(pk_induk=versi.pk_induk, status=StatusPK.DISETUJUI)
                 .exclude(pk=versi.pk).select_related("pk_induk__satker")):
        _ubah_status(lama, StatusPK.DIGANTI, pelaku=pelaku, keterangan=f"Diganti oleh versi {versi.nomor}.")
    return versi


@action
def revisi_pk(pk: PerjanjianKinerja, *, pelaku, alasan: AlasanRevisi | str, keterangan: str,
              tanggal: dt.date | None) -> VersiPK:
    """A new draft version copied from the approved one, for a ground PermenPANRB 53/2014 allows."""
    pk = PerjanjianKinerja.objects.select_for_update().select_related("satker").get(pk=pk.pk)
    try:
        alasan = AlasanRevisi(alasan)
    except ValueError:
        raise ValidationError("Pilih alasan revisi sesuai PermenPANRB 53/2014.") from None
    if not keterangan.strip():
        raise ValidationError("Uraikan perubahan yang menjadi dasar revisi.")
    validasi_tanggal_tahun(tanggal, pk.tahun, "Tanggal revisi")
    versi_semua = list(pk.versi.order_by("-nomor"))
    if any(v.status in (StatusPK.DRAFT, StatusPK.DIAJUKAN) for v in versi_semua):
        raise ValidationError("Masih ada versi PK yang belum disetujui; selesaikan versi itu terlebih dahulu.")
    dasar = next((v for v in versi_semua if v.status == StatusPK.DISETUJUI), None)
    if dasar is None:
        raise ValidationError("Revisi hanya untuk PK yang telah disetujui.")
    baru = VersiPK.objects.create(
        pk_induk=pk, nomor=versi_semua[0].nomor + 1, tanggal=tanggal, alasan_revisi=alasan,
        keterangan_revisi=keterangan,
        pihak_pertama_nama=dasar.pihak_pertama_nama, pihak_pertama_jabatan=dasar.pihak_pertama_jabatan,
        pihak_kedua_nama=dasar.pihak_kedua_nama, pihak_kedua_jabatan=dasar.pihak_kedua_jabatan,
    )
    catat(baru, PK_REVISI, pelaku=pelaku, satker=pk.satker, sesudah=snapshot(baru), induk=pk,
          keterangan=f"{alasan.label}. {keterangan}")
    for b in dasar.baris.prefetch_related("target"):
        salinan = BarisPK.objects.create(versi=baru, indikator_id=b.indikator_id, urutan=b.urutan,
                                         sumber=b.sumber)
        TargetPK.objects.bulk_create(
            TargetPK(baris=salinan, periode=t.periode, nilai=t.nilai, atas=t.atas,
                     predikat=t.predikat, contoh=t.contoh)
            for t in b.target.all()
        )
    return baru
