from django.core.management.base import BaseCommand

from foreign_info.analytics.flush import flush, prune


class Command(BaseCommand):
    help = "Flush buffered analytics events into the database, refresh rollups and prune old events (the flush task does this too)."

    def handle(self, *args, **options):
        self.stdout.write(f"{flush()} event(s) flushed, {prune()} old event(s) pruned")
