from django.urls import path

from . import views

app_name = "laporan"
urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("<tahun:tahun>/", views.laporan, name="laporan"),
    path("<tahun:tahun>/laporan.docx", views.unduh_docx, name="unduh_docx"),
    path("<tahun:tahun>/laporan.pdf", views.unduh_pdf, name="unduh_pdf"),
    path("<tahun:tahun>/laporan.xlsx", views.laporan_xlsx, name="laporan_xlsx"),
    path("<tahun:tahun>/narasi/", views.narasi, name="narasi"),
    path("<tahun:tahun>/narasi/simpan/", views.narasi_simpan, name="narasi_simpan"),
    path("<tahun:tahun>/hambatan/", views.hambatan, name="hambatan"),
    path("<tahun:tahun>/hambatan/simpan/", views.hambatan_simpan, name="hambatan_simpan"),
    path("<tahun:tahun>/hambatan/<id:hambatan_id>/hapus/", views.hambatan_hapus, name="hambatan_hapus"),
    path("<tahun:tahun>/pengaturan/", views.pengaturan, name="pengaturan"),
    path("<tahun:tahun>/pengaturan/simpan/", views.pengaturan_simpan, name="pengaturan_simpan"),
]
