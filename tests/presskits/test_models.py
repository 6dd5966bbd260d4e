"""The press-room page tree and what a kit resolves to in each language."""

from datetime import timedelta

from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase  # noqa: F401  (assertCanCreateAt lives on it)

from foreign_info.presskits.contents import kit_contents, kit_languages
from foreign_info.presskits.embargo import hidden
from foreign_info.presskits.models import PressKitPage, PressRoomPage
from foreign_info.publishing.models import ArticlePage, SectionPage
from tests.conftest import publish, translate
from tests.presskits.conftest import french, kit_page


def test_page_tree():
    assert PressRoomPage in SectionPage.allowed_subpage_models()
    assert PressKitPage.allowed_subpage_models() == []
    assert PressRoomPage.allowed_subpage_models() == [PressKitPage]
    assert set(PressKitPage.allowed_parent_page_models()) == {PressRoomPage}


def test_contents_in_french_fall_back_to_vietnamese_for_untranslated_pages(kit, article):
    french_kit = french(kit, title="Festival du café")
    contents = kit_contents(french_kit)
    assert contents.language == "fr"
    [item] = contents.pages
    assert item.page.pk == article.pk and item.in_kit_language is False
    assert [fact.label for fact in contents.facts] == ["Diện tích cà phê", "Sản lượng"]  # untranslated labels are copied
    assert contents.photos[0].credit == "Lê C / TTXVN"
    french_article = translate(article, "fr", title="Le café de Buôn Ma Thuột")
    [item] = kit_contents(french_kit).pages
    assert item.page.pk == french_article.pk and item.in_kit_language is True
    assert kit_languages(kit) == ["vi", "fr"]


def test_unpublished_pages_leave_the_kit(kit, article):
    article.unpublish()
    assert kit_contents(PressKitPage.objects.get(pk=kit.pk)).pages == []


def test_embargo_hides_the_kit_and_what_only_it_contains(press_room, kit, article):
    assert not hidden()
    later = timezone.now() + timedelta(hours=5)
    other = publish(ArticlePage.objects.get(pk=article.pk).copy(update_attrs={"slug": "khac", "title": "Khác"}, to=article.get_parent()))
    embargoed = kit_page(press_room, slug="cam", embargo_until=later, pages=[article, other])
    answer = hidden()
    assert embargoed.translation_key in answer.page_keys
    assert other.translation_key in answer.page_keys
    assert article.translation_key not in answer.page_keys  # the open kit also contains it
    assert answer.valid_until == later
    assert not hidden(now=later + timedelta(seconds=1))


def test_press_room_and_kit_pages_render(client, kit, embargoed_kit):
    response = client.get("/vi/bao-chi/")
    assert response.status_code == 200
    assert kit.title in response.content.decode()
    assert embargoed_kit.title not in response.content.decode()
    assert client.get(kit.url).status_code == 200
