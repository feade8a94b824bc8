"""No write outside actions.py: views and forms call actions; they never save a model,
delete one, or call the audit writer themselves."""

import ast
import pathlib

AKAR = pathlib.Path(__file__).resolve().parents[1] / "kinerja"
TULIS = {"save", "delete", "create", "update", "bulk_create", "bulk_update", "get_or_create",
         "update_or_create", "catat", "save_object", "delete_object", "ubah_status", "set_password"}


def _berkas():
    for p in sorted(AKAR.rglob("*.py")):
        bagian = p.relative_to(AKAR).parts
        if p.name in ("views.py", "forms.py") or "views" in bagian[:-1] or "templatetags" in bagian:
            yield p


def _pelanggaran(p):
    for node in ast.walk(ast.parse(p.read_text())):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        nama = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
        if nama not in TULIS:
            continue
        if nama == "save" and any(k.arg == "commit" and isinstance(k.value, ast.Constant)
                                  and k.value.value is False for k in node.keywords):
            continue  # form.save(commit=False) only builds the instance an action then saves
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "actions":
            continue
        yield f"{p.relative_to(AKAR)}:{node.lineno} {ast.unparse(node)[:80]}"


def test_views_dan_forms_tidak_menulis_sendiri():
    berkas = list(_berkas())
    assert len(berkas) >= 6
    pelanggaran = [x for p in berkas for x in _pelanggaran(p)]
    assert pelanggaran == []


def test_pemeriksa_menangkap_penulisan(tmp_path):
    contoh = tmp_path / "views.py"
    contoh.write_text("def v(r):\n    obj.save()\n    catat(u, 'x', o, satker=s)\n"
                      "    form.save(commit=False)\n    actions.simpan(u)\n")
    assert len(list(_pelanggaran_di(contoh))) == 2


def _pelanggaran_di(p):
    global AKAR
    lama, AKAR = AKAR, p.parent
    try:
        return list(_pelanggaran(p))
    finally:
        AKAR = lama
