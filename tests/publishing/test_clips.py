"""ClipPage: the editor's subtitle upload, publishing only playable clips, the player with a track
per language, subtitles translated through wagtail-localize into each language's .vtt, JSON-LD."""

import io
import json

import av
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from foreign_info.media import subtitles
from foreign_info.media.models import VideoClip
from foreign_info.publishing.demo.translate import translate_instance
from foreign_info.publishing.models import ClipPage
from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db

SRT = """1
00:00:00,000 --> 00:00:00,800
Tiếng cồng vang lên.

2
00:00:00,800 --> 00:00:01,500
Mọi người cùng múa
quanh đống lửa.
""".encode()

VTT_WITH_SCRIPT = b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello <script>alert(1)</script>\n"
VTT_WITH_MARKUP = b"WEBVTT\n\n00:00.000 --> 00:01.000\n<b>Hello</b>\n"
SRT_BROKEN_TIME = b"1\n00:00:00,000 --> 00:00:61,000\nXin chao\n"
SRT_BACKWARDS = b"1\n00:00:02,000 --> 00:00:01,000\nXin chao\n"
SRT_NO_TIMING = b"1\nXin chao\n"


@pytest.fixture
def editor_client(client, section):
    from tests.conftest import speaks

    # English admin, so the assertions can read the messages (the catalogues translate them all).
    client.force_login(speaks(User.objects.create_superuser("editor1", "e@example.org", "pw"), "en"))
    return client


def clip_data(clip, **overrides):
    data = {
        "title": "Đêm hội cồng chiêng",
        "slug": "dem-hoi-cong-chieng",
        "standfirst": "Âm thanh cồng chiêng trong đêm hội.",
        "clip": clip.pk,
        "subtitles": streamfield([]),
        "description": rich_text("<p>Mô tả.</p>"),
        "date": "2026-11-20 09:00:00",
        "place": "Buôn Đôn",
        "credits": "Đài PT-TH Đắk Lắk",
    }
    data.update(overrides)
    return nested_form_data(data)


def post_page(client, section, data, files=None):
    return client.post(f"/admin/pages/add/publishing/clippage/{section.pk}/", {**data, **(files or {})})


def test_an_editor_uploads_srt_subtitles_which_become_cues(editor_client, section):
    clip = factories.video_clip()
    response = post_page(editor_client, section, clip_data(clip), {"subtitle_file": SimpleUploadedFile("vi.srt", SRT)})
    assert response.status_code == 302
    page = ClipPage.objects.get(slug="dem-hoi-cong-chieng")
    assert page.cues == [subtitles.Cue(0.0, 0.8, "Tiếng cồng vang lên."), subtitles.Cue(0.8, 1.5, "Mọi người cùng múa\nquanh đống lửa.")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (SRT_BROKEN_TIME, "is not a valid time"),
        (SRT_BACKWARDS, "ends before it starts"),
        (SRT_NO_TIMING, "has no timing line"),
        (VTT_WITH_SCRIPT, "markup or script"),
        (VTT_WITH_MARKUP, "markup or script"),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n".encode("utf-16"), "UTF-8"),
        (b"", "empty"),
    ],
)
def test_bad_subtitle_files_are_refused_and_nothing_is_saved(editor_client, section, content, message):
    clip = factories.video_clip()
    response = post_page(editor_client, section, clip_data(clip), {"subtitle_file": SimpleUploadedFile("vi.vtt", content)})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "subtitle_file" in errors and (message in " ".join(errors["subtitle_file"]) or content == b"")
    assert not ClipPage.objects.exists()


def test_a_page_cannot_go_live_while_its_clip_is_being_prepared(editor_client, section):
    clip = factories.video_clip()
    VideoClip.objects.filter(pk=clip.pk).update(status=VideoClip.Status.PROCESSING, progress=30)
    response = post_page(editor_client, section, clip_data(clip, **{"action-publish": "publish"}))
    assert response.status_code == 200
    assert "30%" in " ".join(response.context["form"].errors["clip"])
    assert not ClipPage.objects.filter(live=True).exists()
    # A draft can be saved meanwhile, but no other way to publish gets past the rule either.
    assert post_page(editor_client, section, clip_data(clip)).status_code == 302
    page = ClipPage.objects.get()
    with pytest.raises(ValidationError):
        page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    VideoClip.objects.filter(pk=clip.pk).update(status=VideoClip.Status.READY, progress=100)
    publish(page)
    assert page.live


def test_the_tree_allows_clips_in_a_section_only():
    from wagtail.models import Page

    from foreign_info.publishing.models import SectionPage

    assert ClipPage.can_create_at(SectionPage()) and not ClipPage.can_create_at(Page())
    assert ClipPage.allowed_subpage_models() == []


@pytest.fixture
def clip_page(section):
    return publish(factories.ClipPageFactory(parent=section, title="Đêm hội cồng chiêng", slug="dem-hoi"))


ENGLISH = {
    "Đêm hội cồng chiêng": "A night of gongs",
    "Tiếng cồng vang lên.": "The gongs ring out.",
    "Mọi người cùng múa.": "Everyone dances & sings <together>.",
}


def translate_clip(page, capture):
    with capture(execute=True):  # wagtail-localize publishes once the transaction commits
        return translate_instance(page, "en", ENGLISH)


def test_subtitles_round_trip_through_translation_into_a_served_vtt(client, clip_page, django_capture_on_commit_callbacks):
    english, missing = translate_clip(clip_page, django_capture_on_commit_callbacks)
    english.refresh_from_db()
    assert english.live and "Tiếng cồng vang lên." not in missing, english.url
    assert english.url == "/en/a-night-of-gongs/"  # the slug follows the English title
    response = client.get("/en/a-night-of-gongs/subtitles/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/vtt")
    body = response.content
    # Parsed by FFmpeg's own WebVTT reader, independently of the code that wrote it.
    with av.open(io.BytesIO(body), format="webvtt") as container:
        packets = [packet for packet in container.demux(container.streams.subtitles[0]) if packet.size]
        texts = [bytes(packet).decode() for packet in packets]
        times = [(float(packet.pts * packet.time_base), float((packet.pts + packet.duration) * packet.time_base)) for packet in packets]
    assert texts == ["The gongs ring out.", "Everyone dances &amp; sings &lt;together&gt;."]
    assert times == [(0.0, 0.8), (0.8, 1.5)]  # the source's timings
    vietnamese = client.get("/vi/dem-hoi/subtitles/").content.decode()
    assert "Tiếng cồng vang lên." in vietnamese and "gongs" not in vietnamese


def test_the_player_has_a_track_per_language_with_the_pages_language_as_default(client, clip_page, django_capture_on_commit_callbacks):
    translate_clip(clip_page, django_capture_on_commit_callbacks)
    soup = BeautifulSoup(client.get("/en/a-night-of-gongs/").content, "html.parser")
    video = soup.select_one("video")
    assert "controls" in video.attrs and "autoplay" not in video.attrs and video["poster"]
    # The player loads from the host the page is on (CSP media-src 'self'); og:video has the absolute URL.
    assert video.source["src"].startswith("/media/clips/") and video.source["type"] == "video/mp4"
    tracks = {track["srclang"]: track for track in video.select("track")}
    assert set(tracks) == {"vi", "en"}
    assert "default" in tracks["en"].attrs and "default" not in tracks["vi"].attrs
    assert tracks["en"]["src"] == "/en/a-night-of-gongs/subtitles/" and tracks["vi"]["src"] == "/vi/dem-hoi/subtitles/"
    transcript = [item.select_one(".cue-text").text for item in soup.select(".transcript li")]
    assert transcript == ["The gongs ring out.", "Everyone dances & sings <together>."]


def test_video_object_json_ld_and_open_graph_video(client, clip_page):
    soup = BeautifulSoup(client.get("/vi/dem-hoi/").content, "html.parser")
    blocks = [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]
    video = next(block for block in blocks if block["@type"] == "VideoObject")
    clip = clip_page.clip
    assert video["name"] == "Đêm hội cồng chiêng" and video["inLanguage"] == "vi"
    assert video["duration"] == "PT2S"  # 1.5 s rounds to 2
    assert video["contentUrl"] == f"http://testserver{clip.playable_file.url}"
    assert video["thumbnailUrl"][0].startswith("http://testserver/media/images/")
    assert video["uploadDate"] == clip.created_at.isoformat()
    assert (video["width"], video["height"]) == (360, 640)
    assert "Tiếng cồng vang lên." in video["transcript"]
    meta = {tag["property"]: tag["content"] for tag in soup.select("meta[property]")}
    assert meta["og:type"] == "video.other"
    assert meta["og:video"] == video["contentUrl"] and meta["og:video:type"] == "video/mp4"
    assert meta["og:video:width"] == "360" and meta["og:image"] == f"http://testserver/cards/{clip_page.pk}.png?v={clip_page.live_revision_id}"


def test_iso_durations():
    from foreign_info.publishing.models.clips import iso_duration

    assert [iso_duration(value) for value in (0, 5, 65, 3725.4)] == ["PT0S", "PT5S", "PT1M5S", "PT1H2M5S"]
