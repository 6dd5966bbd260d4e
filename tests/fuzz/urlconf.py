"""Every URL pattern of the project, from the URLconf itself, made into concrete paths.

Nothing is listed by hand: a view added later is fuzzed without anyone adding it here. Each
captured argument is filled from the fixtures' objects by its name and converter (a real id where
one fits, else a plausible value), and the result is checked to resolve to the pattern it came
from. Wagtail's catch-all page route is expanded into every live page and every sub-page route of
routable pages (feeds, search, topics, press-room forms, kit downloads)."""

import re

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RegexPattern, RoutePattern

ROUTE_PART = re.compile(r"(?<!\?P)<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
REGEX_GROUP = re.compile(r"\((?:\?P<(?P<name>\w+)>)?(?P<body>(?:[^()\\]|\\.)*)\)")


def walk(patterns=None, prefix=""):
    """(route text joined from the root, URLPattern) for every pattern."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        text = prefix + pattern_text(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, text)
        elif isinstance(entry, URLPattern):
            yield text, entry


def pattern_text(pattern):
    if isinstance(pattern, RoutePattern):
        return str(pattern._route)
    if isinstance(pattern, RegexPattern):
        return str(pattern._regex).lstrip("^").rstrip("$").replace("\\Z", "")
    return str(pattern)  # i18n_patterns' language prefix: "vi/" in the active language


def value_for(name, converter, ids):
    """A value for a captured argument: an existing object's id or key when the name says which."""
    name = (name or "").lower()
    for key, value in ids.items():
        if key in name:
            return str(value)
    if converter == "int" or name.endswith("id") or name in {"pk", "id"}:
        return str(ids.get("default_id", 1))
    if converter == "path":
        return "ca-phe/"
    if "code" in name or "lang" in name or "locale" in name:
        return "en"
    if "app_label" in name:
        return "translation"
    if "model_name" in name:
        return "glossaryterm"
    return "x"


def fill_regex(text, ids):
    def replace(match):
        body = match.group("body").removeprefix("?:")
        for candidate in (value_for(match.group("name"), None, ids), "1", "en", "x", "ca-phe", "a1b2", ""):
            try:
                if re.fullmatch(body, candidate):
                    return candidate
            except re.error:
                break
        return "x"

    previous = None
    while previous != text:
        previous, text = text, REGEX_GROUP.sub(replace, text)
    return text.replace("\\", "").replace("?", "").replace("^", "").replace("$", "")


def concrete(text, ids):
    filled = ROUTE_PART.sub(lambda m: value_for(m.group("name"), m.group("converter"), ids), text)
    return "/" + fill_regex(filled, ids)


def every_url(ids, page_urls):
    """(path, pattern label); paths that do not resolve back are reported by `unresolved`."""
    urls, unresolved = [], []
    for text, pattern in walk():
        label = pattern.name or text
        if "<path:path>" in text or text.endswith("(.*)") or "serve" == getattr(pattern.callback, "__name__", ""):
            urls.extend((url, f"page {url}") for url in page_urls)  # Wagtail's catch-all: every live page instead
            continue
        path = concrete(text, ids)
        try:
            resolve(path)
        except Resolver404:
            unresolved.append((text, path))
            continue
        urls.append((path, label))
    return list(dict.fromkeys(urls)), unresolved


def page_urls_with_subpages(pages, request=None):
    """Every live page's URL, and each sub-page route of routable pages."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    urls = []
    for page in pages:
        page = page.specific
        base = page.get_url(request)
        if not base:
            continue
        urls.append(base)
        if isinstance(page, RoutablePageMixin):
            for text, _pattern in walk(page.get_resolver().url_patterns):
                urls.append(base.rstrip("/") + concrete(text, {}))
    return urls
