"""Report pages: the live preview per satker and year, its settings, the narrative editors,
the obstacle rows, and the downloads (DOCX, PDF, XLSX, HTML).

Every view starts with the access helper; writes go through kinerja.laporan.actions.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from kinerja.core.audit import snapshot
from kinerja.core.forms import errors_to_form
from kinerja.core.limits import body_limit
from kinerja.core.versions import wrap
from kinerja.lib.alur import StatusTriwulan
from kinerja.organisasi.akses import Hak, hak_pengguna, satker_untuk
from kinerja.organisasi.riwayat import alasan_terakhir, alur
from kinerja.perencanaan.layanan import tahun_bawaan
from kinerja.perencanaan.models import SasaranKegiatan

from . import actions, render as render_lap
from .actions import FOTO_MAKS_BYTE
from .forms import FotoForm, HambatanForm, NarasiForm, PengaturanForm, StandarForm
from .models import SEMUA_TAHUN, Foto, Hambatan, Laporan, Narasi, Pembuatan, Standar
from .narasi import SASARAN, SATKER, TAHUNAN, kunci_sasaran, label
from .susun import susun


def _jalankan(request, aksi, berhasil: str) -> None:
    """Run a verb whose refusal (a lock, a missing build) is shown as a message on the page."""
    try:
        aksi()
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        messages.success(request, berhasil)


@login_required
def beranda(request, kode):
    satker = satker_untuk(request.user, kode)
    return redirect("laporan:laporan", kode=satker.kode, tahun=tahun_bawaan(satker))


@login_required
def laporan(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    doc = susun(satker, tahun)
    hak = hak_pengguna(request.user, satker)
    lap = Laporan.objects.filter(satker=satker, tahun=tahun).select_related("pembuatan").first()
    status = lap.status if lap else StatusTriwulan.TERBUKA
    jejak = alur(lap) if lap is not None else []
    actions.tandai_macet(satker, tahun)  # a build lost by its worker shows as failed, not as running forever
    pembuatan = list(Pembuatan.objects.filter(satker=satker, tahun=tahun).select_related("dibuat_oleh")[:5])
    if lap is not None and lap.pembuatan is not None and lap.pembuatan not in pembuatan:
        pembuatan.append(lap.pembuatan)  # the submitted or approved files are always listed
    _, syarat = actions.syarat_pengajuan(satker, tahun) if status == StatusTriwulan.TERBUKA else (None, None)
    return render(request, "laporan/laporan.html", {
        "satker": satker, "tahun": tahun, "doc": doc, "hak": hak, "lap": lap, "status": StatusTriwulan(status),
        "alur": jejak, "kembali": alasan_terakhir(lap, jejak) if lap else None, "pembuatan": pembuatan,
        "berjalan": any(p.status in (Pembuatan.Status.ANTRE, Pembuatan.Status.JALAN) for p in pembuatan),
        "syarat": syarat, "versi_data": satker.versi_data,
        "boleh_buat": Hak.UBAH in hak and status == StatusTriwulan.TERBUKA,
        "boleh_ajukan": Hak.UBAH in hak and status == StatusTriwulan.TERBUKA,
        "boleh_setujui": Hak.SETUJUI in hak and status == StatusTriwulan.DIAJUKAN,
        "boleh_buka": Hak.SETUJUI in hak and status == StatusTriwulan.DISETUJUI})


@login_required
@require_POST
def pembuatan_mulai(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    _jalankan(request, lambda: actions.mulai_pembuatan(satker, tahun, pelaku=request.user),
              "Berkas laporan sedang dibuat; kemajuannya tampil di bawah.")
    return redirect(reverse("laporan:laporan", kwargs={"kode": kode, "tahun": tahun}) + "#berkas")


@login_required
def pembuatan_status(request, kode, tahun, pembuatan_id):
    satker = satker_untuk(request.user, kode)
    actions.tandai_macet(satker, tahun)
    p = get_object_or_404(Pembuatan, pk=pembuatan_id, satker=satker, tahun=tahun)
    return JsonResponse({"status": p.status, "label": p.get_status_display(), "progres": p.progres,
                         "langkah": p.langkah, "pesan": p.pesan,
                         "selesai": p.status in (Pembuatan.Status.SELESAI, Pembuatan.Status.GAGAL)})


def _berkas(request, kode, tahun, pembuatan_id, format):
    satker = satker_untuk(request.user, kode)
    p = get_object_or_404(Pembuatan, pk=pembuatan_id, satker=satker, tahun=tahun)
    berkas = getattr(p, format)
    if not berkas:
        raise Http404("Berkas ini belum atau tidak dibuat.")
    try:
        isi = berkas.open("rb")
    except FileNotFoundError:
        raise Http404("Berkas tidak ditemukan di penyimpanan.") from None
    resp = FileResponse(isi, as_attachment=True, filename=f"laporan-kinerja-{satker.kode}-{tahun}-{p.pk}.{format}",
                        content_type=render_lap.JENIS_ISI[format])
    resp["X-Content-Type-Options"] = "nosniff"
    resp["Cache-Control"] = "private, no-store"
    return resp


@login_required
def berkas_docx(request, kode, tahun, pembuatan_id):
    return _berkas(request, kode, tahun, pembuatan_id, "docx")


@login_required
def berkas_pdf(request, kode, tahun, pembuatan_id):
    return _berkas(request, kode, tahun, pembuatan_id, "pdf")


@login_required
def berkas_xlsx(request, kode, tahun, pembuatan_id):
    return _berkas(request, kode, tahun, pembuatan_id, "xlsx")


def _ubah_status(request, kode, tahun, *, perlu, ke, pesan):
    satker = satker_untuk(request.user, kode, perlu)
    _jalankan(request, lambda: actions.ubah_status_laporan(satker, tahun, ke, pelaku=request.user,
                                                           alasan=request.POST.get("alasan", "")), pesan)
    return redirect("laporan:laporan", kode=kode, tahun=tahun)


@login_required
@require_POST
def ajukan(request, kode, tahun):
    return _ubah_status(request, kode, tahun, perlu=Hak.UBAH, ke=StatusTriwulan.DIAJUKAN,
                        pesan="Laporan Kinerja diajukan kepada pimpinan.")


@login_required
@require_POST
def setujui(request, kode, tahun):
    return _ubah_status(request, kode, tahun, perlu=Hak.SETUJUI, ke=StatusTriwulan.DISETUJUI,
                        pesan="Laporan Kinerja disetujui dan terkunci.")


@login_required
@require_POST
def kembalikan(request, kode, tahun):
    return _ubah_status(request, kode, tahun, perlu=Hak.SETUJUI, ke=StatusTriwulan.TERBUKA,
                        pesan="Laporan Kinerja dikembalikan kepada operator.")


@login_required
@require_POST
def buka(request, kode, tahun):
    return _ubah_status(request, kode, tahun, perlu=Hak.SETUJUI, ke=StatusTriwulan.TERBUKA,
                        pesan="Laporan Kinerja dibuka kembali.")


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
    hasil = []
    for judul, blok in kelompok:
        isi = []
        for k, j, b in blok:
            form = NarasiForm(initial={"teks": ada[k].teks if k in ada else "",
                                       "versi": wrap(snapshot(ada[k])) if k in ada else ""}, prefix=k)
            form.narasi = ada.get(k)  # the page says when the text is an example, and its source
            isi.append((k, j, b, form))
        hasil.append((judul, isi))
    return hasil


def _halaman_narasi(request, satker, tahun, terikat=None):
    kelompok = _blok_narasi(satker, tahun)
    if terikat is not None:
        for _j, blok in kelompok:
            for _k, _jj, _b, f in blok:
                if f.prefix == terikat.prefix:
                    terikat.narasi = f.narasi  # the example mark stays on the page with the error
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
        actions.simpan_narasi(satker, tahun, kunci, form.cleaned_data["teks"], pelaku=request.user,
                              version_shown=form.cleaned_data.get("versi") or None)
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
    _jalankan(request, lambda: actions.hapus_hambatan(h, pelaku=request.user), "Hambatan dihapus.")
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



def _sasaran_pilihan(satker, tahun):
    return [("" if k is None else k, v) for k, v in _pilihan_sasaran(satker, tahun)]


def _kegiatan_pilihan(satker, tahun):
    from kinerja.register.models import Kegiatan

    return [("", "–")] + [(k.pk, str(k)) for k in Kegiatan.objects.filter(satker=satker, tanggal__year=tahun)]


def _pilihan_foto(form, satker, tahun):
    form.fields["sasaran"].choices = _sasaran_pilihan(satker, tahun)
    form.fields["kegiatan"].choices = _kegiatan_pilihan(satker, tahun)
    return form


def _halaman_foto(request, satker, tahun, form=None):
    if form is None:
        form = FotoForm()
    _pilihan_foto(form, satker, tahun)
    return render(request, "laporan/foto.html", {
        "satker": satker, "tahun": tahun, "form": form, "hak": hak_pengguna(request.user, satker),
        "daftar": Foto.objects.filter(satker=satker, tahun=tahun).select_related("sasaran", "kegiatan")},
        status=400 if form.is_bound else 200)


@login_required
def foto(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    return _halaman_foto(request, satker, tahun)


@login_required
@require_POST
@body_limit(FOTO_MAKS_BYTE)
def foto_unggah(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    form = _pilihan_foto(FotoForm(request.POST, request.FILES), satker, tahun)
    if not form.is_valid():
        return _halaman_foto(request, satker, tahun, form)
    d = form.cleaned_data
    sasaran = SasaranKegiatan.objects.filter(pk=d["sasaran"], renstra__satker=satker).first() if d["sasaran"] else None
    from kinerja.register.models import Kegiatan

    kegiatan = Kegiatan.objects.filter(pk=d["kegiatan"], satker=satker).first() if d["kegiatan"] else None
    try:
        actions.unggah_foto(satker, tahun, d["berkas"], d["keterangan"], pelaku=request.user, sasaran=sasaran,
                            kegiatan=kegiatan)
    except ValidationError as e:
        if hasattr(e, "error_dict"):
            errors_to_form(form, e)
        else:
            form.add_error("berkas", e)
        return _halaman_foto(request, satker, tahun, form)
    messages.success(request, "Foto terunggah.")
    return redirect("laporan:foto", kode=kode, tahun=tahun)


@login_required
def foto_berkas(request, kode, tahun, foto_id):
    satker = satker_untuk(request.user, kode)
    f = get_object_or_404(Foto, pk=foto_id, satker=satker, tahun=tahun)
    try:
        berkas = f.berkas.open("rb")
    except FileNotFoundError:
        raise Http404("Berkas tidak ditemukan di penyimpanan.") from None
    resp = FileResponse(berkas, content_type=f.jenis)
    resp["X-Content-Type-Options"] = "nosniff"
    resp["Cache-Control"] = "private, no-store"
    return resp


@login_required
@require_POST
def foto_hapus(request, kode, tahun, foto_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    f = get_object_or_404(Foto, pk=foto_id, satker=satker, tahun=tahun)
    _jalankan(request, lambda: actions.hapus_foto(f, pelaku=request.user), "Foto dihapus.")
    return redirect("laporan:foto", kode=kode, tahun=tahun)


def _indikator_pk(satker, tahun):
    from kinerja.pengukuran.layanan import matriks

    return [b.indikator for b in matriks(satker, tahun).baris]


def _halaman_standar(request, satker, tahun, form=None):
    indikator = _indikator_pk(satker, tahun)
    if form is None:
        form = StandarForm()
    form.fields["indikator"].choices = [(i.pk, f"{i.kode} {i.nama}") for i in indikator]
    return render(request, "laporan/standar.html", {
        "satker": satker, "tahun": tahun, "form": form, "hak": hak_pengguna(request.user, satker),
        "daftar": Standar.objects.filter(indikator__in=indikator, tahun=tahun).select_related("indikator")},
        status=400 if form.is_bound else 200)


@login_required
def standar(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    return _halaman_standar(request, satker, tahun)


@login_required
@require_POST
def standar_simpan(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    form = StandarForm(request.POST)
    indikator = {i.pk: i for i in _indikator_pk(satker, tahun)}
    form.fields["indikator"].choices = [(i.pk, i.nama) for i in indikator.values()]
    if not form.is_valid():
        return _halaman_standar(request, satker, tahun, form)
    d = form.cleaned_data
    ind = indikator[d["indikator"]]
    st = Standar.objects.filter(indikator=ind, tahun=tahun, tingkat=d["tingkat"]).first() or Standar(
        indikator=ind, tahun=tahun, tingkat=d["tingkat"])
    st.nilai, st.sumber = d["nilai"], d["sumber"]
    try:
        actions.simpan_standar(st, pelaku=request.user)
    except ValidationError as e:
        errors_to_form(form, e)
        return _halaman_standar(request, satker, tahun, form)
    messages.success(request, "Standar disimpan.")
    return redirect("laporan:standar", kode=kode, tahun=tahun)


@login_required
@require_POST
def standar_hapus(request, kode, tahun, standar_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    st = get_object_or_404(Standar, pk=standar_id, indikator__sasaran__renstra__satker=satker, tahun=tahun)
    _jalankan(request, lambda: actions.hapus_standar(st, pelaku=request.user), "Standar dihapus.")
    return redirect("laporan:standar", kode=kode, tahun=tahun)
