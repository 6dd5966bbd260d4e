from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_POINTS, MIN_POINTS, Score


class ScoreForm(forms.ModelForm):
    """A committee member's score of one entry; the model's clean() says who may give it."""

    points = forms.TypedChoiceField(label=_("Score"), coerce=int, choices=[(n, n) for n in range(MIN_POINTS, MAX_POINTS + 1)])

    class Meta:
        model = Score
        fields = ["points", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
