"""Reminding statistics officers that a quarterly report is due.

`remind(today)` e-mails every active user holding analytics.view_statistics once per site and
quarter, from ANALYTICS["REMINDER_DAYS"] days before the due date (the 15th of the quarter's last
month) until the due date; ReportReminder makes repeated runs send nothing twice.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Site

from .models import ReportReminder
from .report import due_date
from .settings import analytics_setting


def officers():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    holds = Q(is_superuser=True) | Q(user_permissions__codename="view_statistics") | Q(groups__permissions__codename="view_statistics")
    return users.filter(holds).distinct()


def remind(today):
    quarter = (today.month - 1) // 3 + 1
    due = due_date(today.year, quarter)
    if not due - datetime.timedelta(days=analytics_setting("REMINDER_DAYS")) <= today <= due:
        return 0
    recipients = [user.email for user in officers()]
    sent = 0
    for site in Site.objects.order_by("pk"):
        try:
            with transaction.atomic():
                ReportReminder.objects.create(site_id=site.pk, year=today.year, quarter=quarter)
        except IntegrityError:
            continue  # already reminded
        if not recipients:
            continue
        url = settings.WAGTAILADMIN_BASE_URL + reverse("analytics_report") + f"?year={today.year}&quarter={quarter}&site={site.pk}"
        subject = _("Quarterly report Q%(quarter)s %(year)s due on %(due)s") % {"quarter": quarter, "year": today.year, "due": due.isoformat()}
        body = _("The foreign-information quarterly report of %(site)s is due on %(due)s. Download it here: %(url)s") % {
            "site": site.site_name or site.hostname,
            "due": due.isoformat(),
            "url": url,
        }
        sent += send_mass_mail([(subject, body, settings.DEFAULT_FROM_EMAIL, [email]) for email in recipients])
    return sent
