"""Drawing helpers shared by the build-time pictures: scales, ticks, text, links and the figure wrapper.

Pictures are raw HTML inside Markdown, so every data string goes through attr() (HTML escaping) and
links use the built, directory-style URLs: MkDocs rewrites .md links in Markdown but not in raw HTML.
"""
import math
from dataclasses import dataclass

from macros.render.blocks import anchor, as_of, attr, html_block, page_url

NS = "http://www.w3.org/2000/svg"
STEPS = (1, 2.5, 5)


@dataclass(frozen=True)
class Scale:
    """Linear map from data values lo..hi to pixels start..end (end < start for an upward y axis)."""
    lo: float
    hi: float
    start: float
    end: float
    step: float

    def __call__(self, value) -> float:
        return self.start + (value - self.lo) * (self.end - self.start) / (self.hi - self.lo)

    def ticks(self) -> list:
        count = round((self.hi - self.lo) / self.step)
        return [self.lo + i * self.step for i in range(count + 1)]


def nice_scale(values, start, end, max_intervals=6) -> Scale:
    """A scale whose ends are whole ticks (1, 2.5 or 5 times a power of ten) around the values."""
    low, high = min(values), max(values)
    power = 10 ** math.floor(math.log10(max(high - low, 1) / max_intervals))
    for step in (m * power * k for k in (1, 10, 100) for m in STEPS):
        lo, hi = math.floor(low / step) * step, math.ceil(high / step) * step
        hi = hi if hi > lo else lo + step
        if (hi - lo) / step <= max_intervals:
            return Scale(lo, hi, start, end, step)
    raise ValueError("no tick step fits")  # unreachable: the last step spans every range


def num(value) -> str:
    """A coordinate, rounded and without trailing zeros, so output is stable."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def money_short(value) -> str:
    return f"${value / 1000:g}k" if value >= 1000 else f"${value:g}"


def short_range(value) -> str:
    if value.max is None:
        return f"{money_short(value.min)}+"
    return f"{money_short(value.min)}–{money_short(value.max)}"


def wrap(text, width) -> list:
    """Greedy word wrap to lines of at most `width` characters (a longer word keeps its own line)."""
    lines = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def text(x, y, content, cls="", anchor_at="start", line=0) -> str:
    """A <text>; a list of lines becomes tspans `line` pixels apart."""
    lines = content if isinstance(content, list) else [content]
    spans = "".join(f'<tspan x="{num(x)}" dy="{num(0 if i == 0 else line)}">{attr(part)}</tspan>'
                    for i, part in enumerate(lines)) if len(lines) > 1 else attr(lines[0])
    cls = f' class="{cls}"' if cls else ""
    return f'<text x="{num(x)}" y="{num(y)}"{cls} text-anchor="{anchor_at}">{spans}</text>'


def svg(chart_id, width, height, title, desc, body, role="img") -> str:
    """The <svg> element: scales to its container and is named by its title and described by its desc.

    A picture whose parts are links is a "group", so its links stay reachable; otherwise it is one image.
    """
    return (f'<svg xmlns="{NS}" viewBox="0 0 {num(width)} {num(height)}" width="100%" class="rg-chart" '
            f'role="{role}" aria-labelledby="{chart_id}-title {chart_id}-desc" font-size="12" fill="currentColor">'
            f'<title id="{chart_id}-title">{attr(title)}</title><desc id="{chart_id}-desc">{attr(desc)}</desc>'
            + "".join(body) + "</svg>")


def figure(chart_id, picture, caption, equivalent, summary="Figures as a table") -> str:
    """A picture with its caption and its text equivalent (HTML), as one block."""
    return html_block(f'<figure class="rg-figure" id="{chart_id}">\n{picture}\n<figcaption>{caption}</figcaption>\n'
                      f'<details class="rg-figures"><summary>{attr(summary)}</summary>\n{equivalent}\n</details>\n</figure>')


def html_table(headers, rows) -> str:
    """An HTML table; `rows` hold HTML already escaped by the caller."""
    head = "".join(f'<th scope="col">{attr(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def source_link(ctx, source_id) -> str:
    title = next(s.title for s in ctx.site.sources.sources if s.id == source_id)
    return f'<a href="{attr(page_url(ctx, "sources.md", anchor("source", source_id)))}">{attr(title)}</a>'


def source_note(ctx, items) -> str:
    """'Source: <title> (figures as of 2026)' for each distinct (source, year) of `items`, in order."""
    pairs = list(dict.fromkeys((sid, as_of(item.as_of)) for item in items for sid in item.sources))
    notes = [f"{source_link(ctx, sid)} (figures as of {attr(year)})" for sid, year in pairs]
    return ("Source: " if len(notes) == 1 else "Sources: ") + "; ".join(notes) + "."


def source_list(ctx, source_ids) -> str:
    """'Sources: <title>, 2026; ...' for distinct source ids, in order, as HTML links."""
    years = {s.id: s.year for s in ctx.site.sources.sources}
    ids = list(dict.fromkeys(source_ids))
    notes = [f"{source_link(ctx, sid)}, {years[sid] or 'undated'}" for sid in ids]
    return ("Source: " if len(notes) == 1 else "Sources: ") + "; ".join(notes) + "."
