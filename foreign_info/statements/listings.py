"""What readers see of statements: the listing and feed of a section, and the recent ones that the
section home shows above everything else while they are new (`STATEMENTS_PROMINENT_DAYS`, 7)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import StatementPage

RECENT_ON_HOME = 3


def statements_in(section):
    return StatementPage.objects.live().public().child_of(section).select_related("locale").order_by("-date", "-pk")


def recent_statements(section):
    days = int(getattr(settings, "STATEMENTS_PROMINENT_DAYS", 7))
    return list(statements_in(section).filter(date__gte=timezone.now() - timedelta(days=days))[:RECENT_ON_HOME])
