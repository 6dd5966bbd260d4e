"""Browser journeys: Debian's Chromium driven by its own chromedriver (both installed by
`make test`), against pytest-django's live server. No browser download, no network."""

import os
import shutil
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.fail(f"Chromium ({CHROMIUM}) and chromedriver ({CHROMEDRIVER}) are needed: `make test` installs them")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not try to download anything
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # CSP violations are logged there
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(autouse=True)
def _idle_browser_after_test(browser):
    """Leave the page when a journey ends, so no request of Chromium's (images, fonts) is still in
    flight when the live server's database is flushed for the next test. Every journey runs under
    the site's Content-Security-Policy, and any violation Chromium reported fails it."""
    browser.get_log("browser")  # forget what earlier journeys logged
    yield
    violations = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
    browser.get("about:blank")
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


# The press-room journey uses the press-kit tests' press room; the translation journey the
# translation tests' team and LibreTranslate stand-in.
from tests.presskits.conftest import press_room  # noqa: E402, F401
from tests.translation.conftest import libre, provider, team  # noqa: E402, F401
