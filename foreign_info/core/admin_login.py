"""The admin's login form, with its password field labelled in the reader's language.

Wagtail's LoginForm redeclares `password` without a label, so Django derives "Password" from the
field's name, untranslated, and the login screen shows English in every language. The label is
put back from Django's own AuthenticationForm (its translated "Password").
"""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
