"""The files an event page serves beside itself: its iCalendar file and its contacts as vCard."""

from types import SimpleNamespace

from django.http import Http404, HttpResponse

from foreign_info.core.page_cache import mark_cacheable
from foreign_info.presskits.zipbuild import vcard

from . import ical


def attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(page, request):
    response = HttpResponse(ical.event_calendar(page, request), content_type="text/calendar; charset=utf-8")
    response["Content-Language"] = page.locale.language_code
    return mark_cacheable(attachment(response, f"{page.slug}.{page.locale.language_code}.ics"))


def contacts_vcf(page, request):
    """vCard 4.0 of the organising committee's contacts, written by the press kits' own writer."""
    contacts = [block.value for block in page.contacts if block.block_type == "contact"]
    if not contacts:
        raise Http404("This event lists no contacts")
    cards = [
        SimpleNamespace(
            name=contact["name"],
            role=contact.get("role") or "",
            organisation=contact.get("organisation") or "",
            phone=contact.get("phone") or "",
            email=contact.get("email") or "",
            languages=list(contact.get("languages") or []),
        )
        for contact in contacts
    ]
    response = HttpResponse(vcard.contacts_vcf(cards), content_type="text/vcard; charset=utf-8")
    response["Content-Language"] = page.locale.language_code
    return mark_cacheable(attachment(response, f"{page.slug}.{page.locale.language_code}.vcf"))
