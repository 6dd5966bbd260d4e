"""The pass that lets nginx send private files without asking Django each time (issue 11, "Speed"):
given only to a viewer the checking view has just allowed, and signed exactly as nginx's
secure_link checks it (deploy/nginx). tests/presskits/test_nginx.py runs it through a real nginx."""

import base64
import hashlib
import time

import pytest
from django.conf import settings

from foreign_info.presskits import media_pass
from tests.presskits.serving import accredited
from tests.presskits.test_private_media import media_scene, release  # noqa: F401

pytestmark = pytest.mark.django_db


def nginx_md5(expires, session_key):
    """What `secure_link_md5 "$secure_link_expires$cookie_sessionid <secret>"` compares, as nginx's docs compute it."""
    text = f"{expires}{session_key} {settings.PRIVATE_MEDIA_PASS_SECRET}".encode()
    return base64.urlsafe_b64encode(hashlib.md5(text).digest()).decode().rstrip("=")


def test_an_allowed_viewer_gets_a_pass_bound_to_their_session(media_scene, client):  # noqa: F811
    url = media_scene.photo.file.url
    refused = client.get(url)
    assert refused.status_code == 404 and media_pass.PASS_COOKIE not in refused.cookies
    accredited(client)
    response = client.get(url)
    assert response.status_code == 200
    expires = int(response.cookies[media_pass.EXPIRES_COOKIE].value)
    assert 0 < expires - time.time() <= settings.PRIVATE_MEDIA_PASS_SECONDS
    issued = response.cookies[media_pass.PASS_COOKIE]
    assert issued.value == nginx_md5(expires, client.cookies[settings.SESSION_COOKIE_NAME].value)
    assert issued["path"] == settings.PRIVATE_MEDIA_URL and issued["httponly"]
    # Held and young: not issued again on every file.
    assert media_pass.PASS_COOKIE not in client.get(url).cookies


def test_a_pass_of_another_session_is_replaced(media_scene, client):  # noqa: F811
    accredited(client)
    client.cookies[media_pass.EXPIRES_COOKIE] = str(int(time.time()) + 10_000)
    client.cookies[media_pass.PASS_COOKIE] = nginx_md5(int(time.time()) + 10_000, "another-session")
    response = client.get(media_scene.photo.file.url)
    assert response.cookies[media_pass.PASS_COOKIE].value != nginx_md5(int(time.time()) + 10_000, "another-session")


def test_no_pass_for_released_files_nor_without_a_secret(media_scene, client, settings):  # noqa: F811
    accredited(client)
    settings.PRIVATE_MEDIA_PASS_SECRET = ""
    assert media_pass.PASS_COOKIE not in client.get(media_scene.photo.file.url).cookies
    settings.PRIVATE_MEDIA_PASS_SECRET = "another-test-secret-of-32-characters-at-least"
    release(media_scene)
    from foreign_info.presskits import embargo

    embargo.forget()
    answer = client.get(media_scene.photo.file.url)  # released, not moved yet: anyone's, no pass needed
    assert answer.status_code == 200 and media_pass.PASS_COOKIE not in answer.cookies
