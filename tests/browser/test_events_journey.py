"""A foreign reader finds an event on the English section home, opens the events listing and the
event's programme, and saves the event to a calendar (.ics)."""

import glob
import os
import time

import pytest
from icalendar import Calendar
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import WebDriverWait

from tests import factories
from tests.conftest import publish, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def downloaded(folder, pattern, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = glob.glob(os.path.join(folder, pattern))
        if done and not glob.glob(os.path.join(folder, "*.crdownload")):
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no download in {folder}: {os.listdir(folder)}")


def test_reader_opens_the_english_events_and_saves_one_to_a_calendar(browser, live_server, section, tmp_path):
    index = publish(factories.EventIndexPageFactory(parent=section))
    translate(index, "en", title="Events", slug="events")
    event = publish(factories.EventPageFactory(parent=index, title="Tuần Văn hóa Đắk Lắk", slug="tuan-van-hoa", lunar_calendar=True))
    translate(event, "en", title="Dak Lak Culture Week", slug="culture-week", summary="Gongs, coffee and investors.")
    publish(factories.EventPageFactory(parent=index, title="Chỉ có tiếng Việt", slug="chi-tieng-viet"))

    browser.get(f"{live_server.url}/en/")
    strip = browser.find_element(By.CSS_SELECTOR, ".upcoming-events")
    assert [card.text for card in strip.find_elements(By.CSS_SELECTOR, ".card-title")] == ["Dak Lak Culture Week"]
    strip.find_element(By.LINK_TEXT, "All events").click()
    WebDriverWait(browser, 10).until(when.url_to_be(f"{live_server.url}/en/events/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Events"

    browser.find_element(By.LINK_TEXT, "Dak Lak Culture Week").click()
    WebDriverWait(browser, 10).until(when.url_to_be(f"{live_server.url}/en/events/culture-week/"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.CSS_SELECTOR, ".standfirst").text == "Gongs, coffee and investors."
    assert len(browser.find_elements(By.CSS_SELECTOR, ".sessions .session")) == 4
    assert browser.find_element(By.CSS_SELECTOR, ".lunar-date").text.startswith("day ")
    osm = browser.find_element(By.CSS_SELECTOR, "a.map-link").get_attribute("href")
    assert osm.startswith("https://www.openstreetmap.org/?mlat=12.666700&mlon=108.038300")

    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    browser.find_element(By.CSS_SELECTOR, "a.ics-download").click()
    path = downloaded(str(tmp_path), "*.ics")
    assert os.path.basename(path) == "culture-week.en.ics"
    with open(path, "rb") as file:
        calendar = Calendar.from_ical(file.read())
    entries = calendar.walk("VEVENT")
    assert str(entries[0]["SUMMARY"]) == "Dak Lak Culture Week" and len(entries) == 5
    assert str(entries[0]["URL"]).endswith("/en/events/culture-week/")  # the site's own address
