"""What the fuzz suite sends: query strings, paths, headers, beacon bodies and upload files that
broke this project or projects like it (NUL, huge numbers, deep nesting, odd encodings)."""

from urllib.parse import quote

HUGE = "9" * 5000
NESTED = quote('"a" OR (b AND -c) * ^ ~ ' * 40)

# Each query string carries many parameter names at once, so one request tries every common
# parameter of Django, Wagtail and our views (page, p, q, ordering, offset, id, ...).
NAMES = ("page", "p", "q", "search", "ordering", "order", "sort", "offset", "limit", "id", "locale", "lang", "type", "fields", "period", "year", "quarter")
QUERIES = [
    "&".join(f"{name}=%00" for name in NAMES),
    "&".join(f"{name}=99999999999999999999" for name in NAMES),
    "&".join(f"{name}=-1" for name in NAMES),
    "&".join(f"{name}={HUGE}" for name in NAMES[:4]),
    "&".join(f"{name}=abc" for name in NAMES),
    "&".join(f"{name}={NESTED}" for name in ("q", "search")),
    "&".join(f"{name}[]=1&{name}[]=2" for name in NAMES),
    "&".join(f"{name}=%ZZ%C0%AF%ED%A0%80" for name in NAMES),
    "&".join(f"{name}=<script>alert(1)</script>'\"" for name in NAMES),
    "&".join(f"{name}=1e309" for name in NAMES) + "&search_operator=xor&html_path=%00&child_of=abc&start=2026-13-45&end=0000-00-00",
    "&".join(f"{name}=" for name in NAMES) + "&format=xml&_=1&callback=x&next=//evil.example/&from=" + HUGE[:100],
]

PATH_SUFFIXES = ["%00/", "..%2f..%2fetc%2fpasswd", "%ff%fe/", "a" * 3000 + "/", "%E2%80%AE/", "x.php", "../../", "%2e%2e/"]

HEADERS = [
    {"HTTP_RANGE": "bytes=" + HUGE + "-"},
    {"HTTP_RANGE": "bytes=-" + HUGE},
    {"HTTP_RANGE": "bytes=0-0,1-1," * 200},
    {"HTTP_ACCEPT_LANGUAGE": "x" * 5000},
    {"HTTP_ACCEPT_LANGUAGE": "zz-ZZ;q=abc, *;q=-1, vi;q=1e309"},
    {"HTTP_ACCEPT_LANGUAGE": "\u00e9\u00e9;q=0.5"},
    {"HTTP_X_FORWARDED_FOR": "not-an-ip, 999.1.1.1, ::g, " + "1.2.3.4," * 500},
    {"HTTP_X_FORWARDED_FOR": ""},
    {"HTTP_HOST": "evil.example"},
    {"HTTP_HOST": "testserver:99999"},
    {"HTTP_HOST": "[::1"},
    {"HTTP_IF_RANGE": "garbage", "HTTP_RANGE": "bytes=0-10"},
    {"HTTP_IF_NONE_MATCH": "*" * 5000, "HTTP_IF_MODIFIED_SINCE": "yesterday"},
    {"HTTP_USER_AGENT": "\x7f" * 3000, "HTTP_REFERER": "javascript:alert(1)"},
    {"HTTP_COOKIE": "sessionid=" + "a" * 4000 + "; csrftoken=%00"},
    {"HTTP_AUTHORIZATION": "Bearer " + HUGE},
]

BEACON_BODIES = [
    (b"", "application/json"),
    (b"null", "application/json"),
    (b"[]", "application/json"),
    (b"{" * 5000, "application/json"),
    (b'{"event": "clip_play", "page": 99999999999999999999}', "application/json"),
    (b'{"event": "clip_play", "page": 1.5e309}', "application/json"),
    (b'{"event": "share", "page": 1, "target": {"a": 1}, "lang": ["x"]}', "application/json"),
    (b'{"event": "share", "page": 1, "target": "\\u0000", "lang": "\\ud800"}', "text/plain"),
    (b'{"event": "share", "page": true}', "text/plain"),
    (b"\xff\xfe\x00\x00", "application/octet-stream"),
    (b"x" * 100_000, "application/json"),
]

PO_NUL = b'msgctxt "1:title"\nmsgid "a"\nmsgstr "b\\x00c"\n\nmsgctxt "1:title"\nmsgid "x\x00"\nmsgstr "y"\n'
UPLOADS = {
    "po": [
        ("nul.po", PO_NUL),
        ("path.po", b"/etc/passwd"),
        ("huge-plural.po", b'msgid "a"\nmsgid_plural "b"\nmsgstr[99999999999999999999] "c"\n'),
        ("bad.po", b'msgid "unterminated\nmsgstr ""\n' + b"\xc0\xaf"),
    ],
    "xliff": [
        ("bomb.xlf", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xliff>&b;</xliff>'),
        ("external.xlf", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>'),
        ("deep.xlf", b"<xliff>" + b"<g>" * 10000 + b"</g>" * 10000 + b"</xliff>"),
        ("nul.xlf", b'<xliff><file><body><trans-unit id="1:title"><source>a</source><target>b\x00</target></trans-unit></body></file></xliff>'),
    ],
    "images": [
        ("empty.png", b""),
        ("truncated.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\xff\xff\x00\x00\xff\xff\x08\x02"),
        ("svg.jpg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("text.gif", b"GIF89a" + b"\x00" * 20),
    ],
}
