"""Responsive pictures (issue 14, "Speed"): every large photo comes in several widths and formats
with `sizes` that match the layout, the page's LCP photo is the only one fetched with high
priority, the others load lazily, and each picture reserves its space (width and height)."""

import re

import pytest
from bs4 import BeautifulSoup

from foreign_info.core.pictures import LAYOUTS, specs
from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def camera_image(**kwargs):
    return factories.ImageFactory(file__width=2000, file__height=1500, file__color="olive", **kwargs)


def widths(srcset):
    return [int(candidate.split()[1].removesuffix("w")) for candidate in srcset.split(", ")]


def pictures(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find_all("picture")


def check_picture(picture, layout, expected_widths):
    sources = picture.find_all("source")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    image = picture.find("img")
    for candidates in [source["srcset"] for source in sources] + [image["srcset"]]:
        assert widths(candidates) == expected_widths
    assert {source["sizes"] for source in sources} | {image["sizes"]} == {LAYOUTS[layout].sizes}
    assert image["src"].endswith(".jpg") and image["src"] in image["srcset"]
    assert int(image["width"]) == expected_widths[0] and int(image["height"]) > 0
    return image


def test_article_hero_is_the_only_high_priority_picture_and_cards_are_lazy(client, section):
    topic = factories.TopicFactory(locale=section.locale, slug="dau-tu")
    article = factories.ArticlePageFactory(parent=section, slug="chinh", hero_image=camera_image(), hero_alt="Đồi cà phê")
    article.topics.add(topic)
    publish(article)
    related = factories.ArticlePageFactory(parent=section, slug="lien-quan", hero_image=camera_image())
    related.topics.add(topic)
    publish(related)

    hero, card = pictures(client, "/vi/chinh/")
    image = check_picture(hero, "hero", [480, 800, 1200, 1600])
    assert image["fetchpriority"] == "high" and not image.has_attr("loading") and image["alt"] == "Đồi cà phê"
    image = check_picture(card, "card-side", [320, 640, 960])
    assert image["loading"] == "lazy" and not image.has_attr("fetchpriority") and "card-image" in image["class"]


def test_section_home_banner_leads_and_featured_cards_span_the_phone(client, section):
    section.hero_image = camera_image()
    section.hero_alt = "Hồ Lắk"
    publish(section)
    article = publish(factories.ArticlePageFactory(parent=section, slug="noi-bat", hero_image=camera_image()))
    section.featured_items.create(page=article)
    publish(section)
    publish(factories.ArticlePageFactory(parent=section, slug="moi", hero_image=camera_image()))

    banner, featured, latest = pictures(client, "/vi/")
    assert check_picture(banner, "banner", [480, 800, 1200, 1600])["fetchpriority"] == "high"
    assert check_picture(featured, "card", [320, 640, 960])["loading"] == "lazy"
    assert check_picture(latest, "card-side", [320, 640, 960])["loading"] == "lazy"


def test_a_small_original_lists_each_width_once(client, section):
    """Renditions never upscale: an 800 px photo gives 480 and 800, not 800 three times (the HTML
    standard forbids two candidates of one width)."""
    small = factories.ImageFactory(file__width=800, file__height=600)
    publish(factories.ArticlePageFactory(parent=section, slug="nho", hero_image=small))
    (hero,) = pictures(client, "/vi/nho/")
    check_picture(hero, "hero", [480, 800])


def test_every_card_layout_crops_alike_so_one_prefetch_serves_them_all():
    """Listings prefetch `specs("card")` (publishing/listings.py): a layout with other crops would
    cost a query per card."""
    card_layouts = [name for name in LAYOUTS if name.startswith("card")]
    assert len(card_layouts) > 1
    assert all(specs(name) == specs("card") for name in card_layouts)
    assert all(re.fullmatch(r"fill-\d+x\d+-c80\|format-(avif|webp|jpeg)", spec) for spec in specs("card"))
