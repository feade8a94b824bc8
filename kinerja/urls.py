from django.contrib import admin
from django.urls import include, path, register_converter

from kinerja.core.konverter import Id, KodeSatker, LabelModel, Tahun, Triwulan
from kinerja.pengukuran.views import beranda

register_converter(Tahun, "tahun")
register_converter(Id, "id")
register_converter(Triwulan, "tw")
register_converter(KodeSatker, "kode")
register_converter(LabelModel, "model")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", beranda, name="beranda"),
    path("", include("kinerja.core.urls")),
    path("s/<kode:kode>/", include("kinerja.organisasi.urls")),
    path("s/<kode:kode>/", include("kinerja.perencanaan.urls")),
    path("s/<kode:kode>/", include("kinerja.pengukuran.urls")),
]

handler403 = "kinerja.core.views.terlarang"
handler404 = "kinerja.core.views.tidak_ditemukan"
handler500 = "kinerja.core.views.galat_server"
