from django.contrib import admin

from .audit import catat, potret, satker_dari
from .models import Jejak, Komentar


class AdminBerjejak(admin.ModelAdmin):
    """Back-office edits leave audit rows and move the satker's data version on, like actions."""

    def save_model(self, request, obj, form, change):
        sebelum = potret(type(obj).objects.get(pk=obj.pk)) if change and obj.pk else None
        super().save_model(request, obj, form, change)
        catat(request.user, "admin.ubah" if change else "admin.buat", obj, satker=satker_dari(obj),
              sebelum=sebelum, sesudah=potret(obj))

    def delete_model(self, request, obj):
        catat(request.user, "admin.hapus", obj, satker=satker_dari(obj), sebelum=potret(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        for obj in formset.save(commit=False):
            sebelum = potret(type(obj).objects.get(pk=obj.pk)) if obj.pk else None
            obj.save()
            catat(request.user, "admin.ubah" if sebelum else "admin.buat", obj, satker=satker_dari(obj),
                  sebelum=sebelum, sesudah=potret(obj))
        for obj in formset.deleted_objects:
            catat(request.user, "admin.hapus", obj, satker=satker_dari(obj), sebelum=potret(obj))
            obj.delete()
        formset.save_m2m()


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
class KomentarAdmin(AdminBerjejak):
    list_display = ("dibuat_pada", "penulis_nama", "satker", "model", "teks")
