"""Simple list tables, shared by every app: a view builds a :class:`Table`, the partial
``core/_table.html`` draws it (headers, linked cells, badges, an empty-row message)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    text: str
    url: str = ""
    badge: str = ""  # a small label after the text, e.g. "contoh"
    number: bool = False  # right-aligned figures


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    empty: str = "Belum ada data."

    def add(self, *cells: Cell | str) -> None:
        self.rows.append([c if isinstance(c, Cell) else Cell(str(c)) for c in cells])
