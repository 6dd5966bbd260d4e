"""The reader's address behind a configured number of trusted proxies: one helper for every rate
limit and for the statistics, never the client-written left of X-Forwarded-For."""

import pytest
from django.test import RequestFactory

from foreign_info.analytics.collector import hit_for
from foreign_info.core.client import client_address

FORGED_THEN_REAL = "192.0.2.66, 203.0.113.7"  # the client wrote the first, nginx appended the second


def request(forwarded=None, remote="10.0.0.1"):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, FORGED_THEN_REAL, "10.0.0.1"),  # no proxy configured: the header is anyone's to write
        (1, FORGED_THEN_REAL, "203.0.113.7"),
        (2, FORGED_THEN_REAL, "192.0.2.66"),  # CDN then nginx: the CDN's view of the client
        (1, None, "10.0.0.1"),
        (1, "", "10.0.0.1"),
        (3, "203.0.113.7", "203.0.113.7"),  # a shorter chain: its left-most, written by a proxy
        (1, "192.0.2.66, not-an-address", "10.0.0.1"),
        (1, " 2001:db8::1 ", "2001:db8::1"),
    ],
)
def test_the_address_is_counted_from_the_right(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_address(request(forwarded)) == expected


def test_the_legacy_analytics_header_means_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.ANALYTICS = {**settings.ANALYTICS, "CLIENT_IP_HEADER": "X-Forwarded-For"}
    assert client_address(request(FORGED_THEN_REAL)) == "203.0.113.7"


def test_statistics_take_the_same_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert hit_for(request(FORGED_THEN_REAL), "view", 1, "vi").ip == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 0
    assert hit_for(request(FORGED_THEN_REAL), "view", 1, "vi").ip == "10.0.0.1"
