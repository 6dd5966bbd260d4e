"""`make fonts` runs this: the small web font that draws every language's native name
(foreign_info/core/name_font.py)."""

from django.core.management.base import BaseCommand

from foreign_info.core import name_font


class Command(BaseCommand):
    help = "Build the web font subset that draws every language's own name (language switcher, language checkboxes)."

    def handle(self, *args, **options):
        for path in name_font.build():
            if options["verbosity"] > 0:
                self.stdout.write(f"fonts: {path.name} ({path.stat().st_size} bytes)")
