"""Erase accreditation requests the retention period no longer allows (run daily from cron)."""

from django.core.management.base import BaseCommand

from foreign_info.presskits.accreditation import purge
from foreign_info.presskits.settings import presskit_setting


class Command(BaseCommand):
    help = "Erase accreditation requests (and their access logs) older than PERSONAL_DATA_RETENTION_DAYS."

    def handle(self, *args, **options):
        requests, entries = purge()
        days = presskit_setting("PERSONAL_DATA_RETENTION_DAYS")
        self.stdout.write(f"Erased {requests} accreditation request(s) and {entries} access log entr(y/ies) older than {days} days.")
