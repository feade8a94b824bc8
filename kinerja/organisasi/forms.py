from django import forms

from kinerja.lib.capaian import parse_pita
from django.contrib.auth.password_validation import password_validators_help_text_html

from kinerja.core.forms import IndonesianDateField, VersionField, tanpa_kendali
from kinerja.core.login import validate_username

from .models import Peran

PILIHAN_PERAN = Peran.Jenis.choices


class _DuaSandi(forms.Form):
    """A password typed twice."""

    sandi = forms.CharField(label="Kata sandi", widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                            help_text=password_validators_help_text_html())
    sandi2 = forms.CharField(label="Ulangi kata sandi",
                             widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean(self):
        data = super().clean()
        if data.get("sandi") and data.get("sandi") != data.get("sandi2"):
            self.add_error("sandi2", "Kedua kata sandi tidak sama.")
        return data


class PenggunaBaruForm(_DuaSandi):
    username = forms.CharField(label="Nama pengguna", max_length=150, validators=[validate_username],
                               help_text="Huruf kecil a–z, angka, titik, garis bawah, atau tanda hubung.")
    nama = forms.CharField(label="Nama lengkap", max_length=150)
    # the least right by default: an admin raises it deliberately
    peran = forms.ChoiceField(label="Peran", choices=PILIHAN_PERAN, initial=Peran.Jenis.PEMBACA)
    field_order = ["username", "nama", "peran", "sandi", "sandi2"]


class PeranForm(forms.Form):
    versi = VersionField()
    peran = forms.ChoiceField(label="Peran", choices=PILIHAN_PERAN)


class SandiForm(_DuaSandi):
    pass


class PitaForm(forms.Form):
    versi = VersionField()
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


class HariLiburForm(forms.Form):
    tanggal = IndonesianDateField(label="Tanggal")
    nama = forms.CharField(label="Keterangan", max_length=200, validators=[tanpa_kendali])
    libur = forms.BooleanField(label="Hari libur", required=False, initial=True,
                               help_text="Kosongkan bila kantor tetap masuk kerja pada libur nasional atau "
                                         "cuti bersama tanggal ini.")
    dasar = forms.CharField(label="Dasar", max_length=300, help_text="Mis. nomor keputusan atau surat edaran.",
                            validators=[tanpa_kendali])
