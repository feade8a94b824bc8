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

FORMAT_INTEGER = "#,##0"
FORMAT_DECIMAL = "#,##0.00"
FORMAT_PERCENT = "#,##0.00"  # a percentage as a number of percent points (82,21), not 0,8221
FORMAT_DATE = "d mmmm yyyy"
FORMAT_DATETIME = "d mmmm yyyy hh:mm"

TITLE_FONT = Font(bold=True, size=13)
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="FFE8F0F8")
EXAMPLE_FILL = PatternFill("solid", start_color="FFFFF3D6")

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_FORBIDDEN_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


# beyond openpyxl's control characters: lone surrogates and the two non-characters XML 1.0 forbids
_BUKAN_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def safe_text(text: str) -> str:
    """Text that XML can hold (control characters, lone surrogates, U+FFFE and U+FFFF replaced)."""
    return _BUKAN_XML.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("\ufffd", text))


def _write(cell, value, number_format: str | None = None):
    if value is None:
        cell.value = None
    elif isinstance(value, bool):
        cell.value = "Ya" if value else "Tidak"
        cell.data_type = "s"
    elif isinstance(value, (int, Decimal, float)):
        if isinstance(value, Decimal) and not value.is_finite():
            cell.value = "tidak valid"
            cell.data_type = "s"
        else:
            cell.value = value
            cell.number_format = number_format or (FORMAT_INTEGER if isinstance(value, int) else FORMAT_DECIMAL)
    elif isinstance(value, dt.datetime):
        if value.tzinfo is not None:  # Excel has no time zones: the site's local time
            from django.utils import timezone

            value = timezone.localtime(value).replace(tzinfo=None)
        cell.value = value
        cell.number_format = number_format or FORMAT_DATETIME
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = number_format or FORMAT_DATE
    else:
        text = safe_text(str(value))
        cell.value = text
        cell.data_type = "s"  # never a formula, whatever it starts with
        if text.startswith(_FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


class XlsxBook:
    """A workbook being written; :meth:`save` gives its bytes."""

    def __init__(self, sheet_title: str):
        self._wb = Workbook()
        self._last_row: dict[int, int] = {}  # last written row per sheet
        self.ws = self._wb.active
        self.ws.title = self._sheet_name(sheet_title)

    @staticmethod
    def _sheet_name(name: str) -> str:
        return (_FORBIDDEN_IN_SHEET_NAME.sub("-", safe_text(name)).strip("'") or "Lembar")[:31]

    def new_sheet(self, title: str):
        self.ws = self._wb.create_sheet(self._sheet_name(title))
        return self.ws

    def cell(self, row: int, column: int, value, *, number_format: str | None = None, font=None, fill=None):
        cell = _write(self.ws.cell(row, column), value, number_format)
        self._last_row[id(self.ws)] = max(self._last_row.get(id(self.ws), 0), row)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        return cell

    def title(self, text: str, row: int = 1):
        return self.cell(row, 1, text, font=TITLE_FONT)

    def row(self, values: Sequence, *, at: int | None = None,
            number_format: Sequence[str | None] | None = None, header: bool = False,
            fill_columns: Sequence[int] = (), fill=EXAMPLE_FILL) -> int:
        """Write a row (at row ``at``, else after the last one); returns its number.
        ``header`` styles it as a table header; columns in ``fill_columns`` get ``fill``."""
        r = at or self._last_row.get(id(self.ws), 0) + 1
        for k, x in enumerate(values, 1):
            cell = self.cell(r, k, x, number_format=number_format[k - 1] if number_format else None,
                             fill=fill if k in fill_columns else None)
            if header:
                cell.font, cell.fill = BOLD, HEADER_FILL
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        return r

    def widths(self, widths: Sequence[float]):
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def freeze(self, row: int, column: int):
        self.ws.freeze_panes = self.ws.cell(row, column)

    def save(self) -> bytes:
        out = io.BytesIO()
        self._wb.save(out)
        return out.getvalue()


XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
