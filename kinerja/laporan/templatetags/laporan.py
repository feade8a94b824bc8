import base64

from django import template

register = template.Library()


@register.filter
def jangkar(x) -> str:
    """The anchor id of a numbered table or figure: tabel-3-1, gambar-3-1."""
    return f"{x.jenis}-{x.nomor.replace('.', '-')}"


@register.filter
def data_uri(gambar) -> str:
    return f"data:{gambar.mime};base64," + base64.b64encode(gambar.isi).decode()
