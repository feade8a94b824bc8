from django.contrib import admin
from django.urls import include, path, register_converter

from kinerja.core.konverter import Tahun

register_converter(Tahun, "tahun")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("kinerja.core.urls")),
    path("s/<str:kode>/", include("kinerja.organisasi.urls")),
    path("s/<str:kode>/", include("kinerja.perencanaan.urls")),
    path("s/<str:kode>/", include("kinerja.pengukuran.urls")),
]

handler403 = "kinerja.core.views.terlarang"
handler404 = "kinerja.core.views.tidak_ditemukan"
handler500 = "kinerja.core.views.galat_server"
