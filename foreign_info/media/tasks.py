"""Background work on clips (django-tasks): each task takes an id and loads the clip again, so that
it can run in another process (`manage.py db_worker`) long after the upload returned."""

import os
import tempfile

import av
from django.core.files import File
from django.utils.translation import gettext as _
from django_tasks import task

from foreign_info.core import generation, stored_files

from .probe import WEB_VIDEO_CODEC, ClipRejected, probe
from .transcode import to_web_mp4


@task()
def transcode_clip(clip_id):
    from .models import VideoClip

    clip = VideoClip.objects.filter(pk=clip_id).first()
    if clip is None or clip.status == VideoClip.Status.READY:
        return
    clips = VideoClip.objects.filter(pk=clip_id)
    with tempfile.TemporaryDirectory(prefix="clip-") as workdir:
        target = os.path.join(workdir, "web.mp4")
        try:
            source = local_path(clip.original, workdir)
            to_web_mp4(source, target, clip.duration, on_progress=lambda percent: clips.update(progress=percent))
            facts = probe(target)
            if facts.video_codec != WEB_VIDEO_CODEC:
                raise ClipRejected(_("The web copy is not H.264."))
        except (av.FFmpegError, ClipRejected, OSError) as error:
            clips.update(status=VideoClip.Status.FAILED, error=str(error)[:1000])
            return
        old_name = clip.web_file.name
        base = os.path.splitext(os.path.basename(clip.original.name))[0]
        with open(target, "rb") as file:
            clip.web_file.save(f"{base}-web.mp4", File(file), save=False)
    for name in (old_name, clip.standby_file.name):
        if name and name != clip.web_file.name:
            clip.web_file.storage.delete(name)
    clips.update(web_file=clip.web_file.name, standby_file="", status=VideoClip.Status.READY, progress=100, error="")
    generation.bump()  # a queryset update sends no signal: what is derived from the clip is stale


def local_path(field_file, workdir):
    """A path FFmpeg can seek in: the file itself on disk storage, else a local copy (S3)."""
    try:
        return field_file.path
    except NotImplementedError:
        return stored_files.download_to(field_file, os.path.join(workdir, "source" + os.path.splitext(field_file.name)[1]))
