"""The beacon: good ones are recorded; bad, oversized and flooding ones refused with no write."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from foreign_info.analytics import buffer
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import Event, Kind

from .conftest import CHROME, FRENCH_IP

pytestmark = pytest.mark.django_db
URL = "/analytics/beacon/"


def send(client, body, **extra):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json", REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME, **extra)


def writes(queries):
    return [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]


def test_a_clip_play_and_a_share_are_recorded(client, section, article):
    assert send(client, {"event": "clip_play", "page": article.pk, "lang": "vi"}).status_code == 204
    assert send(client, {"event": "share", "page": article.pk, "target": "facebook"}).status_code == 204
    drain_and_flush()
    assert sorted(Event.objects.values_list("kind", "target", "page_id")) == [(Kind.CLIP_PLAY, "", article.pk), (Kind.SHARE, "facebook", article.pk)]


@pytest.mark.parametrize(
    "body, status",
    [
        (b"not json", 400),
        (b"\xff\xfe", 400),
        ([1, 2], 400),
        ({"event": "purchase", "page": 1}, 400),
        ({"event": "share", "page": "1"}, 400),
        ({"event": "share", "page": -4}, 400),
        ({"event": "share", "page": True}, 400),
        ({"event": "share", "page": 1, "target": "x" * 41}, 400),
        ({"event": "share", "page": 1, "path": "/" + "a" * 100_000}, 413),
    ],
)
def test_bad_beacons_are_refused_without_any_write(client, section, body, status):
    with CaptureQueriesContext(connection) as queries:
        response = send(client, body)
    assert response.status_code == status
    assert "error" in response.json()
    assert writes(queries.captured_queries) == []
    assert buffer.pending() == 0


def test_a_lying_content_length_is_still_cut(client, section):
    response = client.generic("POST", URL, data=b"{" + b" " * 5000 + b"}", content_type="application/json", CONTENT_LENGTH="10")
    assert response.status_code in (400, 413)
    assert buffer.pending() == 0


def test_only_post_is_accepted(client, section):
    assert client.get(URL).status_code == 405


def test_flooding_is_rate_limited_per_visitor(client, section, article, settings):
    settings.ANALYTICS = {**settings.ANALYTICS, "BEACON_PER_MINUTE": 5}
    statuses = [send(client, {"event": "clip_play", "page": article.pk}).status_code for _ in range(8)]
    assert statuses == [204] * 5 + [429] * 3
    other = client.post(
        URL, data=json.dumps({"event": "clip_play", "page": article.pk}), content_type="application/json", REMOTE_ADDR="8.8.4.4", HTTP_USER_AGENT=CHROME
    )
    assert other.status_code == 204
    assert buffer.pending() == 6


def test_an_unknown_page_id_is_refused(client, section, article):
    assert send(client, {"event": "clip_play", "page": 987654}).status_code == 400
    assert send(client, {"event": "clip_play", "page": article.pk}).status_code == 204
    assert drain_and_flush() == 1
    assert list(Event.objects.values_list("page_id", flat=True)) == [article.pk]
