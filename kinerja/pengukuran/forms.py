from django import forms
from django.conf import settings

from kinerja.core.forms import NumberField, VersionField, tanpa_kendali
from kinerja.lib.angka import RASIO
from kinerja.lib.capaian import PREDIKAT, Polaritas

TEKS = forms.Textarea(attrs={"rows": 3})


class RealisasiForm(forms.Form):
    """The fields follow the indicator: a value, a ratio's two figures, or a predikat."""

    analisis = forms.CharField(label="Analisis capaian", widget=TEKS, required=False, max_length=8000)
    hambatan = forms.CharField(label="Hambatan/kendala", widget=TEKS, required=False, max_length=8000)
    solusi = forms.CharField(label="Solusi/rencana tindak lanjut", widget=TEKS, required=False,
                             max_length=8000)
    versi = VersionField()
    yakin = forms.BooleanField(label="Nilai ini sudah benar", required=False,
                               help_text="Centang untuk menyimpan nilai yang jauh berbeda dari "
                                         "triwulan sebelumnya atau dari target.")

    def __init__(self, *args, indikator, hitungan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.indikator = ind = indikator
        self.hitungan = hitungan  # pengukuran.hitungan.NilaiHitungan: computed from the registers
        if ind.polaritas == Polaritas.KUALITATIF:
            self.fields["predikat"] = forms.ChoiceField(
                label="Realisasi (predikat)", required=True,
                choices=[("", "– pilih –")] + [(p, p) for p in PREDIKAT])
        elif ind.rasio:
            self.fields["pembilang"] = NumberField(label=ind.label_pembilang or "Pembilang",
                                                  required=True, batas=RASIO)
            self.fields["penyebut"] = NumberField(label=ind.label_penyebut or "Penyebut",
                                                 required=True, batas=RASIO)
        else:
            satuan = "%" if ind.persen else ind.get_satuan_display()
            self.fields["nilai"] = NumberField(label=f"Realisasi ({satuan})", persen=ind.persen,
                                              required=True, batas=ind.batas)
        if hitungan is not None and hitungan.penyebut:
            self.fields["alasan_manual"] = forms.CharField(
                label="Alasan mengganti hasil hitungan", widget=forms.Textarea(attrs={"rows": 2}), required=False,
                max_length=2000, help_text="Isi hanya bila realisasi berbeda dari hasil hitungan register.",
                validators=[tanpa_kendali])
        urut = [k for k in ("predikat", "pembilang", "penyebut", "nilai", "alasan_manual") if k in self.fields]
        self.order_fields(urut + ["analisis", "hambatan", "solusi", "yakin"])
        self.perlu_konfirmasi = self.is_bound and bool(self.data.get("yakin"))

    @staticmethod
    def awal(realisasi, hitungan=None):
        """The stored realisasi; with none stored, the value computed from the registers, if any."""
        from kinerja.core.audit import snapshot
        from kinerja.core.versions import wrap

        if realisasi is None:
            if hitungan is not None and hitungan.penyebut:
                return {"versi": wrap({}), "pembilang": hitungan.pembilang, "penyebut": hitungan.penyebut}
            return {"versi": wrap({})}
        return {"versi": wrap(snapshot(realisasi)), "nilai": realisasi.nilai, "pembilang": realisasi.pembilang,
                "penyebut": realisasi.penyebut, "predikat": realisasi.predikat,
                "analisis": realisasi.analisis, "hambatan": realisasi.hambatan,
                "solusi": realisasi.solusi, "alasan_manual": realisasi.alasan_manual}


class BuktiForm(forms.Form):
    berkas = forms.FileField(label="Berkas bukti dukung")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        maks = settings.BUKTI_MAKS_BYTE // (1024 * 1024)
        self.fields["berkas"].help_text = f"PDF, JPG, PNG, DOCX, atau XLSX; paling besar {maks} MB."
    keterangan = forms.CharField(label="Keterangan", required=False, max_length=300)
