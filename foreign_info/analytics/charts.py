"""Charts drawn on the server as inline SVG: no script, no CDN, readable without JavaScript and
printable in the quarterly report. Every label is escaped."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

PALETTE = ("#1d4e89", "#d1495b", "#00798c", "#edae49", "#66a182", "#8d6a9f", "#2e4057", "#b56576", "#6c757d")


def bars(table, width=640, bar_height=18, gap=6, value_column=-1, label_columns=(0,)):
    """Horizontal bars, one per row, labelled with the row's first columns."""
    rows = table.rows[:15]
    if not rows:
        return ""
    label_width = 220
    top = max((row[value_column] for row in rows), default=0) or 1
    height = len(rows) * (bar_height + gap) + gap
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-bars" role="img" viewBox="0 0 {width} {height}" width="100%" aria-label="{escape(table.title)}">'
    ]
    for index, row in enumerate(rows):
        y = gap + index * (bar_height + gap)
        value = row[value_column]
        length = (width - label_width - 60) * value / top
        label = " · ".join(str(row[c]) for c in label_columns)
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end" font-size="12">{escape(label[:40])}</text>')
        parts.append(
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{PALETTE[0]}"><title>{escape(label)}: {value}</title></rect>'
        )
        parts.append(f'<text x="{label_width + length + 4:.1f}" y="{y + bar_height - 5}" font-size="12">{value}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped or a number


def lines(table, width=640, height=220):
    """One line per column after the first (a date), with a legend."""
    series = table.columns[1:]
    rows = table.rows
    if not rows or not series:
        return ""
    left, bottom, top_pad = 40, 24, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    top = max((max(row[1:]) for row in rows), default=0) or 1
    step = plot_w / max(len(rows) - 1, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-lines" role="img" viewBox="0 0 {width} {height + 20 * ((len(series) + 3) // 4)}" width="100%" aria-label="{escape(table.title)}">'
    ]
    parts.append(f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - 10}" y2="{top_pad + plot_h}" stroke="#999"/>')
    parts.append(
        f'<text x="{left - 4}" y="{top_pad + 10}" text-anchor="end" font-size="11">{top}</text><text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end" font-size="11">0</text>'
    )
    parts.append(
        f'<text x="{left}" y="{height - 6}" font-size="11">{escape(rows[0][0])}</text><text x="{width - 10}" y="{height - 6}" text-anchor="end" font-size="11">{escape(rows[-1][0])}</text>'
    )
    for index, name in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        points = " ".join(f"{left + n * step:.1f},{top_pad + plot_h - plot_h * row[index + 1] / top:.1f}" for n, row in enumerate(rows))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"><title>{escape(name)}</title></polyline>')
        x, y = left + (index % 4) * 150, height + 14 + 20 * (index // 4)
        parts.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/><text x="{x + 16}" y="{y}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped or a number


def draw(table):
    if table.chart == "bars":
        return bars(table)
    if table.chart == "lines":
        return lines(table)
    return ""
