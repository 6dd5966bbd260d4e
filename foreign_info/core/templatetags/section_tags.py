"""Template tags every public page uses: the language switcher and hreflang links, `lang`, Open
Graph locales, web fonts and JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from foreign_info.core import languages
from foreign_info.core.site_urls import absolute_url
from foreign_info.core.visibility import public_pages

register = template.Library()


@register.simple_tag
def bcp47(language_code=None):
    code = language_code or get_language()
    return languages.BCP47.get(code, code)


@register.simple_tag
def open_graph_locale(language_code=None):
    return languages.OPEN_GRAPH_LOCALES.get(language_code or get_language(), "vi_VN")


@register.simple_tag
def web_font(language_code=None):
    """The self-hosted font family a language needs beyond Noto Sans, or "" (see `make fonts`)."""
    return languages.WEB_FONT_FAMILIES.get(language_code or get_language(), "")


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
    translations = public_pages(Page.objects.filter(translation_key=page.translation_key).live(), request).select_related("locale")
    by_code = {translation.locale.language_code: translation for translation in translations}
    current = page.locale.language_code if page.locale_id else get_language()
    entries = []
    for code in languages.LANGUAGE_CODES:
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
                "bcp47": languages.BCP47[code],
                "name_local": get_language_info(code)["name_local"],
                "url": url,
                "full_url": absolute_url(request, url) if request is not None else url,
                "is_current": code == current,
                "is_source": code == languages.SOURCE_LANGUAGE,
            }
        )
    if request is not None:
        setattr(request, cache_attribute, entries)
    return entries


@register.simple_tag
def json_ld(data):
    """Print a dict as <script type="application/ld+json">, escaped so it cannot close the element."""
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
