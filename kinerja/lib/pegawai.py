"""Civil servants as official documents name them: the NIP.

The Nomor Induk Pegawai of a PNS has 18 digits (Peraturan Kepala BKN Nomor 22 Tahun 2007
tentang Nomor Induk Pegawai Negeri Sipil, Pasal 2-3): the date of birth ``YYYYMMDD``, the
month the person became a CPNS ``YYYYMM`` (TMT CPNS), the sex (``1`` man, ``2`` woman) and a
three-digit serial number. A signatory who is not a civil servant (the Ketua and members of
a KPU are commissioners, not PNS: UU 7/2017 Pasal 10 and 21) has no NIP, so an empty NIP is
allowed; a NIP that is given must have this shape.
"""

from __future__ import annotations

import datetime as dt
import re

_SPASI = re.compile(r"[\s.]+")


def bersihkan_nip(teks: str) -> str:
    """The NIP without the spaces (or dots) offices type to group it."""
    return _SPASI.sub("", teks or "")


def masalah_nip(teks: str) -> str | None:
    """Why ``teks`` is not a valid NIP, or None (an empty NIP is valid: no NIP)."""
    nip = bersihkan_nip(teks)
    if not nip:
        return None
    if not nip.isdigit() or len(nip) != 18:
        return "NIP terdiri atas 18 angka."
    try:
        lahir = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "Delapan angka pertama NIP bukan tanggal lahir yang sah (TTTTBBHH)."
    tahun_cpns, bulan_cpns = int(nip[8:12]), int(nip[12:14])
    if not 1 <= bulan_cpns <= 12:
        return "Angka ke-13 dan ke-14 NIP (bulan TMT CPNS) harus 01–12."
    if tahun_cpns < lahir.year + 15:
        return "TMT CPNS pada NIP (angka ke-9 s.d. ke-12) terlalu dekat dengan tahun lahir."
    if nip[14] not in "12":
        return "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2."
    return None


def format_nip(teks: str) -> str:
    """``198001012005011001`` -> ``19800101 200501 1 001`` (as printed under a signature)."""
    nip = bersihkan_nip(teks)
    if len(nip) != 18:
        return nip
    return f"{nip[0:8]} {nip[8:14]} {nip[14]} {nip[15:18]}"
