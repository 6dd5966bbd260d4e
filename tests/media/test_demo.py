"""The demo's clip and photo story: generated offline, translated, served, and loaded only once."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from foreign_info.media import demo
from foreign_info.media.models import VideoClip
from foreign_info.media.probe import probe
from foreign_info.publishing.models import ClipPage, GalleryPage

pytestmark = pytest.mark.django_db


def test_the_demo_adds_a_vertical_subtitled_clip_and_a_captioned_photo_story(client, locales, capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    assert "untranslated" not in capsys.readouterr().err
    counts = (VideoClip.objects.count(), ClipPage.objects.count(), GalleryPage.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    assert (VideoClip.objects.count(), ClipPage.objects.count(), GalleryPage.objects.count()) == counts == (1, 2, 3)

    clip = VideoClip.objects.get()
    facts = probe(clip.playable_file.path)
    assert clip.orientation == "vertical" and facts.video_codec == "h264" and facts.duration == pytest.approx(10, abs=0.2)
    english = client.get(f"/en/{demo.CLIP_SLUG}/subtitles/").content.decode()
    assert english.startswith("WEBVTT") and "The gongs ring out across the village." in english
    vietnamese = BeautifulSoup(client.get(f"/vi/{demo.CLIP_SLUG}/").content, "html.parser")
    assert {track["srclang"] for track in vietnamese.select("video track")} == {"vi", "en"}
    # Every translated section lists its children again (see load_demo's recount).
    from wagtail.models import Page

    for section in Page.objects.filter(depth=2):
        assert section.numchild == section.get_children().count() == Page.objects.child_of(section).count()
    for code, caption in (("vi", "Bình minh trên đồi cà phê."), ("en", "Dawn over the coffee hills."), ("fr", "L'aube sur les collines de café.")):
        soup = BeautifulSoup(client.get(f"/{code}/{demo.GALLERY_SLUG}/").content, "html.parser")
        assert soup.select_one(".gallery-item .caption").text == caption
