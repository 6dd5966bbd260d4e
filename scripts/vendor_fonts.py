"""Self-host the web fonts the section needs (run by `make fonts`; idempotent).

Noto Sans covers Vietnamese, Latin and Cyrillic; Khmer, Lao, Simplified Chinese, Japanese and Korean
get their own Noto family, loaded only on pages in that language. Each family comes from its
Fontsource npm package (OFL-licensed, split into unicode-range subsets so a browser downloads only
the subsets a page uses). We keep regular and bold, woff2 only (every browser we target reads it),
and write one `font.css` per family under portal/static/fonts/<family>/. No CDN is involved at
run time.
"""

import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = "5.3.0"
FAMILIES = ["noto-sans", "noto-sans-khmer", "noto-sans-lao", "noto-sans-sc", "noto-sans-jp", "noto-sans-kr"]
WEIGHTS = ["400", "700"]
# Script families leave Latin, Vietnamese and Cyrillic to Noto Sans, so pages mix cleanly.
SHARED_SUBSETS = ("latin", "latin-ext", "vietnamese", "cyrillic", "cyrillic-ext", "greek", "greek-ext")
TARGET = Path(__file__).resolve().parent.parent / "portal" / "static" / "fonts"
BLOCK = re.compile(r"/\* (?P<name>[^*]+) \*/\s*(?P<rule>@font-face \{.*?\})", re.S)
WOFF2 = re.compile(r"url\(\./files/(?P<file>[^)]+\.woff2)\) format\('woff2'\)")


def wanted(family, block_name):
    if family == "noto-sans":
        return True
    subset = block_name[len(family) + 1 :].rsplit("-", 2)[0]
    return subset not in SHARED_SUBSETS


def vendor(family, workdir):
    destination = TARGET / family
    marker = destination / f".version-{VERSION}"
    if marker.exists():
        return
    subprocess.run(["npm", "pack", "--silent", f"@fontsource/{family}@{VERSION}", "--pack-destination", str(workdir)], check=True, stdout=subprocess.DEVNULL)
    archive_path = workdir / f"fontsource-{family}-{VERSION}.tgz"
    texts = read_members(archive_path, {f"package/{weight}.css" for weight in WEIGHTS} | {"package/LICENSE"})
    rules, files = [], set()
    for weight in WEIGHTS:
        css = texts[f"package/{weight}.css"].decode()
        for match in BLOCK.finditer(css):
            if not wanted(family, match["name"]):
                continue
            rule = match["rule"]
            woff2 = WOFF2.search(rule)
            files.add(woff2["file"])
            rule = re.sub(r"src: [^;]+;", f"src: url(files/{woff2['file']}) format('woff2');", rule)
            rules.append(f"/* {match['name']} */\n{rule}")
    (destination / "files").mkdir(parents=True, exist_ok=True)
    for member, data in read_members(archive_path, {f"package/files/{name}" for name in files}).items():
        (destination / "files" / Path(member).name).write_bytes(data)
    (destination / "font.css").write_text("\n".join(rules) + "\n")
    (destination / "LICENSE").write_bytes(texts["package/LICENSE"])
    marker.touch()
    print(f"fonts: {family} ({len(files)} files)")


def read_members(archive_path, names):
    """Read the named members in one streaming pass (random access into a .tgz re-decompresses it)."""
    found = {}
    with tarfile.open(archive_path, "r|gz") as archive:
        for member in archive:
            if member.name in names:
                found[member.name] = archive.extractfile(member).read()
    return found


def main():
    with tempfile.TemporaryDirectory() as workdir:
        for family in FAMILIES:
            vendor(family, Path(workdir))


if __name__ == "__main__":
    sys.exit(main())
