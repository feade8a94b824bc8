from django.urls import path

from . import views

app_name = "pengukuran"
urlpatterns = [
    path("", views.satker_beranda, name="satker"),
    path("dasbor/<tahun:tahun>/", views.dasbor, name="dasbor"),
    path("dasbor/<tahun:tahun>/capaian.xlsx", views.dasbor_xlsx, name="dasbor_xlsx"),
    path("realisasi/<tahun:tahun>/<tw:tw>/", views.triwulan, name="triwulan"),
    path("realisasi/<tahun:tahun>/<tw:tw>/status/ajukan/", views.triwulan_ajukan, name="triwulan_ajukan"),
    path("realisasi/<tahun:tahun>/<tw:tw>/status/setujui/", views.triwulan_setujui, name="triwulan_setujui"),
    path("realisasi/<tahun:tahun>/<tw:tw>/status/kembalikan/", views.triwulan_kembalikan,
         name="triwulan_kembalikan"),
    path("realisasi/<tahun:tahun>/<tw:tw>/status/buka/", views.triwulan_buka, name="triwulan_buka"),
    path("realisasi/<tahun:tahun>/<tw:tw>/<id:indikator_id>/", views.isi_realisasi, name="isi"),
    path("realisasi/<tahun:tahun>/<tw:tw>/<id:indikator_id>/simpan/", views.simpan_realisasi,
         name="realisasi_simpan"),
    path("realisasi/<tahun:tahun>/<tw:tw>/<id:indikator_id>/bukti/", views.unggah_bukti, name="bukti_unggah"),
    path("bukti/<id:bukti_id>/", views.unduh_bukti, name="bukti"),
    path("bukti/<id:bukti_id>/hapus/", views.hapus_bukti, name="bukti_hapus"),
]
