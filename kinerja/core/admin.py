from django.contrib import admin

from .models import Jejak, Komentar


@admin.register(Jejak)
class JejakAdmin(admin.ModelAdmin):
    list_display = ("waktu", "pelaku_nama", "satker", "aksi", "model", "objek_repr")
    list_filter = ("aksi", "model")
    search_fields = ("objek_repr", "pelaku_nama", "keterangan")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Komentar)
class KomentarAdmin(admin.ModelAdmin):
    list_display = ("dibuat_pada", "penulis_nama", "satker", "model", "teks")
