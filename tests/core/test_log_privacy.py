"""No access token in the logs: every route that takes a `token` (found in the URLconf and the
routable pages, not listed by hand) is cut from Django's log lines and from gunicorn's access log."""

import datetime
import io
import logging
import re

import pytest
from django.urls import get_resolver
from gunicorn.config import Config
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

from foreign_info.core.log_privacy import REDACTED, TOKEN_PARAMETER, GunicornLogger, RedactSecrets, _routes, redact

SECRET = "eyJhIjoxLCJ2IjoxfQ/1uXyZa/Q2hhbmdlTWVfU2lnbmF0dXJlX0FCQ0RFRkdISUpLTE0"


def routes_with_a_token():
    routes = list(_routes(get_resolver().url_patterns))
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            routes += [f"fr/some-page/{pattern.pattern}" for pattern in model.get_subpage_urls()]
    return [route for route in routes if TOKEN_PARAMETER.search(route)]


def as_path(route):
    """A concrete path for a route: the token parameter becomes the secret, others a plain word."""
    path = TOKEN_PARAMETER.sub(SECRET, route)
    path = re.sub(r"<[^>]*>|\(\?P<[^)]*\)[^/]*", "x", path)
    return "/" + path.lstrip("^").rstrip("$")


def test_the_routes_that_carry_a_token_are_found_in_the_code():
    routes = routes_with_a_token()
    assert any("access/" in route for route in routes) and any("unsubscribe/" in route for route in routes)
    assert any("subscribe/confirm/" in route for route in routes)


@pytest.mark.parametrize("route", routes_with_a_token())
def test_every_route_with_a_token_is_redacted(route):
    line = f'Forbidden: {as_path(route)} "HEAD {as_path(route)}?utm=1 HTTP/1.1"'
    cleaned = redact(line)
    assert SECRET not in cleaned and "1uXyZa" not in cleaned, cleaned
    assert REDACTED in cleaned and "?utm=1" in cleaned


def test_ordinary_paths_are_left_alone():
    for text in ("GET /fr/access-points/ HTTP/1.1", "/en/statements/confirmed-figures/", "no path at all", ""):
        assert redact(text) == text


@pytest.mark.django_db
def test_a_refused_access_link_is_logged_without_its_token(client, section, settings):
    """Django logs every 4xx with its path: through the project's own handler, the token is gone."""
    [handler] = [handler for handler in logging.getLogger().handlers if any(isinstance(f, RedactSecrets) for f in handler.filters)]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        response = client.get(f"/fr/no-such-room/access/{SECRET}/")
    finally:
        handler.setStream(previous)
    assert response.status_code == 404
    written = stream.getvalue()
    assert "Not Found" in written and REDACTED in written, written
    assert SECRET not in written and "1uXyZa" not in written


def test_gunicorn_access_lines_carry_no_token():
    class Response:
        status, sent, headers = "403 Forbidden", 12, [("Content-Type", "text/html")]

    path = f"/fr/bao-chi/access/{SECRET}/"
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": path,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": f"https://thongtin.example.gov.vn{path}",
    }
    config = Config()
    logger = GunicornLogger(config)
    atoms = logger.atoms(Response(), [("Referer", environ["HTTP_REFERER"])], environ, datetime.timedelta(milliseconds=5))
    line = config.access_log_format % atoms
    assert SECRET not in line and "1uXyZa" not in line and REDACTED in line, line
    assert not any(SECRET in str(value) for value in atoms.values())
