"""Subtitles in and out: a WebVTT or SRT file becomes a list of cues, and cues become WebVTT again.

Contract: `parse(data)` takes the uploaded bytes and returns `[Cue(start, end, text), ...]` in time
order, or raises `SubtitlesRejected` whose message names the cue at fault (in the editor's
language). Cue text is plain text: markup, HTML or script is refused, because the text goes to
translators as segments and back to readers' players, and neither should carry code.
`to_vtt(cues)` writes a WebVTT file that escapes whatever translators typed; `to_srt(cues)` writes
the SubRip file many newsroom editing systems still ask for.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

MAX_BYTES = 512 * 1024
TIMING = re.compile(r"^\s*(?P<start>\S+)\s+-->\s+(?P<end>\S+)(?P<settings>.*)$")
TIMESTAMP = re.compile(r"^(?:(?P<h>\d{1,3}):)?(?P<m>\d{2}):(?P<s>\d{2})[.,](?P<ms>\d{3})$")
MARKUP = re.compile(r"<[^>]*>|&[a-zA-Z#0-9]+;|javascript:", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


class SubtitlesRejected(Exception):
    pass


def parse(data):
    if not data:
        raise SubtitlesRejected(_("The subtitle file is empty."))
    if len(data) > MAX_BYTES:
        raise SubtitlesRejected(_("The subtitle file is too large for a short clip."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SubtitlesRejected(_("Save the subtitle file as UTF-8 text and upload it again.")) from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    is_vtt = text.startswith("WEBVTT")
    blocks = [block for block in re.split(r"\n[ \t]*\n", text.strip("\n")) if block.strip()]
    if is_vtt:
        blocks = blocks[1:]  # the WEBVTT header block
    cues = []
    for number, block in enumerate(blocks, start=1):
        lines = block.split("\n")
        if is_vtt and lines[0].split(" ", 1)[0] in ("NOTE", "STYLE", "REGION"):
            continue
        timing_at = next((index for index, line in enumerate(lines[:2]) if "-->" in line), None)
        if timing_at is None:
            raise SubtitlesRejected(_("Cue %(number)d has no timing line (like 00:00:01.000 --> 00:00:03.000).") % {"number": number})
        cues.append(read_cue(number, lines[timing_at], lines[timing_at + 1 :], is_vtt))
    if not cues:
        raise SubtitlesRejected(_("The subtitle file holds no cues."))
    return sorted(cues, key=lambda cue: (cue.start, cue.end))


def read_cue(number, timing_line, text_lines, is_vtt):
    match = TIMING.match(timing_line)
    if match is None:
        raise SubtitlesRejected(_("Cue %(number)d: the timing line “%(line)s” is not valid.") % {"number": number, "line": timing_line[:80]})
    start = seconds(match["start"], number, is_vtt)
    end = seconds(match["end"], number, is_vtt)
    if end <= start:
        raise SubtitlesRejected(_("Cue %(number)d ends before it starts.") % {"number": number})
    text = "\n".join(line.strip() for line in text_lines).strip()
    if not text:
        raise SubtitlesRejected(_("Cue %(number)d has no text.") % {"number": number})
    if MARKUP.search(text):
        raise SubtitlesRejected(_("Cue %(number)d contains markup or script; subtitles must be plain text.") % {"number": number})
    return Cue(start, end, text)


def seconds(stamp, number, is_vtt):
    match = TIMESTAMP.match(stamp)
    # SRT separates milliseconds with a comma, WebVTT with a full stop; SRT always has hours.
    if match is None or (is_vtt and "," in stamp) or (not is_vtt and (match["h"] is None or "." in stamp)):
        raise SubtitlesRejected(_("Cue %(number)d: “%(stamp)s” is not a valid time.") % {"number": number, "stamp": stamp[:40]})
    hours, minutes, secs = int(match["h"] or 0), int(match["m"]), int(match["s"])
    if minutes > 59 or secs > 59:
        raise SubtitlesRejected(_("Cue %(number)d: “%(stamp)s” is not a valid time.") % {"number": number, "stamp": stamp[:40]})
    return hours * 3600 + minutes * 60 + secs + int(match["ms"]) / 1000


def timestamp(value):
    millis = round(value * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def escape(text):
    # WebVTT's own escapes; "-->" cannot survive either ('>' is escaped), nor can a blank line end the cue early.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "\n".join(line for line in text.split("\n") if line.strip())


def to_vtt(cues):
    parts = ["WEBVTT", ""]
    for cue in cues:
        parts += [f"{timestamp(cue.start)} --> {timestamp(cue.end)}", escape(cue.text), ""]
    return "\n".join(parts)


def to_srt(cues):
    """SubRip: numbered cues, a comma before the milliseconds, CRLF line ends (what SRT tools
    expect). SRT has no escapes; a blank line would end the cue early, so blank lines are dropped."""
    lines = []
    for number, cue in enumerate(cues, start=1):
        start, end = timestamp(cue.start).replace(".", ","), timestamp(cue.end).replace(".", ",")
        lines += [str(number), f"{start} --> {end}", *(line for line in cue.text.split("\n") if line.strip()), ""]
    return "\r\n".join(lines)
