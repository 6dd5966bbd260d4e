"""A press-award entry on its way to the national jury: a committee member, in the Vietnamese
admin, scores and comments an editor's nomination and prepares its dossier; the section lead puts
it on the shortlist; the dossier downloaded with the member's session is a checked ZIP."""

import urllib.request

import pytest
from django.contrib.auth import get_user_model
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import Select

from foreign_info.awards.groups import COMMITTEE_GROUP, EDITORS_GROUP, ensure_groups
from foreign_info.awards.models import AwardCategory, AwardYear, Nomination, Score
from foreign_info.translation.groups import ensure_groups as ensure_translation_groups
from foreign_info.translation.roles import LEADS_GROUP
from tests import factories
from tests.browser.admin import log_in, wait
from tests.conftest import publish, speaks, translate
from tests.presskits.zipkit import check_archive

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-12345-xyz"


def member_of(name, group):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD, first_name=name.title())
    user.groups.add(group)
    return user


def click(browser, element):
    """By the keyboard, as a user tabbing to it: the inspect view's sticky footer (Edit, Delete)
    covers the bottom of a short page, where no scrolling can move a button from under it."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.send_keys(Keys.ENTER)


def test_a_committee_scores_shortlists_and_downloads_a_dossier(browser, live_server, section, tmp_path):
    ensure_translation_groups()
    groups = ensure_groups()
    article = publish(factories.ArticlePageFactory(parent=section, title="Cà phê Buôn Ma Thuột vươn ra thế giới", slug="ca-phe"))
    translate(article, "en", title="Buon Ma Thuot coffee goes global", slug="coffee")
    year = AwardYear.objects.create(year=2026, title="Giải báo chí toàn quốc về thông tin đối ngoại 2026")
    category = AwardCategory.objects.create(award_year=year, name="Báo điện tử")
    editor = member_of("editor", groups[EDITORS_GROUP])
    entry = Nomination.objects.create(category=category, work=article, reason="Lan toả cà phê Đắk Lắk.", nominated_by=editor)
    speaks(member_of("member", groups[COMMITTEE_GROUP]), "vi")
    speaks(member_of("chair", groups[LEADS_GROUP]), "vi")

    log_in(browser, live_server, "member", PASSWORD)
    browser.get(f"{live_server.url}/admin/award/entries/")
    browser.find_element(By.LINK_TEXT, "Cà phê Buôn Ma Thuột vươn ra thế giới").click()
    wait(browser).until(when.presence_of_element_located((By.CSS_SELECTOR, ".award-score-form")))
    assert "Điểm và nhận xét" in browser.page_source  # the admin speaks Vietnamese
    Select(browser.find_element(By.NAME, "points")).select_by_value("8")
    browser.find_element(By.NAME, "comment").send_keys("Ảnh đẹp, nhiều ngôn ngữ.")
    click(browser, browser.find_element(By.CSS_SELECTOR, ".award-score-form button[type=submit]"))
    wait(browser).until(when.text_to_be_present_in_element((By.CSS_SELECTOR, ".award-scores"), "Ảnh đẹp, nhiều ngôn ngữ."))
    assert Score.objects.get().points == 8
    assert not browser.find_elements(By.XPATH, "//form[contains(@action, '/shortlist/')]")  # the chair's, not the member's

    click(browser, browser.find_element(By.CSS_SELECTOR, ".award-prepare"))
    link = wait(browser, 60).until(when.presence_of_element_located((By.CSS_SELECTOR, ".award-dossier-ready a")))
    session = browser.get_cookie("sessionid")["value"]
    request = urllib.request.Request(link.get_attribute("href"), headers={"Cookie": f"sessionid={session}"})
    path = tmp_path / "dossier.zip"
    with urllib.request.urlopen(request) as response:  # noqa: S310 - the live server on loopback
        path.write_bytes(response.read())
    archive, manifest = check_archive(path)
    assert manifest["work"]["languages"] == ["vi", "en"] and "work/en-ca-phe.pdf" in archive.namelist()

    log_in(browser, live_server, "chair", PASSWORD)
    browser.get(f"{live_server.url}/admin/award/entries/inspect/{entry.pk}/")
    click(browser, browser.find_element(By.XPATH, "//form[contains(@action, '/shortlist/')]//button"))
    wait(browser).until(when.text_to_be_present_in_element((By.CSS_SELECTOR, ".award-shortlisted"), "Có"))
    assert Nomination.objects.get().shortlisted
    browser.get(f"{live_server.url}/admin/award/entries/?shortlisted=true")
    assert "Cà phê Buôn Ma Thuột vươn ra thế giới" in browser.page_source
