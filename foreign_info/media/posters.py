"""The poster frame: a still taken from the clip when it is uploaded, stored as a PortalImage so
that it gets renditions, focal point and credit like every photo, and the editor can replace it."""

import io

import av
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

# Far enough in to skip a black first frame, early enough for the shortest clips.
POSTER_AT_SECONDS = 1.0


def frame_image(source, duration):
    """A PIL image of the frame at POSTER_AT_SECONDS (or the middle of a shorter clip), upright."""
    with av.open(source) as container:
        video = container.streams.video[0]
        target = min(POSTER_AT_SECONDS, duration / 2)
        chosen = None
        for frame in container.decode(video):
            chosen = frame
            if frame.time is not None and frame.time >= target:
                break
        if chosen is None:
            return None
        image = chosen.to_image()
        rotation = int(chosen.rotation or 0) % 360
        # The display matrix turns counter-clockwise; PIL's rotate does too.
        return image.rotate(rotation, expand=True) if rotation else image


def make_poster(clip, source):
    image = frame_image(source, clip.duration)
    if image is None:
        return None
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=88)
    poster = get_image_model()(
        title=_("Poster: %(title)s") % {"title": clip.title[:200]},
        description=clip.title[:250],
        credit=clip.credit,
        uploaded_by_user=clip.uploaded_by_user,
    )
    poster.file = ImageFile(buffer, name=f"poster-clip-{clip.pk}.jpg")
    poster.save()
    return poster
