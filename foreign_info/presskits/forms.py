"""Forms of the press room: the public accreditation request, and the press officer's rejection."""

from datetime import date, timedelta

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from foreign_info.core import cldr
from foreign_info.core import languages as section_languages

from .blocks import phone_validator
from .models import AccreditationRequest
from .settings import presskit_setting

OTHER_LANGUAGE = "other"
HONEYPOT_FIELD = "website"
# One-line answers end up in e-mail subjects and the admin list: no line breaks or control characters.
single_line = RegexValidator(r"[\x00-\x1f\x7f]", inverse_match=True, message=_("Write this on one line, without control characters."))


def language_choices():
    """Each language under its own name (a journalist looks for "Français", not "French"), then "other"."""
    return [(code, capfirst(section_languages.native_name(code))) for code in section_languages.codes()] + [(OTHER_LANGUAGE, _("Another language"))]


class AccreditationForm(forms.ModelForm):
    """What a foreign journalist tells the province before a reporting visit.

    The visit must start today or later, end on or after its start, last at most
    ACCREDITATION_MAX_VISIT_DAYS and start within ACCREDITATION_MAX_DAYS_AHEAD. `website` is a
    honeypot: hidden from people (and from screen readers), filled in by form-filling bots.
    The template sets `novalidate`: the server's messages are the ones in the reader's language
    and linked to their fields, so the browser's own checks would only get in their way.
    """

    languages = forms.MultipleChoiceField(label=_("Working languages"), choices=language_choices, widget=forms.CheckboxSelectMultiple)
    consent = forms.BooleanField(
        label=_("I agree that the province processes these data to handle my accreditation."),
        error_messages={"required": _("Please agree to the processing of your data: without it we cannot handle your request.")},
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))

    class Meta:
        model = AccreditationRequest
        fields = list(AccreditationRequest.JOURNALIST_FIELDS)
        labels = {
            "name": _("Full name"),
            "outlet": _("Media outlet"),
            "outlet_country": _("Country of the outlet"),
            "nationality": _("Nationality"),
            "position": _("Position"),
            "email": _("E-mail"),
            "phone": _("Phone"),
            "purpose": _("Purpose of the reporting visit"),
            "visit_start": _("First day of the visit"),
            "visit_end": _("Last day of the visit"),
        }
        help_texts = {
            "phone": _("In international form, e.g. +33 1 23 45 67 89."),
            "purpose": _("The subjects you plan to cover and the places or people you would like to meet."),
        }
        widgets = {
            "visit_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "visit_end": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "purpose": forms.Textarea(attrs={"rows": 5}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].validators.append(phone_validator)
        for name in ("name", "outlet", "position"):
            self.fields[name].validators.append(single_line)
        for name in ("outlet_country", "nationality"):
            # Built per form, so the names are those of the reader's language, in its order: from
            # CLDR, which has Khmer and Lao names (django-countries has not).
            self.fields[name].choices = [("", _("Choose a country"))] + cldr.country_choices()
            self.fields[name].error_messages["invalid_choice"] = _("Choose a country from the list.")

    @staticmethod
    def initial_visit(query):
        """Visit days handed over in the link (an event page's "request accreditation for these
        dates"): dates in ISO form prefill the form, anything else is ignored; the form's own
        checks still apply when it is sent."""
        initial = {}
        for name in ("visit_start", "visit_end"):
            try:
                initial[name] = date.fromisoformat(str(query.get(name, ""))[:10])
            except ValueError:
                continue
        return initial

    @property
    def is_spam(self):
        """True when the honeypot was filled in, whatever else the form holds."""
        return bool(str(self.data.get(HONEYPOT_FIELD, "")).strip())

    def clean_visit_start(self):
        start = self.cleaned_data["visit_start"]
        today = timezone.localdate()
        if start < today:
            raise forms.ValidationError(_("The visit cannot start in the past."))
        ahead = presskit_setting("ACCREDITATION_MAX_DAYS_AHEAD")
        if start > today + timedelta(days=ahead):
            raise forms.ValidationError(_("The visit must start within %(days)d days from today.") % {"days": ahead})
        return start

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("visit_start"), cleaned_data.get("visit_end")
        if start and end:
            longest = presskit_setting("ACCREDITATION_MAX_VISIT_DAYS")
            if end < start:
                self.add_error("visit_end", _("The last day cannot be before the first day."))
            elif (end - start).days + 1 > longest:
                self.add_error("visit_end", _("A visit can last at most %(days)d days.") % {"days": longest})
        return cleaned_data


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The journalist receives this text by e-mail: write it in their language or in English."),
    )
