"""No access token in the logs: paths that carry a secret are written with the secret cut off.

A journalist's personal press-room link, a subscription's confirm and unsubscribe links and a
password-reset link are secrets in a URL path. Django logs the path of every 4xx and 5xx answer
("Forbidden: /fr/salle-de-presse/access/<token>/"), and gunicorn's access log every request line and
referrer, so a mail scanner sending HEAD to an unsubscribe link would leave a working link in the
journal.

Contract: `redact(text)` returns `text` with everything after a secret-bearing route's literal
prefix (up to a space, quote, "?" or "#") replaced by "[redacted]". The prefixes are not a hand
list: `secret_prefixes()` reads every route of the URLconf and of every routable page model that
takes a parameter named `token`, so a route added later is covered. `RedactSecrets` is a logging
filter (portal/settings/base.py puts it on every handler) and `GunicornLogger` the access logger
that deploy/systemd/portal-gunicorn.service names.
"""

import logging
import re
from functools import lru_cache

from django.urls import URLPattern, URLResolver, get_resolver

TOKEN_PARAMETER = re.compile(r"<(?:\w+:)?token>|\(\?P<token>")
PARAMETER = re.compile(r"<[^>]*>|\(\?P<[^)]*\)[^/]*|[\^$]")
REDACTED = "[redacted]"


def _routes(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route


def _page_routes():
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                yield str(pattern.pattern)


@lru_cache(maxsize=1)
def secret_prefixes():
    """The literal path segment just before each `token` parameter ("access", "confirm", ...)."""
    prefixes = set()
    for route in [*_routes(get_resolver().url_patterns), *_page_routes()]:
        match = TOKEN_PARAMETER.search(route)
        if match:
            literal = [segment for segment in PARAMETER.sub("", route[: match.start()]).split("/") if segment]
            if literal:
                prefixes.add(literal[-1])
    return frozenset(prefixes)


@lru_cache(maxsize=1)
def _secret_path():
    names = "|".join(sorted(re.escape(prefix) for prefix in secret_prefixes()))
    return re.compile(rf"(/(?:{names})/)[^\s\"'?#]+")


def redact(text):
    if not isinstance(text, str) or "/" not in text:
        return text
    return _secret_path().sub(rf"\g<1>{REDACTED}", text)


class RedactSecrets(logging.Filter):
    """Rewrites a record whose message would carry a secret path; never drops a record."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's to report
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


try:
    from gunicorn.glogging import Logger as _GunicornLogger
except ImportError:  # gunicorn is a production dependency; the filter above works without it
    _GunicornLogger = None

if _GunicornLogger is not None:

    class GunicornLogger(_GunicornLogger):
        """gunicorn's access log with secret paths cut in every atom (request line, path, referrer,
        request headers and environment)."""

        def atoms(self, resp, req, environ, request_time):
            return {name: redact(value) for name, value in super().atoms(resp, req, environ, request_time).items()}
