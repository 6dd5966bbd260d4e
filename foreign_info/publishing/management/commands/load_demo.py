from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from foreign_info.publishing.demo.loader import DEMO_USERS


class Command(BaseCommand):
    help = (
        "Load the Đắk Lắk demo: pages in Vietnamese and their translations, photos, demo accounts, and the demo data "
        "of every other foreign_info app (each app's `demo.load(log)`). Idempotent and offline."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="load the demo even with production settings (it creates accounts whose passwords are public)")

    def handle(self, *args, **options):
        if getattr(settings, "DEMO_DATA_REFUSED", False) and not options["force"]:
            raise CommandError(
                "These are production settings: the demo would create accounts such as admin / admin-demo-2026 whose passwords "
                "are published in the README. Nothing was loaded. Use --force only on a throwaway installation."
            )

        def log(message):
            self.stdout.write(f"  {message}")

        with transaction.atomic():
            for app in apps.get_app_configs():
                if not app.name.startswith("foreign_info.") or find_spec(f"{app.name}.demo") is None:
                    continue
                loader = getattr(import_module(f"{app.name}.demo"), "load", None)
                if loader is None:
                    continue
                for code, name, text in loader(log) or ():
                    self.stderr.write(f"untranslated demo text in {name} ({code}): {text[:60]}")
            # wagtail-localize publishes translations once the transaction commits, from page objects
            # read before their children were added: their stale child counts would hide those
            # children from the admin's explorer. Recount last, after those publications.
            transaction.on_commit(recount_children)
        self.stdout.write(self.style.SUCCESS("Demo loaded: http://127.0.0.1:8000/vi/ (admin at /admin/)"))
        for username, (password, _superuser, _group) in DEMO_USERS.items():
            self.stdout.write(f"  log in at /admin/ as {username} / {password}")


def recount_children():
    from wagtail.models import Page

    for page in Page.objects.all().only("pk", "path", "depth", "numchild"):
        actual = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        if actual != page.numchild:
            Page.objects.filter(pk=page.pk).update(numchild=actual)
