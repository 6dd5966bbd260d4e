"""Issue 13, item 5: on a device without Khmer, Lao or CJK fonts, the language switcher and the
accreditation form's language checkboxes still draw every language's own name, from the
"Language Names" web font (foreign_info/core/name_font.py), not as boxes.

Chromium runs here with a fontconfig that knows only Liberation (Latin), so nothing but the
section's own web fonts can draw Khmer, Lao, Chinese, Japanese or Korean."""

import os
import shutil
import tempfile

import pytest
from django.core.management import call_command
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from tests.browser.conftest import CHROMEDRIVER, CHROMIUM
from tests.conftest import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAMES = {"km": "ខ្មែរ", "lo": "ລາວ", "zh-Hans": "简体中文", "ja": "日本語", "ko": "한국어"}
LATIN_ONLY_FONTS = "/usr/share/fonts/truetype/liberation2"

WIDTH = """
const [text, family] = arguments;
const span = document.createElement("span");
span.style.cssText = "position:absolute;white-space:nowrap;font-size:40px;font-family:" + family;
span.textContent = text;
document.body.appendChild(span);
const width = span.getBoundingClientRect().width;
span.remove();
return width;
"""
LOADED_FACES = """
const done = arguments[arguments.length - 1];
document.fonts.ready.then(() => done([...document.fonts].filter((face) => face.family.replace(/["']/g, "") === "Language Names" && face.status === "loaded").map((face) => face.unicodeRange)));
"""


@pytest.fixture(scope="module")
def browser():
    """Chromium that sees no system font for Khmer, Lao or CJK (the conftest's own sees them all)."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.fail(f"Chromium ({CHROMIUM}) and chromedriver ({CHROMEDRIVER}) are needed: `make test` installs them")
    workdir = tempfile.mkdtemp(prefix="chromium-latin-only-")
    config = os.path.join(workdir, "fonts.conf")
    with open(config, "w") as conf:
        conf.write(f'<?xml version="1.0"?>\n<fontconfig><dir>{LATIN_ONLY_FONTS}</dir><cachedir>{workdir}/cache</cachedir></fontconfig>\n')
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--window-size=1280,1000",
        f"--user-data-dir={workdir}/profile",
    ):
        options.add_argument(flag)
    os.environ["SE_OFFLINE"] = "true"
    service = Service(CHROMEDRIVER, env={**os.environ, "FONTCONFIG_FILE": config})
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_script_timeout(15)
    yield driver
    driver.quit()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def name_font():
    call_command("build_name_font", verbosity=0)  # what `make fonts` runs


def width(browser, text, family):
    return browser.execute_script(WIDTH, text, family)


def test_switcher_draws_every_native_name_without_system_fonts(browser, live_server, section, name_font):
    for code in ("fr", "zh-hans", "ja", "ko", "ru", "km"):
        translate(section, code, title=f"Section {code}")
    browser.get(f"{live_server.url}/fr/")  # a Latin page: no script web font of its own

    # The harness hides system fonts: without a web font, two different Khmer words of five code
    # points each come out as the same row of boxes.
    assert width(browser, "ខ្មែរ", "'Liberation Sans'") == width(browser, "ឃឃឃឃឃ", "'Liberation Sans'")

    # The reader opens the compact language menu: its names are shown, and their faces fetched.
    browser.find_element(By.CSS_SELECTOR, ".language-menu summary").click()
    loaded = browser.execute_async_script(LOADED_FACES)
    assert len(loaded) == len(NAMES), loaded  # one small face per script, each fetched because it is shown
    for tag, name in NAMES.items():
        link = browser.find_element(By.CSS_SELECTOR, f'.language-switcher a[hreflang="{tag}"]')
        assert link.text == name
        assert "Language Names" in link.value_of_css_property("font-family")
        drawn = width(browser, name, "'Noto Sans', 'Language Names'")
        boxes = width(browser, name, "'Liberation Sans'")
        assert drawn != boxes, (tag, drawn, boxes)
        # Every character of the name is in the subset: drawn with it alone, nothing falls back.
        assert width(browser, name, "'Language Names'") == drawn


def test_accreditation_language_checkboxes_use_the_same_font(browser, live_server, press_room, name_font):
    browser.get(f"{live_server.url}/fr/bao-chi/accreditation/")
    labels = browser.find_elements(By.CSS_SELECTOR, ".language-names label")
    assert {label.text.strip() for label in labels} >= {"ខ្មែរ", "ລາວ", "日本語", "한국어"}
    loaded = browser.execute_async_script(LOADED_FACES)
    assert len(loaded) == len(NAMES), loaded
    for label in labels:
        assert "Language Names" in label.value_of_css_property("font-family")
