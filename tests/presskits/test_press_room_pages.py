"""The press room and kit pages as a foreign journalist reads them, and their query counts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from foreign_info.presskits import builds
from foreign_info.presskits.models import KitBuild
from foreign_info.publishing.models import ArticlePage
from tests import factories
from tests.conftest import publish, translate

from .conftest import french, kit_page
from .serving import accredited, download_url


@pytest.fixture
def french_kit(kit, article):
    return french(kit, title="Festival du café de Buôn Ma Thuột", summary="Le 9e festival du café a lieu du 10 au 14 mars.")


def test_french_press_room_lists_kits_with_what_they_contain(client, french_kit, embargoed_kit):
    page = client.get("/fr/bao-chi/").content.decode()
    assert "Festival du café de Buôn Ma Thuột" in page and "Le 9e festival" in page
    assert "1 article" in page and "1 photo" in page and "0 clip" in page
    assert embargoed_kit.title not in page  # only in Vietnamese, and embargoed


def test_journalists_see_embargoed_kits_with_a_banner(client, press_room, embargoed_kit):
    assert embargoed_kit.title not in client.get("/vi/bao-chi/").content.decode()
    accredited(client)
    page = client.get("/vi/bao-chi/").content.decode()
    assert embargoed_kit.title in page and "embargo-banner" in page
    kit_page_html = client.get(embargoed_kit.url).content.decode()
    assert "embargo-banner" in kit_page_html and "data-local-time" in kit_page_html
    assert "UTC" in kit_page_html and "UTC+7" in kit_page_html
    assert f'datetime="{embargoed_kit.embargo_until.astimezone(__import__("datetime").UTC).replace(microsecond=0).isoformat()}"' in kit_page_html


def test_french_kit_page_with_contents_and_sizes(client, french_kit, article):
    response = client.get(french_kit.url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "kit-vi-only" in page and article.title in page  # the article exists only in Vietnamese
    assert "Chú thích 1" in page and "Lê C / TTXVN" in page  # caption and credit
    facts = page[page.index("kit-facts") :]
    assert "Diện tích cà phê" in facts and "Nguyễn Thị Hoa" in page
    assert re.search(r"210\D?000 ha", facts), facts[:600]  # grouped the French way
    for language in ("fr", "all"):
        for resolution in ("web", "original"):
            assert f'href="{download_url(french_kit, language, resolution)}"' in page
    estimate = builds.estimated_size(french_kit, "fr", "web", builds.fingerprint(french_kit, "fr", "web"))
    assert f'data-size="{estimate}"' in page
    # After a download the exact size of the stored ZIP is shown.
    client.get(download_url(french_kit, "fr", "web"))
    build = KitBuild.objects.get()
    assert f'data-size="{build.size}"' in client.get(french_kit.url).content.decode()
    # A French translation of the article replaces the "Vietnamese only" entry.
    translate(article, "fr", title="Le café de Buôn Ma Thuột conquiert le monde")
    page = client.get(french_kit.url).content.decode()
    assert "Le café de Buôn Ma Thuột conquiert le monde" in page and "kit-vi-only" not in page
    assert f'data-size="{build.size}"' not in page  # the stored ZIP is out of date


def test_a_kit_in_one_language_offers_no_all_languages_choice(client, kit):
    page = client.get(kit.url).content.decode()
    assert download_url(kit, "vi", "web") in page and "/download/all/" not in page


def kit_with(press_room, count, slug):
    articles = [publish(ArticlePageFactory(slug=f"{slug}-bai-{n}", title=f"Bài {n}")) for n in range(count)]
    photos = [factories.ImageFactory(title=f"Ảnh {n}") for n in range(count)]
    return kit_page(press_room, slug=slug, title=f"Bộ {slug}", pages=articles, photos=photos)


def ArticlePageFactory(**fields):  # noqa: N802 - reads like the factory it wraps
    from foreign_info.publishing.models import SectionPage

    return factories.ArticlePageFactory(parent=SectionPage.objects.get(locale__language_code="vi"), **fields)


def queries_for(client, url):
    client.get(url)  # renditions and estimates are made once, on the first visit
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_query_counts_do_not_grow_with_content(client, press_room):
    small = kit_with(press_room, 2, "nho")
    small_kit, small_room = queries_for(client, small.url), queries_for(client, "/vi/bao-chi/")
    large = kit_with(press_room, 10, "lon")
    assert queries_for(client, large.url) == small_kit
    assert queries_for(client, "/vi/bao-chi/") == small_room  # and one more kit costs nothing either
    for n in range(3):
        ArticlePage.objects.get(slug=f"lon-bai-{n}").unpublish()
    assert queries_for(client, large.url) == small_kit


def test_links_stay_on_the_host_the_reader_used_when_the_install_has_several_sites(client, french_kit):
    """With a second site (another province), Wagtail builds page URLs from the Site record's host
    name unless given the request: download links and redirects must stay relative."""
    from wagtail.models import Page, Site

    Site.objects.create(hostname="gialai.localhost", port=8000, root_page=Page.get_first_root_node(), site_name="Gia Lai")
    page = client.get("/fr/bao-chi/le-hoi-ca-phe/").content.decode()
    links = re.findall(r'class="kit-download-button" href="([^"]+)"', page)
    assert links and all(link.startswith("/fr/bao-chi/le-hoi-ca-phe/download/") for link in links)
    response = client.post("/fr/bao-chi/sign-out/")
    assert response.status_code == 302 and response["Location"] == "/fr/bao-chi/"
