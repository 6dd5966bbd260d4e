"""A reader plays a clip in English with English subtitles, and moves through a photo story's
lightbox with the keyboard alone."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from foreign_info.publishing.demo.translate import translate_instance
from tests import factories
from tests.conftest import publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def media_served(settings):
    settings.ROOT_URLCONF = "tests.browser.media_urls"


def wait(browser, seconds=10):
    return WebDriverWait(browser, seconds)


def test_reader_plays_a_clip_in_english_with_english_subtitles(browser, live_server, section, media_served):
    page = publish(factories.ClipPageFactory(parent=section, title="Đêm hội cồng chiêng", slug="dem-hoi", clip=factories.video_clip()))
    translate_instance(
        page, "en", {"Đêm hội cồng chiêng": "A night of gongs", "Tiếng cồng vang lên.": "The gongs ring out.", "Mọi người cùng múa.": "Everyone dances."}
    )

    browser.get(f"{live_server.url}/en/a-night-of-gongs/")  # the slug follows the English title
    video = browser.find_element(By.CSS_SELECTOR, "video")
    assert video.get_attribute("autoplay") is None
    wait(browser).until(lambda driver: driver.execute_script("return arguments[0].readyState", video) >= 1)
    tracks = browser.execute_script("return Array.from(arguments[0].textTracks).map(t => [t.language, t.mode])", video)
    assert dict(tracks) == {"vi": "disabled", "en": "showing"}
    # The English cues are loaded from the English .vtt.
    wait(browser).until(
        lambda driver: (
            driver.execute_script("const t = Array.from(arguments[0].textTracks).find(t => t.language === 'en'); return t.cues && t.cues.length", video) == 2
        )
    )
    first_cue = browser.execute_script("return Array.from(arguments[0].textTracks).find(t => t.language === 'en').cues[0].text", video)
    assert first_cue == "The gongs ring out."
    # Play from the keyboard: focus the player and press the space bar (a user gesture, so the
    # browser allows sound; nothing played before it).
    assert browser.execute_script("return arguments[0].paused", video)
    browser.execute_script("arguments[0].focus()", video)
    video.send_keys(Keys.SPACE)
    wait(browser).until(lambda driver: driver.execute_script("return arguments[0].currentTime", video) > 0.3)
    assert browser.execute_script("return arguments[0].error", video) is None


def test_reader_moves_through_the_lightbox_with_the_keyboard(browser, live_server, section, media_served):
    factories.gallery_page(section, count=3, slug="cafe")
    browser.get(f"{live_server.url}/vi/cafe/")
    links = browser.find_elements(By.CSS_SELECTOR, ".gallery-open")
    browser.execute_script("arguments[0].focus()", links[0])
    assert browser.switch_to.active_element == links[0]
    links[0].send_keys(Keys.ENTER)
    dialog = browser.find_element(By.CSS_SELECTOR, "dialog.lightbox")
    wait(browser).until(lambda driver: dialog.get_attribute("open") is not None)
    position = browser.find_element(By.CSS_SELECTOR, "[data-lightbox-position]")
    caption = browser.find_element(By.CSS_SELECTOR, "[data-lightbox-caption]")
    image = browser.find_element(By.CSS_SELECTOR, "[data-lightbox-frame] img")  # built for each photo
    assert (position.text, caption.text, image.get_attribute("alt")) == ("1 / 3", "Chú thích ảnh 1", "Mô tả ảnh 1")

    browser.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    assert (position.text, caption.text) == ("2 / 3", "Chú thích ảnh 2")
    browser.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    browser.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    assert position.text == "1 / 3"  # wraps round
    browser.switch_to.active_element.send_keys(Keys.ARROW_LEFT)
    assert (position.text, caption.text) == ("3 / 3", "Chú thích ảnh 3")
    image = browser.find_element(By.CSS_SELECTOR, "[data-lightbox-frame] img")
    assert image.get_attribute("alt") == "Mô tả ảnh 3"
    wait(browser).until(lambda driver: driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image) > 0)
    # Tab stays inside the dialog; Escape closes it and gives focus back to the photo that opened it.
    for _ in range(5):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        assert browser.execute_script("return arguments[0].contains(document.activeElement)", dialog)
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    wait(browser).until(lambda driver: dialog.get_attribute("open") is None)
    assert browser.switch_to.active_element == links[0]
