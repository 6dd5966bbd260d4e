"""Background builds of large press kits (django-tasks): the task takes the build's id and loads
the row and its kit again, so it can run in another process (`manage.py db_worker`)."""

from django_tasks import task


@task()
def build_kit_zip(build_id):
    from . import builds
    from .models import KitBuild

    build = KitBuild.objects.filter(pk=build_id, status=KitBuild.Status.BUILDING).select_related("kit").first()
    if build is None:  # already built, retried elsewhere, or pruned
        return
    builds.run(build, build.kit.specific)
