"""Renstra screens: the period, and one generic create/edit/delete for each of its parts."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from kinerja.core.audit import snapshot
from kinerja.core.forms import errors_to_form
from kinerja.core.tables import Cell, Table
from kinerja.core.versions import wrap
from kinerja.lib.capaian import format_target
from kinerja.organisasi.akses import Hak, hak_pengguna, satker_untuk

from .. import actions
from ..forms import (
    ArahKebijakanForm, IndikatorForm, MisiForm, ProgramForm, RenstraForm, SasaranKegiatanForm,
    SasaranStrategisForm, TargetRenstraForm, TujuanForm,
)
from ..models import (
    ArahKebijakan, Indikator, Misi, Program, Renstra, SasaranKegiatan, SasaranStrategis, Tujuan,
)


@dataclass(frozen=True)
class Jenis:
    model: type
    form: type
    label: str
    jalur_renstra: str = "renstra"


JENIS = {
    "misi": Jenis(Misi, MisiForm, "misi"),
    "tujuan": Jenis(Tujuan, TujuanForm, "tujuan"),
    "sasaran-strategis": Jenis(SasaranStrategis, SasaranStrategisForm, "sasaran strategis"),
    "program": Jenis(Program, ProgramForm, "program"),
    "arah-kebijakan": Jenis(ArahKebijakan, ArahKebijakanForm, "arah kebijakan", "program__renstra"),
    "sasaran-kegiatan": Jenis(SasaranKegiatan, SasaranKegiatanForm, "sasaran kegiatan"),
    "indikator": Jenis(Indikator, IndikatorForm, "indikator", "sasaran__renstra"),
}


def _renstra(satker, renstra_id):
    return get_object_or_404(Renstra, pk=renstra_id, satker=satker)


def _halaman_renstra_daftar(request, satker, form=None):
    table = Table(["Periode", "Visi"], empty="Belum ada Renstra.")
    for r in satker.renstra.all():
        table.add(Cell(str(r), url=r.get_absolute_url()), r.visi or "(belum diisi)")
    return render(request, "perencanaan/renstra_daftar.html", {
        "satker": satker, "table": table, "form": form or RenstraForm(),
        "boleh": Hak.UBAH in hak_pengguna(request.user, satker)})


@login_required
def renstra_daftar(request, kode):
    return _halaman_renstra_daftar(request, satker_untuk(request.user, kode))


@login_required
@require_POST
def renstra_buat(request, kode):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    form = RenstraForm(request.POST, instance=Renstra(satker=satker))
    if form.is_valid():
        try:
            r = actions.simpan_renstra(form.save(commit=False), pelaku=request.user)
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"{r} dibuat.")
            return redirect(r)
    return _halaman_renstra_daftar(request, satker, form)


@login_required
def renstra_detail(request, kode, renstra_id):
    satker = satker_untuk(request.user, kode)
    r = _renstra(satker, renstra_id)
    sasaran = list(SasaranKegiatan.objects.filter(renstra=r).select_related("sasaran_strategis", "program")
                   .prefetch_related("indikator__subbagian", "indikator__target_renstra"))
    for s in sasaran:
        for ind in s.indikator.all():
            t = {x.tahun: x for x in ind.target_renstra.all()}
            ind.teks_target = [(th, format_target(t[th].target, persen=ind.persen) if th in t else "–",
                                t[th].contoh if th in t else False) for th in r.daftar_tahun]
    return render(request, "perencanaan/renstra_detail.html", {
        "satker": satker, "renstra": r, "boleh": Hak.UBAH in hak_pengguna(request.user, satker),
        "misi": r.misi_set.all(), "tujuan": r.tujuan_set.prefetch_related("sasaran"),
        "sasaran_strategis": r.sasaranstrategis_set.select_related("tujuan"),
        "program": r.program_set.prefetch_related("arah_kebijakan"), "sasaran": sasaran,
    })


@login_required
def renstra_ubah(request, kode, renstra_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    r = _renstra(satker, renstra_id)
    form = RenstraForm(request.POST or None, instance=r, initial={"versi": wrap(snapshot(r))})
    if request.method == "POST" and form.is_valid():
        try:
            actions.simpan_renstra(form.save(commit=False), pelaku=request.user,
                                   version_shown=form.cleaned_data["versi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Renstra tersimpan.")
            return redirect(r)
    return render(request, "perencanaan/bagian_form.html", {
        "satker": satker, "renstra": r, "form": form, "judul": f"Ubah {r}"})


def _jenis(jenis):
    try:
        return JENIS[jenis]
    except KeyError:
        raise Http404("Jenis data tidak dikenal.") from None


@login_required
def bagian_form(request, kode, renstra_id, jenis, obj_id=None):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    r = _renstra(satker, renstra_id)
    j = _jenis(jenis)
    obj = None
    if obj_id is not None:
        obj = get_object_or_404(j.model, pk=obj_id, **{j.jalur_renstra: r})
    awal = {"versi": wrap(snapshot(obj))} if obj is not None else None
    form = j.form(request.POST or None, instance=obj, renstra=r, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            obj = actions.simpan_bagian(form.save(commit=False), pelaku=request.user, renstra=r,
                                        version_shown=form.cleaned_data["versi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"{j.label.capitalize()} tersimpan.")
            return redirect(obj if j.model is Indikator else r)
    judul = f"{'Ubah' if obj else 'Tambah'} {j.label}"
    return render(request, "perencanaan/bagian_form.html", {
        "satker": satker, "renstra": r, "form": form, "judul": judul, "objek": obj})


@login_required
def bagian_hapus(request, kode, renstra_id, jenis, obj_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    r = _renstra(satker, renstra_id)
    j = _jenis(jenis)
    obj = get_object_or_404(j.model, pk=obj_id, **{j.jalur_renstra: r})
    if request.method == "POST":
        try:
            actions.hapus_bagian(obj, pelaku=request.user, renstra=r)
        except ProtectedError:
            messages.error(request, f"{j.label.capitalize()} ini masih dipakai di Perjanjian Kinerja "
                                    "sehingga tidak dapat dihapus.")
        except ValidationError as e:
            for m in e.messages:
                messages.error(request, m)
        else:
            messages.success(request, f"{j.label.capitalize()} dihapus.")
        return redirect(r)
    return render(request, "perencanaan/hapus.html", {
        "satker": satker, "objek": obj, "jenis": j.label, "kembali": r.get_absolute_url()})


@login_required
def indikator_detail(request, kode, indikator_id):
    satker = satker_untuk(request.user, kode)
    ind = get_object_or_404(Indikator.objects.select_related("sasaran__renstra", "subbagian"),
                            pk=indikator_id, sasaran__renstra__satker=satker)
    targets = {t.tahun: t for t in ind.target_renstra.all()}
    baris = [(th, targets.get(th)) for th in ind.sasaran.renstra.daftar_tahun]
    baris = [(th, format_target(t.target, persen=ind.persen) if t else "–", t) for th, t in baris]
    return render(request, "perencanaan/indikator_detail.html", {
        "satker": satker, "ind": ind, "renstra": ind.sasaran.renstra, "target": baris,
        "boleh": Hak.UBAH in hak_pengguna(request.user, satker),
    })


@login_required
def indikator_target(request, kode, indikator_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    ind = get_object_or_404(Indikator.objects.select_related("sasaran__renstra"),
                            pk=indikator_id, sasaran__renstra__satker=satker)
    form = TargetRenstraForm(request.POST or None, indikator=ind,
                             initial={"versi": wrap(actions.snapshot_target_renstra(ind))})
    if request.method == "POST" and form.is_valid():
        try:
            actions.simpan_target_renstra(ind, form.target(), pelaku=request.user,
                                          version_shown=form.cleaned_data["versi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Target Renstra tersimpan.")
            return redirect(ind)
    return render(request, "perencanaan/bagian_form.html", {
        "satker": satker, "renstra": ind.sasaran.renstra, "form": form,
        "judul": f"Target Renstra {ind.kode}", "petunjuk": _petunjuk_target(ind)})


def _petunjuk_target(ind):
    if ind.polaritas == "kualitatif":
        return "Tulis predikat minimal, mis. “minimal B”."
    if ind.polaritas == "rentang":
        return "Tulis batas bawah – batas atas, mis. “80 – 90”."
    return "Tulis angka dengan koma desimal, mis. 82,5." + (" Tanda % boleh ditulis." if ind.persen else "")
