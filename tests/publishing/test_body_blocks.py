"""Clips and galleries inside an article body: rendered for readers, captions translated."""

import pytest
from bs4 import BeautifulSoup

from foreign_info.media.models import VideoClip
from foreign_info.publishing.demo.translate import translate_instance
from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def article_with_media(section):
    clip = factories.video_clip()
    photos = [factories.ImageFactory(file__width=1000, file__height=750) for _ in range(2)]
    body = [
        ("paragraph", "<p>Mở đầu.</p>"),
        ("clip", {"clip": clip, "caption": "Điệu múa xoang"}),
        (
            "gallery",
            {"title": "Ảnh lễ hội", "photos": [{"image": photo, "alt_text": f"Mô tả {n}", "caption": f"Chú thích {n}"} for n, photo in enumerate(photos)]},
        ),
    ]
    return publish(factories.ArticlePageFactory(parent=section, slug="le-hoi", title="Lễ hội", body=body)), clip


def test_a_clip_and_a_gallery_render_in_an_article(client, section):
    article, clip = article_with_media(section)
    soup = BeautifulSoup(client.get("/vi/le-hoi/").content, "html.parser")
    video = soup.select_one(".body-clip video")
    assert "autoplay" not in video.attrs and "controls" in video.attrs
    assert video.source["src"] == clip.playable_file.url
    assert "Điệu múa xoang" in soup.select_one(".body-clip figcaption").text
    images = soup.select(".body-gallery img")
    assert [img["alt"] for img in images] == ["Mô tả 0", "Mô tả 1"]
    assert ".webp" in soup.select_one(".body-gallery source")["srcset"]


def test_an_unplayable_clip_is_left_out_rather_than_broken(client, section):
    article, clip = article_with_media(section)
    VideoClip.objects.filter(pk=clip.pk).update(status=VideoClip.Status.PROCESSING)
    soup = BeautifulSoup(client.get("/vi/le-hoi/").content, "html.parser")
    assert soup.select(".body-clip") == [] and soup.select(".body-gallery")


def test_block_captions_and_alt_text_are_translated(client, section, django_capture_on_commit_callbacks):
    article, clip = article_with_media(section)
    strings = {"Lễ hội": "Festival", "Điệu múa xoang": "The xoang dance", "Mô tả 0": "Alt zero", "Chú thích 1": "Caption one"}
    with django_capture_on_commit_callbacks(execute=True):
        _, missing = translate_instance(article, "en", strings)
    assert "Điệu múa xoang" not in missing and "Mô tả 0" not in missing
    soup = BeautifulSoup(client.get("/en/festival/").content, "html.parser")
    assert "The xoang dance" in soup.select_one(".body-clip figcaption").text
    assert soup.select(".body-gallery img")[0]["alt"] == "Alt zero"
    assert "Caption one" in soup.select(".body-gallery figcaption")[1].text
