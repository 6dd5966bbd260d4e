"""Adding a clip to the library, from the admin form, the demo or a script.

Contract: `store(clip, facts)` saves a clip whose file has been probed (`probe.probe`), takes its
poster frame unless the editor chose one, and queues the web copy when the file does not play in
browsers as it is; if anything fails on the way, the stored file is deleted and nothing is saved.
It returns as soon as the transcoding task is queued, without waiting for it. When the file of a
playable clip is replaced by one that needs transcoding, the previous playable file stays on as
`standby_file` (pages keep playing it) until the new web copy is ready.
"""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from .posters import make_poster
from .probe import probe


def apply_facts(clip, facts):
    clip.container = facts.container[:64]
    clip.video_codec = facts.video_codec
    clip.audio_codec = facts.audio_codec
    clip.width, clip.height = facts.width, facts.height
    clip.duration = facts.duration
    clip.bit_rate = facts.bit_rate
    # A rotation flag is dropped by some players: a rotated clip gets an upright web copy.
    clip.web_ready = facts.web_ready and facts.rotation == 0
    clip.status = clip.Status.READY if clip.web_ready else clip.Status.PROCESSING
    clip.progress = 100 if clip.web_ready else 0
    clip.error = ""
    clip.web_file = ""


def store(clip, facts, save=None, new_poster=True, replaced_files=(), previous_playable=""):
    """`save` saves the clip (a model form's save, by default clip.save); `previous_playable` is
    the name of the file readers got before this upload replaced it."""
    apply_facts(clip, facts)
    clip.standby_file = previous_playable if previous_playable and not clip.web_ready else ""
    try:
        with transaction.atomic():
            clip = save() if save else (clip.save() or clip)
            clip.file_size = clip.original.size
            if new_poster or clip.poster_id is None:
                with clip.original.open("rb") as file:
                    clip.poster = make_poster(clip, file)
            clip.save(update_fields=["poster", "file_size"])
    except Exception:
        if clip.original and clip.original.name not in replaced_files:
            clip.original.storage.delete(clip.original.name)
        raise
    forget_files(clip, replaced_files)
    if not clip.web_ready:
        from .tasks import transcode_clip

        transcode_clip.enqueue(clip.pk)
    return clip


def add_clip(title, name, data, credit="", user=None):
    """A new clip from bytes (the demo, tests, scripts); raises probe.ClipRejected for a bad file."""
    from .models import VideoClip

    upload = SimpleUploadedFile(name, data)
    facts = probe(upload.file)
    clip = VideoClip(title=title, original=upload, credit=credit, uploaded_by_user=user)
    return store(clip, facts)


def forget_files(clip, names):
    """Files of a replaced upload, deleted once the new one is committed."""
    current = {clip.original.name, clip.web_file.name, clip.standby_file.name}
    for name in names:
        if name not in current:
            transaction.on_commit(lambda name=name: clip.original.storage.delete(name))
