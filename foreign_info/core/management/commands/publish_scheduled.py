"""Wagtail's `publish_scheduled`, with pages the publish gates refuse left unpublished, not a crash.

Wagtail's command publishes every due revision in one loop, so one refusal (core.publish_gates)
would stop it and leave later pages and every expiry undone, minute after minute. Here each due
revision is first published on its own: a refused one is logged (which page, why) and its schedule
is withdrawn, so the page stays as it was (unpublished, or its live version unchanged) until an
editor publishes or schedules it again. Wagtail's command then does the rest (expiries), finding
no revision left due. `--dryrun` is Wagtail's, unchanged.
"""

import logging

from django.db import transaction
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from foreign_info.core.publish_gates import PublishRefused

logger = logging.getLogger(__name__)


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options["dryrun"]:
            self.publish_due_revisions()
        return super().handle(*args, **options)

    def publish_due_revisions(self):
        for revision in Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at"):
            try:
                with transaction.atomic():
                    revision.publish(log_action="wagtail.publish.scheduled")
            except PublishRefused as refusal:
                Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
                logger.warning("Scheduled publishing refused (page %s, revision %s): %s", refusal.page.pk, revision.pk, refusal.text)
                self.stderr.write(refusal.text)
