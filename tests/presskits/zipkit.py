"""Helpers for the ZIP tests: build a kit's ZIP into a temporary file and read it back."""

import hashlib
import json
import subprocess
import zipfile

from foreign_info.presskits.zipbuild import write_kit_zip


def build(kit, tmp_path, language="vi", resolution="web", name=None):
    path = tmp_path / (name or f"kit-{language}-{resolution}.zip")
    progress = []
    with open(path, "wb") as fileobj:
        written = write_kit_zip(kit, language, resolution, fileobj, on_progress=lambda done, total: progress.append((done, total)))
    assert written == path.stat().st_size
    assert progress and all(0 <= done <= total for done, total in progress)
    return path


def check_archive(path):
    """Every entry valid for Python's zipfile and Debian's unzip, every checksum as the manifest
    says, and the manifest lists every other file; returns (ZipFile, manifest)."""
    archive = zipfile.ZipFile(path)
    assert archive.testzip() is None
    result = subprocess.run(["unzip", "-t", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No errors detected" in result.stdout
    manifest = json.loads(archive.read("manifest.json"))
    names = [info.filename for info in archive.infolist()]
    assert names[-1] == "manifest.json"
    assert len(names) == len(set(names))
    assert sorted(record["path"] for record in manifest["files"]) == sorted(names[:-1])
    for record in manifest["files"]:
        data = archive.read(record["path"])
        assert len(data) == record["size"], record["path"]
        assert hashlib.sha256(data).hexdigest() == record["sha256"], record["path"]
        assert record["path"].isascii()
    return archive, manifest


def uses_zip64(path):
    """ZIP64 extra fields on any entry, or the ZIP64 end records (just before the end record)."""
    tail = path.read_bytes()[-(22 + 20 + 56 + 64) :]
    archive = zipfile.ZipFile(path)
    extra_zip64 = any(_has_zip64_extra(info.extra) for info in archive.infolist())
    return extra_zip64 or b"PK\x06\x06" in tail or b"PK\x06\x07" in tail


def _has_zip64_extra(extra):
    index = 0
    while index + 4 <= len(extra):
        header, size = int.from_bytes(extra[index : index + 2], "little"), int.from_bytes(extra[index + 2 : index + 4], "little")
        if header == 0x0001:
            return True
        index += 4 + size
    return False
