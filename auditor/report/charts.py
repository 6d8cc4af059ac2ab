"""Lay out the report's small inline SVG charts: bars, stacked trend bars, monthly timelines.

Only geometry is computed here (numbers, labels, class names); the templates draw it, so the
charts need no script and no external file, and print as they look on screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from auditor.report.model import Bar, Chart


def _css(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name)


def horizontal_bars(
    title: str, items: Sequence[tuple[str, int, str]], *, width: int = 320, row: int = 22
) -> Chart:
    """One labelled bar per (label, value, css class), longest = full width."""
    label_w, value_w = 124, 36
    span = width - label_w - value_w
    top = max((v for _, v, _ in items), default=0)
    bars: list[Bar] = []
    labels: list[Bar] = []
    for i, (label, value, css) in enumerate(items):
        y = i * row
        w = 0.0 if top == 0 else round(span * value / top, 1)
        bars.append(
            Bar(
                label,
                value,
                label_w,
                y + 4,
                max(w, 1.0 if value else 0.0),
                row - 8,
                css,
                f"{label}: {value}",
            )
        )
        labels.append(Bar(label, value, label_w - 6, y + row / 2 + 4, 0, 0, "lbl-end"))
        labels.append(Bar(f"{value:,}", value, label_w + w + 6, y + row / 2 + 4, 0, 0, "lbl"))
    return Chart(
        title, width, max(row * len(items), row), tuple(bars), tuple(labels), empty=top == 0
    )


def stacked_columns(
    title: str,
    columns: Sequence[tuple[str, Mapping[str, int]]],
    order: Sequence[str],
    *,
    width: int = 320,
    height: int = 130,
    highlight: int | None = None,
    totals: bool = True,
) -> Chart:
    """Columns of stacked pieces (e.g. flagged posts by band per run), oldest on the left."""
    # Room for the labels under the columns and (with `totals`) the totals above them.
    axis, head = 18, (14 if totals else 2)
    plot_h = height - axis - head
    n = max(len(columns), 1)
    slot = width / n
    bar_w = min(28.0, slot * 0.7)
    top = max((sum(c.values()) for _, c in columns), default=0)
    bars: list[Bar] = []
    labels: list[Bar] = []
    for i, (label, counts) in enumerate(columns):
        x = round(i * slot + (slot - bar_w) / 2, 1)
        y = float(plot_h + head)
        total = sum(counts.get(k, 0) for k in order)
        for key in order:
            value = counts.get(key, 0)
            if not value or not top:
                continue
            h = round(plot_h * value / top, 1)
            y = round(y - h, 1)
            bars.append(
                Bar(
                    key,
                    value,
                    x,
                    y,
                    round(bar_w, 1),
                    h,
                    f"band-{_css(key)}",
                    f"{label}: {value} {key} (of {total})",
                )
            )
        css = "lbl-mid strong" if highlight == i else "lbl-mid"
        labels.append(Bar(label, total, round(x + bar_w / 2, 1), height - 4, 0, 0, css))
        if totals and total:
            labels.append(Bar(f"{total:,}", total, round(x + bar_w / 2, 1), y - 3, 0, 0, "lbl-top"))
    return Chart(title, width, height, tuple(bars), tuple(labels), empty=top == 0)


def month_key(day: date) -> tuple[int, int]:
    return day.year, day.month


def months_back(end: tuple[int, int], count: int) -> list[tuple[int, int]]:
    year, month = end
    out: list[tuple[int, int]] = []
    for _ in range(count):
        out.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]


def monthly_timeline(
    title: str,
    days_and_bands: Sequence[tuple[date, str]],
    end: date,
    order: Sequence[str],
    *,
    months: int = 12,
    width: int = 240,
    height: int = 56,
) -> Chart:
    """Flagged posts per month, for the `months` months up to `end`'s month (older: dropped)."""
    keys = months_back(month_key(end), months)
    counts: dict[tuple[int, int], dict[str, int]] = {k: {} for k in keys}
    for day, band in days_and_bands:
        k = month_key(day)
        if k in counts:
            counts[k][band] = counts[k].get(band, 0) + 1
    columns = [(f"{m:02d}/{y % 100:02d}", counts[(y, m)]) for y, m in keys]
    chart = stacked_columns(title, columns, order, width=width, height=height, totals=False)
    # Twelve month labels do not fit a small chart: keep the first and the last.
    labels = tuple(lbl for i, lbl in enumerate(chart.labels) if i in (0, len(chart.labels) - 1))
    return Chart(chart.title, chart.width, chart.height, chart.bars, labels, chart.empty)
