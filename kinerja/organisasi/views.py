from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from kinerja.core.audit import potret
from kinerja.core.forms import VersiField, galat_ke_form
from kinerja.core.versi import bungkus
from kinerja.lib.capaian import PITA_BAKU, format_pita, parse_pita

from . import actions
from .akses import Hak, hak_pengguna, satker_untuk
from .forms import PenggunaBaruForm, PeranForm, SandiForm
from .models import Peran


class PitaForm(forms.Form):
    versi = VersiField()
    pita = forms.CharField(
        label="Kategori capaian", widget=forms.Textarea(attrs={"rows": 7}), required=False,
        help_text="Satu kategori per baris: batas bawah (%) lalu nama, dari yang tertinggi. "
                  "Kosongkan untuk memakai kategori baku.")

    def clean_pita(self):
        teks = self.cleaned_data["pita"].strip()
        if not teks:
            return None
        try:
            return parse_pita(teks)
        except ValueError as e:
            raise forms.ValidationError(str(e)) from None


@login_required
def pengaturan(request, kode):
    satker = satker_untuk(request.user, kode)
    boleh = Hak.KELOLA in hak_pengguna(request.user, satker)
    if request.method == "POST":
        if not boleh:
            satker_untuk(request.user, kode, Hak.KELOLA)
        form = PitaForm(request.POST)
        if form.is_valid():
            try:
                actions.atur_pita(request.user, satker, form.cleaned_data["pita"],
                                  versi_awal=form.cleaned_data["versi"])
            except ValidationError as e:
                galat_ke_form(form, e)
            else:
                messages.success(request, "Kategori capaian tersimpan.")
                return redirect("organisasi:pengaturan", kode=satker.kode)
    else:
        form = PitaForm(initial={"pita": format_pita(satker.pita()) if satker.pita_kategori else "",
                                 "versi": bungkus(potret(satker, ["pita_kategori"]))})
    return render(request, "organisasi/pengaturan.html", {
        "satker": satker, "form": form, "boleh": boleh, "pita": satker.pita(),
        "pita_baku": format_pita(PITA_BAKU), "subbagian": satker.subbagian.all(),
        "anak": satker.anak.all(),
    })


@login_required
def pengguna(request, kode):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    form = PenggunaBaruForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            actions.tambah_pengguna(request.user, satker, username=d["username"], nama=d["nama"],
                                    peran=d["peran"], sandi=d["sandi"])
        except ValidationError as e:
            galat_ke_form(form, e)
        else:
            messages.success(request, f"Pengguna {d['username']} ditambahkan.")
            return redirect("organisasi:pengguna", kode=kode)
    return render(request, "organisasi/pengguna.html", {
        "satker": satker, "form": form,
        "daftar": Peran.objects.filter(satker=satker).select_related("pengguna").order_by("pengguna__username")})


@login_required
def pengguna_ubah(request, kode, peran_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    p = get_object_or_404(Peran.objects.select_related("pengguna"), pk=peran_id, satker=satker)
    form_peran = PeranForm(initial={"peran": p.peran, "versi": bungkus(potret(p))})
    form_sandi = SandiForm()
    if request.method == "POST":
        aksi_ = request.POST.get("aksi")
        try:
            if aksi_ == "peran":
                form_peran = PeranForm(request.POST)
                if form_peran.is_valid():
                    actions.ubah_peran(request.user, satker, p, form_peran.cleaned_data["peran"],
                                       versi_awal=form_peran.cleaned_data["versi"])
                    messages.success(request, "Peran diubah.")
                    return redirect("organisasi:pengguna", kode=kode)
            elif aksi_ == "sandi":
                form_sandi = SandiForm(request.POST)
                if form_sandi.is_valid():
                    actions.atur_sandi(request.user, satker, p, form_sandi.cleaned_data["sandi"])
                    messages.success(request, f"Kata sandi {p.pengguna.username} diatur ulang.")
                    return redirect("organisasi:pengguna", kode=kode)
            elif aksi_ == "cabut":
                actions.cabut_peran(request.user, satker, p)
                messages.success(request, f"Peran {p.pengguna.username} di satker ini dicabut.")
                return redirect("organisasi:pengguna", kode=kode)
        except ValidationError as e:
            if aksi_ == "cabut":
                for m in e.messages:
                    messages.error(request, m)
            else:
                galat_ke_form(form_sandi if aksi_ == "sandi" else form_peran, e)
    gagal, terkunci = actions.gagal_masuk(p.pengguna.username)
    return render(request, "organisasi/pengguna_ubah.html", {
        "satker": satker, "p": p, "form_peran": form_peran, "form_sandi": form_sandi,
        "gagal_masuk": gagal, "terkunci": terkunci})


@login_required
@require_POST
def pengguna_buka_kunci(request, kode, peran_id):
    satker = satker_untuk(request.user, kode, Hak.KELOLA)
    p = get_object_or_404(Peran.objects.select_related("pengguna"), pk=peran_id, satker=satker)
    jumlah = actions.buka_kunci_masuk(request.user, satker, p)
    messages.success(request, f"Kunci masuk {p.pengguna.username} dibuka ({jumlah} catatan percobaan dihapus).")
    return redirect("organisasi:pengguna_ubah", kode=kode, peran_id=p.pk)
