"""The satker menu: every registered entry (kinerja.core.navigation) the user has the right to see."""

from django import template
from django.urls import reverse

from kinerja.core import navigation

from ..akses import hak_pengguna

register = template.Library()


@register.inclusion_tag("core/_navigasi.html", takes_context=True)
def menu_satker(context, satker):
    request = context.get("request")
    hak = {str(h) for h in hak_pengguna(request.user, satker)} if request else set()
    entri = [(e, reverse(e.url_name, kwargs={"kode": satker.kode}))
             for e in navigation.entries() if e.hak in hak]
    path = request.path if request else ""
    # the entry whose URL is the longest prefix of this page is the current one
    cocok = max((url for _, url in entri if path.startswith(url)), key=len, default=None)
    return {"entri": [(e.label, url, url == cocok) for e, url in entri]}
