"""Dossier builds: each entry dossier is built once per content, off the request, and kept on the
private side of media storage.

Contract:
- `fingerprint(nomination, today=None)` is a SHA-256 of what the dossier is made from: the
  builder's version, the entry (category, year, reason, nominator), the live revision of the work
  in every language, its media files and its reach figures up to today. Publishing a
  translation, republishing the work, or a new day of page views changes it.
- `request_build(nomination)` returns the DossierBuild of the current fingerprint. A READY build
  whose file is still stored is reused. Otherwise exactly one request creates the row (the
  fingerprint is unique: a concurrent INSERT fails in a savepoint and returns the winner's row)
  and enqueues `build_dossier` (django-tasks; test and demo settings run it at once, production
  in `db_worker`): a dossier packs clips and photos, so the request never builds it.
- A FAILED build stays failed (its error shown) until `retry(build)`.
- `run(build)` writes the ZIP to a temporary file, never memory, then saves it as
  private/awards/dossiers/<fingerprint>.zip: core.storage keeps "private/" out of every
  web-server location; only the dossier view sends it, to users with the export right. Once it
  is ready, the entry's earlier dossiers and their files are deleted.
"""

import hashlib
import json
import logging
import tempfile

from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import dossier
from .dossier.contents import work_media, work_versions
from .models import DossierBuild
from .reach import work_reach

logger = logging.getLogger(__name__)

STORAGE_FOLDER = "private/awards/dossiers/"


def storage():
    return DossierBuild._meta.get_field("file").storage


def content_parts(nomination, today=None):
    versions = work_versions(nomination.work)
    reach = work_reach(versions, today)
    return {
        "builder": dossier.BUILDER_VERSION,
        "entry": [
            nomination.pk,
            nomination.category_id,
            nomination.category.name,
            nomination.category.award_year.title,
            nomination.reason,
            nomination.nominated_by_id,
        ],
        "versions": [(page.pk, page.locale.language_code, page.live_revision_id) for page in versions],
        "media": [medium.field_file.name for medium in work_media(versions)],
        "reach": [reach.end.isoformat(), reach.by_language_and_country],
    }


def fingerprint(nomination, today=None):
    return hashlib.sha256(json.dumps(content_parts(nomination, today), sort_keys=True, default=str).encode()).hexdigest()


def is_stored(build):
    return bool(build.file) and storage().exists(build.file.name)


def current_build(nomination):
    """The newest build of the entry, of any fingerprint (what the entry's page shows)."""
    return DossierBuild.objects.filter(nomination=nomination).order_by("-created_at", "-pk").first()


def request_build(nomination):
    value = fingerprint(nomination)
    build = DossierBuild.objects.filter(fingerprint=value).first()
    if build is not None:
        if build.status == DossierBuild.Status.READY and not is_stored(build):
            if DossierBuild.objects.filter(pk=build.pk, status=DossierBuild.Status.READY).update(status=DossierBuild.Status.BUILDING, file="", size=0):
                start(build)
            build.refresh_from_db()
        return build
    try:
        with transaction.atomic():
            build = DossierBuild.objects.create(nomination=nomination, fingerprint=value)
    except IntegrityError:
        return DossierBuild.objects.get(fingerprint=value)
    start(build)
    build.refresh_from_db()
    return build


def retry(build):
    """Start a failed build again; False when another request already did."""
    restarted = DossierBuild.objects.filter(pk=build.pk, status=DossierBuild.Status.FAILED).update(status=DossierBuild.Status.BUILDING, error="")
    if restarted:
        start(build)
    build.refresh_from_db()
    return bool(restarted)


def start(build):
    from .tasks import build_dossier

    transaction.on_commit(lambda: build_dossier.enqueue(build.pk))


def run(build):
    """Build the dossier of `build` now and store it; the row ends READY or FAILED."""
    rows = DossierBuild.objects.filter(pk=build.pk)
    name = f"{STORAGE_FOLDER}{build.fingerprint}.zip"
    try:
        with tempfile.TemporaryFile(prefix="dossier-") as temporary:
            size = dossier.write_dossier_zip(build.nomination, temporary)
            temporary.seek(0)
            if storage().exists(name):  # a leftover of a build whose row was deleted
                storage().delete(name)
            name = storage().save(name, File(temporary))
    except Exception as error:  # noqa: BLE001 - any failure must end as a FAILED row the committee can retry, never a build stuck forever
        logger.exception("award dossier of entry %s could not be built", build.nomination_id)
        rows.update(status=DossierBuild.Status.FAILED, error=str(error)[:1000] or error.__class__.__name__)
        return
    rows.update(status=DossierBuild.Status.READY, file=name, size=size, error="", finished_at=timezone.now())
    forget_older(build)


def forget_older(build):
    """A ready dossier replaces the entry's earlier ones: their ZIPs are deleted from storage, so
    that private copies of superseded content do not pile up."""
    older = DossierBuild.objects.filter(nomination_id=build.nomination_id, created_at__lte=build.created_at).exclude(pk=build.pk)
    for stale in older:
        if stale.file and storage().exists(stale.file.name):
            storage().delete(stale.file.name)
    older.delete()
