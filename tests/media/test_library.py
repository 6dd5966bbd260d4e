"""The video library through the admin: upload, probe, poster, transcoding, and every bad file."""

import av
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from foreign_info.media.models import VideoClip
from foreign_info.media.probe import probe

from .conftest import media_files, silent_mov_clip, upload, web_clip, webm_clip

pytestmark = pytest.mark.django_db
ADD_URL = "wagtailsnippets_media_videoclip:add"


def post_clip(client, file, title="Cồng chiêng Tây Nguyên"):
    return client.post(reverse(ADD_URL), {"title": title, "original": file, "credit": "TTXVN"})


def errors_of(response):
    return " ".join(node.get_text(" ", strip=True) for node in BeautifulSoup(response.content, "html.parser").select(".error-message, .w-field__errors"))


def test_a_web_ready_clip_is_probed_gets_a_poster_and_is_ready_at_once(admin_client, settings):
    response = post_clip(admin_client, upload("gongs.mp4", web_clip()))
    assert response.status_code == 302, errors_of(response)
    clip = VideoClip.objects.get()
    assert (clip.video_codec, clip.audio_codec, clip.width, clip.height) == ("h264", "aac", 360, 640)
    assert clip.duration == pytest.approx(2.0, abs=0.1)
    assert clip.orientation == "vertical"
    assert clip.status == VideoClip.Status.READY and clip.web_ready and not clip.web_file
    assert clip.playable_file == clip.original
    assert clip.uploaded_by_user.username == "chief"
    # The poster is a real frame of the clip: an upright JPEG of the clip's size.
    poster = clip.poster
    assert (poster.width, poster.height) == (360, 640)
    with poster.file.open("rb") as file:
        assert file.read(3) == b"\xff\xd8\xff"


@pytest.mark.parametrize(("maker", "name"), [(webm_clip, "gongs.webm"), (silent_mov_clip, "gongs.mov")])
def test_a_clip_that_is_not_web_ready_is_transcoded_to_a_playable_h264_mp4(admin_client, maker, name):
    response = post_clip(admin_client, upload(name, maker()))
    assert response.status_code == 302, errors_of(response)
    clip = VideoClip.objects.get()
    assert not clip.web_ready
    # The test settings run tasks immediately: the web copy exists and is probed again here.
    assert clip.status == VideoClip.Status.READY and clip.progress == 100
    assert clip.playable_file == clip.web_file and clip.web_file.name.endswith(".mp4")
    facts = probe(clip.web_file.path)
    assert facts.video_codec == "h264" and facts.is_mp4 and facts.web_ready
    assert facts.audio_codec == ("aac" if name.endswith("webm") else "")
    assert facts.duration == pytest.approx(clip.duration, abs=0.2)
    with av.open(clip.web_file.path) as container:
        assert sum(1 for _ in container.decode(video=0)) >= 20


def test_a_clip_over_the_bitrate_setting_is_transcoded_even_as_h264_mp4(admin_client, settings):
    settings.MEDIA_CLIP_MAX_BITRATE = 50_000
    post_clip(admin_client, upload("gongs.mp4", web_clip()))
    clip = VideoClip.objects.get()
    assert not clip.web_ready and clip.web_file


def test_the_status_panel_shows_progress_while_transcoding(admin_client):
    post_clip(admin_client, upload("gongs.mp4", web_clip()))
    clip = VideoClip.objects.get()
    VideoClip.objects.filter(pk=clip.pk).update(status=VideoClip.Status.PROCESSING, progress=45)
    response = admin_client.get(reverse("wagtailsnippets_media_videoclip:edit", args=[clip.pk]))
    status = BeautifulSoup(response.content, "html.parser").select_one(".clip-status")
    assert "45%" in status.text
    listing = admin_client.get(reverse("wagtailsnippets_media_videoclip:list"))
    assert "45%" in listing.content.decode()


def truncated_mp4():
    data = web_clip()
    return data[: len(data) // 2]


def zero_video_stream():
    import io
    from fractions import Fraction

    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="mp4") as container:
        audio = container.add_stream("aac", rate=48000)
        audio.layout = "mono"
        frame = av.AudioFrame(format="fltp", layout="mono", samples=1024)
        frame.planes[0].update(bytes(4096))
        frame.sample_rate, frame.pts, frame.time_base = 48000, 0, Fraction(1, 48000)
        container.mux(audio.encode(frame))
        container.mux(audio.encode())
    return buffer.getvalue()


BAD_CLIPS = {
    "a text file renamed .mp4": ("notes.mp4", lambda: "Không phải video. ".encode() * 200, "not a video we can read"),
    "a JPEG renamed .mov": ("photo.mov", lambda: b"\xff\xd8\xff\xe0" + bytes(5000), "not a video we can read"),
    # Django refuses it before the probe, with its own message.
    "a zero-byte file": ("empty.mp4", lambda: b"", "empty"),
    "a truncated MP4": ("cut.mp4", truncated_mp4, "incomplete"),
    "a truncated WebM": ("cut.webm", lambda: webm_clip()[: len(webm_clip()) // 2], "incomplete"),
    "sound with no video stream": ("sound.mp4", zero_video_stream, "no video stream"),
    "a file of another type": ("clip.avi", web_clip, "not a .avi file"),
}


@pytest.mark.parametrize("case", BAD_CLIPS)
def test_bad_files_are_refused_with_a_message_and_leave_nothing(admin_client, settings, case):
    name, make, message = BAD_CLIPS[case]
    response = post_clip(admin_client, upload(name, make()))
    assert response.status_code == 200
    assert message in errors_of(response)
    assert VideoClip.objects.count() == 0
    assert media_files(settings) == []


def test_clips_over_the_size_or_duration_limits_are_refused(admin_client, settings):
    settings.MEDIA_CLIP_MAX_UPLOAD_SIZE = 1000
    response = post_clip(admin_client, upload("gongs.mp4", web_clip()))
    assert "clips may be at most 1000" in errors_of(response)
    settings.MEDIA_CLIP_MAX_UPLOAD_SIZE = 10**9
    settings.MEDIA_CLIP_MAX_DURATION = 1
    response = post_clip(admin_client, upload("gongs.mp4", web_clip()))
    assert "at most 1 seconds" in errors_of(response)
    assert VideoClip.objects.count() == 0 and media_files(settings) == []


@pytest.mark.parametrize(
    ("size", "orientation"), [((1080, 1920), "vertical"), ((720, 720), "square"), ((1920, 1080), "landscape"), ((1440, 1080), "landscape")]
)
def test_orientation_follows_the_displayed_shape(size, orientation):
    from foreign_info.media.probe import orientation_of

    assert orientation_of(*size) == orientation


def test_deleting_a_clip_deletes_its_files(admin_client, settings, django_capture_on_commit_callbacks):
    post_clip(admin_client, upload("gongs.webm", webm_clip()))
    clip = VideoClip.objects.get()
    assert any(name.startswith("clips/web/") for name in media_files(settings))
    with django_capture_on_commit_callbacks(execute=True):
        clip.delete()
    assert not any(name.startswith("clips/") for name in media_files(settings))


def test_uploading_does_not_wait_for_transcoding(admin_client, settings):
    """With a real queue the upload returns at once; the clip waits, unplayable, for the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    post_clip(admin_client, upload("gongs.webm", webm_clip()))
    clip = VideoClip.objects.get()
    assert clip.status == VideoClip.Status.PROCESSING and clip.progress == 0 and not clip.is_playable


def test_a_vietnamese_editor_reads_the_refusal_in_vietnamese(client, db, settings):
    from django.contrib.auth.models import User
    from django.utils import translation

    client.force_login(User.objects.create_superuser("bientap", "bt@example.org", "pw"))  # admin in Vietnamese
    response = post_clip(client, upload("notes.mp4", b"not a video " * 300))
    assert response.status_code == 200
    with translation.override("vi"):
        message = translation.gettext("This file is not a video we can read. Upload an MP4, WebM or MOV clip.")
    assert message != "This file is not a video we can read. Upload an MP4, WebM or MOV clip."
    assert message in errors_of(response)
    assert not VideoClip.objects.exists()
    assert media_files(settings) == []


def test_replacing_the_file_of_a_playable_clip_keeps_the_old_one_playing_until_the_new_is_ready(admin_client, settings, django_capture_on_commit_callbacks):
    from foreign_info.media.tasks import transcode_clip

    post_clip(admin_client, upload("gongs.mp4", web_clip()))
    clip = VideoClip.objects.get()
    old_file = clip.original.name
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    edit = reverse("wagtailsnippets_media_videoclip:edit", args=[clip.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit, {"title": clip.title, "original": upload("gongs-v2.webm", webm_clip()), "credit": "TTXVN"})
    assert response.status_code == 302, errors_of(response)
    clip.refresh_from_db()
    assert clip.status == VideoClip.Status.PROCESSING
    assert clip.playable_file.name == old_file and old_file in media_files(settings)
    from django.utils.translation import override

    with override("en"):
        assert "previous file" in clip.status_text()

    transcode_clip.call(clip.pk)
    clip.refresh_from_db()
    assert clip.status == VideoClip.Status.READY and clip.playable_file == clip.web_file and not clip.standby_file
    assert old_file not in media_files(settings)


def test_a_failed_transcode_of_a_replacement_still_plays_the_previous_file(admin_client, settings, django_capture_on_commit_callbacks, monkeypatch):
    from foreign_info.media import tasks

    post_clip(admin_client, upload("gongs.mp4", web_clip()))
    clip = VideoClip.objects.get()
    old_file = clip.original.name

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(tasks, "to_web_mp4", broken)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("wagtailsnippets_media_videoclip:edit", args=[clip.pk]), {"title": clip.title, "original": upload("v2.webm", webm_clip()), "credit": ""}
        )
    clip.refresh_from_db()
    assert clip.status == VideoClip.Status.FAILED and clip.playable_file.name == old_file


def test_a_phone_clip_with_a_rotation_flag_is_vertical_and_gets_an_upright_web_copy(admin_client):
    from .conftest import rotated_phone_clip

    response = post_clip(admin_client, upload("phone.mp4", rotated_phone_clip()))
    assert response.status_code == 302, errors_of(response)
    clip = VideoClip.objects.get()
    assert (clip.width, clip.height, clip.orientation) == (360, 640, "vertical")
    assert not clip.web_ready  # some players ignore the flag: readers get pixels that are upright
    assert clip.status == VideoClip.Status.READY and clip.playable_file == clip.web_file
    facts = probe(clip.web_file.path)
    assert (facts.width, facts.height, facts.rotation) == (360, 640, 0)
    assert (clip.poster.width, clip.poster.height) == (360, 640)
