"""Queue the mail of kits whose embargo has ended (run every minute: an embargo ends at a time)."""

from django.core.management.base import BaseCommand

from foreign_info.subscriptions.announcements import queue_due


class Command(BaseCommand):
    help = "Queue the announcements of press kits and statements that are due (embargoes ended)."

    def handle(self, *args, **options):
        queued = queue_due()
        if options["verbosity"] > 1 or queued:
            self.stdout.write(f"{queued} announcement(s) queued")
