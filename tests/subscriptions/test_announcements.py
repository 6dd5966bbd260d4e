"""New kits and statements reach their subscribers from the task queue, in batches, in the
subscriber's language, once each; the publish request itself mails nobody; a lifted embargo
reaches the accredited journalists who could see the kit."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from foreign_info.presskits import embargo
from foreign_info.presskits.models import AccreditationRequest, PressKitPage
from foreign_info.subscriptions import announcements
from foreign_info.subscriptions.models import Announcement, Delivery, Kind
from foreign_info.subscriptions.tasks import announce
from tests import factories
from tests.conftest import publish, translate
from tests.presskits.accreditation_fixtures import make_request
from tests.statements.conftest import make_statement
from tests.subscriptions.conftest import confirmed, french_statement, kit_page, run_queued, subscription_tasks

pytestmark = pytest.mark.django_db


def test_a_publish_request_sends_no_mail_the_task_run_does(admin_client, section, press_room, queued, django_capture_on_commit_callbacks):
    confirmed(email="a@example.fr")
    statement = publish(make_statement(section))
    draft = statement.copy_for_translation(Locale.objects.get(language_code="fr"))
    draft.title = "Déclaration sur la récolte"
    draft.save_revision()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={draft.pk}"
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"include_descendants": False})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    assert not mail.outbox  # the request committed, queued the work, and mailed nobody
    assert subscription_tasks(queued) == ["announce"]
    assert run_queued(queued) == ["announce", "send_announcement_batch"]  # the announcement, then its one batch
    (message,) = mail.outbox
    assert message.to == ["a@example.fr"] and "Déclaration sur la récolte" in message.subject


def test_subscribers_get_items_of_their_language_kind_and_topic_in_batches(section, press_room, queued, settings, django_capture_on_commit_callbacks):
    settings.SUBSCRIPTIONS = {"BATCH_SIZE": 2}
    topic = factories.TopicFactory(name="Đầu tư", slug="investment")
    article = publish(factories.ArticlePageFactory(parent=section, title="Đầu tư cà phê", slug="dau-tu"))
    article.topics.add(topic)
    article.save_revision().publish()
    for number in range(3):
        confirmed(email=f"kits{number}@example.fr", kinds=[Kind.PRESS_KITS], topics=["investment"])
    confirmed(email="tourism@example.fr", kinds=[Kind.PRESS_KITS], topics=["tourism"])
    confirmed(email="statements@example.fr", kinds=[Kind.STATEMENTS])
    confirmed(email="english@example.com", language="en")
    from foreign_info.subscriptions.models import Subscription

    Subscription.objects.create(email="unconfirmed@example.fr", language="fr", kinds=[Kind.PRESS_KITS])
    with django_capture_on_commit_callbacks(execute=True):
        kit = kit_page(press_room, pages=[article])
        translate(kit, "fr", title="Dossier investissement", slug="dossier-investissement", summary="Le café attire les investisseurs.")
    run_queued(queued)
    assert Announcement.objects.count() == 2  # the Vietnamese kit and its French copy
    received = sorted(address for message in mail.outbox for address in message.to)
    assert received == ["kits0@example.fr", "kits1@example.fr", "kits2@example.fr"]
    message = mail.outbox[0]
    assert message.subject == "Nouveau dossier de presse : Dossier investissement"
    assert "Le café attire les investisseurs." in message.body and "/fr/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Delivery.objects.filter(sent_at__isnull=False).count() == 3


def test_no_subscriber_gets_an_item_twice_even_when_tasks_run_again(section, press_room, django_capture_on_commit_callbacks):
    subscriber = confirmed()
    with django_capture_on_commit_callbacks(execute=True):
        _statement, french = french_statement(section)
    assert len(mail.outbox) == 1
    announcement = Announcement.objects.get(page=french)
    announce.call(announcement.pk)  # a worker died after sending and the task runs again
    with django_capture_on_commit_callbacks(execute=True):
        publish(french)  # published again after an edit
    assert len(mail.outbox) == 1
    # A batch that claimed its rows and died before sending is not sent again (at most once).
    other = confirmed(email="b@example.fr")
    Delivery.objects.create(item_key=french.translation_key, subscription=other, batch=Delivery.objects.get(subscription=subscriber).batch)
    announcements.send_batch(announcement, announcements.SUBSCRIBER, [subscriber.pk, other.pk])
    assert len(mail.outbox) == 1


def test_an_embargoed_kit_waits_for_its_time_then_reaches_subscribers_and_journalists(press_room, queued, django_capture_on_commit_callbacks):
    confirmed(email="sub@example.fr", kinds=[Kind.PRESS_KITS])
    journalist = make_request(press_room, language="fr", email="claire@example.fr", name="Claire Dubois")
    AccreditationRequest.objects.filter(pk=journalist.pk).update(status="approved", access_expires_at=timezone.now() + timedelta(days=30))
    revoked = make_request(press_room, language="fr", email="revoked@example.fr")
    AccreditationRequest.objects.filter(pk=revoked.pk).update(status="approved", access_revoked_at=timezone.now())
    until = timezone.now() + timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        kit = kit_page(press_room, title="Công bố quy hoạch", slug="cong-bo", embargo_until=until)
        translate(kit, "fr", title="Annonce du plan", slug="annonce-du-plan")
        call_command("send_announcements")
    run_queued(queued)
    assert not mail.outbox  # nothing about an embargoed kit before its time
    PressKitPage.objects.filter(translation_key=kit.translation_key).update(embargo_until=timezone.now() - timedelta(minutes=1))
    Announcement.objects.update(due_at=timezone.now() - timedelta(minutes=1))
    embargo.forget()  # the cached embargo answer would have expired at the (real) release time
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_announcements")
    assert subscription_tasks(queued) == ["announce", "announce"]  # the Vietnamese kit and the French one
    run_queued(queued)
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["claire@example.fr", "sub@example.fr"]
    notice = by_address["claire@example.fr"]
    assert notice.subject == "Embargo levé : Annonce du plan" and "Claire Dubois" in notice.body and "/fr/" in notice.body
    assert by_address["sub@example.fr"].subject == "Nouveau dossier de presse : Annonce du plan"


def test_a_page_withdrawn_or_restricted_before_the_task_runs_is_not_mailed(section, press_room, queued, django_capture_on_commit_callbacks):
    confirmed()
    with django_capture_on_commit_callbacks(execute=True):
        _statement, french = french_statement(section)
    french.unpublish()
    run_queued(queued)
    with django_capture_on_commit_callbacks(execute=True):
        restricted = translate(publish(make_statement(section, slug="noi-bo")), "fr", title="Interne", slug="interne")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    run_queued(queued)
    assert not mail.outbox and not Delivery.objects.exists()


def test_a_failing_mail_server_logs_no_address(section, press_room, settings, caplog, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_PORT = 1  # nothing listens there
    confirmed(email="secret-person@example.fr")
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        french_statement(section)
    assert "secret-person" not in caplog.text and "Sending 1 subscription e-mail(s) failed" in caplog.text
    assert Delivery.objects.get().sent_at is None


def test_a_batch_costs_the_same_queries_for_two_subscribers_as_for_twenty(section, press_room, queued, django_capture_on_commit_callbacks):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with django_capture_on_commit_callbacks(execute=True):
        _statement, french = french_statement(section)
    announcement = Announcement.objects.select_related("page").get(page=french)
    counts = []
    for size in (1, 2, 20):  # the first warms the caches (site root paths, content types)
        Delivery.objects.all().delete()
        ids = [confirmed(email=f"n{size}-{number}@example.fr").pk for number in range(size)]
        with CaptureQueriesContext(connection) as queries:
            assert announcements.send_batch(announcement, announcements.SUBSCRIBER, ids) == size
        counts.append(len(queries))
    assert counts[1] == counts[2]
