"""Wagtail's document view hands its files to the web server too (settings.SENDFILE_BACKEND).

Wagtail checks restrictions and the embargo (presskits' before_serve_document hook), then calls
this backend with the file's path. With PRESSKITS["SERVE_WITH"] set, the path is turned back into
its stored name and the response is core.storage's (X-Accel-Redirect to nginx's internal
location, or X-Sendfile); otherwise Wagtail's own streaming backend sends it.
"""

from pathlib import Path

from django.conf import settings
from wagtail.utils import sendfile_streaming_backend

from . import storage


def stored_name(filename):
    """The storage name of a file under MEDIA_ROOT or PRIVATE_MEDIA_ROOT, else None."""
    path = Path(filename).resolve()
    for root, prefix in ((storage.private_root(), storage.PRIVATE_PREFIX), (Path(settings.MEDIA_ROOT), "")):
        if path.is_relative_to(root.resolve()):
            return prefix + path.relative_to(root.resolve()).as_posix()
    return None


def sendfile(request, filename, **kwargs):
    from foreign_info.presskits.settings import presskit_setting

    name = stored_name(filename)
    if not presskit_setting("SERVE_WITH") or name is None:
        return sendfile_streaming_backend.sendfile(request, filename, **kwargs)
    response = storage.send(request, name, cache_control="private, no-cache")
    del response["Content-Type"]  # Wagtail sets the document's own
    return response
