"""A work's text as PDF blocks, in the language of the page: articles, clips and photo stories
through the press kits' reader (presskits.zipbuild.texts, so a dossier and a press kit print an
article the same way), events from their summary, dates, venues and programme, then their body
with the same block reader."""

from django.utils.translation import gettext as _

from foreign_info.core.cldr import format_long_date
from foreign_info.events import dates
from foreign_info.presskits.contents import KitPage
from foreign_info.presskits.zipbuild import texts

KINDS = {"articlepage": "article", "clippage": "clip", "gallerypage": "story", "eventpage": "event"}


def event_blocks(page, root_url):
    span = " – ".join(dict.fromkeys(format_long_date(dates.local(moment, page.time_zone)) for moment in (page.start, page.end)))
    blocks = [texts.Block("meta", span), texts.Block("lead", page.summary)]
    for venue in page.venues:
        blocks.append(texts.Block("meta", f"{venue.value['name']} — {venue.value['address']}"))
    sessions = [block.value for block in page.programme]
    if sessions:
        blocks.append(texts.Block("heading", _("Programme")))
    for session in sessions:
        when = f"{format_long_date(session['date'])} {session['start_time']:%H:%M}"
        line = " · ".join(part for part in (when, session["title"], session.get("place", "")) if part)
        blocks.append(texts.Block("paragraph", line))
        if session.get("description"):
            blocks.append(texts.Block("caption", session["description"]))
    return blocks + texts.body_blocks(page, root_url)


def pdf_blocks(page, root_url):
    """(kind, text) blocks of `page` for presskits.zipbuild.pdf.render, its title first."""
    kind = KINDS[page.specific_class._meta.model_name]
    item = KitPage(page, kind, page.locale.language_code, True)
    blocks = event_blocks(page, root_url) if kind == "event" else texts.article_blocks(item, root_url)
    return texts.pdf_blocks(item, blocks)
