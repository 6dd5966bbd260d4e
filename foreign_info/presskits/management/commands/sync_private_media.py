from django.core.management.base import BaseCommand

from foreign_info.presskits import private_media


class Command(BaseCommand):
    help = (
        "Move the files of embargoed photos, documents and clips to private storage and those of released ones back to "
        "public media. Run every minute (deploy/systemd): an embargo ends at a time, not on an event."
    )

    def handle(self, *args, **options):
        moved = private_media.sync()
        if options["verbosity"] > 1 or moved:
            self.stdout.write(f"{moved} photo(s), document(s) or clip(s) moved")
