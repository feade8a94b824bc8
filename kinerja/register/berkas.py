"""A register as XLSX: the import template (its columns, one example row, the allowed values)
and the export of a year's records in the same columns, so that an export can be re-imported."""

from __future__ import annotations

from django.db import models

from kinerja.core.xlsx import XlsxBook

from .deklarasi import Register


def _nilai(obj, f) -> object:
    v = getattr(obj, f.name)
    if isinstance(f, models.BooleanField):
        return "ya" if v else "tidak"
    if f.choices:
        return getattr(obj, f"get_{f.name}_display")() if v else ""
    return v


def _kepala(buku: XlsxBook, r: Register) -> None:
    buku.row([r.label(n) for n in r.kolom], at=1, header=True)
    buku.widths([max(14, min(50, len(r.label(n)) + 6)) for n in r.kolom])
    buku.freeze(2, 1)


def templat(r: Register) -> bytes:
    buku = XlsxBook(r.judul)
    _kepala(buku, r)
    buku.row([r.contoh_baris.get(n, "") for n in r.kolom], fill_columns=range(1, len(r.kolom) + 1))
    buku.new_sheet("Petunjuk")
    buku.row(["Kolom", "Wajib", "Isian yang diterima"], header=True)
    for n in r.kolom:
        f = r.model._meta.get_field(n)
        if isinstance(f, models.BooleanField):
            isi = "ya atau tidak"
        elif f.choices:
            isi = "; ".join(str(lbl) for _, lbl in f.choices)
        elif isinstance(f, models.DateField):
            isi = "tanggal, mis. 31/12/2024"
        else:
            isi = str(f.help_text or "teks")
        buku.row([r.label(n), "ya" if r.wajib(n) else "tidak", isi])
    buku.row([])
    buku.row(["Baris berwarna di lembar pertama adalah contoh: hapus sebelum mengunggah. " + r.keterangan])
    buku.widths([28, 8, 80])
    return buku.save()


def ekspor(r: Register, satker, tahun: int) -> bytes:
    buku = XlsxBook(f"{r.judul} {tahun}")
    _kepala(buku, r)
    medan = [r.model._meta.get_field(n) for n in r.kolom]
    for obj in r.catatan(satker, tahun):
        buku.row([_nilai(obj, f) for f in medan], number_format=["dd/mm/yyyy" if isinstance(f, models.DateField)
                                                                  else None for f in medan])
    return buku.save()
