"""The capaian cell, rendered in Python: the dashboard draws ~100 of them per page."""

from django import template
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

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


@register.simple_tag
def sel_periode(s, satker, tahun, indikator):
    """Capaian, realisasi (linked to its entry form) and target of one period."""
    if not s.wajib and s.realisasi.nilai is None:
        return mark_safe(TIDAK_DIUKUR)
    real = escape(s.realisasi_teks)
    if s.triwulan:
        url = reverse("pengukuran:isi", kwargs={"kode": satker.kode, "tahun": tahun, "tw": s.periode,
                                     "indikator_id": indikator.pk})
        real = f'<a href="{escape(url)}">{real}</a>'
    return mark_safe(
        f'{pil_capaian(s)}<span class="rt" title="Realisasi">R {real}{CONTOH_R if s.contoh else ""}</span>'
        f'<span class="rt" title="Target">T {escape(s.target_teks)}{CONTOH_T if s.target_contoh else ""}</span>')


@register.filter
def disetujui(s, m):
    """Whether the figures of cell ``s`` are approved: its quarter (the year: TW IV, the last
    one it rests on) approved by the pimpinan."""
    from kinerja.lib.alur import StatusTriwulan

    periode = s.periode if s.triwulan else "TW4"
    return m.status.get(periode) == StatusTriwulan.DISETUJUI


@register.filter
def label_status_triwulan(kode):
    from kinerja.lib.alur import StatusTriwulan

    try:
        return StatusTriwulan(kode).label
    except ValueError:
        return kode
