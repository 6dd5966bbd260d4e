import pytest

from foreign_info.analytics import buffer, visitors

CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
FRENCH_IP = "90.84.0.1"  # Orange France
AMERICAN_IP = "8.8.8.8"
VIETNAMESE_IP = "14.160.0.1"


@pytest.fixture(autouse=True)
def _fresh_analytics(settings):
    buffer.discard()
    visitors.forget_process_salts()
    buffer._redis["client"] = None
    yield
    buffer.discard()
    visitors.forget_process_salts()
    buffer._redis["client"] = None


def view_payload(page_id, key, at, visitor):
    """A page view as the drainer stores it (already hashed and classified), for flush tests."""
    import json

    return json.dumps(
        {
            "key": key,
            "at": at,
            "host": "testserver",
            "page_id": page_id,
            "content_language": "vi",
            "kind": "view",
            "visitor": visitor,
            "preferred_language": "fr",
            "country": "FR",
            "referrer_domain": "",
            "channel": "direct",
            "device": "desktop",
            "target": "",
        }
    )


def visit(client, path, ip=FRENCH_IP, ua=CHROME, **headers):
    response = client.get(path, REMOTE_ADDR=ip, HTTP_USER_AGENT=ua, **headers)
    assert response.status_code == 200, path
    return response


class Clock:
    """Stands in for the collector's `time` module: hits are stamped with `now`."""

    def __init__(self, now):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    from foreign_info.analytics import collector

    fake = Clock(1_780_000_000.0)
    monkeypatch.setattr(collector, "time", fake)
    return fake
