from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import VideoClipForm
from .models import VideoClip


class VideoClipViewSet(SnippetViewSet):
    """The video library. As a snippet, a clip gets Wagtail's chooser wherever a page or block
    points at one, with search by title."""

    model = VideoClip
    icon = "media"
    menu_label = _("Video clips")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "status_text", "get_orientation_display", "duration", "created_at"]
    list_filter = ["status"]
    search_fields = ["title"]
    ordering = ["-created_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("original"),
            FieldPanel("poster"),
            FieldPanel("credit"),
            HelpPanel(template="media/clip_status_panel.html", heading=_("Status")),
        ],
        base_form_class=VideoClipForm,
    )


register_snippet(VideoClipViewSet)
