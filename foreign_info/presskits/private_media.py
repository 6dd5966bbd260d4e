"""Embargoed files off every public URL until their release, and the view that serves them meanwhile.

Contract:
- `sync()` makes storage follow the embargo (embargo.hidden()): the original, every rendition, the
  clip files and the poster of each hidden photo, document and clip move to the private side of
  media storage (core/storage.py); those no longer hidden move back to the public side. Files are
  renamed, never uploaded again, and the database names follow in the same transaction (queryset
  updates: no signal, so no kit is rebuilt for it). Idempotent, cheap when nothing changes (a few
  queries over the handful of hidden or private files), and safe when two processes run it at once.
- It runs after every publish or unpublish (of a kit, or of any page: a page may start or stop
  using a file), after a photo, document or clip is saved, and every minute from
  `manage.py sync_private_media` (deploy/: the release of an embargo is a time, not an event).
- `serve(request, path)` is the view behind PRIVATE_MEDIA_URL. A file still hidden goes to
  accredited journalists (a session opened by a valid personal link) and to users of the admin,
  and is a 404 for anyone else; a released file not moved yet goes to anyone, and once it has
  moved the old private URL redirects to its public one. The sending itself is
  core.storage.send: X-Accel-Redirect to nginx's internal location, a redirect to a signed
  expiring URL of the object store, or streamed by Django. An allowed viewer of a hidden file also
  gets a short-lived pass (media_pass.py) with which nginx sends the next private files by itself.

Why move files rather than keep every file behind a view: released photos and clips, nearly all
the media, stay plain files that nginx sends with long cache headers, at static-file speed; only
the few embargoed ones pay for a trip through Django (bench/production.py measures both).
"""

from django.db import transaction
from django.http import Http404, HttpResponseRedirect

from foreign_info.core import storage

from . import media_pass


def sync():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from foreign_info.media.models import VideoClip

    from . import embargo

    answer = embargo.hidden()
    moved = 0
    moved += move_side(get_image_model(), ["file"], answer.image_ids, after=move_renditions)
    moved += move_side(get_document_model(), ["file"], answer.document_ids)
    moved += move_side(VideoClip, ["original", "web_file", "standby_file"], answer.clip_ids)
    if moved:
        # Rows were updated without signals: the <picture> markup remembered with the old file names is stale.
        from foreign_info.core import derived

        derived.content_changed()
    return moved


def move_side(model, fields, hidden_ids, after=None):
    """Move the files of `model` rows to the side their id says; the number of rows moved."""
    from django.db.models import Q

    any_private, any_public = Q(), Q()
    for field in fields:
        any_private |= Q(**{f"{field}__startswith": storage.PRIVATE_PREFIX})
        any_public |= ~Q(**{field: ""}) & ~Q(**{f"{field}__startswith": storage.PRIVATE_PREFIX})
    # Every file of an object is checked, not only the first: a hidden clip may get a new web copy.
    to_hide = model.objects.filter(any_public, pk__in=list(hidden_ids)).values_list("pk", flat=True)
    to_release = model.objects.filter(any_private).exclude(pk__in=list(hidden_ids)).values_list("pk", flat=True)
    moved = 0
    for pk, to_private in [(pk, True) for pk in to_hide] + [(pk, False) for pk in to_release]:
        with transaction.atomic():
            row = model.objects.select_for_update().filter(pk=pk).first()
            if row is None:
                continue
            changes = {}
            for field in fields:
                name = getattr(row, field).name
                if name and storage.is_private(name) != to_private:
                    changes[field] = storage.move(name, to_private)
            if changes:
                model.objects.filter(pk=pk).update(**changes)
            if after is not None:
                after(row, to_private)
            moved += 1
    return moved


def move_renditions(image, to_private):
    """Renditions follow their photo; Wagtail's cached copies (with the old name) are forgotten."""
    renditions = list(image.renditions.all())
    for rendition in renditions:
        name = rendition.file.name
        if name and storage.is_private(name) != to_private:
            type(rendition).objects.filter(pk=rendition.pk).update(file=storage.move(name, to_private))
    if renditions:
        model = type(renditions[0])
        model.cache_backend.delete_many([model.construct_cache_key(image, r.focal_point_key, r.filter_spec) for r in renditions])


def schedule_sync():
    """After the current transaction commits (the publication it follows must be visible)."""
    transaction.on_commit(sync)


def may_see_embargoed(request):
    from .access import journalist_for

    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return True
    return journalist_for(request) is not None


def owner_of(name):
    """(kind, id) of the photo, document or clip that stores a file under `name`, or None."""
    from django.db.models import Q
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from foreign_info.media.models import VideoClip

    image_model = get_image_model()
    candidates = (
        ("image", image_model.objects.filter(file=name).values_list("pk", flat=True)),
        ("image", image_model.renditions.rel.related_model.objects.filter(file=name).values_list("image_id", flat=True)),
        ("clip", VideoClip.objects.filter(Q(original=name) | Q(web_file=name) | Q(standby_file=name)).values_list("pk", flat=True)),
        ("document", get_document_model().objects.filter(file=name).values_list("pk", flat=True)),
    )
    for kind, ids in candidates:
        pk = ids.first()
        if pk is not None:
            return kind, pk
    return None


def is_hidden(kind, pk):
    from . import embargo

    answer = embargo.hidden()
    return pk in {"image": answer.image_ids, "document": answer.document_ids, "clip": answer.clip_ids}[kind]


def serve(request, path):
    from django.core.files.storage import default_storage

    if ".." in path.split("/") or path.startswith("/"):
        raise Http404
    name = storage.private_name(path)
    owner = owner_of(name)
    if owner is None:
        if owner_of(storage.public_name(name)) is not None:  # released and moved since the page was rendered
            return HttpResponseRedirect(default_storage.url(storage.public_name(name)))
        raise Http404
    if is_hidden(*owner):
        if not may_see_embargoed(request):
            raise Http404
        return media_pass.attach(request, storage.send(request, name, cache_control="private, no-store"))
    return storage.send(request, name, cache_control="public, max-age=60")
