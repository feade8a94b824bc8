"""Report pages: the live preview per satker and year, its settings, the narrative editors,
the obstacle rows, and the downloads (DOCX, PDF, XLSX, HTML).

Every view starts with the access helper; writes go through kinerja.laporan.actions.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from kinerja.core.audit import snapshot
from kinerja.core.forms import errors_to_form
from kinerja.core.versions import wrap
from kinerja.organisasi.akses import Hak, hak_pengguna, satker_untuk
from kinerja.perencanaan.layanan import tahun_bawaan
from kinerja.perencanaan.models import SasaranKegiatan

from . import actions, render as render_lap
from .forms import HambatanForm, NarasiForm, PengaturanForm
from .models import SEMUA_TAHUN, Hambatan, Laporan, Narasi
from .narasi import SASARAN, SATKER, TAHUNAN, kunci_sasaran, label
from .susun import susun


@login_required
def beranda(request, kode):
    satker = satker_untuk(request.user, kode)
    return redirect("laporan:laporan", kode=satker.kode, tahun=tahun_bawaan(satker))


@login_required
def laporan(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    doc = susun(satker, tahun)
    return render(request, "laporan/laporan.html", {
        "satker": satker, "tahun": tahun, "doc": doc, "hak": hak_pengguna(request.user, satker),
        "format": [("docx", "Word (DOCX)"), ("pdf", "PDF"), ("xlsx", "Excel (XLSX)")]})


def _unduh(request, kode, tahun, format):
    satker = satker_untuk(request.user, kode)
    doc = susun(satker, tahun)
    isi = render_lap.render(doc, format)
    r = HttpResponse(isi, content_type=render_lap.JENIS_ISI[format])
    r["Content-Disposition"] = f'attachment; filename="laporan-kinerja-{satker.kode}-{tahun}.{format}"'
    return r


@login_required
def unduh_docx(request, kode, tahun):
    return _unduh(request, kode, tahun, "docx")


@login_required
def unduh_pdf(request, kode, tahun):
    return _unduh(request, kode, tahun, "pdf")


@login_required
def laporan_xlsx(request, kode, tahun):
    return _unduh(request, kode, tahun, "xlsx")


def _blok_narasi(satker, tahun):
    """Every narrative block the office can write for this year, with its current text."""
    ada = {n.kunci: n for n in Narasi.objects.filter(satker=satker, tahun__in=(SEMUA_TAHUN, tahun))}
    from kinerja.pengukuran.layanan import matriks

    m = matriks(satker, tahun)
    kelompok = []
    kelompok.append(("BAB I (berlaku setiap tahun)", [(k, j, b) for k, j, b in SATKER]))
    kelompok.append((f"Tahun {tahun}", [(k, j, b) for k, j, b in TAHUNAN]))
    for i, (sasaran, _) in enumerate(m.kelompok_sasaran(), 1):
        kelompok.append((f"Sasaran {i}: {sasaran.uraian}",
                         [(kunci_sasaran(sasaran.pk, k), j, b) for k, j, b in SASARAN]))
    return [(judul, [(k, j, b, NarasiForm(initial={"teks": ada[k].teks if k in ada else ""},
                                            prefix=k)) for k, j, b in blok]) for judul, blok in kelompok]


def _halaman_narasi(request, satker, tahun, terikat=None):
    kelompok = _blok_narasi(satker, tahun)
    if terikat is not None:
        kelompok = [(j, [(k, jj, b, terikat if k == terikat.prefix else f) for k, jj, b, f in blok])
                    for j, blok in kelompok]
    return render(request, "laporan/narasi.html", {
        "satker": satker, "tahun": tahun, "kelompok": kelompok, "hak": hak_pengguna(request.user, satker)},
        status=400 if terikat is not None else 200)


@login_required
def narasi(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    return _halaman_narasi(request, satker, tahun)


@login_required
@require_POST
def narasi_simpan(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    kunci = request.POST.get("kunci", "")
    form = NarasiForm(request.POST, prefix=kunci)
    if not form.is_valid():
        return _halaman_narasi(request, satker, tahun, form)
    try:
        actions.simpan_narasi(satker, tahun, kunci, form.cleaned_data["teks"], pelaku=request.user)
    except ValidationError as e:
        errors_to_form(form, e)
        return _halaman_narasi(request, satker, tahun, form)
    messages.success(request, f"{label(kunci)} disimpan.")
    return redirect(reverse("laporan:narasi", kwargs={"kode": kode, "tahun": tahun}) + f"#blok-{kunci}")


def _pilihan_sasaran(satker, tahun):
    from kinerja.pengukuran.layanan import matriks

    m = matriks(satker, tahun)
    return [(None, "Umum (tidak terkait satu sasaran)")] + [
        (s.pk, f"Sasaran {i}: {s.uraian}") for i, (s, _) in enumerate(m.kelompok_sasaran(), 1)]


def _halaman_hambatan(request, satker, tahun, form=None):
    if form is None:
        form = HambatanForm()
    form.fields["sasaran"].choices = [("" if k is None else k, v) for k, v in _pilihan_sasaran(satker, tahun)]
    return render(request, "laporan/hambatan.html", {
        "satker": satker, "tahun": tahun, "form": form, "hak": hak_pengguna(request.user, satker),
        "daftar": Hambatan.objects.filter(satker=satker, tahun=tahun).select_related("sasaran")},
        status=400 if form.is_bound else 200)


@login_required
def hambatan(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    return _halaman_hambatan(request, satker, tahun)


@login_required
@require_POST
def hambatan_simpan(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    form = HambatanForm(request.POST)
    form.fields["sasaran"].choices = [("" if k is None else k, v) for k, v in _pilihan_sasaran(satker, tahun)]
    if not form.is_valid():
        return _halaman_hambatan(request, satker, tahun, form)
    d = form.cleaned_data
    sasaran = SasaranKegiatan.objects.filter(pk=d["sasaran"], renstra__satker=satker).first() if d["sasaran"] else None
    urutan = Hambatan.objects.filter(satker=satker, tahun=tahun).count() + 1
    h = Hambatan(satker=satker, tahun=tahun, sasaran=sasaran, hambatan=d["hambatan"], kendala=d["kendala"],
                 tindak_lanjut=d["tindak_lanjut"], urutan=urutan)
    try:
        actions.simpan_hambatan(h, pelaku=request.user)
    except ValidationError as e:
        errors_to_form(form, e)
        return _halaman_hambatan(request, satker, tahun, form)
    messages.success(request, "Hambatan dicatat.")
    return redirect("laporan:hambatan", kode=kode, tahun=tahun)


@login_required
@require_POST
def hambatan_hapus(request, kode, tahun, hambatan_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    h = get_object_or_404(Hambatan, pk=hambatan_id, satker=satker, tahun=tahun)
    actions.hapus_hambatan(h, pelaku=request.user)
    messages.success(request, "Hambatan dihapus.")
    return redirect("laporan:hambatan", kode=kode, tahun=tahun)


def _halaman_pengaturan(request, satker, tahun, form=None):
    lap = Laporan.objects.filter(satker=satker, tahun=tahun).first() or Laporan(satker=satker, tahun=tahun)
    if form is None:
        form = PengaturanForm(initial={
            "tanggal": lap.tanggal, "penandatangan_nama": lap.penandatangan_nama,
            "penandatangan_jabatan": lap.penandatangan_jabatan, "penandatangan_nip": lap.penandatangan_nip,
            "kertas": lap.kertas, "versi": wrap(snapshot(lap)) if lap.pk else ""})
    return render(request, "laporan/pengaturan.html", {
        "satker": satker, "tahun": tahun, "form": form, "hak": hak_pengguna(request.user, satker)},
        status=400 if form.is_bound else 200)


@login_required
def pengaturan(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    return _halaman_pengaturan(request, satker, tahun)


@login_required
@require_POST
def pengaturan_simpan(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    form = PengaturanForm(request.POST)
    if not form.is_valid():
        return _halaman_pengaturan(request, satker, tahun, form)
    lap = Laporan.objects.filter(satker=satker, tahun=tahun).first() or Laporan(satker=satker, tahun=tahun)
    d = form.cleaned_data
    for k in ("tanggal", "penandatangan_nama", "penandatangan_jabatan", "penandatangan_nip", "kertas"):
        setattr(lap, k, d[k] if d[k] is not None else (None if k == "tanggal" else ""))
    try:
        actions.simpan_laporan(lap, pelaku=request.user, version_shown=d.get("versi") or None)
    except ValidationError as e:
        errors_to_form(form, e)
        return _halaman_pengaturan(request, satker, tahun, form)
    messages.success(request, "Pengaturan laporan disimpan.")
    return redirect("laporan:laporan", kode=kode, tahun=tahun)

