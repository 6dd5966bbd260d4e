"""The layout as Chromium draws it: article pages full width, a phone's header that leaves the
screen to the news, 24px targets, and a lightbox whose controls fit a laptop screen."""

import os

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from foreign_info.core.models import Licence
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def media_served(settings):
    settings.ROOT_URLCONF = "tests.browser.media_urls"


@pytest.fixture
def viewport(browser):
    """Emulates a screen of the given CSS size (a phone is also a touch, mobile device)."""

    def resize(width, height, mobile=False):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    yield resize
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def box(browser, selector):
    return browser.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return {left: r.left, top: r.top, width: r.width, height: r.height, bottom: r.bottom, right: r.right}",
        selector,
    )


def test_article_pages_keep_the_full_width_header_and_footer(browser, live_server, viewport, article):
    viewport(1366, 757)
    browser.get(f"{live_server.url}/vi/ca-phe/")
    page_width = browser.execute_script("return document.documentElement.clientWidth")
    assert box(browser, ".site-header")["width"] == page_width
    assert box(browser, ".site-footer")["width"] == page_width
    assert box(browser, "main article.article")["width"] <= 800  # the reading column is still boxed


def test_on_a_phone_the_header_is_one_short_bar_and_the_menu_opens(browser, live_server, viewport, section, article):
    for number in range(6):
        factories.TopicFactory(locale=section.locale, name=f"Chủ đề số {number}", slug=f"chu-de-{number}")
    viewport(390, 844, mobile=True)
    browser.get(f"{live_server.url}/vi/")
    header = browser.find_element(By.CSS_SELECTOR, ".site-header")
    WebDriverWait(browser, 5).until(lambda driver: header.get_attribute("data-menu") == "closed")  # site.js has run
    assert box(browser, ".site-header")["height"] < 0.25 * 844
    toggle = browser.find_element(By.CSS_SELECTOR, "[data-menu-toggle]")
    search = browser.find_element(By.CSS_SELECTOR, "#search-q")
    assert toggle.get_attribute("aria-expanded") == "false" and not search.is_displayed()
    assert box(browser, "[data-menu-toggle]")["height"] >= 44  # a thumb-sized button

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    topic = browser.find_element(By.LINK_TEXT, "Chủ đề số 5")
    assert topic.is_displayed() and search.is_displayed()
    assert box(browser, ".primary-nav a")["height"] >= 24
    search.send_keys(Keys.ESCAPE)  # Escape closes the menu and gives focus back to its button
    assert toggle.get_attribute("aria-expanded") == "false" and browser.switch_to.active_element == toggle
    assert not topic.is_displayed()

    # The languages are one compact menu: closed, then a list of links.
    summary = browser.find_element(By.CSS_SELECTOR, ".language-menu summary")
    english = browser.find_element(By.CSS_SELECTOR, '.language-menu a[hreflang="en"]')
    assert not english.is_displayed()
    summary.click()
    assert english.is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".footer-note").click()  # a click elsewhere closes it
    assert not english.is_displayed()
    if os.environ.get("SCREENSHOT_DIR"):  # for a person to look at: SCREENSHOT_DIR=/tmp/shots pytest ...
        toggle.click()
        browser.save_screenshot(os.path.join(os.environ["SCREENSHOT_DIR"], "article-390-menu.png"))


def test_small_links_are_24px_targets(browser, live_server, viewport, section, media_served):
    factories.gallery_page(section, count=1, slug="cafe", licence=Licence.CC_BY)
    viewport(1366, 757)
    browser.get(f"{live_server.url}/vi/cafe/")
    for selector in (".breadcrumbs a", "figcaption a.licence", "figcaption a.download"):
        target = box(browser, selector)
        assert target["height"] >= 24 and target["width"] >= 24, (selector, target)


def test_the_lightbox_fits_a_laptop_screen_with_readable_caption(browser, live_server, viewport, section, media_served):
    factories.gallery_page(section, count=2, slug="cafe", licence=Licence.CC_BY, file__width=1600, file__height=2400)
    viewport(1366, 757)
    browser.get(f"{live_server.url}/vi/cafe/")
    opener = browser.find_element(By.CSS_SELECTOR, ".gallery-open")
    opener.click()
    dialog = browser.find_element(By.CSS_SELECTOR, "dialog.lightbox")
    assert browser.execute_script("return arguments[0].matches(':modal')", dialog)
    image = browser.find_element(By.CSS_SELECTOR, "[data-lightbox-frame] img")
    WebDriverWait(browser, 10).until(lambda driver: driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image) > 0)
    for selector in ("[data-lightbox-close]", "[data-lightbox-prev]", "[data-lightbox-next]", "[data-lightbox-download]", "[data-lightbox-caption]"):
        control = box(browser, selector)
        assert control["top"] >= 0 and control["bottom"] <= 757 and control["right"] <= 1366, (selector, control)
    assert box(browser, "[data-lightbox-next]")["height"] >= 44
    colours = browser.execute_script(
        "const c = getComputedStyle(arguments[0]); const d = getComputedStyle(arguments[1]); return [c.color, d.backgroundColor]",
        browser.find_element(By.CSS_SELECTOR, "[data-lightbox-caption]"),
        dialog,
    )
    assert contrast(*colours) >= 4.5, colours
    download = browser.find_element(By.CSS_SELECTOR, "[data-lightbox-download]")
    assert download.get_attribute("download") is not None and download.get_attribute("href")
    browser.find_element(By.CSS_SELECTOR, "[data-lightbox-close]").click()
    assert dialog.get_attribute("open") is None and browser.switch_to.active_element == opener


def contrast(foreground, background):
    """WCAG contrast ratio of two `rgb(r, g, b)` colours."""

    def luminance(colour):
        channels = [int(part) / 255 for part in colour[colour.index("(") + 1 : colour.index(")")].split(",")[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
