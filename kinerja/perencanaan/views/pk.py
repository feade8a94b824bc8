"""Perjanjian Kinerja screens: versions, rows, the approval flow, revision, print layout."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from kinerja.core.forms import KomentarForm, galat_ke_form
from kinerja.core.versi import bungkus
from kinerja.core.models import Komentar
from kinerja.lib.alur import StatusPK
from kinerja.lib.periode import TAHUN, TRIWULAN
from kinerja.organisasi.akses import Hak, hak_pengguna, satker_untuk, wajib

from .. import actions
from ..layanan import tabel_pk, versi_berlaku
from ..forms import BarisPKForm, BuatPKForm, KepalaPKForm, RevisiPKForm
from ..models import BarisPK, PerjanjianKinerja, VersiPK


def _pk(satker, tahun):
    return get_object_or_404(PerjanjianKinerja.objects.select_related("renstra"), satker=satker, tahun=tahun)


def _versi(satker, tahun, nomor):
    return get_object_or_404(VersiPK.objects.select_related("pk_induk__renstra", "pk_induk__satker"),
                             pk_induk__satker=satker, pk_induk__tahun=tahun, nomor=nomor)


def _ke_versi(v):
    return redirect("perencanaan:pk_versi", kode=v.pk_induk.satker.kode, tahun=v.pk_induk.tahun, nomor=v.nomor)


@login_required
def pk_daftar(request, kode):
    satker = satker_untuk(request.user, kode)
    hak = hak_pengguna(request.user, satker)
    form = BuatPKForm(request.POST or None)
    if request.method == "POST":
        wajib(request.user, satker, Hak.UBAH)
        if form.is_valid():
            try:
                pk = actions.buat_pk(request.user, satker, form.cleaned_data["tahun"],
                                     isi_dari_iku=form.cleaned_data["isi_dari_iku"])
            except ValidationError as e:
                galat_ke_form(form, e)
            else:
                messages.success(request, f"PK {pk.tahun} dibuat sebagai draf versi 1.")
                return redirect("perencanaan:pk_versi", kode=kode, tahun=pk.tahun, nomor=1)
    daftar = []
    for pk in PerjanjianKinerja.objects.filter(satker=satker).prefetch_related("versi"):
        versi = sorted(pk.versi.all(), key=lambda v: v.nomor)
        berlaku = next((v for v in reversed(versi) if v.status == StatusPK.DISETUJUI), None)
        daftar.append((pk, versi, berlaku))
    return render(request, "perencanaan/pk_daftar.html", {
        "satker": satker, "daftar": daftar, "form": form, "boleh": Hak.UBAH in hak})


@login_required
def pk_tahun(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    v = versi_berlaku(_pk(satker, tahun))
    if v is None:
        raise Http404("PK belum memiliki versi.")
    return _ke_versi(v)


@login_required
def pk_versi(request, kode, tahun, nomor):
    satker = satker_untuk(request.user, kode)
    v = _versi(satker, tahun, nomor)
    hak = hak_pengguna(request.user, satker)
    semua = list(VersiPK.objects.filter(pk_induk=v.pk_induk).order_by("nomor"))
    return render(request, "perencanaan/pk_versi.html", {
        "satker": satker, "versi": v, "pk": v.pk_induk, "semua": semua,
        "m": tabel_pk(v), "hak": hak, "periode": (TAHUN, *TRIWULAN),
        "boleh_ubah": Hak.UBAH in hak and v.status == StatusPK.DRAFT,
        "boleh_ajukan": Hak.UBAH in hak and v.status == StatusPK.DRAFT,
        "boleh_setujui": Hak.SETUJUI in hak and v.status == StatusPK.DIAJUKAN,
        "boleh_revisi": Hak.UBAH in hak and v.status == StatusPK.DISETUJUI
                        and not any(x.status in (StatusPK.DRAFT, StatusPK.DIAJUKAN) for x in semua),
        "komentar": Komentar.objects.filter(satker=satker, model="perencanaan.versipk", objek_id=str(v.pk)),
        "form_komentar": KomentarForm() if Hak.KOMENTAR in hak else None,
    })


@login_required
def pk_kepala(request, kode, tahun, nomor):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    v = _versi(satker, tahun, nomor)
    awal = {k: getattr(v, k) for k in actions.KEPALA_PK}
    awal["versi"] = bungkus(actions.potret_kepala(v))
    form = KepalaPKForm(request.POST or None, initial=awal, tahun=tahun)
    if request.method == "POST" and form.is_valid():
        try:
            actions.simpan_kepala_pk(request.user, v, form.cleaned_data,
                                     versi_awal=form.cleaned_data["versi"])
        except ValidationError as e:
            galat_ke_form(form, e)
        else:
            messages.success(request, "Data penandatangan tersimpan.")
            return _ke_versi(v)
    return render(request, "perencanaan/pk_form.html", {
        "satker": satker, "versi": v, "form": form, "judul": f"Penandatangan {v}"})


@login_required
def pk_baris(request, kode, tahun, nomor, baris_id=None):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    v = _versi(satker, tahun, nomor)
    baris = get_object_or_404(BarisPK, pk=baris_id, versi=v) if baris_id else None
    awal = {"versi": bungkus(actions.potret_baris(baris))} if baris else None
    form = BarisPKForm(request.POST or None, versi=v, baris=baris, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            actions.simpan_baris(request.user, v, baris, form.cleaned_data["indikator"], form.target(),
                                 form.cleaned_data["urutan"], versi_awal=form.cleaned_data["versi"])
        except ValidationError as e:
            galat_ke_form(form, e)
        else:
            messages.success(request, "Baris PK tersimpan.")
            return _ke_versi(v)
    return render(request, "perencanaan/pk_form.html", {
        "satker": satker, "versi": v, "form": form,
        "judul": f"{'Ubah' if baris else 'Tambah'} baris {v}",
        "petunjuk": "Target ditulis dengan koma desimal (82,5), rentang sebagai “80 – 90”, "
                    "predikat sebagai “minimal B”. Target tahunan wajib; target triwulan boleh kosong."})


@login_required
def pk_baris_hapus(request, kode, tahun, nomor, baris_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    v = _versi(satker, tahun, nomor)
    baris = get_object_or_404(BarisPK, pk=baris_id, versi=v)
    if request.method == "POST":
        try:
            actions.hapus_baris(request.user, baris)
        except ValidationError as e:
            messages.error(request, " ".join(e.messages))
        else:
            messages.success(request, "Baris PK dihapus.")
        return _ke_versi(v)
    return render(request, "perencanaan/hapus.html", {
        "satker": satker, "objek": baris, "jenis": "baris PK",
        "kembali": f"/s/{kode}/pk/{tahun}/v{nomor}/"})


AKSI_STATUS = {
    "ajukan": (Hak.UBAH, actions.ajukan_pk, "PK diajukan kepada pimpinan."),
    "setujui": (Hak.SETUJUI, actions.setujui_pk, "PK disetujui dan terkunci."),
    "kembalikan": (Hak.SETUJUI, actions.kembalikan_pk, "PK dikembalikan menjadi draf."),
}


@login_required
@require_POST
def pk_status(request, kode, tahun, nomor, aksi):
    if aksi not in AKSI_STATUS:
        raise Http404("Tindakan tidak dikenal.")
    perlu, fungsi, pesan = AKSI_STATUS[aksi]
    satker = satker_untuk(request.user, kode, perlu)
    v = _versi(satker, tahun, nomor)
    try:
        if aksi == "kembalikan":
            fungsi(request.user, v, request.POST.get("alasan", ""))
        else:
            fungsi(request.user, v)
    except ValidationError as e:
        for m in e.messages:
            messages.error(request, m)
    else:
        messages.success(request, pesan)
    return _ke_versi(v)


@login_required
def pk_revisi(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    pk = _pk(satker, tahun)
    form = RevisiPKForm(request.POST or None, tahun=tahun)
    if request.method == "POST" and form.is_valid():
        try:
            v = actions.revisi_pk(request.user, pk, alasan=form.cleaned_data["alasan"],
                                  keterangan=form.cleaned_data["keterangan"],
                                  tanggal=form.cleaned_data["tanggal"])
        except ValidationError as e:
            galat_ke_form(form, e)
        else:
            messages.success(request, f"Revisi dibuat sebagai draf versi {v.nomor}.")
            return _ke_versi(v)
    return render(request, "perencanaan/pk_form.html", {
        "satker": satker, "form": form, "judul": f"Revisi PK {tahun}",
        "petunjuk": "Versi yang telah disetujui tetap tersimpan; revisi menjadi versi baru yang "
                    "harus diajukan dan disetujui kembali."})


@login_required
def pk_cetak(request, kode, tahun, nomor):
    satker = satker_untuk(request.user, kode)
    v = _versi(satker, tahun, nomor)
    return render(request, "perencanaan/pk_cetak.html", {
        "satker": satker, "versi": v, "pk": v.pk_induk, "m": tabel_pk(v)})
