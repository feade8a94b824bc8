"""Writes to a satker's users and roles; audited like every action (passwords never recorded)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from kinerja.core.audit import aksi, catat, potret
from kinerja.core.versi import cek as cek_versi
from kinerja.lib.capaian import validasi_pita

from .models import Peran, Satker


def _cek_admin_tersisa(satker, kecuali: Peran):
    sisa = Peran.objects.filter(satker=satker, peran=Peran.Jenis.ADMIN, pengguna__is_active=True).exclude(pk=kecuali.pk)
    if kecuali.peran == Peran.Jenis.ADMIN and not sisa.exists():
        raise ValidationError("Satker harus tetap memiliki setidaknya satu admin.")


@aksi
def tambah_pengguna(pelaku, satker, *, username: str, nama: str, peran: str, sandi: str) -> Peran:
    User = get_user_model()
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": "Nama pengguna ini sudah dipakai."})
    depan, _, belakang = nama.strip().partition(" ")
    user = User(username=username, first_name=depan, last_name=belakang)
    validate_password(sandi, user)
    user.set_password(sandi)
    user.full_clean()
    user.save()
    p = Peran.objects.create(pengguna=user, satker=satker, peran=peran)
    catat(pelaku, "pengguna.buat", p, satker=satker, sesudah={"pengguna": username, "peran": peran})
    return p


@aksi
def ubah_peran(pelaku, satker, p: Peran, peran_baru: str, *, versi_awal: str | None = None) -> Peran:
    p = Peran.objects.select_for_update().get(pk=p.pk, satker=satker)
    cek_versi(versi_awal, potret(p), model=Peran, objek=p)
    if peran_baru != Peran.Jenis.ADMIN:
        _cek_admin_tersisa(satker, p)
    sebelum = potret(p)
    p.peran = peran_baru
    p.full_clean()
    p.save()
    catat(pelaku, "pengguna.peran", p, satker=satker, sebelum=sebelum, sesudah=potret(p))
    return p


@aksi
def cabut_peran(pelaku, satker, p: Peran) -> None:
    """Removes the role; a user left without any role is deactivated (records keep their name)."""
    p = Peran.objects.select_for_update().select_related("pengguna").get(pk=p.pk, satker=satker)
    _cek_admin_tersisa(satker, p)
    catat(pelaku, "pengguna.cabut", p, satker=satker, sebelum=potret(p))
    user = p.pengguna
    p.delete()
    if not Peran.objects.filter(pengguna=user).exists() and not user.is_superuser:
        user.is_active = False
        user.save(update_fields=["is_active"])


@aksi
def atur_sandi(pelaku, satker, p: Peran, sandi: str) -> None:
    user = p.pengguna
    if Peran.objects.filter(pengguna=user).exclude(satker=satker).exists() or user.is_superuser:
        raise ValidationError("Pengguna ini juga berperan di satker lain; kata sandinya diatur oleh "
                              "pengelola sistem.")
    validate_password(sandi, user)
    user.set_password(sandi)
    user.save(update_fields=["password"])
    catat(pelaku, "pengguna.sandi", p, satker=satker, keterangan="Kata sandi diatur ulang.")


@aksi
def atur_pita(pelaku, satker: Satker, pita, *, versi_awal: str | None = None) -> Satker:
    """The satker's category bands (None: the default of kinerja.lib.capaian). Only that
    column is written: the data version moves on through catat, never back."""
    if pita is not None:
        try:
            pita = validasi_pita(pita)
        except ValueError as e:
            raise ValidationError({"pita": str(e)}) from None
    satker = Satker.objects.select_for_update().get(pk=satker.pk)
    sebelum = potret(satker, ["pita_kategori"])
    cek_versi(versi_awal, sebelum, model=Satker, objek=satker)
    satker.pita_kategori = [] if pita is None else [[str(p.bawah), p.label] for p in pita]
    satker.save(update_fields=["pita_kategori"])
    catat(pelaku, "ubah", satker, satker=satker, sebelum=sebelum,
          sesudah=potret(satker, ["pita_kategori"]))
    return satker


def gagal_masuk(username: str) -> tuple[int, bool]:
    """Failed logins recorded for ``username`` (django-axes) and whether it is locked now."""
    from axes.models import AccessAttempt
    from django.conf import settings
    from django.db.models import Sum
    from django.utils import timezone

    qs = AccessAttempt.objects.filter(username=username)
    if settings.AXES_COOLOFF_TIME:
        qs = qs.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME)
    jumlah = qs.aggregate(n=Sum("failures_since_start"))["n"] or 0
    return jumlah, jumlah >= settings.AXES_FAILURE_LIMIT


@aksi
def buka_kunci_masuk(pelaku, satker, p: Peran) -> int:
    """Clear a user's failed logins (the lockout), audited; returns how many were cleared."""
    from axes.utils import reset

    p = Peran.objects.select_related("pengguna").get(pk=p.pk, satker=satker)
    jumlah = reset(username=p.pengguna.username)
    catat(pelaku, "pengguna.buka_kunci", p, satker=satker,
          keterangan=f"Kunci masuk {p.pengguna.username} dibuka ({jumlah} catatan percobaan dihapus).")
    return jumlah
