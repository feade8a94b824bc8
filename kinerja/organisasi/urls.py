from django.urls import path

from . import jejak, views

app_name = "organisasi"
urlpatterns = [
    path("pengaturan/", views.pengaturan, name="pengaturan"),
    path("pengaturan/simpan/", views.pengaturan_simpan, name="pengaturan_simpan"),
    path("kalender/<tahun:tahun>/", views.kalender, name="kalender"),
    path("kalender/<tahun:tahun>/simpan/", views.kalender_simpan, name="kalender_simpan"),
    path("kalender/<tahun:tahun>/<id:libur_id>/hapus/", views.kalender_hapus, name="kalender_hapus"),
    path("pengguna/", views.pengguna, name="pengguna"),
    path("pengguna/tambah/", views.pengguna_tambah, name="pengguna_tambah"),
    path("pengguna/<id:peran_id>/", views.pengguna_ubah, name="pengguna_ubah"),
    path("pengguna/<id:peran_id>/peran/", views.pengguna_peran, name="pengguna_peran"),
    path("pengguna/<id:peran_id>/sandi/", views.pengguna_sandi, name="pengguna_sandi"),
    path("pengguna/<id:peran_id>/cabut/", views.pengguna_cabut, name="pengguna_cabut"),
    path("pengguna/<id:peran_id>/buka-kunci/", views.pengguna_buka_kunci, name="pengguna_buka_kunci"),
    path("riwayat/<model:model>/<id:objek_id>/", jejak.riwayat, name="riwayat"),
    path("jejak-audit/", jejak.jejak_satker, name="jejak"),
    path("jejak-audit.xlsx", jejak.jejak_satker_xlsx, name="jejak_xlsx"),
    path("komentar/<model:model>/<id:objek_id>/", jejak.komentar, name="komentar"),
]
