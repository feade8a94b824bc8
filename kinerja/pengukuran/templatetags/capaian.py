"""The capaian cell, rendered in Python: the dashboard draws ~100 of them per page."""

from django import template
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from kinerja.lib.alur import StatusTriwulan
from kinerja.lib.periode import TRIWULAN

register = template.Library()
IKU = ' <span class="lencana iku">IKU</span>'

CONTOH_R = '<sup class="contoh" title="Realisasi contoh: dibangkitkan untuk demo, bukan data resmi">contoh</sup>'
CONTOH_T = '<sup class="contoh" title="Target contoh: tidak tercantum di sumber">contoh</sup>'
TIDAK_DIUKUR = '<span class="kecil" title="Indikator ini tidak diukur pada periode ini">tidak diukur</span>'


@register.simple_tag
def pil_capaian(s):
    """The coloured capaian of one cell, or the reason it cannot be computed."""
    if s.galat:
        return format_html('<span class="kat kat-galat" title="{}">galat</span><span class="catatan">{}</span>',
                           s.galat, s.galat)
    if s.hasil.dapat_dihitung:
        judul = s.kategori.label + (f". {s.hasil.catatan}" if s.hasil.catatan else "")
        return format_html('<span class="kat {}" title="{}">{}</span>', s.kategori.kelas, judul, s.capaian_teks)
    if not s.wajib:
        return mark_safe(TIDAK_DIUKUR)
    alasan = s.alasan
    return format_html('<span class="kat kat-na" title="{}">–</span><span class="catatan">{}</span>', alasan, alasan)


def _isi_sel(s, url_isi: str) -> str:
    """Capaian, realisasi (linked to ``url_isi``, its entry form) and target of one period."""
    if not s.wajib and s.realisasi.nilai is None:
        return TIDAK_DIUKUR
    real = escape(s.realisasi_teks)
    if s.triwulan:
        real = f'<a href="{url_isi}">{real}</a>'
    return (f'{pil_capaian(s)}<span class="rt" title="Realisasi">R {real}{CONTOH_R if s.contoh else ""}</span>'
            f'<span class="rt" title="Target">T {escape(s.target_teks)}{CONTOH_T if s.target_contoh else ""}</span>')


def _awalan_isi(kode, tahun) -> dict[str, str]:
    """The entry-form URL of each quarter without its indicator id: one reverse() per quarter
    per page instead of one per cell (the dashboard draws about a hundred cells)."""
    hasil = {}
    for tw in TRIWULAN:
        url = reverse("pengukuran:isi", kwargs={"kode": kode, "tahun": tahun, "tw": tw, "indikator_id": 1})
        assert url.endswith("/1/")
        hasil[tw] = escape(url[:-2])
    return hasil


@register.simple_tag
def badan_dasbor(m, satker, tahun, keterangan=None):
    """The dashboard's table body, drawn in Python: the template engine's per-variable cost
    over ~100 cells was a quarter of the uncached dashboard (README, Performance). Cells of
    quarters the pimpinan has not approved get class ``belum`` (the year: TW IV)."""
    url_ind = reverse("perencanaan:indikator", kwargs={"kode": satker.kode, "indikator_id": 1})
    assert url_ind.endswith("/1/")
    url_ind = escape(url_ind[:-2])
    awalan = _awalan_isi(satker.kode, tahun)
    disetujui = {p: m.status.get(p) == StatusTriwulan.DISETUJUI for p in TRIWULAN}
    keluar: list[str] = []
    tambah = keluar.append
    for sasaran, daftar in m.kelompok_sasaran():
        tambahan = "".join(f'<span class="catatan">{escape(t)}</span>' for t in (keterangan or {}).get(sasaran.pk, []))
        tambah(f'<tr class="sasaran"><td colspan="8">Sasaran: {escape(sasaran.uraian)}{tambahan}</td></tr>\n')
        for b in daftar:
            ind = b.indikator
            pk = int(ind.pk)
            sub = ind.subbagian
            tambah(f'<tr>\n<td>{escape(ind.kode)}</td>\n<td class="kolom-indikator"><a href="{url_ind}{pk}/">'
                   f'{escape(ind.nama)}</a>{IKU if ind.iku else ""}\n'
                   f'<span class="catatan">{escape(sub) if sub else ""}</span></td>\n')
            for s in b.daftar_sel():
                periode = s.periode if s.triwulan else "TW4"
                kelas = "angka sel" if disetujui[periode] else "angka sel belum"
                url = f"{awalan[s.periode]}{pk}/" if s.triwulan else ""
                tambah(f'<td class="{kelas}">{_isi_sel(s, url)}</td>')
            tambah(f'\n<td>{escape(b.tahun.kategori.label)}</td>\n</tr>\n')
    if not keluar:
        return mark_safe('<tr><td colspan="8">PK belum berisi indikator.</td></tr>\n')
    return mark_safe("".join(keluar))


@register.filter
def label_status_triwulan(kode):
    from kinerja.lib.alur import StatusTriwulan

    try:
        return StatusTriwulan(kode).label
    except ValueError:
        return kode
