"""The admin URL patterns that name a page, found by walking the URLconf, and how to call each one
on a target page.

`page_patterns()` walks `django.urls.get_resolver()` and keeps every admin pattern. Each keyword of
a pattern is filled from the target (its page, parent section, revisions, wagtail-localize
translation, a workflow started on it), or names something that is not a page (an image, a user),
in which case the pattern is left out with the reason given in `NOT_PAGE_KEYWORDS`. A keyword
nobody knows makes `unknown_keywords()` non-empty, which a test reports: a view added later is
either exercised or explained, never silently skipped.

Patterns whose keyword is an open set (the admin API's `action_name`, the bulk actions' `action`)
are expanded into one variant per value registered in Wagtail, so a new action is a new row.
"""

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import Page

# Keywords that name something other than a page: those patterns are not part of the page matrix.
NOT_PAGE_KEYWORDS = {
    "image_id": "an image: images are shared by every language and scoped by collection permissions",
    "filter_spec": "an image rendition",
    "document_id": "a document: shared by every language, scoped by collection permissions",
    "doc_id": "a document: shared by every language, scoped by collection permissions",
    "uploaded_file_id": "an upload in progress (images, documents)",
    "collection_id": "a collection",
    "redirect_id": "a redirect: not a page",
    "run_id": "a machine-draft run: its own view checks the lead right",
    "token": "a password reset link",
    "uidb64": "a password reset link",
    "fmt": "a statistics export",
    "key": "a statistics export",
    "workflow_pk": "a workflow definition: site-wide configuration, not a page",
    "app_name": "a settings or tag model: not a page",
    "session_id": "an editing session: pings and releases only the user's own session",
    "job_id": (
        "a translation job: its refusals are messages on a redirect, not statuses; every action in every "
        "language is tried by tests/translation/test_permissions.py"
    ),
    "overridable_segment_id": "wagtail-localize's overridable segments: the test article has none (image and link overrides)",
}
# `pk`, `app_label`, `model_name` name pages only in these namespaces (elsewhere: snippets, users ...).
PAGE_PK_NAMESPACES = {"wagtailadmin_api:pages", "wagtailadmin_pages"}
PAGE_MODEL_KEYWORDS_NAMESPACES = {"", "wagtailadmin_pages"}  # the bulk action view and choose_parent


@dataclass
class Pattern:
    name: str  # namespace:url_name
    route: str
    keywords: tuple
    variant: str = ""  # an action name, for patterns expanded per registered action
    body: dict = field(default_factory=dict)

    @property
    def key(self):
        return f"{self.name}[{self.variant}]" if self.variant else self.name

    @property
    def namespace(self):
        return self.name.rpartition(":")[0]


def walk(resolver=None, prefix="", namespaces=()):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry, prefix + str(entry.pattern), namespaces + ((entry.namespace,) if entry.namespace else ()))
        elif isinstance(entry, URLPattern) and entry.name:
            yield prefix + str(entry.pattern), ":".join((*namespaces, entry.name)), entry


def keywords_of(route):
    return tuple(sorted({a or b for a, b in re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", route)}))


def admin_patterns():
    """Every admin pattern with keywords; two patterns of one name are told apart by their keywords."""
    found = [(name, route, keywords_of(route)) for route, name, _entry in walk() if route.lstrip("^").startswith("admin/") and keywords_of(route)]
    names = [name for name, _route, _keywords in found]
    return [Pattern(name, route, keywords, variant="+".join(keywords) if names.count(name) > 1 else "") for name, route, keywords in found]


def names_a_page(pattern):
    keywords = set(pattern.keywords)
    if keywords & set(NOT_PAGE_KEYWORDS):
        return False
    if "pk" in keywords and pattern.namespace not in PAGE_PK_NAMESPACES:
        return False
    if {"app_label", "model_name"} <= keywords and pattern.namespace not in PAGE_MODEL_KEYWORDS_NAMESPACES:
        return False
    if pattern.name.startswith("wagtailadmin_workflows:") or pattern.name.startswith("wagtailadmin_editing_sessions:"):
        return False  # workflow definitions, editing sessions: see NOT_PAGE_KEYWORDS
    return True


def expand(pattern):
    """One pattern per registered action for the open-ended keywords."""
    if pattern.name == "wagtailadmin_api:pages:action":
        from wagtail.admin.api.views import PagesAdminAPIViewSet

        return [Pattern(pattern.name, pattern.route, pattern.keywords, variant=name) for name in sorted(PagesAdminAPIViewSet.actions)]
    if pattern.name == "wagtail_bulk_action":
        from wagtail.admin.views.bulk_action.registry import bulk_action_registry

        actions = bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")
        return [Pattern(pattern.name, pattern.route, pattern.keywords, variant=action.action_type) for action in actions]
    if pattern.name in {"wagtailadmin_pages:workflow_action", "wagtailadmin_pages:collect_workflow_action_data"}:
        return [Pattern(pattern.name, pattern.route, pattern.keywords, variant=name) for name in ("approve", "reject")]
    return [pattern]


def page_patterns():
    """Every admin pattern that names a page, expanded per action."""
    return [variant for pattern in admin_patterns() if names_a_page(pattern) for variant in expand(pattern)]


def unknown_keywords():
    """Keywords of page patterns that `Target.fill` cannot fill: must stay empty."""
    return sorted({(p.key, k) for p in page_patterns() for k in p.keywords if k not in FILLERS})


class NotApplicable(Exception):
    """The pattern has no meaning for this target (no translation *into* Vietnamese, say)."""


class Target:
    """A page of one language, and everything a URL about it may need."""

    def __init__(self, page, lead):
        self.page = page
        self.lead = lead  # a user allowed to start workflows, for the workflow views

    @property
    def parent(self):
        return self.page.get_parent()

    def translation(self):
        from wagtail_localize.models import Translation

        translation = Translation.objects.filter(source__object_id=self.page.translation_key, target_locale=self.page.locale).first()
        if translation is None:
            raise NotApplicable("no translation into this page's language")
        return translation

    def revisions(self):
        return list(self.page.revisions.order_by("created_at", "pk"))

    def workflow_state(self):
        from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

        page = Page.objects.get(pk=self.page.pk).specific  # fresh: earlier attempts were rolled back
        state = page.current_workflow_state
        if state is None:
            from django.contrib.auth.models import Group

            from foreign_info.translation.roles import LEADS_GROUP

            workflow = Workflow.objects.create(name="Matrix approval")
            task = GroupApprovalTask.objects.create(name="Lead approves")
            task.groups.set([Group.objects.get(name=LEADS_GROUP)])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
            state = workflow.start(page, self.lead)
        return state

    def fill(self, pattern):
        return {keyword: FILLERS[keyword](self, pattern) for keyword in pattern.keywords}

    def url(self, pattern):
        if pattern.key in ALIAS_ONLY and not self.page.alias_of_id:
            # Wagtail refuses a page that is no alias (400) before it checks the user's rights, so
            # on the matrix's pages the answer says nothing about permissions.
            raise NotApplicable(pattern.key)
        url = reverse(pattern.name, kwargs=self.fill(pattern))
        if pattern.name == "wagtail_bulk_action":
            url += f"?id={self.page.pk}"
        return url


ALIAS_ONLY = {"wagtailadmin_api:pages:action[convert_alias]"}

# Patterns about a translation that name it by its page: a Vietnamese source page has none.
TRANSLATION_PAGE_PATTERNS = {"wagtail_localize:convert_to_alias"}


def page_id(target, pattern):
    from foreign_info.core.languages import SOURCE_LANGUAGE

    if pattern.name in TRANSLATION_PAGE_PATTERNS and target.page.locale.language_code == SOURCE_LANGUAGE:
        raise NotApplicable("a source page is no translation")
    return target.page.pk


def parent_id(target, pattern):
    return target.parent.pk


def translation_source_id(target, pattern):
    return target.translation().source_id


def string_segment_id(target, pattern):
    from wagtail_localize.models import StringSegment

    return StringSegment.objects.filter(source=target.translation().source).order_by("order").first().pk


def preview_mode(target, pattern):
    modes = [mode for mode, _label in target.page.specific.preview_modes if mode]
    if not modes:
        raise NotApplicable("the page type has only its default preview mode, served by the pattern without a mode")
    return modes[0]


def language_queue(target, pattern):
    from foreign_info.core.languages import SOURCE_LANGUAGE

    if target.page.locale.language_code == SOURCE_LANGUAGE:
        raise NotApplicable("Vietnamese has no translation queue")
    return target.page.locale.language_code


FILLERS = {
    "page_id": page_id,
    "page_to_move_id": page_id,
    "page_pk": page_id,
    "pk": page_id,
    "object_id": page_id,
    "parent_page_id": parent_id,
    "destination_id": parent_id,
    "revision_id": lambda t, p: t.revisions()[0].pk,
    "revision_id_a": lambda t, p: t.revisions()[0].pk,
    "revision_id_b": lambda t, p: t.revisions()[-1].pk,
    "translation_id": lambda t, p: t.translation().pk,
    "translation_source_id": translation_source_id,
    "string_segment_id": string_segment_id,
    "mode": preview_mode,
    "content_type_app_name": lambda t, p: t.page.specific._meta.app_label,
    "content_type_model_name": lambda t, p: t.page.specific._meta.model_name,
    "app_label": lambda t, p: "wagtailcore" if p.name == "wagtail_bulk_action" else t.page.specific._meta.app_label,
    "model_name": lambda t, p: "page" if p.name == "wagtail_bulk_action" else t.page.specific._meta.model_name,
    "action_name": lambda t, p: p.variant,
    "action": lambda t, p: p.variant,
    "code": language_queue,
    "task_id": lambda t, p: t.workflow_state().current_task_state.task_id,
    "task_state_id": lambda t, p: t.workflow_state().current_task_state.pk,
    "workflow_state_id": lambda t, p: t.workflow_state().pk,
}


def snapshot(page_pk):
    """What a write through any view would change about a page."""
    from wagtail_localize.models import StringTranslation, Translation

    from foreign_info.translation.models import TranslationJob

    fields = ("live", "latest_revision_id", "live_revision_id", "path", "locked", "title", "alias_of_id", "translation_key", "locale_id")
    page = Page.objects.filter(pk=page_pk).values(*fields).first()
    if page is None:
        return None
    key, locale = page["translation_key"], page["locale_id"]
    return (
        page,
        Page.objects.filter(title__startswith=page["title"]).count(),  # copies and aliases
        Page.objects.filter(translation_key=key).count(),  # translations created
        sorted(Translation.objects.filter(source__object_id=key).values_list("pk", "enabled")),
        sorted(StringTranslation.objects.filter(context__object_id=key, locale_id=locale).values_list("pk", "data")),
        sorted(TranslationJob.objects.filter(source_page__translation_key=key).values_list("pk", "state")),
    )


def post_body(target, pattern):
    """A valid submission for the views that need one (others get an empty POST)."""
    if pattern.name == "wagtailadmin_api:pages:action":
        revisions = target.revisions()
        return {
            "revert_to_page_revision": {"revision_id": revisions[0].pk},
            "move": {"destination_page_id": target.parent.pk, "position": "last-child"},
            "copy": {"destination_page_id": target.parent.pk, "update_attrs": {"slug": "matrix-copy", "title": target.page.title + " copy"}},
            "copy_for_translation": {"locale": "ko", "copy_parents": True},
            "create_alias": {"destination_page_id": target.parent.pk, "update_slug": "matrix-alias"},
        }.get(pattern.variant, {})
    if pattern.key == "wagtail_bulk_action[move]":
        return {"chooser": target.parent.pk}
    if pattern.name == "translation:export_po":
        from foreign_info.translation.models import TranslationJob

        return {"jobs": list(TranslationJob.objects.filter(target_locale=target.page.locale).values_list("pk", flat=True))}
    if pattern.name == "wagtailadmin_pages:edit":
        return {"action-publish": "publish"}
    if pattern.name in {"wagtailadmin_pages:workflow_action", "wagtailadmin_pages:collect_workflow_action_data"}:
        return {"comment": "ok"}
    return {}


# Judged only by what a submission changed: Wagtail's bulk views answer 200 to everyone, listing
# the pages the user may not act on; its move confirmation renders for anyone, the move (POST) checks.
JUDGED_BY_EFFECT = {"wagtail_bulk_action", "wagtailadmin_pages:move_confirm"}


def classify(response):
    from django.contrib.messages import constants

    if response.status_code in (401, 403):
        return "refused"
    if response.status_code in (404, 405):
        return "missing"
    if response.status_code in (301, 302):
        location = response.get("Location", "")
        added = getattr(getattr(response.wsgi_request, "_messages", None), "_queued_messages", [])  # by this request only
        errors = [m for m in added if m.level >= constants.ERROR]
        if "/login/" in location or errors:
            return "refused"
    return "ok"


def attempt(client, target, pattern):
    """Call `pattern` on `target` with GET then POST, each rolled back. Returns "changed" (the POST
    changed the page), "ok" (a view answered), "refused", "missing", "n/a", or "error: ..."."""
    import json

    from django.db import transaction

    results, changed = [], False
    for method in ("get", "post", "put"):
        if method == "put" and results != ["missing", "missing"]:
            break  # PUT only for views that take neither GET nor POST (wagtail-localize's string API)
        with transaction.atomic():
            try:
                url = target.url(pattern)
            except NotApplicable:
                transaction.set_rollback(True)
                return "n/a"
            before = snapshot(target.page.pk)
            try:
                if method == "get":
                    response = client.get(url)
                elif method == "put":
                    from django.test.client import MULTIPART_CONTENT, encode_multipart

                    response = client.put(url, data=encode_multipart("BoUnDaRy", {"value": "Matrix"}), content_type=MULTIPART_CONTENT)
                elif pattern.name.startswith("wagtailadmin_api:"):
                    response = client.post(url, data=json.dumps(post_body(target, pattern)), content_type="application/json")
                else:
                    response = client.post(url, data=post_body(target, pattern))
            except Exception:  # Wagtail's forms fail on an empty POST: the permission check was passed
                transaction.set_rollback(True)
                results.append("ok")
                continue
            results.append(classify(response))
            changed = changed or (method != "get" and snapshot(target.page.pk) != before and results[-1] != "refused")
            transaction.set_rollback(True)
    if changed:
        return "changed"
    if pattern.name in JUDGED_BY_EFFECT:
        return "refused" if "refused" in results else "unchanged"
    if "ok" in results:
        return "ok"
    return "refused" if "refused" in results else "missing"
