"""The demo's clip and photo story: generated offline, translated, served, and loaded only once.
(tests/demo/ runs the whole `load_demo`, this demo included.)"""

import pytest
from bs4 import BeautifulSoup

from foreign_info.media import demo
from foreign_info.media.models import VideoClip
from foreign_info.media.probe import probe
from foreign_info.publishing.models import ClipPage, GalleryPage
from tests.conftest import translated_path

pytestmark = pytest.mark.django_db


def test_the_demo_adds_a_vertical_subtitled_clip_and_a_captioned_photo_story(client, section, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert demo.load(lambda message: None) == []
    counts = (VideoClip.objects.count(), ClipPage.objects.count(), GalleryPage.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        assert demo.load(lambda message: None) == []
    assert (VideoClip.objects.count(), ClipPage.objects.count(), GalleryPage.objects.count()) == counts == (1, 2, 3)

    clip = VideoClip.objects.get()
    facts = probe(clip.playable_file.path)
    assert clip.orientation == "vertical" and facts.video_codec == "h264" and facts.duration == pytest.approx(10, abs=0.2)
    english = client.get(f"{translated_path(demo.CLIP_SLUG, 'en')}subtitles/").content.decode()
    assert english.startswith("WEBVTT") and "The gongs ring out across the village." in english
    vietnamese = BeautifulSoup(client.get(f"/vi/{demo.CLIP_SLUG}/").content, "html.parser")
    assert {track["srclang"] for track in vietnamese.select("video track")} == {"vi", "en"}
    for code, caption in (("vi", "Bình minh trên đồi cà phê."), ("en", "Dawn over the coffee hills."), ("fr", "L'aube sur les collines de café.")):
        soup = BeautifulSoup(client.get(translated_path(demo.GALLERY_SLUG, code) if code != "vi" else f"/vi/{demo.GALLERY_SLUG}/").content, "html.parser")
        assert soup.select_one(".gallery-item .caption").text == caption
