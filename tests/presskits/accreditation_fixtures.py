"""Shared by the tests/presskits/test_accreditation_*.py files: valid form data, a French
journalist's request, reviewers and the other roles of the admin matrix."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Locale

from foreign_info.presskits.groups import PRESS_OFFICERS_GROUP, ensure_groups
from foreign_info.presskits.models import AccreditationRequest, PressRoomPage
from tests.conftest import speaks


def form_data(**changes):
    start = timezone.localdate() + timedelta(days=10)
    data = {
        "name": "Claire Dubois",
        "outlet": "Le Monde",
        "outlet_country": "FR",
        "nationality": "FR",
        "position": "Correspondante",
        "email": "claire@example.fr",
        "phone": "+33 1 23 45 67 89",
        "languages": ["fr", "en"],
        "purpose": "Reportage sur la filière du café.",
        "visit_start": start.isoformat(),
        "visit_end": (start + timedelta(days=5)).isoformat(),
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def room_in(press_room, code):
    return PressRoomPage.objects.get(translation_key=press_room.translation_key, locale__language_code=code)


@pytest.fixture
def french_room(press_room):
    return room_in(press_room, "fr")


def make_request(press_room, language="fr", **fields):
    start = timezone.localdate() + timedelta(days=10)
    values = {
        "name": "Claire Dubois",
        "outlet": "Le Monde",
        "outlet_country": "FR",
        "nationality": "FR",
        "position": "Correspondante",
        "email": "claire@example.fr",
        "phone": "+33 1 23 45 67 89",
        "languages": ["fr"],
        "purpose": "Reportage.",
        "visit_start": start,
        "visit_end": start + timedelta(days=3),
        "consent": True,
        "language": language,
        "press_room": room_in(press_room, language) if language in ("vi", "fr", "en") else press_room,
    }
    values.update(fields)
    return AccreditationRequest.objects.create(**values)


@pytest.fixture
def pending(press_room):
    return make_request(press_room)


@pytest.fixture
def people(db, django_user_model, section):
    """Every role the admin matrix tries: a superuser, a press officer, a translator and a
    reviewer (of French), a plain editor, and a user with no rights at all."""
    from foreign_info.translation.groups import ensure_groups as ensure_translation_groups
    from foreign_info.translation.models import LanguageAssignment

    ensure_groups()
    ensure_translation_groups()
    users = {}

    def make(name, **extra):
        users[name] = speaks(django_user_model.objects.create_user(name, f"{name}@example.org", "pw-12345-xyz", **extra), "en")
        return users[name]

    make("superuser", is_superuser=True, is_staff=True)
    make("press_officer").groups.add(Group.objects.get(name=PRESS_OFFICERS_GROUP))
    for role in ("translator", "reviewer"):
        LanguageAssignment.objects.create(user=make(role), locale=Locale.objects.get(language_code="fr"), role=role)
    editor = make("editor")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    make("stranger")
    return users


@pytest.fixture
def french_embargoed_kit(embargoed_kit):
    """The embargoed kit in French, as the French press room lists it."""
    from tests.presskits.conftest import french

    return french(embargoed_kit, title="Annonce du plan d'aménagement")
