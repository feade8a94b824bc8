from django import forms

from kinerja.core.forms import IndonesianDateField, NumberField, VersionField
from kinerja.lib.angka import NILAI
from kinerja.perencanaan.models import validasi_nip

from .models import MAKS_NARASI, Laporan, Standar


class PengaturanForm(forms.Form):
    tanggal = IndonesianDateField(label="Tanggal laporan", required=False)
    penandatangan_nama = forms.CharField(label="Nama penandatangan", max_length=150, required=False,
                                         help_text="Kosong: pihak pertama PK yang berlaku.")
    penandatangan_jabatan = forms.CharField(label="Jabatan penandatangan", max_length=200, required=False)
    penandatangan_nip = forms.CharField(label="NIP penandatangan", max_length=18, required=False,
                                        validators=[validasi_nip])
    kertas = forms.ChoiceField(label="Ukuran kertas", choices=Laporan.Kertas.choices)
    versi = VersionField()


class NarasiForm(forms.Form):
    teks = forms.CharField(label="Teks", required=False, max_length=MAKS_NARASI,
                           widget=forms.Textarea(attrs={"rows": 6}),
                           help_text="Pisahkan paragraf dengan satu baris kosong. Kosongkan untuk menghapus.")
    versi = VersionField()


class HambatanForm(forms.Form):
    sasaran = forms.TypedChoiceField(label="Sasaran", coerce=int, required=False, empty_value=None)
    hambatan = forms.CharField(label="Hambatan", max_length=4000, widget=forms.Textarea(attrs={"rows": 2}))
    kendala = forms.CharField(label="Kendala", max_length=4000, required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))
    tindak_lanjut = forms.CharField(label="Rencana tindak lanjut", max_length=4000, required=False,
                                    widget=forms.Textarea(attrs={"rows": 2}))


class FotoForm(forms.Form):
    berkas = forms.FileField(label="Foto (JPEG atau PNG)")

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        maks = settings.BUKTI_MAKS_BYTE
        self.fields["berkas"].label = f"Foto (JPEG atau PNG, paling besar {maks // (1024 * 1024)} MB)"
        # checked in the browser before sending (kinerja.js), and again on the server
        attrs = self.fields["berkas"].widget.attrs
        attrs["accept"], attrs["data-maks-byte"] = "image/jpeg,image/png", str(maks)
    keterangan = forms.CharField(label="Keterangan", max_length=300,
                                 help_text="Menjadi judul gambar di laporan, mis. “Rapat pleno rekapitulasi, 3 Maret 2024”.")
    sasaran = forms.TypedChoiceField(label="Sasaran", coerce=int, required=False, empty_value=None)
    kegiatan = forms.TypedChoiceField(label="Kegiatan (register kegiatan)", coerce=int, required=False,
                                      empty_value=None)


class StandarForm(forms.Form):
    indikator = forms.TypedChoiceField(label="Indikator", coerce=int)
    tingkat = forms.ChoiceField(label="Tingkat", choices=Standar.Tingkat.choices)
    nilai = NumberField(label="Nilai standar", batas=NILAI)
    sumber = forms.CharField(label="Dasar standar", max_length=300,
                             help_text="Peraturan, surat, atau publikasi yang menetapkan standar ini.")
