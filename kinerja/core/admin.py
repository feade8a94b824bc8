from django import forms
from django.contrib import admin

from . import kunci, peristiwa
from .audit import catat, potret, satker_dari
from .models import Jejak, Komentar, Persetujuan


class FormBerkunci(forms.ModelForm):
    """An admin form that refuses, as a form error, what a lock forbids (kinerja.core.kunci):
    checked on the record as it was and as it would become."""

    def clean(self):
        data = super().clean()
        if self.instance.pk is not None:
            self._periksa(self.instance, set(self.changed_data))
        return data

    def _post_clean(self):
        super()._post_clean()
        berubah = set(self.changed_data) if self.instance.pk is not None else None
        self._periksa(self.instance, berubah)

    def _periksa(self, obj, berubah):
        try:
            kunci.periksa(obj, berubah)
        except forms.ValidationError as e:
            if not any(e.messages[0] in m for m in self.non_field_errors()):
                self.add_error(None, e)


class InlineBerkunci(admin.TabularInline):
    form = FormBerkunci
    extra = 0


class AdminBerjejak(admin.ModelAdmin):
    """Back-office edits leave audit rows and move the satker's data version on, like actions,
    and meet the same lock check. Approval fields change only through the approval flow."""

    form = FormBerkunci

    def get_readonly_fields(self, request, obj=None):
        tetap = tuple(super().get_readonly_fields(request, obj))
        if issubclass(self.model, Persetujuan):
            tetap += tuple(f for f in Persetujuan.FIELD_ALUR if hasattr(self.model, f))
        return tetap

    def has_delete_permission(self, request, obj=None):
        if obj is not None and kunci.kunci_untuk(obj, None):
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        daftar = super().get_actions(request)
        if kunci.field_dijaga(self.model):
            daftar.pop("delete_selected", None)  # each deletion is checked on its own page
        return daftar

    def save_model(self, request, obj, form, change):
        sebelum = potret(type(obj).objects.get(pk=obj.pk)) if change and obj.pk else None
        super().save_model(request, obj, form, change)
        catat(obj, peristiwa.ADMIN_UBAH if change else peristiwa.ADMIN_BUAT, pelaku=request.user,
              satker=satker_dari(obj), sebelum=sebelum, sesudah=potret(obj))

    def delete_model(self, request, obj):
        catat(obj, peristiwa.ADMIN_HAPUS, pelaku=request.user, satker=satker_dari(obj), sebelum=potret(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        for obj in formset.save(commit=False):
            sebelum = potret(type(obj).objects.get(pk=obj.pk)) if obj.pk else None
            obj.save()
            catat(obj, peristiwa.ADMIN_UBAH if sebelum else peristiwa.ADMIN_BUAT, pelaku=request.user,
                  satker=satker_dari(obj), sebelum=sebelum, sesudah=potret(obj))
        for obj in formset.deleted_objects:
            catat(obj, peristiwa.ADMIN_HAPUS, pelaku=request.user, satker=satker_dari(obj),
                  sebelum=potret(obj))
            obj.delete()
        formset.save_m2m()


@admin.register(Jejak)
class JejakAdmin(admin.ModelAdmin):
    list_display = ("waktu", "pelaku_nama", "satker", "peristiwa", "model", "objek_repr")
    list_filter = ("peristiwa", "model")
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
