"""The press room and its accreditation form are linked from the navigation of every page, in every
language: the room in the reader's language, or the Vietnamese one where none is translated yet."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db


def nav_links(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    page = BeautifulSoup(response.content, "html.parser")
    return {link.get_text(strip=True): link for link in page.select("nav.primary-nav a")}


@pytest.mark.parametrize(
    ("code", "room", "press_label", "form_label"),
    [
        ("vi", "/vi/bao-chi/", "Phòng báo chí", None),
        ("fr", None, "Espace presse", None),
        ("en", None, "Press room", "Accreditation request"),
        ("lo", "/vi/bao-chi/", None, None),  # no Lao press room yet: the Vietnamese one
    ],
)
def test_every_language_links_the_press_room_and_the_accreditation_form(client, press_room, code, room, press_label, form_label):
    article = publish(factories.ArticlePageFactory(parent=press_room.get_parent(), slug="ca-phe", title="Cà phê"))
    if code != "vi":
        translate(article, code, title=f"Cà phê {code}")

    expected = room or Page.objects.get(translation_key=press_room.translation_key, locale__language_code=code).url
    for path in (f"/{code}/", Page.objects.get(translation_key=article.translation_key, locale__language_code=code).url, expected):
        links = nav_links(client, path)
        hrefs = {link["href"] for link in links.values()}
        assert expected in hrefs and f"{expected}accreditation/" in hrefs, (path, hrefs)
        if press_label:
            assert links[press_label]["href"] == expected
        if form_label:
            assert links[form_label]["href"] == f"{expected}accreditation/"
    assert client.get(f"{expected}accreditation/").status_code == 200


def test_a_newly_translated_press_room_replaces_the_fallback_at_once(client, press_room):
    assert "/vi/bao-chi/" in {link["href"] for link in nav_links(client, "/lo/").values()}  # cached now
    lao = translate(press_room, "lo", title="ຫ້ອງຂ່າວ")
    hrefs = {link["href"] for link in nav_links(client, "/lo/?fresh=1").values()}
    assert lao.url in hrefs and "/vi/bao-chi/" not in hrefs
