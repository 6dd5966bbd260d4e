"""Editor forms of the publishing pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from foreign_info.media import subtitles


class TopicChoicesMixin:
    """The topics field offers the topics of the page's own language only: all languages' topics
    together were 54 look-alike boxes, and a page must point at topics of its language to be listed
    under them. The page's locale, or its parent's for a page being created."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("topics")
        if field is None:
            return
        from .models import Topic

        locale_id = self.instance.locale_id or getattr(getattr(self, "parent_page", None), "locale_id", None)
        field.queryset = Topic.objects.filter(locale_id=locale_id).order_by("sort_order", "name")


class SearchableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes with a search box above them that hides the ones not matching (accents ignored)."""

    template_name = "publishing/widgets/searchable_checkboxes.html"

    class Media:
        js = ["publishing/js/checkbox-filter.js"]


class SectionChildPageForm(TopicChoicesMixin, WagtailAdminPageForm):
    """Editor form of articles and photo stories."""


class ClipPageForm(TopicChoicesMixin, WagtailAdminPageForm):
    """Adds the subtitle upload to the clip page editor: the file becomes the page's cues (replacing
    the ones there), so translators get its text as segments. Also refuses to publish a page whose
    clip is still being prepared, with a message on the clip field rather than an error page."""

    subtitle_file = forms.FileField(
        label=_("Subtitle file (WebVTT or SRT)"),
        required=False,
        help_text=_("Vietnamese subtitles. Uploading a file replaces the cues below."),
    )

    def clean_subtitle_file(self):
        upload = self.cleaned_data.get("subtitle_file")
        if not upload:
            return None
        try:
            return subtitles.parse(upload.read())
        except subtitles.SubtitlesRejected as error:
            raise forms.ValidationError(str(error)) from error

    def clean(self):
        cleaned_data = super().clean()
        clip = cleaned_data.get("clip")
        if "action-publish" in self.data:
            if clip is None:
                self.add_error("clip", _("Choose a video clip before publishing."))
            elif not clip.is_playable:
                self.add_error(
                    "clip", _("This clip is still being prepared for the web (%(status)s); publish it once it is ready.") % {"status": clip.status_text()}
                )
        return cleaned_data

    def save(self, commit=True):
        cues = self.cleaned_data.get("subtitle_file")
        if cues:
            self.instance.subtitles = [("cue", {"start": cue.start, "end": cue.end, "text": cue.text}) for cue in cues]
        return super().save(commit=commit)
