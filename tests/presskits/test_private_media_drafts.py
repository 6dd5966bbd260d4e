"""A file becomes private when a draft attaches it to an embargoed kit or page, not when the draft
is published (issue 11: between the upload and the publication, or the next sync_private_media,
a photo for an embargoed release sat at a public, guessable URL)."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from foreign_info.core import storage
from foreign_info.presskits.models import PressKitPage
from tests import factories
from tests.presskits.conftest import kit_page

pytestmark = pytest.mark.django_db


def photo_block(image):
    return ("photo", {"image": image, "caption": "Hội trường", "place": "Buôn Ma Thuột", "date_taken": None})


def public_file(image):
    image.refresh_from_db()
    return (Path(settings.MEDIA_ROOT) / image.file.name).exists() and not storage.is_private(image.file.name)


def test_a_photo_added_to_an_embargoed_kits_draft_is_private_when_the_draft_is_saved(press_room, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kit = kit_page(press_room, slug="bi-mat", embargo_until=timezone.now() + timedelta(days=2))
    photo = factories.ImageFactory(title="Hội trường")
    assert public_file(photo)  # uploaded, attached to nothing yet
    with django_capture_on_commit_callbacks(execute=True):
        draft = kit.get_latest_revision_as_object()
        draft.images.append(photo_block(photo))
        draft.save_revision()
    photo.refresh_from_db()
    assert storage.is_private(photo.file.name)
    assert not (Path(settings.MEDIA_ROOT) / storage.public_name(photo.file.name)).exists()
    assert photo.file.url.startswith(settings.PRIVATE_MEDIA_URL)


def test_a_kit_prepared_under_embargo_keeps_its_photos_private_before_its_first_publication(press_room, django_capture_on_commit_callbacks):
    photo = factories.ImageFactory(title="Bản đồ")
    kit = PressKitPage(title="Công bố", slug="cong-bo", summary="-", embargo_until=timezone.now() + timedelta(days=3), live=False, images=[photo_block(photo)])
    with django_capture_on_commit_callbacks(execute=True):
        press_room.add_child(instance=kit)
        kit.save_revision()
    photo.refresh_from_db()
    assert storage.is_private(photo.file.name)


def test_a_released_kits_draft_leaves_its_photos_public(press_room, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kit = kit_page(press_room, slug="mo")
    photo = factories.ImageFactory(title="Cà phê")
    with django_capture_on_commit_callbacks(execute=True):
        draft = kit.get_latest_revision_as_object()
        draft.images.append(photo_block(photo))
        draft.save_revision()
    assert public_file(photo)


def test_a_photo_dropped_from_the_draft_before_publication_becomes_public_again(press_room, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kit = kit_page(press_room, slug="bi-mat", embargo_until=timezone.now() + timedelta(days=2))
    photo = factories.ImageFactory(title="Hội trường")
    with django_capture_on_commit_callbacks(execute=True):
        draft = kit.get_latest_revision_as_object()
        draft.images.append(photo_block(photo))
        draft.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        draft = kit.get_latest_revision_as_object()
        draft.images = []
        draft.save_revision().publish()
    assert public_file(photo)
