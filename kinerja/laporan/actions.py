"""Writes of the report app: its settings, the narrative blocks and the obstacle rows.

Each is one durable action with an audit row (kinerja.core.audit), like every other write.
"""

from __future__ import annotations

import datetime as dt
import io
import os

from django.conf import settings
from django.core.exceptions import ValidationError

from kinerja.core import versions
from kinerja.core.actions import delete_object, save_object
from kinerja.core.audit import action, after_commit, catat, snapshot
from kinerja.core.events import register as register_event
from kinerja.lib.angka import format_ukuran

from .models import MAKS_NARASI, SEMUA_TAHUN, Foto, Hambatan, Laporan, Narasi, Pembuatan, Standar

FOTO_UNGGAH = register_event("laporan.foto", "mengunggah foto dokumentasi")
PEMBUATAN = register_event("laporan.pembuatan", "meminta pembuatan berkas Laporan Kinerja")
DIAJUKAN = register_event("laporan.diajukan", "mengajukan Laporan Kinerja")
DISETUJUI = register_event("laporan.disetujui", "menyetujui dan mengunci Laporan Kinerja")
TERBUKA = register_event("laporan.terbuka", "mengembalikan (membuka kembali) Laporan Kinerja")
FORMAT_BERKAS = ("docx", "pdf", "xlsx")
FOTO_MAKS_BYTE = settings.BUKTI_MAKS_BYTE  # the one upload limit (KINERJA_BUKTI_MAKS_MB)
FOTO_JENIS = {"JPEG": (".jpg", "image/jpeg"), "PNG": (".png", "image/png")}
# The longest side a photo is kept at: 2000 px is 300 dpi over 17 cm, wider than the report's
# photo column (12-15.5 cm), so print quality is kept while a 12-megapixel camera file shrinks.
FOTO_MAKS_PX = 2000
from .narasi import KUNCI_SATKER, kunci_sah


def bersihkan(teks: str) -> str:
    """Control and invisible characters out (they break DOCX/XML), line ends as \\n, trimmed."""
    teks = (teks or "").replace("\r\n", "\n").replace("\r", "\n")
    # the zero-width joiner stays: emoji sequences (👨‍👩‍👧) are built with it
    return "".join(c for c in teks if c.isprintable() or c in "\n\t\u200d").strip()


@action
def simpan_laporan(laporan: Laporan, *, pelaku, version_shown: str | None = None) -> Laporan:
    """Create or update a year's report settings (date, signatory, paper)."""
    for nama in ("penandatangan_nama", "penandatangan_jabatan"):
        setattr(laporan, nama, bersihkan(getattr(laporan, nama)))
    return save_object(laporan, pelaku=pelaku, satker=laporan.satker, version_shown=version_shown)


@action
def simpan_narasi(satker, tahun: int, kunci: str, teks: str, *, pelaku, sumber: str = "",
                  contoh: bool = False, version_shown: str | None = None) -> Narasi | None:
    """Set one narrative block; the BAB I blocks are kept for every year. Empty text removes it."""
    if not kunci_sah(kunci):
        raise ValidationError("Bagian narasi tidak dikenal.")
    teks = bersihkan(teks)
    if len(teks) > MAKS_NARASI:
        raise ValidationError(f"Narasi paling banyak {MAKS_NARASI:,} karakter; yang diisi {len(teks):,}."
                              .replace(",", "."))
    tahun = SEMUA_TAHUN if kunci in KUNCI_SATKER else tahun
    if kunci.startswith("sasaran."):
        from kinerja.perencanaan.models import SasaranKegiatan

        if not SasaranKegiatan.objects.filter(pk=int(kunci.split(".")[1]), renstra__satker=satker).exists():
            raise ValidationError("Sasaran tidak ditemukan pada Renstra satker ini.")
    ada = Narasi.objects.select_for_update().filter(satker=satker, tahun=tahun, kunci=kunci).first()
    if ada is not None:  # someone else saved this block since the form was opened: refused, nothing lost
        versions.check(version_shown, snapshot(ada), model=Narasi, objek=ada)
    if not teks:
        if ada is not None:
            delete_object(ada, pelaku=pelaku, satker=satker)
        return None
    if ada is not None and ada.teks == teks and ada.contoh == contoh and (not sumber or ada.sumber == sumber):
        return ada  # nothing changed: no write, no audit row
    n = ada or Narasi(satker=satker, tahun=tahun, kunci=kunci)
    # an example text the office saves as its own is no longer the example: its source goes with it
    n.teks, n.sumber, n.contoh = teks, sumber or ("" if n.contoh and not contoh else n.sumber), contoh
    return save_object(n, pelaku=pelaku, satker=satker)


@action
def simpan_hambatan(h: Hambatan, *, pelaku, version_shown: str | None = None) -> Hambatan:
    for nama in ("hambatan", "kendala", "tindak_lanjut"):
        setattr(h, nama, bersihkan(getattr(h, nama)))
    if not h.hambatan:
        raise ValidationError({"hambatan": "Hambatan wajib diisi."})
    if h.sasaran_id is not None and h.sasaran.renstra.satker_id != h.satker_id:
        raise ValidationError({"sasaran": "Sasaran bukan milik satker ini."})
    return save_object(h, pelaku=pelaku, satker=h.satker, version_shown=version_shown)


@action
def hapus_hambatan(h: Hambatan, *, pelaku) -> None:
    delete_object(h, pelaku=pelaku, satker=h.satker)


def periksa_foto(berkas) -> tuple[str, str]:
    """The extension and content type of an uploaded photo, if it really is a JPEG or PNG image
    (opened and verified with Pillow, not judged by its name)."""
    from PIL import Image, UnidentifiedImageError

    nama = os.path.basename(getattr(berkas, "name", "") or "foto")
    if not berkas.size:
        raise ValidationError(f"Berkas “{nama}” kosong.")
    if berkas.size > FOTO_MAKS_BYTE:
        raise ValidationError(f"Foto “{nama}” {format_ukuran(berkas.size)} melebihi batas "
                              f"{FOTO_MAKS_BYTE // (1024 * 1024)} MB.")
    berkas.seek(0)
    data = berkas.read()
    berkas.seek(0)
    try:
        with Image.open(io.BytesIO(data)) as im:
            format = im.format
            im.verify()
        with Image.open(io.BytesIO(data)) as im:
            im.load()  # verify() does not decode: a truncated image fails here
    except Image.DecompressionBombError:
        raise ValidationError(f"Gambar “{nama}” terlalu besar ukuran pikselnya untuk dibuka; perkecil dulu "
                              f"(paling besar sekitar {Image.MAX_IMAGE_PIXELS // 1_000_000} megapiksel).") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(f"Berkas “{nama}” bukan gambar JPEG atau PNG yang dapat dibuka.") from None
    if format not in FOTO_JENIS:
        raise ValidationError(f"Foto “{nama}” berformat {format}; yang diterima hanya JPEG dan PNG.")
    return FOTO_JENIS[format]


def rapikan_foto(berkas) -> tuple[bytes, str, str]:
    """The photo as it is kept: turned upright by its EXIF orientation, reduced to
    FOTO_MAKS_PX on its longest side, and written afresh, which drops its metadata (a phone's
    EXIF holds the GPS position and the device). JPEG stays JPEG (quality 85), PNG stays PNG."""
    from PIL import Image, ImageOps

    ext, jenis = periksa_foto(berkas)
    berkas.seek(0)
    with Image.open(io.BytesIO(berkas.read())) as im:
        im = ImageOps.exif_transpose(im)
        im.thumbnail((FOTO_MAKS_PX, FOTO_MAKS_PX))
        keluar = io.BytesIO()
        if jenis == "image/jpeg":
            im.convert("RGB").save(keluar, "JPEG", quality=85, optimize=True)
        else:
            im.save(keluar, "PNG", optimize=True)
    return keluar.getvalue(), ext, jenis


@action
def unggah_foto(satker, tahun: int, berkas, keterangan: str, *, pelaku, sasaran=None, kegiatan=None,
                contoh: bool = False) -> Foto:
    keterangan = bersihkan(keterangan)
    if not keterangan:
        raise ValidationError({"keterangan": "Keterangan foto wajib diisi: ia menjadi judul gambar di laporan."})
    if sasaran is not None and sasaran.renstra.satker_id != satker.pk:
        raise ValidationError({"sasaran": "Sasaran bukan milik satker ini."})
    if kegiatan is not None and (kegiatan.satker_id != satker.pk or kegiatan.tanggal.year != tahun):
        raise ValidationError({"kegiatan": f"Kegiatan bukan milik register kegiatan {tahun} satker ini."})
    isi, ext, jenis = rapikan_foto(berkas)
    urutan = Foto.objects.filter(satker=satker, tahun=tahun).count() + 1
    f = Foto(satker=satker, tahun=tahun, sasaran=sasaran, kegiatan=kegiatan, keterangan=keterangan[:300], jenis=jenis,
             ukuran=len(isi), urutan=urutan, contoh=contoh)
    from django.core.files.base import ContentFile

    f.berkas.save(f"foto{ext}", ContentFile(isi), save=False)
    try:
        f.full_clean()
        f.save()
        catat(f, FOTO_UNGGAH, pelaku=pelaku, satker=satker, sesudah=snapshot(f))
    except Exception:
        f.berkas.delete(save=False)  # no orphan file when the row is not written
        raise
    return f


@action
def hapus_foto(f: Foto, *, pelaku) -> None:
    """Delete a photo; its file goes only once the deletion has committed."""
    delete_object(f, pelaku=pelaku, satker=f.satker)
    penyimpanan, nama = f.berkas.storage, f.berkas.name
    if nama:
        after_commit(lambda: penyimpanan.delete(nama))


@action
def simpan_standar(s: Standar, *, pelaku) -> Standar:
    s.sumber = bersihkan(s.sumber)
    if not s.sumber:
        raise ValidationError({"sumber": "Sebutkan dasar standar (peraturan, surat, atau publikasi)."})
    if s.indikator.sasaran.renstra.satker_id is None:
        raise ValidationError("Indikator tidak dikenal.")
    return save_object(s, pelaku=pelaku, satker=s.indikator.sasaran.renstra.satker)


@action
def hapus_standar(s: Standar, *, pelaku) -> None:
    delete_object(s, pelaku=pelaku, satker=s.indikator.sasaran.renstra.satker)


# --- building the files, in the background ---------------------------------------------------

# A build still queued or running after this long is taken as lost (the worker stopped or
# the queue lost it): it is marked failed so that a new build may start.
BATAS_PEMBUATAN = dt.timedelta(minutes=30)


def tandai_macet(satker, tahun: int) -> None:
    """Mark as failed every build of the year left queued or running past BATAS_PEMBUATAN."""
    from kinerja.core import jam

    Pembuatan.objects.filter(satker=satker, tahun=tahun, status__in=(Pembuatan.Status.ANTRE, Pembuatan.Status.JALAN),
                             dibuat_pada__lt=jam.sekarang() - BATAS_PEMBUATAN).update(
        status=Pembuatan.Status.GAGAL, progres=100, langkah="gagal",
        pesan=f"Terhenti: tidak selesai dalam {BATAS_PEMBUATAN.seconds // 60} menit (pekerja tugas berhenti atau "
              "antrean kehilangan tugasnya). Buat ulang berkasnya.")


@action
def mulai_pembuatan(satker, tahun: int, *, pelaku, format: tuple[str, ...] = FORMAT_BERKAS) -> Pembuatan:
    """Queue a build of the year's report files; the task starts once this has committed.
    One build per satker and year at a time (the satker row is locked while checking); none
    while the report is submitted or approved (its files are the submitted ones)."""
    from .locks import laporan_terkunci
    from .tasks import bangun_laporan

    format = tuple(f for f in FORMAT_BERKAS if f in format)
    if not format:
        raise ValidationError("Pilih sedikitnya satu format: DOCX, PDF, atau XLSX.")
    type(satker).objects.select_for_update().filter(pk=satker.pk).first()
    kunci = laporan_terkunci(satker.pk, tahun)
    if kunci is not None:
        raise ValidationError(f"{kunci.nama[:1].upper()}{kunci.nama[1:]}: berkasnya adalah yang diajukan. "
                              f"{kunci.jalan_keluar}")
    tandai_macet(satker, tahun)
    berjalan = Pembuatan.objects.filter(satker=satker, tahun=tahun, status__in=(
        Pembuatan.Status.ANTRE, Pembuatan.Status.JALAN)).first()
    if berjalan is not None:
        raise ValidationError("Berkas laporan tahun ini sedang dibuat; tunggu sampai selesai.")
    p = Pembuatan.objects.create(satker=satker, tahun=tahun, format=",".join(format), dibuat_oleh=pelaku)
    catat(p, PEMBUATAN, pelaku=pelaku, satker=satker, sesudah=snapshot(p))

    def antre():
        try:
            hasil = bangun_laporan.enqueue(p.pk)
        except Exception as e:  # the queue is down: the build fails visibly, the page does not
            _kemajuan(p.pk, 100, "gagal", status=Pembuatan.Status.GAGAL,
                      pesan=f"Antrean tugas tidak dapat dihubungi ({type(e).__name__}). Coba lagi sebentar lagi.")
            return
        Pembuatan.objects.filter(pk=p.pk, tugas="").update(tugas=str(hasil.id)[:64])

    after_commit(antre)
    return p


def _kemajuan(pk, persen: int, langkah: str, **lain) -> None:
    # progress is not the office's data: written directly, without an audit row or a new data version
    Pembuatan.objects.filter(pk=pk).update(progres=persen, langkah=langkah[:200], **lain)


def jalankan_pembuatan(pembuatan_id: int) -> Pembuatan | None:
    """Build the queued files (the task's body): the document from the data, then each
    format, saving progress after each step; any error ends the build as failed with its
    message. The files record the data version they were built from."""
    from django.core.files.base import ContentFile

    from kinerja.core import jam

    from . import render
    from .susun import susun

    # claim the build atomically: a task delivered twice runs once
    if not Pembuatan.objects.filter(pk=pembuatan_id, status=Pembuatan.Status.ANTRE).update(
            status=Pembuatan.Status.JALAN, progres=2, langkah="mulai"):
        return Pembuatan.objects.filter(pk=pembuatan_id).first()
    p = Pembuatan.objects.select_related("satker").get(pk=pembuatan_id)
    satker = p.satker
    try:
        versi = type(satker).objects.values_list("versi_data", flat=True).get(pk=satker.pk)
        _kemajuan(p.pk, 5, "menyusun laporan dari data", versi_data=versi)
        doc = susun(satker, p.tahun)
        _kemajuan(p.pk, 8, "menyusun laporan dari data", sidik=sidik(doc))
        daftar = p.daftar_format()
        for i, f in enumerate(daftar):
            _kemajuan(p.pk, 10 + 85 * i // len(daftar), f"menulis {f.upper()}")
            isi = render.render(doc, f)
            berkas = getattr(p, f)
            berkas.save(f"laporan-kinerja-{satker.kode}-{p.tahun}.{f}", ContentFile(isi), save=False)
            Pembuatan.objects.filter(pk=p.pk).update(**{f: berkas.name})
        _kemajuan(p.pk, 100, "selesai", status=Pembuatan.Status.SELESAI, selesai_pada=jam.sekarang(),
                  pesan=f"{len(doc.kesenjangan)} kekurangan data dinyatakan dalam laporan." if doc.kesenjangan else "")
    except Exception as e:  # the build fails visibly; the worker stays up
        import logging

        logging.getLogger(__name__).exception("Pembuatan berkas laporan %s gagal", p.pk)
        _kemajuan(p.pk, 100, "gagal", status=Pembuatan.Status.GAGAL, selesai_pada=jam.sekarang(),
                  pesan=f"Berkas tidak dapat dibuat: {e} ({type(e).__name__}). Laporkan kepada admin bila "
                        "berulang."[:2000])
    p.refresh_from_db()
    return p


def laporan_tahun(satker, tahun: int, *, untuk_diubah: bool = False) -> Laporan:
    qs = Laporan.objects.filter(satker=satker, tahun=tahun)
    if untuk_diubah:
        qs = qs.select_for_update()
    lap = qs.first()
    if lap is None:
        lap = Laporan(satker=satker, tahun=tahun)
        lap.save()
        lap = Laporan.objects.select_for_update().get(pk=lap.pk) if untuk_diubah else lap
    return lap


def syarat_pengajuan(satker, tahun: int) -> tuple[Pembuatan | None, str | None]:
    """The build a report is submitted with: the latest complete build (DOCX, PDF and XLSX)
    of the data as they stand; else why it cannot be submitted."""
    p = Pembuatan.objects.filter(satker=satker, tahun=tahun).order_by("-id").first()
    if p is None or p.status != Pembuatan.Status.SELESAI:
        return None, "Buat berkas laporan (DOCX, PDF, XLSX) dulu; yang diajukan adalah berkas itu."
    if set(p.daftar_format()) != set(FORMAT_BERKAS):
        return None, "Berkas terakhir tidak lengkap: buat ulang dalam ketiga format (DOCX, PDF, XLSX)."
    if not masih_sesuai(p):
        return None, ("Isi laporan berubah sejak berkas terakhir dibuat: buat ulang berkas agar yang diajukan "
                      "sesuai data terkini.")
    return p, None


def sidik(doc) -> str:
    """A digest of everything the report shows (its HTML rendering holds every text, figure
    and image): equal digests mean equal reports, whatever else changed in the satker."""
    import hashlib

    from . import render

    return hashlib.sha256(render.html(doc).encode()).hexdigest()


def masih_sesuai(p: Pembuatan) -> bool:
    """Whether the build still shows what the report built from the current data would."""
    from .susun import susun

    return bool(p.sidik) and p.sidik == sidik(susun(p.satker, p.tahun))


@action
def ubah_status_laporan(satker, tahun: int, ke: str, *, pelaku, alasan: str = "") -> Laporan:
    """Submit (with the latest complete build of the current data), approve (locks the year's
    narrative, obstacles, photos, standards and settings), return or re-open (with a reason)."""
    from kinerja.core.actions import change_status
    from kinerja.lib.alur import StatusTriwulan

    lap = laporan_tahun(satker, tahun, untuk_diubah=True)
    if ke == StatusTriwulan.DIAJUKAN:
        p, masalah = syarat_pengajuan(satker, tahun)
        if masalah:
            raise ValidationError(masalah)
        lap.pembuatan = p
    elif ke == StatusTriwulan.DISETUJUI and lap.pembuatan is not None and not masih_sesuai(lap.pembuatan):
        raise ValidationError("Data laporan berubah sejak diajukan (mis. realisasi atau anggaran diperbaiki), "
                              "sehingga berkas yang diajukan tidak lagi sesuai. Kembalikan laporan agar operator "
                              "membuat ulang berkasnya.")
    return change_status(lap, ke, pelaku=pelaku, satker=satker, alasan=alasan)
