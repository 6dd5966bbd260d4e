from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from foreign_info.core.languages import SOURCE_LANGUAGE

from .models import JobState
from .queues import SORTS


class QueueFilterForm(forms.Form):
    # Open work by default: published jobs are done, and listing them buried what is left to do.
    state = forms.ChoiceField(
        label=_("State"), required=False, choices=[("", _("Open work")), *JobState.choices, ("overdue", _("overdue")), ("all", _("All, published included"))]
    )
    topic = forms.ModelChoiceField(label=_("Topic"), required=False, queryset=None)
    due_before = forms.DateField(label=_("Due by"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    assignee = forms.ModelChoiceField(label=_("Assignee"), required=False, queryset=None)
    page_type = forms.ModelChoiceField(label=_("Page type"), required=False, queryset=None)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=[(key, key) for key in SORTS])

    def __init__(self, *args, language_code, **kwargs):
        super().__init__(*args, **kwargs)
        from foreign_info.publishing.models import Topic

        from .jobs import section_page_models

        self.fields["topic"].queryset = Topic.objects.filter(locale__language_code=SOURCE_LANGUAGE)
        self.fields["assignee"].queryset = get_user_model().objects.filter(language_assignments__locale__language_code=language_code).distinct()
        types = ContentType.objects.get_for_models(*section_page_models()).values()
        self.fields["page_type"].queryset = ContentType.objects.filter(pk__in=[t.pk for t in types])
        self.fields["page_type"].label_from_instance = lambda ct: ct.model_class()._meta.verbose_name
        self.fields["sort"].choices = [
            ("due", _("Due date")),
            ("-due", _("Due date, latest first")),
            ("priority", _("Priority")),
            ("page", _("Page")),
            ("state", _("State")),
            ("progress", _("Progress")),
        ]


class ReturnForm(forms.Form):
    comment = forms.CharField(label=_("What needs changing"), widget=forms.Textarea(attrs={"rows": 3}))


# A PO or XLIFF file of a few hundred pages is well under this; anything larger is not an export of ours.
MAX_EXCHANGE_FILE_BYTES = 5 * 1024 * 1024


class POImportForm(forms.Form):
    file = forms.FileField(label=_("PO or XLIFF file"))

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_EXCHANGE_FILE_BYTES:
            limit = max(1, MAX_EXCHANGE_FILE_BYTES // (1024 * 1024))
            raise forms.ValidationError(_("The file is larger than %(megabytes)s MB: export fewer jobs at a time.") % {"megabytes": limit})
        return file
