"""Demo content of the events, run by `manage.py load_demo` after the publishing, media and press
room demos: the events listing in every language the section has, and the Đắk Lắk culture,
tourism and investment week (eight sessions over three days, two venues with coordinates,
organisers, contacts, a clip, the coffee festival's press kit) in Vietnamese, translated into
English and French through wagtail-localize like every demo page.

Offline and idempotent: a second run finds everything in place and changes nothing (the week keeps
the dates set on the first run)."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from foreign_info.core.languages import SOURCE_LANGUAGE

from . import demo_content as content
from .dates import DEFAULT_TIME_ZONE


def load(log):
    from foreign_info.publishing.models import SectionPage

    section = SectionPage.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth=2).first()
    if section is None:
        return [("vi", "events demo", "no section: run the publishing demo first")]
    index, missing = ensure_index(section, log)
    event = ensure_event(section, index, log)
    for code in content.EVENT_LANGUAGES:
        missing += ensure_translation(event, code, event_strings(code))
    return missing


def ensure_translation(page, code, strings):
    from foreign_info.media.demo import ensure_translation as translate

    return translate(page, code, strings)


def ensure_index(section, log):
    from .models import EventIndexPage

    data = content.INDEX
    index = EventIndexPage.objects.child_of(section).first()
    if index is None:
        index = EventIndexPage(title=data["title"]["vi"], slug=content.INDEX_SLUG, intro=f"<p>{data['intro']['vi']}</p>")
        section.add_child(instance=index)
        index.save_revision().publish()
        log("events listing created")
    missing = []
    for code in sorted(set(section.get_translations().values_list("locale__language_code", flat=True)) & set(data["title"])):
        strings = {data["title"]["vi"]: data["title"][code], data["intro"]["vi"]: data["intro"][code], content.INDEX_SLUG: content.INDEX_SLUG}
        missing += ensure_translation(index, code, strings)
    return index, missing


def day_at(first_day, offset, clock):
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.datetime.combine(first_day + datetime.timedelta(days=offset), datetime.time(hours, minutes), tzinfo=ZoneInfo(DEFAULT_TIME_ZONE))


def ensure_event(section, index, log):
    from foreign_info.presskits.demo_content import OPEN_KIT_SLUG
    from foreign_info.presskits.models import PressKitPage
    from foreign_info.publishing.demo.loader import DemoLoader

    from .models import EventPage

    event = EventPage.objects.child_of(index).filter(slug=content.EVENT_SLUG).first()
    if event is not None:
        return event
    data = content.EVENT
    first_day = timezone.now().astimezone(ZoneInfo(DEFAULT_TIME_ZONE)).date() + datetime.timedelta(days=content.DAYS_AHEAD)
    event = EventPage(
        title=data["title"]["vi"],
        slug=content.EVENT_SLUG,
        summary=data["summary"]["vi"],
        start=day_at(first_day, 0, "08:00"),
        end=day_at(first_day, content.LENGTH_DAYS - 1, "17:30"),
        lunar_calendar=True,
        hero_image=DemoLoader(log).ensure_image(content.HERO_IMAGE),
        hero_alt=data["hero_alt"]["vi"],
        venues=[("venue", {"name": name["vi"], "address": address, "latitude": lat, "longitude": lon}) for name, address, lat, lon in content.VENUES],
        programme=[
            (
                "session",
                {
                    "date": first_day + datetime.timedelta(days=offset),
                    "start_time": datetime.time.fromisoformat(start),
                    "end_time": datetime.time.fromisoformat(end),
                    "kind": kind,
                    "title": title["vi"],
                    "place": place["vi"],
                    "description": description["vi"],
                },
            )
            for offset, start, end, kind, title, place, description in content.SESSIONS
        ],
        organisers=[("organiser", {"name": name["vi"], "role": role["vi"], "url": url}) for name, role, url in content.ORGANISERS],
        contacts=[
            ("contact", {"name": name, "role": role["vi"], "organisation": organisation["vi"], "phone": phone, "email": email, "languages": languages})
            for name, role, organisation, phone, email, languages in content.CONTACTS
        ],
        body=body(),
        press_kit=PressKitPage.objects.filter(slug=OPEN_KIT_SLUG, locale__language_code=SOURCE_LANGUAGE).first(),
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    log("event (culture, tourism and investment week) created")
    return event


def body():
    from foreign_info.media.demo import CLIP_TITLE
    from foreign_info.media.models import VideoClip

    blocks = [("paragraph", f"<p>{content.EVENT['intro']['vi']}</p>")]
    clip = VideoClip.objects.filter(title=CLIP_TITLE).first()
    if clip is not None:
        blocks.append(("clip", {"clip": clip, "caption": content.EVENT["clip_caption"]["vi"]}))
    return blocks


def event_strings(code):
    """Every text of the Vietnamese event mapped to its translation into `code`."""
    data = content.EVENT
    strings = {data[field]["vi"]: data[field][code] for field in ("title", "summary", "hero_alt", "intro", "clip_caption")}
    strings[content.EVENT_SLUG] = content.EVENT_SLUG
    for name, address, _lat, _lon in content.VENUES:
        strings.update({name["vi"]: name[code], address: address})
    for _offset, _start, _end, _kind, title, place, description in content.SESSIONS:
        strings.update({title["vi"]: title[code], place["vi"]: place[code], description["vi"]: description[code]})
    for name, role, _url in content.ORGANISERS:
        strings.update({name["vi"]: name[code], role["vi"]: role[code]})
    for name, role, organisation, *_rest in content.CONTACTS:
        strings.update({name: name, role["vi"]: role[code], organisation["vi"]: organisation[code]})
    return strings
