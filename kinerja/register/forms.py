"""The form of a register, built from its declaration, and how an imported row becomes that
form's data (so that a row is checked exactly as the form checks what is typed)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.db import models

from kinerja.core.forms import IndonesianDateField, NumberField, tanpa_kendali

from .deklarasi import Register

YA = {"ya", "y", "1", "true", "benar", "x", "v", "✓"}
TIDAK = {"tidak", "t", "0", "false", "salah", "", "-", "–"}


def _medan(f, **kwargs):
    label = str(f.verbose_name)
    label = label[:1].upper() + label[1:]
    if isinstance(f, models.IntegerField) and not f.choices:
        return NumberField(label=label, bulat=True, required=not f.blank and not f.null, help_text=f.help_text)
    if isinstance(f, models.DateField):
        return IndonesianDateField(label=label, required=not f.blank and not f.null,
                                   help_text=f.help_text)
    if isinstance(f, models.URLField):
        kwargs["assume_scheme"] = "https"
    medan = f.formfield(**kwargs)
    if isinstance(medan, forms.CharField):
        medan.validators.append(tanpa_kendali)
    return medan


def kelas_form(r: Register) -> type[forms.ModelForm]:
    return forms.modelform_factory(r.model, fields=list(r.kolom), formfield_callback=_medan)


def data_baris(r: Register, sel: dict) -> tuple[dict, list[str]]:
    """An imported row as form data: dates written as the form reads them, yes/no and choices
    by their Indonesian label or value. Returns the data and what could not be read."""
    data, galat = {}, []
    for nama in r.kolom:
        f = r.model._meta.get_field(nama)
        nilai = sel.get(nama)
        if isinstance(nilai, dt.datetime):
            nilai = nilai.date()
        if isinstance(nilai, dt.date):
            data[nama] = nilai.strftime("%Y-%m-%d")
            continue
        teks = "" if nilai is None else (str(int(nilai)) if isinstance(nilai, float) and nilai.is_integer()
                                         else str(nilai).strip())
        if not teks and f.has_default() and not isinstance(f, models.BooleanField):
            data[nama] = f.get_default()  # an empty cell takes the field's default (e.g. a case still open)
            continue
        if isinstance(f, models.BooleanField):
            if teks.lower() in YA:
                data[nama] = "on"
            elif teks.lower() not in TIDAK:
                galat.append(f"{r.label(nama)}: “{teks}” tidak dikenal; tulis ya atau tidak.")
            continue
        if f.choices and teks:
            cocok = {str(v).lower(): v for v, _ in f.choices} | {str(lbl).lower(): v for v, lbl in f.choices}
            data[nama] = cocok.get(teks.lower(), teks)
            continue
        data[nama] = teks
    return data, galat
