"""The monthly cumulative absorption chart, drawn once here for the web page and the report.

A matplotlib figure (no browser library, no CDN) rendered to SVG or PNG: cumulative
realisasi and cumulative RPD as a share of the current pagu, month by month, with the
year's quarterly absorption targets as markers. Months after the last with realisasi are
not drawn as zero: the realisasi line stops there.
"""

from __future__ import annotations

import io
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from kinerja.lib.angka import BULAN, format_persen  # noqa: E402

from .layanan import Anggaran  # noqa: E402

SINGKAT = [b[:3] for b in BULAN]


def _gambar(a: Anggaran) -> Figure:
    bulanan = a.bulanan()
    fig = Figure(figsize=(8, 3.6), dpi=100)
    ax = fig.add_subplot()
    x = list(range(1, 13))
    terakhir = max((m["bulan"] for m in bulanan if m["realisasi"]), default=0)
    rencana = [float(m["rencana"].persen or 0) for m in bulanan]
    if any(m["rpd_kumulatif"] for m in bulanan):
        ax.plot(x, rencana, color="#7a7a7a", linestyle="--", marker=".", label="Rencana (RPD) kumulatif")
    if terakhir:
        serap = [float(m["penyerapan"].persen or 0) for m in bulanan[:terakhir]]
        ax.plot(x[:terakhir], serap, color="#0b5394", marker="o", linewidth=2, label="Realisasi kumulatif")
        ax.annotate(format_persen(bulanan[terakhir - 1]["penyerapan"].persen), (terakhir, serap[-1]),
                    textcoords="offset points", xytext=(0, 8), ha="center", fontsize=9, color="#0b5394")
    target = [(m["bulan"], float(m["target"])) for m in bulanan if m["target"] is not None]
    if target:
        ax.scatter([t[0] for t in target], [t[1] for t in target], marker="D", color="#b45f06", zorder=3,
                   label="Target penyerapan triwulan")
    ax.set_xticks(x, SINGKAT)
    ax.set_ylim(0, 105)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_persen(Decimal(round(v)), 0)))
    ax.set_ylabel("persen pagu")
    ax.grid(axis="y", color="#dddddd")
    for tepi in ("top", "right"):
        ax.spines[tepi].set_visible(False)
    ax.set_title(f"Penyerapan anggaran kumulatif {a.tahun}", fontsize=11)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def svg(a: Anggaran) -> bytes:
    buf = io.BytesIO()
    _gambar(a).savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


def png(a: Anggaran, dpi: int = 150) -> bytes:
    buf = io.BytesIO()
    _gambar(a).savefig(buf, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})  # fast to write, for reports
    return buf.getvalue()
