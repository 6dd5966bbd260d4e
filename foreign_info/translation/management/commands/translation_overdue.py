from django.core.management.base import BaseCommand

from foreign_info.translation.notifications import notify_overdue


class Command(BaseCommand):
    help = "Tell the translation leads about overdue translation jobs (run daily from cron)."

    def handle(self, *args, **options):
        self.stdout.write(f"{notify_overdue()} overdue jobs")
