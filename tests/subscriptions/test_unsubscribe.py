"""Leaving: a link in every mail and RFC 8058 headers; GET asks, POST (or the mail provider's
one-click POST, without cookie or CSRF token) erases."""

import pytest
from django.core import mail
from django.test import Client

from foreign_info.subscriptions import mails
from foreign_info.subscriptions.models import Subscription
from tests.subscriptions.conftest import confirmed

pytestmark = pytest.mark.django_db
ROOT = "http://testserver"  # the Site root a mail is about


def test_get_asks_in_the_subscribers_language_and_post_erases(client):
    subscription = confirmed(language="ja")
    url = mails.unsubscribe_url(subscription, ROOT)
    assert url.startswith("http://testserver/ja/subscriptions/unsubscribe/")
    page = client.get(url)
    assert page.status_code == 200 and page["Cache-Control"] == "no-store" and page.headers["Content-Language"] == "ja"
    assert "配信停止" in page.content.decode() and Subscription.objects.exists()  # a scanner's GET changes nothing
    done = client.post(url)
    assert done.status_code == 200 and not Subscription.objects.exists()
    again = client.post(url)  # a second click: still a polite answer
    assert again.status_code == 200


def test_one_click_post_from_a_mail_provider_needs_no_csrf_token():
    subscription = confirmed()
    provider = Client(enforce_csrf_checks=True)
    response = provider.post(mails.unsubscribe_url(subscription, ROOT), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and not Subscription.objects.exists()


def test_a_tampered_link_changes_nothing(client):
    subscription = confirmed()
    url = mails.unsubscribe_url(subscription, ROOT)
    for bad in (url[:-5] + "xxxx/", url.replace("/unsubscribe/", "/unsubscribe/a")):
        assert client.post(bad).status_code == 400
    assert Subscription.objects.exists()


def test_every_mail_carries_the_headers_and_the_link(client):
    subscription = confirmed()
    url = mails.unsubscribe_url(subscription, ROOT)
    message = mails.message("fr", subscription.email, "Objet", "new_item", {"page": {"title": "Titre"}, "url": "http://x/"}, unsubscribe=url)
    mails.send([message])
    (sent,) = mail.outbox
    assert sent.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in sent.body and "désabonner" in sent.body
