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


@register.simple_tag(takes_context=True)
def sumber_gambar(context, gambar) -> str:
    """The image's address: a name the PDF renderer resolves itself (no base64 for WeasyPrint
    to parse), else the image inline as a data: URI (the web preview)."""
    alamat = context.get("alamat_gambar")
    if alamat is not None:
        return alamat[id(gambar)]
    return data_uri(gambar)
