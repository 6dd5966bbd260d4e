"""Media storage with a private side, and the one function that sends a private file.

Contract:
- A stored name that starts with `PRIVATE_PREFIX` ("private/") is private: on disk it lives under
  `settings.PRIVATE_MEDIA_ROOT`, a folder that no web-server location and no development route
  serves, and its URL is `settings.PRIVATE_MEDIA_URL` + the rest of the name: a Django view that
  decides who may have it (foreign_info.presskits.private_media). Every other name is public media
  under MEDIA_ROOT / MEDIA_URL, as with Django's FileSystemStorage.
- So a field keeps one storage, and a file changes side by being renamed (`move`): templates,
  renditions and the API then print the right URL without knowing about embargoes.
- `send(request, name, ...)` is the only place a private file leaves the server once the view has
  authorised it. With PRESSKITS["SERVE_WITH"] = "x-accel-redirect" nginx sends it from an
  `internal` location (ACCEL_REDIRECT_PREFIX + name; deploy/nginx), with "x-sendfile" the web
  server reads `storage.path(name)`, otherwise Django streams it. From an object store (S3), which
  has no path here, it is always a redirect to a URL of the object signed for
  PRESSKITS["SIGNED_URL_SECONDS"] (the store sends it, ranges included).
- `PortalS3Storage` is django-storages' S3Storage with the same private side: a private name is a
  key under the bucket's `private/` prefix, stored with the ACL "private" whatever AWS_DEFAULT_ACL
  says, and its URL is the checking view's, never the bucket's (README: the bucket's policy must
  not make `private/` public either).

Why two folders rather than unguessable names in one: a web server told to serve MEDIA_ROOT (the
common configuration, and Django's own development route) can then never hand out an embargoed
file, whatever its name.
"""

import mimetypes
import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse, HttpResponse, HttpResponseRedirect
from django.utils._os import safe_join
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage

PRIVATE_PREFIX = "private/"


def is_private(name):
    return str(name or "").startswith(PRIVATE_PREFIX)


def private_name(name):
    return name if is_private(name) else PRIVATE_PREFIX + name


def public_name(name):
    return name.removeprefix(PRIVATE_PREFIX)


def private_root():
    return Path(getattr(settings, "PRIVATE_MEDIA_ROOT", None) or Path(settings.MEDIA_ROOT).parent / "private-media")


class PortalFileSystemStorage(FileSystemStorage):
    """FileSystemStorage with the private side described above."""

    def path(self, name):
        if is_private(name):
            return safe_join(str(private_root()), public_name(name))
        return super().path(name)

    def _save(self, name, content):
        if is_private(name):
            # Django checks MEDIA_ROOT's group even for a file outside it: a private file saved
            # before any public upload (a fresh install's first award dossier) needs the folder.
            os.makedirs(self.location, exist_ok=True)
        saved = super()._save(name, content)  # relative to MEDIA_ROOT, which a private file is not in
        if is_private(name):
            full_path = os.path.normpath(os.path.join(self.location, saved))
            return private_name(Path(os.path.relpath(full_path, private_root())).as_posix())
        return saved

    def url(self, name):
        if is_private(name):
            return settings.PRIVATE_MEDIA_URL + filepath_to_uri(public_name(name))
        return super().url(name)


class PortalS3Storage(S3Storage):
    """S3Storage with the private side described above."""

    def url(self, name, *args, **kwargs):
        if is_private(name):
            return settings.PRIVATE_MEDIA_URL + filepath_to_uri(public_name(name))
        return super().url(name, *args, **kwargs)

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if is_private(name):
            parameters["ACL"] = "private"
        return parameters


def move(name, to_private, storage=None):
    """Rename the stored file `name` to the private or the public side; return the new name.

    Idempotent: when the file is already where it should be (another process moved it), the
    new name is returned all the same."""
    storage = storage or default_storage
    target = private_name(name) if to_private else public_name(name)
    if target == name:
        return name
    if isinstance(storage, FileSystemStorage):
        source, destination = storage.path(name), storage.path(target)
        if os.path.exists(source):
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            os.replace(source, destination)
        return target
    if storage.exists(name):  # any other storage: copy, then delete (S3 has no rename)
        with storage.open(name, "rb") as file:
            if storage.exists(target):
                storage.delete(target)
            target = storage.save(target, file)
        storage.delete(name)
    return target


def send(request, name, cache_control="private, no-store", storage=None):
    """The response that sends the stored file `name` (authorised by the caller)."""
    from foreign_info.presskits.settings import presskit_setting

    storage = storage or default_storage
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    headers = {"Content-Type": content_type, "Cache-Control": cache_control, "X-Content-Type-Options": "nosniff"}
    from .stored_files import signed_object_url

    signed = signed_object_url(storage, name, presskit_setting("SIGNED_URL_SECONDS"), ResponseContentType=content_type)
    if signed is not None:
        return HttpResponseRedirect(signed, headers={"Cache-Control": cache_control})
    serve_with = presskit_setting("SERVE_WITH")
    if serve_with == "x-accel-redirect":
        response = HttpResponse(headers=headers)
        response["X-Accel-Redirect"] = presskit_setting("ACCEL_REDIRECT_PREFIX").rstrip("/") + "/" + name
        return response
    if serve_with == "x-sendfile":
        response = HttpResponse(headers=headers)
        response["X-Sendfile"] = storage.path(name)
        return response
    response = FileResponse(storage.open(name, "rb"), headers=headers)
    response["Content-Length"] = str(storage.size(name))
    return response
