"""Responsive pictures: for each place a photo is shown, the renditions and `sizes` it needs.

Contract:
- `LAYOUTS` names each place (a section banner, a page's hero, a card) with its crops at several
  widths, each in AVIF, WebP and JPEG (the fallback every browser reads), and the `sizes` that tell
  the browser how wide the photo is drawn there (portal/static/css/site.css: content at most 70rem
  inside 1rem margins, articles at most 50rem, cards in a grid of 16rem columns, an article card's
  photo 6.5rem beside its title on phones).
- `picture(image, layout, alt=..., priority=...)` returns the `<picture>` element. All renditions
  come from one `Image.get_renditions` call: no query when a listing prefetched `specs(layout)`
  (publishing/listings.py), one otherwise, as a single `{% image %}` cost before.
- `priority=True` marks the page's largest contentful image (`fetchpriority="high"`, loaded at once);
  every other picture is `loading="lazy"`.
- `width`/`height` are those of the fallback rendition, so the browser reserves the photo's space
  before it arrives (no layout shift).

Why: a phone 390 px wide at a device-pixel ratio of 1.75 needs a photo about 630 px wide, a 1366 px
screen an 800 px one, a retina screen twice that; one fixed rendition either sends a phone three
times the bytes it can show or blurs on the larger screens. AVIF is about a quarter smaller than
WebP for camera photos (a 1600 px photo: 200 kB against 260 kB, 380 kB in JPEG).
Renditions are never upscaled: for a small original several specs give the same width, which is
listed once (the HTML standard forbids two candidates of the same width).
"""

from collections import namedtuple

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

FORMATS = (("avif", "image/avif"), ("webp", "image/webp"), ("jpeg", "image/jpeg"))
Layout = namedtuple("Layout", ["crops", "sizes"])

LAYOUTS = {
    # The section home's banner: the full content width, 8:3.
    "banner": Layout(
        crops=("fill-480x180-c60", "fill-800x300-c60", "fill-1200x450-c60", "fill-1600x600-c60"),
        sizes="(min-width: 72rem) 70rem, calc(100vw - 2rem)",
    ),
    # The photo at the top of an article or event: the article's column, the photo's own aspect.
    "hero": Layout(
        crops=("width-480", "width-800", "width-1200", "width-1600"),
        sizes="(min-width: 52rem) 50rem, calc(100vw - 2rem)",
    ),
    # A card drawn across the phone's width (stories, events, featured articles), in a grid above.
    "card": Layout(
        crops=("fill-320x180-c80", "fill-640x360-c80", "fill-960x540-c80"),
        sizes="(max-width: 35.99rem) calc(100vw - 2rem), (min-width: 72rem) 16.5rem, 45vw",
    ),
    # An article card in a list: on phones a 6.5rem thumbnail beside the title.
    "card-side": Layout(
        crops=("fill-320x180-c80", "fill-640x360-c80", "fill-960x540-c80"),
        sizes="(max-width: 35.99rem) 6.5rem, (min-width: 72rem) 16.5rem, 45vw",
    ),
}


def specs(layout):
    """Every rendition spec of a layout (for prefetching), fallback format last."""
    return [f"{crop}|format-{name}" for name, _ in FORMATS for crop in LAYOUTS[layout].crops]


def srcset(renditions):
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    return ", ".join(f"{rendition.url} {width}w" for width, rendition in by_width.items())


def picture(image, layout, *, alt, priority=False, css_class=""):
    crops, sizes = LAYOUTS[layout]
    renditions = image.get_renditions(*specs(layout))
    by_format = {name: [renditions[f"{crop}|format-{name}"] for crop in crops] for name, _ in FORMATS}
    sources = format_html_join("", '<source type="{}" srcset="{}" sizes="{}">', ((mime, srcset(by_format[name]), sizes) for name, mime in FORMATS[:-1]))
    fallback = by_format[FORMATS[-1][0]]
    loading = mark_safe(' fetchpriority="high"' if priority else ' loading="lazy"')  # noqa: S308 - a constant
    return format_html(
        '<picture>{}<img{} src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{} decoding="async"></picture>',
        sources,
        format_html(' class="{}"', css_class) if css_class else "",
        fallback[0].url,
        srcset(fallback),
        sizes,
        fallback[0].width,
        fallback[0].height,
        alt,
        loading,
    )
