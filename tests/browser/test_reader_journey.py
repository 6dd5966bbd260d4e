"""A foreign reader finds the section, switches to English and reads an article."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import WebDriverWait

from tests import factories
from tests.conftest import publish, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait(browser):
    return WebDriverWait(browser, 10)


def test_reader_switches_to_english_and_opens_an_article(browser, live_server, section):
    article = publish(factories.ArticlePageFactory(parent=section, title="Cà phê Đắk Lắk đến với thế giới", slug="coffee"))
    translate(article, "en", title="Dak Lak coffee reaches the world", standfirst="Growers meet international buyers.")

    browser.get(f"{live_server.url}/vi/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Thông tin đối ngoại"
    assert "Cà phê Đắk Lắk đến với thế giới" in browser.find_element(By.CSS_SELECTOR, "main").text

    browser.find_element(By.CSS_SELECTOR, ".language-menu summary").click()  # the compact language menu opens
    browser.find_element(By.CSS_SELECTOR, '.language-switcher a[hreflang="en"]').click()
    wait(browser).until(when.url_to_be(f"{live_server.url}/en/"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Foreign information"

    browser.find_element(By.LINK_TEXT, "Dak Lak coffee reaches the world").click()
    wait(browser).until(when.url_to_be(f"{live_server.url}/en/coffee/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Dak Lak coffee reaches the world"
    assert browser.find_element(By.CSS_SELECTOR, ".standfirst").text == "Growers meet international buyers."
    crumbs = [item.text for item in browser.find_elements(By.CSS_SELECTOR, ".breadcrumbs li")]
    assert crumbs[-1] == "Dak Lak coffee reaches the world"
    also_in = browser.find_element(By.CSS_SELECTOR, ".also-in").text
    assert "Tiếng Việt" in also_in and "ລາວ" not in also_in  # no Lao translation of this article


def test_keyboard_user_can_skip_to_the_content(browser, live_server, section):
    browser.get(f"{live_server.url}/vi/")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.get_attribute("class") == "skip-link"
    assert skip.is_displayed()
    skip.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#main")
    assert browser.switch_to.active_element.get_attribute("id") == "main"
