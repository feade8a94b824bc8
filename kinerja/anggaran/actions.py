"""Writes to the budget: the DIPA and its lines, revisions, RPD, monthly realisasi, and the
approval of a month. Each is one durable transaction with its audit rows
(kinerja.core.audit); the rules are kinerja.lib.anggaran.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Sum

from kinerja.core import events
from kinerja.core.actions import change_status, delete_object, save_object
from kinerja.core.audit import action, catat, snapshot
from kinerja.core.events import register as register_event
from kinerja.lib.alur import StatusTriwulan
from kinerja.lib.anggaran import BULAN_ANGGARAN, PerubahanPagu, terapkan_revisi
from kinerja.lib.angka import BULAN, format_angka

from .models import BarisDipa, Dipa, RealisasiBulanan, RevisiDipa, RincianRevisi, Rpd, StatusBulan

REVISI = register_event("anggaran.revisi", "mencatat revisi DIPA")
BULAN_DIAJUKAN = register_event("bulan_anggaran.diajukan", "mengajukan realisasi anggaran bulanan")
BULAN_TERBUKA = register_event("bulan_anggaran.terbuka", "mengembalikan (membuka kembali) realisasi anggaran bulanan")
BULAN_DISETUJUI = register_event("bulan_anggaran.disetujui", "menyetujui dan mengunci realisasi anggaran bulanan")


def rupiah(n: int) -> str:
    return f"Rp{format_angka(n, 0)}"


@action
def simpan_dipa(dipa: Dipa, *, pelaku, version_shown: str | None = None) -> Dipa:
    """Create or update a DIPA's heading: number, date, absorption targets, efficiency thresholds."""
    return save_object(dipa, pelaku=pelaku, satker=dipa.satker, version_shown=version_shown)


def _punya_revisi(dipa_id) -> bool:
    return RevisiDipa.objects.filter(dipa_id=dipa_id).exists()


@action
def simpan_baris(baris: BarisDipa, *, pelaku, version_shown: str | None = None,
                 sasaran: Sequence[int] | None = None) -> BarisDipa:
    """Create or update a DIPA line (and the sasaran it funds). Pagu sits on lines without
    children; once the DIPA has a revision its pagu changes only through revisions (the
    current pagu is the latest one)."""
    return _simpan_baris(baris, pelaku=pelaku, version_shown=version_shown, sasaran=sasaran)


def _simpan_baris(baris: BarisDipa, *, pelaku, version_shown: str | None = None,
                  sasaran: Sequence[int] | None = None) -> BarisDipa:
    dipa = baris.dipa
    if baris.induk_id:
        induk = BarisDipa.objects.select_for_update().get(pk=baris.induk_id)
        if induk.pagu:
            raise ValidationError({"induk": f"Baris {induk.kode_lengkap} masih berpagu Rp{format_angka(induk.pagu, 0)}: "
                                            "pagu dicatat pada baris paling rinci. Kosongkan dulu pagu baris itu "
                                            "(atau pindahkan melalui revisi), lalu tambahkan rinciannya."})
    lama = BarisDipa.objects.filter(pk=baris.pk).first() if baris.pk else None
    if lama is None:
        if _punya_revisi(dipa.pk) and baris.pagu:
            raise ValidationError({"pagu": "DIPA ini sudah direvisi: baris baru berpagu ditambahkan melalui revisi."})
        baris.pagu_awal = baris.pagu
    else:
        if lama.pagu != baris.pagu and _punya_revisi(dipa.pk):
            raise ValidationError({"pagu": "DIPA ini sudah direvisi: pagu diubah melalui revisi DIPA."})
        if lama.pagu != baris.pagu and baris.anak.exists():
            raise ValidationError({"pagu": "Pagu baris yang berinci adalah jumlah rinciannya."})
        if not _punya_revisi(dipa.pk):
            baris.pagu_awal = baris.pagu
    baris = save_object(baris, pelaku=pelaku, satker=dipa.satker, induk=dipa, version_shown=version_shown)
    if sasaran is not None:
        _kaitkan_sasaran(baris, sasaran, pelaku=pelaku)
    return baris


def _kaitkan_sasaran(baris: BarisDipa, sasaran_ids: Sequence[int], *, pelaku) -> None:
    """Link a line to the sasaran kegiatan it funds (of its own satker's Renstra in force)."""
    from kinerja.perencanaan.models import SasaranKegiatan

    dipa = baris.dipa
    pilihan = {s.pk: s for s in SasaranKegiatan.objects.filter(
        pk__in=sasaran_ids, renstra__satker=dipa.satker,
        renstra__tahun_awal__lte=dipa.tahun, renstra__tahun_akhir__gte=dipa.tahun)}
    if len(pilihan) != len(set(sasaran_ids)):
        raise ValidationError({"sasaran": "Sasaran harus sasaran kegiatan Renstra satker ini yang berlaku tahun DIPA."})
    lama = {s.pk: s for s in baris.sasaran.all()}
    if set(lama) == set(pilihan):
        return
    baris.sasaran.set(list(pilihan.values()))
    nama = lambda d: [f"{s.nomor}. {s.uraian}" for s in sorted(d.values(), key=lambda s: s.nomor)]  # noqa: E731
    catat(baris, events.UPDATE, pelaku=pelaku, satker=dipa.satker, sebelum={"sasaran": nama(lama)},
          sesudah={"sasaran": nama(pilihan)}, induk=dipa)


@action
def hapus_baris(baris: BarisDipa, *, pelaku) -> None:
    if baris.anak.exists():
        raise ValidationError("Hapus dulu rincian di bawah baris ini.")
    if baris.realisasi.exists():
        raise ValidationError("Baris yang sudah berisi realisasi tidak dapat dihapus.")
    if baris.rincian_revisi.exists():
        raise ValidationError("Baris yang tercatat dalam revisi DIPA tidak dapat dihapus.")
    delete_object(baris, pelaku=pelaku, satker=baris.dipa.satker, induk=baris.dipa)


@action
def catat_revisi(dipa: Dipa, *, pelaku, tanggal: dt.date, jenis: str, alasan: str,
                 perubahan: Sequence[tuple[BarisDipa, int]], sumber: str = "", contoh: bool = False) -> RevisiDipa:
    """Record a revisi DIPA: the next number, its date, kind and reason, and the new pagu of
    each changed line (kinerja.lib.anggaran.terapkan_revisi: the "before" is the line's
    current pagu, nothing becomes negative). A revision may change no pagu (an
    administrative revision)."""
    alasan = (alasan or "").strip()
    if not alasan:
        raise ValidationError({"alasan": "Alasan revisi wajib diisi."})
    if jenis not in RevisiDipa.Jenis.values:
        raise ValidationError({"jenis": "Jenis revisi tidak dikenal."})
    if tanggal.year != dipa.tahun:
        raise ValidationError({"tanggal": f"Tanggal revisi harus dalam tahun anggaran {dipa.tahun}."})
    terakhir = dipa.revisi.order_by("-nomor").first()
    if terakhir is not None and tanggal < terakhir.tanggal:
        raise ValidationError({"tanggal": f"Tanggal revisi tidak boleh sebelum revisi ke-{terakhir.nomor} "
                                          f"({terakhir.tanggal:%d-%m-%Y})."})
    ids = [b.pk for b, _ in perubahan]
    terkini = {b.pk: b for b in BarisDipa.objects.select_for_update().filter(dipa=dipa, pk__in=ids)}
    for b, _ in perubahan:
        if b.pk not in terkini:
            raise ValidationError(f"Baris {b} bukan baris DIPA ini.")
        if terkini[b.pk].anak.exists():
            raise ValidationError(f"Baris {terkini[b.pk].kode_lengkap} berinci: ubah pagu pada rinciannya.")
    kunci = {str(pk): b.pagu for pk, b in terkini.items()}
    _, masalah = terapkan_revisi(kunci, [PerubahanPagu(str(b.pk), terkini[b.pk].pagu, int(baru))
                                         for b, baru in perubahan])
    if masalah:
        nama = {str(pk): (b.kode_lengkap or "Pagu tidak dirinci") for pk, b in terkini.items()}
        raise ValidationError([nama.get(m.split(":", 1)[0], "") + ":" + m.split(":", 1)[1] for m in masalah])
    revisi = RevisiDipa(dipa=dipa, nomor=(terakhir.nomor + 1 if terakhir else 1), tanggal=tanggal,
                        jenis=jenis, alasan=alasan, sumber=sumber, contoh=contoh)
    revisi.full_clean()
    revisi.save()
    catat(revisi, REVISI, pelaku=pelaku, satker=dipa.satker, sesudah=snapshot(revisi), induk=dipa,
          keterangan=alasan)
    for b, baru in perubahan:
        lama = terkini[b.pk]
        if lama.pagu == int(baru):
            continue
        r = RincianRevisi.objects.create(revisi=revisi, baris=lama, pagu_sebelum=lama.pagu, pagu_sesudah=int(baru))
        catat(r, events.CREATE, pelaku=pelaku, satker=dipa.satker, sesudah=snapshot(r), induk=revisi)
        sebelum = snapshot(lama)
        lama.pagu = int(baru)
        lama.save(update_fields=["pagu"])
        catat(lama, events.UPDATE, pelaku=pelaku, satker=dipa.satker, sebelum=sebelum, sesudah=snapshot(lama),
              induk=dipa, keterangan=f"Revisi ke-{revisi.nomor}")
    return revisi


def status_bulan(satker, tahun: int, bulan: int, *, untuk_diubah=False) -> StatusBulan:
    qs = StatusBulan.objects.all()
    if untuk_diubah:
        qs = qs.select_for_update()
    obj, _ = qs.get_or_create(satker=satker, tahun=tahun, bulan=bulan)
    return obj


def _cek_bulan(baris: BarisDipa, bulan: int) -> None:
    if bulan not in BULAN_ANGGARAN:
        raise ValidationError({"bulan": "Bulan harus 1 sampai 12."})
    s = status_bulan(baris.dipa.satker, baris.dipa.tahun, bulan, untuk_diubah=True)
    if s.terkunci:
        raise ValidationError(
            f"Realisasi anggaran {BULAN[bulan - 1]} {baris.dipa.tahun} berstatus "
            f"{StatusTriwulan(s.status).label.lower()} sehingga tidak dapat diubah. "
            "Minta pimpinan membuka kembali bulan ini.")


def _cek_rinci(baris: BarisDipa) -> None:
    if baris.anak.exists():
        raise ValidationError("Realisasi dan RPD dicatat pada baris paling rinci, bukan pada baris yang berinci.")


def _cek_pagu(baris: BarisDipa, total: int, yakin: bool) -> None:
    if not yakin and total > baris.pagu:
        raise ValidationError(
            f"Realisasi {baris.kode_lengkap or 'pagu tidak dirinci'} setahun menjadi {rupiah(total)}, "
            f"melebihi pagunya {rupiah(baris.pagu)}. Periksa kembali; bila memang benar, "
            "konfirmasikan lalu simpan lagi.", code="perlu_konfirmasi")


def _bulanan(model, baris: BarisDipa, bulan: int, jumlah: int, *, pelaku, sumber: str, contoh: bool):
    """Set one month's amount of ``model`` (RealisasiBulanan or Rpd); zero removes it."""
    if bulan not in BULAN_ANGGARAN:
        raise ValidationError({"bulan": "Bulan harus 1 sampai 12."})
    jumlah = int(jumlah)
    r = model.objects.select_for_update().filter(baris=baris, bulan=bulan).first()
    satker = baris.dipa.satker
    if r is not None and r.jumlah == jumlah:
        return r
    if jumlah == 0:
        if r is not None:
            delete_object(r, pelaku=pelaku, satker=satker, induk=baris)
        return None
    sebelum = snapshot(r) if r else None
    if r is None:
        r = model(baris=baris, bulan=bulan, jumlah=jumlah)
    r.jumlah, r.sumber, r.contoh = jumlah, sumber, contoh
    if model is RealisasiBulanan:
        r.diubah_oleh = pelaku
    r.full_clean()
    r.save()
    catat(r, events.UPDATE if sebelum else events.CREATE, pelaku=pelaku, satker=satker,
          sebelum=sebelum, sesudah=snapshot(r), induk=baris)
    return r


def _simpan_bulanan(baris: BarisDipa, realisasi: dict[int, int], rpd: dict[int, int], *, pelaku,
                    yakin: bool, sumber: str, contoh: bool) -> None:
    _cek_rinci(baris)
    lama = dict(RealisasiBulanan.objects.filter(baris=baris).values_list("bulan", "jumlah"))
    for bulan, jumlah in realisasi.items():
        if lama.get(bulan, 0) != int(jumlah):
            _cek_bulan(baris, bulan)
    if any(lama.get(b, 0) != int(j) for b, j in realisasi.items()):
        _cek_pagu(baris, sum({**lama, **{b: int(j) for b, j in realisasi.items()}}.values()), yakin)
    for bulan, jumlah in realisasi.items():
        _bulanan(RealisasiBulanan, baris, bulan, jumlah, pelaku=pelaku, sumber=sumber, contoh=contoh)
    for bulan, jumlah in rpd.items():
        _bulanan(Rpd, baris, bulan, jumlah, pelaku=pelaku, sumber=sumber, contoh=contoh)


@action
def simpan_bulanan(baris: BarisDipa, *, pelaku, realisasi: dict[int, int] | None = None,
                   rpd: dict[int, int] | None = None, yakin: bool = False, sumber: str = "",
                   contoh: bool = False) -> None:
    """Set a line's realisasi and RPD for the given months, all or nothing. Realisasi may
    change only in open months; a year's realisasi above the line's current pagu is refused
    with code ``perlu_konfirmasi`` unless ``yakin``; a zero amount removes the month's entry.
    Unchanged months are not written."""
    _simpan_bulanan(baris, realisasi or {}, rpd or {}, pelaku=pelaku, yakin=yakin, sumber=sumber, contoh=contoh)


def syarat_pengajuan(satker, tahun: int, bulan: int) -> list[str]:
    """What stops a month from being submitted: months before it still open."""
    maju = set(StatusBulan.objects.filter(satker=satker, tahun=tahun, bulan__lt=bulan)
               .exclude(status=StatusTriwulan.TERBUKA).values_list("bulan", flat=True))
    terbuka = [b for b in range(1, bulan) if b not in maju]
    if terbuka:
        return [f"Bulan sebelumnya belum diajukan: {', '.join(BULAN[b - 1] for b in terbuka)}."]
    return []


@action
def ubah_status_bulan(satker, tahun: int, bulan: int, ke: str, *, pelaku, alasan: str = "") -> StatusBulan:
    if bulan not in BULAN_ANGGARAN:
        raise ValidationError("Bulan tidak dikenal.")
    if not Dipa.objects.filter(satker=satker, tahun=tahun).exists():
        raise ValidationError(f"Belum ada DIPA tahun {tahun}.")
    if ke == StatusTriwulan.DIAJUKAN:
        masalah = syarat_pengajuan(satker, tahun, bulan)
        if masalah:
            raise ValidationError(masalah)
    s = status_bulan(satker, tahun, bulan, untuk_diubah=True)
    return change_status(s, ke, pelaku=pelaku, satker=satker, alasan=alasan)


def angka_rupiah(nilai) -> int:
    """A parsed amount (Decimal from the number parser) as whole rupiah."""
    if isinstance(nilai, Decimal):
        if nilai != nilai.to_integral_value():
            raise ValidationError("Rupiah harus bilangan bulat.")
        return int(nilai)
    return int(nilai)


@action
def impor_dipa(dipa: Dipa, baris: Sequence[dict], *, pelaku) -> int:
    """Write checked import rows (kinerja.anggaran.impor) as DIPA lines, all or nothing:
    new codes are created under their parents, existing ones updated. Returns the number
    of lines written."""
    ada = {b.kode_lengkap: b for b in BarisDipa.objects.filter(dipa=dipa)}
    urutan = BarisDipa.objects.filter(dipa=dipa).count()
    ditulis = 0
    # parents first: a code's depth is its number of segments
    for r in sorted(baris, key=lambda r: (r["kode"].count(".") if r["kode"] else -1, r["nomor"])):
        b = ada.get(r["kode"])
        if b is None:
            urutan += 1
            induk = ada.get(r["kode"].rsplit(".", 1)[0]) if "." in r["kode"] and r["tingkat"] != "program" else None
            b = BarisDipa(dipa=dipa, induk=induk, urutan=r["nomor"] + urutan)
        b.dipa = dipa
        b.tingkat = r["tingkat"]
        b.kode = r["kode"].rsplit(".", 1)[-1] if r["tingkat"] not in ("program", "tidak_dirinci") else r["kode"]
        b.uraian = r["uraian"]
        berinci = any(x["kode"].startswith(r["kode"] + ".") for x in baris) if r["kode"] else False
        if not berinci and r["pagu"] is not None:
            b.pagu = r["pagu"]
        if r["satuan"]:
            b.satuan_volume = r["satuan"]
        if r["volume"] is not None:
            b.volume_target = r["volume"]
        try:
            b = _simpan_baris(b, pelaku=pelaku, sasaran=r["sasaran"])
        except ValidationError as e:
            raise ValidationError(f"Baris {r['nomor']} ({r['kode'] or 'tidak dirinci'}): {' '.join(e.messages)}") from e
        ada[b.kode_lengkap] = b
        ditulis += 1
    return ditulis


@action
def impor_realisasi(dipa: Dipa, data: dict[int, dict[int, int]], *, pelaku, yakin: bool = False) -> int:
    """Write checked monthly realisasi per line id, all or nothing (locked months refuse)."""
    baris = {b.pk: b for b in BarisDipa.objects.filter(dipa=dipa, pk__in=list(data))}
    for pk, bulan in data.items():
        b = baris[pk]
        b.dipa = dipa
        try:
            _simpan_bulanan(b, bulan, {}, pelaku=pelaku, yakin=yakin, sumber="", contoh=False)
        except ValidationError as e:
            raise ValidationError(f"{b.kode_lengkap or 'Tidak dirinci'}: {' '.join(e.messages)}") from e
    return len(data)
