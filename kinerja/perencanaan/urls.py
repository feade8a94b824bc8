from django.urls import path

from .views import pk, renstra

app_name = "perencanaan"
urlpatterns = [
    path("renstra/", renstra.renstra_daftar, name="renstra_daftar"),
    path("renstra/buat/", renstra.renstra_buat, name="renstra_buat"),
    path("renstra/<id:renstra_id>/", renstra.renstra_detail, name="renstra"),
    path("renstra/<id:renstra_id>/ubah/", renstra.renstra_ubah, name="renstra_ubah"),
    path("renstra/<id:renstra_id>/<slug:jenis>/tambah/", renstra.bagian_form, name="bagian_tambah"),
    path("renstra/<id:renstra_id>/<slug:jenis>/<id:obj_id>/ubah/", renstra.bagian_form, name="bagian_ubah"),
    path("renstra/<id:renstra_id>/<slug:jenis>/<id:obj_id>/hapus/", renstra.bagian_hapus, name="bagian_hapus"),
    path("indikator/<id:indikator_id>/", renstra.indikator_detail, name="indikator"),
    path("indikator/<id:indikator_id>/target/", renstra.indikator_target, name="indikator_target"),
    path("pk/", pk.pk_daftar, name="pk_daftar"),
    path("pk/buat/", pk.pk_buat, name="pk_buat"),
    path("pk/<tahun:tahun>/", pk.pk_tahun, name="pk_tahun"),
    path("pk/<tahun:tahun>/revisi/", pk.pk_revisi, name="pk_revisi"),
    path("pk/<tahun:tahun>/v<id:nomor>/", pk.pk_versi, name="pk_versi"),
    path("pk/<tahun:tahun>/v<id:nomor>/cetak/", pk.pk_cetak, name="pk_cetak"),
    path("pk/<tahun:tahun>/v<id:nomor>/penandatangan/", pk.pk_kepala, name="pk_kepala"),
    path("pk/<tahun:tahun>/v<id:nomor>/baris/tambah/", pk.pk_baris, name="pk_baris_tambah"),
    path("pk/<tahun:tahun>/v<id:nomor>/baris/<id:baris_id>/ubah/", pk.pk_baris, name="pk_baris_ubah"),
    path("pk/<tahun:tahun>/v<id:nomor>/baris/<id:baris_id>/hapus/", pk.pk_baris_hapus, name="pk_baris_hapus"),
    path("pk/<tahun:tahun>/v<id:nomor>/ajukan/", pk.pk_ajukan, name="pk_ajukan"),
    path("pk/<tahun:tahun>/v<id:nomor>/setujui/", pk.pk_setujui, name="pk_setujui"),
    path("pk/<tahun:tahun>/v<id:nomor>/kembalikan/", pk.pk_kembalikan, name="pk_kembalikan"),
]
