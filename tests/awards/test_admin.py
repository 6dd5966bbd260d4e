"""The award screens through the admin's real URLs: nominating, scoring, the shortlist, and the
entries listing's queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from foreign_info.awards.models import AwardYear, Nomination, Score
from tests import factories
from tests.awards.conftest import PASSWORD
from tests.conftest import publish

pytestmark = pytest.mark.django_db

INDEX = "awards_entries:index"


def logged_in(client, user):
    client.force_login(user)
    return client


def test_an_editor_nominates_a_published_work(client, award, work, users):
    _year, categories = award
    logged_in(client, users["editor"])
    response = client.post(reverse("awards_entries:add"), {"category": categories["print"].pk, "work": work.pk, "reason": "Lan toả cà phê."})
    assert response.status_code == 302
    entry = Nomination.objects.get()
    assert entry.nominated_by == users["editor"] and entry.work_id == work.pk


def test_a_bad_nomination_is_refused_with_a_message_and_nothing_stored(client, award, section, users):
    _year, categories = award
    logged_in(client, users["editor"])
    response = client.post(reverse("awards_entries:add"), {"category": categories["print"].pk, "work": section.pk, "reason": "x"})
    assert response.status_code == 200
    assert "Only articles, short clips, photo stories and events can be nominated." in response.content.decode()
    assert not Nomination.objects.exists()


def test_members_score_and_comment_the_lead_shortlists(client, entry, users):
    logged_in(client, users["member"])
    page = client.get(reverse("awards_entries:inspect", args=[entry.pk]))
    assert page.status_code == 200 and "Save my score" in page.content.decode() and "Put on the shortlist" not in page.content.decode()
    client.post(reverse("awards_entries:score", args=[entry.pk]), {"points": "7", "comment": "Hình ảnh đẹp."})
    client.post(reverse("awards_entries:score", args=[entry.pk]), {"points": "9", "comment": "Sửa lại: rất tốt."})  # the member's one score, changed
    assert list(Score.objects.values_list("member__username", "points", "comment")) == [("member", 9, "Sửa lại: rất tốt.")]
    response = client.post(reverse("awards_entries:score", args=[entry.pk]), {"points": "12"}, follow=True)
    assert "Select a valid choice" in response.content.decode()
    assert client.post(reverse("awards_entries:shortlist", args=[entry.pk]), {"shortlisted": "1"}).status_code in (302, 403)
    assert not Nomination.objects.get().shortlisted

    logged_in(client, users["lead"])
    client.post(reverse("awards_entries:shortlist", args=[entry.pk]), {"shortlisted": "1"})
    entry.refresh_from_db()
    assert entry.shortlisted and entry.shortlisted_by == users["lead"]
    listing = client.get(reverse(INDEX), {"shortlisted": "true"}).content.decode()
    assert "Cà phê Buôn Ma Thuột vươn ra thế giới" in listing and "9.0" in listing


def test_the_nominator_cannot_score_their_own_entry(client, entry, users):
    users["editor"].groups.add(*users["member"].groups.all())
    logged_in(client, users["editor"])
    page = client.get(reverse("awards_entries:inspect", args=[entry.pk])).content.decode()
    assert "Save my score" not in page
    response = client.post(reverse("awards_entries:score", args=[entry.pk]), {"points": "10"}, follow=True)
    assert "You nominated this work" in response.content.decode()
    assert not Score.objects.exists()


def test_the_entries_list_costs_the_same_queries_for_2_and_12_entries(client, award, section, users, django_assert_num_queries):
    _year, categories = award

    def add_entries(count):
        for _ in range(count):
            page = publish(factories.ArticlePageFactory(parent=section))
            entry = Nomination.objects.create(category=categories["print"], work=page, reason="x", nominated_by=users["editor"])
            Score.objects.create(nomination=entry, member=users["member"], points=6)

    client.login(username="lead", password=PASSWORD)
    add_entries(2)
    client.get(reverse(INDEX))  # warm Wagtail's per-process caches
    with CaptureQueriesContext(connection) as two:
        assert client.get(reverse(INDEX)).status_code == 200
    add_entries(10)
    with django_assert_num_queries(len(two.captured_queries)):
        response = client.get(reverse(INDEX))
    html = response.content.decode()
    assert all(reverse("awards_entries:inspect", args=[pk]) in html for pk in Nomination.objects.values_list("pk", flat=True))


def test_a_year_with_entries_cannot_be_deleted_and_says_why(client, entry, award, users):
    year, _categories = award
    logged_in(client, users["lead"])
    response = client.post(reverse("awards_years:delete", args=[year.pk]), follow=True)
    assert response.status_code == 200
    assert AwardYear.objects.filter(pk=year.pk).exists() and Nomination.objects.filter(pk=entry.pk).exists()
    assert "This award year has entries" in response.content.decode()


def test_a_category_with_entries_cannot_be_removed_from_its_year(client, entry, award, users):
    year, categories = award
    logged_in(client, users["lead"])
    data = {"year": "2026", "title": year.title, "nominations_close": "", "categories-TOTAL_FORMS": "2", "categories-INITIAL_FORMS": "2"}
    data |= {"categories-MIN_NUM_FORMS": "1", "categories-MAX_NUM_FORMS": "1000"}
    for number, category in enumerate(categories.values()):
        data |= {f"categories-{number}-id": str(category.pk), f"categories-{number}-name": category.name, f"categories-{number}-description": ""}
        data |= {f"categories-{number}-ORDER": str(number + 1), f"categories-{number}-DELETE": "1" if category == entry.category else ""}
    response = client.post(reverse("awards_years:edit", args=[year.pk]), data)
    assert response.status_code == 200
    assert "has entries: it cannot be removed" in response.content.decode()
    assert Nomination.objects.filter(pk=entry.pk, category=entry.category).exists()
    data["categories-0-DELETE"], data["categories-1-DELETE"] = "", "1"  # the category without entries goes
    assert client.post(reverse("awards_years:edit", args=[year.pk]), data).status_code == 302
    assert list(year.categories.values_list("name", flat=True)) == [entry.category.name]
