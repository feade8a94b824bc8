"""What apps above the measurement app add to the capaian dashboard, per sasaran.

A registry, like the navigation: the budget app registers a function that gives, for a
satker, year and capaian matrix, one line of plain text per sasaran kegiatan id (its
absorption and efficiency); the dashboard prints it under the sasaran's heading. The
measurement app never imports the apps that sit above it.
"""

from __future__ import annotations

from collections.abc import Callable

Penyedia = Callable[[object, int, object], dict[int, str]]
_PENYEDIA: list[Penyedia] = []


def register_sasaran(fungsi: Penyedia) -> Penyedia:
    if fungsi not in _PENYEDIA:
        _PENYEDIA.append(fungsi)
    return fungsi


def keterangan_sasaran(satker, tahun: int, matriks) -> dict[int, list[str]]:
    hasil: dict[int, list[str]] = {}
    for fungsi in _PENYEDIA:
        for sasaran_id, teks in fungsi(satker, tahun, matriks).items():
            hasil.setdefault(sasaran_id, []).append(teks)
    return hasil
