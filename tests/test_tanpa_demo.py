"""No test depends on the demo unless it tests the demo: the others run on the small test
satker of tests/kecil.py, built through the actions."""

import pathlib
import re

AKAR = pathlib.Path(__file__).resolve().parent
TANDA_DEMO = re.compile(r"658021|Probolinggo|kinerja\.demo\.muat|\bmuat\(")


def test_hanya_uji_demo_yang_memakai_demo():
    pemakai = sorted(str(p.relative_to(AKAR)) for p in AKAR.rglob("*.py")
                     if p.name not in ("test_demo.py", "test_tanpa_demo.py") and TANDA_DEMO.search(p.read_text()))
    assert pemakai == []
