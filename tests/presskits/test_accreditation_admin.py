"""Press officers' review through the real admin URLs: who may do what (a role x endpoint matrix),
each decision, the e-mails the journalist receives in their language, export and erasure."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from foreign_info.presskits import accreditation as service
from foreign_info.presskits.groups import PRESS_OFFICERS_GROUP
from foreign_info.presskits.models import AccessLogEntry, AccreditationRequest
from tests.presskits.accreditation_fixtures import make_request

pytestmark = pytest.mark.django_db
ROLES = ("superuser", "press_officer", "translator", "reviewer", "editor", "stranger", "anonymous")
LINK = re.compile(r"http://testserver/\S+/access/\S+/")


def url(name, accreditation=None):
    return reverse(f"presskits_accreditation:{name}", args=[accreditation.pk] if accreditation else [])


def approved(press_room, **fields):
    request = make_request(press_room, **fields)
    service.approve(request, None)
    mail.outbox.clear()
    return request


def attempt(client, press_room, endpoint):
    """Try `endpoint` on a fresh request; True if it happened."""
    if endpoint == "menu":
        response = client.get("/admin/")
        return response.status_code == 200 and url("index").encode() in response.content
    if endpoint in ("index", "search"):
        request = make_request(press_room, name="Zoë Index")
        response = client.get(url("index"), {"q": "Zoë"} if endpoint == "search" else {})
        return response.status_code == 200 and request.name.encode() in response.content
    if endpoint == "inspect":
        request = make_request(press_room, purpose="Inspect me")
        response = client.get(url("inspect", request))
        return response.status_code == 200 and b"Inspect me" in response.content
    if endpoint == "export":
        response = client.get(url("export", make_request(press_room)))
        return response.status_code == 200 and response["Content-Type"] == "application/json"
    if endpoint == "approve":
        request = make_request(press_room)
        client.post(url("approve", request))
        return AccreditationRequest.objects.get(pk=request.pk).status == "approved"
    if endpoint == "reject":
        request = make_request(press_room)
        client.post(url("reject", request), {"reason": "No visit planned."})
        return AccreditationRequest.objects.get(pk=request.pk).status == "rejected"
    if endpoint == "revoke":
        request = approved(press_room)
        client.post(url("revoke", request))
        return AccreditationRequest.objects.get(pk=request.pk).access_revoked_at is not None
    if endpoint == "resend":
        request = approved(press_room)
        client.post(url("resend", request))
        return len(mail.outbox) == 1
    if endpoint == "erase":
        request = make_request(press_room)
        client.post(url("erase", request))
        return not AccreditationRequest.objects.filter(pk=request.pk).exists()
    if endpoint in ("add", "edit", "delete"):  # Wagtail's generic views are not there for anyone
        request = make_request(press_room)
        paths = {"add": "new/", "edit": f"edit/{request.pk}/", "delete": f"delete/{request.pk}/"}
        return client.get(url("index") + paths[endpoint]).status_code == 200
    raise AssertionError(endpoint)


ENDPOINTS = ["menu", "index", "search", "inspect", "export", "approve", "reject", "revoke", "resend", "erase", "add", "edit", "delete"]


@pytest.mark.parametrize("role", ROLES)
def test_only_press_officers_and_superusers_review_requests(role, people, press_room):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    if role != "anonymous":
        client.force_login(people[role])
    leaks = []
    for endpoint in ENDPOINTS:
        allowed = attempt(client, press_room, endpoint)
        expected = role in ("superuser", "press_officer") and endpoint not in ("add", "edit", "delete")
        if allowed != expected:
            leaks.append((role, endpoint, "allowed" if allowed else "refused"))
    assert leaks == []


def test_press_officers_group_is_made_by_migrate():
    group = Group.objects.get(name=PRESS_OFFICERS_GROUP)
    assert set(group.permissions.values_list("codename", flat=True)) == {"access_admin", "change_accreditationrequest"}


@pytest.fixture
def officer_client(people):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(people["press_officer"])
    return client


def test_list_filters_by_status_country_and_date(officer_client, press_room):
    make_request(press_room, name="Anna Schmidt", outlet_country="DE", email="anna@example.de")
    make_request(press_room, name="Kenji Sato", outlet_country="JP", status="rejected")
    old = make_request(press_room, name="Old Timer")
    AccreditationRequest.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))

    def names(**params):
        html = officer_client.get(url("index"), params).content.decode()
        return {name for name in ("Anna Schmidt", "Kenji Sato", "Old Timer") if name in html}

    assert names() == {"Anna Schmidt", "Kenji Sato", "Old Timer"}
    assert names(status="rejected") == {"Kenji Sato"}
    assert names(outlet_country="DE") == {"Anna Schmidt"}
    assert names(created_at__date__gte=(timezone.localdate() - timedelta(days=7)).isoformat()) == {"Anna Schmidt", "Kenji Sato"}
    assert names(q="Schmidt") == {"Anna Schmidt"}


def french(text):
    with translation.override("fr"):
        return gettext(text)


def test_approval_mails_a_link_that_opens_the_embargoed_kit(officer_client, pending, people, french_embargoed_kit):
    response = officer_client.post(url("approve", pending))
    assert response.status_code == 302 and response["Location"] == url("inspect", pending)
    pending.refresh_from_db()
    assert pending.status == "approved" and pending.decided_by == people["press_officer"]
    assert abs(pending.access_expires_at - (timezone.now() + timedelta(days=30))) < timedelta(minutes=1)

    [message] = mail.outbox
    assert message.to == ["claire@example.fr"]
    assert message.subject == french("Your accreditation is approved")
    assert french("Your accreditation is approved. This personal link opens the press room, including press kits under embargo:") in message.body
    [link] = LINK.findall(message.body)
    assert link.startswith("http://testserver/fr/bao-chi/access/")

    journalist = Client()
    opened = journalist.get(link)
    assert opened.status_code == 302 and opened["Location"] == "/fr/bao-chi/"
    assert AccessLogEntry.objects.filter(accreditation=pending, action="opened").count() == 1
    room = journalist.get("/fr/bao-chi/")
    assert escape(french_embargoed_kit.title) in room.content.decode()
    assert escape(french("Accredited journalist")) in room.content.decode()
    assert escape(french_embargoed_kit.title) not in Client().get("/fr/bao-chi/").content.decode()

    # The inspect view shows the decision and the use of the link.
    inspected = officer_client.get(url("inspect", pending)).content.decode()
    assert "Opened the access link" in inspected and "press_officer" in inspected


def test_approving_twice_is_refused_with_a_message(officer_client, pending):
    officer_client.post(url("approve", pending))
    version = AccreditationRequest.objects.get(pk=pending.pk).token_version
    response = officer_client.post(url("approve", pending), follow=True)
    assert "This request is already approved; send a new link instead." in response.content.decode()
    assert AccreditationRequest.objects.get(pk=pending.pk).token_version == version
    assert len(mail.outbox) == 1


def test_state_changes_are_post_only_and_need_the_csrf_token(people, pending):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["press_officer"])
    for name in ("approve", "revoke", "resend"):
        assert client.get(url(name, pending)).status_code == 405
    assert client.post(url("approve", pending)).status_code == 403
    assert client.post(url("reject", pending), {"reason": "x"}).status_code == 403
    assert client.post(url("erase", pending)).status_code == 403
    pending.refresh_from_db()
    assert pending.status == "pending" and mail.outbox == []


def test_rejection_needs_a_reason_which_the_journalist_receives_in_french(officer_client, pending):
    form = officer_client.get(url("reject", pending))
    assert form.status_code == 200
    empty = officer_client.post(url("reject", pending), {"reason": "  "})
    assert empty.status_code == 400
    assert "This field is required." in empty.content.decode()
    assert AccreditationRequest.objects.get(pk=pending.pk).status == "pending" and mail.outbox == []

    officer_client.post(url("reject", pending), {"reason": "Aucune visite de presse n'est prévue à ces dates."})
    pending.refresh_from_db()
    assert pending.status == "rejected" and pending.rejection_reason.startswith("Aucune visite")
    [message] = mail.outbox
    assert message.subject == french("Your accreditation request")
    assert "Aucune visite de presse n'est prévue à ces dates." in message.body  # not HTML-escaped
    assert french("We are sorry: your accreditation request has not been approved, for the following reason:") in message.body
    again = officer_client.post(url("reject", pending), {"reason": "Twice"}, follow=True)
    assert "Only a request waiting for review can be rejected" in again.content.decode()


def test_mails_follow_the_journalists_language_not_the_officers(officer_client, press_room):
    english = make_request(press_room, language="en", email="john@example.com")
    officer_client.post(url("approve", english))
    [message] = mail.outbox
    with translation.override("en"):
        assert message.subject == gettext("Your accreditation is approved")
    assert "http://testserver/en/bao-chi/access/" in message.body


def test_a_language_without_a_press_room_falls_back_to_the_source_room(officer_client, press_room):
    lao = make_request(press_room, language="lo", email="lao@example.la")
    officer_client.post(url("approve", lao))
    [message] = mail.outbox
    assert "http://testserver/bao-chi/access/" in message.body or "http://testserver/vi/bao-chi/access/" in message.body
    [link] = LINK.findall(message.body)
    assert Client().get(link).status_code == 302


def test_revoking_stops_every_link_at_once(officer_client, pending, french_embargoed_kit):
    officer_client.post(url("approve", pending))
    [link] = LINK.findall(mail.outbox[0].body)
    journalist = Client()
    journalist.get(link)
    assert escape(french_embargoed_kit.title) in journalist.get("/fr/bao-chi/").content.decode()

    officer_client.post(url("revoke", pending))
    pending.refresh_from_db()
    assert pending.access_revoked_at is not None
    assert escape(french_embargoed_kit.title) not in journalist.get("/fr/bao-chi/").content.decode()  # the session too
    refused = Client().get(link)
    assert refused.status_code == 403
    assert escape(french("This access link is no longer valid. Please contact the press office.")) in refused.content.decode()
    assert AccessLogEntry.objects.filter(accreditation=pending, action="refused").count() == 1
    assert "has no access to revoke" in officer_client.post(url("revoke", pending), follow=True).content.decode()
    # Approving again gives a new link; the old one stays dead.
    officer_client.post(url("approve", pending))
    [new_link] = LINK.findall(mail.outbox[-1].body)
    assert Client().get(link).status_code == 403
    assert Client().get(new_link).status_code == 302


def test_resend_mails_a_fresh_link_and_extends_access(officer_client, pending):
    officer_client.post(url("approve", pending))
    AccreditationRequest.objects.filter(pk=pending.pk).update(access_expires_at=timezone.now() + timedelta(days=1))
    officer_client.post(url("resend", pending))
    pending.refresh_from_db()
    assert pending.access_expires_at > timezone.now() + timedelta(days=29)
    assert len(mail.outbox) == 2 and mail.outbox[1].subject == french("Your accreditation is approved")
    [link] = LINK.findall(mail.outbox[1].body)
    assert Client().get(link).status_code == 302
    rejected = make_request(pending.press_room.specific, status="rejected")
    response = officer_client.post(url("resend", rejected), follow=True)
    assert "Only an approved journalist whose access is not revoked can receive a new link." in response.content.decode()
    assert len(mail.outbox) == 2


def test_export_is_everything_stored_about_the_person(officer_client, pending, embargoed_kit):
    officer_client.post(url("approve", pending))
    Client().get(LINK.findall(mail.outbox[0].body)[0])
    AccessLogEntry.objects.create(accreditation=pending, action="downloaded", kit=embargoed_kit)
    response = officer_client.get(url("export", pending))
    assert response["Content-Disposition"] == f'attachment; filename="accreditation-{pending.pk}.json"'
    data = json.loads(response.content)
    person = data["accreditation_request"]
    assert person["name"] == "Claire Dubois" and person["email"] == "claire@example.fr" and person["outlet_country"] == "FR"
    assert person["language"] == "fr" and person["status"] == "approved" and person["decided_by"] == "press_officer"
    assert {entry["action"] for entry in data["access_log"]} == {"opened", "downloaded"}
    assert {entry["kit"] for entry in data["access_log"]} == {None, embargoed_kit.title}


def test_erase_asks_first_then_deletes_the_request_and_its_log(officer_client, pending):
    AccessLogEntry.objects.create(accreditation=pending, action="refused")
    confirm = officer_client.get(url("erase", pending))
    assert confirm.status_code == 200 and b"Yes, erase" in confirm.content
    assert AccreditationRequest.objects.filter(pk=pending.pk).exists()
    done = officer_client.post(url("erase", pending), follow=True)
    assert "Erased the request of Claire Dubois and 1 access log entries." in done.content.decode()
    assert not AccreditationRequest.objects.exists() and not AccessLogEntry.objects.exists()
    assert officer_client.get(url("inspect", pending)).status_code == 404
    assert officer_client.post(url("approve", pending)).status_code == 404


def test_a_broken_mail_server_keeps_the_decision_and_warns_the_officer(officer_client, pending, settings):
    settings.EMAIL_BACKEND = "tests.presskits.test_accreditation_form.BrokenMailServer"
    response = officer_client.post(url("approve", pending), follow=True)
    assert "could not be sent" in response.content.decode()
    assert AccreditationRequest.objects.get(pk=pending.pk).status == "approved"


def test_approval_without_any_live_press_room_is_refused_and_changes_nothing(officer_client, pending, press_room):
    from wagtail.models import Page

    for room in Page.objects.filter(translation_key=press_room.translation_key):
        room.unpublish()
    response = officer_client.post(url("approve", pending), follow=True)
    assert "There is no published press room to send a link to" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "pending" and pending.token_version == 1 and mail.outbox == []


def test_the_list_and_inspect_cost_the_same_queries_for_few_or_many_requests(officer_client, press_room, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(path):
        with CaptureQueriesContext(connection) as queries:
            assert officer_client.get(path).status_code == 200
        return len(queries)

    first = make_request(press_room)
    for _index in range(2):
        make_request(press_room)
    few = count(url("index"))
    inspect_few = count(url("inspect", first))
    for index in range(10):
        make_request(press_room, name=f"Journalist {index}")
        AccessLogEntry.objects.create(accreditation=first, action="opened")
    assert count(url("index")) == few
    assert count(url("inspect", first)) == inspect_few
    with django_assert_max_num_queries(few):
        officer_client.get(url("index"))
