"""The ZIP as it is written: one entry at a time, straight to the output file.

zipstream-ng encodes an entry only when its queue is drained, so each entry is added and drained
at once: only the entry being written is ever in memory (a generated text, one photo, or one read
chunk of a clip), whatever the kit's size. Every entry is given its size up front, so zipstream
uses ZIP64 only for an entry or archive that truly needs it. The SHA-256 of each entry is computed
in the same pass that writes it, for the manifest, which is the last entry.
"""

import hashlib

from zipstream import ZIP_DEFLATED, ZIP_STORED, ZipStream

from foreign_info.core import stored_files

# Files that are compressed already (JPEG, MP4, PDF, Office documents) gain nothing from deflate
# and would only cost the build its speed.
STORED_EXTENSIONS = {"jpg", "jpeg", "png", "webp", "tif", "tiff", "mp4", "webm", "mov", "pdf", "docx", "xlsx", "pptx", "odt", "zip"}
READ_CHUNK = 1024 * 1024


def compress_type_for(path):
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return ZIP_STORED if extension in STORED_EXTENSIONS else ZIP_DEFLATED


class KitArchive:
    def __init__(self, fileobj, total=0, on_progress=None):
        self.fileobj = fileobj
        self.stream = ZipStream(compress_type=ZIP_STORED)
        self.records = []  # one dict per entry, for the manifest
        self.written = 0
        self.total = max(total, 1)
        self.on_progress = on_progress
        self.reported = 0

    def add_bytes(self, path, data, **about):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.stream.add(data, path, compress_type=compress_type_for(path))
        self.drain()
        self.record(path, len(data), hashlib.sha256(data).hexdigest(), about)

    def add_chunks(self, path, chunks, size, **about):
        """`chunks` yields bytes adding up to `size` (a stored file read in READ_CHUNK)."""
        digest = hashlib.sha256()
        counted = [0]

        def hashed():
            for chunk in chunks:
                digest.update(chunk)
                counted[0] += len(chunk)
                yield chunk

        self.stream.add(hashed(), path, size=size, compress_type=compress_type_for(path))
        self.drain()
        if counted[0] != size:
            # The file changed while it was being read: a wrong size in the manifest would be
            # a broken entry for the journalist, so the build fails and is retried.
            raise OSError(f"{path}: expected {size} bytes, read {counted[0]}")
        self.record(path, size, digest.hexdigest(), about)

    def add_file(self, path, field_file, **about):
        """A file from media storage, streamed (never read whole into memory; from an object store
        as it arrives, not first copied whole to a temporary file)."""
        size = field_file.size
        chunks = stored_files.read_range(field_file, 0, size, READ_CHUNK)
        try:
            self.add_chunks(path, chunks, size, **about)
        finally:
            chunks.close()  # a failed entry leaves no open file or connection behind

    def record(self, path, size, sha256, about):
        self.records.append({"path": path, **about, "size": size, "sha256": sha256})

    def drain(self):
        for chunk in self.stream.all_files():
            self.fileobj.write(chunk)
            self.written += len(chunk)
            self.progress()

    def progress(self):
        # At most about a hundred reports per build: the caller may store each one.
        if self.on_progress is None or self.written - self.reported < self.total // 100:
            return
        if self.written > self.total:  # the estimate was low: grow it rather than pass 100 %
            self.total = int(self.written * 1.05)
        self.reported = self.written
        self.on_progress(self.written, self.total)

    def close(self):
        """Write the central directory; returns the archive's size in bytes."""
        for chunk in self.stream.finalize():
            self.fileobj.write(chunk)
            self.written += len(chunk)
        self.fileobj.flush()
        if self.on_progress is not None:
            self.on_progress(self.written, self.written)
        return self.written
