"""Language scope, enforced on the server for every admin view that touches a page or a translation.

Wagtail's page permissions follow the page tree, and every language has its own tree, so they cannot
say "English only". Rather than wrap each of Wagtail's and wagtail-localize's views one by one (and
miss the next one they add), this middleware looks at the resolved URL of each admin request and
applies `roles.can` to the language of the page or translation the URL names:

- a page in a target language: lead, or the user's role in that language allows the action
  (publishing needs PUBLISH; creating, moving, copying, deleting pages there is the lead's);
- a source (Vietnamese) page: translators and reviewers may not touch it; editors keep Wagtail's
  own permissions;
- wagtail-localize's per-translation views (editor API, machine translation, PO download/upload,
  preview): EDIT in the target language; starting, syncing or stopping translations and its report
  are the lead's.

Wagtail's own checks still run after this one: it only ever removes rights.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page

from foreign_info.core.languages import SOURCE_LANGUAGE

from . import roles

# Page views that change the shape of a language's tree rather than the text of a page.
STRUCTURE_VIEWS = {
    "add",
    "add_subpage",
    "preview_on_add",
    "delete",
    "move",
    "move_confirm",
    "set_page_position",
    "copy",
    "convert_alias",
    "set_privacy",
    "choose_parent",
}
PUBLISH_VIEWS = {"unpublish", "revisions_unschedule"}
LOCALIZE_LEAD_VIEWS = {
    "submit_page_translation",
    "submit_snippet_translation",
    "update_translations",
    "stop_translation",
    "convert_to_alias",
    "translations_report",
    "translations_report_results",
}
LOCALIZE_TRANSLATION_VIEWS = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
}


def is_publish_request(request):
    return request.method == "POST" and ("action-publish" in request.POST or request.POST.get("action") == "publish")


def page_language(page_id):
    return Page.objects.filter(pk=page_id, depth__gt=1).values_list("locale__language_code", flat=True).first()


class TranslationScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated or roles.is_lead(user):
            return None
        namespace, name = match.namespace, match.url_name
        if namespace == "wagtail_localize":
            self.check_localize(user, name, view_kwargs)
        elif namespace == "wagtailadmin_pages" and "page_id" in view_kwargs:
            self.check_page(request, user, name, view_kwargs["page_id"])
        elif namespace == "wagtailadmin_pages" and "parent_page_id" in view_kwargs:
            self.check_page(request, user, "add", view_kwargs["parent_page_id"])
        elif name in {"wagtailadmin_explore", "wagtailadmin_explore_results"} and "parent_page_id" in view_kwargs:
            code = page_language(view_kwargs["parent_page_id"])
            if code and code != SOURCE_LANGUAGE and not roles.can(user, roles.VIEW, code) and roles.is_language_worker(user):
                raise PermissionDenied
        elif name == "wagtail_bulk_action" and view_kwargs.get("app_label") == "wagtailcore" and roles.is_language_worker(user):
            raise PermissionDenied
        return None

    def check_localize(self, user, name, view_kwargs):
        if name in LOCALIZE_LEAD_VIEWS:
            raise PermissionDenied
        if name in LOCALIZE_TRANSLATION_VIEWS:
            from wagtail_localize.models import Translation

            code = Translation.objects.filter(pk=view_kwargs.get("translation_id")).values_list("target_locale__language_code", flat=True).first()
            if code is not None and not roles.can(user, roles.EDIT, code):
                raise PermissionDenied

    def check_page(self, request, user, name, page_id):
        code = page_language(page_id)
        if code is None:
            return
        if code == SOURCE_LANGUAGE:
            if roles.is_language_worker(user):
                raise PermissionDenied
            return
        if name in STRUCTURE_VIEWS:
            raise PermissionDenied
        action = roles.PUBLISH if (name in PUBLISH_VIEWS or is_publish_request(request)) else roles.EDIT
        if not roles.can(user, action, code):
            raise PermissionDenied
