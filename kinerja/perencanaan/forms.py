from django import forms

from kinerja.core.forms import IndonesianDateField, TargetField, VersionField
from kinerja.lib.alur import AlasanRevisi
from kinerja.lib.capaian import Polaritas
from kinerja.lib.periode import LABEL_PERIODE, TAHUN, TRIWULAN, dalam_tahun
from kinerja.organisasi.models import Subbagian

from .models import (
    ArahKebijakan, Indikator, Misi, Program, Renstra, SasaranKegiatan, SasaranStrategis, Tujuan,
)

TEKS = forms.Textarea(attrs={"rows": 3})


class RenstraForm(forms.ModelForm):
    versi = VersionField()

    class Meta:
        model = Renstra
        fields = ["tahun_awal", "tahun_akhir", "visi", "keterangan"]
        widgets = {"visi": TEKS, "keterangan": TEKS}
        labels = {"tahun_awal": "Tahun awal", "tahun_akhir": "Tahun akhir"}


class _BagianForm(forms.ModelForm):
    """Forms of Renstra parts: FK choices are limited to the same Renstra."""

    versi = VersionField()

    def __init__(self, *args, renstra, **kwargs):
        super().__init__(*args, **kwargs)
        self.renstra = renstra
        for f in self.fields.values():
            if isinstance(f, forms.ModelChoiceField):
                model = f.queryset.model
                if model is Subbagian:
                    f.queryset = Subbagian.objects.filter(satker=renstra.satker)
                else:
                    f.queryset = model.objects.filter(renstra=renstra)

    def save(self, commit=True):
        obj = super().save(commit=False)
        if hasattr(obj, "renstra_id") and not obj.renstra_id:
            obj.renstra = self.renstra
        return obj


class MisiForm(_BagianForm):
    class Meta:
        model = Misi
        fields = ["nomor", "uraian"]
        widgets = {"uraian": TEKS}


class TujuanForm(_BagianForm):
    class Meta:
        model = Tujuan
        fields = ["nomor", "uraian"]
        widgets = {"uraian": TEKS}


class SasaranStrategisForm(_BagianForm):
    class Meta:
        model = SasaranStrategis
        fields = ["nomor", "tujuan", "uraian"]
        widgets = {"uraian": TEKS}


class ProgramForm(_BagianForm):
    class Meta:
        model = Program
        fields = ["kode", "nama", "outcome"]
        widgets = {"outcome": TEKS}


class ArahKebijakanForm(_BagianForm):
    class Meta:
        model = ArahKebijakan
        fields = ["program", "nomor", "uraian"]
        widgets = {"uraian": TEKS}


class SasaranKegiatanForm(_BagianForm):
    class Meta:
        model = SasaranKegiatan
        fields = ["nomor", "uraian", "sasaran_strategis", "program"]
        widgets = {"uraian": TEKS}


class IndikatorForm(_BagianForm):
    class Meta:
        model = Indikator
        fields = [
            "sasaran", "kode", "nama", "iku", "satuan", "boleh_lebih_100", "polaritas", "rumus_min",
            "batas_capaian",
            "rasio", "label_pembilang", "label_penyebut", "cara_menghitung", "sumber_data",
            "frekuensi", "agregasi", "subbagian", "urutan", "keterangan",
        ]
        widgets = {"nama": TEKS, "cara_menghitung": TEKS, "sumber_data": TEKS, "keterangan": TEKS}
        labels = {"sasaran": "Sasaran kegiatan", "batas_capaian": "Batas atas capaian",
                  "rumus_min": "Rumus bila semakin rendah semakin baik"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["batas_capaian"].empty_label = "Tanpa batas"
        self.fields["sasaran"].queryset = SasaranKegiatan.objects.filter(renstra=self.renstra)


class TargetRenstraForm(forms.Form):
    """The yearly targets of an indicator for each year of its Renstra."""

    versi = VersionField()

    def __init__(self, *args, indikator, **kwargs):
        super().__init__(*args, **kwargs)
        self.indikator = indikator
        ada = {t.tahun: t.target for t in indikator.target_renstra.all()}
        for tahun in indikator.sasaran.renstra.daftar_tahun:
            self.fields[f"t{tahun}"] = TargetField(
                label=str(tahun), required=False, polaritas=indikator.polaritas,
                persen=indikator.persen, batas=indikator.batas, initial=ada.get(tahun))

    def target(self):
        return {int(k[1:]): v for k, v in self.cleaned_data.items() if k.startswith("t")}


class BarisPKForm(forms.Form):
    versi = VersionField()
    indikator = forms.ModelChoiceField(queryset=Indikator.objects.none(), label="Indikator")
    urutan = forms.IntegerField(min_value=0, max_value=999, initial=0, label="Urutan",
                                error_messages={"invalid": "Urutan ditulis sebagai bilangan bulat, mis. 3."})

    def __init__(self, *args, versi, baris=None, indikator=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.versi = versi
        qs = Indikator.objects.filter(sasaran__renstra=versi.pk_induk.renstra).select_related("sasaran")
        self.fields["indikator"].queryset = qs
        self.fields["indikator"].label_from_instance = lambda i: f"{i.kode} – {i.nama[:90]}"
        # Target fields follow the indicator's polaritas; a posted indicator decides it.
        pilihan = indikator or (baris.indikator if baris else None)
        if self.is_bound and self.data.get(self.add_prefix("indikator")):
            pilihan = qs.filter(pk=self.data.get(self.add_prefix("indikator"))).first() or pilihan
        polaritas = pilihan.polaritas if pilihan else Polaritas.MAKS
        persen = pilihan.persen if pilihan else True
        batas = pilihan.batas if pilihan else None
        ada = {t.periode: t.target for t in baris.target.all()} if baris else {}
        for p in (TAHUN, *TRIWULAN):
            self.fields[f"target_{p}"] = TargetField(
                label=f"Target {LABEL_PERIODE[p].lower() if p == TAHUN else LABEL_PERIODE[p]}",
                required=(p == TAHUN), polaritas=polaritas, persen=persen, batas=batas,
                initial=ada.get(p))
        if baris:
            self.fields["indikator"].initial = baris.indikator_id
            self.fields["urutan"].initial = baris.urutan

    def target(self):
        return {p: self.cleaned_data[f"target_{p}"] for p in (*TRIWULAN, TAHUN)}


class _TanggalDalamTahun(forms.Form):
    """A date field that must lie in the PK's year (kinerja.lib.periode.dalam_tahun)."""

    def __init__(self, *args, tahun, **kwargs):
        super().__init__(*args, **kwargs)
        self.tahun = tahun

    def clean_tanggal(self):
        t = self.cleaned_data.get("tanggal")
        if not dalam_tahun(t, self.tahun):
            raise forms.ValidationError(f"{self.fields['tanggal'].label} harus di dalam tahun {self.tahun}.")
        return t


class KepalaPKForm(_TanggalDalamTahun):
    versi = VersionField()
    tanggal = IndonesianDateField(label="Tanggal penetapan", required=False)
    pihak_pertama_nama = forms.CharField(label="Nama pihak pertama", max_length=150, required=False)
    pihak_pertama_jabatan = forms.CharField(label="Jabatan pihak pertama", max_length=200, required=False)
    pihak_pertama_nip = forms.CharField(label="NIP pihak pertama", max_length=30, required=False,
                                        help_text="18 angka; kosongkan bila bukan PNS.")
    pihak_kedua_nama = forms.CharField(label="Nama pihak kedua", max_length=150, required=False)
    pihak_kedua_jabatan = forms.CharField(label="Jabatan pihak kedua", max_length=200, required=False)
    pihak_kedua_nip = forms.CharField(label="NIP pihak kedua", max_length=30, required=False,
                                      help_text="Kosongkan bila bukan PNS (mis. Ketua KPU).")


class RevisiPKForm(_TanggalDalamTahun):
    alasan = forms.ChoiceField(label="Alasan revisi (PermenPANRB 53/2014)",
                               choices=[(a.value, a.label) for a in AlasanRevisi],
                               widget=forms.RadioSelect)
    keterangan = forms.CharField(label="Uraian perubahan", widget=TEKS, max_length=4000)
    tanggal = IndonesianDateField(label="Tanggal revisi", required=False)


class BuatPKForm(forms.Form):
    tahun = forms.IntegerField(label="Tahun", min_value=2000, max_value=2100, error_messages={
        "invalid": "Tahun ditulis dengan empat angka, mis. 2025."})
    isi_dari_iku = forms.BooleanField(label="Isi baris dari IKU Renstra beserta targetnya",
                                      required=False, initial=True)
