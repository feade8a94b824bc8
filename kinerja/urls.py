from django.contrib import admin
from django.urls import include, path, register_converter

from kinerja.core.converters import (
    IdConverter, ModelLabelConverter, MonthConverter, QuarterConverter, SatkerCodeConverter, YearConverter,
)
from kinerja.pengukuran.views import beranda

register_converter(YearConverter, "tahun")
register_converter(IdConverter, "id")
register_converter(QuarterConverter, "tw")
register_converter(SatkerCodeConverter, "kode")
register_converter(ModelLabelConverter, "model")
register_converter(MonthConverter, "bulan")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", beranda, name="beranda"),
    path("", include("kinerja.core.urls")),
    path("s/<kode:kode>/", include("kinerja.organisasi.urls")),
    path("s/<kode:kode>/", include("kinerja.perencanaan.urls")),
    path("s/<kode:kode>/", include("kinerja.pengukuran.urls")),
    path("s/<kode:kode>/anggaran/", include("kinerja.anggaran.urls")),
    path("s/<kode:kode>/register/", include("kinerja.register.urls")),
    path("s/<kode:kode>/laporan/", include("kinerja.laporan.urls")),
]

handler403 = "kinerja.core.views.terlarang"
handler404 = "kinerja.core.views.tidak_ditemukan"
handler500 = "kinerja.core.views.galat_server"
