"""Background builds of award dossiers (django-tasks): the task takes the build's id and loads the
row again, so it can run in another process (`manage.py db_worker`)."""

from django_tasks import task


@task()
def build_dossier(build_id):
    from . import builds
    from .models import DossierBuild

    build = (
        DossierBuild.objects.filter(pk=build_id, status=DossierBuild.Status.BUILDING)
        .select_related("nomination__category__award_year", "nomination__work")
        .first()
    )
    if build is None:  # already built, or deleted with its entry
        return
    builds.run(build)
