"""The pages of every register, from its declaration: a year's list, a record's form and
detail, delete, the import with its template, the export. One GET page each, one POST view
per verb; access through the satker (kinerja.organisasi.akses)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from kinerja.core import jam
from kinerja.core.audit import snapshot
from kinerja.core.forms import IndonesianDateField, VersionField, errors_to_form
from kinerja.core.limits import body_limit
from kinerja.core.tables import Cell, Table
from kinerja.core.versions import wrap
from kinerja.core.xlsx import XLSX_CONTENT_TYPE
from kinerja.lib.angka import format_tanggal
from kinerja.lib.periode import LABEL_PERIODE, TRIWULAN
from kinerja.organisasi.akses import Hak, hak_pengguna, satker_untuk
from kinerja.organisasi.kalender import TAHUN_AKHIR, TAHUN_AWAL, tahun_sah

from . import actions, berkas
from .deklarasi import REGISTER, Register
from .forms import kelas_form


class ImporForm(forms.Form):
    berkas = forms.FileField(label="Berkas XLSX atau CSV")


class PantauForm(forms.Form):
    per = IndonesianDateField(required=False, error_messages={
        "invalid": "Tanggal tidak dikenal; tulis seperti 20/11/2024 atau 2024-11-20."})


def _cek_tahun(tahun: int) -> None:
    if not tahun_sah(tahun):
        raise Http404(f"Register tersedia untuk tahun {TAHUN_AWAL} sampai {TAHUN_AKHIR}.")


def _register(kunci: str) -> Register:
    r = REGISTER.get(kunci)
    if r is None:
        raise Http404("Register tidak dikenal.")
    return r


def _teks(obj, nama: str) -> str:
    f = obj._meta.get_field(nama)
    v = getattr(obj, nama)
    if isinstance(f, models.BooleanField):
        return "ya" if v else "tidak"
    if f.choices:
        return getattr(obj, f"get_{nama}_display")() if v else "–"
    if isinstance(f, models.DateField):
        return format_tanggal(v)
    return str(v) if v not in (None, "") else "–"


@login_required
def beranda(request, kode):
    satker_untuk(request.user, kode)
    return redirect("register:ringkasan", kode=kode, tahun=jam.sekarang().year)


@login_required
def ringkasan(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    _cek_tahun(tahun)
    from .ukuran import hitung_semua

    table = Table(["Register", "Catatan", "Untuk"])
    for r in REGISTER.values():
        table.add(Cell(r.judul, url=reverse("register:daftar", kwargs={"kode": satker.kode, "register": r.kunci,
                                                                      "tahun": tahun})),
                  Cell(str(r.catatan(satker, tahun).count()), number=True), r.keterangan)
    from kinerja.pengukuran.layanan import matriks

    from .layanan import indikator_terikat
    from .models import IkatanUkuran
    from .ukuran import UKURAN

    ukuran = hitung_semua(satker, tahun)
    baris = matriks(satker, tahun).baris
    terikat = {ind.pk: (ikatan, tw) for ind, ikatan, tw in indikator_terikat(satker, tahun, ukuran)}
    tersimpan = {i.indikator_id: i for i in IkatanUkuran.objects.filter(indikator__in=[b.indikator for b in baris])}
    pk_baris = [(b, tersimpan.get(b.indikator.pk), *terikat.get(b.indikator.pk, (None, None))) for b in baris]
    return render(request, "register/ringkasan.html", {
        "satker": satker, "tahun": tahun, "table": table, "ukuran": ukuran, "pk_baris": pk_baris,
        "semua_ukuran": list(UKURAN.values()), "hak": hak_pengguna(request.user, satker), "triwulan": TRIWULAN})


@login_required
def daftar(request, kode, register, tahun):
    satker = satker_untuk(request.user, kode)
    _cek_tahun(tahun)
    r = _register(register)
    table = Table([r.label(n) for n in r.daftar_kolom], empty=f"Belum ada catatan {r.judul.lower()} {tahun}.")
    for obj in r.catatan(satker, tahun):
        sel = [_teks(obj, n) for n in r.daftar_kolom]
        table.add(Cell(sel[0], url=obj.get_absolute_url(), badge="contoh" if obj.contoh else ""), *sel[1:])
    return render(request, "register/daftar.html", {
        "satker": satker, "tahun": tahun, "r": r, "table": table, "hak": hak_pengguna(request.user, satker)})


def _halaman_isian(request, satker, r, tahun, form, obj=None, status=200):
    return render(request, "register/isian.html", {
        "satker": satker, "tahun": tahun, "r": r, "form": form, "obj": obj,
        "hak": hak_pengguna(request.user, satker), "label_model": r.model._meta.label_lower,
        "rincian": [(r.label(n), _teks(obj, n)) for n in r.kolom] if obj is not None else []}, status=status)


def _form(r: Register, *args, **kwargs):
    form = kelas_form(r)(*args, **kwargs)
    form.fields["versi"] = VersionField()
    return form


@login_required
def tambah(request, kode, register, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    r = _register(register)
    return _halaman_isian(request, satker, r, tahun, _form(r))


@login_required
@require_POST
def tambah_simpan(request, kode, register, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    r = _register(register)
    return _simpan(request, satker, r, tahun, _form(r, request.POST, instance=r.model(satker=satker)))


def _simpan(request, satker, r, tahun, form, obj=None):
    if obj is not None and not request.POST.get("versi"):
        form.add_error(None, "Halaman yang dikirim tidak membawa versi catatan; buka ulang catatan ini lalu ubah lagi.")
    if form.is_valid():
        if form.instance.contoh:  # an example record the office edits is its own record from now on
            form.instance.contoh, form.instance.sumber = False, ""
        try:
            baru = actions.simpan_catatan(r, form.instance, tahun, pelaku=request.user,
                                          version_shown=form.cleaned_data.get("versi") or None)
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"{baru} disimpan.")
            return redirect(baru.get_absolute_url())
    return _halaman_isian(request, satker, r, tahun, form, obj, status=400)


@login_required
def catatan(request, kode, register, tahun, catatan_id):
    satker = satker_untuk(request.user, kode)
    _cek_tahun(tahun)
    r = _register(register)
    obj = get_object_or_404(r.catatan(satker, tahun), pk=catatan_id)
    return _halaman_isian(request, satker, r, tahun, _form(r, instance=obj, initial={"versi": wrap(snapshot(obj))}),
                          obj)


@login_required
@require_POST
def catatan_simpan(request, kode, register, tahun, catatan_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    r = _register(register)
    obj = get_object_or_404(r.catatan(satker, tahun), pk=catatan_id)
    lama = r.catatan(satker, tahun).get(pk=obj.pk)  # the page's rincian shows the stored record
    return _simpan(request, satker, r, tahun, _form(r, request.POST, instance=obj), lama)


@login_required
@require_POST
def hapus(request, kode, register, tahun, catatan_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    r = _register(register)
    obj = get_object_or_404(r.catatan(satker, tahun), pk=catatan_id)
    nama = str(obj)
    actions.hapus_catatan(obj, pelaku=request.user)
    messages.success(request, f"{nama} dihapus.")
    return redirect("register:daftar", kode=kode, register=register, tahun=tahun)


def _xlsx(isi: bytes, nama: str) -> HttpResponse:
    resp = HttpResponse(isi, content_type=XLSX_CONTENT_TYPE)
    resp["Content-Disposition"] = f'attachment; filename="{nama}"'
    return resp


@login_required
def templat(request, kode, register, tahun):
    satker = satker_untuk(request.user, kode)
    _cek_tahun(tahun)
    r = _register(register)
    return _xlsx(berkas.templat(r), f"templat-{r.kunci}-{satker.kode}-{tahun}.xlsx")


@login_required
def ekspor(request, kode, register, tahun):
    satker = satker_untuk(request.user, kode)
    _cek_tahun(tahun)
    r = _register(register)
    return _xlsx(berkas.ekspor(r, satker, tahun), f"{r.kunci}-{satker.kode}-{tahun}.xlsx")


def _halaman_impor(request, satker, r, tahun, form, hasil=None, status=200):
    return render(request, "register/impor.html", {
        "satker": satker, "tahun": tahun, "r": r, "form": form, "hasil": hasil,
        "kolom": actions.kolom_impor(r)}, status=status)


@login_required
def impor(request, kode, register, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    return _halaman_impor(request, satker, _register(register), tahun, ImporForm())


@login_required
@require_POST
@body_limit(actions.MAKS_BYTE + 64 * 1024)
def impor_kirim(request, kode, register, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    r = _register(register)
    form = ImporForm(request.POST, request.FILES)
    if not form.is_valid():
        return _halaman_impor(request, satker, r, tahun, form, status=400)
    hasil = actions.impor(r, satker, tahun, form.cleaned_data["berkas"], pelaku=request.user)
    if hasil.berhasil:
        messages.success(request, f"{hasil.jumlah} catatan diimpor.")
        return redirect("register:daftar", kode=kode, register=register, tahun=tahun)
    return _halaman_impor(request, satker, r, tahun, form, hasil=hasil, status=400)


@login_required
@require_POST
def ikat(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    from kinerja.perencanaan.models import Indikator

    pk = request.POST.get("indikator", "")
    if not pk.isascii() or not pk.isdigit() or len(pk) > 18:
        raise Http404("Indikator tidak ditemukan.")
    ind = get_object_or_404(Indikator, pk=int(pk), sasaran__renstra__satker=satker)
    try:
        actions.ikat_ukuran(ind, request.POST.get("ukuran", ""), pelaku=request.user,
                            rumus=request.POST.get("rumus", "")[:2000])
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        messages.success(request, f"Indikator {ind.kode} disimpan.")
    return redirect(reverse("register:ringkasan", kwargs={"kode": kode, "tahun": tahun}) + "#indikator")


@login_required
def rincian(request, kode, tahun, ukuran, tw):
    """The drill-down of one measure for one quarter (cumulative): the records that count, those
    that do not, and those not counted yet, each linked to its record."""
    satker = satker_untuk(request.user, kode)
    _cek_tahun(tahun)
    from .ukuran import UKURAN, hitung

    u = UKURAN.get(ukuran)
    if u is None:
        raise Http404("Ukuran tidak dikenal.")
    return render(request, "register/rincian.html", {
        "satker": satker, "tahun": tahun, "u": u, "tw": tw, "label": LABEL_PERIODE[tw],
        "h": hitung(u, satker, tahun, tw), "r": REGISTER[u.register], "triwulan": TRIWULAN})


@login_required
@require_POST
def terapkan(request, kode, tahun, tw):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _cek_tahun(tahun)
    try:
        hasil = actions.terapkan_hitungan(satker, tahun, tw, pelaku=request.user)
    except ValidationError as e:
        for m in e.messages:
            messages.error(request, m)
    else:
        if not hasil:
            messages.error(request, f"Tidak ada indikator PK {tahun} yang diikat ke ukuran register "
                                    f"(atau PK {tahun} belum ada).")
        for ind, beres, keterangan in hasil:
            (messages.success if beres else messages.warning)(request, f"{ind.kode} {LABEL_PERIODE[tw]}: {keterangan}.")
    return redirect(reverse("register:ringkasan", kwargs={"kode": kode, "tahun": tahun}) + "#indikator")


@login_required
def pantau(request, kode):
    """What is late or at risk today, per register, so the office acts before the quarter closes.
    ``?per=`` another day (e.g. the demo's 2024), typed as 20/11/2024 or from the date picker."""
    from django.utils import timezone

    from .ukuran import pantau as pantau_

    satker = satker_untuk(request.user, kode)
    hari_ini = timezone.localtime(jam.sekarang()).date()
    form, galat = PantauForm(request.GET), ""
    if request.GET.get("per", "").strip():
        if not form.is_valid():
            galat = " ".join(form.errors["per"])
        elif tahun_sah(form.cleaned_data["per"].year):
            hari_ini = form.cleaned_data["per"]
        else:
            galat = f"Tanggal di luar {TAHUN_AWAL}–{TAHUN_AKHIR}."
    hasil = pantau_(satker, hari_ini)
    from kinerja.lib import kalender as kal

    return render(request, "register/pantau.html", {
        "satker": satker, "hari_ini": hari_ini, "galat": galat, "hasil": hasil, "ambang": kal.AMBANG_BERISIKO,
        "terlambat": sum(p.status == kal.TERLAMBAT for _, d in hasil for p in d),
        "berisiko": sum(p.status == kal.BERISIKO for _, d in hasil for p in d)})


@login_required
def rincian_indikator(request, kode, tahun, indikator_id, tw):
    """How an indicator's realisasi is computed for one quarter: its measure or formula, the
    numerator and denominator, and the records behind each measure."""
    satker = satker_untuk(request.user, kode)
    _cek_tahun(tahun)
    from kinerja.perencanaan.models import Indikator

    from .layanan import hitungan_indikator_periode

    ind = get_object_or_404(Indikator, pk=indikator_id, sasaran__renstra__satker=satker)
    hasil = hitungan_indikator_periode(ind, tahun, tw)
    if hasil is None:
        raise Http404("Indikator ini tidak dihitung dari register.")
    ikatan, h = hasil
    return render(request, "register/rincian_indikator.html", {
        "satker": satker, "tahun": tahun, "ind": ind, "tw": tw, "label": LABEL_PERIODE[tw], "ikatan": ikatan,
        "h": h, "triwulan": TRIWULAN})
