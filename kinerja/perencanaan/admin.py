from django.contrib import admin

from kinerja.core.admin import AdminBerjejak, InlineBerkunci

from . import models


class TargetPKInline(InlineBerkunci):
    model = models.TargetPK


@admin.register(models.Renstra)
class RenstraAdmin(AdminBerjejak):
    list_display = ("satker", "tahun_awal", "tahun_akhir")


@admin.register(models.Indikator)
class IndikatorAdmin(AdminBerjejak):
    list_display = ("kode", "nama", "satuan", "polaritas", "iku", "sasaran")
    list_filter = ("iku", "satuan", "polaritas")
    search_fields = ("kode", "nama")


@admin.register(models.PerjanjianKinerja)
class PKAdmin(AdminBerjejak):
    list_display = ("satker", "tahun")


@admin.register(models.VersiPK)
class VersiPKAdmin(AdminBerjejak):
    list_display = ("pk_induk", "nomor", "status", "tanggal")
    list_filter = ("status",)


@admin.register(models.BarisPK)
class BarisPKAdmin(AdminBerjejak):
    list_display = ("versi", "indikator", "urutan")
    inlines = [TargetPKInline]


for m in (models.Misi, models.Tujuan, models.SasaranStrategis, models.Program, models.ArahKebijakan,
          models.SasaranKegiatan, models.TargetIndikator):
    admin.site.register(m, AdminBerjejak)
