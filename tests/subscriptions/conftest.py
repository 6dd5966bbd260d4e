"""A press room in Vietnamese, French and English, a French statement to announce, and helpers to
subscribe through the public form and to run the tasks a dummy queue holds."""

import re

import pytest
from django.core import mail
from django_tasks import default_task_backend

from foreign_info.presskits.models import PressRoomPage
from foreign_info.subscriptions.models import Kind, Subscription
from tests.conftest import publish, translate
from tests.presskits.conftest import kit_page, press_room  # noqa: F401  (fixtures)
from tests.statements.conftest import make_statement


def room_in(room, code):
    return PressRoomPage.objects.get(translation_key=room.translation_key, locale__language_code=code)


@pytest.fixture
def french_room(press_room):  # noqa: F811  (the imported fixture)
    return room_in(press_room, "fr")


def subscribe_url(room):
    return room.url + room.reverse_subpage("subscribe")


def form(**changes):
    data = {"email": "claire@example.fr", "language": "fr", "kinds": [Kind.PRESS_KITS, Kind.STATEMENTS], "consent": "on", "website": ""}
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def link_in(message, marker):
    return next(url for url in re.findall(r"https?://\S+", message.body) if marker in url)


def subscribed(client, room, django_capture_on_commit_callbacks, **changes):
    """Subscribe through the form and confirm through the mailed link: the confirmed subscription."""
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(subscribe_url(room), form(**changes)).status_code == 302
    link = link_in(mail.outbox[-1], "/subscribe/confirm/")
    assert client.post(link).status_code == 200
    mail.outbox.clear()
    return Subscription.objects.get(email=form(**changes)["email"])


def confirmed(email="claire@example.fr", language="fr", kinds=(Kind.PRESS_KITS, Kind.STATEMENTS), topics=()):
    from django.utils import timezone

    return Subscription.objects.create(email=email, language=language, kinds=list(kinds), topics=list(topics), confirmed_at=timezone.now())


def french_statement(section, title="Déclaration sur la récolte du café"):
    """A Vietnamese statement (the section is translated into French by press_room) and its French copy."""
    statement = publish(make_statement(section))
    return statement, translate(statement, "fr", title=title, slug="declaration-recolte")


@pytest.fixture
def queued(settings):
    """Tasks are queued, not run (the dummy backend): `run_queued()` does what a worker does."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend


def subscription_tasks(backend):
    return [result.task.name for result in backend.results if result.task.module_path.startswith("foreign_info.subscriptions.")]


def run_queued(backend):
    """Run every queued task, and those they queue, in order (what a worker does); returns the
    names of the subscription tasks that ran."""
    ran = []
    while backend.results:
        result = backend.results.pop(0)
        result.task.call(*result.args, **result.kwargs)
        if result.task.module_path.startswith("foreign_info.subscriptions."):
            ran.append(result.task.name)
    return ran


__all__ = ["kit_page"]
