"""The public policy really binds in Chromium, and the journeys' violation check really sees a
violation (tests/browser/conftest.py fails every journey that causes one)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_injected_inline_script_is_refused_and_reported(browser, live_server, section):
    browser.get(live_server.url + "/vi/")
    browser.execute_script("const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s);")
    assert browser.execute_script("return window.injected === true") is False
    reported = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
    assert reported and "script-src" in reported[0]
