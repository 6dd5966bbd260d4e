"""Media files wherever they are stored: on the disk (FileSystemStorage) or in an S3-compatible
object store (django-storages' S3Storage, see portal.settings.base.media_storage). Code that needs
more than `open()` and `url()` goes through here, so that no path assumes a file has a `.path`.

Contract:
- `has_local_path(storage)`: whether the storage keeps files on this machine, where a web server
  (X-Sendfile, X-Accel-Redirect) or a library that wants a file name can read them.
- `read_range(field_file, start, length, chunk_size)`: an iterator of at most chunk_size bytes of the stored
  file from `start`, `length` bytes long. The file is opened (or the object requested) before it
  returns, so a missing file raises there (FileNotFoundError or botocore's ClientError), not in the
  middle of a response. On an object store it is one ranged GET streamed as it arrives: never the
  whole object fetched, or held, to send a part of it (django-storages' `open()` does that).
- `signed_download_url(field_file, filename, content_type, seconds)`: on an object store, a URL of
  the object signed for `seconds` whatever the public media settings are (custom domain,
  unsigned URLs), that the store answers with `Content-Disposition: attachment; filename=...` and
  `content_type`, ranges included. None for storage on the disk. `signed_object_url(storage, name,
  seconds, **response_headers)` is the same for any stored name (private media, inline).
- `download_to(field_file, path)`: the stored file copied to `path` on this machine, for libraries
  that need a file they can seek in (FFmpeg through PyAV); from an object store straight into
  `path` (boto3's managed download), without a second temporary copy on the way.
"""

import shutil

CHUNK = 256 * 1024


def has_local_path(storage):
    try:
        storage.path("probe")
    except NotImplementedError:
        return False
    return True


def is_object_store(storage):
    from storages.backends.s3 import S3Storage

    return isinstance(storage, S3Storage)


def object_key(storage, name):
    from storages.utils import clean_name

    return storage._normalize_name(clean_name(name))  # the key under AWS_LOCATION, as django-storages makes it


def read_range(field_file, start, length, chunk_size=CHUNK):
    storage = field_file.storage
    if is_object_store(storage) and length > 0:
        reply = storage.connection.meta.client.get_object(
            Bucket=storage.bucket_name, Key=object_key(storage, field_file.name), Range=f"bytes={start}-{start + length - 1}"
        )
        return _body_chunks(reply["Body"], chunk_size)
    return _file_chunks(storage.open(field_file.name, "rb"), start, length, chunk_size)


def _body_chunks(body, chunk_size):
    try:
        yield from body.iter_chunks(chunk_size)
    finally:
        body.close()


def _file_chunks(file, start, length, chunk_size):
    try:
        file.seek(start)
        while length > 0:
            chunk = file.read(min(chunk_size, length))
            if not chunk:
                break
            length -= len(chunk)
            yield chunk
    finally:
        file.close()


def signed_download_url(field_file, filename, content_type, seconds):
    return signed_object_url(
        field_file.storage, field_file.name, seconds, ResponseContentDisposition=f'attachment; filename="{filename}"', ResponseContentType=content_type
    )


def signed_object_url(storage, name, seconds, **response_headers):
    """A URL of the object `name` signed for `seconds`, the store answering with `response_headers`
    (boto3's Response* parameters); None for storage on the disk."""
    if not is_object_store(storage):
        return None
    params = {"Bucket": storage.bucket_name, "Key": object_key(storage, name), **response_headers}
    return storage.connection.meta.client.generate_presigned_url("get_object", Params=params, ExpiresIn=seconds)


def download_to(field_file, path):
    storage = field_file.storage
    if is_object_store(storage):
        storage.connection.meta.client.download_file(storage.bucket_name, object_key(storage, field_file.name), str(path))
        return path
    with storage.open(field_file.name, "rb") as source, open(path, "wb") as target:
        shutil.copyfileobj(source, target, CHUNK)
    return path
