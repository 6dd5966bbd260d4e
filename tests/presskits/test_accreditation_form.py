"""The public accreditation form, through real URLs of the French and English press rooms: what is
stored, what is sent, every bad field, the honeypot and the rate limit."""

from datetime import timedelta

import pytest
from django import forms
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.mail.backends.base import BaseEmailBackend
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from foreign_info.core.cldr import format_long_date
from foreign_info.core.models import PortalSettings
from foreign_info.presskits import accreditation as service
from foreign_info.presskits.models import AccreditationRequest
from tests.presskits.accreditation_fixtures import form_data

pytestmark = pytest.mark.django_db
URL = "/fr/bao-chi/accreditation/"


def in_french(message):
    with translation.override("fr"):
        return str(message)


def test_form_speaks_the_readers_language(client, french_room):
    french = client.get(URL)
    assert french.status_code == 200
    html = french.content.decode()
    assert '<html lang="fr"' in html
    assert "Allemagne" in html and "Germany" not in html  # country names in French
    assert "Français" in html and "日本語" in html  # each working language under its own name
    assert escape(in_french(gettext("Accreditation request"))) in html
    assert html.index("Afghanistan") < html.index("Allemagne") < html.index("Zimbabwe")  # in French order
    assert escape(in_french(gettext("Choose a country"))) in html
    assert "novalidate" in html and 'name="website"' in html and 'aria-hidden="true"' in html
    english = client.get("/en/bao-chi/accreditation/").content.decode()
    assert "Germany" in english and "Allemagne" not in english


def test_a_valid_request_is_stored_in_the_page_language_and_acknowledged(client, french_room, section, django_capture_on_commit_callbacks):
    PortalSettings.objects.update_or_create(site=section.get_site(), defaults={"email": "baochi@daklak.gov.vn"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data())
    assert response.status_code == 302
    assert response["Location"] == "/fr/bao-chi/accreditation/thanks/"
    [request] = AccreditationRequest.objects.all()
    assert (request.name, request.language, request.press_room_id, request.status) == ("Claire Dubois", "fr", french_room.pk, "pending")
    assert request.languages == ["fr", "en"] and request.outlet_country.code == "FR" and request.consent is True

    acknowledgement, notification = mail.outbox
    assert acknowledgement.to == ["claire@example.fr"]
    assert acknowledgement.subject == in_french(gettext("We have received your accreditation request"))
    with translation.override("fr"):
        french_start = format_long_date(request.visit_start)
    with translation.override("en"):
        assert format_long_date(request.visit_start) != french_start
    assert french_start in acknowledgement.body
    assert notification.to == ["baochi@daklak.gov.vn"]
    assert "Claire Dubois" in notification.subject
    assert f"http://testserver/admin/press-room/accreditation/inspect/{request.pk}/" in notification.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert escape(in_french(gettext("Thank you: your request has been received"))) in thanks.content.decode()


def test_without_a_portal_address_only_the_journalist_is_written_to(client, french_room, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, form_data())
    assert [message.to for message in mail.outbox] == [["claire@example.fr"]]


def django_message(field, value):
    """What Django itself says, in French, about `value` in a field like the form's."""
    with translation.override("fr"):
        try:
            field.clean(value)
        except ValidationError as error:
            return error.messages[0]
    raise AssertionError("the value is valid")


def today_plus(days):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


BAD_FIELDS = [
    ("email", {"email": "claire-at-lemonde"}, lambda: django_message(forms.EmailField(), "claire-at-lemonde")),
    ("phone", {"phone": "call me maybe"}, lambda: in_french(gettext("Enter a phone number in international form, e.g. +84 262 3852 741."))),
    ("phone", {"phone": "+33 1" + "2" * 40}, None),
    ("purpose", {"purpose": "x" * 2001}, lambda: django_message(forms.CharField(max_length=2000), "x" * 2001)),
    ("name", {"name": "N" * 121}, lambda: django_message(forms.CharField(max_length=120), "N" * 121)),
    ("outlet", {"outlet": "O" * 201}, lambda: django_message(forms.CharField(max_length=200), "O" * 201)),
    ("name", {"name": ""}, lambda: django_message(forms.CharField(), "")),
    ("name", {"name": "Claire\r\nBcc: list@example.org"}, lambda: in_french(gettext("Write this on one line, without control characters."))),
    ("visit_start", {"visit_start": today_plus(-1)}, lambda: in_french(gettext("The visit cannot start in the past."))),
    ("visit_start", {"visit_start": "31/02/2027"}, lambda: django_message(forms.DateField(), "31/02/2027")),
    ("visit_start", {"visit_start": today_plus(400), "visit_end": today_plus(401)}, None),
    ("visit_end", {"visit_start": today_plus(5), "visit_end": today_plus(4)}, lambda: in_french(gettext("The last day cannot be before the first day."))),
    ("visit_end", {"visit_start": today_plus(5), "visit_end": today_plus(5 + 90)}, None),
    (
        "consent",
        {"consent": None},
        lambda: in_french(gettext("Please agree to the processing of your data: without it we cannot handle your request.")),
    ),
    ("outlet_country", {"outlet_country": "XX"}, lambda: in_french(gettext("Choose a country from the list."))),
    ("nationality", {"nationality": ""}, None),
    ("languages", {"languages": ["tlh"]}, None),
    ("languages", {"languages": None}, None),
]


@pytest.mark.parametrize(("field", "changes", "message"), BAD_FIELDS, ids=[f"{field}-{index}" for index, (field, _c, _m) in enumerate(BAD_FIELDS)])
def test_each_bad_field_gets_a_message_and_nothing_is_stored(client, french_room, field, changes, message, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(**changes))
    assert response.status_code == 200
    assert AccreditationRequest.objects.count() == 0
    assert mail.outbox == []
    errors = response.context["form"].errors
    assert list(errors) == [field]
    if message is not None:
        assert errors[field] == [message()]
    html = response.content.decode()
    assert 'class="error-summary" role="alert"' in html
    assert f'id="id_{field}_error"' in html
    if field == "languages":  # a group of checkboxes is described on its fieldset
        assert '<fieldset class="form-field has-error" aria-describedby="id_languages_error">' in html
    else:
        assert f'aria-describedby="id_{field}_error"' in html or f'aria-describedby="id_{field}_helptext id_{field}_error"' in html
        assert 'aria-invalid="true"' in html
    assert escape(errors[field][0]) in html


def test_the_longest_visit_and_the_last_start_day_are_accepted(client, french_room):
    response = client.post(URL, form_data(visit_start=today_plus(365), visit_end=today_plus(365 + 89)))
    assert response.status_code == 302
    assert AccreditationRequest.objects.count() == 1


def test_django_messages_come_in_the_readers_language(client, french_room):
    html = client.post(URL, form_data(email="nope")).content.decode()
    assert escape(django_message(forms.EmailField(), "nope")) in html
    with translation.override("en"):
        english = forms.EmailField().error_messages.get("invalid") or "Enter a valid email address."
    assert escape(str(english)) not in html


def test_the_honeypot_thanks_the_bot_and_forgets_it(client, french_room, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(website="http://cheap-pills.example"))
    assert response.status_code == 302 and response["Location"].endswith("/accreditation/thanks/")
    assert AccreditationRequest.objects.count() == 0
    assert mail.outbox == []
    # Even an otherwise invalid submission gets the same answer: a bot learns nothing.
    assert client.post(URL, form_data(website="x", email="bad")).status_code == 302


def test_the_rate_limit_counts_per_address_and_never_keeps_the_address(client, french_room, settings):
    settings.PRESSKITS = {**settings.PRESSKITS, "ACCREDITATION_RATE_PER_HOUR": 2}
    address = {"REMOTE_ADDR": "203.0.113.7"}
    assert client.post(URL, form_data(email="bad"), **address).status_code == 200  # invalid: not counted
    for index in range(2):
        assert client.post(URL, form_data(email=f"j{index}@example.org"), **address).status_code == 302
    refused = client.post(URL, form_data(email="third@example.org"), **address)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert (
        escape(
            in_french(
                gettext(
                    "Too many accreditation requests have been sent from your network in the last hour, so this one was not recorded. Please try again in an hour."
                )
            )
        )
        in refused.content.decode()
    )
    assert refused.content.decode().startswith("<!DOCTYPE html>") or '<html lang="fr"' in refused.content.decode()
    assert AccreditationRequest.objects.count() == 2
    assert client.post(URL, form_data(email="other@example.org"), REMOTE_ADDR="198.51.100.4").status_code == 302
    assert client.post(URL, form_data(website="spam"), **address).status_code == 429  # bots too

    key = service.rate_key(RequestFactory().post(URL, **address))
    assert "203.0.113.7" not in key and "203-0-113-7" not in key
    assert key != service.rate_key(RequestFactory().post(URL, REMOTE_ADDR="198.51.100.4"))
    # Behind trusted proxies (a CDN, then nginx), the address they saw names the reader.
    settings.TRUSTED_PROXY_COUNT = 2
    behind_proxy = client.post(URL, form_data(email="proxy@example.org"), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.1")
    assert behind_proxy.status_code == 429


def test_the_rate_limit_cannot_be_dodged_by_a_forged_forwarded_for(client, french_room, settings):
    """The client writes the left of X-Forwarded-For; only the hop the trusted proxy appended counts."""
    settings.PRESSKITS = {**settings.PRESSKITS, "ACCREDITATION_RATE_PER_HOUR": 2}
    settings.TRUSTED_PROXY_COUNT = 1
    statuses = [
        client.post(URL, form_data(email=f"j{index}@example.org"), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.{index}, 203.0.113.7").status_code
        for index in range(4)
    ]
    assert statuses == [302, 302, 429, 429]
    assert AccreditationRequest.objects.count() == 2


def test_the_rate_limit_survives_a_cache_that_culls_or_is_cleared(client, french_room, settings):
    """The file cache culls a third of its entries when full (rotating User-Agents fill it): the
    counter must not live there."""
    from django.core.cache import caches

    settings.PRESSKITS = {**settings.PRESSKITS, "ACCREDITATION_RATE_PER_HOUR": 2}
    statuses = []
    for index in range(3):
        statuses.append(client.post(URL, form_data(email=f"j{index}@example.org"), REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT=f"bot/{index}").status_code)
        for alias in settings.CACHES:
            caches[alias].clear()
    assert statuses == [302, 302, 429]


def test_the_form_refuses_other_methods(client, french_room):
    assert client.put(URL).status_code == 405


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")


def test_a_broken_mail_server_does_not_lose_the_request(client, french_room, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data())
    assert response.status_code == 302
    assert AccreditationRequest.objects.count() == 1
