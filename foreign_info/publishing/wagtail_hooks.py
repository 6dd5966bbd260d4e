from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .bulk_actions import GatedPublishBulkAction
from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(TopicViewSet)


# After Wagtail's own (order 0), so it takes the place of its bulk Publish.
hooks.register("register_bulk_action", GatedPublishBulkAction, order=100)
