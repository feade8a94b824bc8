"""Model fields for numbers that every database stores exactly and every page can read.

``ExactDecimalField`` is a ``numeric(15, 4)`` column: 15 significant digits is what a SQLite
REAL gives back exactly and what PostgreSQL's ``numeric(15, 4)`` holds, so a value within
the bounds of :mod:`kinerja.lib.angka` reads back identical on both. Reading never fails:
a row written by hand (text, NaN, a number beyond the bounds) reads as ``Decimal('NaN')``
or as its (out-of-bounds) value, and the pages show that cell as an error with its reason
instead of answering 500 (Django's own SQLite converter raises ``InvalidOperation`` there).
"""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation

from django.db import models

from kinerja.lib.angka import DIGIT_TERSIMPAN, MAKS_DESIMAL

_FLOAT_15 = Context(prec=15)
_LEBAR = Context(prec=100)
NAN = Decimal("NaN")


def read_decimal(nilai, desimal: int = MAKS_DESIMAL) -> Decimal | None:
    """A database value as a Decimal; anything unreadable becomes NaN (never an exception)."""
    if nilai is None:
        return None
    try:
        if isinstance(nilai, float):
            d = _FLOAT_15.create_decimal_from_float(nilai)
        else:
            d = Decimal(str(nilai).strip())
        if not d.is_finite():
            return NAN
        return d.quantize(Decimal(1).scaleb(-desimal), context=_LEBAR)
    except (InvalidOperation, ValueError, TypeError):
        return NAN


class ExactDecimalField(models.DecimalField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", DIGIT_TERSIMPAN)
        kwargs.setdefault("decimal_places", MAKS_DESIMAL)
        super().__init__(*args, **kwargs)

    # Its own internal type keeps the backends' DecimalField converters (which raise on
    # a bad row) away; the column type is still the backend's decimal type.
    def get_internal_type(self):
        return "ExactDecimalField"

    def db_type(self, connection):
        return connection.data_types["DecimalField"] % self.db_type_parameters(connection)

    def from_db_value(self, value, expression, connection):
        return read_decimal(value, self.decimal_places)


class WaktuOtomatisField(models.DateTimeField):
    """``auto_now`` / ``auto_now_add`` read from :func:`kinerja.core.jam.sekarang`, so a
    record loaded through an action inside ``jam.pada(...)`` carries that time."""

    def pre_save(self, model_instance, add):
        if self.auto_now or (self.auto_now_add and add):
            from .jam import sekarang

            nilai = sekarang()
            setattr(model_instance, self.attname, nilai)
            return nilai
        return super().pre_save(model_instance, add)
