from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from kinerja.core import dasbor as dasbor_tambahan
from kinerja.core.limits import body_limit
from kinerja.core.tables import Cell, Table
from kinerja.core.xlsx import XLSX_CONTENT_TYPE
from kinerja.core.forms import KomentarForm, errors_to_form, error_codes
from kinerja.core.models import Komentar
from kinerja.lib.alur import StatusTriwulan, triwulan_dapat_diisi
from kinerja.lib.periode import LABEL_PERIODE, TRIWULAN
from kinerja.organisasi.akses import Hak, hak_pengguna, satker_terbaca, satker_untuk
from kinerja.organisasi.riwayat import alasan_terakhir, alur, menunggu_persetujuan
from kinerja.perencanaan.layanan import tahun_bawaan
from kinerja.perencanaan.models import PerjanjianKinerja

from . import actions
from .ekspor import buku_capaian
from .forms import BuktiForm, RealisasiForm
from .layanan import baris_indikator, cached, matriks_cached
from .hitungan import nilai_hitungan
from .models import Bukti, Realisasi, StatusPengukuran


@login_required
def beranda(request):
    """The start page: a user of one satker goes straight to its dashboard."""
    daftar = list(satker_terbaca(request.user).select_related("induk").order_by("tingkat", "kode"))
    menunggu = menunggu_persetujuan(request.user)
    if len(daftar) == 1 and not menunggu:
        return redirect("pengukuran:dasbor", kode=daftar[0].kode, tahun=tahun_bawaan(daftar[0]))
    table = Table(["Kode", "Nama", "Tingkat", "Induk"])
    for s in daftar:
        table.add(s.kode, Cell(s.nama, url=s.get_absolute_url(), badge="contoh" if s.contoh else ""),
                  s.get_tingkat_display(), str(s.induk or "–"))
    return render(request, "core/beranda.html", {"daftar": daftar, "table": table, "menunggu": menunggu})


@login_required
def satker_beranda(request, kode):
    satker = satker_untuk(request.user, kode)
    return redirect("pengukuran:dasbor", kode=satker.kode, tahun=tahun_bawaan(satker))


def _tahun_pk(satker):
    return list(PerjanjianKinerja.objects.filter(satker=satker).order_by("tahun")
                .values_list("tahun", flat=True))


def isi_dasbor(satker, tahun, m) -> str:
    """The dashboard's body for matrix ``m``, with what later apps add per sasaran."""
    return render_to_string("pengukuran/_dasbor.html", {
        "satker": satker, "m": m, "tahun": tahun, "triwulan": TRIWULAN,
        "keterangan": dasbor_tambahan.keterangan_sasaran(satker, tahun, m) if m.versi else {}})


@login_required
def dasbor(request, kode, tahun):
    satker = satker_untuk(request.user, kode)

    def isi():  # the same for every reader: cached with the satker's data version
        m = matriks_cached(satker, tahun)
        return isi_dasbor(satker, tahun, m), m.versi is not None, _tahun_pk(satker)

    html, ada_pk, daftar_tahun = cached(satker, f"dasbor:{tahun}", isi)
    hak = hak_pengguna(request.user, satker)
    menunggu = ([x for x in menunggu_persetujuan(request.user) if x.satker == satker]
                if Hak.SETUJUI in hak else [])
    return render(request, "pengukuran/dasbor.html", {
        "satker": satker, "tahun": tahun, "isi": mark_safe(html), "ada_pk": ada_pk,
        "daftar_tahun": daftar_tahun, "hak": hak, "menunggu": menunggu})


@login_required
def dasbor_xlsx(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    m = matriks_cached(satker, tahun)
    if m.versi is None:
        raise Http404("Belum ada PK tahun ini.")
    resp = HttpResponse(buku_capaian(m), content_type=XLSX_CONTENT_TYPE)
    resp["Content-Disposition"] = f'attachment; filename="capaian-{satker.kode}-{tahun}.xlsx"'
    return resp


@login_required
def triwulan(request, kode, tahun, tw):
    satker = satker_untuk(request.user, kode)
    m = matriks_cached(satker, tahun, dengan_bukti=True)
    hak = hak_pengguna(request.user, satker)
    status = m.status[tw]
    objek = StatusPengukuran.objects.filter(satker=satker, tahun=tahun, periode=tw).first()
    jejak = alur(objek) if objek is not None else []
    return render(request, "pengukuran/triwulan.html", {
        "alur": jejak, "kembali": alasan_terakhir(objek, jejak) if objek is not None else None,
        "satker": satker, "m": m, "tahun": tahun, "tw": tw, "label": LABEL_PERIODE[tw],
        "status": StatusTriwulan(status), "terbuka": triwulan_dapat_diisi(status), "hak": hak,
        "baris": [(b, b.sel[tw]) for b in m.baris], "triwulan": TRIWULAN,
        "boleh_ajukan": Hak.UBAH in hak and status == StatusTriwulan.TERBUKA,
        "boleh_setujui": Hak.SETUJUI in hak and status == StatusTriwulan.DIAJUKAN,
        "boleh_buka": Hak.SETUJUI in hak and status == StatusTriwulan.DISETUJUI,
    })


def _indikator_pk(satker, tahun, indikator_id):
    indikator = actions.indikator_pk(satker, tahun, indikator_id)
    if indikator is None:
        raise Http404("Indikator tidak ada di PK tahun ini.")
    return indikator


def _halaman_isi(request, satker, tahun, tw, indikator, *, form=None, form_bukti=None):
    hak = hak_pengguna(request.user, satker)
    r = Realisasi.objects.filter(indikator=indikator, tahun=tahun, periode=tw).first()
    hitungan = nilai_hitungan(indikator, tahun, tw) if indikator.rasio else None
    if form is None:
        form = RealisasiForm(initial=RealisasiForm.awal(r, hitungan), indikator=indikator, hitungan=hitungan)
    m, baris = baris_indikator(satker, tahun, indikator.pk)
    terbuka = triwulan_dapat_diisi(m.status[tw])
    return render(request, "pengukuran/isi.html", {
        "satker": satker, "tahun": tahun, "tw": tw, "label": LABEL_PERIODE[tw], "ind": indikator,
        "r": r, "b": baris, "sel": baris.sel[tw] if baris else None, "form": form,
        "form_bukti": form_bukti or BuktiForm(), "boleh": Hak.UBAH in hak and terbuka,
        "terbuka": terbuka, "status": StatusTriwulan(m.status[tw]), "triwulan": TRIWULAN, "hak": hak,
        "hitungan": hitungan,
        "komentar": Komentar.objects.filter(satker=satker, model="pengukuran.realisasi",
                                            objek_id=str(r.pk)) if r else [],
        "form_komentar": KomentarForm() if (r and Hak.KOMENTAR in hak) else None,
    })


@login_required
def isi_realisasi(request, kode, tahun, tw, indikator_id):
    satker = satker_untuk(request.user, kode)
    return _halaman_isi(request, satker, tahun, tw, _indikator_pk(satker, tahun, indikator_id))


@login_required
@require_POST
def simpan_realisasi(request, kode, tahun, tw, indikator_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    indikator = _indikator_pk(satker, tahun, indikator_id)
    form = RealisasiForm(request.POST, indikator=indikator,
                         hitungan=nilai_hitungan(indikator, tahun, tw) if indikator.rasio else None)
    if form.is_valid():
        d = form.cleaned_data
        try:
            actions.simpan_realisasi(
                indikator, tahun, tw, pelaku=request.user, nilai=d.get("nilai"),
                pembilang=d.get("pembilang"), penyebut=d.get("penyebut"), predikat=d.get("predikat", ""),
                analisis=d["analisis"], hambatan=d["hambatan"], solusi=d["solusi"], yakin=d["yakin"],
                alasan_manual=d.get("alasan_manual", ""), version_shown=d["versi"])
        except ValidationError as e:
            form.perlu_konfirmasi = "perlu_konfirmasi" in error_codes(e)
            errors_to_form(form, e)
        else:
            messages.success(request, f"Realisasi {indikator.kode} {LABEL_PERIODE[tw]} tersimpan.")
            return redirect("pengukuran:isi", kode=kode, tahun=tahun, tw=tw, indikator_id=indikator.pk)
    return _halaman_isi(request, satker, tahun, tw, indikator, form=form)


@login_required
@require_POST
@body_limit(settings.BUKTI_MAKS_BYTE)
def unggah_bukti(request, kode, tahun, tw, indikator_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    indikator = _indikator_pk(satker, tahun, indikator_id)
    form_bukti = BuktiForm(request.POST, request.FILES)
    if form_bukti.is_valid():
        r = Realisasi.objects.filter(indikator=indikator, tahun=tahun, periode=tw).first()
        if r is None:
            form_bukti.add_error(None, "Simpan realisasi terlebih dahulu sebelum mengunggah bukti.")
        else:
            try:
                actions.unggah_bukti(r, form_bukti.cleaned_data["berkas"], pelaku=request.user,
                                     keterangan=form_bukti.cleaned_data["keterangan"])
            except ValidationError as e:
                form_bukti.add_error("berkas", e)
            else:
                messages.success(request, "Bukti dukung terunggah.")
                return redirect("pengukuran:isi", kode=kode, tahun=tahun, tw=tw, indikator_id=indikator.pk)
    return _halaman_isi(request, satker, tahun, tw, indikator, form_bukti=form_bukti)


def _ubah_status(request, kode, tahun, tw, *, perlu: Hak, ke: StatusTriwulan, pesan: str):
    satker = satker_untuk(request.user, kode, perlu)
    try:
        actions.ubah_status_triwulan(satker, tahun, tw, ke, pelaku=request.user,
                                     alasan=request.POST.get("alasan", ""))
    except ValidationError as e:
        for m in e.messages:
            messages.error(request, m)
    else:
        messages.success(request, pesan)
    return redirect("pengukuran:triwulan", kode=kode, tahun=tahun, tw=tw)


@login_required
@require_POST
def triwulan_ajukan(request, kode, tahun, tw):
    return _ubah_status(request, kode, tahun, tw, perlu=Hak.UBAH, ke=StatusTriwulan.DIAJUKAN,
                        pesan="Realisasi diajukan kepada pimpinan.")


@login_required
@require_POST
def triwulan_setujui(request, kode, tahun, tw):
    return _ubah_status(request, kode, tahun, tw, perlu=Hak.SETUJUI, ke=StatusTriwulan.DISETUJUI,
                        pesan="Realisasi disetujui dan terkunci.")


@login_required
@require_POST
def triwulan_kembalikan(request, kode, tahun, tw):
    return _ubah_status(request, kode, tahun, tw, perlu=Hak.SETUJUI, ke=StatusTriwulan.TERBUKA,
                        pesan="Realisasi dikembalikan untuk diperbaiki.")


@login_required
@require_POST
def triwulan_buka(request, kode, tahun, tw):
    return _ubah_status(request, kode, tahun, tw, perlu=Hak.SETUJUI, ke=StatusTriwulan.TERBUKA,
                        pesan="Triwulan dibuka kembali.")


def _bukti(satker, bukti_id):
    return get_object_or_404(Bukti.objects.select_related("realisasi__indikator"), pk=bukti_id,
                             realisasi__indikator__sasaran__renstra__satker=satker)


@login_required
def unduh_bukti(request, kode, bukti_id):
    satker = satker_untuk(request.user, kode)
    b = _bukti(satker, bukti_id)
    try:
        berkas = b.berkas.open("rb")
    except FileNotFoundError:
        raise Http404("Berkas tidak ditemukan di penyimpanan.") from None
    resp = FileResponse(berkas, as_attachment=True, filename=b.nama_asli, content_type=b.jenis)
    resp["X-Content-Type-Options"] = "nosniff"
    resp["Cache-Control"] = "private, no-store"
    return resp


@login_required
@require_POST
def hapus_bukti(request, kode, bukti_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    b = _bukti(satker, bukti_id)
    r = b.realisasi
    try:
        actions.hapus_bukti(b, pelaku=request.user)
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        messages.success(request, "Bukti dukung dihapus.")
    return redirect("pengukuran:isi", kode=kode, tahun=r.tahun, tw=r.periode, indikator_id=r.indikator_id)
