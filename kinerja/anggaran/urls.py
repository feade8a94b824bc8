from django.urls import path

from . import views

app_name = "anggaran"
urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("<tahun:tahun>/", views.ringkasan, name="ringkasan"),
    path("<tahun:tahun>/dipa/", views.dipa_ubah, name="dipa"),
    path("<tahun:tahun>/bawahan/", views.bawahan, name="bawahan"),
    path("<tahun:tahun>/penyerapan.svg", views.grafik_svg, name="grafik"),
    path("<tahun:tahun>/anggaran.xlsx", views.anggaran_xlsx, name="anggaran_xlsx"),
    path("<tahun:tahun>/baris/baru/", views.baris_baru, name="baris_baru"),
    path("<tahun:tahun>/baris/<id:baris_id>/", views.baris, name="baris"),
    path("<tahun:tahun>/baris/<id:baris_id>/simpan/", views.baris_simpan, name="baris_simpan"),
    path("<tahun:tahun>/baris/<id:baris_id>/hapus/", views.baris_hapus, name="baris_hapus"),
    path("<tahun:tahun>/baris/<id:baris_id>/bulanan/", views.bulanan_simpan, name="bulanan_simpan"),
    path("<tahun:tahun>/revisi/", views.revisi, name="revisi"),
    path("<tahun:tahun>/revisi/simpan/", views.revisi_simpan, name="revisi_simpan"),
    path("<tahun:tahun>/bulan/<bulan:bulan>/", views.bulan, name="bulan"),
    path("<tahun:tahun>/bulan/<bulan:bulan>/ajukan/", views.bulan_ajukan, name="bulan_ajukan"),
    path("<tahun:tahun>/bulan/<bulan:bulan>/setujui/", views.bulan_setujui, name="bulan_setujui"),
    path("<tahun:tahun>/bulan/<bulan:bulan>/kembalikan/", views.bulan_kembalikan, name="bulan_kembalikan"),
    path("<tahun:tahun>/bulan/<bulan:bulan>/buka/", views.bulan_buka, name="bulan_buka"),
    path("<tahun:tahun>/impor/<slug:jenis>/", views.impor_halaman, name="impor"),
    path("<tahun:tahun>/impor/<slug:jenis>/kirim/", views.impor_kirim, name="impor_kirim"),
    path("<tahun:tahun>/impor/<slug:jenis>/templat.xlsx", views.templat, name="templat_xlsx"),
]
