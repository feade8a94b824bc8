"""The history and the comments of any record of a satker (every app's records)."""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from kinerja.core import actions
from kinerja.core.forms import KomentarForm
from kinerja.core.models import Jejak

from .akses import Hak, satker_untuk


def model_berjejak(label: str):
    """A kinerja model whose records belong to a satker (it declares JALUR_SATKER)."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        raise Http404("Jenis data tidak dikenal.") from None
    if not hasattr(model, "JALUR_SATKER"):
        raise Http404("Jenis data tidak dikenal.")
    return model


def objek_satker(model, objek_id, satker):
    """The record, if it belongs to ``satker``; else 404."""
    jalur = model.JALUR_SATKER
    filter_ = {"pk": objek_id} if jalur is None else {"pk": objek_id, jalur: satker}
    if jalur is None and str(objek_id) != str(satker.pk):
        raise Http404("Data tidak ditemukan.")
    try:
        return model.objects.get(**filter_)
    except (model.DoesNotExist, ValueError, ValidationError):
        raise Http404("Data tidak ditemukan.") from None


@login_required
def riwayat(request, kode, model, objek_id):
    satker = satker_untuk(request.user, kode)
    kelas = model_berjejak(model)
    jejak = list(
        Jejak.objects.filter(satker=satker)
        .filter(Q(model=kelas._meta.label_lower, objek_id=str(objek_id))
                | Q(induk=f"{kelas._meta.label_lower}:{objek_id}"))
        .select_related("pelaku")[:500]
    )
    if not jejak:
        objek_satker(kelas, objek_id, satker)  # 404 unless the record is this satker's
    sendiri = [j for j in jejak if j.model == kelas._meta.label_lower]
    return render(request, "core/riwayat.html", {
        "satker": satker, "jejak": jejak, "jenis": kelas._meta.verbose_name,
        "judul": sendiri[0].objek_repr if sendiri else f"#{objek_id}",
    })


def kembali_ke(request, bawaan):
    tujuan = request.POST.get("next") or request.GET.get("next")
    if tujuan and url_has_allowed_host_and_scheme(tujuan, {request.get_host()}, request.is_secure()):
        return tujuan
    return bawaan


@login_required
@require_POST
def komentar(request, kode, model, objek_id):
    satker = satker_untuk(request.user, kode, Hak.KOMENTAR)
    obj = objek_satker(model_berjejak(model), objek_id, satker)
    form = KomentarForm(request.POST)
    if form.is_valid():
        actions.tambah_komentar(obj, form.cleaned_data["teks"], pelaku=request.user, satker=satker)
        messages.success(request, "Komentar tersimpan.")
    else:
        messages.error(request, "Komentar kosong tidak disimpan.")
    return redirect(kembali_ke(request, reverse("beranda")))
