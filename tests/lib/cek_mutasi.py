"""The mutation floor of kinerja/lib (make mutasi): at least 95% of non-equivalent mutants
killed. Equivalent mutants are listed, each with its reason, in MUTAN_EKUIVALEN.md beside
this file; a listed mutant that is killed (or no longer exists) fails the check too, so
the list stays true.

    python tests/lib/cek_mutasi.py        (after `mutmut run`)
"""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

LANTAI = 0.95
DAFTAR = pathlib.Path(__file__).with_name("MUTAN_EKUIVALEN.md")


def hasil_mutmut() -> dict[str, str]:
    keluar = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"],
                            capture_output=True, text=True, check=True).stdout
    return dict(re.findall(r"^\s*([\w.ǁ]+__mutmut_\d+): (\w[\w ]*)$", keluar, re.M))


def ekuivalen() -> set[str]:
    return set(re.findall(r"^- `([\w.ǁ]+__mutmut_\d+)`", DAFTAR.read_text(), re.M))


def main() -> int:
    hasil = hasil_mutmut()
    if not hasil:
        print("Tidak ada hasil mutmut: jalankan `mutmut run` dahulu.")
        return 1
    daftar = ekuivalen()
    basi = sorted(m for m in daftar if hasil.get(m) != "survived")
    dihitung = {m: s for m, s in hasil.items() if m not in daftar}
    mati = sum(1 for s in dihitung.values() if s == "killed")
    hidup = sorted(m for m, s in dihitung.items() if s != "killed")
    rasio = mati / len(dihitung)
    print(f"mutan: {len(hasil)}; ekuivalen terdaftar: {len(daftar)}; dibunuh {mati} dari {len(dihitung)} "
          f"= {rasio:.1%} (lantai {LANTAI:.0%})")
    for m in hidup:
        print(f"  hidup: {m} ({dihitung[m]})")
    for m in basi:
        print(f"  daftar ekuivalen basi (tidak lagi hidup): {m}")
    return 0 if rasio >= LANTAI and not basi else 1


if __name__ == "__main__":
    sys.exit(main())
