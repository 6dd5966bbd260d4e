"""Markup the Nu HTML checker and axe found wrong, checked fast through the test client on real
pages (the full validator and axe runs over every page type are slow checks: tests/browser/test_markup_checks.py)."""

import re

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db

# HTML's machine-readable forms for <time datetime> (a fraction of a second has at most three digits)
VALID_DATETIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2}"  # a date
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})"  # a global date and time
    r"|PT(\d+H)?(\d+M)?(\d+(\.\d{1,3})?S)?)$"  # a duration
)


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def clip_page(section):
    return publish(factories.ClipPageFactory(parent=section, title="Đêm hội cồng chiêng", slug="dem-hoi"))


@pytest.fixture
def topic_article(section):
    topic = factories.TopicFactory(locale=section.locale, slug="du-lich", name="Du lịch")
    article = factories.ArticlePageFactory(parent=section, slug="ho-lak", title="Hồ Lắk")
    article.topics.add(topic)
    return publish(article)


def test_every_time_element_has_a_valid_machine_readable_datetime(client, section, topic_article, clip_page):
    """Publication dates carry microseconds (timezone.now()), which `|date:'c'` printed; transcript
    times had no datetime at all."""
    factories.gallery_page(section, count=2)
    assert topic_article.date.microsecond or clip_page.date.microsecond  # what made the checker fail
    paths = ["/vi/", "/vi/ho-lak/", "/vi/dem-hoi/", "/vi/phong-su-anh/", "/vi/topics/du-lich/", "/vi/search/?q=H%E1%BB%93"]
    times = [(path, time) for path in paths for time in soup_of(client, path).select("time")]
    assert {path for path, _ in times} >= {"/vi/", "/vi/ho-lak/", "/vi/dem-hoi/", "/vi/topics/du-lich/"}
    for path, time in times:
        assert VALID_DATETIME.match(time.get("datetime", "")), (path, str(time))
    cue_times = [time["datetime"] for time in soup_of(client, "/vi/dem-hoi/").select(".transcript time")]
    assert cue_times == ["PT0S", "PT0.8S"]


def test_the_lightbox_skeleton_has_no_empty_media_or_download(client, section):
    factories.gallery_page(section, count=2)
    page = soup_of(client, "/vi/phong-su-anh/")
    dialog = page.select_one("dialog.lightbox")
    assert dialog is not None
    assert all(source.get("srcset") for source in page.select("source")), "a <source> in <picture> needs srcset"
    assert all(image.get("src") for image in page.select("img")), "an <img> needs src"
    assert all(link.get("href") for link in page.select("a[download]")), "<a download> needs href"


def heading_levels(page):
    return [int(heading.name[1]) for heading in page.select("h1, h2, h3, h4, h5, h6")]


@pytest.mark.parametrize("path", ["/vi/", "/vi/topics/du-lich/", "/vi/search/?q=H%E1%BB%93", "/vi/ho-lak/"])
def test_heading_levels_are_never_skipped(client, section, topic_article, path):
    levels = heading_levels(soup_of(client, path))
    assert levels and levels[0] == 1, levels
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False)), levels


def test_the_clip_track_in_the_spoken_language_is_captions(client, clip_page, django_capture_on_commit_callbacks):
    """The Vietnamese cues transcribe what is said, for readers who cannot hear it: captions; their
    translations are subtitles."""
    from foreign_info.publishing.demo.translate import translate_instance

    with django_capture_on_commit_callbacks(execute=True):
        translate_instance(
            clip_page, "en", {"Đêm hội cồng chiêng": "A night of gongs", "Tiếng cồng vang lên.": "The gongs ring out.", "Mọi người cùng múa.": "All dance."}
        )
    for path in ("/vi/dem-hoi/", "/en/a-night-of-gongs/"):
        tracks = {track["srclang"]: track["kind"] for track in soup_of(client, path).select("video track")}
        assert tracks == {"vi": "captions", "en": "subtitles"}, path


def test_article_pages_do_not_share_the_article_box_class_with_their_body(client, section, topic_article, clip_page):
    """site.css boxes `.article` at 50rem; on <body> it shrank the header and footer too."""
    factories.gallery_page(section, count=1)
    for path in ("/vi/ho-lak/", "/vi/dem-hoi/", "/vi/phong-su-anh/"):
        page = soup_of(client, path)
        assert "article" not in page.body.get("class", []), path
        assert page.select_one("main article.article") is not None, path


def test_the_largest_image_of_an_article_and_the_home_is_fetched_first(client, section):
    """Lighthouse's largest contentful paint: the hero image asks the browser for high priority
    and is never lazy; card images further down stay lazy."""
    image = factories.ImageFactory(description="Hồ Lắk lúc bình minh")
    section.hero_image = image
    publish(section)
    article = publish(factories.ArticlePageFactory(parent=section, slug="binh-minh", title="Bình minh", hero_image=image))
    for path in (article.url, section.url):
        page = soup_of(client, path)
        hero = page.select_one(".hero-figure img")
        assert hero["fetchpriority"] == "high" and not hero.has_attr("loading"), path
    assert all(img["loading"] == "lazy" for img in soup_of(client, section.url).select(".card-image"))
