"""Form fields that read Indonesian input through kinerja.lib and re-show what was typed."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting

from kinerja.lib.anggaran import parse_rupiah
from kinerja.lib.angka import AngkaTidakValid, format_angka, format_ringkas, parse_angka
from kinerja.lib.capaian import Polaritas, Target, format_target, parse_target


class Renderer(TemplatesSetting):
    """Every form field of every app is drawn by one template (core/_field.html)."""

    field_template_name = "core/_field.html"


class NumberField(forms.CharField):
    """A number typed the Indonesian way (1.234,5); the cleaned value is a Decimal or None."""

    def __init__(self, *, persen=False, bulat=False, boleh_negatif=False, batas=None, **kwargs):
        self.persen, self.bulat, self.boleh_negatif, self.batas = persen, bulat, boleh_negatif, batas
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if value is None or isinstance(value, str):
            return value
        return format_ringkas(value)

    def to_python(self, value):
        value = super().to_python(value)
        try:
            return parse_angka(value, persen=self.persen, bulat=self.bulat,
                               boleh_negatif=self.boleh_negatif, batas=self.batas)
        except AngkaTidakValid as e:
            raise ValidationError(str(e), code="angka") from None


class RupiahField(forms.CharField):
    """Whole rupiah as typed or pasted: 1.606.783.000, 1606783000, Rp1.606.783.000, or the
    unambiguous English grouping 1,606,783,000 (kinerja.lib.anggaran.parse_rupiah); the
    cleaned value is an int or None."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if value is None or isinstance(value, str):
            return value
        return format_angka(value, 0)

    def to_python(self, value):
        value = super().to_python(value)
        try:
            return parse_rupiah(value)
        except AngkaTidakValid as e:
            raise ValidationError(str(e), code="angka") from None


class TargetField(forms.CharField):
    """A target typed as a number, a range (80 – 90) or a predikat (minimal B)."""

    def __init__(self, *, polaritas=Polaritas.MAKS, persen=False, batas=None, **kwargs):
        self.polaritas, self.persen, self.batas = Polaritas(polaritas), persen, batas
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "off", "size": 10}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, Target):
            return "" if value.kosong else format_target(value, persen=self.persen)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        try:
            return parse_target(value, self.polaritas, persen=self.persen, batas=self.batas)
        except AngkaTidakValid as e:
            raise ValidationError(str(e), code="target") from None

    def validate(self, value):
        if self.required and (value is None or value.kosong):
            raise ValidationError(self.error_messages["required"], code="required")


class IndonesianDateField(forms.DateField):
    """A date: the browser's date picker (ISO) or typed as 31/12/2024."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"])
        kwargs.setdefault("error_messages", {"invalid": "Tanggal tidak valid; tulis sebagai 31/12/2024."})
        super().__init__(**kwargs)


class KomentarForm(forms.Form):
    teks = forms.CharField(label="Komentar", widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class VersionField(forms.CharField):
    """The hidden version of the record an edit form shows (kinerja.core.versions)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.HiddenInput)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return value or None


def errors_to_form(form, e: ValidationError) -> None:
    """Put an action's ValidationError on the form (the one shared path for every view).

    Field errors go to their fields when the form has them; a version conflict also hands
    the form the current version, so that a second, deliberate save may overwrite.
    """
    from .versions import VersionConflict

    if isinstance(e, VersionConflict) and "versi" in form.fields:
        data = form.data.copy()
        data[form.add_prefix("versi")] = e.current_version
        form.data = data
    if hasattr(e, "error_dict"):
        for nama, galat in e.error_dict.items():
            form.add_error(nama if nama in form.fields else None, galat)
    else:
        form.add_error(None, e)


def error_codes(e: ValidationError) -> set[str]:
    """The codes of a ValidationError's messages."""
    daftar = e.error_list if hasattr(e, "error_list") else [x for v in e.error_dict.values() for x in v]
    return {x.code for x in daftar if getattr(x, "code", None)}


# control characters (tab and line breaks aside), the bidirectional overrides that disguise text,
# and what XML cannot hold: refused in typed text rather than stored and mangled on export
_KENDALI = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]")


def tanpa_kendali(nilai) -> None:
    """A field validator: the text holds no control character."""
    if isinstance(nilai, str) and _KENDALI.search(nilai):
        raise ValidationError("Teks berisi karakter kendali yang tidak dapat disimpan; ketik ulang tanpa karakter itu.",
                              code="kendali")
