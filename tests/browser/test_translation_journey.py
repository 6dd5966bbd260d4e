"""A translator logs in, sees only their language's queue, claims a job, makes a machine draft
(through deep-translator, against our LibreTranslate on 127.0.0.1), edits a segment in
wagtail-localize's editor and submits; the reviewer publishes; a reader sees the page in English."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from wagtail.users.models import UserProfile

from foreign_info.translation.models import JobState, TranslationJob
from tests import factories
from tests.browser import admin
from tests.conftest import publish
from tests.translation.conftest import job_for

wait = admin.wait
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-12345-xyz"


def log_in(browser, live_server, username):
    admin.log_in(browser, live_server, username, PASSWORD)


def click_action(browser, job, action, expected="done"):
    browser.find_element(By.CSS_SELECTOR, f'tr[data-job="{job.pk}"] button[data-action="{action}"]').click()
    wait(browser).until(when.text_to_be_present_in_element((By.CSS_SELECTOR, ".messages"), expected))


def test_translate_review_publish_read(browser, live_server, section, team, provider):
    article = publish(factories.ArticlePageFactory(parent=section, title="Cà phê Buôn Ma Thuột", slug="ca-phe-bmt"))
    job = job_for(article, "en")
    for user in team.values():
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()

    log_in(browser, live_server, "translator_en")
    browser.get(f"{live_server.url}/admin/translation/")
    wait(browser).until(when.url_to_be(f"{live_server.url}/admin/translation/queue/en/"))
    queue = browser.find_element(By.CSS_SELECTOR, ".translation-queue")
    assert "Cà phê Buôn Ma Thuột" in queue.text
    assert not browser.find_elements(By.CSS_SELECTOR, ".translation-languages")  # one language only
    browser.get(f"{live_server.url}/admin/translation/queue/fr/")
    assert "/queue/fr/" not in browser.current_url  # refused: back to the dashboard
    browser.get(f"{live_server.url}/admin/translation/queue/en/")

    click_action(browser, job, "claim")
    click_action(browser, job, "machine_draft", expected="segments from the service")
    assert provider.calls > 0
    job.refresh_from_db()
    assert job.state == JobState.MACHINE_DRAFT

    browser.find_element(By.CSS_SELECTOR, f'tr[data-job="{job.pk}"] a.open-editor').click()
    edit = wait(browser, 20).until(when.element_to_be_clickable((By.XPATH, "//button[normalize-space()='Edit']")))
    edit.click()
    field = wait(browser).until(when.presence_of_element_located((By.CSS_SELECTOR, "li textarea")))
    field.clear()
    field.send_keys("Buon Ma Thuot coffee goes global")
    browser.find_element(By.XPATH, "//button[normalize-space()='Save']").click()
    wait(browser).until(when.text_to_be_present_in_element((By.CSS_SELECTOR, "body"), "Buon Ma Thuot coffee goes global"))
    wait(browser).until_not(when.text_to_be_present_in_element((By.CSS_SELECTOR, "body"), "Saving..."))

    # The editor's main button is the job's next step, never a lead-only action that would be refused.
    step = browser.find_element(By.CSS_SELECTOR, ".translation-next-step")
    assert step.is_displayed() and step.text == "Submit for review"
    leads_only = "//*[normalize-space()='Stop Synced translation' or normalize-space()='Convert to alias page']"
    assert not [element for element in browser.find_elements(By.XPATH, leads_only) if element.is_displayed()]
    step.click()
    wait(browser).until(when.text_to_be_present_in_element((By.CSS_SELECTOR, ".messages"), "done"))
    assert TranslationJob.objects.get(pk=job.pk).state == JobState.IN_REVIEW

    log_in(browser, live_server, "reviewer_en")
    browser.get(f"{live_server.url}/admin/translation/queue/en/?state=in_review")
    click_action(browser, job, "publish")
    assert TranslationJob.objects.get(pk=job.pk).state == JobState.PUBLISHED

    browser.delete_all_cookies()
    browser.get(f"{live_server.url}/en/buon-ma-thuot-coffee-goes-global/")  # the slug follows the English title
    assert browser.find_element(By.TAG_NAME, "h1").text == "Buon Ma Thuot coffee goes global"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
