"""Dashboard notices: one grouped line per kind and language, with the page titles, correct plurals,
in the reader's admin language (language names too), however many notices piled up."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from foreign_info.translation import workflow
from tests import factories
from tests.conftest import publish, speaks
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db


def notices_on_dashboard(client, user):
    client.force_login(user)
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    return [" ".join(item.get_text(" ", strip=True).split()) for item in soup.select(".translation-notices li.translation-notice")]


def publish_articles(section, count, capture):
    pages = []
    for number in range(count):
        with capture(execute=True):  # each publish notifies on commit, as in production
            pages.append(publish(factories.ArticlePageFactory(parent=section, title=f"Bài số {number + 1}")))
    return pages


def test_ten_notices_become_one_line_with_titles_in_the_readers_language(section, team, client, django_capture_on_commit_callbacks):
    publish_articles(section, 7, django_capture_on_commit_callbacks)
    lines = notices_on_dashboard(client, team["translator_fr"])  # admin in English
    assert len(lines) == 1
    assert lines[0].startswith("7 new pages to translate into French")
    assert lines[0].count("Bài số") == 5 and "Bài số 7" in lines[0]  # the newest titles first
    assert "and 2 more" in lines[0]
    assert "nouvelles" not in lines[0]

    speaks(team["translator_fr"], "vi")
    lines = notices_on_dashboard(client, team["translator_fr"])
    assert lines[0].startswith("7 trang mới cần dịch sang tiếng Pháp")


def test_a_single_page_is_singular(section, team, client, django_capture_on_commit_callbacks):
    publish_articles(section, 1, django_capture_on_commit_callbacks)
    assert notices_on_dashboard(client, team["translator_en"])[0].startswith("1 new page to translate into English ")
    speaks(team["translator_en"], "fr")
    assert notices_on_dashboard(client, team["translator_en"])[0].startswith("1 nouvelle page à traduire en anglais")


def test_emails_are_worded_in_each_recipients_admin_language(section, team, django_capture_on_commit_callbacks):
    speaks(team["translator_fr"], "fr")
    mail.outbox.clear()
    publish_articles(section, 1, django_capture_on_commit_callbacks)
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects["translator_fr@example.org"] == "1 nouvelle page à traduire en français"
    assert subjects["translator_en@example.org"] == "1 new page to translate into English"


def test_reviewers_get_one_grouped_line_for_submitted_jobs(section, team, client, django_capture_on_commit_callbacks):
    pages = publish_articles(section, 2, django_capture_on_commit_callbacks)
    for page in pages:
        job = job_for(page, "en")
        workflow.perform(job, "claim", team["translator_en"])
        with django_capture_on_commit_callbacks(execute=True):
            workflow.perform(job, "submit", team["translator_en"])
    lines = notices_on_dashboard(client, team["reviewer_en"])
    assert len(lines) == 1 and lines[0].startswith("2 pages ready for review in English")
    # Opening the queue marks them read.
    client.get(reverse("translation:queue", args=["en"]) + "?state=in_review")
    assert notices_on_dashboard(client, team["reviewer_en"]) == []
