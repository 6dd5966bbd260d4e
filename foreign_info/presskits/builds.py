"""The build cache: each press-kit ZIP is built once per content and kept in media storage.

Contract:
- `fingerprint(kit, language, resolution)` is a SHA-256 of everything a ZIP is made from: the
  builder's version, the live revision of the kit in each language it covers, the live revision,
  language and kind of every chosen page as it resolves now (so publishing, republishing or
  unpublishing an item, or publishing a translation of it, changes it), the file name, size and
  metadata of every photo, the file of every document and the web copy of every clip. It costs a
  fixed number of queries however many items the kit holds, and none when it is cached for the
  current content generation (core.generation). `language` is a code or "all".
- `request_build(kit, language, resolution)` returns the KitBuild of the current fingerprint.
  A READY build whose file is still stored is reused (its last use noted). Otherwise exactly one
  request creates the row: the fingerprint is unique, so a concurrent request's INSERT fails (in
  a savepoint) and it returns the row the winner made instead of starting a second build. A kit
  estimated at most INLINE_BUILD_MAX_BYTES is built in the request; a larger one by the
  `build_kit_zip` task, which saves its progress to the row (at most about once a second).
- A FAILED build stays failed (its error shown) until `retry(build)`; a build left BUILDING for
  longer than STALLED_AFTER (a worker died) may be retried too. Only one caller wins a retry.
- The ZIP is written to a temporary file, never held in memory, then saved to default storage as
  presskits/builds/<fingerprint>.zip.
"""

import hashlib
import json
import logging
import tempfile
import time
from datetime import timedelta

from django.core.cache import cache
from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from foreign_info.core import generation
from foreign_info.core.languages import SOURCE_LANGUAGE

from . import zipbuild
from .models import KitBuild, PressKitPage
from .settings import presskit_setting

logger = logging.getLogger(__name__)

RESOLUTIONS = ("web", "original")
ALL_LANGUAGES = "all"
STORAGE_FOLDER = "presskits/builds/"
STALLED_AFTER = timedelta(hours=1)
PROGRESS_EVERY_SECONDS = 1.0
ESTIMATE_CACHE_SECONDS = 24 * 3600
# Short: with a per-process cache (no Redis) another process's bump is not seen (core.generation).
FINGERPRINT_CACHE_SECONDS = 300


def storage():
    return KitBuild._meta.get_field("file").storage


def stored_name(fingerprint_value):
    return f"{STORAGE_FOLDER}{fingerprint_value}.zip"


def content_parts(kit, language):
    """What the ZIP of `kit` in `language` is made from, as plain values, in about eight queries."""
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    from foreign_info.core.models import PortalImage
    from foreign_info.publishing.models import ClipPage, GalleryItem

    kits = PressKitPage.objects.live().public().filter(translation_key=kit.translation_key)
    if language != ALL_LANGUAGES:
        kits = kits.filter(locale__language_code=language)
    kits = list(kits.select_related("locale").order_by("pk"))
    page_ids, image_ids, document_ids = set(), set(), set()
    for translation in kits:
        page_ids.update(block["value"] for block in translation.pages.raw_data if isinstance(block.get("value"), int))
        image_ids.update(block["value"].get("image") for block in translation.images.raw_data if isinstance(block.get("value"), dict))
        document_ids.update(block["value"].get("document") for block in translation.documents.raw_data if isinstance(block.get("value"), dict))
        if translation.cover_image_id:
            image_ids.add(translation.cover_image_id)
    image_ids.discard(None)
    document_ids.discard(None)

    chosen = Page.objects.live().public().filter(translation_key__in=Page.objects.filter(pk__in=page_ids).values("translation_key"))
    if language != ALL_LANGUAGES:
        chosen = chosen.filter(locale__language_code__in={language, SOURCE_LANGUAGE})
    pages = list(chosen.order_by("pk").values_list("pk", "translation_key", "locale__language_code", "live_revision_id", "content_type__model"))
    story_ids = [row[0] for row in pages if row[4] == "gallerypage"]
    clip_ids = [row[0] for row in pages if row[4] == "clippage"]
    photo_fields = ("file", "file_size", "credit", "copyright", "licence", "title")
    measure_unmeasured(PortalImage.objects.filter(Q(pk__in=image_ids) | Q(pk__in=GalleryItem.objects.filter(page_id__in=story_ids).values("image_id"))))
    return {
        "builder": zipbuild.BUILDER_VERSION,
        "language": language,
        "kits": [(translation.pk, translation.locale.language_code, translation.live_revision_id) for translation in kits],
        "pages": [[str(value) for value in row] for row in pages],
        "photos": list(PortalImage.objects.filter(pk__in=image_ids).order_by("pk").values_list("pk", *photo_fields)),
        "story_photos": list(
            GalleryItem.objects.filter(page_id__in=story_ids)
            .order_by("page_id", "sort_order", "pk")
            .values_list("page_id", *(f"image__{f}" for f in photo_fields))
        ),
        "documents": list(get_document_model().objects.filter(pk__in=document_ids).order_by("pk").values_list("pk", "file", "file_size")),
        "clips": list(ClipPage.objects.filter(pk__in=clip_ids).order_by("pk").values_list("pk", "clip__web_file", "clip__original", "clip__file_size")),
    }


def measure_unmeasured(images):
    """Wagtail records a photo's size the first time it is asked for; ask now, so that the first
    download does not change the fingerprint it was built under (a no-op once every photo has one)."""
    for image in images.filter(file_size__isnull=True):
        image.get_file_size()


def fingerprints(kit, language):
    """{resolution: fingerprint} of `kit` in `language`: one pass over the content for both.

    Kept in the cache under the content generation (core.generation): a second download of an
    unchanged kit then starts without reading the kit's contents again (bench/presskit.py)."""
    key = f"presskits:fingerprints:{zipbuild.BUILDER_VERSION}:{kit.pk}:{kit.live_revision_id}:{language}:{generation.current()}"
    values = cache.get(key)
    if values is None:
        digest = json.dumps(content_parts(kit, language), sort_keys=True, default=str)
        values = {resolution: hashlib.sha256(f"{digest}|{resolution}".encode()).hexdigest() for resolution in RESOLUTIONS}
        cache.set(key, values, FINGERPRINT_CACHE_SECONDS)
    return values


def fingerprint(kit, language, resolution):
    return fingerprints(kit, language)[resolution]


def is_stored(build):
    return bool(build.file) and storage().exists(build.file.name)


def is_stalled(build, now=None):
    return build.status == KitBuild.Status.BUILDING and build.created_at < (now or timezone.now()) - STALLED_AFTER


def existing(fingerprint_value):
    return KitBuild.objects.filter(fingerprint=fingerprint_value).first()


def request_build(kit, language, resolution, fingerprint_value=None):
    fingerprint_value = fingerprint_value or fingerprint(kit, language, resolution)
    build = existing(fingerprint_value)
    if build is not None:
        if build.status == KitBuild.Status.READY:
            if is_stored(build):
                now = timezone.now()
                # Pruning counts in days: note a use at most hourly, not a write per download.
                if build.last_used_at is None or build.last_used_at < now - timedelta(hours=1):
                    KitBuild.objects.filter(pk=build.pk).update(last_used_at=now)
                return build
            # The file went away (pruned, storage restored from an older backup): build it again.
            if KitBuild.objects.filter(pk=build.pk, status=KitBuild.Status.READY).update(status=KitBuild.Status.BUILDING, progress=0, file="", size=0):
                start(build, kit)
            build.refresh_from_db()
        return build
    try:
        with transaction.atomic():
            build = KitBuild.objects.create(kit=kit, fingerprint=fingerprint_value, language=language, resolution=resolution)
    except IntegrityError:
        return KitBuild.objects.get(fingerprint=fingerprint_value)
    start(build, kit)
    build.refresh_from_db()
    return build


def retry(build, kit):
    """Start a failed or stalled build again; False when another request already did."""
    retriable = Q(status=KitBuild.Status.FAILED) | Q(status=KitBuild.Status.BUILDING, created_at__lt=timezone.now() - STALLED_AFTER)
    restarted = KitBuild.objects.filter(retriable, pk=build.pk).update(status=KitBuild.Status.BUILDING, progress=0, error="", created_at=timezone.now())
    if restarted:
        start(build, kit)
    build.refresh_from_db()
    return bool(restarted)


def estimated_size(kit, language, resolution, fingerprint_value):
    """The builder's estimate, remembered per fingerprint: it may read every file's size."""
    key = f"presskits:estimate:{fingerprint_value}"
    size = cache.get(key)
    if size is None:
        size = zipbuild.estimate_size(kit, language, resolution)
        cache.set(key, size, ESTIMATE_CACHE_SECONDS)
    return size


def start(build, kit):
    if estimated_size(kit, build.language, build.resolution, build.fingerprint) <= presskit_setting("INLINE_BUILD_MAX_BYTES"):
        run(build, kit)
    else:
        from .tasks import build_kit_zip

        build_kit_zip.enqueue(build.pk)


class ProgressSaver:
    """Saves the builder's percentage to the row when it changed, at most about once a second."""

    def __init__(self, build_id, every=None):
        self.rows = KitBuild.objects.filter(pk=build_id)
        self.every = PROGRESS_EVERY_SECONDS if every is None else every
        self.saved_at = 0.0
        self.percent = 0

    def __call__(self, done, total):
        """The builder's `on_progress(done, total)`: any units, `done` at most `total`."""
        percent = max(0, min(99, int(100 * done / total))) if total else 0
        now = time.monotonic()
        if percent != self.percent and now - self.saved_at >= self.every:
            self.rows.update(progress=percent)
            self.percent, self.saved_at = percent, now


def run(build, kit):
    """Build the ZIP of `build` now and store it; the row ends READY or FAILED."""
    rows = KitBuild.objects.filter(pk=build.pk)
    name = stored_name(build.fingerprint)
    try:
        with tempfile.TemporaryFile(prefix="presskit-") as temporary:
            size = zipbuild.write_kit_zip(kit, build.language, build.resolution, temporary, on_progress=ProgressSaver(build.pk))
            temporary.seek(0)
            if storage().exists(name):  # a leftover of a build whose row was deleted
                storage().delete(name)
            name = storage().save(name, File(temporary))
    except Exception as error:  # noqa: BLE001 - any failure must end as a FAILED row a reader can retry, never a build stuck forever
        logger.exception("press kit %s (%s, %s) could not be built", build.kit_id, build.language, build.resolution)
        rows.update(status=KitBuild.Status.FAILED, error=str(error)[:1000] or error.__class__.__name__)
        return
    now = timezone.now()
    rows.update(status=KitBuild.Status.READY, file=name, size=size, progress=100, error="", finished_at=now, last_used_at=now)


def current_build(kit, language, resolution):
    """The KitBuild of the current content, if one was ever requested (no build is started)."""
    return KitBuild.objects.filter(fingerprint=fingerprint(kit, language, resolution)).first()


def download_sizes(kit, languages):
    """{(language, resolution): (bytes, exact)} for the kit page's download choice: the stored
    ZIP's size when one is ready, else the builder's estimate."""
    prints = {(language, resolution): value for language in languages for resolution, value in fingerprints(kit, language).items()}
    ready = dict(KitBuild.objects.filter(fingerprint__in=prints.values(), status=KitBuild.Status.READY).values_list("fingerprint", "size"))
    sizes = {}
    for (language, resolution), value in prints.items():
        if value in ready:
            sizes[language, resolution] = (ready[value], True)
        else:
            sizes[language, resolution] = (estimated_size(kit, language, resolution, value), False)
    return sizes
