from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from kinerja.core import audit
from kinerja.core.views import tahun_bawaan
from kinerja.lib.capaian import PITA_BAKU, format_pita, parse_pita

from .akses import Hak, hak_pengguna, satker_untuk


@login_required
def satker_beranda(request, kode):
    satker = satker_untuk(request.user, kode)
    return redirect("dasbor", kode=satker.kode, tahun=tahun_bawaan(satker))


class PitaForm(forms.Form):
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
            pita = form.cleaned_data["pita"]
            satker.pita_kategori = [] if pita is None else [[str(p.bawah), p.label] for p in pita]
            try:
                audit.simpan(request.user, satker, satker=satker)
            except ValidationError as e:
                form.add_error(None, e)
            else:
                messages.success(request, "Kategori capaian tersimpan.")
                return redirect("pengaturan", kode=satker.kode)
    else:
        form = PitaForm(initial={"pita": format_pita(satker.pita()) if satker.pita_kategori else ""})
    return render(request, "organisasi/pengaturan.html", {
        "satker": satker, "form": form, "boleh": boleh, "pita": satker.pita(),
        "pita_baku": format_pita(PITA_BAKU), "subbagian": satker.subbagian.all(),
        "anak": satker.anak.all(),
    })
