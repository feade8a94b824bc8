from django.urls import path

from . import jejak, views

app_name = "organisasi"
urlpatterns = [
    path("pengaturan/", views.pengaturan, name="pengaturan"),
    path("pengguna/", views.pengguna, name="pengguna"),
    path("pengguna/<id:peran_id>/", views.pengguna_ubah, name="pengguna_ubah"),
    path("pengguna/<id:peran_id>/buka-kunci/", views.pengguna_buka_kunci, name="pengguna_buka_kunci"),
    path("riwayat/<model:model>/<id:objek_id>/", jejak.riwayat, name="riwayat"),
    path("komentar/<model:model>/<id:objek_id>/", jejak.komentar, name="komentar"),
]
