from django.urls import path

from . import views

urlpatterns = [
    path("dasbor/<tahun:tahun>/", views.dasbor, name="dasbor"),
    path("dasbor/<tahun:tahun>/capaian.xlsx", views.dasbor_xlsx, name="dasbor_xlsx"),
    path("realisasi/<tahun:tahun>/<str:tw>/", views.triwulan, name="triwulan"),
    path("realisasi/<tahun:tahun>/<str:tw>/status/<slug:aksi>/", views.ubah_status, name="status_triwulan"),
    path("realisasi/<tahun:tahun>/<str:tw>/<int:indikator_id>/", views.isi_realisasi, name="isi"),
    path("bukti/<int:bukti_id>/", views.unduh_bukti, name="bukti"),
    path("bukti/<int:bukti_id>/hapus/", views.hapus_bukti, name="bukti_hapus"),
]
