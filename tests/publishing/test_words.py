"""Words readers see: one name for the section per language, alt text in the page's language, and a
credit typed with its own "Photo:" label shown with one label, not two."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext

from foreign_info.core.languages import LANGUAGE_CODES
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_demo_sections_heading_is_the_brand(code):
    """The header's brand and the section's own title name the section the same way."""
    from foreign_info.publishing.demo import content

    with translation.override(code):
        assert gettext("Foreign information") == content.SECTION["title"][code]


def test_a_translated_page_never_falls_back_to_the_vietnamese_photo_description(client, section):
    hero = factories.ImageFactory(description="Đồi cà phê xanh")
    article = factories.ArticlePageFactory(parent=section, slug="ca-phe", hero_image=hero, hero_alt="")
    publish(article)
    video = factories.video_clip()
    video.poster.description = "Nghệ nhân đánh cồng"
    video.poster.save()
    clip = publish(factories.ClipPageFactory(parent=section, slug="cong-chieng", clip=video))
    # The source page carries the description as its own alt text, so translators translate it.
    article.refresh_from_db()
    assert article.hero_alt == "Đồi cà phê xanh"
    translate(article, "en", title="Coffee", hero_alt="Green coffee hills")
    assert clip.poster_alt == "Nghệ nhân đánh cồng"
    translate(clip, "en", title="Gongs", poster_alt="An artisan plays the gong")
    home = soup(client.get("/en/"))
    alts = {image["alt"] for image in home.select("img")}
    assert "Green coffee hills" in alts and "An artisan plays the gong" in alts
    assert not alts & {"Đồi cà phê xanh", "Nghệ nhân đánh cồng"}


def test_a_translation_without_its_own_alt_text_shows_no_vietnamese(client, section):
    """Pages saved before the alt text was copied: the image's (Vietnamese) description is only
    ever the alt text of a Vietnamese page."""
    from foreign_info.publishing.models import ArticlePage

    hero = factories.ImageFactory(description="Đồi cà phê xanh")
    article = publish(factories.ArticlePageFactory(parent=section, slug="ca-phe", hero_image=hero))
    english = translate(article, "en", title="Coffee")
    ArticlePage.objects.filter(pk=english.pk).update(hero_alt="")
    english.refresh_from_db()
    assert english.hero_alt_text == ""
    assert article.hero_alt_text == "Đồi cà phê xanh"


@pytest.mark.parametrize("typed", ["Ảnh: Lê C / TTXVN", "ảnh:Lê C / TTXVN", "Photo: Lê C / TTXVN", " Ảnh : Lê C / TTXVN", "Lê C / TTXVN"])
def test_a_credit_typed_with_its_label_is_shown_with_one_label(client, section, typed):
    hero = factories.ImageFactory(description="Đồi cà phê", credit=typed)
    hero.refresh_from_db()
    assert hero.credit == "Lê C / TTXVN"
    publish(factories.ArticlePageFactory(parent=section, slug="ca-phe", hero_image=hero))
    credit = soup(client.get("/vi/ca-phe/")).select_one(".credit").text
    assert credit == "Ảnh: Lê C / TTXVN"


def test_a_name_that_starts_like_a_label_is_kept(section):
    assert factories.ImageFactory(credit="Ảnh Việt Studio").credit == "Ảnh Việt Studio"
    clip = factories.video_clip()
    clip.credit = "Video: Trần B"
    clip.save()
    clip.refresh_from_db()
    assert clip.credit == "Trần B"


def test_a_translated_kit_shows_no_vietnamese_cover_description(client, section):
    from foreign_info.presskits.models import PressKitPage, PressRoomPage

    cover = factories.ImageFactory(description="Lễ hội cà phê")
    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi")
    section.add_child(instance=room)
    publish(room)
    translate(room, "en", title="Press room")
    kit = PressKitPage(title="Lễ hội", slug="le-hoi", summary="Tóm tắt.", cover_image=cover)
    room.add_child(instance=kit)
    publish(kit)
    translate(kit, "en", title="Coffee festival")
    for path in ("/en/bao-chi/", "/en/bao-chi/le-hoi/"):
        alts = {image["alt"] for image in soup(client.get(path)).select("img")}
        assert "Coffee festival" in alts and "Lễ hội cà phê" not in alts, path
    assert "Lễ hội cà phê" in {image["alt"] for image in soup(client.get("/vi/bao-chi/le-hoi/")).select("img")}
