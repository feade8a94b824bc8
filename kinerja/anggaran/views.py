"""Budget pages: overview, a line with its months, revisions, month approval, exports and imports.

Every view starts with the access helper; writes go through kinerja.anggaran.actions.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.urls import reverse
from django.views.decorators.http import require_POST

from kinerja.core import jam
from kinerja.core.audit import snapshot
from kinerja.core.forms import errors_to_form, error_codes
from kinerja.core.limits import body_limit
from kinerja.core.versions import wrap
from kinerja.core.xlsx import XLSX_CONTENT_TYPE
from kinerja.lib.alur import StatusTriwulan
from kinerja.lib.anggaran import BULAN_ANGGARAN, penyerapan
from kinerja.lib.angka import BULAN
from kinerja.organisasi.akses import Hak, hak_pengguna, keturunan, satker_untuk
from kinerja.organisasi.riwayat import alasan_terakhir, alur
from kinerja.pengukuran.layanan import cached_satker_banyak, matriks_cached
from kinerja.perencanaan.models import SasaranKegiatan

from . import actions, ekspor, grafik, impor
from .forms import AlasanForm, BarisForm, BulananForm, DipaForm, ImporForm, RevisiForm
from .layanan import (
    anggaran, pendanaan_sasaran, penyerapan_bawahan, pergerakan_revisi, rincian_revisi_baris, tahun_dipa,
)
from .models import BarisDipa, Dipa, StatusBulan


def _dipa(satker, tahun):
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    if dipa is None:
        raise Http404("Belum ada DIPA tahun ini.")
    dipa.satker = satker
    return dipa


@login_required
def beranda(request, kode):
    satker = satker_untuk(request.user, kode)
    daftar = tahun_dipa(satker)
    if daftar:
        return redirect("anggaran:ringkasan", kode=kode, tahun=daftar[-1])
    if satker.tingkat != "kabkota":
        return redirect("anggaran:bawahan", kode=kode, tahun=jam.sekarang().year)
    return render(request, "anggaran/kosong.html", {
        "satker": satker, "hak": hak_pengguna(request.user, satker), "tahun_ini": jam.sekarang().year})


@login_required
def ringkasan(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    a = anggaran(satker, tahun)
    if a.dipa is None:
        raise Http404("Belum ada DIPA tahun ini.")
    m = matriks_cached(satker, tahun)
    return render(request, "anggaran/ringkasan.html", {
        "satker": satker, "tahun": tahun, "a": a, "hak": hak_pengguna(request.user, satker),
        "pendanaan": pendanaan_sasaran(a, m if m.versi else None), "daftar_tahun": tahun_dipa(satker),
        "bulanan": a.bulanan(), "triwulan": a.triwulan()})


def _tabel_bawahan(daftar, tahun) -> str:
    """The overview's rows, drawn in Python (a national office has 552); the result is cached."""
    from django.utils.html import escape

    from kinerja.lib.angka import format_angka, format_persen

    if not daftar:
        return '<tr><td colspan="5">Tidak ada satker di bawah satker ini.</td></tr>'
    keluar = []
    for d in daftar:
        s = d.satker
        url = reverse("anggaran:ringkasan", kwargs={"kode": s.kode, "tahun": tahun})
        nama = (f'<a href="{escape(url)}">{escape(s.nama)}</a>' if d.ada_dipa
                else f'{escape(s.nama)} <span class="catatan">belum ada DIPA</span>')
        p = d.penyerapan
        serap = format_persen(p.persen) if p.persen is not None else f'<span class="catatan">{escape(p.catatan)}</span>'
        keluar.append(f'<tr><td>{escape(s.kode)}</td><td>{nama}</td><td class="angka">{format_angka(d.pagu, 0)}</td>'
                      f'<td class="angka">{format_angka(d.realisasi, 0)}</td><td class="angka">{serap}</td></tr>')
    return "\n".join(keluar)


@login_required
def bawahan(request, kode, tahun):
    """Absorption of every satker below this one (a provincial or national office). The
    table is cached, as HTML and totals, under the data versions of all of them (never
    served after a write)."""
    satker = satker_untuk(request.user, kode)
    versi = keturunan(satker)
    ids = sorted(versi)
    try:
        sampai = min(12, max(1, int(request.GET.get("sampai", 12))))
    except ValueError:
        sampai = 12
    urut = request.GET.get("urut") == "penyerapan"

    def isi():
        daftar = penyerapan_bawahan(satker, tahun, ids, sampai)
        if urut:
            daftar.sort(key=lambda d: (d.penyerapan.persen is None, -(d.penyerapan.persen or 0), d.satker.kode))
        total = penyerapan(sum(d.realisasi for d in daftar), sum(d.pagu for d in daftar))
        return {"jumlah": len(daftar), "pagu": total.pagu, "realisasi": total.realisasi, "total": total,
                "tanpa_dipa": sum(1 for d in daftar if not d.ada_dipa),
                "tabel": _tabel_bawahan(daftar, tahun)}

    data = cached_satker_banyak(f"bawahan:{satker.pk}:{tahun}:{sampai}:{int(urut)}", versi, isi)
    return render(request, "anggaran/bawahan.html", {
        "satker": satker, "tahun": tahun, "sampai": sampai, "urut": urut, "bulan": list(BULAN_ANGGARAN),
        **{k: data[k] for k in ("jumlah", "pagu", "realisasi", "total", "tanpa_dipa")},
        "tabel": mark_safe(data["tabel"])})


@login_required
def grafik_svg(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    a = anggaran(satker, tahun)
    if a.dipa is None:
        raise Http404("Belum ada DIPA tahun ini.")
    resp = HttpResponse(grafik.svg(a), content_type="image/svg+xml")
    resp["Cache-Control"] = "private, no-store"
    return resp


@login_required
def anggaran_xlsx(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    a = anggaran(satker, tahun)
    if a.dipa is None:
        raise Http404("Belum ada DIPA tahun ini.")
    resp = HttpResponse(ekspor.buku_anggaran(a), content_type=XLSX_CONTENT_TYPE)
    resp["Content-Disposition"] = f'attachment; filename="anggaran-{satker.kode}-{tahun}.xlsx"'
    return resp


def _halaman_dipa(request, satker, tahun, dipa, form, status=200):
    return render(request, "anggaran/dipa_form.html", {"satker": satker, "tahun": tahun, "dipa": dipa,
                                                       "form": form}, status=status)


@login_required
def dipa_ubah(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    if request.method != "POST":
        awal = {"ambang_efisien": 0, "ambang_cukup": -10, "versi": wrap({})}
        if dipa is not None:
            awal = {f: getattr(dipa, f) for f in DipaForm.base_fields if f != "versi"}
            awal["versi"] = wrap(snapshot(dipa))
        return _halaman_dipa(request, satker, tahun, dipa, DipaForm(initial=awal))
    form = DipaForm(request.POST)
    if form.is_valid():
        d = dict(form.cleaned_data)
        versi = d.pop("versi")
        obj = dipa or Dipa(satker=satker, tahun=tahun)
        for k, v in d.items():  # every field of the form is a field of the DIPA
            setattr(obj, k, v)
        obj.nomor, obj.target_sumber = d["nomor"] or "", d["target_sumber"] or ""
        obj.target_contoh = False  # targets typed by a user are real data
        try:
            actions.simpan_dipa(obj, pelaku=request.user, version_shown=versi if dipa else None)
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"DIPA {tahun} disimpan.")
            return redirect("anggaran:ringkasan", kode=kode, tahun=tahun)
    return _halaman_dipa(request, satker, tahun, dipa, form, status=400)


def _pilihan(satker, dipa, kecuali=None):
    induk = [(b.pk, f"{b.kode_lengkap or 'Tidak dirinci'} {b.uraian}"[:90])
             for b in BarisDipa.objects.filter(dipa=dipa).exclude(tingkat__in=["akun", "tidak_dirinci"])
             .exclude(pk=getattr(kecuali, "pk", None)).order_by("kode_lengkap")]
    sasaran = [(s.pk, f"{s.nomor}. {s.uraian}"[:120]) for s in SasaranKegiatan.objects.filter(
        renstra__satker=satker, renstra__tahun_awal__lte=dipa.tahun, renstra__tahun_akhir__gte=dipa.tahun)
        .order_by("nomor")]
    return {"pilihan_induk": induk, "pilihan_sasaran": sasaran}


def _halaman_baris(request, satker, dipa, baris, form, form_bulanan=None, status=200):
    a = anggaran(satker, dipa.tahun)
    simpul = next((s for s in a.semua() if baris is not None and s.baris.pk == baris.pk), None)
    hak = hak_pengguna(request.user, satker)
    if form_bulanan is None and simpul is not None and simpul.rinci:
        form_bulanan = BulananForm(initial=_awal_bulanan(simpul), terkunci=_bulan_terkunci(a.status_bulan))
    return render(request, "anggaran/baris.html", {
        "satker": satker, "tahun": dipa.tahun, "dipa": dipa, "baris": baris, "simpul": simpul, "form": form,
        "form_bulanan": form_bulanan, "hak": hak, "status_bulan": a.status_bulan,
        "revisi": rincian_revisi_baris(baris) if baris else [],
        "perlu_konfirmasi": form_bulanan is not None and form_bulanan.is_bound and form_bulanan.errors.get("yakin"),
    }, status=status)


@login_required
def baris(request, kode, tahun, baris_id):
    satker = satker_untuk(request.user, kode)
    dipa = _dipa(satker, tahun)
    b = get_object_or_404(BarisDipa, pk=baris_id, dipa=dipa)
    form = None
    if Hak.UBAH in hak_pengguna(request.user, satker):
        form = BarisForm(initial=_awal_baris(b), **_pilihan(satker, dipa, kecuali=b))
    return _halaman_baris(request, satker, dipa, b, form)


def _awal_bulanan(simpul):
    awal = {}
    for b in BULAN_ANGGARAN:
        awal[f"rpd_{b}"] = simpul.rpd_bulan.get(b) or None
        awal[f"realisasi_{b}"] = simpul.realisasi_bulan.get(b) or None
    return awal


def _bulan_terkunci(status_bulan) -> set[int]:
    return {b for b, st in status_bulan.items() if st != StatusTriwulan.TERBUKA}


def _awal_baris(b):
    return {"tingkat": b.tingkat, "induk": b.induk_id, "kode": b.kode, "uraian": b.uraian, "pagu": b.pagu,
            "sasaran": [s.pk for s in b.sasaran.all()], "satuan_volume": b.satuan_volume,
            "volume_target": b.volume_target, "volume_realisasi": b.volume_realisasi, "versi": wrap(snapshot(b))}


@login_required
def baris_baru(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = _dipa(satker, tahun)
    pilihan = _pilihan(satker, dipa)
    if request.method != "POST":
        awal = {"induk": request.GET.get("induk") or None}
        return _halaman_baris(request, satker, dipa, None, BarisForm(initial=awal, **pilihan))
    return _simpan_baris(request, satker, dipa, None, BarisForm(request.POST, **pilihan))


@login_required
@require_POST
def baris_simpan(request, kode, tahun, baris_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = _dipa(satker, tahun)
    b = get_object_or_404(BarisDipa, pk=baris_id, dipa=dipa)
    return _simpan_baris(request, satker, dipa, b, BarisForm(request.POST, **_pilihan(satker, dipa, kecuali=b)))


def _simpan_baris(request, satker, dipa, b, form):
    if form.is_valid():
        d = form.cleaned_data
        obj = b or BarisDipa(dipa=dipa)
        obj.dipa = dipa
        obj.tingkat, obj.kode, obj.uraian = d["tingkat"], (d["kode"] or "").strip(), d["uraian"].strip()
        obj.induk = BarisDipa.objects.filter(pk=d["induk"], dipa=dipa).first() if d["induk"] else None
        obj.pagu = int(d["pagu"] or 0)
        obj.satuan_volume = d["satuan_volume"]
        obj.volume_target, obj.volume_realisasi = d["volume_target"], d["volume_realisasi"]
        if obj.pk is None:
            obj.urutan = BarisDipa.objects.filter(dipa=dipa).count() + 1
        try:
            obj = actions.simpan_baris(obj, pelaku=request.user, version_shown=d["versi"] if b else None,
                                       sasaran=d["sasaran"])
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, "Baris DIPA disimpan.")
            return redirect(obj.get_absolute_url())
    return _halaman_baris(request, satker, dipa, b, form, status=400)


@login_required
@require_POST
def baris_hapus(request, kode, tahun, baris_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = _dipa(satker, tahun)
    b = get_object_or_404(BarisDipa, pk=baris_id, dipa=dipa)
    try:
        actions.hapus_baris(b, pelaku=request.user)
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
        return redirect(b.get_absolute_url())
    messages.success(request, "Baris DIPA dihapus.")
    return redirect("anggaran:ringkasan", kode=kode, tahun=tahun)


@login_required
@require_POST
def bulanan_simpan(request, kode, tahun, baris_id):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = _dipa(satker, tahun)
    b = get_object_or_404(BarisDipa, pk=baris_id, dipa=dipa)
    a = anggaran(satker, tahun)
    simpul = next(s for s in a.semua() if s.baris.pk == b.pk)
    form = BulananForm(request.POST, initial=_awal_bulanan(simpul), terkunci=_bulan_terkunci(a.status_bulan))
    if form.is_valid():
        d = form.cleaned_data
        try:
            actions.simpan_bulanan(b, pelaku=request.user, yakin=d["yakin"],
                                   realisasi={m: int(d[f"realisasi_{m}"] or 0) for m in BULAN_ANGGARAN},
                                   rpd={m: int(d[f"rpd_{m}"] or 0) for m in BULAN_ANGGARAN})
        except ValidationError as e:
            if "perlu_konfirmasi" in error_codes(e):
                form.add_error("yakin", e)
            else:
                errors_to_form(form, e)
        else:
            messages.success(request, "RPD dan realisasi disimpan.")
            return redirect(b.get_absolute_url())
    return _halaman_baris(request, satker, dipa, b, None, form_bulanan=form, status=400)


def _halaman_revisi(request, satker, dipa, form, status=200):
    a = anggaran(satker, dipa.tahun)
    return render(request, "anggaran/revisi.html", {
        "satker": satker, "tahun": dipa.tahun, "dipa": dipa, "a": a, "pergerakan": pergerakan_revisi(a),
        "form": form, "hak": hak_pengguna(request.user, satker)}, status=status)


def _baris_rinci(dipa):
    return [b for b in BarisDipa.objects.filter(dipa=dipa).order_by("urutan", "id") if not b.anak.exists()]


@login_required
def revisi(request, kode, tahun):
    satker = satker_untuk(request.user, kode)
    dipa = _dipa(satker, tahun)
    form = None
    if Hak.UBAH in hak_pengguna(request.user, satker):
        daftar = _baris_rinci(dipa)
        form = RevisiForm(baris=daftar, initial={f"pagu_{b.pk}": b.pagu for b in daftar})
    return _halaman_revisi(request, satker, dipa, form)


@login_required
@require_POST
def revisi_simpan(request, kode, tahun):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = _dipa(satker, tahun)
    form = RevisiForm(request.POST, baris=_baris_rinci(dipa))
    if form.is_valid():
        d = form.cleaned_data
        perubahan = [(b, int(d[f"pagu_{b.pk}"])) for b in form.baris if int(d[f"pagu_{b.pk}"]) != b.pagu]
        try:
            r = actions.catat_revisi(dipa, pelaku=request.user, tanggal=d["tanggal"], jenis=d["jenis"],
                                     alasan=d["alasan"], perubahan=perubahan)
        except ValidationError as e:
            errors_to_form(form, e)
        else:
            messages.success(request, f"Revisi ke-{r.nomor} dicatat.")
            return redirect("anggaran:revisi", kode=kode, tahun=tahun)
    return _halaman_revisi(request, satker, dipa, form, status=400)


@login_required
def bulan(request, kode, tahun, bulan):
    satker = satker_untuk(request.user, kode)
    dipa = _dipa(satker, tahun)
    obj = StatusBulan.objects.filter(satker=satker, tahun=tahun, bulan=bulan).first()
    status = obj.status if obj else StatusTriwulan.TERBUKA
    hak = hak_pengguna(request.user, satker)
    a = anggaran(satker, tahun)
    jejak = alur(obj) if obj is not None else []
    return render(request, "anggaran/bulan.html", {
        "satker": satker, "tahun": tahun, "dipa": dipa, "bulan": bulan, "nama_bulan": BULAN[bulan - 1],
        "status": StatusTriwulan(status), "alur": jejak, "kembali": alasan_terakhir(obj, jejak) if obj else None,
        "baris": [s for s in a.semua() if s.rinci], "m": a.bulanan()[bulan - 1], "hak": hak,
        "syarat": actions.syarat_pengajuan(satker, tahun, bulan) if status == StatusTriwulan.TERBUKA else [],
        "boleh_ajukan": Hak.UBAH in hak and status == StatusTriwulan.TERBUKA,
        "boleh_setujui": Hak.SETUJUI in hak and status == StatusTriwulan.DIAJUKAN,
        "boleh_buka": Hak.SETUJUI in hak and status == StatusTriwulan.DISETUJUI,
        "form_alasan": AlasanForm()})


def _ubah_bulan(request, kode, tahun, bulan, *, perlu, ke, pesan):
    satker = satker_untuk(request.user, kode, perlu)
    try:
        actions.ubah_status_bulan(satker, tahun, bulan, ke, pelaku=request.user,
                                  alasan=request.POST.get("alasan", ""))
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        messages.success(request, pesan)
    return redirect("anggaran:bulan", kode=kode, tahun=tahun, bulan=bulan)


@login_required
@require_POST
def bulan_ajukan(request, kode, tahun, bulan):
    return _ubah_bulan(request, kode, tahun, bulan, perlu=Hak.UBAH, ke=StatusTriwulan.DIAJUKAN,
                       pesan="Realisasi bulan ini diajukan kepada pimpinan.")


@login_required
@require_POST
def bulan_setujui(request, kode, tahun, bulan):
    return _ubah_bulan(request, kode, tahun, bulan, perlu=Hak.SETUJUI, ke=StatusTriwulan.DISETUJUI,
                       pesan="Realisasi bulan ini disetujui dan terkunci.")


@login_required
@require_POST
def bulan_kembalikan(request, kode, tahun, bulan):
    return _ubah_bulan(request, kode, tahun, bulan, perlu=Hak.SETUJUI, ke=StatusTriwulan.TERBUKA,
                       pesan="Realisasi bulan ini dikembalikan untuk diperbaiki.")


@login_required
@require_POST
def bulan_buka(request, kode, tahun, bulan):
    return _ubah_bulan(request, kode, tahun, bulan, perlu=Hak.SETUJUI, ke=StatusTriwulan.TERBUKA,
                       pesan="Bulan ini dibuka kembali.")


@login_required
def templat(request, kode, tahun, jenis):
    satker = satker_untuk(request.user, kode)
    dipa = _dipa(satker, tahun)
    if jenis not in impor.JENIS:
        raise Http404("Templat tidak dikenal.")
    resp = HttpResponse(impor.templat(jenis, dipa), content_type=XLSX_CONTENT_TYPE)
    resp["Content-Disposition"] = f'attachment; filename="templat-{jenis}-{satker.kode}-{tahun}.xlsx"'
    return resp


def _halaman_impor(request, satker, dipa, jenis, form, hasil=None, status=200):
    return render(request, "anggaran/impor.html", {
        "satker": satker, "tahun": dipa.tahun, "dipa": dipa, "jenis": jenis, "judul": impor.JENIS[jenis],
        "form": form, "hasil": hasil, "kolom": impor.KOLOM[jenis]}, status=status)


@login_required
def impor_halaman(request, kode, tahun, jenis):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = _dipa(satker, tahun)
    if jenis not in impor.JENIS:
        raise Http404("Impor tidak dikenal.")
    return _halaman_impor(request, satker, dipa, jenis, ImporForm())


@login_required
@require_POST
@body_limit(impor.MAKS_BYTE + 64 * 1024)
def impor_kirim(request, kode, tahun, jenis):
    satker = satker_untuk(request.user, kode, Hak.UBAH)
    dipa = _dipa(satker, tahun)
    if jenis not in impor.JENIS:
        raise Http404("Impor tidak dikenal.")
    form = ImporForm(request.POST, request.FILES)
    if not form.is_valid():
        return _halaman_impor(request, satker, dipa, jenis, form, status=400)
    hasil = impor.jalankan(jenis, dipa, form.cleaned_data["berkas"], pelaku=request.user,
                           yakin=form.cleaned_data["yakin"])
    if hasil.berhasil:
        messages.success(request, f"{hasil.jumlah} baris diimpor.")
        return redirect(reverse("anggaran:ringkasan", kwargs={"kode": kode, "tahun": tahun}))
    return _halaman_impor(request, satker, dipa, jenis, form, hasil=hasil, status=400)
