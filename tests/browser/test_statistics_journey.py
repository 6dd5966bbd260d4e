"""A statistics officer opens the dashboard, filters French, and exports a table as CSV."""

import csv
import datetime
import json
import time

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from django.utils import timezone
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import Select, WebDriverWait
from wagtail.users.models import UserProfile

from foreign_info.analytics import flush
from tests.conftest import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def record_views(article, french_article):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    noon = timezone.make_aware(datetime.datetime.combine(yesterday, datetime.time(12))).timestamp()
    views = [("fr", french_article.pk, "FR")] * 3 + [("fr", french_article.pk, "BE")] + [("vi", article.pk, "US")] * 2
    payloads = [
        json.dumps(
            {
                "key": f"j{n}",
                "at": noon + n,
                "host": "localhost",
                "page_id": page,
                "content_language": code,
                "kind": "view",
                "visitor": f"{n:016x}",
                "preferred_language": code,
                "country": country,
                "referrer_domain": "",
                "channel": "direct",
                "device": "desktop",
                "target": "",
            }
        )
        for n, (code, page, country) in enumerate(views)
    ]
    with transaction.atomic():
        flush.insert(flush.to_events(payloads, flush.SiteResolver()))  # the rollups too


def click(browser, element):
    """A click through the page's script: Wagtail's admin scrolls its own content pane, where
    WebDriver's native click can miss elements far down a long page."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element)


def test_officer_filters_french_and_exports_csv(browser, live_server, section, article, tmp_path):
    translate(section, "fr", title="Information internationale")
    record_views(article, translate(article, "fr", title="Le café de Buôn Ma Thuột"))
    officer = User.objects.create_user("officer", "officer@example.org", "officer-pw-2026")
    group = Group.objects.create(name="Statistics officers")
    group.permissions.add(Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_statistics"))
    officer.groups.add(group)
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "en"
    profile.save()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})

    browser.get(f"{live_server.url}/admin/login/?next=/admin/statistics/")
    browser.find_element(By.ID, "id_username").send_keys("officer")
    browser.find_element(By.ID, "id_password").send_keys("officer-pw-2026")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 10).until(when.presence_of_element_located((By.ID, "analytics-filters")))
    assert "Views by country" in browser.find_element(By.TAG_NAME, "main").text

    Select(browser.find_element(By.ID, "id_language")).select_by_value("fr")
    click(browser, browser.find_element(By.CSS_SELECTOR, "#analytics-filters button[type=submit]"))
    WebDriverWait(browser, 10).until(when.url_contains("language=fr"))
    countries = browser.find_element(By.ID, "table-countries")
    assert [row.text for row in countries.find_elements(By.CSS_SELECTOR, "tbody tr")] == ["France 3", "Belgium 1"]

    click(browser, countries.find_element(By.CSS_SELECTOR, 'a[data-export="csv"]'))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not list(tmp_path.glob("countries_*.csv")):
        time.sleep(0.1)
    (download,) = tmp_path.glob("countries_*.csv")
    with download.open(encoding="utf-8-sig") as file:
        assert list(csv.reader(file)) == [["Country", "Views"], ["France", "3"], ["Belgium", "1"]]
