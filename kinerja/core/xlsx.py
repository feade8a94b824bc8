"""The one XLSX writer every export uses.

Text is always written as text: a cell that starts with ``= + - @``, a tab or a carriage
return is stored as a string with Excel's quote prefix, so a name such as
``=HYPERLINK("http://…"&A1,"Klik")`` can never become a formula, not even when someone
later edits the cell. Characters that XML cannot hold are replaced. Numbers are numbers
with number formats that Excel shows in the reader's locale (``1.234,56`` in Indonesian);
dates are dates. Nothing else in kinerja imports openpyxl's writer.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

FORMAT_BULAT = "#,##0"
FORMAT_DESIMAL = "#,##0.00"
FORMAT_PERSEN = "#,##0.00"  # a percentage as a number of percent points (82,21), not 0,8221
FORMAT_TANGGAL = "d mmmm yyyy"

JUDUL = Font(bold=True, size=13)
TEBAL = Font(bold=True)
KEPALA = PatternFill("solid", start_color="FFE8F0F8")
CONTOH = PatternFill("solid", start_color="FFFFF3D6")

_AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r", "\n")
_NAMA_LEMBAR_TERLARANG = re.compile(r"[\[\]:*?/\\]")


def teks_aman(teks: str) -> str:
    """Text that XML can hold (control characters replaced)."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", teks)


def _tulis(cell, nilai, format_: str | None = None):
    if nilai is None:
        cell.value = None
    elif isinstance(nilai, bool):
        cell.value = "Ya" if nilai else "Tidak"
        cell.data_type = "s"
    elif isinstance(nilai, (int, Decimal, float)):
        if isinstance(nilai, Decimal) and not nilai.is_finite():
            cell.value = "tidak valid"
            cell.data_type = "s"
        else:
            cell.value = nilai
            cell.number_format = format_ or (FORMAT_BULAT if isinstance(nilai, int) else FORMAT_DESIMAL)
    elif isinstance(nilai, (dt.date, dt.datetime)):
        cell.value = nilai
        cell.number_format = format_ or FORMAT_TANGGAL
    else:
        teks = teks_aman(str(nilai))
        cell.value = teks
        cell.data_type = "s"  # never a formula, whatever it starts with
        if teks.startswith(_AWALAN_RUMUS):
            cell.quotePrefix = True
    return cell


class Buku:
    """A workbook being written; :meth:`simpan` gives its bytes."""

    def __init__(self, judul_lembar: str):
        self._wb = Workbook()
        self._terakhir: dict[int, int] = {}  # last written row per sheet
        self.ws = self._wb.active
        self.ws.title = self._nama_lembar(judul_lembar)

    @staticmethod
    def _nama_lembar(nama: str) -> str:
        return (_NAMA_LEMBAR_TERLARANG.sub("-", teks_aman(nama)).strip("'") or "Lembar")[:31]

    def lembar_baru(self, judul: str):
        self.ws = self._wb.create_sheet(self._nama_lembar(judul))
        return self.ws

    def sel(self, baris: int, kolom: int, nilai, *, format_: str | None = None, font=None, fill=None):
        cell = _tulis(self.ws.cell(baris, kolom), nilai, format_)
        self._terakhir[id(self.ws)] = max(self._terakhir.get(id(self.ws), 0), baris)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        return cell

    def judul(self, teks: str, baris: int = 1):
        return self.sel(baris, 1, teks, font=JUDUL)

    def baris(self, nilai: Sequence, *, pada: int | None = None,
              format_: Sequence[str | None] | None = None, kepala: bool = False,
              fill_kolom: Sequence[int] = (), fill=CONTOH) -> int:
        """Write a row (at row ``pada``, else after the last one); returns its number.
        ``kepala`` styles it as a table header; columns in ``fill_kolom`` get ``fill``."""
        r = pada or self._terakhir.get(id(self.ws), 0) + 1
        for k, x in enumerate(nilai, 1):
            cell = self.sel(r, k, x, format_=format_[k - 1] if format_ else None,
                            fill=fill if k in fill_kolom else None)
            if kepala:
                cell.font, cell.fill = TEBAL, KEPALA
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        return r

    def lebar(self, lebar: Sequence[float]):
        for i, w in enumerate(lebar, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def bekukan(self, baris: int, kolom: int):
        self.ws.freeze_panes = self.ws.cell(baris, kolom)

    def simpan(self) -> bytes:
        out = io.BytesIO()
        self._wb.save(out)
        return out.getvalue()


JENIS_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
