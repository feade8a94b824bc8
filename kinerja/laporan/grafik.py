"""The report's chart of capaian over the years, per sasaran: one group of bars per
indicator, one bar per year, the capaian in percent (an indicator whose capaian is a
verdict, not a percentage, has no bar that year). matplotlib, rendered to PNG at print
resolution, like the absorption chart of kinerja.anggaran.grafik."""

from __future__ import annotations

import io
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from kinerja.lib.angka import format_persen  # noqa: E402

WARNA = ["#b7c9e2", "#7ea3cc", "#3f74ad", "#0b5394", "#06305a"]


def capaian_tahunan(label: list[str], tahun: list[int], nilai: dict[int, list[Decimal | None]], *,
                    dpi: int = 200) -> bytes:
    """``nilai[tahun][i]``: the capaian of indicator ``label[i]`` that year (None: no bar).
    The picture has no title: the report's caption carries it.

    Drawing costs about 70 ms; the PNG depends only on these arguments, so it is
    kept in the cache under a digest of them (a changed figure is a new key)."""
    import hashlib

    from django.core.cache import cache

    kunci = "grafik-capaian-" + hashlib.sha256(repr((label, tahun, sorted(nilai.items()), dpi))
                                               .encode()).hexdigest()
    png = cache.get(kunci)
    if png is None:
        png = _gambar(label, tahun, nilai, dpi=dpi)
        cache.set(kunci, png, 24 * 3600)
    return png


def _polos(teks: str) -> str:
    """Text as matplotlib shows it literally: a "$" would start mathtext."""
    return teks.replace("$", r"\$")


def _gambar(label, tahun, nilai, *, dpi: int) -> bytes:
    label = [_polos(x) for x in label]
    miring = len(label) > 3
    lebar_in = min(8.0, 4.5 + 0.9 * len(label))
    fig = Figure(figsize=(lebar_in, 3.0 + (0.6 if miring else 0)), dpi=100)
    # a fixed layout (a layout engine would double the drawing time of these small charts)
    fig.subplots_adjust(left=(1.2 if miring else 0.7) / lebar_in, right=1 - 1.3 / lebar_in, top=0.95,
                        bottom=0.36 if miring else 0.15)
    ax = fig.add_subplot()
    lebar = 0.7 / max(1, len(tahun))
    for k, th in enumerate(tahun):
        xs, ys = [], []
        for i, v in enumerate(nilai[th]):
            if v is not None:
                xs.append(i - lebar * len(tahun) / 2 + lebar * (k + 0.5))
                ys.append(float(v))
        # the figures are in the table just above the chart: the bars carry no labels
        ax.bar(xs, ys, width=lebar * 0.95, color=WARNA[-len(tahun) + k] if len(tahun) <= len(WARNA) else None,
               label=str(th))
    ax.axhline(100, color="#b45f06", linewidth=1, linestyle="--", label="target (100%)")
    ax.set_xlim(-0.6, len(label) - 0.4)
    ax.set_xticks(range(len(label)), [t if len(t) <= 28 else t[:26] + "…" for t in label], fontsize=7,
                  rotation=20 if miring else 0, ha="right" if miring else "center")
    puncak = max([float(v) for vs in nilai.values() for v in vs if v is not None] + [100])
    ax.set_ylim(0, max(110, puncak * 1.08))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_persen(Decimal(round(v)), 0)))
    ax.set_ylabel("capaian")
    ax.grid(axis="y", color="#dddddd")
    for tepi in ("top", "right"):
        ax.spines[tepi].set_visible(False)
    fig.legend(loc="upper right", bbox_to_anchor=(0.995, 0.95), fontsize=7, frameon=False)
    buf = io.BytesIO()
    # light compression: PNG encoding was a fifth of a chart's cost at the default level
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, pil_kwargs={"compress_level": 1})
    return buf.getvalue()
