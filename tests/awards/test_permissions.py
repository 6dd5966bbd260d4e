"""Every URL of the award's admin, walked from the URLconf (tests/permissions/matrix.walk): an
anonymous visitor is sent to the login, and a translator, who holds no award right, is refused
and changes nothing. A view added later is in this walk without anyone listing it."""

import pytest
from django.urls import reverse

from foreign_info.awards.admin_views import NAMESPACE
from foreign_info.awards.models import AwardYear, Nomination
from tests.permissions.matrix import keywords_of, walk

pytestmark = pytest.mark.django_db

AWARD_NAMESPACES = (NAMESPACE, "awards_years")


def award_patterns():
    return sorted({(name, keywords_of(route)) for route, name, _entry in walk() if name.partition(":")[0] in AWARD_NAMESPACES})


def urls(entry, year):
    found = []
    for name, keywords in award_patterns():
        kwargs = {}
        if "pk" in keywords:
            kwargs["pk"] = year.pk if name.startswith("awards_years:") else entry.pk
        found.append((name, reverse(name, kwargs=kwargs)))
    return found


def test_the_walk_finds_every_award_view():
    names = {name for name, _keywords in award_patterns()}
    assert {f"{NAMESPACE}:{view}" for view in ("index", "add", "edit", "delete", "inspect", "score", "shortlist", "dossier")} <= names
    assert {"awards_years:index", "awards_years:add", "awards_years:edit"} <= names


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_and_translators_reach_no_award_view(client, entry, award, users, method):
    year, _categories = award
    before = (list(Nomination.objects.values()), list(AwardYear.objects.values()))
    for name, url in urls(entry, year):
        client.logout()
        response = getattr(client, method)(url, {"points": "5", "shortlisted": "1", "reason": "x", "year": "2030", "title": "x"})
        assert response.status_code == 302 and "/admin/login/" in response["Location"], (name, response.status_code)
        client.force_login(users["translator"])
        response = getattr(client, method)(url, {"points": "5", "shortlisted": "1", "reason": "x", "year": "2030", "title": "x"})
        refused = response.status_code == 403 or (response.status_code == 302 and response["Location"].rstrip("/").endswith("/admin"))
        assert refused, (name, response.status_code, response.get("Location"))
    assert (list(Nomination.objects.values()), list(AwardYear.objects.values())) == before
    assert not entry.scores.exists()


def test_editors_nominate_but_neither_score_shortlist_nor_export(client, entry, users):
    client.force_login(users["editor"])
    assert client.get(reverse(f"{NAMESPACE}:add")).status_code == 200
    for view in ("score", "shortlist", "dossier"):
        assert client.post(reverse(f"{NAMESPACE}:{view}", args=[entry.pk]), {"points": "5", "shortlisted": "1"}).status_code in (302, 403)
    entry.refresh_from_db()
    assert not entry.shortlisted and not entry.scores.exists() and not entry.dossiers.exists()
