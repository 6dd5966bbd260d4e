"""Embargoed media on S3-compatible storage (a moto server process, see conftest): the files of an
embargoed kit move under the bucket's `private/` prefix, their URLs are the checking view, and a
checked request is redirected to a signed URL of the object that soon expires (issue 11, item 1)."""

from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import timezone

from foreign_info.core import storage
from tests import factories
from tests.presskits.conftest import kit_page, press_room  # noqa: F401 - fixtures
from tests.presskits.serving import accredited
from tests.storage.conftest import environment_for
from tests.storage.test_s3_presskits import fetch

pytestmark = pytest.mark.django_db


@pytest.fixture
def embargoed_photo(s3, press_room, django_capture_on_commit_callbacks):  # noqa: F811
    photo = factories.ImageFactory(title="Hội trường")
    with django_capture_on_commit_callbacks(execute=True):
        kit_page(press_room, slug="bi-mat", photos=[photo], embargo_until=timezone.now() + timedelta(days=2))
    photo.refresh_from_db()
    return photo


def test_an_embargoed_photo_is_moved_under_the_private_prefix(s3, embargoed_photo):
    assert storage.is_private(embargoed_photo.file.name)
    assert embargoed_photo.file.name in s3.keys("private/")
    assert storage.public_name(embargoed_photo.file.name) not in s3.keys()
    assert embargoed_photo.file.url.startswith(settings.PRIVATE_MEDIA_URL)  # the checking view, not the bucket


def test_a_checked_request_is_redirected_to_a_signed_expiring_url(client, s3, embargoed_photo):
    url = embargoed_photo.file.url
    assert client.get(url).status_code == 404
    accredited(client)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    location = urlparse(response["Location"])
    assert location.path.endswith("/" + embargoed_photo.file.name)
    query = parse_qs(location.query)
    assert query["X-Amz-Signature"] and query["X-Amz-Expires"] == [str(settings.PRESSKITS.get("SIGNED_URL_SECONDS", 600))]
    assert query["response-content-type"] == ["image/jpeg"]
    status, headers, body = fetch(response["Location"])
    assert status == 200 and body == s3.read(embargoed_photo.file.name)


@pytest.mark.parametrize("serve_with", ["x-accel-redirect", "x-sendfile"])
def test_handing_a_private_object_to_the_web_server_is_the_same_redirect(client, s3, embargoed_photo, settings, serve_with):
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": serve_with}
    accredited(client)
    response = client.get(embargoed_photo.file.url)
    assert response.status_code == 302 and "X-Amz-Signature" in response["Location"]
    assert "X-Accel-Redirect" not in response and "X-Sendfile" not in response


def test_private_objects_are_not_public_whatever_the_default_acl(s3_server, s3, settings, press_room, django_capture_on_commit_callbacks):  # noqa: F811
    from portal.settings.base import media_storage

    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment_for(s3_server, s3.name, AWS_DEFAULT_ACL="public-read"))}
    photo = factories.ImageFactory(title="Công khai")
    public_grants = s3.client.get_object_acl(Bucket=s3.name, Key=photo.file.name)["Grants"]
    assert any(grant["Grantee"].get("URI", "").endswith("/AllUsers") for grant in public_grants)
    with django_capture_on_commit_callbacks(execute=True):
        kit_page(press_room, slug="an", photos=[photo], embargo_until=timezone.now() + timedelta(days=2))
    photo.refresh_from_db()
    assert photo.file.name in s3.keys("private/")
    grants = s3.client.get_object_acl(Bucket=s3.name, Key=photo.file.name)["Grants"]
    assert not any(grant["Grantee"].get("URI", "").endswith("/AllUsers") for grant in grants), grants
    assert default_storage.url(photo.file.name).startswith(settings.PRIVATE_MEDIA_URL)
