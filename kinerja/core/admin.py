from django import forms
from django.contrib import admin

from . import events, locks
from .audit import catat, snapshot, satker_of
from .models import Jejak, Komentar, Approvable


class FormBerkunci(forms.ModelForm):
    """An admin form that refuses, as a form error, what a lock forbids (kinerja.core.locks):
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
            locks.check(obj, berubah)
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
        if issubclass(self.model, Approvable):
            tetap += tuple(f for f in Approvable.FLOW_FIELDS if hasattr(self.model, f))
        return tetap

    def has_delete_permission(self, request, obj=None):
        if obj is not None and locks.locks_for(obj, None):
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        daftar = super().get_actions(request)
        if locks.guarded_fields(self.model):
            daftar.pop("delete_selected", None)  # each deletion is checked on its own page
        return daftar

    def save_model(self, request, obj, form, change):
        sebelum = snapshot(type(obj).objects.get(pk=obj.pk)) if change and obj.pk else None
        super().save_model(request, obj, form, change)
        catat(obj, events.ADMIN_UPDATE if change else events.ADMIN_CREATE, pelaku=request.user,
              satker=satker_of(obj), sebelum=sebelum, sesudah=snapshot(obj))

    def delete_model(self, request, obj):
        catat(obj, events.ADMIN_DELETE, pelaku=request.user, satker=satker_of(obj), sebelum=snapshot(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        for obj in formset.save(commit=False):
            sebelum = snapshot(type(obj).objects.get(pk=obj.pk)) if obj.pk else None
            obj.save()
            catat(obj, events.ADMIN_UPDATE if sebelum else events.ADMIN_CREATE, pelaku=request.user,
                  satker=satker_of(obj), sebelum=sebelum, sesudah=snapshot(obj))
        for obj in formset.deleted_objects:
            catat(obj, events.ADMIN_DELETE, pelaku=request.user, satker=satker_of(obj),
                  sebelum=snapshot(obj))
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
