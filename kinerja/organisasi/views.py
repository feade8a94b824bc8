"""Satker settings and its users: one GET page each, one POST view per verb."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from kinerja.core import jam
from kinerja.core.audit import snapshot
from kinerja.core.forms import errors_to_form
from kinerja.core.tables import Cell, Table
from kinerja.core.versions import wrap
from kinerja.lib.capaian import PITA_BAKU, format_pita

from . import actions
from .akses import Hak, hak_pengguna, satker_untuk
from .forms import HariLiburForm, PenggunaBaruForm, PeranForm, PitaForm, SandiForm
from .models import HariLibur, Peran


def _halaman_pengaturan(request, satker, form=None):
    if form is None:
        form = PitaForm(initial={"pita": format_pita(satker.pita()) if satker.pita_kategori else "",
                                 "versi": wrap(snapshot(satker, ["pita_kategori"]))})
    return render(request, "organisasi/pengaturan.html", {
        "satker": satker, "form": form, "boleh": Hak.KELOLA in hak_pengguna(request.user, satker),
        "pita": satker.pita(), "pita_baku": format_pita(PITA_BAKU), "subbagian": satker.subbagian.all(),
        "anak": satker.anak.all(), "tahun_ini": jam.sekarang().year,
    })


@login_required
def pengaturan(request, kode):
    return _halaman_pengaturan(request, satker_untuk(request.user, kode))


@login_required
@require_POST
def pengaturan_simpan(request, kode):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    form = PitaForm(request.POST)
    if form.is_valid():
        try:
            actions.atur_pita(satker, form.cleaned_data["pita"], pelaku=request.user,
                              version_shown=form.cleaned_data["versi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Kategori capaian tersimpan.")
            return redirect("organisasi:pengaturan", kode=satker.kode)
    return _halaman_pengaturan(request, satker, form)


def _halaman_pengguna(request, satker, form=None):
    table = Table(["Nama pengguna", "Nama", "Peran", "Status", ""], empty="Belum ada pengguna.")
    for p in Peran.objects.filter(satker=satker).select_related("pengguna", "satker").order_by("pengguna__username"):
        table.add(p.pengguna.username, p.pengguna.get_full_name() or "–", p.get_peran_display(),
                  "aktif" if p.pengguna.is_active else "nonaktif", Cell("kelola", url=p.get_absolute_url()))
    return render(request, "organisasi/pengguna.html", {
        "satker": satker, "form": form or PenggunaBaruForm(), "table": table})


@login_required
def pengguna(request, kode):
    return _halaman_pengguna(request, satker_untuk(request.user, kode, Hak.KELOLA))


@login_required
@require_POST
def pengguna_tambah(request, kode):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    form = PenggunaBaruForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            actions.tambah_pengguna(satker, pelaku=request.user, username=d["username"], nama=d["nama"],
                                    peran=d["peran"], sandi=d["sandi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"Pengguna {d['username']} ditambahkan.")
            return redirect("organisasi:pengguna", kode=kode)
    return _halaman_pengguna(request, satker, form)


def _peran(satker, peran_id) -> Peran:
    return get_object_or_404(Peran.objects.select_related("pengguna", "satker"), pk=peran_id, satker=satker)


def _halaman_pengguna_ubah(request, satker, p, *, form_peran=None, form_sandi=None):
    gagal, terkunci = actions.gagal_masuk(p.pengguna.username)
    return render(request, "organisasi/pengguna_ubah.html", {
        "satker": satker, "p": p,
        "form_peran": form_peran or PeranForm(initial={"peran": p.peran, "versi": wrap(snapshot(p))}),
        "form_sandi": form_sandi or SandiForm(), "gagal_masuk": gagal, "terkunci": terkunci})


@login_required
def pengguna_ubah(request, kode, peran_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    return _halaman_pengguna_ubah(request, satker, _peran(satker, peran_id))


@login_required
@require_POST
def pengguna_peran(request, kode, peran_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    p = _peran(satker, peran_id)
    form = PeranForm(request.POST)
    if form.is_valid():
        try:
            actions.ubah_peran(p, form.cleaned_data["peran"], pelaku=request.user,
                               version_shown=form.cleaned_data["versi"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Peran diubah.")
            return redirect("organisasi:pengguna", kode=kode)
    return _halaman_pengguna_ubah(request, satker, p, form_peran=form)


@login_required
@require_POST
def pengguna_sandi(request, kode, peran_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    p = _peran(satker, peran_id)
    form = SandiForm(request.POST)
    if form.is_valid():
        try:
            actions.atur_sandi(p, form.cleaned_data["sandi"], pelaku=request.user)
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"Kata sandi {p.pengguna.username} diatur ulang.")
            return redirect("organisasi:pengguna", kode=kode)
    return _halaman_pengguna_ubah(request, satker, p, form_sandi=form)


@login_required
@require_POST
def pengguna_cabut(request, kode, peran_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    p = _peran(satker, peran_id)
    try:
        actions.cabut_peran(p, pelaku=request.user)
    except ValidationError as e:
        for m in e.messages:
            messages.error(request, m)
        return redirect(p)
    messages.success(request, f"Peran {p.pengguna.username} di satker ini dicabut.")
    return redirect("organisasi:pengguna", kode=kode)


@login_required
@require_POST
def pengguna_buka_kunci(request, kode, peran_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    p = _peran(satker, peran_id)
    jumlah = actions.buka_kunci_masuk(p, pelaku=request.user)
    messages.success(request, f"Kunci masuk {p.pengguna.username} dibuka ({jumlah} catatan percobaan dihapus).")
    return redirect(p)


# --- the working-day calendar -------------------------------------------------------------

def _halaman_kalender(request, satker, tahun, form=None):
    from kinerja.lib.angka import BULAN

    from .kalender import daftar_hari, hari_kerja_per_bulan

    return render(request, "organisasi/kalender.html", {
        "satker": satker, "tahun": tahun, "hari": daftar_hari(satker, tahun), "form": form or HariLiburForm(),
        "boleh": Hak.KELOLA in hak_pengguna(request.user, satker),
        "bulan": list(zip(BULAN, hari_kerja_per_bulan(satker, tahun))),
    }, status=400 if form is not None else 200)


def _tahun_kalender(tahun: int) -> int:
    from .kalender import TAHUN_AKHIR, TAHUN_AWAL, tahun_sah

    if not tahun_sah(tahun):
        raise Http404(f"Kalender tersedia untuk tahun {TAHUN_AWAL} sampai {TAHUN_AKHIR}.")
    return tahun


@login_required
def kalender(request, kode, tahun):
    return _halaman_kalender(request, satker_untuk(request.user, kode), _tahun_kalender(tahun))


@login_required
@require_POST
def kalender_simpan(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    tahun = _tahun_kalender(tahun)
    form = HariLiburForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            actions.simpan_hari_libur(HariLibur(satker=satker, tanggal=d["tanggal"], nama=d["nama"],
                                                libur=d["libur"], dasar=d["dasar"]), pelaku=request.user)
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Hari libur satker dicatat.")
            return redirect("organisasi:kalender", kode=satker.kode, tahun=d["tanggal"].year)
    return _halaman_kalender(request, satker, tahun, form)


@login_required
@require_POST
def kalender_hapus(request, kode, tahun, libur_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    h = get_object_or_404(HariLibur, pk=libur_id, satker=satker, tanggal__year=_tahun_kalender(tahun))
    actions.hapus_hari_libur(h, pelaku=request.user)
    messages.success(request, "Catatan hari libur satker dihapus.")
    return redirect("organisasi:kalender", kode=satker.kode, tahun=tahun)
