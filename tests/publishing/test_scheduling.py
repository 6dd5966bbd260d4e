"""Scheduled publishing and expiry (Wagtail's go-live and expiry dates, run by `publish_scheduled`)."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def test_an_article_goes_live_at_its_time_and_shows_on_the_listing(client, section):
    article = factories.ArticlePageFactory(parent=section, title="Bài hẹn giờ", slug="hen-gio", live=False)
    article.go_live_at = timezone.now() + timedelta(hours=1)
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    assert not article.live
    client.get("/vi/")  # the listing is now cached without it
    assert client.get("/vi/hen-gio/").status_code == 404

    two_hours_later = timezone.now() + timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=two_hours_later):
        call_command("publish_scheduled")

    assert client.get("/vi/hen-gio/").status_code == 200
    assert "Bài hẹn giờ" in client.get("/vi/").content.decode()


def test_an_expired_article_leaves_the_site(client, section, article):
    client.get("/vi/")
    assert client.get("/vi/ca-phe/").status_code == 200
    article.expire_at = timezone.now() - timedelta(minutes=1)
    article.save()
    call_command("publish_scheduled")
    assert client.get("/vi/ca-phe/").status_code == 404
    assert article.title not in client.get("/vi/").content.decode()
