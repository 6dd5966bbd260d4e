"""Template tags every public page uses: the language switcher and hreflang links, `lang` and `dir`,
Open Graph locales, web fonts, numbers and dates in the reader's language, and JSON-LD. Everything
about a language comes from PORTAL_LANGUAGES (foreign_info.core.languages)."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from foreign_info.core import cldr, derived, languages
from foreign_info.core.site_urls import absolute_url
from foreign_info.core.visibility import public_pages

register = template.Library()


@register.simple_tag
def bcp47(language_code=None):
    return languages.bcp47(language_code or get_language())


@register.simple_tag
def text_direction(language_code=None):
    """ "ltr" or "rtl", for `dir` on <html>."""
    return languages.direction(language_code or get_language())


@register.simple_tag
def open_graph_locale(language_code=None):
    return languages.open_graph_locale(language_code or get_language())


@register.simple_tag
def web_font(language_code=None):
    """The self-hosted font family a language needs beyond Noto Sans, or "" (see `make fonts`)."""
    return languages.web_font(language_code or get_language())


@register.filter
def number(value):
    """A number grouped and punctuated as the page's language writes it, without spurious decimals."""
    return cldr.format_number(value)


@register.filter
def long_date(value):
    """A date written out in the page's language, from CLDR (month names in Lao and Khmer too)."""
    return cldr.format_long_date(value)


@register.filter
def long_datetime(value):
    """A date and 24-hour time in the page's language and the active time zone, from CLDR."""
    return cldr.format_long_datetime(value)


@register.filter
def time_of_day(value):
    """A 24-hour time in the page's language and the active time zone, from CLDR."""
    return cldr.format_time_of_day(value)


@register.simple_tag(takes_context=True)
def page_languages(context, page, route_path=""):
    """The live, public translations of `page`, one entry per language in the section's order.

    Only translations a reader can open are listed, so neither the switcher nor hreflang ever links
    to a draft or a missing page. `route_path` carries a route of a routable page (a topic, the
    search page) across to each translation. Computed once per request.
    """
    request = context.get("request")
    cache_attribute = f"_page_languages_{page.pk}_{route_path}"
    if request is not None and hasattr(request, cache_attribute):
        return getattr(request, cache_attribute)
    # Absolute URLs name the scheme and host the reader used.
    key = ("languages", page.pk, route_path, get_language(), request.scheme if request else "", request.get_host() if request else "")
    entries = derived.remember(request, key, lambda: language_entries(page, route_path, request))
    if request is not None:
        setattr(request, cache_attribute, entries)
    return entries


def language_entries(page, route_path, request):
    translations = public_pages(Page.objects.filter(translation_key=page.translation_key).live(), request).select_related("locale")
    by_code = {translation.locale.language_code: translation for translation in translations}
    current = page.locale.language_code if page.locale_id else get_language()
    entries = []
    for code in languages.codes():
        translation = by_code.get(code)
        if translation is None:
            continue
        url = translation.get_url(request)
        if url is None:
            continue
        url += route_path
        entries.append(
            {
                "code": code,
                "bcp47": languages.bcp47(code),
                "name_local": languages.native_name(code),
                "url": url,
                "full_url": absolute_url(request, url) if request is not None else url,
                "is_current": code == current,
                "is_source": code == languages.SOURCE_LANGUAGE,
            }
        )
    return entries


@register.simple_tag
def json_ld(data):
    """Print a dict as <script type="application/ld+json">, escaped so it cannot close the element."""
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
