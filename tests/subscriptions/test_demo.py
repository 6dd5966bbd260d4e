"""The demo's subscribers are confirmed and receive the demo's statements (and the French one its
released kit) in their language, once, as the README says."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from foreign_info.subscriptions.models import Subscription

pytestmark = pytest.mark.django_db


def test_demo_subscribers_receive_the_statements_in_their_language(locales, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=open("/dev/null", "w"))
    assert set(Subscription.objects.confirmed().values_list("email", "language")) == {("claire.dubois@example.org", "fr"), ("james.miller@example.org", "en")}
    to_claire = sorted(message.subject for message in mail.outbox if message.to == ["claire.dubois@example.org"])
    to_james = sorted(message.subject for message in mail.outbox if message.to == ["james.miller@example.org"])
    # The released French kit and both statements; the kit under embargo waits for its time.
    assert [subject.split(" : ")[0] for subject in to_claire] == ["Nouveau dossier de presse", "Nouvelle déclaration", "Nouvelle déclaration"]
    assert len(to_james) == 2 and all(subject.startswith("New statement: ") for subject in to_james)
    form = Client().get("/fr/salle-de-presse/subscribe/")  # where the README sends the reader
    assert form.status_code == 200 and "S’abonner aux nouveaux dossiers de presse et déclarations" in form.content.decode()
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == sent and Subscription.objects.count() == 2
