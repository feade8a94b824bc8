"""One mechanism for every register: a declaration names the model, the columns of its list
and of its form, template, import and export, and what the register is for; the pages
(views.py), the import and the actions (actions.py) work from it alone. A new register is a
model with its rules in ``clean`` and one ``daftarkan(Register(...))`` in daftar.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models


@dataclass(frozen=True)
class Register:
    kunci: str  # in the URL: /s/<kode>/register/<kunci>/<tahun>/
    model: type[models.Model]
    judul: str
    keterangan: str  # what it is for, with its legal or SOP reference
    kolom: tuple[str, ...]  # the fields of its form, template, import and export, in order
    kolom_daftar: tuple[str, ...] = ()  # the list's columns (default: the first four of ``kolom``)
    contoh_baris: dict = field(default_factory=dict)  # the template's example row, as typed

    @property
    def medan_tanggal(self) -> str:
        return self.model.TANGGAL  # type: ignore[attr-defined]

    @property
    def daftar_kolom(self) -> tuple[str, ...]:
        return self.kolom_daftar or self.kolom[:4]

    def label(self, nama: str) -> str:
        f = self.model._meta.get_field(nama)
        return str(f.verbose_name)[:1].upper() + str(f.verbose_name)[1:]

    def wajib(self, nama: str) -> bool:
        """Whether a column must be filled (a field with a default, e.g. a yes/no, need not)."""
        f = self.model._meta.get_field(nama)
        return not (f.blank or f.null or f.has_default())

    def catatan(self, satker, tahun: int, *, ringan: bool = False):
        """The satker's records of a year's register, with their satker (their links need its code:
        no query per record). ``ringan``: for counting only (measures over a whole tree)."""
        qs = self.model._default_manager.filter(  # type: ignore[attr-defined]
            self.model.di_tahun(tahun), satker_id=satker.pk)  # type: ignore[attr-defined]
        return qs if ringan else qs.select_related("satker")


REGISTER: dict[str, Register] = {}


def daftarkan(r: Register) -> Register:
    for nama in r.kolom:
        r.model._meta.get_field(nama)  # a misspelt column fails at start-up, not on a page
    REGISTER[r.kunci] = r
    return r


def register_model(obj) -> Register:
    return next(r for r in REGISTER.values() if isinstance(obj, r.model))
