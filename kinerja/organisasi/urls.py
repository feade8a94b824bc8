from django.urls import path

from kinerja.core import views as core_views

from . import views

urlpatterns = [
    path("", views.satker_beranda, name="satker"),
    path("pengaturan/", views.pengaturan, name="pengaturan"),
    path("pengguna/", views.pengguna, name="pengguna"),
    path("pengguna/<id:peran_id>/", views.pengguna_ubah, name="pengguna_ubah"),
    path("pengguna/<id:peran_id>/buka-kunci/", views.pengguna_buka_kunci, name="pengguna_buka_kunci"),
    path("riwayat/<model:model>/<id:objek_id>/", core_views.riwayat, name="riwayat"),
    path("komentar/<model:model>/<id:objek_id>/", core_views.komentar, name="komentar"),
]
