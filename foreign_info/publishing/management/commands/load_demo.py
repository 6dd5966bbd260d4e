from django.core.management.base import BaseCommand

from foreign_info.publishing.demo.loader import DEMO_USERS, DemoLoader


class Command(BaseCommand):
    help = "Load the Đắk Lắk demo section: pages in Vietnamese, translations, photos and demo accounts. Idempotent and offline."

    def handle(self, *args, **options):
        loader = DemoLoader(log=lambda message: self.stdout.write(f"  {message}"))
        section = loader.run()
        for code, name, text in loader.missing:
            self.stderr.write(f"untranslated demo text in {name} ({code}): {text[:60]}")
        self.stdout.write(self.style.SUCCESS(f"Demo section ready at {section.url}"))
        for username, (password, _superuser, _group) in DEMO_USERS.items():
            self.stdout.write(f"  log in at /admin/ as {username} / {password}")
