"""The announcement's tasks (django-tasks): each takes ids and loads its rows again, so it can run
in another process (`manage.py db_worker`) and run again after a worker died (announcements.py
says why that sends nobody an item twice)."""

from django_tasks import task


@task()
def announce(announcement_id):
    from . import announcements
    from .models import Announcement

    announcement = Announcement.objects.filter(pk=announcement_id).select_related("page").first()
    if announcement is None:  # the page was deleted
        return
    for recipient, ids in announcements.plan(announcement):
        send_announcement_batch.enqueue(announcement_id, recipient, ids)


@task()
def send_announcement_batch(announcement_id, recipient, ids):
    from . import announcements
    from .models import Announcement

    announcement = Announcement.objects.filter(pk=announcement_id).select_related("page").first()
    if announcement is not None:
        announcements.send_batch(announcement, recipient, ids)
