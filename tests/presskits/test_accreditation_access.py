"""The personal access link on the press room's route: valid, expired (both ways), tampered,
revoked and plain garbage tokens, answered in the reader's language and never with a 500."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from foreign_info.presskits import access
from foreign_info.presskits import accreditation as service
from foreign_info.presskits.models import AccessLogEntry, AccreditationRequest
from tests.presskits.accreditation_fixtures import make_request

pytestmark = pytest.mark.django_db

EXPIRED = "Your personal access link has expired. Please ask the press office for a new link."
REVOKED = "This access link is no longer valid. Please contact the press office."
TAMPERED = "This access link is not valid: check that you opened the whole link from the e-mail, or contact the press office."


@pytest.fixture
def journalist(press_room):
    accreditation = make_request(press_room)
    service.approve(accreditation, None)
    return accreditation


def link(token, code="fr"):
    return f"/{code}/bao-chi/access/{token}/"


def says(response, message, code="fr"):
    with translation.override(code):
        return response.status_code == 403 and escape(gettext(message)) in response.content.decode()


def refusals(accreditation):
    return AccessLogEntry.objects.filter(accreditation=accreditation, action="refused").count()


def test_a_valid_link_grants_the_session_and_is_logged(client, journalist, french_embargoed_kit):
    response = client.get(link(access.issue_token(journalist)))
    assert response.status_code == 302 and response["Location"] == "/fr/bao-chi/"
    assert response["Cache-Control"] == "no-store"
    assert client.session[access.SESSION_KEY] == {"a": journalist.pk, "v": journalist.token_version}
    assert list(AccessLogEntry.objects.values_list("action", flat=True)) == ["opened"]
    room = client.get("/fr/bao-chi/").content.decode()
    assert escape(french_embargoed_kit.title) in room
    assert "Claire Dubois (Le Monde)" in room


def test_signing_out_forgets_the_journalist(client, journalist, french_embargoed_kit):
    client.get(link(access.issue_token(journalist)))
    assert client.get("/fr/bao-chi/sign-out/").status_code == 405
    response = client.post("/fr/bao-chi/sign-out/")
    assert response.status_code == 302 and response["Location"] == "/fr/bao-chi/"
    assert access.SESSION_KEY not in client.session
    assert escape(french_embargoed_kit.title) not in client.get("/fr/bao-chi/").content.decode()


def test_access_past_its_end_is_refused_as_expired(client, journalist):
    token = access.issue_token(journalist)
    AccreditationRequest.objects.filter(pk=journalist.pk).update(access_expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(link(token))
    assert says(response, EXPIRED)
    assert refusals(journalist) == 1
    assert access.SESSION_KEY not in client.session


def test_a_link_older_than_the_setting_is_refused_as_expired(client, journalist, settings):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 31 * 24 * 3600):
        old_token = access.issue_token(journalist)
    assert says(client.get(link(old_token)), EXPIRED)
    settings.PRESSKITS = {**settings.PRESSKITS, "ACCESS_LINK_DAYS": 60}  # the setting decides
    assert client.get(link(old_token)).status_code == 302


def test_a_revoked_link_is_refused_and_logged(client, journalist):
    token = access.issue_token(journalist)
    service.revoke(journalist)
    assert says(client.get(link(token)), REVOKED)
    assert refusals(journalist) == 1


def test_a_link_of_a_rejected_or_erased_request_is_refused(client, press_room):
    rejected = make_request(press_room, status="rejected")
    assert says(client.get(link(access.issue_token(rejected))), REVOKED)
    erased = make_request(press_room)
    service.approve(erased, None)
    token = access.issue_token(erased)
    service.erase(erased)
    assert says(client.get(link(token)), REVOKED)


def test_the_refusal_speaks_the_readers_language(client, journalist):
    token = access.issue_token(journalist)
    service.revoke(journalist)
    english = client.get(link(token, "en"))
    assert says(english, REVOKED, "en")
    assert '<html lang="en"' in english.content.decode()
    vietnamese = client.get(link(token, "vi"))
    assert vietnamese.status_code == 403 and '<html lang="vi"' in vietnamese.content.decode()


def tampered_tokens(token):
    payload, stamp, signature = token.split("/")
    other = "A" if signature[5] != "A" else "B"
    forged_payload = "eyJhIjoxLCJ2Ijo5OX0"  # {"a":1,"v":99} with the old signature
    return [
        f"{payload}/{stamp}/{signature[:5]}{other}{signature[6:]}",
        f"{forged_payload}/{stamp}/{signature}",
        f"{payload}/{stamp}",
        signature,
    ]


def test_tampered_links_are_refused(client, journalist):
    for token in tampered_tokens(access.issue_token(journalist)):
        assert says(client.get(link(token)), TAMPERED), token
    assert not AccessLogEntry.objects.exists()  # nobody known to log against


@pytest.mark.parametrize(
    "token",
    [
        "x" * 5000,
        "Ünïcödé-ການເຂົ້າເຖິງ-アクセス",
        "a/b/c/d/e/f",
        "%00abc",
        "abc%0Adef",
        "abc%7Fdef",
        "..%2F..%2Fetc%2Fpasswd",
        "' OR 1=1 --",
        "eyJhIjoiMSIsInYiOjF9/1xUw7N/abc",
    ],
)
def test_garbage_never_breaks_the_route(token, press_room):
    response = Client(raise_request_exception=False).get(link(token))
    assert response.status_code in (403, 404)  # 404: no page URL of ours contains such characters
    if response.status_code == 403:
        assert says(response, TAMPERED)


def test_long_and_non_ascii_tokens_reach_the_route_and_get_the_403_page(client, press_room):
    for token in ("x" * 5000, "Ünïcödé", "トークン/1/2"):
        assert says(client.get(link(token)), TAMPERED), token
