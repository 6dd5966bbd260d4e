"""The admin's slug prefill runs in the browser (Wagtail's w-slug controller): a Vietnamese title
typed into a new page must give the transliterated slug, not `djk-lk-...`."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.test_translation_journey import PASSWORD, log_in
from tests.conftest import speaks

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Đắk Lắk khai trương lễ hội cà phê", "dak-lak-khai-truong-le-hoi-ca-phe"), ("Buôn Ma Thuột đón khách quốc tế", "buon-ma-thuot-don-khach-quoc-te")],
)
def test_a_vietnamese_title_prefills_a_transliterated_slug(browser, live_server, section, django_user_model, title, expected):
    speaks(django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD), "en")
    log_in(browser, live_server, "chief")
    WebDriverWait(browser, 10).until(lambda driver: driver.current_url == f"{live_server.url}/admin/")
    browser.get(f"{live_server.url}/admin/pages/add/publishing/articlepage/{section.pk}/")
    title_input = WebDriverWait(browser, 10).until(lambda driver: driver.find_element(By.ID, "id_title"))
    title_input.send_keys(title)
    title_input.send_keys(Keys.TAB)
    slug_input = browser.find_element(By.ID, "id_slug")
    WebDriverWait(browser, 10).until(lambda driver: slug_input.get_attribute("value") == expected, message=slug_input.get_attribute("value"))
    # Typed by hand into the slug field, the same letters are cleaned the same way on blur.
    slug_input.clear()
    slug_input.send_keys("Đắk Lắk")
    browser.find_element(By.ID, "id_title").click()
    WebDriverWait(browser, 10).until(lambda driver: slug_input.get_attribute("value") == "dak-lak", message=slug_input.get_attribute("value"))
