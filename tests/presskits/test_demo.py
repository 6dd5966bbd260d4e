"""`load_demo` adds the press room in every language, an open kit, an embargoed kit and a pending
accreditation request, once."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from foreign_info.core.languages import LANGUAGE_CODES
from foreign_info.presskits import demo_content as content
from foreign_info.presskits.models import AccreditationRequest, PressKitPage, PressRoomPage

pytestmark = pytest.mark.django_db


def test_demo_press_room_lists_the_open_kit_and_hides_the_embargoed_one(client, locales, capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    assert "untranslated" not in capsys.readouterr().err
    counts = (Page.objects.count(), AccreditationRequest.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    assert (Page.objects.count(), AccreditationRequest.objects.count()) == counts

    assert PressRoomPage.objects.count() == len(LANGUAGE_CODES)
    for code in LANGUAGE_CODES:
        response = client.get(f"/{code}/{content.PRESS_ROOM_SLUG}/")
        assert response.status_code == 200, code
        assert content.PRESS_ROOM["title"][code] in response.content.decode()

    french = client.get(f"/fr/{content.PRESS_ROOM_SLUG}/").content.decode()
    assert content.OPEN_KIT["title"]["fr"] in french
    assert content.EMBARGOED_KIT["title"]["fr"] not in french and content.EMBARGOED_KIT["title"]["vi"] not in french
    assert client.get(f"/fr/{content.PRESS_ROOM_SLUG}/{content.OPEN_KIT_SLUG}/").status_code == 200
    assert client.get(f"/fr/{content.PRESS_ROOM_SLUG}/{content.EMBARGOED_KIT_SLUG}/").status_code == 404
    assert client.get(f"/fr/{content.EMBARGOED_ARTICLE['slug']}/").status_code == 404

    open_kit = PressKitPage.objects.get(slug=content.OPEN_KIT_SLUG, locale__language_code="vi")
    assert len(open_kit.fact_sheet) == 5 and len(open_kit.contacts) == 3 and len(open_kit.pages) == 3 and len(open_kit.documents) == 1
    assert {kit.locale.language_code for kit in PressKitPage.objects.filter(translation_key=open_kit.translation_key)} == {"vi", "en", "fr"}
    embargoed = PressKitPage.objects.get(slug=content.EMBARGOED_KIT_SLUG, locale__language_code="en")
    assert timedelta(days=2) < embargoed.embargo_until - timezone.now() < timedelta(days=4)
    request = AccreditationRequest.objects.get(email=content.PENDING_REQUEST["email"])
    assert request.status == AccreditationRequest.Status.PENDING and request.language == "fr" and request.nationality == "FR"
