"""The subscriber's personal data: unconfirmed subscriptions erased after CONFIRM_DAYS, export and
erasure by the press officers, counts (never addresses) for reports, and the screen closed to
everyone who does not review accreditation."""

import csv
import io
import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from foreign_info.presskits import accreditation
from foreign_info.presskits.groups import PRESS_OFFICERS_GROUP, ensure_groups
from foreign_info.subscriptions.models import Delivery, Kind, Subscription
from tests.conftest import speaks
from tests.presskits.accreditation_fixtures import make_request
from tests.subscriptions.conftest import confirmed

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer():
    group = ensure_groups()
    assert group.name == PRESS_OFFICERS_GROUP
    user = get_user_model().objects.create_user("officer", "officer@example.vn", "pw-officer-123")
    user.groups.add(group)
    return speaks(user, "en")


def test_unconfirmed_subscriptions_are_erased_after_the_confirmation_period(settings):
    settings.SUBSCRIPTIONS = {"CONFIRM_DAYS": 7}
    old = Subscription.objects.create(email="old@example.fr", language="fr", kinds=[Kind.STATEMENTS])
    fresh = Subscription.objects.create(email="fresh@example.fr", language="fr", kinds=[Kind.STATEMENTS])
    kept = confirmed(email="kept@example.fr")
    Subscription.objects.filter(pk__in=[old.pk, kept.pk]).update(created_at=timezone.now() - timedelta(days=8))
    out = io.StringIO()
    call_command("purge_subscriptions", stdout=out)
    assert set(Subscription.objects.values_list("email", flat=True)) == {"fresh@example.fr", "kept@example.fr"}
    assert "Erased 1 unconfirmed subscription(s)" in out.getvalue() and "@" not in out.getvalue()
    assert fresh.pk and kept.pk


def test_erasing_a_journalist_erases_their_embargo_notices(press_room):
    journalist = make_request(press_room)
    Delivery.objects.create(item_key=press_room.translation_key, accreditation=journalist, batch=press_room.translation_key)
    accreditation.erase(journalist)
    assert not Delivery.objects.exists()


def test_an_officer_exports_and_erases_one_subscriber(client, officer):
    subscription = confirmed(email="claire@example.fr", topics=["investment"])
    Delivery.objects.create(item_key=subscription.key, subscription=subscription, batch=subscription.key, sent_at=timezone.now())
    client.force_login(officer)
    index = client.get(reverse("subscriptions_admin:index"))
    assert index.status_code == 200 and "claire@example.fr" in index.content.decode()
    inspect = client.get(reverse("subscriptions_admin:inspect", args=[subscription.pk]))
    assert inspect.status_code == 200 and "investment" in inspect.content.decode()
    exported = client.get(reverse("subscriptions_admin:export", args=[subscription.pk]))
    data = json.loads(exported.content)
    assert data["subscription"]["email"] == "claire@example.fr" and len(data["subscription"]["deliveries"]) == 1
    assert "key" not in data["subscription"]  # the secret behind the links stays secret
    erase_url = reverse("subscriptions_admin:erase", args=[subscription.pk])
    assert client.get(erase_url).status_code == 200 and Subscription.objects.exists()
    assert client.post(erase_url).status_code == 302
    assert not Subscription.objects.exists() and not Delivery.objects.exists()


def test_the_counts_export_has_numbers_and_no_addresses(client, officer):
    confirmed(email="a@example.fr", kinds=[Kind.PRESS_KITS])
    confirmed(email="b@example.fr")
    confirmed(email="c@example.com", language="en", kinds=[Kind.STATEMENTS])
    Subscription.objects.create(email="d@example.fr", language="fr", kinds=[Kind.STATEMENTS])
    client.force_login(officer)
    response = client.get(reverse("subscriptions_admin:counts"))
    body = response.content.decode()
    assert response.status_code == 200 and "@" not in body
    rows = {(row["language"], row["confirmed"]): row for row in csv.DictReader(io.StringIO(body))}
    assert rows[("fr", "yes")] == {"language": "fr", "confirmed": "yes", "total": "2", "presskits": "2", "statements": "1"}
    assert rows[("fr", "no")]["total"] == "1" and rows[("en", "yes")]["statements"] == "1" and rows[("ja", "yes")]["total"] == "0"


def test_only_press_officers_open_the_screen(client, django_user_model):
    subscription = confirmed()
    editor = django_user_model.objects.create_user("editor", "e@example.vn", "pw-editor-123")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # Refused: Wagtail sends the user back to the dashboard with a message.
    for name, args in (("index", []), ("inspect", [subscription.pk]), ("export", [subscription.pk]), ("erase", [subscription.pk]), ("counts", [])):
        for method in (client.get, client.post):
            response = method(reverse(f"subscriptions_admin:{name}", args=args))
            assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"), name
    assert Subscription.objects.exists()


def test_the_screen_speaks_vietnamese_to_a_vietnamese_officer(client, officer):
    confirmed(email="claire@example.fr")
    speaks(officer, "vi")
    client.force_login(officer)
    page = BeautifulSoup(client.get(reverse("subscriptions_admin:index")).content, "html.parser")
    headings = [cell.get_text(" ", strip=True) for cell in page.select("table.listing thead th")]
    assert {"Thư điện tử", "Ngôn ngữ", "Đăng ký lúc", "Xác nhận lúc"} <= set(headings)
    filters = page.select_one("#filters-drilldown, .filters, form[data-controller~='w-swap']") or page
    assert "Đã xác nhận" in filters.get_text() and "is null" not in page.get_text()
    assert page.select_one("h1").get_text(strip=True) == "Đăng ký nhận tin"
