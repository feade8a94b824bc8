from django.contrib import admin

from kinerja.core.admin import AdminBerjejak

from .models import HariLibur, Peran, Satker, Subbagian


class SubbagianInline(admin.TabularInline):
    model = Subbagian
    extra = 0


class PeranInline(admin.TabularInline):
    model = Peran
    extra = 0
    autocomplete_fields = ["pengguna"]


@admin.register(Satker)
class SatkerAdmin(AdminBerjejak):
    list_display = ("kode", "nama", "tingkat", "induk", "contoh")
    list_filter = ("tingkat",)
    search_fields = ("kode", "nama")
    inlines = [SubbagianInline, PeranInline]


@admin.register(Peran)
class PeranAdmin(AdminBerjejak):
    list_display = ("pengguna", "satker", "peran")
    list_filter = ("peran",)
    search_fields = ("pengguna__username", "satker__nama", "satker__kode")


@admin.register(HariLibur)
class HariLiburAdmin(AdminBerjejak):
    list_display = ("tanggal", "satker", "nama", "libur")
    list_filter = ("libur",)
    search_fields = ("satker__kode", "satker__nama", "nama")
