from django.core.management.base import BaseCommand

from foreign_info.statements.urgent import escalate_overdue


class Command(BaseCommand):
    help = "Tell the leads about urgent (official statement) translations past their due time; run every few minutes."

    def handle(self, *args, **options):
        count = escalate_overdue()
        self.stdout.write(f"{count} overdue urgent jobs escalated")
