"""Values derived from published content, kept in this process until the content changes.

Why: a page the page cache cannot answer (a query string, the first reader after a publish) would
otherwise recompute, on every request, things that change only when something is published or
edited: the page its URL routes to, its translations for the language switcher and hreflang, the
topic navigation, the related articles, the `<picture>` markup of its photos. They were about
three quarters of an uncached article's time (bench/pages.py, issue #17).

Contract:
- `remember(request, key, compute, *, timeout=None)` returns `compute()`. For a public request it
  is taken from this process's memory when the same key was computed under the current content
  generation, else computed and kept. `key` is a tuple naming everything else the value depends on
  (the site, the scheme and host of absolute URLs, the language, the page). None is never kept
  (a compute returns it for "nothing worth keeping", such as a path that routes nowhere).
- Public means: a request, answered to the anonymous public (no session cookie: editors, previews
  and accredited journalists, who may see drafts or embargoed pages, always compute). Calls
  without a request compute every time.
- Nothing is kept longer than the page cache may keep a page stored now
  (core.page_cache.storage_timeout: an embargo that ends or an event that starts changes pages
  without a publish), nor while the default cache's Redis is away (its generation is then this
  process's own and cannot tell what other processes changed).
- Values are kept pickled in this process's own LocMemCache (MAX_ENTRIES, least recently used
  first out): each caller gets its own copy, so a value must pickle (strings, tuples, model
  instances) and may be changed by whoever got it. `forget_all()` empties it (tests).
- The generation (core.generation) is read once per request, not once per value.
- `content_changed()` makes everything kept stale in every process: it bumps the generation now
  and once more when the transaction commits, since a reader between the two would have read the
  old rows under the new generation. The page cache's purges call it, so whatever makes a cached
  page stale makes its derived values stale too; `connect()` adds the rows those values are read
  from that change without a purge (a page saved without publishing, a photo, a view restriction).
"""

import contextvars
import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import request_finished, request_started
from django.db import transaction

from . import generation

MAX_ENTRIES = 5000
# Not a CACHES alias: it is never shared, and a settings override of CACHES (tests) must not remove it.
_store = LocMemCache("foreign-info-derived", {"OPTIONS": {"MAX_ENTRIES": MAX_ENTRIES}})

_request_generation = contextvars.ContextVar("derived_generation", default=None)


def remember(request, key, compute, *, timeout=None):
    if not is_public(request) or redis_away():
        return compute()
    full_key = f"derived:{current_generation()}:{hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest()}"
    value = _store.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        if value is not None:
            _store.set(full_key, value, timeout=keep_seconds(timeout))
    return value


_MISSING = object()


def forget_all():
    _store.clear()
    forget_request_generation()


def is_public(request):
    return request is not None and settings.SESSION_COOKIE_NAME not in getattr(request, "COOKIES", {}) and not getattr(request, "is_preview", False)


def redis_away():
    outage = getattr(cache, "outage", None)
    return outage is not None and outage.down


def keep_seconds(timeout):
    from .page_cache import page_cache, storage_timeout

    seconds = storage_timeout(page_cache())
    if timeout is not None:
        seconds = timeout if seconds is None else min(seconds, timeout)
    return seconds


def current_generation():
    value = _request_generation.get()
    if value is None:
        value = generation.current()
        _request_generation.set(value)
    return value


def forget_request_generation(**kwargs):
    _request_generation.set(None)


def content_changed(*args, **kwargs):
    """Every derived value kept by any process is stale (usable as a signal receiver)."""
    generation.bump()
    forget_request_generation()
    transaction.on_commit(generation.bump)


# Rows derived values are read from that may change without a purge of the page cache.
WATCHED_MODELS = (
    "wagtailcore.Page",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "publishing.Topic",
)


def on_row_changed(sender, instance=None, **kwargs):
    if is_watched(sender):
        content_changed()


@functools.cache
def is_watched(model):
    """A page of any type, a row listed above, or a part of a page kept in its own table (a photo
    story's photos, a section's featured articles: saved with their page, but not only then)."""
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    if issubclass(model, Page) or model._meta.label in WATCHED_MODELS:
        return True
    return any(isinstance(field, ParentalKey) and issubclass(field.related_model, Page) for field in model._meta.fields)


def connect():
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save

    request_started.connect(forget_request_generation, dispatch_uid="derived-request-started")
    request_finished.connect(forget_request_generation, dispatch_uid="derived-request-finished")
    # Each watched model on its own, never every sender: a delete receiver of every model makes
    # Django load each row of a queryset before deleting it (the analytics' retention would load
    # millions of events into memory) instead of one DELETE.
    for model in apps.get_models():
        if is_watched(model):
            label = model._meta.label_lower
            post_save.connect(on_row_changed, sender=model, dispatch_uid=f"derived-row-saved-{label}")
            post_delete.connect(on_row_changed, sender=model, dispatch_uid=f"derived-row-deleted-{label}")
