"""Rules a page must pass to go live, whichever path publishes it.

Wagtail publishes in many places: the page editor and the admin API build a
`PublishPageRevisionAction` themselves, while bulk actions, workflow approval, scheduled publishing
(`publish_scheduled`), wagtail-localize and the translation queue call `Revision.publish`, which
builds the same action through `Page.publish`. Overriding `Page.publish` would therefore miss the
editor and the API. What every path does share is the end of that action: it takes the object
built from the revision (`Revision.as_object()`, i.e. `with_content_json`), sets `live` and the new
`live_revision`, and saves it, and `Page.save` validates a live page with `full_clean`. So the
gates run in `full_clean`, when the object is going live with a revision other than the one that
was live: an unrelated save of a page already live (a move, a sync) is never refused afterwards,
and scheduling a page for later checks it at the time it goes live.

Contract of `PublishGatesMixin` (first base of every page model of the section):
- `publish_refusal_reasons()` lists why the page in its current (revision) state may not be
  published, as sentences in the active language: the page model's own reasons (images without
  alt text, `images_without_alt_text()`), then those of every function registered with the
  Wagtail hook `publish_gates` (the translation app registers "texts not translated yet");
- going live with any reason raises `PublishRefused`, a ValidationError whose message names the
  page and its language, so nothing is published and callers can tell the user why.
Callers that face users turn the refusal into a message: `PublishRefusedMiddleware` (any admin
view: an error message and back to the page; JSON gets a 400), the admin API (Wagtail answers a
ValidationError with a 400), the bulk Publish action (publishing.bulk_actions), the translation
queue (translation.workflow) and `publish_scheduled` (core.management.commands).
"""

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail import hooks

_NOT_FROM_A_REVISION = object()


class PublishRefused(ValidationError):
    """A page was refused publication; `text` says which page and why, in the active language."""

    def __init__(self, page, reasons):
        self.page = page
        self.reasons = [str(reason) for reason in reasons]
        self.text = _("“%(title)s” (%(language)s) was not published: %(reasons)s") % {
            "title": page.title,
            "language": page.locale.get_display_name(),
            "reasons": "; ".join(self.reasons),
        }
        super().__init__({NON_FIELD_ERRORS: [self.text]})


def numbered(label, positions):
    """ "body image 2, 5" from a label and 1-based positions."""
    return f"{label} {', '.join(str(n) for n in positions)}" if positions else ""


class PublishGatesMixin:
    """See the module docstring. Page models list their images without alt text by overriding
    `images_without_alt_text()`: labels such as "hero image" or "body image 3"."""

    def with_content_json(self, content):
        page = super().with_content_json(content)
        # with_content_json keeps the stored live revision; the publish action then replaces it.
        page._live_revision_id_when_loaded = self.live_revision_id
        return page

    def is_going_live(self):
        before = getattr(self, "_live_revision_id_when_loaded", _NOT_FROM_A_REVISION)
        return self.live and before is not _NOT_FROM_A_REVISION and self.live_revision_id != before

    def full_clean(self, *args, **kwargs):
        if not self.is_going_live():
            return super().full_clean(*args, **kwargs)
        # Every reason at once, the model's own validation included (e.g. a hero image without
        # alt text), so each path reports one refusal rather than a bare ValidationError.
        try:
            super().full_clean(*args, **kwargs)
            reasons = []
        except ValidationError as error:
            reasons = list(error.messages)
        reasons += self.publish_refusal_reasons()
        if reasons:
            raise PublishRefused(self, reasons)

    def images_without_alt_text(self):
        return []

    def publish_refusal_reasons(self):
        reasons = []
        missing = [label for label in self.images_without_alt_text() if label]
        if missing:
            reasons.append(_("images without alt text: %(images)s") % {"images": ", ".join(missing)})
        for gate in hooks.get_hooks("publish_gates"):
            reasons.extend(gate(self))
        return reasons


class PublishRefusedMiddleware:
    """A refusal raised inside any admin view (editor, workflow approval, ...) becomes an error
    message and a way back to the page, or a 400 for a client that asked for JSON, never a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublishRefused):
            return None
        if wants_json(request):
            return JsonResponse({"success": False, "error_code": "publish_refused", "error_message": exception.text}, status=400)
        messages.error(request, exception.text)
        back = request.META.get("HTTP_REFERER")
        if back and url_has_allowed_host_and_scheme(back, {request.get_host()}, require_https=request.is_secure()):
            return redirect(back)
        return redirect(reverse("wagtailadmin_pages:edit", args=[exception.page.pk]))


def wants_json(request):
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept
