"""Erase subscriptions never confirmed within CONFIRM_DAYS (run daily, like purge_accreditations)."""

from django.core.management.base import BaseCommand

from foreign_info.subscriptions.settings import subscription_setting
from foreign_info.subscriptions.subscribing import purge


class Command(BaseCommand):
    help = "Erase unconfirmed subscriptions older than SUBSCRIPTIONS['CONFIRM_DAYS']."

    def handle(self, *args, **options):
        erased = purge()
        self.stdout.write(f"Erased {erased} unconfirmed subscription(s) older than {subscription_setting('CONFIRM_DAYS')} days.")
