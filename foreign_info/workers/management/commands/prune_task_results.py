"""Delete finished task results of every queue after TASK_RESULTS_RETENTION_DAYS (14).

django-tasks-db's `prune_db_task_results` does the work; this command gives it the project's
arguments, so that a systemd timer (deploy/systemd/portal-prune_task_results.timer) can run it
by name like every other scheduled command."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Delete finished background-task results older than TASK_RESULTS_RETENTION_DAYS, in every queue."

    def handle(self, *args, **options):
        days = int(getattr(settings, "TASK_RESULTS_RETENTION_DAYS", 14))
        call_command("prune_db_task_results", queue_name="*", min_age_days=days, verbosity=options["verbosity"])
