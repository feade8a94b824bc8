"""The navigation: a registry each app adds its entries to, with the right that sees each.

``base.html`` draws the registry (kinerja.organisasi.templatetags.navigation knows the
rights), so a new app adds its menu entry in its AppConfig.ready() and edits no template.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    label: str
    url_name: str  # a namespaced URL name that takes only the satker ``kode``
    hak: str = "baca"  # the right (kinerja.organisasi.akses.Hak value) that sees this entry
    urutan: int = 50


_ENTRIES: dict[str, Entry] = {}


def register(label: str, url_name: str, *, hak: str = "baca", urutan: int = 50) -> Entry:
    e = Entry(label, url_name, hak, urutan)
    _ENTRIES[url_name] = e
    return e


def entries() -> list[Entry]:
    return sorted(_ENTRIES.values(), key=lambda e: (e.urutan, e.label))
