"""What the plan feeds to locked documents (kinerja.core.locks).

An approved, submitted or superseded PK version is locked. It shows, for each row, the
indicator's code, name, unit and IKU mark, its sasaran, and targets read by the
indicator's polaritas and unit; a PK rests on the Renstra whose period covers its year.
"""

from __future__ import annotations

from kinerja.core.locks import Lock, guard
from kinerja.lib.alur import StatusPK

from .models import BarisPK, Indikator, PerjanjianKinerja, Renstra, SasaranKegiatan, TargetPK, VersiPK

JALAN_PK = ("PK yang telah diajukan atau disetujui tidak diubah: pimpinan mengembalikan PK yang "
            "diajukan menjadi draf, dan PK yang disetujui diubah melalui revisi (versi baru).")
JALAN_DEFINISI = ("Definisi indikator yang dipakai dokumen yang telah disetujui tidak diubah: buat "
                  "indikator baru dan pakai dalam revisi PK.")

# Fields of an indicator that a PK row or a capaian figure depends on.
FIELD_INDIKATOR = ("kode", "nama", "satuan", "boleh_lebih_100", "polaritas", "rumus_min",
                   "batas_capaian", "rasio", "frekuensi", "agregasi", "iku", "sasaran")
# What a PK version shows besides its rows and its status (the flow changes the status).
FIELD_KEPALA_PK = ("pk_induk", "nomor", "tanggal", "alasan_revisi", "keterangan_revisi",
                   "pihak_pertama_nama", "pihak_pertama_jabatan", "pihak_pertama_nip",
                   "pihak_kedua_nama", "pihak_kedua_jabatan", "pihak_kedua_nip")


def lock_of_version(v: VersiPK, jalan: str = JALAN_PK) -> Lock:
    return Lock(f"{v} berstatus {v.label_status.lower()}", jalan)


def _versi_terkunci(**filter_) -> list[VersiPK]:
    qs = (VersiPK.objects.filter(**filter_).exclude(status=StatusPK.DRAFT)
          .select_related("pk_induk").distinct().order_by("pk_induk__tahun", "nomor"))
    return list(qs)


@guard(Indikator, fields=FIELD_INDIKATOR)
def _indikator(ind: Indikator):
    if ind.pk is None:
        return
    for v in _versi_terkunci(baris__indikator_id=ind.pk):
        yield lock_of_version(v, JALAN_DEFINISI)


@guard(SasaranKegiatan, fields=("uraian", "nomor", "renstra"))
def _sasaran(s: SasaranKegiatan):
    if s.pk is None:
        return
    for v in _versi_terkunci(baris__indikator__sasaran_id=s.pk):
        yield lock_of_version(v)


@guard(Renstra, fields=("satker", "tahun_awal", "tahun_akhir"))
def _renstra(r: Renstra):
    if r.pk is None:
        return
    for v in _versi_terkunci(pk_induk__renstra_id=r.pk):
        yield lock_of_version(v, "Periode Renstra yang menjadi dasar PK yang telah disetujui tidak diubah.")


@guard(PerjanjianKinerja)
def _pk(pk: PerjanjianKinerja):
    if pk.pk is None:
        return
    for v in _versi_terkunci(pk_induk_id=pk.pk):
        yield lock_of_version(v)


@guard(VersiPK, fields=FIELD_KEPALA_PK)
def _versi(v: VersiPK):
    if v.terkunci:
        yield lock_of_version(v)


@guard(BarisPK)
def _baris(b: BarisPK):
    if b.versi_id is not None and b.versi.terkunci:
        yield lock_of_version(b.versi)


@guard(TargetPK)
def _target(t: TargetPK):
    if t.baris_id is not None and t.baris.versi.terkunci:
        yield lock_of_version(t.baris.versi)
