"""Articles, clips and photo stories as text a journalist can open anywhere: a standalone HTML page,
plain text and the blocks the PDF is drawn from, all from one reading of the page.

An article body is read block by block (see publishing/blocks.py): rich text keeps its HTML for the
HTML file (sanitised by `kit_html`, links made absolute, because the file is opened far from the
site) and is split into
headings and paragraphs for the text and the PDF; photos, clips and galleries inside a body become
their captions and credits (the pictures themselves are the kit's photos, not body renditions).
"""

import re
from dataclasses import dataclass

import nh3
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from foreign_info.core.cldr import format_long_date
from foreign_info.core.languages import bcp47

RELATIVE_LINK = re.compile(r'(href|src)="/(?!/)')


@dataclass
class Block:
    kind: str  # "heading", "paragraph", "quote", "caption", "meta", "lead", or "richtext"
    text: str
    html: str = ""  # rich text only


def absolute_html(html, root_url):
    return RELATIVE_LINK.sub(lambda match: f'{match[1]}="{root_url}/', html)


# Rich text in a ZIP keeps what an editor formats (nh3's default tags: headings, lists, emphasis,
# links, images, tables) and loses what could run: script and style with their content, iframes and
# embeds, event-handler attributes, URLs of any scheme but these.
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def kit_html(source, root_url):
    """Wagtail's stored rich text `source` as HTML for a file of the kit: expanded, sanitised, links
    absolute. Sanitised here, not trusted from the editor: the HTML files are opened on the
    journalist's computer, with no Content-Security-Policy, and stored rich text also comes from
    imports and translations (PO, XLIFF, machine drafts), which Draftail's whitelist never saw."""
    clean = nh3.clean(expand_db_html(source), url_schemes=URL_SCHEMES, strip_comments=True, link_rel="noopener noreferrer")
    return absolute_html(clean, root_url)


def richtext_blocks(source, root_url):
    """One "richtext" Block (HTML kept) read from Wagtail's stored rich text."""
    html = kit_html(source, root_url)
    return [Block("richtext", html_to_text(html), html)]


def html_to_text(html):
    """Headings and paragraphs of `html` as text, list items bulleted, links followed by their URL."""
    soup = BeautifulSoup(html, "html.parser")
    for link in soup.find_all("a", href=True):
        if link.get_text(strip=True) != link["href"]:
            link.append(f" <{link['href']}>")
    parts = []
    for element in soup.find_all(["h2", "h3", "h4", "p", "li", "blockquote"]):
        if element.find_parent(["li", "blockquote"]) is not None and element.name == "p":
            continue
        text = " ".join(element.get_text(" ", strip=True).split())
        if text:
            parts.append(("• " if element.name == "li" else "") + text)
    if not parts:
        text = " ".join(soup.get_text(" ", strip=True).split())
        parts = [text] if text else []
    return "\n\n".join(parts)


def split_richtext(block):
    """Text and PDF blocks of a rich-text Block: its headings stay headings."""
    soup = BeautifulSoup(block.html, "html.parser")
    headings = {" ".join(h.get_text(" ", strip=True).split()) for h in soup.find_all(["h2", "h3", "h4"])}
    return [Block("heading" if part in headings else "paragraph", part) for part in block.text.split("\n\n") if part]


def credit_line(label, caption, credit):
    parts = [caption] if caption else []
    if credit:
        parts.append(f"{label}: {credit}")
    return " — ".join(parts)


def body_blocks(page, root_url):
    blocks = []
    for item in page.body:
        value, kind = item.value, item.block_type
        if kind == "paragraph":
            blocks += richtext_blocks(value.source, root_url)
        elif kind == "quote":
            quote = f"“{value['quote']}”" + (f" — {value['attribution']}" if value.get("attribution") else "")
            blocks.append(Block("quote", quote))
        elif kind == "fact_box":
            blocks.append(Block("heading", value["title"]))
            blocks += [Block("paragraph", f"{fact['label']}: {fact['value']}") for fact in value["facts"]]
        elif kind == "image" and value.get("image"):
            blocks.append(
                Block("caption", credit_line(_("Photo"), value.get("caption") or value.get("alt_text"), value.get("credit") or value["image"].credit))
            )
        elif kind == "clip" and value.get("clip"):
            blocks.append(Block("caption", credit_line(_("Video"), value.get("caption") or value["clip"].title, value["clip"].credit)))
        elif kind == "gallery":
            if value.get("title"):
                blocks.append(Block("heading", value["title"]))
            for photo in value["photos"]:
                blocks.append(
                    Block("caption", credit_line(_("Photo"), photo.get("caption") or photo.get("alt_text"), photo["image"].credit if photo["image"] else ""))
                )
        elif kind == "embed" and value:
            blocks.append(Block("paragraph", getattr(value, "url", "") or str(value)))
        elif kind == "related_links" and value:
            blocks.append(Block("heading", _("Related links")))
            for link in value:
                url = link["page"].full_url if link.get("page") else link.get("url")
                title = link.get("title") or (link["page"].title if link.get("page") else url)
                blocks.append(Block("paragraph", f"{title} <{url}>"))
    return blocks


def page_date(page):
    return format_long_date(page.date) if getattr(page, "date", None) else ""


def meta_line(*parts):
    return " · ".join(part for part in parts if part)


def article_blocks(item, root_url):
    """Blocks of a KitPage (article, clip or story) in reading order, title excluded."""
    page = item.page
    blocks = [
        Block("meta", meta_line(page_date(page), page.place, getattr(page, "source_agency", "") and _("Source: %(source)s") % {"source": page.source_agency}))
    ]
    if not item.in_kit_language:
        blocks.append(Block("meta", _("Not yet translated: this is the Vietnamese original.")))
    blocks.append(Block("lead", page.standfirst))
    if item.kind == "article":
        if page.hero_image and (page.hero_caption or page.hero_image.credit):
            blocks.append(Block("caption", credit_line(_("Photo"), page.hero_caption, page.hero_image.credit)))
        blocks += body_blocks(page, root_url)
    elif item.kind == "clip":
        if page.description:
            blocks += richtext_blocks(page.description, root_url)
        if page.credits:
            blocks.append(Block("meta", _("Credits: %(credits)s") % {"credits": page.credits}))
    elif item.kind == "story" and page.intro:
        blocks += richtext_blocks(page.intro, root_url)
    return blocks


def flat_blocks(blocks):
    """`blocks` with rich text split, for the plain text and the PDF."""
    flat = []
    for block in blocks:
        flat += split_richtext(block) if block.kind == "richtext" else [block]
    return flat


def page_html(item, blocks, language, extra=None):
    """`extra`: (relative path, description) of files in the kit that belong to the page."""
    return render_to_string(
        "presskits/zip/page.html",
        {"page": item.page, "item": item, "blocks": blocks, "lang": bcp47(language), "extra": extra or []},
    )


def page_text(item, blocks, extra=None):
    lines = [item.page.title, "=" * min(len(item.page.title), 72), ""]
    for block in flat_blocks(blocks):
        if block.kind == "heading":
            lines += [block.text, "-" * min(len(block.text), 72)]
        elif block.kind == "quote":
            lines.append("    " + block.text)
        else:
            lines.append(block.text)
        lines.append("")
    for path, text in extra or []:
        lines.append(f"{path}: {text}")
    lines.append(item.page.full_url or "")
    return "\n".join(lines).strip() + "\n"


def pdf_blocks(item, blocks, extra=None):
    return (
        [("title", item.page.title)]
        + [(block.kind, block.text) for block in flat_blocks(blocks)]
        + [("caption", f"{path}: {text}") for path, text in extra or []]
    )
