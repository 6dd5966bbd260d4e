"""Embargoed files are at no public URL until their release (issue 11, "Embargoed media is public").

What a web server serving MEDIA_ROOT at /media/ would send is exactly what lies under MEDIA_ROOT, so
these tests look there, and ask the view behind every private URL through the test client.
tests/presskits/test_nginx.py does the same through a real nginx."""

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from foreign_info.core import storage
from foreign_info.presskits import embargo
from foreign_info.presskits.models import PressKitPage
from foreign_info.publishing.models import ArticlePage
from tests import factories
from tests.conftest import publish
from tests.presskits.serving import accredited
from tests.presskits.test_embargo_surfaces import Scene

pytestmark = pytest.mark.django_db

RENDITION_SPECS = ["max-1080x1080", "fill-400x300", "width-800", "original", "fill-1200x630"]


class MediaScene(Scene):
    """The surfaces' scene plus a clip page, all in the embargoed kit."""

    def __init__(self, section, press_room, embargo_until):
        super().__init__(section, press_room, embargo_until)
        self.clip_page = publish(factories.ClipPageFactory(parent=section, slug="cong-chieng-bi-mat", title="Cồng chiêng bí mật"))
        self.kit.pages.append(("page", self.clip_page))
        self.kit = publish(self.kit)

    def hidden_images(self):
        story_images = [item.image for item in self.story.items.all()]
        return [self.secret.hero_image, self.photo, self.clip_page.clip.poster, *story_images]

    def hidden_files(self):
        """Every stored name the embargo must keep private, renditions included."""
        names = []
        for image in self.hidden_images():
            image.refresh_from_db()
            names.append(image.file.name)
            names += [rendition.file.name for rendition in image.renditions.all()]
        clip = self.clip_page.clip
        clip.refresh_from_db()
        names += [file.name for file in (clip.original, clip.web_file, clip.standby_file) if file]
        self.document.refresh_from_db()
        names.append(self.document.file.name)
        return names


@pytest.fixture
def media_scene(section, press_room, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        scene = MediaScene(section, press_room, timezone.now() + timedelta(days=2))
    for image in scene.hidden_images():
        image.refresh_from_db()
        for spec in RENDITION_SPECS:
            image.get_rendition(spec)
    return scene


def public_media_files():
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def test_the_embargo_lists_every_photo_document_and_clip_only_hidden_pages_use(media_scene):
    answer = embargo.hidden()
    assert answer.image_ids == {image.pk for image in media_scene.hidden_images()}
    assert media_scene.shared.hero_image_id not in answer.image_ids  # an open kit shows it
    assert answer.document_ids == {media_scene.document.pk}
    assert answer.clip_ids == {media_scene.clip_page.clip_id}


def test_no_embargoed_file_lies_in_public_media(media_scene):
    hidden = media_scene.hidden_files()
    assert len(hidden) >= len(media_scene.hidden_images()) * (1 + len(RENDITION_SPECS)) + 2
    assert all(storage.is_private(name) for name in hidden), hidden
    assert not {storage.public_name(name) for name in hidden} & public_media_files()
    for name in hidden:
        assert os.path.exists(Path(settings.PRIVATE_MEDIA_ROOT) / storage.public_name(name))
    # what the public does see stays public media
    media_scene.shared.hero_image.refresh_from_db()
    assert media_scene.shared.hero_image.file.name in public_media_files()


def test_renditions_made_during_the_embargo_are_private(media_scene):
    rendition = media_scene.photo.get_rendition("fill-320x240")
    assert rendition.url.startswith(settings.PRIVATE_MEDIA_URL)
    assert storage.is_private(rendition.file.name)


def test_private_urls_are_404_for_the_public_and_served_to_journalists_and_editors(media_scene, client, admin_client):
    urls = [storage.PortalFileSystemStorage().url(name) for name in media_scene.hidden_files()]
    assert all(url.startswith(settings.PRIVATE_MEDIA_URL) for url in urls)
    for url in urls:
        assert client.get(url).status_code == 404, url
    for url in urls[:3]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store"
    accredited(client)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"".join(response.streaming_content)
    assert client.get(settings.PRIVATE_MEDIA_URL + "../media/x.jpg").status_code == 404
    assert client.get(settings.PRIVATE_MEDIA_URL + "original_images/unknown.jpg").status_code == 404


def test_a_journalist_sees_the_embargoed_pages_images_through_the_checking_view(media_scene, client):
    accredited(client)
    html = client.get("/vi/hoi-nghi-xuc-tien/").content.decode()
    sources = set(re.findall(r'(?:src|srcset)="([^" ]+)', html))
    images = {source for source in sources if "/images/" in source or "original_images/" in source}
    private = {source for source in images if source.startswith(settings.PRIVATE_MEDIA_URL)}
    assert private, sources
    # Cards of other, public pages (related articles) may show public images; none of the
    # embargoed material appears at a public URL.
    hidden = {name.rsplit("/", 1)[-1].split(".")[0] for name in media_scene.hidden_files()}
    for source in images - private:
        assert source.rsplit("/", 1)[-1].split(".")[0] not in hidden, source
    for source in private:
        assert client.get(source).status_code == 200
    video = client.get("/vi/cong-chieng-bi-mat/").content.decode()
    assert settings.PRIVATE_MEDIA_URL + "clips/" in video


def test_with_x_accel_the_view_decides_and_nginx_sends(media_scene, client, settings):
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-accel-redirect", "ACCEL_REDIRECT_PREFIX": "/protected-media/"}
    name = media_scene.photo.file.name
    assert client.get(media_scene.photo.file.url).status_code == 404
    accredited(client)
    response = client.get(media_scene.photo.file.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + name
    assert response["X-Accel-Redirect"].startswith("/protected-media/private/")
    assert response["Content-Type"] == "image/jpeg"
    assert response.content == b""


def release(scene):
    PressKitPage.objects.filter(translation_key=scene.kit.translation_key).update(embargo_until=timezone.now() - timedelta(minutes=1))
    embargo.forget()


def test_at_release_the_files_become_public_without_being_uploaded_again(media_scene, client):
    private_urls = {name: storage.PortalFileSystemStorage().url(name) for name in media_scene.hidden_files()}
    contents = {name: (Path(settings.PRIVATE_MEDIA_ROOT) / storage.public_name(name)).read_bytes() for name in private_urls}
    release(media_scene)
    # released, not moved yet (the timer runs every minute): the private URL serves anyone
    first_name, first_url = next(iter(private_urls.items()))
    assert client.get(first_url).status_code == 200
    call_command("sync_private_media", verbosity=0)
    released = media_scene.hidden_files()
    assert not any(storage.is_private(name) for name in released)
    assert {storage.public_name(name) for name in private_urls} == set(released)
    for name in released:
        assert (Path(settings.MEDIA_ROOT) / name).read_bytes() == contents[storage.private_name(name)]
    # pages cached before the move still name the private URL: it now points to the public file
    response = client.get(first_url)
    assert response.status_code == 302
    assert response["Location"] == settings.MEDIA_URL + storage.public_name(first_name)
    html = client.get("/vi/hoi-nghi-xuc-tien/").content.decode()
    assert settings.PRIVATE_MEDIA_URL not in html
    assert call_command("sync_private_media", verbosity=0) is None  # nothing left to move


def test_a_public_page_that_starts_using_an_embargoed_photo_makes_it_public(media_scene, section, django_capture_on_commit_callbacks):
    assert storage.is_private(media_scene.photo.file.name)
    with django_capture_on_commit_callbacks(execute=True):
        page = factories.ArticlePageFactory(parent=section, title="Ảnh công khai", slug="anh-cong-khai", hero_image=media_scene.photo)
        publish(page)
    media_scene.photo.refresh_from_db()
    assert not storage.is_private(media_scene.photo.file.name)
    assert media_scene.photo.file.name in public_media_files()
    assert ArticlePage.objects.get(pk=page.pk).hero_image.get_rendition("width-800").url.startswith(settings.MEDIA_URL)


def test_unpublishing_the_embargoed_kit_makes_its_files_public_again(media_scene, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for kit in PressKitPage.objects.filter(translation_key=media_scene.kit.translation_key):
            kit.unpublish()
    assert not any(storage.is_private(name) for name in media_scene.hidden_files())


def test_wagtails_document_view_hands_embargoed_documents_to_nginx(media_scene, client, settings):
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-accel-redirect", "ACCEL_REDIRECT_PREFIX": "/protected-media/"}
    media_scene.document.refresh_from_db()
    assert client.get(media_scene.document.url).status_code == 404
    accredited(client)
    response = client.get(media_scene.document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + media_scene.document.file.name
    assert response["X-Accel-Redirect"].startswith("/protected-media/private/documents/")
    assert response["Content-Type"] == "application/pdf"
