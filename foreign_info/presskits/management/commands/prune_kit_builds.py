"""Delete stored press-kit ZIPs nobody needs: unused for STALE_BUILD_DAYS (their content has
usually changed since), of kits unpublished since, and files left without a row (their kit was
deleted, which deletes the rows). Meant for a daily cron job; safe to run at any time: a build
in progress is never touched."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from foreign_info.presskits.builds import STORAGE_FOLDER, storage
from foreign_info.presskits.models import KitBuild, PressKitPage
from foreign_info.presskits.settings import presskit_setting


class Command(BaseCommand):
    help = "Delete stored press-kit ZIPs that are stale, of unpublished or deleted kits."

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=presskit_setting("STALE_BUILD_DAYS"))
        finished = KitBuild.objects.exclude(status=KitBuild.Status.BUILDING)
        stale = finished.filter(Q(last_used_at__lt=cutoff) | Q(last_used_at__isnull=True, created_at__lt=cutoff))
        unpublished = finished.exclude(kit_id__in=PressKitPage.objects.live().values("pk"))
        doomed = list((stale | unpublished).distinct())
        files = storage()
        for build in doomed:
            if build.file and files.exists(build.file.name):
                files.delete(build.file.name)
        KitBuild.objects.filter(pk__in=[build.pk for build in doomed]).delete()
        known = set(KitBuild.objects.exclude(file="").values_list("file", flat=True))
        orphans = 0
        for name in stored_names(files):
            path = STORAGE_FOLDER + name
            # A build saves its file a moment before its row says so: leave young files alone.
            if path not in known and files.get_modified_time(path) < timezone.now() - timedelta(hours=1):
                files.delete(path)
                orphans += 1
        self.stdout.write(f"deleted {len(doomed)} stored builds and {orphans} files without a build")


def stored_names(files):
    """The files in the builds folder. An object store has no folders (`exists` of one is False),
    only keys under a prefix: list them rather than ask whether the folder exists."""
    try:
        return files.listdir(STORAGE_FOLDER)[1]
    except FileNotFoundError:  # on the disk, no kit was ever built
        return []
