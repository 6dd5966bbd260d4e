"""Double opt-in: the form in the reader's language, bad input refused, a confirmation link that
only a POST from its page uses, preferences that change only when their owner clicks."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale

from foreign_info.core.languages import codes
from foreign_info.subscriptions.models import Kind, Subscription
from tests import factories
from tests.presskits.test_every_language import in_language
from tests.subscriptions.conftest import form, link_in, room_in, subscribe_url, subscribed

pytestmark = pytest.mark.django_db


def test_the_press_room_links_the_form_in_every_language(client, press_room):
    for code in codes():
        room = in_language(press_room, code, f"Press {code}")
        page = BeautifulSoup(client.get(room.url).content, "html.parser")
        link = page.select_one(".subscription-link a")
        assert link["href"] == subscribe_url(room), code
        response = client.get(link["href"])
        assert response.status_code == 200 and response.headers["Content-Language"] == code
        html = BeautifulSoup(response.content, "html.parser")
        assert html.select_one("form.subscribe-form input[name=email]") and html.select_one("input[name=website]")
        assert html.select_one(f"select[name=language] option[value={code}][selected]"), code


def test_subscribing_sends_a_link_in_the_chosen_language_and_only_its_post_confirms(client, french_room, press_room, django_capture_on_commit_callbacks):
    english = room_in(press_room, "en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(subscribe_url(english), form(email="Claire@Example.fr", language="fr", kinds=[Kind.STATEMENTS]))
    assert response.status_code == 302 and response["Location"].endswith("/subscribe/thanks/")
    subscription = Subscription.objects.get()
    assert subscription.email == "claire@example.fr" and subscription.confirmed_at is None
    (message,) = mail.outbox
    assert message.to == ["claire@example.fr"] and message.subject == "Veuillez confirmer votre abonnement"
    link = link_in(message, "/subscribe/confirm/")
    assert link.startswith("http://testserver/fr/") and french_room.url in link  # the French room: the language chosen
    page = client.get(link)
    assert page.status_code == 200 and page["Cache-Control"] == "no-store" and page["Referrer-Policy"] == "same-origin"
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None  # a mail scanner's GET confirms nothing
    assert client.post(link).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None and subscription.kinds == [Kind.STATEMENTS] and subscription.language == "fr"


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"email": "pas-une-adresse"}, "email", "Saisissez une adresse de courriel valide."),
        ({"kinds": None}, "kinds", "Choisissez au moins un type de publication."),
        ({"kinds": ["rumours"]}, "kinds", "Choisissez au moins un type de publication."),
        ({"language": "xx"}, "language", "Choisissez une langue dans la liste."),
        ({"topics": ["nothing-like-it"]}, "topics", "Choisissez des thèmes dans la liste."),
        ({"consent": None}, "consent", "Veuillez accepter la conservation de votre adresse"),
    ],
)
def test_bad_input_is_refused_in_the_readers_language_and_stores_nothing(client, french_room, changes, field, message):
    factories.TopicFactory(name="Đầu tư", slug="investment", locale=Locale.objects.get(language_code="vi"))
    response = client.post(subscribe_url(french_room), form(**changes))
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    page = BeautifulSoup(response.content, "html.parser")
    assert message in page.select_one(f"#id_{field}_error").get_text()
    assert not Subscription.objects.exists() and not mail.outbox


def test_a_bot_filling_the_honeypot_is_thanked_and_forgotten(client, french_room, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(subscribe_url(french_room), form(website="http://spam.example"))
    assert response.status_code == 302 and not Subscription.objects.exists() and not mail.outbox


def test_the_form_is_rate_limited_per_network_address(client, french_room, settings):
    settings.SUBSCRIPTIONS = {"RATE_PER_HOUR": 2}
    for number in range(2):
        assert client.post(subscribe_url(french_room), form(email=f"p{number}@example.fr")).status_code == 302
    response = client.post(subscribe_url(french_room), form(email="third@example.fr"))
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "Trop d’abonnements" in response.content.decode() and Subscription.objects.count() == 2


def test_a_stranger_cannot_change_a_confirmed_subscription(client, french_room, django_capture_on_commit_callbacks):
    subscription = subscribed(client, french_room, django_capture_on_commit_callbacks, kinds=[Kind.PRESS_KITS])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(subscribe_url(french_room), form(kinds=[Kind.STATEMENTS], language="en")).status_code == 302
    subscription.refresh_from_db()
    assert subscription.kinds == [Kind.PRESS_KITS] and subscription.language == "fr"  # until the owner clicks
    (message,) = mail.outbox
    assert message.subject == "Please confirm your subscription"  # in the language asked for
    assert client.post(link_in(message, "/subscribe/confirm/")).status_code == 200
    subscription.refresh_from_db()
    assert subscription.kinds == [Kind.STATEMENTS] and subscription.language == "en"


def test_an_expired_or_tampered_link_says_so(client, french_room, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(subscribe_url(french_room), form())
    link = link_in(mail.outbox[0], "/subscribe/confirm/")
    tampered = client.post(link.replace("/subscribe/confirm/", "/subscribe/confirm/x"))
    assert tampered.status_code == 400 and "Ce lien ne fonctionne pas" in tampered.content.decode()
    Subscription.objects.update(created_at=timezone.now() - timedelta(days=8))
    settings.SUBSCRIPTIONS = {"CONFIRM_DAYS": 0}
    expired = client.post(link)
    assert expired.status_code == 400 and Subscription.objects.get().confirmed_at is None
