"""A department's article goes live: the officer edits their draft and submits it, their leader
approves it, the section lead approves and so publishes it, and a reader opens it."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from wagtail.models import GroupApprovalTask

from foreign_info.departments.models import Contribution
from foreign_info.publishing.models import ArticlePage
from foreign_info.translation.models import TranslationJob
from tests import factories
from tests.browser import admin
from tests.departments.conftest import PASSWORD, people  # noqa: F401

wait = admin.wait
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TITLE = "Tuần lễ văn hóa Ê Đê tại Buôn Ma Thuột"


def log_in(browser, live_server, username):
    admin.log_in(browser, live_server, username, PASSWORD)


def footer_action(browser, selector):
    """Open the editor footer's "More actions" menu and click one of its buttons."""
    browser.find_element(By.XPATH, "//footer//button[.//span[normalize-space()='More actions']]").click()
    wait(browser).until(when.element_to_be_clickable((By.CSS_SELECTOR, f"footer {selector}"))).click()


def expect_message(browser, text):
    wait(browser).until(when.text_to_be_present_in_element((By.CSS_SELECTOR, ".messages"), text))


def test_officer_submits_leader_approves_lead_publishes_reader_reads(browser, live_server, section, people):  # noqa: F811
    draft = factories.ArticlePageFactory.build(title="Bản nháp", slug="tuan-le-van-hoa-ede", owner=people["officer_a"], live=False)
    section.add_child(instance=draft)
    draft.save_revision(user=people["officer_a"])

    log_in(browser, live_server, "officer_a")
    browser.get(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    title = wait(browser).until(when.presence_of_element_located((By.ID, "id_title")))
    title.clear()
    title.send_keys(TITLE)
    assert not browser.find_elements(By.CSS_SELECTOR, 'footer button[name="action-publish"]')  # officers cannot publish
    footer_action(browser, 'button[name="action-submit"]')
    expect_message(browser, "submitted")
    assert Contribution.objects.get(page=draft).state == "pending"

    log_in(browser, live_server, "leader_a")
    assert TITLE in browser.find_element(By.TAG_NAME, "main").text  # awaiting their review
    browser.get(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    footer_action(browser, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    expect_message(browser, "has been updated")
    assert not ArticlePage.objects.get(pk=draft.pk).live
    assert isinstance(ArticlePage.objects.get(pk=draft.pk).current_workflow_task, GroupApprovalTask)  # on to the section lead

    log_in(browser, live_server, "lead")
    browser.get(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    footer_action(browser, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    expect_message(browser, TITLE)
    page = ArticlePage.objects.get(pk=draft.pk)
    assert page.live and Contribution.objects.get(page=page).state == "published"
    assert TranslationJob.objects.filter(source_page=page, target_locale__language_code="en").exists()

    browser.delete_all_cookies()
    browser.get(f"{live_server.url}{page.url}")
    assert browser.find_element(By.TAG_NAME, "h1").text == TITLE
