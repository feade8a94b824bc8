from django.urls import path

from . import views

app_name = "laporan"
urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("<tahun:tahun>/", views.laporan, name="laporan"),
    path("<tahun:tahun>/buat/", views.pembuatan_mulai, name="pembuatan_mulai"),
    path("<tahun:tahun>/buat/<id:pembuatan_id>/status/", views.pembuatan_status, name="pembuatan_status"),
    path("<tahun:tahun>/buat/<id:pembuatan_id>/laporan.docx", views.berkas_docx, name="berkas_docx"),
    path("<tahun:tahun>/buat/<id:pembuatan_id>/laporan.pdf", views.berkas_pdf, name="berkas_pdf"),
    path("<tahun:tahun>/buat/<id:pembuatan_id>/laporan.xlsx", views.berkas_xlsx, name="berkas_xlsx"),
    path("<tahun:tahun>/ajukan/", views.ajukan, name="ajukan"),
    path("<tahun:tahun>/setujui/", views.setujui, name="setujui"),
    path("<tahun:tahun>/kembalikan/", views.kembalikan, name="kembalikan"),
    path("<tahun:tahun>/buka/", views.buka, name="buka"),
    path("<tahun:tahun>/narasi/", views.narasi, name="narasi"),
    path("<tahun:tahun>/narasi/simpan/", views.narasi_simpan, name="narasi_simpan"),
    path("<tahun:tahun>/hambatan/", views.hambatan, name="hambatan"),
    path("<tahun:tahun>/hambatan/simpan/", views.hambatan_simpan, name="hambatan_simpan"),
    path("<tahun:tahun>/hambatan/<id:hambatan_id>/hapus/", views.hambatan_hapus, name="hambatan_hapus"),
    path("<tahun:tahun>/pengaturan/", views.pengaturan, name="pengaturan"),
    path("<tahun:tahun>/pengaturan/simpan/", views.pengaturan_simpan, name="pengaturan_simpan"),
    path("<tahun:tahun>/foto/", views.foto, name="foto"),
    path("<tahun:tahun>/foto/unggah/", views.foto_unggah, name="foto_unggah"),
    path("<tahun:tahun>/foto/<id:foto_id>/", views.foto_berkas, name="foto_berkas"),
    path("<tahun:tahun>/foto/<id:foto_id>/hapus/", views.foto_hapus, name="foto_hapus"),
    path("<tahun:tahun>/standar/", views.standar, name="standar"),
    path("<tahun:tahun>/standar/simpan/", views.standar_simpan, name="standar_simpan"),
    path("<tahun:tahun>/standar/<id:standar_id>/hapus/", views.standar_hapus, name="standar_hapus"),
]
