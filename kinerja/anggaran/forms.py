from django import forms

from kinerja.core.forms import IndonesianDateField, NumberField, RupiahField, VersionField
from kinerja.lib.anggaran import BULAN_ANGGARAN, Tingkat
from kinerja.lib.angka import BULAN, NILAI, PERSEN, Batas

from .models import RevisiDipa

AMBANG = Batas("poin persen", minimum=-PERSEN.maksimum, maksimum=PERSEN.maksimum)


def _rupiah(label, **kw):
    return RupiahField(label=label, required=kw.pop("required", False), **kw)


class DipaForm(forms.Form):
    nomor = forms.CharField(label="Nomor DIPA", max_length=100, required=False)
    tanggal = IndonesianDateField(label="Tanggal DIPA", required=False)
    target_tw1 = NumberField(label="Target penyerapan akhir TW I (%)", batas=PERSEN, required=False)
    target_tw2 = NumberField(label="Target penyerapan akhir TW II (%)", batas=PERSEN, required=False)
    target_tw3 = NumberField(label="Target penyerapan akhir TW III (%)", batas=PERSEN, required=False)
    target_tw4 = NumberField(label="Target penyerapan akhir TW IV (%)", batas=PERSEN, required=False)
    target_sumber = forms.CharField(label="Dasar target penyerapan", max_length=300, required=False,
                                    help_text="Mis. surat edaran kementerian yang menetapkan target triwulanan.")
    ambang_efisien = NumberField(label="Ambang efisien (capaian − penyerapan, poin persen)", batas=AMBANG)
    ambang_cukup = NumberField(label="Ambang cukup efisien (poin persen)", batas=AMBANG)
    versi = VersionField()


class BarisForm(forms.Form):
    tingkat = forms.ChoiceField(label="Tingkat", choices=[(t.value, t.label) for t in Tingkat])
    induk = forms.TypedChoiceField(label="Di bawah", coerce=int, required=False, empty_value=None)
    kode = forms.CharField(label="Kode", max_length=20, required=False,
                           help_text="Kode tingkat ini saja: 076.01.CQ, 6709, QMA, 001, 051, 521211.")
    uraian = forms.CharField(label="Uraian", max_length=300)
    pagu = _rupiah("Pagu (Rp)", help_text="Diisi pada baris paling rinci; baris di atasnya menjumlahkan.")
    sasaran = forms.TypedMultipleChoiceField(label="Sasaran kegiatan yang didanai", coerce=int, required=False,
                                             widget=forms.CheckboxSelectMultiple)
    satuan_volume = forms.CharField(label="Satuan keluaran", max_length=50, required=False)
    volume_target = NumberField(label="Target volume keluaran", required=False, batas=NILAI)
    volume_realisasi = NumberField(label="Realisasi volume keluaran", required=False, batas=NILAI)
    versi = VersionField()

    def __init__(self, *args, pilihan_induk=(), pilihan_sasaran=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["induk"].choices = [("", "– tingkat teratas –"), *pilihan_induk]
        self.fields["sasaran"].choices = list(pilihan_sasaran)


class BulananForm(forms.Form):
    """RPD and realisasi of one line, month by month."""

    yakin = forms.BooleanField(label="Realisasi di atas pagu ini sudah benar", required=False)

    def __init__(self, *args, terkunci=(), **kwargs):
        super().__init__(*args, **kwargs)
        for b in BULAN_ANGGARAN:
            self.fields[f"rpd_{b}"] = _rupiah(f"RPD {BULAN[b - 1]}")
            # a submitted or approved month shows its figure and keeps it, whatever is posted
            self.fields[f"realisasi_{b}"] = _rupiah(f"Realisasi {BULAN[b - 1]}", disabled=b in terkunci)

    def baris_bulan(self):
        return [(BULAN[b - 1], self[f"rpd_{b}"], self[f"realisasi_{b}"]) for b in BULAN_ANGGARAN]


class RevisiForm(forms.Form):
    tanggal = IndonesianDateField(label="Tanggal revisi")
    jenis = forms.ChoiceField(label="Jenis revisi", choices=RevisiDipa.Jenis.choices)
    alasan = forms.CharField(label="Alasan revisi", widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)

    def __init__(self, *args, baris=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.baris = list(baris)
        for b in self.baris:
            self.fields[f"pagu_{b.pk}"] = _rupiah(f"{b.kode_lengkap or 'Tidak dirinci'} {b.uraian}", required=True)

    def pagu_fields(self):
        return [(b, self[f"pagu_{b.pk}"]) for b in self.baris]


class AlasanForm(forms.Form):
    alasan = forms.CharField(label="Alasan", widget=forms.Textarea(attrs={"rows": 2}), max_length=4000, required=False)


class ImporForm(forms.Form):
    berkas = forms.FileField(label="Berkas XLSX atau CSV")
    yakin = forms.BooleanField(label="Realisasi di atas pagu yang ditandai sudah benar", required=False)
