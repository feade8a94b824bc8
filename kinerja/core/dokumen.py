"""A document as plain data: sections, paragraphs, tables and figures, numbered once.

The Laporan Kinerja (kinerja.laporan) is built as one :class:`Dokumen`; every renderer (HTML
preview, PDF, DOCX, XLSX) lays out the same object and none computes a figure. Apps below
the report add their own tables to it through :func:`register_bagian` (like the dashboard
registry in ``core.dasbor``): the register and election apps give, for a satker and year,
the blocks of their part of BAB III, and the report places them under the heading named
by ``tempat`` without importing them.

A cell keeps its value beside its text (``Sel.nilai``), so that a renderer can write a
number as a number (XLSX) and a test can compare every rendering with the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar
from decimal import Decimal


@dataclass
class Sel:
    teks: str
    nilai: Decimal | int | str | None = None  # the figure behind the text, when there is one
    kelas: str = ""  # a category colour class (kategori-*) or "jumlah" for a total row
    rata: str = ""  # "kanan" for figures

    @classmethod
    def angka(cls, teks: str, nilai, kelas: str = "") -> Sel:
        return cls(teks, nilai, kelas, "kanan")


@dataclass
class Paragraf:
    jenis: ClassVar[str] = "paragraf"
    teks: str
    gaya: str = ""  # "" | "kesenjangan" (a gap in the data, stated) | "catatan" | "contoh"


@dataclass
class Daftar:
    jenis: ClassVar[str] = "daftar"
    butir: list[str]
    bernomor: bool = False


@dataclass
class Tabel:
    jenis: ClassVar[str] = "tabel"
    judul: str
    kolom: list[str]
    baris: list[list[Sel]] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)  # notes under the table (method, source)
    kosong: str = ""  # when there are no rows: why, printed in the table's place
    contoh: bool = False  # holds example (contoh) figures
    nama_lembar: str = ""  # a short sheet name for the XLSX export
    nomor: str = ""  # set by Dokumen.nomori

    @property
    def label(self) -> str:
        return f"Tabel {self.nomor}" if self.nomor else "Tabel"


@dataclass
class Gambar:
    jenis: ClassVar[str] = "gambar"
    judul: str
    isi: bytes  # PNG or JPEG, at print resolution
    mime: str = "image/png"
    keterangan: str = ""
    contoh: bool = False
    nomor: str = ""

    @property
    def label(self) -> str:
        return f"Gambar {self.nomor}" if self.nomor else "Gambar"


@dataclass
class TandaTangan:
    jenis: ClassVar[str] = "ttd"
    tempat: str
    tanggal: str
    jabatan: str
    nama: str
    nip: str = ""


@dataclass
class PemisahHalaman:
    jenis: ClassVar[str] = "pisah"


Blok = Paragraf | Daftar | Tabel | Gambar | TandaTangan | PemisahHalaman


@dataclass
class Bagian:
    judul: str
    kunci: str  # a stable key: "bab3.a", "ringkasan"
    isi: list[Blok] = field(default_factory=list)
    sub: list[Bagian] = field(default_factory=list)
    bab: str = ""  # "1".."4" for BAB I-IV, "L" for the annexes: tables and figures inside are numbered bab.k
    halaman_baru: bool = False
    depan: bool = False  # front matter: before the tables of contents

    def semua(self):
        """This section and every section below it, depth first."""
        yield self
        for s in self.sub:
            yield from s.semua()


@dataclass
class Dokumen:
    judul: str
    subjudul: list[str]
    bagian: list[Bagian] = field(default_factory=list)
    kesenjangan: list[str] = field(default_factory=list)  # every gap stated in the document
    contoh: bool = False
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def bagian_depan(self) -> list[Bagian]:
        return [b for b in self.bagian if b.depan]

    @property
    def bagian_utama(self) -> list[Bagian]:
        return [b for b in self.bagian if not b.depan]

    def bagian_semua(self):
        for b in self.bagian:
            yield from b.semua()

    def blok(self, jenis):
        for b in self.bagian_semua():
            for x in b.isi:
                if isinstance(x, jenis):
                    yield x

    @property
    def tabel(self) -> list[Tabel]:
        return list(self.blok(Tabel))

    @property
    def gambar(self) -> list[Gambar]:
        return list(self.blok(Gambar))

    def nomori(self) -> None:
        """Number tables and figures bab.k (3.1, 3.2 in BAB III; L.1 in the annexes), k in the
        order they appear; a top-level section without ``bab`` numbers k alone."""
        for bab in self.bagian:
            tabel = gambar = 0
            awalan = f"{bab.bab}." if bab.bab else ""
            for b in bab.semua():
                for x in b.isi:
                    if isinstance(x, Tabel):
                        tabel += 1
                        x.nomor = f"{awalan}{tabel}"
                    elif isinstance(x, Gambar):
                        gambar += 1
                        x.nomor = f"{awalan}{gambar}"


# --- additions from other apps -------------------------------------------------------------

Penyedia = Callable[[object, int], list[Blok]]
_BAGIAN: dict[str, list[tuple[str, Penyedia]]] = {}


def register_bagian(tempat: str, judul: str, fungsi: Penyedia) -> Penyedia:
    """Add a sub-section titled ``judul`` under the report section ``tempat`` (e.g. "bab3.a",
    "bab1"); ``fungsi(satker, tahun)`` returns its blocks."""
    daftar = _BAGIAN.setdefault(tempat, [])
    if all(f is not fungsi for _, f in daftar):
        daftar.append((judul, fungsi))
    return fungsi


def tambahan(tempat: str) -> list[tuple[str, Penyedia]]:
    return list(_BAGIAN.get(tempat, []))
