"""Counting contributions per department and period, for the statistics screens."""

from datetime import date, datetime

import pytest
from django.utils import timezone

from foreign_info.departments.contributions import contributions
from foreign_info.departments.models import Contribution, ContributionState, Department
from tests import factories

pytestmark = pytest.mark.django_db


def at(day, hour=12):
    return timezone.make_aware(datetime(2026, *day, hour))


@pytest.fixture
def history(people, section):
    a, b = people["department_a"], people["department_b"]
    quiet = Department.objects.create(name="Sở Tư pháp", leader=people["leader_b"])

    def contribution(department, submitted, published=None, state=ContributionState.PUBLISHED):
        page = factories.ArticlePageFactory(parent=section)
        Contribution.objects.create(page=page, department=department, submitted_at=submitted, published_at=published, state=state)

    contribution(a, at((3, 30)), at((4, 2)))  # sent in Q1, published in Q2
    contribution(a, at((4, 1), 0), at((4, 3)))  # the first minute of Q2, local time
    contribution(a, at((6, 30), 23), None, ContributionState.PENDING)  # the last hour of Q2, still waiting
    contribution(b, at((5, 5)), at((7, 1)))  # published in Q3
    contribution(b, at((7, 2)), None, ContributionState.RETURNED)
    return a, b, quiet


def counts(rows):
    return {row["department"].name: (row["submitted"], row["published"], row["pending"]) for row in rows}


def test_counts_per_department_and_period_with_every_department_listed(history, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        q2 = counts(contributions(date(2026, 4, 1), date(2026, 6, 30)))
    assert q2 == {"Sở A": (2, 2, 1), "Sở B": (1, 0, 0), "Sở Tư pháp": (0, 0, 0)}
    q1 = counts(contributions(date(2026, 1, 1), date(2026, 3, 31)))
    assert q1 == {"Sở A": (1, 0, 1), "Sở B": (0, 0, 0), "Sở Tư pháp": (0, 0, 0)}
    q3 = counts(contributions(date(2026, 7, 1), date(2026, 9, 30)))
    assert q3["Sở B"] == (1, 1, 0)


def test_counts_for_one_department(history):
    a, b, _quiet = history
    assert counts(contributions(date(2026, 1, 1), date(2026, 12, 31), department=b)) == {"Sở B": (2, 1, 0)}


def test_the_query_count_does_not_grow_with_departments(history, people, django_assert_max_num_queries):
    for n in range(20):
        Department.objects.create(name=f"Phòng {n}", leader=people["leader_a"])
    with django_assert_max_num_queries(4):
        rows = contributions(date(2026, 1, 1), date(2026, 12, 31))
        assert [str(row["department"]) for row in rows]


def test_the_statistics_dashboard_shows_and_exports_the_counts(history, client, admin_user):
    client.force_login(admin_user)
    period = {"start": "2026-04-01", "end": "2026-06-30"}
    dashboard = client.get("/admin/statistics/", period)
    assert dashboard.status_code == 200
    assert "Department contributions" in dashboard.content.decode()
    exported = client.get("/admin/statistics/export/department-contributions/json/", period).json()
    assert [["Sở A", 2, 2, 1], ["Sở B", 1, 0, 0], ["Sở Tư pháp", 0, 0, 0]] == [list(row.values()) if isinstance(row, dict) else row for row in exported["rows"]]


@pytest.mark.parametrize(
    "language, submitted, published",
    [
        ("vi", "Số bài gửi", "Số bài đã đăng"),
        ("en", "Pages submitted", "Pages published"),
        ("fr", "Pages soumises", "Pages publiées"),
        ("zh-hans", "提交篇数", "发布篇数"),
        ("ja", "提出件数", "公開件数"),
        ("ko", "제출 건수", "게시 건수"),
        ("ru", "Подано страниц", "Опубликовано страниц"),
        ("km", "ចំនួនទំព័របានដាក់ស្នើ", "ចំនួនទំព័របានផ្សព្វផ្សាយ"),
        ("lo", "ຈຳນວນໜ້າທີ່ສົ່ງ", "ຈຳນວນໜ້າທີ່ເຜີຍແຜ່"),
    ],
)
def test_the_dashboard_headings_say_numbers_of_pages_not_dates(history, client, admin_user, language, submitted, published):
    """The contributions listing's "Submitted"/"Published" are dates ("Envoyée le"); the dashboard's
    same English words head counts of pages, and read as counts in every language."""
    from django.utils import translation

    from tests.conftest import speaks

    client.force_login(speaks(admin_user, language))
    period = {"start": "2026-04-01", "end": "2026-06-30"}
    headings = client.get("/admin/statistics/export/department-contributions/json/", period).json()["columns"]
    assert headings[1:3] == [submitted, published]
    with translation.override(language):
        dates = [translation.gettext("Submitted"), translation.gettext("Published")]
    assert not set(headings) & set(dates)
    page = client.get("/admin/statistics/", period).content.decode()
    assert f"<th>{submitted}</th><th>{published}</th>" in page
