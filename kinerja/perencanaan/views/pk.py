"""Perjanjian Kinerja screens: versions, rows, the approval flow, revision, print layout."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from kinerja.core.forms import KomentarForm, errors_to_form
from kinerja.core.versions import wrap
from kinerja.core.models import Komentar
from kinerja.lib.alur import StatusPK
from kinerja.lib.periode import TAHUN, TRIWULAN
from kinerja.organisasi.akses import Hak, hak_pengguna, satker_untuk
from kinerja.organisasi.riwayat import alasan_terakhir, alur

from .. import actions
from ..layanan import tabel_pk, versi_berlaku
from ..forms import BarisPKForm, BuatPKForm, KepalaPKForm, RevisiPKForm
from ..models import BarisPK, PerjanjianKinerja, VersiPK


def _pk(satker, tahun):
    return get_object_or_404(PerjanjianKinerja.objects.select_related("renstra"), satker=satker, tahun=tahun)


def _versi(satker, tahun, nomor):
    return get_object_or_404(VersiPK.objects.select_related("pk_induk__renstra", "pk_induk__satker"),
                             pk_induk__satker=satker, pk_induk__tahun=tahun, nomor=nomor)


def _halaman_pk_daftar(request, satker, form=None):
    daftar = []
    for pk in PerjanjianKinerja.objects.filter(satker=satker).prefetch_related("versi"):
        versi = sorted(pk.versi.all(), key=lambda v: v.nomor)
        berlaku = next((v for v in reversed(versi) if v.status == StatusPK.DISETUJUI), None)
        daftar.append((pk, versi, berlaku))
    return render(request, "perencanaan/pk_daftar.html", {
        "satker": satker, "daftar": daftar, "form": form or BuatPKForm(),
        "boleh": Hak.UBAH in hak_pengguna(request.user, satker)})


@login_required
def pk_daftar(request, kode):
    return _halaman_pk_daftar(request, satker_untuk(request.user, kode))


@login_required
@require_POST
def pk_buat(request, kode):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    form = BuatPKForm(request.POST)
    if form.is_valid():
        try:
            pk = actions.buat_pk(satker, form.cleaned_data["tahun"], pelaku=request.user,
                                 isi_dari_iku=form.cleaned_data["isi_dari_iku"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"PK {pk.tahun} dibuat sebagai draf versi 1.")
            return redirect(pk.versi.get(nomor=1))
    return _halaman_pk_daftar(request, satker, form)


@login_required
def pk_tahun(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    v = versi_berlaku(_pk(satker, tahun))
    if v is None:
        raise Http404("PK belum memiliki versi.")
    return redirect(v)


@login_required
def pk_versi(request, kode, tahun, nomor):
    satker = satker_untuk(request.user, kode)
    v = _versi(satker, tahun, nomor)
    hak = hak_pengguna(request.user, satker)
    semua = list(VersiPK.objects.filter(pk_induk=v.pk_induk).order_by("nomor"))
    m = tabel_pk(v)
    jejak = alur(v)
    return render(request, "perencanaan/pk_versi.html", {
        "satker": satker, "versi": v, "pk": v.pk_induk, "semua": semua,
        "m": m, "hak": hak, "periode": (TAHUN, *TRIWULAN), "alur": jejak,
        "kembali": alasan_terakhir(v, jejak),
        "sumber": bool(v.sumber) or any(b.baris.sumber for b in m.baris),
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
    awal["versi"] = wrap(actions.snapshot_kepala(v))
    form = KepalaPKForm(request.POST or None, initial=awal, tahun=tahun)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            actions.simpan_kepala_pk(
                v, pelaku=request.user, tanggal=d["tanggal"], pihak_pertama_nama=d["pihak_pertama_nama"],
                pihak_pertama_jabatan=d["pihak_pertama_jabatan"], pihak_kedua_nama=d["pihak_kedua_nama"],
                pihak_kedua_jabatan=d["pihak_kedua_jabatan"], pihak_pertama_nip=d["pihak_pertama_nip"],
                pihak_kedua_nip=d["pihak_kedua_nip"], version_shown=d["versi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Data penandatangan tersimpan.")
            return redirect(v)
    return render(request, "perencanaan/pk_form.html", {
        "satker": satker, "versi": v, "form": form, "judul": f"Penandatangan {v}"})


@login_required
def pk_baris(request, kode, tahun, nomor, baris_id=None):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    v = _versi(satker, tahun, nomor)
    baris = get_object_or_404(BarisPK, pk=baris_id, versi=v) if baris_id else None
    awal = {"versi": wrap(actions.snapshot_baris(baris))} if baris else None
    form = BarisPKForm(request.POST or None, versi=v, baris=baris, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            actions.simpan_baris(v, form.cleaned_data["indikator"], form.target(), pelaku=request.user,
                                 baris=baris, urutan=form.cleaned_data["urutan"],
                                 version_shown=form.cleaned_data["versi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Baris PK tersimpan.")
            return redirect(v)
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
            actions.hapus_baris(baris, pelaku=request.user)
        except ValidationError as e:
            messages.error(request, " ".join(e.messages))
        else:
            messages.success(request, "Baris PK dihapus.")
        return redirect(v)
    return render(request, "perencanaan/hapus.html", {
        "satker": satker, "objek": baris, "jenis": "baris PK", "kembali": v.get_absolute_url()})


def _status_pk(request, kode, tahun, nomor, *, perlu: Hak, ubah, pesan: str):
    satker = satker_untuk(request.user, kode, perlu)
    v = _versi(satker, tahun, nomor)
    try:
        ubah(v)
    except ValidationError as e:
        for m in e.messages:
            messages.error(request, m)
    else:
        messages.success(request, pesan)
    return redirect(v)


@login_required
@require_POST
def pk_ajukan(request, kode, tahun, nomor):
    return _status_pk(request, kode, tahun, nomor, perlu=Hak.UBAH, pesan="PK diajukan kepada pimpinan.",
                      ubah=lambda v: actions.ajukan_pk(v, pelaku=request.user))


@login_required
@require_POST
def pk_setujui(request, kode, tahun, nomor):
    return _status_pk(request, kode, tahun, nomor, perlu=Hak.SETUJUI, pesan="PK disetujui dan terkunci.",
                      ubah=lambda v: actions.setujui_pk(v, pelaku=request.user))


@login_required
@require_POST
def pk_kembalikan(request, kode, tahun, nomor):
    return _status_pk(request, kode, tahun, nomor, perlu=Hak.SETUJUI,
                      pesan="PK dikembalikan menjadi draf.",
                      ubah=lambda v: actions.kembalikan_pk(v, request.POST.get("alasan", ""),
                                                           pelaku=request.user))


@login_required
def pk_revisi(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    pk = _pk(satker, tahun)
    form = RevisiPKForm(request.POST or None, tahun=tahun)
    if request.method == "POST" and form.is_valid():
        try:
            v = actions.revisi_pk(pk, pelaku=request.user, alasan=form.cleaned_data["alasan"],
                                  keterangan=form.cleaned_data["keterangan"],
                                  tanggal=form.cleaned_data["tanggal"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"Revisi dibuat sebagai draf versi {v.nomor}.")
            return redirect(v)
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
