"""Bulk writes for imports: many rows in one ``executemany``, without building a model
instance per row.

Django's ``bulk_create`` costs about 30 µs per row in Python (an instance, every field's
``pre_save`` and ``get_db_prep_save``); an import of a national DIPA writes hundreds of
thousands. These helpers take plain values in the model's column order, prepare the
columns that need it (dates, decimals) once per value with the field's own
``get_db_prep_save``, and send them with the backend's ``executemany``, on SQLite and on
PostgreSQL alike (there through ``COPY``). They validate nothing and write no audit row: the caller (an import
action) has checked every row and records the change with
:func:`kinerja.core.audit.catat_banyak`, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection, models

_SIAP = (models.IntegerField, models.BigIntegerField, models.CharField, models.TextField, models.BooleanField,
         models.ForeignKey)


def _penyiap(model, kolom: Sequence[str]):
    fields = [model._meta.get_field(k) for k in kolom]
    siap = []
    for f in fields:
        if isinstance(f, _SIAP) and not isinstance(f, models.DecimalField):
            siap.append(None)
        else:
            siap.append(_sekali(lambda v, f=f: f.get_db_prep_save(v, connection)))
    return [f.column for f in fields], siap


def _sekali(fungsi):
    """``fungsi`` remembering its last argument: an import stamps every row with one time."""
    terakhir: list = [object(), None]

    def siap(v):
        if v is not terakhir[0]:
            terakhir[0], terakhir[1] = v, fungsi(v)
        return terakhir[1]

    return siap


def _baris_db(baris: Iterable[Sequence], siap) -> list[tuple]:
    if all(s is None for s in siap):
        return [tuple(b) for b in baris]
    return [tuple(v if s is None else s(v) for v, s in zip(b, siap)) for b in baris]


def sisipkan(model, kolom: Sequence[str], baris: Iterable[Sequence]) -> int:
    """INSERT rows of ``kolom`` values (field names) into ``model``'s table."""
    nama_kolom, siap = _penyiap(model, kolom)
    data = _baris_db(baris, siap)
    if not data:
        return 0
    q = connection.ops.quote_name
    if connection.vendor == "postgresql":  # COPY: no statement to parse, no round trip per chunk
        sql = f"COPY {q(model._meta.db_table)} ({', '.join(q(k) for k in nama_kolom)}) FROM STDIN"
        with connection.cursor() as c, c.cursor.copy(sql) as salin:
            for b in data:
                salin.write_row(b)
        return len(data)
    # multi-row VALUES in chunks: one statement per chunk (PostgreSQL pays a round trip per
    # statement), within the backend's limit of query parameters
    batas = getattr(connection.features, "max_query_params", None) or 32_000
    per = max(1, min(1000, batas // len(nama_kolom)))
    satu = f"({', '.join(['%s'] * len(nama_kolom))})"
    awal = f"INSERT INTO {q(model._meta.db_table)} ({', '.join(q(k) for k in nama_kolom)}) VALUES "
    with connection.cursor() as c:
        for i in range(0, len(data), per):
            potong = data[i:i + per]
            c.execute(awal + ", ".join([satu] * len(potong)), [v for b in potong for v in b])
    return len(data)


def perbarui(model, kolom: Sequence[str], baris: Iterable[Sequence]) -> int:
    """UPDATE ``kolom`` of rows given as (pk, *values)."""
    nama_kolom, siap = _penyiap(model, kolom)
    data = [(*_baris_db([b[1:]], siap)[0], b[0]) for b in baris]
    if not data:
        return 0
    q = connection.ops.quote_name
    sql = (f"UPDATE {q(model._meta.db_table)} SET {', '.join(f'{q(k)} = %s' for k in nama_kolom)} "
           f"WHERE {q(model._meta.pk.column)} = %s")
    with connection.cursor() as c:
        c.executemany(sql, data)
    return len(data)
