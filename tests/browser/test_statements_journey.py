"""A correction on its way: a French reader meets it at the top of the section home and reads the
claim and the verdict; the French translator finds the statement waiting at the head of their
queue with its countdown."""

import pytest
from django.contrib.auth import get_user_model
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from wagtail.models import Locale

from foreign_info.statements.models import StatementPage
from foreign_info.translation.groups import ensure_groups
from foreign_info.translation.models import LanguageAssignment
from tests.browser.admin import log_in, wait
from tests.conftest import publish, speaks, translate
from tests.statements.conftest import make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_correction_reaches_readers_and_heads_the_translators_queue(browser, live_server, section):
    translate(section, "fr", title="Informations internationales")
    correction = publish(
        make_statement(
            section,
            title="Cải chính: thông tin sai về lệnh cấm tưới",
            slug="cai-chinh-tuoi",
            kind=StatementPage.Kind.CORRECTION,
            claim="Tỉnh cấm tưới cà phê.",
            claim_appeared_in="Mạng xã hội",
            rating=StatementPage.Rating.FALSE,
        )
    )
    translate(
        correction,
        "fr",
        title="Rectificatif : pas d’interdiction d’arroser",
        slug="rectificatif-arrosage",
        standfirst="La province n’a rien interdit.",
        claim="La province interdit d’arroser le café.",
        claim_appeared_in="Un réseau social",
    )

    browser.get(f"{live_server.url}/fr/")
    box = browser.find_element(By.CSS_SELECTOR, ".recent-statements")
    box.find_element(By.LINK_TEXT, "Rectificatif : pas d’interdiction d’arroser").click()
    wait(browser).until(when.url_contains("/fr/rectificatif-arrosage/"))
    assert browser.find_element(By.CSS_SELECTOR, ".claim__text").text == "La province interdit d’arroser le café."
    assert browser.find_element(By.CSS_SELECTOR, ".verdict strong").text == "Faux"

    ensure_groups()
    translator = get_user_model().objects.create_user("traductrice", "t@example.org", "pw-12345-xyz")
    LanguageAssignment.objects.create(user=speaks(translator, "en"), locale=Locale.objects.get(language_code="ja"), role="translator")
    log_in(browser, live_server, "traductrice", "pw-12345-xyz")
    browser.get(f"{live_server.url}/admin/translation/queue/ja/")
    first = browser.find_element(By.CSS_SELECTOR, "tr.job")
    assert "job-urgent" in first.get_attribute("class") and "Cải chính" in first.text
    assert "left" in first.find_element(By.CSS_SELECTOR, ".countdown").text
