"""Each demo account of the README's table logs in with its password and does what the table
says, and no more: the table and this test are kept in step (an account without a check fails)."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Page

from foreign_info.publishing.demo.loader import SECTION_SLUG
from foreign_info.publishing.models import SectionPage

pytestmark = pytest.mark.django_db


def readme_accounts():
    text = (Path(settings.BASE_DIR) / "README.md").read_text()
    table = text.split("| account | password | can |", 1)[1].split("\n\n", 1)[0]
    return dict(re.findall(r"^\| `([\w-]+)` \| `([\w-]+)` \|", table, re.M))


def api(client, page, action, **data):
    url = reverse("wagtailadmin_api:pages:action", kwargs={"pk": page.pk, "action_name": action})
    return client.post(url, data=json.dumps(data), content_type="application/json").status_code


def opens(client, url):
    """True if the admin shows `url` (Wagtail turns a refusal into a redirect to the dashboard)."""
    return client.get(url).status_code == 200


def edits(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def publishes(client, page):
    """Publish a new draft of `page` through the admin API: True if it went live."""
    draft = Page.objects.get(pk=page.pk).specific.save_revision()
    api(client, page, "publish")
    return Page.objects.get(pk=page.pk).live_revision_id == draft.pk


def check_admin(client, pages):
    assert publishes(client, pages["vi"]) and publishes(client, pages["fr"])


def check_editor(client, pages):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[pages["vi"].pk]))
    assert response.status_code == 200
    assert b'name="action-publish"' in response.content  # a Publish button, no "Submit to Moderators approval"
    # The department workflow may still be offered (an editor's submission goes straight to the
    # section lead), Wagtail's default moderation never.
    assert b"Moderators approval" not in response.content
    assert publishes(client, pages["vi"])
    add = reverse("wagtailadmin_pages:add", args=["publishing", "articlepage", pages["vi"].pk])
    assert client.get(add).status_code == 200
    assert not edits(client, pages["fr"]) and not publishes(client, pages["fr"])
    assert not opens(client, reverse("wagtail_localize:submit_page_translation", args=[pages["vi"].pk]))


def check_translator(code, other):
    def check(client, pages):
        assert client.get(reverse("translation:queue", args=[code])).status_code == 200
        assert edits(client, pages[code])
        assert not publishes(client, pages[code])
        assert not edits(client, pages["vi"]) and not edits(client, pages[other])
        assert not opens(client, reverse("translation:queue", args=[other]))

    return check


def check_reviewer(client, pages):
    for code in ("fr", "ja"):
        assert client.get(reverse("translation:queue", args=[code])).status_code == 200
        assert publishes(client, pages[code])
    assert not edits(client, pages["vi"]) and not publishes(client, pages["vi"])
    assert not opens(client, reverse("translation:queue", args=["en"]))


def check_lead(client, pages):
    for code in ("vi", "fr", "ja"):
        assert publishes(client, pages[code])
    assert client.get(reverse("wagtail_localize:submit_page_translation", args=[pages["vi"].pk])).status_code == 200
    assert client.get(reverse("translation:matrix")).status_code == 200


def check_officer(client, pages):
    """A department officer drafts Vietnamese pages and submits them; never publishes."""
    add = reverse("wagtailadmin_pages:add", args=["publishing", "articlepage", pages["vi"].pk])
    assert client.get(add).status_code == 200
    assert not publishes(client, pages["vi"]) and not edits(client, pages["vi"])  # the section is not theirs
    assert not edits(client, pages["fr"])
    assert client.get("/admin/contributions/").status_code == 200


def check_leader(client, pages):
    """A department leader approves their officers' pages through the workflow; never publishes."""
    assert not publishes(client, pages["vi"]) and not publishes(client, pages["fr"])
    assert client.get("/admin/contributions/").status_code == 200


def check_committee(client, pages):
    """A press-award committee member scores the entries and may not shortlist them."""
    from foreign_info.awards.models import Nomination

    assert client.get(reverse("awards_entries:index")).status_code == 200
    entry = Nomination.objects.filter(shortlisted=False).first()
    assert client.get(reverse("awards_entries:inspect", args=[entry.pk])).status_code == 200
    client.post(reverse("awards_entries:score", args=[entry.pk]), {"points": "8", "comment": "Tốt."})
    assert entry.scores.filter(member__username="committee", points=8).exists()
    client.post(reverse("awards_entries:shortlist", args=[entry.pk]), {"shortlisted": "1"})
    assert not Nomination.objects.get(pk=entry.pk).shortlisted
    assert not edits(client, pages["vi"]) and not publishes(client, pages["vi"])


CHECKS = {
    "admin": check_admin,
    "editor": check_editor,
    "translator-fr": check_translator("fr", "ja"),
    "translator-ja": check_translator("ja", "fr"),
    "reviewer": check_reviewer,
    "lead": check_lead,
    "officer": check_officer,
    "leader": check_leader,
    "committee": check_committee,
}


def test_every_demo_account_does_what_the_readme_says(client):
    accounts = readme_accounts()
    assert set(accounts) == set(CHECKS), "the README's demo accounts and this test's checks differ"
    # The demo's section home exists in every language.
    source = SectionPage.objects.get(locale__language_code="vi", slug=SECTION_SLUG)
    pages = {code: SectionPage.objects.get(locale__language_code=code, translation_key=source.translation_key) for code in ("vi", "fr", "ja")}
    for username, password in accounts.items():
        client.logout()
        assert client.login(username=username, password=password), username
        CHECKS[username](client, pages)
