"""Visitors, visits and entry pages, referring sites, country names, a one-day chart and the
translation demand view, on a fixture whose answers are known (issue 12, item 4)."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import DailySiteStat, Event, Kind
from tests.conftest import speaks, translate

from .conftest import AMERICAN_IP, CHROME, FRENCH_IP, visit
from .test_dashboard import officer

pytestmark = pytest.mark.django_db
URL = "/admin/statistics/"


def moment(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute))).timestamp()


@pytest.fixture
def readers(client, section, article, clock):
    """Yesterday, a French reader (French browser): /vi/ at 9:00, the article at 9:10 (one
    visit), the article again at 11:00 (a second visit, 110 minutes later). An American reader
    (English browser) comes from Google to the article at 9:05. The article has no French or
    English translation; the section has an English one."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    french = {"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9"}
    for hour, minute, path, ip, headers in (
        (9, 0, "/vi/", FRENCH_IP, french),
        (9, 5, "/vi/ca-phe/", AMERICAN_IP, {"HTTP_ACCEPT_LANGUAGE": "en-US", "HTTP_REFERER": "https://www.google.com/search?q=x"}),
        (9, 10, "/vi/ca-phe/", FRENCH_IP, french),
        (11, 0, "/vi/ca-phe/", FRENCH_IP, french),
    ):
        clock.now = moment(yesterday, hour, minute)
        visit(client, path, ip, CHROME, **headers)
    drain_and_flush()
    return yesterday


def dashboard(client, day, **params):
    client.force_login(officer())
    response = client.get(URL, {"start": day.isoformat(), "end": day.isoformat(), **params})
    assert response.status_code == 200
    return response


def table(client, key, day, **params):
    return json.loads(client.get(f"{URL}export/{key}/json/", {"start": day.isoformat(), "end": day.isoformat(), **params}).content)


def test_visits_begin_after_thirty_minutes_without_a_view(readers):
    starts = list(Event.objects.filter(kind=Kind.VIEW).order_by("occurred_at").values_list("starts_visit", flat=True))
    assert starts == [True, True, False, True]
    row = DailySiteStat.objects.get(kind=Kind.VIEW, day=readers)
    assert (row.events, row.visitors, row.entries) == (4, 2, 3)


def test_the_dashboard_shows_visitors_visits_and_entry_pages(client, readers, article):
    page = dashboard(client, readers).content.decode()
    assert 'data-figure="visitors"' in page and 'data-figure="visits"' in page
    entries = table(client, "entry-pages", readers)
    assert sorted((row[0], row[2]) for row in entries["rows"]) == sorted([(article.title, 2), ("Thông tin đối ngoại", 1)])


def test_referring_sites_and_country_names(client, readers):
    dashboard(client, readers)
    assert table(client, "referrers", readers)["rows"] == [["google.com", "search", 1]]
    countries = {row[0]: row[1] for row in table(client, "countries", readers)["rows"]}
    assert countries == {"France": 3, "United States of America": 1}


def test_a_one_day_period_draws_its_line_by_hour(client, readers):
    dashboard(client, readers)
    rows = table(client, "languages-over-time", readers)["rows"]
    assert len(rows) == 24
    assert {row[0]: row[1] for row in rows if row[1]} == {"09:00": 3, "11:00": 1}


def test_translation_demand_lists_missing_translations_first(client, readers, article, section):
    translate(article, "en", title="Buon Ma Thuot coffee")
    dashboard(client, readers)
    rows = table(client, "translation-demand", readers)["rows"]
    # The French reader read the article twice and the section once; the article's English
    # translation is live now, its French one missing.
    assert rows[0][:5] == [article.title, "French", 1, 2, "missing"]
    assert [article.title, "English", 1, 1, "live"] in rows


def test_the_last_30_minutes_come_from_raw_events_of_the_window(client, section, article, clock, django_assert_max_num_queries):
    import time

    clock.now = time.time() - 40 * 60  # before the window
    visit(client, "/vi/ca-phe/", AMERICAN_IP)
    clock.now = time.time() - 5 * 60
    visit(client, "/vi/ca-phe/", FRENCH_IP)
    visit(client, "/vi/ca-phe/", FRENCH_IP)
    visit(client, "/en/", AMERICAN_IP)
    drain_and_flush()
    client.force_login(officer())
    response = client.get(URL + "now/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert '<div data-figure="views"><dt>Page views</dt><dd><strong>3</strong>' in page
    assert '<div data-figure="visitors"><dt>Visitors</dt><dd><strong>2</strong>' in page
    assert f"<td>{article.title}</td><td>Vietnamese</td><td>2</td>" in page
    assert "France: 2" in page and "United States of America: 1" in page


def test_the_last_30_minutes_are_for_statistics_officers_only(client, section, django_user_model):
    assert client.get(URL + "now/").status_code == 302
    editor = django_user_model.objects.create_user("someone", password="pw")
    client.force_login(editor)
    assert client.get(URL + "now/").status_code in (302, 403)


def demand_forms(client, day):
    from bs4 import BeautifulSoup

    response = client.get(URL, {"start": day.isoformat(), "end": day.isoformat()})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    table = page.select_one("#table-translation-demand")
    return table, table.select("form.create-translation")


def statistics_reader(user):
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_statistics"))
    return speaks(user, "en")


def test_the_lead_creates_the_missing_translation_from_the_demand_table(client, readers, article, section, django_user_model):
    """The French readers wait for the article in French, a language its section had no job in:
    the translation lead creates the job and its French draft from the row, through the
    translation matrix's own "create", and comes back to the dashboard."""
    from wagtail.models import Page

    from foreign_info.translation.groups import ensure_groups
    from foreign_info.translation.models import JobState, TranslationJob
    from foreign_info.translation.roles import LEADS_GROUP

    TranslationJob.objects.filter(source_page=article, target_locale__language_code="fr").delete()
    ensure_groups()
    lead = statistics_reader(django_user_model.objects.create_user("lead", password="pw"))
    lead.groups.add(Group.objects.get(name=LEADS_GROUP))
    client.force_login(lead)
    table, forms = demand_forms(client, readers)
    assert len(forms) == 3  # the article and the section in French, the article in English
    form = next(form for form in forms if [td.text for td in form.find_parent("tr").select("td")[:2]] == [article.title, "French"])
    fields = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    response = client.post(form["action"], fields)
    assert response.status_code == 302 and response["Location"].startswith(URL)
    job = TranslationJob.objects.get(source_page=article, target_locale__language_code="fr")
    assert job.state == JobState.WAITING and job.translation_id
    assert Page.objects.filter(translation_key=article.translation_key, locale__language_code="fr", live=False).exists()
    table, forms = demand_forms(client, readers)
    cells = {tuple(td.text for td in tr.select("td")[:2]): tr for tr in table.select("tbody tr")}
    french = cells[article.title, "French"]
    assert french.select("td")[4].text == "in progress" and french.select_one("form") is None
    # The section in French came with it (wagtail-localize needs the parent translated first);
    # the article in English is still missing: nothing else was touched.
    assert cells[section.title, "French"].select("td")[4].text == "in progress"
    assert [[td.text for td in form.find_parent("tr").select("td")[:2]] for form in forms] == [[article.title, "English"]]
    assert not TranslationJob.objects.get(source_page=article, target_locale__language_code="en").translation_id


@pytest.mark.parametrize("who", ["officer", "translator of French"])
def test_who_may_not_create_jobs_sees_no_button_and_is_refused(client, readers, article, django_user_model, who):
    from foreign_info.translation.models import LanguageAssignment, TranslationJob

    TranslationJob.objects.filter(source_page=article, target_locale__language_code="fr").delete()
    if who == "officer":
        user = officer()
    else:
        user = statistics_reader(django_user_model.objects.create_user("translator", password="pw"))
        LanguageAssignment.objects.create(user=user, locale=Locale.objects.get(language_code="fr"), role="translator")
    client.force_login(user)
    table, forms = demand_forms(client, readers)
    assert forms == [] and "missing" in table.text
    response = client.post(reverse("translation:matrix_bulk"), {"action": "create", "pages": [article.pk], "languages": ["fr"], "next": URL})
    # Wagtail's admin answers a PermissionDenied with a redirect to its dashboard and a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not TranslationJob.objects.filter(source_page=article, target_locale__language_code="fr").exists()
