"""The Laporan Kinerja of one satker and year as a plain document (kinerja.core.dokumen).

The structure is the one PermenPANRB 53/2014 (Lampiran: format Laporan Kinerja) sets and
KPU offices use: Kata Pengantar, Ringkasan Eksekutif, BAB I Pendahuluan, BAB II
Perencanaan Kinerja, BAB III Akuntabilitas Kinerja (A. capaian per sasaran with its
analyses, B. realisasi anggaran), BAB IV Penutup and the annexes. Every figure, year, name
and place comes from the database; the office's words come from ``Narasi`` and
``Hambatan``. Where data is missing the report says so in the place of the content (and
lists it in ``Dokumen.kesenjangan``), never an empty table.

Renderers (kinerja.laporan.render) only lay this object out.
"""

from __future__ import annotations

import calendar
import datetime as dt

from kinerja.anggaran import grafik
from kinerja.anggaran.layanan import Anggaran, anggaran, pendanaan_sasaran
from kinerja.core.dokumen import (
    Bagian, Daftar, Dokumen, Gambar, Paragraf, Sel, Tabel, TandaTangan, tambahan,
)
from kinerja.lib import capaian as cp
from kinerja.lib.anggaran import Tingkat
from kinerja.lib.angka import format_angka, format_persen, format_ringkas, format_rupiah, format_tanggal
from kinerja.lib.periode import TAHUN, TRIWULAN
from kinerja.lib.terbilang import kapital, terbilang_persen, terbilang_rupiah
from kinerja.organisasi.models import Subbagian
from kinerja.pengukuran.layanan import Matriks, matriks
from kinerja.perencanaan.layanan import tabel_pk
from kinerja.perencanaan.models import Indikator, Renstra, TargetIndikator

from .models import SEMUA_TAHUN, Foto, Hambatan, Laporan, Narasi, Standar
from .narasi import SASARAN, kunci_sasaran

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
KOLOM_CAPAIAN = ["No", "Sasaran", "Indikator kinerja", "Target", "Realisasi", "Capaian", "Kategori"]


def teks_capaian_belum(hasil, teks: str) -> str:
    """A capaian below target as text that cannot read as reached: 99,996% prints as 100,00% at
    two decimals, so it is then written with four."""
    if hasil.persen is not None and teks.startswith("100,00"):
        return format_persen(hasil.persen, 4)
    return teks


class Penyusun:
    """Collects the data once and builds each section from it."""

    def __init__(self, satker, tahun: int):
        self.satker, self.tahun = satker, tahun
        self.kesenjangan: list[str] = []
        self.contoh = False
        self.laporan = Laporan.objects.filter(satker=satker, tahun=tahun).first()
        self.m: Matriks = matriks(satker, tahun)
        self.versi = self.m.versi
        self.renstra = (self.m.pk.renstra if self.m.pk is not None else
                        Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
                        .order_by("-tahun_awal").first())
        self.a: Anggaran = anggaran(satker, tahun)
        self.pendanaan = {p.sasaran.pk: p for p in pendanaan_sasaran(self.a, self.m)} if self.a.dipa else {}
        self.narasi: dict[str, Narasi] = {
            n.kunci: n for n in Narasi.objects.filter(satker=satker, tahun__in=(SEMUA_TAHUN, tahun))}
        self.hambatan = list(Hambatan.objects.filter(satker=satker, tahun=tahun).select_related("sasaran"))
        self.foto = list(Foto.objects.filter(satker=satker, tahun=tahun))
        self.standar: dict[int, list[Standar]] = {}
        for st in Standar.objects.filter(indikator__in=[b.indikator.pk for b in self.m.baris], tahun=tahun) \
                .order_by("tingkat"):
            self.standar.setdefault(st.indikator_id, []).append(st)
        self.contoh = self.m.ada_contoh or self.a.ada_contoh or any(n.contoh for n in self.narasi.values()) \
            or any(h.contoh for h in self.hambatan) or any(f.contoh for f in self.foto)
        # earlier years of the same Renstra, for the comparison over time
        self.lalu: dict[int, Matriks] = {}
        if self.renstra is not None:
            for t in range(max(self.renstra.tahun_awal, tahun - 4), tahun):
                mt = matriks(satker, t)
                if mt.versi is not None:
                    self.lalu[t] = mt

    # --- helpers -------------------------------------------------------------------------

    def celah(self, teks: str) -> Paragraf:
        """A gap in the data, stated where the content would be and listed for the report page."""
        self.kesenjangan.append(teks)
        return Paragraf(teks, "kesenjangan")

    def teks(self, kunci: str, kosong: str | None = None) -> list:
        """The office's paragraphs for ``kunci``; a stated gap when it has written none."""
        n = self.narasi.get(kunci)
        if n is None or not n.teks.strip():
            return [self.celah(kosong)] if kosong else []
        gaya = "contoh" if n.contoh else ""
        return [Paragraf(p.strip(), gaya) for p in n.teks.split("\n\n") if p.strip()]

    @property
    def nama(self) -> str:
        return self.satker.nama

    @property
    def tempat(self) -> str:
        return self.satker.kota or ""

    def penandatangan(self) -> TandaTangan:
        lap = self.laporan
        v = self.versi
        nama = (lap and lap.penandatangan_nama) or (v and v.pihak_pertama_nama) or ""
        jabatan = (lap and lap.penandatangan_jabatan) or (v and v.pihak_pertama_jabatan) or ""
        nip = (lap and lap.penandatangan_nip) or (v and v.pihak_pertama_nip) or ""
        if not nama:
            self.kesenjangan.append("Penandatangan laporan belum diisi (pengaturan laporan atau pihak pertama PK).")
        tanggal = format_tanggal(lap.tanggal) if lap and lap.tanggal else ""
        if not tanggal:
            self.kesenjangan.append("Tanggal laporan belum diisi pada pengaturan laporan.")
        return TandaTangan(self.tempat, tanggal or "…………………", jabatan or "…………………", nama or "…………………", nip)

    def sel_capaian(self, b) -> list[Sel]:
        s = b.tahun
        tanda = " *" if s.contoh or s.target_contoh else ""
        return [
            Sel(b.indikator.sasaran.uraian),
            Sel(b.indikator.nama),
            Sel.angka(s.target_teks + (" *" if s.target_contoh else ""), s.target.nilai),
            Sel.angka(s.realisasi_teks + (" *" if s.contoh else ""), s.realisasi.nilai),
            Sel.angka(s.capaian_teks + tanda, s.capaian_nilai, s.kategori.kelas),
            Sel(s.kategori.label if s.hasil.dapat_dihitung else (s.alasan or s.kategori.label), None,
                s.kategori.kelas),
        ]

    def tabel_capaian(self, judul: str, daftar, nama_lembar: str) -> Tabel:
        t = Tabel(judul, KOLOM_CAPAIAN, nama_lembar=nama_lembar)
        for i, b in enumerate(daftar, 1):
            t.baris.append([Sel(str(i)), *self.sel_capaian(b)])
        t.contoh = any(b.tahun.contoh or b.tahun.target_contoh for b in daftar)
        if t.contoh:
            t.catatan.append("* data contoh: bukan dari sumber resmi satker.")
        t.catatan.append(f"Kategori capaian: {cp.format_pita(self.satker.pita())}.")
        if not daftar:
            t.kosong = self.celah(f"Belum ada Perjanjian Kinerja {self.tahun} yang berlaku: tabel capaian tidak "
                                  "dapat disusun.").teks
        return t

    # --- sections ------------------------------------------------------------------------

    def pengantar(self) -> Bagian:
        isi: list = [
            Paragraf("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Laporan "
                     f"Kinerja {self.nama} Tahun {self.tahun}."),
            Paragraf(f"Laporan ini disusun sebagai wujud pertanggungjawaban {self.nama} atas pelaksanaan "
                     f"Perjanjian Kinerja Tahun {self.tahun}, sebagaimana diamanatkan Peraturan Presiden Nomor 29 "
                     "Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri "
                     "PANRB Nomor 53 Tahun 2014. Laporan memuat capaian setiap indikator kinerja terhadap "
                     "targetnya, analisis atas capaian tersebut, serta realisasi anggaran yang mendukungnya."),
            *self.teks("pengantar"),
            Paragraf("Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun "
                     "berikutnya."),
            self.penandatangan(),
        ]
        return Bagian("Kata Pengantar", "pengantar", isi, halaman_baru=True, depan=True)

    def ringkasan(self) -> Bagian:
        isi: list = []
        baris = self.m.baris
        isi.append(Paragraf(self.kalimat_capaian()))
        isi.append(self.tabel_capaian(f"Ringkasan capaian kinerja {self.nama} tahun {self.tahun}", baris,
                                      "Ringkasan"))
        isi.append(Paragraf(self.kalimat_anggaran()))
        if self.a.dipa is not None:
            p = self.a.penyerapan
            t = Tabel(f"Ringkasan realisasi anggaran tahun {self.tahun}", ["Pagu", "Realisasi", "Penyerapan", "Sisa"],
                      [[Sel.angka(format_rupiah(self.a.pagu), self.a.pagu),
                        Sel.angka(format_rupiah(self.a.realisasi), self.a.realisasi),
                        Sel.angka(format_persen(p.persen), p.persen),
                        Sel.angka(format_rupiah(p.sisa), p.sisa)]],
                      nama_lembar="Ringkasan anggaran", contoh=self.a.ada_contoh)
            isi.append(t)
        isi += self.teks("ringkasan")
        return Bagian("Ringkasan Eksekutif", "ringkasan", isi, halaman_baru=True, bab="RE", depan=True)

    def hitung(self):
        """Indicators counted by result: reached, not reached, not measurable (with reasons)."""
        capai, belum, tidak = [], [], []
        for b in self.m.baris:
            h = b.tahun.hasil
            if not h.dapat_dihitung:
                tidak.append(b)
            elif h.tercapai:
                capai.append(b)
            else:
                belum.append(b)
        return capai, belum, tidak

    def kalimat_capaian(self) -> str:
        if self.versi is None:
            return (f"{self.nama} belum memiliki Perjanjian Kinerja Tahun {self.tahun} yang berlaku, sehingga "
                    "capaian kinerja belum dapat diukur.")
        capai, belum, tidak = self.hitung()
        n = len(self.m.baris)
        sasaran = len({b.indikator.sasaran_id for b in self.m.baris})
        teks = (f"Pada Tahun {self.tahun}, {self.nama} menetapkan {sasaran} sasaran kegiatan dengan {n} indikator "
                f"kinerja dalam Perjanjian Kinerja ({self.ket_versi()}). ")
        bagian = []
        if capai:
            bagian.append(f"{len(capai)} indikator mencapai atau melampaui target")
        if belum:
            bagian.append(f"{len(belum)} indikator belum mencapai target ("
                          + "; ".join(f"{b.indikator.nama}: {teks_capaian_belum(b.tahun.hasil, b.tahun.capaian_teks)}"
                                      for b in belum) + ")")
        if tidak:
            bagian.append(f"{len(tidak)} indikator belum dapat diukur ("
                          + "; ".join(f"{b.indikator.nama}: "
                                      + (b.tahun.alasan or "realisasi belum lengkap").rstrip(". ").replace(": ", ", ")
                                      for b in tidak) + ")")
        teks += "Dari indikator tersebut, " + ", ".join(bagian) + "." if bagian else ""
        return teks

    def kalimat_anggaran(self) -> str:
        if self.a.dipa is None:
            return self.celah(f"Data anggaran (DIPA) {self.tahun} belum dicatat: realisasi anggaran tidak dapat "
                              "dilaporkan.").teks
        p = self.a.penyerapan
        bulan = max((b for b, v in self.a.realisasi_bulan.items() if v), default=12)
        akhir = format_tanggal(dt.date(self.tahun, bulan, calendar.monthrange(self.tahun, bulan)[1]))
        teks = (f"Pagu anggaran {self.nama} Tahun {self.tahun} sebesar {format_rupiah(self.a.pagu)} "
                f"({kapital(terbilang_rupiah(self.a.pagu))}), dengan realisasi sampai dengan {akhir} "
                f"sebesar {format_rupiah(self.a.realisasi)} "
                f"({kapital(terbilang_rupiah(self.a.realisasi))})")
        if p.persen is not None:
            teks += f" atau {format_persen(p.persen)} ({terbilang_persen(p.persen)}) dari pagu."
        else:
            teks += f"; penyerapan tidak dapat dihitung: {p.catatan}"
        return teks

    def ket_versi(self) -> str:
        v = self.versi
        if v is None:
            return "belum ada"
        teks = f"versi {v.nomor}"
        if v.tanggal:
            teks += f", ditetapkan {format_tanggal(v.tanggal)}"
        if v.nomor > 1:
            teks += f", revisi karena {v.get_alasan_revisi_display().lower() or 'perubahan'}"
        if v.status != "disetujui":
            teks += f", berstatus {v.get_status_display().lower()}"
        return teks

    def bab1(self) -> Bagian:
        bab = Bagian("BAB I Pendahuluan", "bab1", bab="1", halaman_baru=True)
        bab.sub.append(Bagian("A. Latar Belakang", "bab1.latar", self.teks(
            "latar_belakang", "Latar belakang belum ditulis (narasi BAB I).")))
        bab.sub.append(Bagian("B. Maksud dan Tujuan", "bab1.maksud", self.teks(
            "maksud_tujuan", "Maksud dan tujuan belum ditulis (narasi BAB I).")))
        org = self.teks("kedudukan", "Kedudukan, tugas dan fungsi belum ditulis (narasi BAB I).")
        unit = list(Subbagian.objects.filter(satker=self.satker).order_by("nama"))
        if unit:
            org.append(Tabel(f"Unit kerja {self.nama}", ["No", "Unit kerja", "Singkatan"],
                             [[Sel(str(i)), Sel(u.nama), Sel(u.singkatan or "–")] for i, u in enumerate(unit, 1)],
                             nama_lembar="Unit kerja"))
        else:
            org.append(self.celah("Susunan unit kerja (subbagian) satker belum dicatat."))
        bab.sub.append(Bagian("C. Organisasi", "bab1.organisasi", org))
        bab.sub.append(Bagian("D. Aspek Strategis", "bab1.strategis", self.teks(
            "aspek_strategis", "Aspek strategis belum ditulis (narasi BAB I).")))
        bab.sub.append(Bagian("E. Permasalahan Utama", "bab1.masalah", self.teks(
            "permasalahan", "Permasalahan utama belum ditulis (narasi BAB I).")))
        bab.sub.append(Bagian("F. Sistematika Penyajian", "bab1.sistematika", [
            Paragraf(f"Laporan Kinerja {self.nama} Tahun {self.tahun} disajikan dengan sistematika berikut:"),
            Daftar(["Bab I Pendahuluan: latar belakang, maksud dan tujuan, organisasi, aspek strategis dan "
                    "permasalahan utama;",
                    f"Bab II Perencanaan Kinerja: Rencana Strategis, Indikator Kinerja Utama dan Perjanjian Kinerja "
                    f"Tahun {self.tahun};",
                    "Bab III Akuntabilitas Kinerja: capaian kinerja organisasi dan analisisnya per sasaran, serta "
                    "realisasi anggaran;",
                    "Bab IV Penutup: kesimpulan dan rekomendasi;",
                    "Lampiran: Perjanjian Kinerja, Indikator Kinerja Utama, formulir pengukuran kinerja, dan "
                    "pernyataan telah direviu."], bernomor=True),
        ]))
        for judul, fungsi in tambahan("bab1"):
            bab.sub.append(Bagian(judul, f"bab1.{judul}", fungsi(self.satker, self.tahun)))
        return bab

    def bab2(self) -> Bagian:
        bab = Bagian("BAB II Perencanaan Kinerja", "bab2", bab="2", halaman_baru=True)
        r = self.renstra
        if r is None:
            bab.isi.append(self.celah(f"Belum ada Renstra yang mencakup tahun {self.tahun}."))
        else:
            isi: list = [Paragraf(f"Rencana Strategis {self.nama} Tahun {r.tahun_awal}–{r.tahun_akhir} menjadi "
                                  f"acuan Perjanjian Kinerja Tahun {self.tahun}.")]
            isi.append(Paragraf(f"Visi: {r.visi}") if r.visi else self.celah("Visi Renstra belum diisi."))
            misi = [m.uraian for m in r.misi_set.order_by("nomor")]
            isi += [Paragraf("Misi:"), Daftar(misi, bernomor=True)] if misi else [self.celah("Misi Renstra belum diisi.")]
            tujuan = [t.uraian for t in r.tujuan_set.order_by("nomor")]
            if tujuan:
                isi += [Paragraf("Tujuan:"), Daftar(tujuan, bernomor=True)]
            ss = [s.uraian for s in r.sasaranstrategis_set.order_by("nomor")]
            if ss:
                isi += [Paragraf("Sasaran strategis:"), Daftar(ss, bernomor=True)]
            bab.sub.append(Bagian(f"A. Rencana Strategis {r.tahun_awal}–{r.tahun_akhir}", "bab2.renstra", isi))
            bab.sub.append(Bagian("B. Indikator Kinerja Utama", "bab2.iku", [self.tabel_iku()]))
        bab.sub.append(Bagian(f"C. Perjanjian Kinerja Tahun {self.tahun}", "bab2.pk", self.isi_pk()))
        return bab

    def tabel_iku(self) -> Tabel:
        t = Tabel(f"Indikator Kinerja Utama {self.nama}", ["No", "Sasaran", "Indikator kinerja utama",
                                                            "Cara menghitung", "Sumber data"], nama_lembar="IKU")
        iku = list(Indikator.objects.filter(sasaran__renstra=self.renstra, iku=True)
                   .select_related("sasaran").order_by("sasaran__nomor", "urutan", "kode"))
        for i, ind in enumerate(iku, 1):
            t.baris.append([Sel(str(i)), Sel(ind.sasaran.uraian), Sel(ind.nama), Sel(ind.cara_menghitung or "–"),
                            Sel(ind.sumber_data or "–")])
        if not iku:
            t.kosong = self.celah("Belum ada indikator yang ditandai IKU pada Renstra.").teks
        return t

    def isi_pk(self) -> list:
        if self.versi is None:
            return [self.celah(f"Belum ada Perjanjian Kinerja Tahun {self.tahun}.")]
        isi: list = [Paragraf(f"Perjanjian Kinerja Tahun {self.tahun} yang berlaku adalah {self.ket_versi()}.")]
        if self.versi.nomor > 1 and self.versi.keterangan_revisi:
            isi.append(Paragraf(f"Keterangan revisi: {self.versi.keterangan_revisi}"))
        isi.append(self.tabel_pk())
        return isi

    def tabel_pk(self) -> Tabel:
        tp = tabel_pk(self.versi)
        t = Tabel(f"Perjanjian Kinerja {self.nama} Tahun {self.tahun}",
                  ["No", "Sasaran", "Indikator kinerja", "Target TW I", "Target TW II", "Target TW III",
                   "Target TW IV", "Target tahunan"], nama_lembar="PK")
        for i, b in enumerate(tp.baris, 1):
            t.baris.append([Sel(str(i)), Sel(b.indikator.sasaran.uraian), Sel(b.indikator.nama)] + [
                Sel.angka(b.sel[p].target_teks + (" *" if b.sel[p].target_contoh else ""), b.sel[p].target.nilai)
                for p in (*TRIWULAN, TAHUN)])
        if tp.ada_contoh:
            t.contoh = True
            t.catatan.append("* target contoh: bukan dari dokumen PK resmi.")
        if not tp.baris:
            t.kosong = self.celah("Perjanjian Kinerja yang berlaku belum memiliki baris indikator.").teks
        return t

    def bab3(self) -> Bagian:
        bab = Bagian("BAB III Akuntabilitas Kinerja", "bab3", bab="3", halaman_baru=True)
        a = Bagian("A. Capaian Kinerja Organisasi", "bab3.a")
        a.isi.append(Paragraf(
            "Capaian setiap indikator dihitung dari target Perjanjian Kinerja dan realisasi yang tercatat, dengan "
            "rumus sesuai polaritas indikator (semakin tinggi semakin baik: realisasi/target × 100%; semakin "
            "rendah semakin baik: sesuai rumus indikator)."))
        a.isi.append(self.tabel_capaian(f"Pengukuran kinerja {self.nama} tahun {self.tahun}", self.m.baris,
                                        "Pengukuran"))
        for i, (sasaran, daftar) in enumerate(self.m.kelompok_sasaran(), 1):
            a.sub.append(self.bagian_sasaran(i, sasaran, daftar))
        for judul, fungsi in tambahan("bab3.a"):
            a.sub.append(Bagian(judul, f"bab3.a.{judul}", fungsi(self.satker, self.tahun)))
        foto_umum = [f for f in self.foto if f.sasaran_id is None]
        if foto_umum:
            a.sub.append(Bagian("Dokumentasi kegiatan", "bab3.a.foto", self.gambar_foto(foto_umum)))
        hambatan_umum = [h for h in self.hambatan if h.sasaran_id is None]
        if hambatan_umum:
            a.sub.append(Bagian("Hambatan, kendala dan rencana tindak lanjut", "bab3.a.hambatan",
                                [self.tabel_hambatan(hambatan_umum, "Hambatan umum")]))
        bab.sub.append(a)
        bab.sub.append(self.bagian_anggaran())
        return bab

    def bagian_sasaran(self, i: int, sasaran, daftar) -> Bagian:
        b = Bagian(f"Sasaran {i}: {sasaran.uraian}", f"bab3.sasaran.{sasaran.pk}")
        b.isi.append(self.tabel_capaian(f"Capaian sasaran {i}: {sasaran.uraian}", daftar, f"Sasaran {i}"))
        b.isi += self.teks(kunci_sasaran(sasaran.pk, "analisis"),
                           f"Analisis capaian sasaran {i} belum ditulis.")
        b.isi += self.perbandingan_tahun(i, daftar)
        b.isi += self.progres_renstra(i, daftar)
        b.isi += self.banding_standar(i, daftar)
        for kunci, judul, _ in SASARAN[1:]:
            b.isi.append(Paragraf(f"{judul}:"))
            b.isi += self.teks(kunci_sasaran(sasaran.pk, kunci), f"{judul} sasaran {i} belum ditulis.")
        b.isi += self.efisiensi_dan_dana(i, sasaran)
        b.isi += self.gambar_foto([f for f in self.foto if f.sasaran_id == sasaran.pk])
        hambatan = [h for h in self.hambatan if h.sasaran_id == sasaran.pk]
        if hambatan:
            b.isi.append(self.tabel_hambatan(hambatan, f"Hambatan {i}", sasaran_ke=i))
        else:
            b.isi.append(self.celah(f"Tabel hambatan, kendala dan rencana tindak lanjut sasaran {i} belum diisi."))
        return b

    def perbandingan_tahun(self, i: int, daftar) -> list:
        tahun = sorted(self.lalu)
        if not tahun:
            return [self.celah(f"Belum ada data capaian tahun sebelumnya untuk sasaran {i} pada Renstra ini: "
                               "perbandingan antartahun tidak disajikan.")]
        kolom = ["Indikator kinerja"] + [f"Capaian {t}" for t in tahun] + [f"Capaian {self.tahun}"]
        t = Tabel(f"Perbandingan capaian sasaran {i} dengan tahun sebelumnya", kolom, nama_lembar=f"Tren {i}")
        for b in daftar:
            sel = [Sel(b.indikator.nama)]
            for th in tahun:
                lama = next((x for x in self.lalu[th].baris if x.indikator.pk == b.indikator.pk), None)
                if lama is None:
                    sel.append(Sel.angka("tidak di PK", None))
                else:
                    sel.append(Sel.angka(lama.tahun.capaian_teks, lama.tahun.capaian_nilai, lama.tahun.kategori.kelas))
            sel.append(Sel.angka(b.tahun.capaian_teks, b.tahun.capaian_nilai, b.tahun.kategori.kelas))
            t.baris.append(sel)
            t.contoh = t.contoh or b.tahun.contoh or any(
                x.tahun.contoh for th in tahun for x in self.lalu[th].baris if x.indikator.pk == b.indikator.pk)
        semua = [*tahun, self.tahun]
        nilai = {th: [self._persen(th, b) for b in daftar] for th in semua}
        if not any(v is not None for th in tahun for v in nilai[th]):
            return [t]
        from .grafik import capaian_tahunan

        judul = f"Capaian sasaran {i} tahun {semua[0]}–{semua[-1]}"
        return [t, Gambar(judul, capaian_tahunan([b.indikator.kode + " " + b.indikator.nama for b in daftar], semua,
                                                 nilai), contoh=t.contoh)]

    def _persen(self, th: int, b):
        if th == self.tahun:
            return b.tahun.hasil.persen
        lama = next((x for x in self.lalu[th].baris if x.indikator.pk == b.indikator.pk), None)
        return lama.tahun.hasil.persen if lama is not None else None

    def progres_renstra(self, i: int, daftar) -> list:
        r = self.renstra
        if r is None:
            return []
        akhir = {x.indikator_id: x for x in TargetIndikator.objects.filter(
            indikator__in=[b.indikator for b in daftar], tahun=r.tahun_akhir)}
        t = Tabel(f"Capaian sasaran {i} terhadap target akhir Renstra {r.tahun_akhir}",
                  ["Indikator kinerja", f"Target {r.tahun_akhir}", f"Realisasi {self.tahun}", "Progres"],
                  nama_lembar=f"Renstra {i}")
        for b in daftar:
            x = akhir.get(b.indikator.pk)
            if x is None:
                t.baris.append([Sel(b.indikator.nama), Sel.angka("belum ditetapkan", None),
                                Sel.angka(b.tahun.realisasi_teks, b.tahun.realisasi.nilai), Sel.angka("–", None)])
                continue
            ind = b.indikator
            h = cp.hitung(ind.polaritas, x.target, b.tahun.realisasi.nilai, rumus_min=ind.rumus_min,
                          batas=ind.batas_capaian)
            progres = format_persen(h.persen) if h.persen is not None else (
                ("tercapai" if h.tercapai else "belum tercapai") if h.tercapai is not None else "–")
            t.contoh = t.contoh or x.contoh
            t.baris.append([Sel(ind.nama), Sel.angka(cp.format_target(x.target, persen=ind.persen)
                                                     + (" *" if x.contoh else ""), x.target.nilai),
                            Sel.angka(b.tahun.realisasi_teks, b.tahun.realisasi.nilai),
                            Sel.angka(progres, h.persen)])
        if t.contoh:
            t.catatan.append("* target contoh.")
        return [t]

    def banding_standar(self, i: int, daftar) -> list:
        ada = [(b, st) for b in daftar for st in self.standar.get(b.indikator.pk, [])]
        if not ada:
            return [self.celah(f"Standar nasional atau provinsi untuk indikator sasaran {i} belum dicatat: "
                               "perbandingan dengan standar tidak disajikan.")]
        t = Tabel(f"Capaian sasaran {i} dibanding standar", ["Indikator kinerja", f"Realisasi {self.tahun}",
                                                            "Standar", "Dasar", "Keterangan"],
                  nama_lembar=f"Standar {i}")
        for b, st in ada:
            ind = b.indikator
            banding = cp.banding_standar(b.tahun.realisasi.nilai, st.nilai, ind.polaritas)
            t.baris.append([Sel(ind.nama), Sel.angka(b.tahun.realisasi_teks, b.tahun.realisasi.nilai),
                            Sel.angka(f"{format_ringkas(st.nilai)}{'%' if ind.persen else ''} ({st.tingkat})"
                                      + (" *" if st.contoh else ""), st.nilai),
                            Sel(st.sumber), Sel(banding or "tidak dapat dibandingkan")])
            t.contoh = t.contoh or st.contoh or b.tahun.contoh
        if t.contoh:
            t.catatan.append("* data contoh.")
        return [t]

    def gambar_foto(self, daftar: list[Foto]) -> list:
        hasil: list = []
        for f in daftar:
            try:
                with f.berkas.open("rb") as berkas:
                    isi = berkas.read()
            except (OSError, ValueError):
                hasil.append(self.celah(f"Berkas foto “{f.keterangan}” tidak ditemukan di penyimpanan."))
                continue
            hasil.append(Gambar(f.keterangan, isi, mime=f.jenis, contoh=f.contoh))
        return hasil

    def efisiensi_dan_dana(self, i: int, sasaran) -> list:
        p = self.pendanaan.get(sasaran.pk)
        if p is None:
            return [self.celah(f"Belum ada baris DIPA {self.tahun} yang dikaitkan dengan sasaran {i}: efisiensi dan "
                               "pendanaan tidak disajikan." if self.a.dipa else
                               f"Data anggaran {self.tahun} belum dicatat: efisiensi sasaran {i} tidak disajikan.")]
        isi: list = []
        lkj = p.efisiensi_lkj
        if lkj.nilai is not None:
            isi.append(Paragraf(
                f"Efisiensi: capaian sasaran {format_persen(p.capaian)} dengan penyerapan anggaran "
                f"{format_persen(p.penyerapan.persen)}; selisih {format_angka(lkj.nilai)} poin "
                f"({lkj.kategori.label.lower() if lkj.kategori else 'tanpa kategori'}). Metode: {lkj.metode}"))
        else:
            isi.append(Paragraf(f"Efisiensi tidak dapat dihitung: {lkj.catatan} Metode: {lkj.metode}", "catatan"))
        pmk = p.efisiensi_pmk
        if pmk.nilai is not None:
            isi.append(Paragraf(f"Nilai efisiensi keluaran {format_persen(pmk.nilai)} "
                                f"(efisiensi {format_persen(pmk.efisiensi)}). Metode: {pmk.metode}"))
        else:
            isi.append(Paragraf(f"Nilai efisiensi keluaran tidak dapat dihitung: {pmk.catatan}", "catatan"))
        t = Tabel(f"Program dan kegiatan pendukung sasaran {i}", ["Kode", "Uraian", "Pagu", "Realisasi",
                                                                  "Penyerapan"], nama_lembar=f"Dana {i}")
        ke = {sas.pk: n for n, (sas, _d) in enumerate(self.m.kelompok_sasaran(), 1)}
        for s in p.baris:
            t.baris.append([Sel(s.baris.kode_lengkap or "–"), Sel(s.baris.uraian),
                            Sel.angka(format_rupiah(s.pagu), s.pagu), Sel.angka(format_rupiah(s.realisasi), s.realisasi),
                            Sel.angka(format_persen(s.penyerapan.persen), s.penyerapan.persen)])
            t.contoh = t.contoh or s.contoh
            lain = sorted(ke[x.pk] for x in s.sasaran if x.pk != sasaran.pk and x.pk in ke)
            if lain:
                t.catatan.append(f"Baris {s.baris.kode_lengkap or 'pagu tidak dirinci'} juga mendanai sasaran "
                                 f"{', '.join(map(str, lain))}: penyerapan dan efisiensi di atas dihitung atas "
                                 "seluruh pagu baris itu.")
        t.baris.append([Sel("", kelas="jumlah"), Sel("Jumlah", kelas="jumlah"),
                        Sel.angka(format_rupiah(p.pagu), p.pagu, "jumlah"),
                        Sel.angka(format_rupiah(p.realisasi), p.realisasi, "jumlah"),
                        Sel.angka(format_persen(p.penyerapan.persen), p.penyerapan.persen, "jumlah")])
        isi.append(t)
        return isi

    def tabel_hambatan(self, daftar: list[Hambatan], nama_lembar: str, sasaran_ke: int | None = None) -> Tabel:
        judul = ("Hambatan, kendala dan rencana tindak lanjut" +
                 (f" sasaran {sasaran_ke}" if sasaran_ke else ""))
        t = Tabel(judul, ["No", "Hambatan", "Kendala", "Rencana tindak lanjut"], nama_lembar=nama_lembar)
        for n, h in enumerate(daftar, 1):
            t.baris.append([Sel(str(n)), Sel(h.hambatan), Sel(h.kendala or "–"), Sel(h.tindak_lanjut or "–")])
            t.contoh = t.contoh or h.contoh
        return t

    def bagian_anggaran(self) -> Bagian:
        b = Bagian("B. Realisasi Anggaran", "bab3.b")
        b.isi.append(Paragraf(self.kalimat_anggaran()))
        if self.a.dipa is None:
            return b
        t = Tabel(f"Anggaran dan realisasi per program dan kegiatan {self.nama} tahun {self.tahun}",
                  ["Kode", "Program / kegiatan", "Pagu", "Realisasi", "Penyerapan", "Sisa"],
                  nama_lembar="Anggaran")
        for s in self.a.semua():
            if s.baris.tingkat not in (Tingkat.PROGRAM, Tingkat.KEGIATAN, Tingkat.TIDAK_DIRINCI):
                continue
            kelas = "jumlah" if s.baris.tingkat == Tingkat.PROGRAM else ""
            t.baris.append([Sel(s.baris.kode_lengkap or "–", kelas=kelas), Sel(s.baris.uraian, kelas=kelas),
                            Sel.angka(format_rupiah(s.pagu), s.pagu, kelas),
                            Sel.angka(format_rupiah(s.realisasi), s.realisasi, kelas),
                            Sel.angka(format_persen(s.penyerapan.persen), s.penyerapan.persen, kelas),
                            Sel.angka(format_rupiah(s.penyerapan.sisa), s.penyerapan.sisa, kelas)])
        p = self.a.penyerapan
        t.baris.append([Sel("", kelas="jumlah"), Sel("Jumlah", kelas="jumlah"),
                        Sel.angka(format_rupiah(self.a.pagu), self.a.pagu, "jumlah"),
                        Sel.angka(format_rupiah(self.a.realisasi), self.a.realisasi, "jumlah"),
                        Sel.angka(format_persen(p.persen), p.persen, "jumlah"),
                        Sel.angka(format_rupiah(p.sisa), p.sisa, "jumlah")])
        t.contoh = self.a.ada_contoh
        if t.contoh:
            t.catatan.append("Sebagian angka anggaran adalah data contoh (lihat halaman anggaran).")
        b.isi.append(t)
        tw = Tabel(f"Penyerapan kumulatif per triwulan tahun {self.tahun}", ["Triwulan", "Penyerapan", "Target",
                                                                              "Keterangan"], nama_lembar="Triwulan")
        for x in self.a.triwulan():
            tw.baris.append([Sel(x["periode"].replace("TW", "Triwulan ")),
                             Sel.angka(format_persen(x["penyerapan"].persen), x["penyerapan"].persen),
                             Sel.angka(format_persen(x["target"]), x["target"]),
                             Sel({True: "tercapai", False: "tidak tercapai"}.get(x["tercapai"], "–"))])
        tw.contoh = bool(self.a.dipa.target_contoh)
        if self.a.dipa.target_sumber:
            tw.catatan.append(f"Dasar target: {self.a.dipa.target_sumber}.")
        b.isi.append(tw)
        b.isi.append(Gambar(f"Penyerapan anggaran kumulatif {self.nama} tahun {self.tahun}",
                            isi=grafik.png(self.a, dpi=200), contoh=self.a.ada_contoh))
        b.isi += self.teks("anggaran")
        return b

    def bab4(self) -> Bagian:
        bab = Bagian("BAB IV Penutup", "bab4", bab="4", halaman_baru=True)
        kes: list = [Paragraf(self.kalimat_capaian()), Paragraf(self.kalimat_anggaran())]
        kes += self.teks("kesimpulan")
        bab.sub.append(Bagian("A. Kesimpulan", "bab4.kesimpulan", kes))
        bab.sub.append(Bagian("B. Rekomendasi", "bab4.rekomendasi", self.teks(
            "rekomendasi", "Rekomendasi dan langkah ke depan belum ditulis.")))
        bab.sub[-1].isi.append(self.penandatangan())
        return bab

    def lampiran(self) -> Bagian:
        lam = Bagian("Lampiran", "lampiran", bab="L", halaman_baru=True)
        if self.versi is not None:
            pk = Bagian(f"Lampiran 1. Perjanjian Kinerja Tahun {self.tahun}", "lampiran.pk",
                        [self.tabel_pk()], halaman_baru=True)
            v = self.versi
            pk.isi.append(TandaTangan(self.tempat, format_tanggal(v.tanggal) if v.tanggal else "…………………",
                                      v.pihak_pertama_jabatan or "Pihak Pertama", v.pihak_pertama_nama or "…………………",
                                      v.pihak_pertama_nip))
            if v.pihak_kedua_nama:
                pk.isi.append(TandaTangan("", "", v.pihak_kedua_jabatan or "Pihak Kedua", v.pihak_kedua_nama,
                                          v.pihak_kedua_nip))
            lam.sub.append(pk)
        if self.renstra is not None:
            lam.sub.append(Bagian("Lampiran 2. Indikator Kinerja Utama", "lampiran.iku", [self.tabel_iku()],
                                  halaman_baru=True))
        form = Tabel(f"Formulir pengukuran kinerja tahun {self.tahun}",
                     ["No", "Indikator kinerja", "Target", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III",
                      "Realisasi TW IV", "Realisasi tahunan", "Capaian"], nama_lembar="Formulir pengukuran")
        for n, b in enumerate(self.m.baris, 1):
            form.baris.append([Sel(str(n)), Sel(b.indikator.nama),
                               Sel.angka(b.tahun.target_teks, b.tahun.target.nilai)]
                              + [Sel.angka(b.sel[p].realisasi_teks, b.sel[p].realisasi.nilai) for p in TRIWULAN]
                              + [Sel.angka(b.tahun.realisasi_teks, b.tahun.realisasi.nilai),
                                 Sel.angka(b.tahun.capaian_teks, b.tahun.capaian_nilai, b.tahun.kategori.kelas)])
            form.contoh = form.contoh or any(s.contoh for s in b.sel.values())
        if not self.m.baris:
            form.kosong = "Belum ada Perjanjian Kinerja yang berlaku."
        lam.sub.append(Bagian("Lampiran 3. Formulir Pengukuran Kinerja", "lampiran.pengukuran", [form],
                              halaman_baru=True))
        lam.sub.append(Bagian("Lampiran 4. Pernyataan Telah Direviu", "lampiran.reviu", [
            Paragraf(f"Kami telah mereviu Laporan Kinerja {self.nama} untuk Tahun {self.tahun} sesuai Pedoman "
                     "Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi "
                     f"tanggung jawab manajemen {self.nama}."),
            Paragraf("Reviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah disajikan secara "
                     "akurat, andal, dan valid."),
            Paragraf("Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam "
                     "meyakini keandalan informasi yang disajikan di dalam laporan kinerja ini."),
            TandaTangan(self.tempat, "…………………", "Aparat Pengawasan Intern Pemerintah", "…………………", ""),
        ], halaman_baru=True))
        return lam

    def susun(self) -> Dokumen:
        doc = Dokumen(
            judul="LAPORAN KINERJA",
            subjudul=[self.nama.upper(), f"TAHUN {self.tahun}"],
            meta={"satker": self.nama, "kode": self.satker.kode, "tahun": str(self.tahun), "tempat": self.tempat,
                  "kertas": self.laporan.kertas if self.laporan else "A4",
                  "tanggal": self.laporan.tanggal.isoformat() if self.laporan and self.laporan.tanggal else "",
                  "versi_data": str(self.satker.versi_data)},
        )
        doc.bagian = [self.pengantar(), self.ringkasan(), self.bab1(), self.bab2(), self.bab3(), self.bab4(),
                      self.lampiran()]
        doc.contoh = self.contoh
        doc.kesenjangan = list(dict.fromkeys(self.kesenjangan))
        doc.nomori()
        return doc


def susun(satker, tahun: int) -> Dokumen:
    """The whole Laporan Kinerja of ``satker`` for ``tahun`` as a plain document."""
    return Penyusun(satker, tahun).susun()


def angka_tabel(doc: Dokumen) -> dict[str, list[list[str]]]:
    """Every table's cell texts by its label: what each rendering must carry (used by tests)."""
    return {t.label: [[s.teks for s in baris] for baris in t.baris] for t in doc.tabel}

