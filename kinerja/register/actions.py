"""Writes to the registers, the same for every register: one record through its form's and
model's rules, or a whole file at once (atomic: every row valid, or nothing written)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from kinerja.core.actions import delete_object, save_object
from kinerja.core.audit import action
from kinerja.core.impor import Galat, HasilImpor, Kolom, baca
from kinerja.organisasi.kalender import TAHUN_AWAL, tahun_sah

from .deklarasi import Register
from .forms import data_baris, kelas_form

MAKS_BYTE = 5 * 1024 * 1024


TAHUN_SETELAH = 5  # a record's other dates (an answer, a decision) may fall up to this many years later


def cek_tahun(r: Register, obj, tahun: int) -> None:
    """A record belongs to the year of its register page: its main date is in that year, and its
    other dates no earlier than the calendar's first year nor later than TAHUN_SETELAH years after it."""
    milik = obj.tahun_catatan
    if milik is not None and milik != tahun:
        medan = getattr(obj, "MEDAN_TAHUN", r.medan_tanggal)
        buka = f"; buka register tahun {milik}" if tahun_sah(milik) else ""
        raise ValidationError({medan: f"{r.label(medan)} {milik} tidak termasuk register tahun {tahun}{buka}."})
    galat = {}
    for nama in r.kolom:
        nilai = getattr(obj, nama)
        utama = nama == r.medan_tanggal and not hasattr(obj, "MEDAN_TAHUN")
        if isinstance(nilai, dt.date) and not utama and not TAHUN_AWAL <= nilai.year <= tahun + TAHUN_SETELAH:
            batas = f"paling awal {TAHUN_AWAL}" if nilai.year < TAHUN_AWAL else f"paling lambat {tahun + TAHUN_SETELAH}"
            galat[nama] = f"{r.label(nama)} {nilai.year} di luar rentang register tahun {tahun} ({batas})."
    if galat:
        raise ValidationError(galat)


@action
def simpan_catatan(r: Register, obj, tahun: int, *, pelaku, version_shown: str | None = None):
    cek_tahun(r, obj, tahun)
    return save_object(obj, pelaku=pelaku, satker=obj.satker, version_shown=version_shown)


@action
def hapus_catatan(obj, *, pelaku) -> None:
    delete_object(obj, pelaku=pelaku, satker=obj.satker)


def kolom_impor(r: Register) -> list[Kolom]:
    return [Kolom(r.label(n), alias=(n,), wajib=r.wajib(n)) for n in r.kolom]


def impor(r: Register, satker, tahun: int, berkas, *, pelaku) -> HasilImpor:
    """Read every row of ``berkas`` through the register's form and rules; write them all,
    as new records, only when none has an error."""
    hasil = HasilImpor()
    if getattr(berkas, "size", 0) > MAKS_BYTE:
        hasil.galat.append(Galat(None, f"Berkas melebihi {MAKS_BYTE // (1024 * 1024)} MB."))
        return hasil
    kolom = kolom_impor(r)
    baris, galat = baca(berkas, kolom)
    hasil.galat += galat
    if galat:
        return hasil
    nama = {k.nama: n for k, n in zip(kolom, r.kolom)}
    Form = kelas_form(r)
    siap = []
    form_contoh = Form(data_baris(r, r.contoh_baris)[0], instance=r.model(satker=satker))
    contoh = form_contoh.cleaned_data if form_contoh.is_valid() else None
    for nomor, sel in baris:
        data, tak_terbaca = data_baris(r, {nama[k]: v for k, v in sel.items()})
        form = Form(data, instance=r.model(satker=satker))
        pesan = list(tak_terbaca)
        if form.is_valid() and form.cleaned_data == contoh:
            hasil.galat.append(Galat(nomor, "Baris ini adalah baris contoh dari templat: hapus sebelum mengunggah."))
            continue
        if form.is_valid():
            try:  # the form has run the model's own rules (ModelForm validates its instance)
                cek_tahun(r, form.instance, tahun)
            except ValidationError as e:
                pesan += _pesan(r, e)
        else:
            pesan += [f"{r.label(m) if m in r.kolom else 'Baris'}: {p}" for m, ps in form.errors.items() for p in ps]
            # (a row's own rules, e.g. an answer before its request, come back here from the model's clean)
        hasil.galat += [Galat(nomor, p) for p in pesan]
        siap.append(form.instance)
    hasil.jumlah = len(siap)
    if hasil.kesalahan:
        return hasil
    _tulis(siap, pelaku=pelaku, r=r, tahun=tahun)
    hasil.ditulis = True
    return hasil


def _pesan(r: Register, e: ValidationError) -> list[str]:
    if hasattr(e, "error_dict"):
        return [f"{r.label(m) if m in r.kolom else 'Baris'}: {p}" for m, ps in e.message_dict.items() for p in ps]
    return list(e.messages)


@action
def _tulis(daftar, *, pelaku, r: Register, tahun: int) -> None:
    for obj in daftar:
        cek_tahun(r, obj, tahun)
        save_object(obj, pelaku=pelaku, satker=obj.satker)


@action
def ikat_ukuran(indikator, kunci: str, *, pelaku, rumus: str = ""):
    """Bind ``indikator`` to the measure ``kunci``, or to a formula over measures (``rumus``);
    neither: unbind. Audited on the satker."""
    from .models import IkatanUkuran

    satker = indikator.sasaran.renstra.satker
    ada = IkatanUkuran.objects.select_for_update().filter(indikator=indikator).first()
    rumus = (rumus or "").strip()
    if not kunci and not rumus:
        if ada is not None:
            delete_object(ada, pelaku=pelaku, satker=satker)
        return None
    if kunci and rumus:
        raise ValidationError({"ukuran": "Pilih satu ukuran atau tulis satu rumus, tidak keduanya."})
    if not indikator.rasio:
        raise ValidationError({"ukuran": f"Indikator {indikator.kode} tidak diukur dengan pembilang dan penyebut, "
                                         "sehingga tidak dapat dihitung dari register."})
    obj = ada or IkatanUkuran(indikator=indikator)
    obj.ukuran, obj.rumus = kunci, rumus
    obj.full_clean(exclude=["indikator"])
    from kinerja.lib.periode import Agregasi

    keadaan = [u.judul for u in obj.ikatan.ukuran if u.berkeadaan]
    if keadaan and indikator.agregasi != Agregasi.TERAKHIR:
        raise ValidationError({"ukuran": (
            f"Ukuran “{keadaan[0]}” menilai keadaan pada akhir periode, sehingga hanya dapat dipakai indikator dengan "
            f"aturan tahunan “nilai terakhir”; {indikator.kode} beraturan "
            f"“{indikator.get_agregasi_display().lower()}”.")})
    return save_object(obj, pelaku=pelaku, satker=satker)


@action
def terapkan_hitungan(satker, tahun: int, periode: str, *, pelaku) -> list[tuple[object, bool, str]]:
    """Write the computed realisasi of every PK indicator bound to a measure for one quarter
    (through kinerja.pengukuran.actions.tulis_realisasi: the quarter must be open, the write is
    audited). A value overridden with a reason is kept; the result says, per indicator, what
    happened (indicator, whether its stored value now is the computed one, what was done); an
    indicator whose write is refused (a locked quarter) is reported, the others are written."""
    from kinerja.pengukuran.actions import tulis_realisasi
    from kinerja.pengukuran.models import Realisasi

    from .layanan import indikator_terikat

    hasil = []
    for ind, _ikatan, tw in indikator_terikat(satker, tahun):
        h = tw[periode]
        r = Realisasi.objects.filter(indikator=ind, tahun=tahun, periode=periode).first()
        if not h.wajib:
            hasil.append((ind, False, "tidak diukur pada triwulan ini"))
        elif h.masalah:
            hasil.append((ind, False, f"tidak dapat dihitung: {h.masalah}"))
        elif not h.penyebut:
            hasil.append((ind, False, "belum ada catatan yang dihitung"))
        elif r is not None and r.alasan_manual:
            hasil.append((ind, False, f"tetap diisi manual: {r.alasan_manual}"))
        elif r is not None and (r.pembilang, r.penyebut) == (h.pembilang, h.penyebut):
            hasil.append((ind, True, "sudah sesuai hitungan"))
        else:
            try:
                with transaction.atomic():  # one indicator refused does not undo the others
                    tulis_realisasi(ind, tahun, periode, pelaku=pelaku, pembilang=h.pembilang,
                                    penyebut=h.penyebut, analisis=r.analisis if r else "",
                                    hambatan=r.hambatan if r else "", solusi=r.solusi if r else "", yakin=True)
            except ValidationError as e:
                hasil.append((ind, False, f"tidak dapat ditulis: {' '.join(e.messages)}"))
            else:
                hasil.append((ind, True, "ditulis"))
    return hasil
