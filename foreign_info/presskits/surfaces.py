"""The embargo on every public surface.

Contract:
- `hide_embargoed(queryset, request)` is registered with core's `public_pages` (apps.py), so every
  listing, topic page, search, feed, featured item, language switcher and hreflang link, the
  sitemap and the API leave out pages that are embargoed now (embargo.hidden(): embargoed kits and
  what only they contain). It costs no SQL query: the answer comes from the cache.
- An accredited journalist (a session opened through a personal link) is not filtered on pages
  served to them, and gets embargoed pages with a banner (`embargo_banner` template tag). Their
  responses are marked private and never enter the page cache. The sitemap and the API pass no
  request: machines never see embargoed material.
- `cache_seconds()` is registered with core's page cache: no stored page outlives the next release,
  so a listing cached before an embargo ends shows the released items right after it.
"""

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from . import embargo
from .access import journalist_for

REQUEST_ANSWER = "_presskits_embargo_answer"
# Set on the request by the before_serve_page hook when a journalist is served an embargoed page:
# the time it is released (read by the banner and by the hook that keeps the response private).
EMBARGO_ATTRIBUTE = "presskits_embargo_until"


def hidden_for(request):
    """The embargo answer, read once per request."""
    if request is None:
        return embargo.hidden()
    answer = getattr(request, REQUEST_ANSWER, None)
    if answer is None:
        answer = embargo.hidden()
        setattr(request, REQUEST_ANSWER, answer)
    return answer


def journalist(request):
    """The accredited journalist behind `request`, or None. Readers without a session cookie (all of
    the anonymous public) cost nothing and do not touch the session, which would add `Vary: Cookie`
    to every public response."""
    if request is None or settings.SESSION_COOKIE_NAME not in getattr(request, "COOKIES", {}):
        return None
    return journalist_for(request)


# Set on the request when a journalist was shown a list that includes embargoed pages: that
# response is private too (see wagtail_hooks.keep_embargoed_pages_private).
SHOWN_EMBARGOED_ATTRIBUTE = "presskits_shown_embargoed"


def hide_embargoed(queryset, request=None):
    answer = hidden_for(request)
    if not answer.page_keys:
        return queryset
    if journalist(request) is not None:
        setattr(request, SHOWN_EMBARGOED_ATTRIBUTE, True)
        return queryset
    return queryset.exclude(translation_key__in=list(answer.page_keys))


def shows_embargoed(request):
    return getattr(request, EMBARGO_ATTRIBUTE, None) is not None or getattr(request, SHOWN_EMBARGOED_ATTRIBUTE, False)


def is_hidden_page(page, request=None):
    return page.translation_key in hidden_for(request).page_keys


def is_hidden_document(document, request=None):
    return document.pk in hidden_for(request).document_ids


def release_time(page, now=None):
    """When an embargoed page becomes public: a kit's own embargo time; for a page inside kits, the
    earliest embargo among the embargoed kits that contain it (the first release shows it)."""
    from .models import KitItemLink, PressKitPage

    if isinstance(page, PressKitPage):
        return page.embargo_until
    kit_ids = KitItemLink.objects.filter(kind=KitItemLink.Kind.PAGE, page_key=page.translation_key).values("kit_id")
    return PressKitPage.objects.live().filter(pk__in=kit_ids).embargoed(now).aggregate(first=Min("embargo_until"))["first"]


def cache_seconds():
    return embargo.seconds_until_next_release(timezone.now())
