"""The public subscribe form of the press room."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from foreign_info.core import languages as section_languages
from foreign_info.presskits.forms import HONEYPOT_FIELD
from foreign_info.publishing.models.section import localized_topics
from foreign_info.publishing.models.topics import Topic

from .models import Kind


class SubscribeForm(forms.Form):
    """Who wants what, in which language. `website` is the same honeypot as the accreditation
    form's (presskits/forms.py); topics are offered by their name in the press room's language
    and stored by their slug, which every language shares. No topic ticked means every topic."""

    email = forms.EmailField(label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    language = forms.ChoiceField(label=_("Language of the e-mails"))
    kinds = forms.MultipleChoiceField(
        label=_("Send me"),
        choices=Kind.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one kind of publication.")},
    )
    topics = forms.MultipleChoiceField(label=_("Topics"), required=False, widget=forms.CheckboxSelectMultiple, help_text=_("Tick none to receive every topic."))
    consent = forms.BooleanField(
        label=_("I agree that the province stores my e-mail address to send me these publications."),
        error_messages={"required": _("Please agree to the storage of your address: without it we cannot send you anything.")},
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, capfirst(section_languages.native_name(code))) for code in section_languages.codes()]
        self.fields["language"].error_messages["invalid_choice"] = _("Choose a language from the list.")
        self.fields["topics"].choices = [(topic.slug, topic.name) for topic in localized_topics(Topic.objects.all(), locale.pk)]
        self.fields["topics"].error_messages["invalid_choice"] = _("Choose topics from the list.")
        self.fields["kinds"].error_messages["invalid_choice"] = _("Choose at least one kind of publication.")

    @property
    def is_spam(self):
        return bool(str(self.data.get(HONEYPOT_FIELD, "")).strip())

    def preferences(self):
        data = self.cleaned_data
        return {"language": data["language"], "kinds": sorted(data["kinds"]), "topics": sorted(data["topics"])}
