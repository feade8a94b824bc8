from django.contrib import admin

from kinerja.core.admin import AdminBerjejak, InlineBerkunci

from .models import Bukti, Realisasi, StatusPengukuran


class BuktiInline(InlineBerkunci):
    model = Bukti
    fields = ("nama_asli", "ukuran", "jenis", "diunggah_oleh", "diunggah_pada")
    readonly_fields = fields


@admin.register(Realisasi)
class RealisasiAdmin(AdminBerjejak):
    list_display = ("indikator", "tahun", "periode", "nilai", "pembilang", "penyebut", "predikat", "contoh")
    list_filter = ("tahun", "periode", "contoh")
    inlines = [BuktiInline]


@admin.register(StatusPengukuran)
class StatusPengukuranAdmin(AdminBerjejak):
    list_display = ("satker", "tahun", "periode", "status")
