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
from kinerja.core import jam, massal
from kinerja.core.audit import action, catat, catat_banyak, snapshot
from kinerja.core.events import register as register_event
from kinerja.lib.alur import StatusTriwulan
from kinerja.lib.anggaran import BULAN_ANGGARAN, PerubahanPagu, masalah_rupiah, terapkan_revisi
from kinerja.lib.angka import BULAN, RUPIAH, format_angka, format_rupiah

from .models import BarisDipa, Dipa, RealisasiBulanan, RevisiDipa, RincianRevisi, Rpd, StatusBulan

REVISI = register_event("anggaran.revisi", "mencatat revisi DIPA")
MAKS_RUPIAH = int(RUPIAH.maksimum)
IMPOR_REALISASI = register_event("anggaran.impor_realisasi", "mengimpor realisasi bulanan")
BULAN_DIAJUKAN = register_event("bulan_anggaran.diajukan", "mengajukan realisasi anggaran bulanan")
BULAN_TERBUKA = register_event("bulan_anggaran.terbuka", "mengembalikan (membuka kembali) realisasi anggaran bulanan")
BULAN_DISETUJUI = register_event("bulan_anggaran.disetujui", "menyetujui dan mengunci realisasi anggaran bulanan")


def rupiah(n: int) -> str:
    return format_rupiah(n)


@action
def simpan_dipa(dipa: Dipa, *, pelaku, version_shown: str | None = None) -> Dipa:
    """Create or update a DIPA's heading: number, date, absorption targets, efficiency thresholds.
    A new DIPA is for a year from 2000 to next year (a DIPA is issued before its year starts)."""
    if dipa.pk is None and not (2000 <= dipa.tahun <= jam.sekarang().year + 1):
        raise ValidationError(f"DIPA dicatat untuk tahun 2000 sampai {jam.sekarang().year + 1}.")
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
    lama_ = BarisDipa.objects.filter(pk=baris.pk).first() if baris.pk else None
    if lama_ is not None and (lama_.kode, lama_.tingkat, lama_.induk_id) != (baris.kode, baris.tingkat, baris.induk_id) \
            and BarisDipa.objects.filter(induk_id=baris.pk).exists():
        raise ValidationError({"kode": "Kode, tingkat, dan induk baris yang berinci tidak diubah: rinciannya memakai "
                                       "kode lengkapnya. Ubah atau hapus rinciannya dulu."})
    if baris.induk_id:
        induk = BarisDipa.objects.select_for_update().get(pk=baris.induk_id)
        naik: BarisDipa | None = induk
        dilihat: set[int] = set()
        while naik is not None and naik.pk not in dilihat:  # never under itself or its own rincian
            if baris.pk is not None and naik.pk == baris.pk:
                raise ValidationError({"induk": "Baris tidak dapat berada di bawah dirinya sendiri atau rinciannya."})
            dilihat.add(naik.pk)
            naik = naik.induk
        if RealisasiBulanan.objects.filter(baris=induk).exists():
            raise ValidationError({"induk": f"Baris {induk.kode_lengkap} sudah berisi realisasi: rincian di "
                                            "bawahnya tidak dapat ditambahkan."})
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


def _geser_total(dipa_id, selisih: dict[int, int]) -> None:
    """Move the DIPA's monthly totals (models.TotalBulanan) by ``selisih`` per month."""
    from django.db.models import F

    from .models import TotalBulanan

    selisih = {b: d for b, d in selisih.items() if d}
    if not selisih:
        return
    ada = set(TotalBulanan.objects.select_for_update().filter(dipa_id=dipa_id, bulan__in=list(selisih))
              .values_list("bulan", flat=True))
    TotalBulanan.objects.bulk_create([TotalBulanan(dipa_id=dipa_id, bulan=b, realisasi=d)
                                      for b, d in selisih.items() if b not in ada])
    for b in ada:
        TotalBulanan.objects.filter(dipa_id=dipa_id, bulan=b).update(realisasi=F("realisasi") + selisih[b])


def _bulanan(model, baris: BarisDipa, bulan: int, jumlah: int, *, pelaku, sumber: str, contoh: bool):
    """Set one month's amount of ``model`` (RealisasiBulanan or Rpd); zero removes it."""
    if bulan not in BULAN_ANGGARAN:
        raise ValidationError({"bulan": "Bulan harus 1 sampai 12."})
    jumlah = int(jumlah)
    r = model.objects.select_for_update().filter(baris=baris, bulan=bulan).first()
    satker = baris.dipa.satker
    if r is not None and r.jumlah == jumlah:
        return r
    if model is RealisasiBulanan:
        _geser_total(baris.dipa_id, {bulan: jumlah - (r.jumlah if r is not None else 0)})
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


def _kode_induk(kode: str) -> str:
    return kode.rsplit(".", 1)[0]


@action
def impor_dipa(dipa: Dipa, baris: Sequence[dict], *, pelaku) -> int:
    """Write checked import rows (kinerja.anggaran.impor) as DIPA lines, all or nothing, in
    bulk: new codes are created under their parents (level by level), existing ones updated;
    one audit row per line written (kinerja.core.audit.catat_banyak). The rules are those
    of :func:`simpan_baris`: pagu on lines without children, and after a revision only
    through revisions. Returns the number of lines written."""
    from kinerja.perencanaan.models import SasaranKegiatan

    satker = dipa.satker
    ada = {b.kode_lengkap: b for b in BarisDipa.objects.select_for_update().filter(dipa=dipa)}
    direvisi = _punya_revisi(dipa.pk)
    berealisasi = set(RealisasiBulanan.objects.filter(baris__dipa=dipa).values_list("baris_id", flat=True))
    nama_sasaran = {s.pk: f"{s.nomor}. {s.uraian}" for s in SasaranKegiatan.objects.filter(renstra__satker=satker)}
    lama_sasaran: dict[int, list[int]] = {}
    for baris_id, sasaran_id in BarisDipa.sasaran.through.objects.filter(barisdipa__dipa=dipa).values_list(
            "barisdipa_id", "sasarankegiatan_id"):
        lama_sasaran.setdefault(baris_id, []).append(sasaran_id)
    induk_di_berkas = {_kode_induk(r["kode"]) for r in baris if r["tingkat"] not in ("program", "tidak_dirinci")}
    induk_di_db = set(BarisDipa.objects.filter(dipa=dipa, induk__isnull=False).values_list("induk_id", flat=True))
    urutan = max((b.urutan for b in ada.values()), default=0)
    jejak: list[tuple] = []
    kaitan: list[tuple[int, int]] = []

    def galat(r, pesan):
        return ValidationError(f"Baris {r['nomor']} ({r['kode'] or 'tidak dirinci'}): {pesan}")

    for tingkat in sorted({r["kode"].count(".") if r["kode"] else -1 for r in baris}):
        baru, diubah = [], []
        for r in (x for x in baris if (x["kode"].count(".") if x["kode"] else -1) == tingkat):
            b = ada.get(r["kode"])
            sebelum = snapshot(b) if b is not None else None
            if b is None:
                urutan += 1
                induk = None
                if r["tingkat"] not in ("program", "tidak_dirinci"):
                    induk = ada[_kode_induk(r["kode"])]
                    if induk.pagu and induk.kode_lengkap not in induk_di_berkas | {""}:
                        raise galat(r, f"baris {induk.kode_lengkap} masih berpagu; pagu dicatat pada baris paling rinci.")
                    if induk.pk in berealisasi:
                        raise galat(r, f"baris {induk.kode_lengkap} sudah berisi realisasi: rincian tidak dapat ditambahkan.")
                b = BarisDipa(dipa=dipa, induk=induk, urutan=urutan, tingkat=r["tingkat"])
                b.kode = r["kode"].rsplit(".", 1)[-1] if r["tingkat"] not in ("program", "tidak_dirinci") else r["kode"]
            b.uraian = r["uraian"]
            berinci = r["kode"] in induk_di_berkas or (b.pk is not None and b.pk in induk_di_db)
            if berinci and r["pagu"] and b.pk is not None and b.pk in induk_di_db and r["kode"] not in induk_di_berkas:
                raise galat(r, "baris ini berinci: pagunya adalah jumlah rinciannya; kosongkan kolom pagunya.")
            if berinci and b.pagu and direvisi:
                raise galat(r, "DIPA ini sudah direvisi: pagu baris ini dipindahkan ke rinciannya melalui revisi DIPA.")
            if not berinci and r["pagu"] is not None and r["pagu"] != b.pagu:
                if direvisi:
                    raise galat(r, "DIPA ini sudah direvisi: pagu diubah melalui revisi DIPA.")
                b.pagu = b.pagu_awal = r["pagu"]
            if berinci:
                b.pagu = b.pagu_awal = 0
            if r["satuan"]:
                b.satuan_volume = r["satuan"]
            if r["volume"] is not None:
                b.volume_target = r["volume"]
            try:
                b.clean()
                b.clean_fields()
            except ValidationError as e:
                raise galat(r, " ".join(e.messages)) from e
            if sebelum is None:
                baru.append((r, b))
            elif snapshot(b) != sebelum:
                diubah.append((r, b, sebelum))
            elif r["sasaran"] is not None and set(r["sasaran"]) != set(lama_sasaran.get(b.pk, [])):
                diubah.append((r, b, sebelum))
        BarisDipa.objects.bulk_create([b for _, b in baru], batch_size=500)
        if diubah:
            BarisDipa.objects.bulk_update([b for _, b, _ in diubah], ["uraian", "pagu", "pagu_awal", "satuan_volume",
                                                                      "volume_target"], batch_size=500)
        for r, b in baru:
            ada[b.kode_lengkap] = b
            sas = sorted(set(r["sasaran"] or []))
            kaitan += [(b.pk, x) for x in sas]
            jejak.append((b, events.CREATE, None, {**snapshot(b), "sasaran": [nama_sasaran[x] for x in sas]},
                          dipa, "Impor baris DIPA"))
        for r, b, sebelum in diubah:
            sesudah = snapshot(b)
            if r["sasaran"] is not None and set(r["sasaran"]) != set(lama_sasaran.get(b.pk, [])):
                BarisDipa.sasaran.through.objects.filter(barisdipa_id=b.pk).delete()
                kaitan += [(b.pk, x) for x in sorted(set(r["sasaran"]))]
                sebelum = {**sebelum, "sasaran": [nama_sasaran[x] for x in lama_sasaran.get(b.pk, [])]}
                sesudah["sasaran"] = [nama_sasaran[x] for x in sorted(set(r["sasaran"]))]
            jejak.append((b, events.UPDATE, sebelum, sesudah, dipa, "Impor baris DIPA"))
    BarisDipa.sasaran.through.objects.bulk_create(
        [BarisDipa.sasaran.through(barisdipa_id=b, sasarankegiatan_id=x) for b, x in kaitan], batch_size=500)
    return catat_banyak(jejak, pelaku=pelaku, satker=satker)


@action
def impor_realisasi(dipa: Dipa, data: dict[int, dict[int, int]], *, pelaku, yakin: bool = False) -> int:
    """Write checked monthly realisasi per line id, all or nothing, in bulk: the same rules
    as :func:`simpan_bulanan` (open months only, through the guard's own lookup
    :func:`kinerja.anggaran.locks.bulan_terkunci`; realisasi above pagu only when ``yakin``),
    one audit row per line with its months before and after. Returns the values changed."""
    from .locks import bulan_terkunci

    satker = dipa.satker
    ids = list(data)
    baris = {b.pk: b for b in BarisDipa.objects.select_for_update().filter(dipa=dipa, pk__in=ids)}
    if len(baris) != len(set(ids)):
        raise ValidationError("Ada baris yang bukan baris DIPA ini.")
    berinci = set(BarisDipa.objects.filter(induk_id__in=ids).values_list("induk_id", flat=True))
    if berinci:
        raise ValidationError(f"Baris {baris[next(iter(berinci))].kode_lengkap} berinci: realisasi diisi pada rinciannya.")
    lama: dict[int, dict[int, RealisasiBulanan]] = {}
    for tersimpan in RealisasiBulanan.objects.select_for_update().filter(baris_id__in=ids):
        lama.setdefault(tersimpan.baris_id, {})[tersimpan.bulan] = tersimpan
    terkunci = bulan_terkunci(satker.pk, dipa.tahun)
    sekarang = jam.sekarang()
    buat: list[tuple] = []
    ubah: list[tuple] = []
    hapus: list[int] = []
    jejak: list[tuple] = []
    pelaku_id = getattr(pelaku, "pk", None)
    for pk, per_bulan in data.items():
        b = baris[pk]
        ada = lama.get(pk, {})
        sebelum, sesudah = {}, {}
        for bulan, jumlah in sorted(per_bulan.items()):
            r = ada.get(bulan)
            nilai_lama = r.jumlah if r is not None else 0
            if nilai_lama == jumlah:
                continue
            if bulan in terkunci:
                kunci = terkunci[bulan]
                raise ValidationError(f"{b.kode_lengkap or 'Tidak dirinci'}: {kunci.nama[:1].upper()}{kunci.nama[1:]}. "
                                      f"{kunci.jalan_keluar}")
            masalah = (None if type(jumlah) is int and 0 <= jumlah <= MAKS_RUPIAH
                       else masalah_rupiah(jumlah, nama="Realisasi") or "bukan rupiah yang sah.")
            if masalah:
                raise ValidationError(f"{b.kode_lengkap or 'Tidak dirinci'} {BULAN[bulan - 1]}: {masalah}")
            sebelum[BULAN[bulan - 1]], sesudah[BULAN[bulan - 1]] = nilai_lama, jumlah
            if r is None:
                buat.append((pk, bulan, jumlah, "", False, pelaku_id, sekarang))
            elif jumlah == 0:
                hapus.append(r.pk)
            else:
                ubah.append((r.pk, jumlah, "", False, pelaku_id, sekarang))
        if not sesudah:
            continue
        total = sum({**{m: r.jumlah for m, r in ada.items()}, **per_bulan}.values())
        try:
            _cek_pagu(b, total, yakin)
        except ValidationError as e:
            raise ValidationError(f"{b.kode_lengkap or 'Tidak dirinci'}: {e.messages[0]}", code="perlu_konfirmasi") from e
        jejak.append((b, IMPOR_REALISASI, sebelum, sesudah, dipa, "Impor realisasi bulanan"))
    # checked above, row by row, as simpan_bulanan checks them; audited per line below
    massal.sisipkan(RealisasiBulanan, ["baris", "bulan", "jumlah", "sumber", "contoh", "diubah_oleh", "diubah_pada"],
                    buat)
    massal.perbarui(RealisasiBulanan, ["jumlah", "sumber", "contoh", "diubah_oleh", "diubah_pada"], ubah)
    RealisasiBulanan.objects.filter(pk__in=hapus).delete()
    selisih: dict[int, int] = {}
    for pk, per_bulan in data.items():
        for bulan, jumlah in per_bulan.items():
            r = lama.get(pk, {}).get(bulan)
            selisih[bulan] = selisih.get(bulan, 0) + jumlah - (r.jumlah if r is not None else 0)
    _geser_total(dipa.pk, selisih)
    catat_banyak(jejak, pelaku=pelaku, satker=satker)
    return len(buat) + len(ubah) + len(hapus)
