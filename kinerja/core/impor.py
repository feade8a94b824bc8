"""Reading an uploaded table (XLSX or CSV) for an atomic import.

An import reads the whole file first, checks every row, and writes only when no row has
an error, in one action (one transaction); otherwise nothing is written and the user sees
each bad row with its reason. This module does the reading: the header row is matched to
the import's columns by name (case, spaces and punctuation ignored; alternative names
allowed), each data row comes back as a dict with its row number as the user sees it in
the sheet. Cells stay as read (numbers as numbers, text as text); the import parses them.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

MAKS_BARIS = 100_000


@dataclass(frozen=True)
class Kolom:
    nama: str  # the key of the row dict, and the header written in the template
    alias: tuple[str, ...] = ()
    wajib: bool = True


@dataclass
class Galat:
    baris: int | None  # the sheet's row number; None for the file as a whole
    pesan: str
    peringatan: bool = False  # a warning the user may confirm, not an error


@dataclass
class HasilImpor:
    galat: list[Galat] = field(default_factory=list)
    jumlah: int = 0
    ditulis: bool = False

    @property
    def peringatan(self) -> list[Galat]:
        return [g for g in self.galat if g.peringatan]

    @property
    def kesalahan(self) -> list[Galat]:
        return [g for g in self.galat if not g.peringatan]

    @property
    def berhasil(self) -> bool:
        return self.ditulis


class BerkasTidakTerbaca(ValueError):
    """The file cannot be read as a table; the message is for the user."""


def _kunci(teks) -> str:
    return re.sub(r"[^a-z0-9]", "", str(teks or "").lower())


def _baris_xlsx(data: bytes):
    from openpyxl import load_workbook

    # an uploaded workbook is untrusted: whatever its parser raises (bad zip, broken XML, a
    # missing sheet, a string index out of range), the file is unreadable, never a 500
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        ws = wb.worksheets[0]
        baris = [(nomor, list(b)) for nomor, b in enumerate(ws.iter_rows(values_only=True), 1)]
        wb.close()
    except Exception as e:  # noqa: BLE001
        raise BerkasTidakTerbaca("Berkas bukan XLSX yang dapat dibaca (rusak atau bukan buku kerja Excel). "
                                 "Simpan ulang dari Excel sebagai .xlsx, atau unggah CSV.") from e
    return baris


def _baris_csv(data: bytes, dikenal: set[str] | None = None):
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text" is UTF-16 (tab-separated)
        try:
            teks = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise BerkasTidakTerbaca("Berkas UTF-16 tidak dapat dibaca; simpan ulang sebagai CSV UTF-8.") from e
    else:
        try:
            teks = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                teks = data.decode("cp1252")
            except UnicodeDecodeError as e:
                raise BerkasTidakTerbaca("Berkas CSV bukan teks UTF-8.") from e
    if "\x00" in teks:
        raise BerkasTidakTerbaca("Berkas CSV berisi karakter yang tidak sah; simpan ulang sebagai CSV UTF-8.")
    pemisah = _pemisah(teks, dikenal or set())
    for nomor, baris in enumerate(csv.reader(io.StringIO(teks), delimiter=pemisah), 1):
        yield nomor, baris


def _pemisah(teks: str, dikenal: set[str]) -> str:
    """The column separator: the one that splits the header line into the most known column
    names (a comma inside quoted amounts such as "11,532,901" cannot mislead it); else the
    sniffer's guess; else ";" (Indonesian spreadsheets use ";", the comma is the decimal mark)."""
    kepala = next((b for b in teks.splitlines() if b.strip()), "")
    skor = {p: sum(_kunci(x) in dikenal for x in next(csv.reader([kepala], delimiter=p), []))
            for p in (";", "\t", ",")}
    terbaik = max(skor, key=lambda p: skor[p])
    if skor[terbaik] > 0:
        return terbaik
    try:
        return csv.Sniffer().sniff(teks[:4096], delimiters=";,\t").delimiter
    except csv.Error:
        return ";"


def baca(berkas, kolom: list[Kolom]) -> tuple[list[tuple[int, dict]], list[Galat]]:
    """The data rows of an uploaded file as (row number, {column: cell}), and the problems
    of the file itself (unreadable, a required column missing, too many rows)."""
    nama = (getattr(berkas, "name", "") or "").lower()
    data = berkas.read()
    if not data:
        return [], [Galat(None, "Berkas kosong.")]
    try:
        if nama.endswith(".xlsx") or data[:2] == b"PK":
            sumber = _baris_xlsx(data)
        elif nama.endswith(".csv") or nama.endswith(".txt"):
            sumber = _baris_csv(data, {_kunci(n) for k in kolom for n in (k.nama, *k.alias)})
        else:
            return [], [Galat(None, "Jenis berkas tidak dikenal: unggah XLSX atau CSV.")]
        semua = list(sumber)
    except BerkasTidakTerbaca as e:
        return [], [Galat(None, str(e))]
    except (csv.Error, ValueError):
        return [], [Galat(None, "Berkas tidak dapat dibaca sebagai tabel. Unggah XLSX atau CSV dari templat.")]
    while semua and not any(str(x or "").strip() for x in semua[0][1]):
        semua.pop(0)
    if not semua:
        return [], [Galat(None, "Berkas tidak berisi tabel.")]
    nomor_kepala, kepala = semua[0]
    peta: dict[str, int] = {}
    dikenal = {}
    for k in kolom:
        for nama_kolom in (k.nama, *k.alias):
            dikenal[_kunci(nama_kolom)] = k.nama
    for i, judul in enumerate(kepala):
        nama_kolom = dikenal.get(_kunci(judul))
        if nama_kolom and nama_kolom not in peta:
            peta[nama_kolom] = i
    hilang = [k.nama for k in kolom if k.wajib and k.nama not in peta]
    if hilang:
        return [], [Galat(nomor_kepala, "Kolom wajib tidak ditemukan di baris judul: " + ", ".join(hilang)
                          + ". Hanya lembar pertama yang dibaca; unduh templat untuk melihat susunan kolomnya.")]
    hasil = []
    lebih: list[Galat] = []
    for nomor, sel in semua[1:]:
        if not any(str(x if x is not None else "").strip() for x in sel):
            continue
        if any(str(x if x is not None else "").strip() for x in sel[len(kepala):]):
            # in a CSV, most often a comma inside a text that is not in quotes: its end would be lost
            lebih.append(Galat(nomor, "Baris ini berisi lebih banyak sel daripada judul kolom (mungkin ada pemisah "
                                      "di dalam teks tanpa tanda kutip); isinya tidak dibaca sebagian."))
        hasil.append((nomor, {k: (sel[i] if i < len(sel) else None) for k, i in peta.items()}))
        if len(hasil) > MAKS_BARIS:
            return [], [Galat(None, f"Berkas berisi lebih dari {MAKS_BARIS:,} baris.".replace(",", "."))]
    if lebih:
        return [], lebih
    if not hasil:
        return [], [Galat(None, "Berkas hanya berisi baris judul.")]
    return hasil, []


def teks(sel) -> str:
    """A cell as trimmed text (a whole number read from Excel without its ".0")."""
    if sel is None:
        return ""
    if isinstance(sel, float) and sel.is_integer():
        return str(int(sel))
    return str(sel).strip()
