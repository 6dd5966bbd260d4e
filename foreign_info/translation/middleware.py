"""A thin second line for three wagtail-localize views whose own check is too broad for our roles.

Language scope itself is Wagtail's page permissions (see `groups`): every page view, admin API
action, bulk action and wagtail-localize view that asks `page.permissions_for_user` obeys it, and
this middleware no longer decides anything per language.

What is left: wagtail-localize lets anyone who may *edit* a translated page stop its
synchronisation or replace it with an alias of the source, and shows its translations report to
anyone in the admin. Here those are the leads' decisions (stopping a sync orphans the page's
translation job; converting to an alias throws the translation away), yet a translator must be
able to edit the page. No Wagtail permission separates the two, so these views, named by
wagtail-localize's own URL names, are refused to everyone but leads. Everything else passes.
"""

from django.core.exceptions import PermissionDenied

from . import roles

LEAD_ONLY_LOCALIZE_VIEWS = {"stop_translation", "convert_to_alias", "translations_report", "translations_report_results"}


class TranslationScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace != "wagtail_localize" or match.url_name not in LEAD_ONLY_LOCALIZE_VIEWS:
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not roles.is_lead(user):
            raise PermissionDenied
        return None
