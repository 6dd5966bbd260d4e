from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import gates, roles, status, urls, views
from .models import GlossaryTerm, LanguageAssignment, SectionTranslationConfig


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translation/", include((urls.urlpatterns, "translation"), namespace="translation")),
        # Same path as wagtail-localize's machine-translate view, registered before it (this app
        # comes first in INSTALLED_APPS), so its editor's button gets memory, glossary, the job
        # and clear failure messages. tests/translation/test_machine_views.py pins this.
        path("localize/translate/<int:translation_id>/machine_translate/", views.machine_translate, name="translation_machine_translate"),
    ]


class TranslationMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(roles.languages(request.user))


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return TranslationMenuItem(_("Translation queue"), reverse("translation:index"), icon_name="wagtail-localize-language", order=250)


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    list_display = ["term", "locale", "translation", "note"]
    list_filter = ["locale"]
    search_fields = ["term", "translation"]


class AssignmentViewSet(SnippetViewSet):
    model = LanguageAssignment
    icon = "user"
    list_display = ["user", "locale", "role"]
    list_filter = ["locale", "role"]


class SectionConfigViewSet(SnippetViewSet):
    model = SectionTranslationConfig
    icon = "cogs"
    list_display = ["section", "priority", "due_days"]


class TranslationSettingsGroup(SnippetViewSetGroup):
    items = (GlossaryViewSet, AssignmentViewSet, SectionConfigViewSet)
    menu_icon = "wagtail-localize-language"
    menu_label = _("Translation settings")
    menu_name = "translation-settings"
    menu_order = 260


register_snippet(TranslationSettingsGroup)


class NoticesPanel(Component):
    name = "translation_notices"
    template_name = "translation/notices_panel.html"
    order = 90

    def __init__(self, notices):
        self.notices = notices

    def get_context_data(self, parent_context):
        return {"notices": self.notices}


@hooks.register("construct_homepage_panels")
def add_notices_panel(request, panels):
    from .notifications import grouped_notices

    notices = grouped_notices(request.user)
    if notices:
        panels.append(NoticesPanel(notices))


hooks.register("publish_gates", gates.translation_gate)


@hooks.register("before_edit_page", order=-10)
def refuse_incomplete_translation_before_localize_publishes(request, page):
    """wagtail-localize's editor publishes on commit and answers any refusal with a generic
    "validation errors" message; tell the reviewer which texts are missing instead. The rule
    itself is enforced where the page goes live (core.publish_gates), whatever this hook does."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not page.permissions_for_user(request.user).can_publish():
        return None  # wagtail-localize refuses it itself
    reasons = gates.translation_gate(page)
    if not reasons:
        return None
    from django.contrib import messages
    from django.shortcuts import redirect

    from foreign_info.core.publish_gates import PublishRefused

    messages.error(request, PublishRefused(page, reasons).text)
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("construct_explorer_page_queryset")
def prefetch_translation_jobs(parent_page, pages, request):
    return status.prefetch_jobs(pages)


@hooks.register("register_page_listing_buttons")
def translation_state_indicator(page, user, next_url=None):
    """Each Vietnamese page in the explorer says how many of its translations are live; its title
    lists every language's state, progress and due date; it opens the editor's panel."""
    from wagtail.admin.widgets.button import ListingButton

    summary = status.listing_summary(page)
    if summary is None:
        return
    label, details = summary
    yield ListingButton(
        label,
        reverse("wagtailadmin_pages:edit", args=[page.pk]) + "#translation-state",
        icon_name="wagtail-localize-language",
        attrs={"title": "\n".join(details), "data-translation-state": ""},
        priority=60,
    )
