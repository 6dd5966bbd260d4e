"""The demo's subscribers are confirmed and receive the demo's statements (and the French one its
released kit) in their language, once, as the README says."""

import pytest
from django.test import Client

from foreign_info.subscriptions.models import Subscription

pytestmark = pytest.mark.django_db


def test_demo_subscribers_receive_the_statements_in_their_language(demo):
    assert set(Subscription.objects.confirmed().values_list("email", "language")) == {("claire.dubois@example.org", "fr"), ("james.miller@example.org", "en")}
    to_claire = sorted(message.subject for message in demo.mails if message.to == ["claire.dubois@example.org"])
    to_james = sorted(message.subject for message in demo.mails if message.to == ["james.miller@example.org"])
    # The released French kit and both statements; the kit under embargo waits for its time.
    assert [subject.split(" : ")[0] for subject in to_claire] == ["Nouveau dossier de presse", "Nouvelle déclaration", "Nouvelle déclaration"]
    assert len(to_james) == 2 and all(subject.startswith("New statement: ") for subject in to_james)
    form = Client().get("/fr/salle-de-presse/subscribe/")  # where the README sends the reader
    assert form.status_code == 200 and "S’abonner aux nouveaux dossiers de presse et déclarations" in form.content.decode()
    assert Subscription.objects.count() == 2
