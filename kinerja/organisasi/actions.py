"""Writes to a satker's users, roles and settings; audited like every action (passwords
are never recorded)."""

from __future__ import annotations

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.utils import timezone

from kinerja.core.actions import delete_object, save_object
from kinerja.core.audit import action, catat, snapshot
from kinerja.core.events import register as register_event
from kinerja.core.versions import check as check_version
from kinerja.lib.capaian import Pita, validasi_pita

from .models import HariLibur, Peran, Satker, Subbagian

PENGGUNA_BUAT = register_event("pengguna.buat", "menambahkan pengguna")
PENGGUNA_PERAN = register_event("pengguna.peran", "mengubah peran")
PENGGUNA_CABUT = register_event("pengguna.cabut", "mencabut peran")
PENGGUNA_SANDI = register_event("pengguna.sandi", "mengatur ulang kata sandi")
PENGGUNA_BUKA_KUNCI = register_event("pengguna.buka_kunci", "membuka kunci masuk")
PENGATURAN_PITA = register_event("pengaturan.pita", "mengubah kategori capaian")


def _cek_admin_tersisa(satker: Satker, kecuali: Peran) -> None:
    sisa = (Peran.objects.filter(satker=satker, peran=Peran.Jenis.ADMIN, pengguna__is_active=True)
            .exclude(pk=kecuali.pk))
    if kecuali.peran == Peran.Jenis.ADMIN and not sisa.exists():
        raise ValidationError("Satker harus tetap memiliki setidaknya satu admin.")


@action
def simpan_satker(satker: Satker, *, pelaku) -> Satker:
    """Create or change a satker record (its code, name, place in the tree)."""
    return save_object(satker, pelaku=pelaku, satker=satker)


@action
def simpan_subbagian(subbagian: Subbagian, *, pelaku) -> Subbagian:
    return save_object(subbagian, pelaku=pelaku, satker=subbagian.satker)


@action
def tambah_pengguna(satker: Satker, *, pelaku, username: str, nama: str, peran: str, sandi: str) -> Peran:
    User = get_user_model()
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": "Nama pengguna ini sudah dipakai."})
    if peran not in Peran.Jenis.values:
        raise ValidationError({"peran": "Peran tidak dikenal."})
    depan, _, belakang = nama.strip().partition(" ")
    user = User(username=username, first_name=depan, last_name=belakang)
    validate_password(sandi, user)
    user.set_password(sandi)
    user.full_clean()
    user.save()
    p = Peran.objects.create(pengguna=user, satker=satker, peran=peran)
    catat(p, PENGGUNA_BUAT, pelaku=pelaku, satker=satker, sesudah=snapshot(p))
    return p


@action
def ubah_peran(peran: Peran, peran_baru: str, *, pelaku, version_shown: str | None = None) -> Peran:
    p = Peran.objects.select_for_update().select_related("satker").get(pk=peran.pk)
    check_version(version_shown, snapshot(p), model=Peran, objek=p)
    if p.peran == peran_baru:
        return p
    if peran_baru != Peran.Jenis.ADMIN:
        _cek_admin_tersisa(p.satker, p)
    sebelum = snapshot(p)
    p.peran = peran_baru
    p.full_clean()
    p.save()
    catat(p, PENGGUNA_PERAN, pelaku=pelaku, satker=p.satker, sebelum=sebelum, sesudah=snapshot(p))
    return p


@action
def cabut_peran(peran: Peran, *, pelaku) -> None:
    """Removes the role; a user left without any role is deactivated (records keep their name)."""
    p = Peran.objects.select_for_update().select_related("pengguna", "satker").get(pk=peran.pk)
    _cek_admin_tersisa(p.satker, p)
    catat(p, PENGGUNA_CABUT, pelaku=pelaku, satker=p.satker, sebelum=snapshot(p))
    user = p.pengguna
    p.delete()
    if not Peran.objects.filter(pengguna=user).exists() and not user.is_superuser:
        user.is_active = False
        user.save(update_fields=["is_active"])


@action
def atur_sandi(peran: Peran, sandi: str, *, pelaku) -> None:
    user = peran.pengguna
    if Peran.objects.filter(pengguna=user).exclude(satker=peran.satker).exists() or user.is_superuser:
        raise ValidationError("Pengguna ini juga berperan di satker lain; kata sandinya diatur oleh "
                              "pengelola sistem.")
    validate_password(sandi, user)
    user.set_password(sandi)
    user.save(update_fields=["password"])
    catat(peran, PENGGUNA_SANDI, pelaku=pelaku, satker=peran.satker, keterangan="Kata sandi diatur ulang.")


@action
def atur_pita(satker: Satker, pita: tuple[Pita, ...] | None, *, pelaku,
              version_shown: str | None = None) -> Satker:
    """The satker's category bands (None: the default of kinerja.lib.capaian). Only that
    column is written: the data version moves on through catat, never back."""
    if pita is not None:
        try:
            pita = validasi_pita(pita)
        except ValueError as e:
            raise ValidationError({"pita": str(e)}) from None
    satker = Satker.objects.select_for_update().get(pk=satker.pk)
    sebelum = snapshot(satker, ["pita_kategori"])
    check_version(version_shown, sebelum, model=Satker, objek=satker)
    satker.pita_kategori = [] if pita is None else [[str(p.bawah), p.label] for p in pita]
    if snapshot(satker, ["pita_kategori"]) == sebelum:
        return satker
    satker.save(update_fields=["pita_kategori"])
    catat(satker, PENGATURAN_PITA, pelaku=pelaku, satker=satker, sebelum=sebelum,
          sesudah=snapshot(satker, ["pita_kategori"]))
    return satker


def gagal_masuk(username: str) -> tuple[int, bool]:
    """Failed logins recorded for ``username`` (django-axes) and whether it is locked now."""
    qs = AccessAttempt.objects.filter(username=username)
    if settings.AXES_COOLOFF_TIME:
        qs = qs.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME)
    jumlah = qs.aggregate(n=Sum("failures_since_start"))["n"] or 0
    return jumlah, jumlah >= settings.AXES_FAILURE_LIMIT


@action
def buka_kunci_masuk(peran: Peran, *, pelaku) -> int:
    """Clear a user's failed logins (the lockout), audited; returns how many were cleared."""
    p = Peran.objects.select_related("pengguna", "satker").get(pk=peran.pk)
    jumlah = reset(username=p.pengguna.username)
    catat(p, PENGGUNA_BUKA_KUNCI, pelaku=pelaku, satker=p.satker,
          keterangan=f"Kunci masuk {p.pengguna.username} dibuka ({jumlah} catatan percobaan dihapus).")
    return jumlah


HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@action
def simpan_hari_libur(h: HariLibur, *, pelaku) -> HariLibur:
    """Record one of the satker's own days: a day off on a working day, or a national day off
    worked after all; refused where it would change nothing."""
    from kinerja.lib.kalender import libur_nasional

    h.nama, h.dasar = " ".join((h.nama or "").split()), " ".join((h.dasar or "").split())
    if h.tanggal is None:
        raise ValidationError({"tanggal": "Tanggal wajib diisi."})
    from .kalender import TAHUN_AKHIR, TAHUN_AWAL, tahun_sah

    if not tahun_sah(h.tanggal.year):
        raise ValidationError({"tanggal": f"Tahun harus antara {TAHUN_AWAL} dan {TAHUN_AKHIR}."})
    if HariLibur.objects.filter(satker=h.satker, tanggal=h.tanggal).exclude(pk=h.pk).exists():
        raise ValidationError({"tanggal": "Tanggal ini sudah dicatat untuk satker ini; hapus catatan itu dahulu."})
    nasional = {t: nama for t, nama, _ in libur_nasional(h.tanggal.year)}
    if h.libur and h.tanggal.weekday() >= 5:
        raise ValidationError({"tanggal": f"Tanggal ini hari {HARI[h.tanggal.weekday()]}: bukan hari kerja, "
                                          "tidak perlu dicatat sebagai libur."})
    if h.libur and h.tanggal in nasional:
        raise ValidationError({"tanggal": f"Tanggal ini sudah libur nasional ({nasional[h.tanggal]})."})
    if not h.libur and h.tanggal not in nasional:
        raise ValidationError({"libur": "Tanggal ini bukan libur nasional atau cuti bersama: tidak ada hari "
                                        "libur yang dibatalkan. Centang “hari libur” untuk menambah hari libur."})
    if not h.libur and h.tanggal.weekday() >= 5:
        raise ValidationError({"libur": f"Libur nasional ini jatuh pada hari {HARI[h.tanggal.weekday()]}, "
                                        "yang memang bukan hari kerja."})
    return save_object(h, pelaku=pelaku, satker=h.satker)


@action
def hapus_hari_libur(h: HariLibur, *, pelaku) -> None:
    delete_object(h, pelaku=pelaku, satker=h.satker)
