"""The shared list table: text is escaped, links and badges drawn, an empty table says so."""

from django.template.loader import render_to_string

from kinerja.core.tables import Cell, Table


def test_tabel_menggambar_sel_dan_meloloskan_teks():
    t = Table(["Nama", "Jumlah"])
    t.add(Cell("<script>x</script>", url="/s/1/", badge="contoh"), Cell("1.234", number=True))
    html = render_to_string("core/_table.html", {"table": t})
    assert "<th>Nama</th><th>Jumlah</th>" in html
    assert '<a href="/s/1/">&lt;script&gt;x&lt;/script&gt;</a> <span class="lencana contoh">contoh</span>' in html
    assert '<td class="angka">1.234</td>' in html


def test_tabel_kosong_menyebutnya():
    html = render_to_string("core/_table.html", {"table": Table(["A", "B"], empty="Belum ada pengguna.")})
    assert '<td colspan="2">Belum ada pengguna.</td>' in html
