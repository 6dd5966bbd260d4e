"""`load_demo` adds the press room in every language, an open kit, an embargoed kit and a pending
accreditation request, once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from foreign_info.core.languages import LANGUAGE_CODES
from foreign_info.presskits import demo_content as content
from foreign_info.presskits.models import AccreditationRequest, PressKitPage, PressRoomPage
from tests.conftest import translated_path

pytestmark = pytest.mark.django_db


def test_demo_press_room_lists_the_open_kit_and_hides_the_embargoed_one(client):
    assert PressRoomPage.objects.count() == len(LANGUAGE_CODES)
    for code in LANGUAGE_CODES:
        response = client.get(translated_path(content.PRESS_ROOM_SLUG, code) if code != "vi" else f"/vi/{content.PRESS_ROOM_SLUG}/")
        assert response.status_code == 200, code
        assert content.PRESS_ROOM["title"][code] in response.content.decode()

    french_room = translated_path(content.PRESS_ROOM_SLUG, "fr")
    french = client.get(french_room).content.decode()
    assert content.OPEN_KIT["title"]["fr"] in french
    assert content.EMBARGOED_KIT["title"]["fr"] not in french and content.EMBARGOED_KIT["title"]["vi"] not in french
    assert client.get(translated_path(content.OPEN_KIT_SLUG, "fr")).status_code == 200
    embargoed_kit = translated_path(content.EMBARGOED_KIT_SLUG, "fr")
    assert embargoed_kit is None or client.get(embargoed_kit).status_code == 404
    embargoed_article = translated_path(content.EMBARGOED_ARTICLE["slug"], "fr")
    assert embargoed_article is None or client.get(embargoed_article).status_code == 404

    open_kit = PressKitPage.objects.get(slug=content.OPEN_KIT_SLUG, locale__language_code="vi")
    assert len(open_kit.fact_sheet) == 5 and len(open_kit.contacts) == 3 and len(open_kit.pages) == 3 and len(open_kit.documents) == 1
    assert {kit.locale.language_code for kit in PressKitPage.objects.filter(translation_key=open_kit.translation_key)} == {"vi", "en", "fr"}
    source_kit = PressKitPage.objects.get(slug=content.EMBARGOED_KIT_SLUG, locale__language_code="vi")
    embargoed = PressKitPage.objects.get(translation_key=source_kit.translation_key, locale__language_code="en")
    assert timedelta(days=2) < embargoed.embargo_until - timezone.now() < timedelta(days=4)
    request = AccreditationRequest.objects.get(email=content.PENDING_REQUEST["email"])
    assert request.status == AccreditationRequest.Status.PENDING and request.language == "fr" and request.nationality == "FR"
