from django.core.management.base import BaseCommand
from django.utils import timezone

from foreign_info.analytics.reminders import remind


class Command(BaseCommand):
    help = "E-mail statistics officers when a quarterly report is due soon (run daily from cron; sends once per quarter)."

    def handle(self, *args, **options):
        sent = remind(timezone.localdate())
        self.stdout.write(f"{sent} reminder(s) sent")
