from django.urls import path

from . import views

app_name = "register"
urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("pantau/", views.pantau, name="pantau"),
    path("<tahun:tahun>/", views.ringkasan, name="ringkasan"),
    path("<tahun:tahun>/ikat/", views.ikat, name="ikat"),
    path("<tahun:tahun>/ukuran/<slug:ukuran>/<tw:tw>/", views.rincian, name="rincian"),
    path("<tahun:tahun>/terapkan/<tw:tw>/", views.terapkan, name="terapkan"),
    path("<tahun:tahun>/indikator/<id:indikator_id>/<tw:tw>/", views.rincian_indikator, name="rincian_indikator"),
    path("<slug:register>/<tahun:tahun>/", views.daftar, name="daftar"),
    path("<slug:register>/<tahun:tahun>/tambah/", views.tambah, name="tambah"),
    path("<slug:register>/<tahun:tahun>/tambah/simpan/", views.tambah_simpan, name="tambah_simpan"),
    path("<slug:register>/<tahun:tahun>/templat.xlsx", views.templat, name="templat_xlsx"),
    path("<slug:register>/<tahun:tahun>/ekspor.xlsx", views.ekspor, name="ekspor_xlsx"),
    path("<slug:register>/<tahun:tahun>/impor/", views.impor, name="impor"),
    path("<slug:register>/<tahun:tahun>/impor/kirim/", views.impor_kirim, name="impor_kirim"),
    path("<slug:register>/<tahun:tahun>/<id:catatan_id>/", views.catatan, name="catatan"),
    path("<slug:register>/<tahun:tahun>/<id:catatan_id>/simpan/", views.catatan_simpan, name="catatan_simpan"),
    path("<slug:register>/<tahun:tahun>/<id:catatan_id>/hapus/", views.hapus, name="hapus"),
]
