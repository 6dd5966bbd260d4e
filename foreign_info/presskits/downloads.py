"""Downloading a press kit: the routes `download/<language>/<resolution>/` (and `.../status/`) of a
kit page.

Contract:
- `language` is a language the kit is live in, or "all"; `resolution` is "web" or "original";
  anything else is a 404, and so is an embargoed kit for anyone but an accredited journalist (the
  public must not learn that it exists). A journalist's download is logged (AccessLogEntry).
- A ready ZIP is streamed from storage with bounded memory: Content-Length, ETag, Last-Modified,
  Accept-Ranges. One `Range` (a-b, a-, -n) gives a 206 with Content-Range, an unsatisfiable one a
  416, and `If-Range` that no longer matches, several ranges or a malformed header the whole file.
  With PRESSKITS["SERVE_WITH"] = "x-accel-redirect" or "x-sendfile" the web server sends the file
  (and handles ranges itself); the view still decides who may have it. In an object store (S3) a
  ZIP has no path for a web server: the reader is redirected (302) to a URL of the object signed
  for SIGNED_URL_SECONDS instead, and without SERVE_WITH ranges are read from the store as ranges.
- A ZIP not ready yet gives a page in the reader's language with the progress, refreshing itself;
  the status route answers the same in JSON. A failed build shows its error and a retry button.
- Every download that starts at the first byte is one analytics event (kind "download", the kit
  page as page, target "kit/<language>/<resolution>/<public|accredited>"); resumed ranges are not
  counted again, whoever sends the bytes (this view, the web server, the object store). Neither downloads nor progress pages count as page views, and none of these
  responses may be stored by the page cache (none is marked cacheable, and all are private).
"""

import re
from dataclasses import dataclass

from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils.http import http_date
from django.utils.translation import gettext as _

from foreign_info.core import stored_files
from foreign_info.core.page_cache import PAGE_VIEW_ATTRIBUTE

from . import builds
from .access import journalist_for, log_use
from .contents import kit_in_language, kit_languages
from .models import AccessLogEntry, KitBuild
from .settings import presskit_setting

# At most 19 digits (a 64-bit offset): a longer number is no file of ours, and int() of thousands
# of digits raises (Python's integer-string limit), so such a header is malformed and ignored.
RANGE = re.compile(r"^bytes=(\d{0,19})-(\d{0,19})$")
REFRESH_SECONDS = 3


class Unsatisfiable(Exception):
    pass


@dataclass
class Request:
    page: object  # the kit page in the URL
    kit: object  # the kit the ZIP is built from: the page in `language`, or the page itself for "all"
    language: str
    resolution: str
    journalist: object  # AccreditationRequest or None


def resolve(page, request, language, resolution):
    not_counted_as_page_view(request)
    if resolution not in builds.RESOLUTIONS:
        raise Http404(_("No such resolution."))
    journalist = journalist_for(request)
    if page.is_embargoed() and journalist is None:
        raise Http404(_("No such press kit."))
    if language in (builds.ALL_LANGUAGES, page.locale.language_code):
        kit = page  # the page being served is live and public already
    elif language in kit_languages(page):
        kit = kit_in_language(page, language)
    else:
        kit = None
    if kit is None:
        raise Http404(_("This press kit is not available in that language."))
    return Request(page, kit, language, resolution, journalist)


def not_counted_as_page_view(request):
    """Wagtail's before_serve_page noted the kit page as viewed; a download is not a view."""
    if hasattr(request, PAGE_VIEW_ATTRIBUTE):
        delattr(request, PAGE_VIEW_ATTRIBUTE)


def download(page, request, language, resolution):
    wanted = resolve(page, request, language, resolution)
    if request.method == "POST":
        build = builds.current_build(wanted.kit, language, resolution)
        if build is not None:
            builds.retry(build, wanted.kit)
        return HttpResponseRedirect(request.path)
    build = builds.request_build(wanted.kit, language, resolution)
    if build.status != KitBuild.Status.READY:
        return progress_page(page, request, wanted, build)
    response = serve_build(request, build, file_name(page, language, resolution))
    if response.status_code in (200, 206, 302) and is_new_download(request, build):
        record_download(request, wanted)
    return response


def is_new_download(request, build):
    """Does this GET ask for the file from its first byte? Decided from the request, not from our
    response: when nginx (X-Accel-Redirect), a web server (X-Sendfile) or the object store (a
    redirect to a signed URL) sends the file, our response is a 200 or a 302 whatever the Range,
    and a resumed download would count once per resume. The rules are the ones serve_build and
    those servers follow: no Range, a Range that If-Range voids, or a malformed one means the
    whole file (a new download); a satisfiable Range counts only when it starts at byte 0."""
    if request.method != "GET":
        return False
    if "Range" not in request.headers or not range_applies(request, build):
        return True
    try:
        wanted = parse_range(request.headers["Range"], build.size)
    except Unsatisfiable:
        return False
    return wanted is None or wanted[0] == 0


def status(page, request, language, resolution):
    wanted = resolve(page, request, language, resolution)
    build = builds.current_build(wanted.kit, language, resolution)
    response = JsonResponse(status_of(build, request.path.removesuffix("status/")))
    response["Cache-Control"] = "private, no-store"
    return response


def status_of(build, url):
    if build is None:
        return {"status": "none", "progress": 0, "ready": False, "url": url, "error": ""}
    return {
        "status": "stalled" if builds.is_stalled(build) else build.status,
        "progress": build.progress,
        "ready": build.status == KitBuild.Status.READY,
        "url": url,
        "error": build.error if build.status == KitBuild.Status.FAILED else "",
        "size": build.size if build.status == KitBuild.Status.READY else None,
    }


def progress_page(page, request, wanted, build):
    failed = build.status == KitBuild.Status.FAILED or builds.is_stalled(build)
    context = {
        "page": page,
        "build": build,
        "failed": failed,
        "language": wanted.language,
        "resolution": wanted.resolution,
        "status_url": request.path + "status/",
        "refresh_seconds": REFRESH_SECONDS,
    }
    response = TemplateResponse(request, "presskits/download_progress.html", context, status=202)
    response["Cache-Control"] = "private, no-store"
    return response


def file_name(page, language, resolution):
    """ASCII only, so that every browser and unzip tool keeps it: slugs may be Vietnamese."""
    slug = page.slug.encode("ascii", "ignore").decode() or f"kit-{page.pk}"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", slug).strip("-") or f"kit-{page.pk}"
    return f"{slug}-{language}-{resolution}.zip"


def record_download(request, wanted):
    from foreign_info.analytics.collector import record_event

    who = "accredited" if wanted.journalist is not None else "public"
    record_event(request, "download", wanted.page.pk, f"kit/{wanted.language}/{wanted.resolution}/{who}")
    if wanted.journalist is not None:
        log_use(wanted.journalist, AccessLogEntry.Action.DOWNLOADED, kit=wanted.page)


def etag_of(build):
    return f'"{build.fingerprint[:40]}-{build.size}"'


def parse_range(header, size):
    """(start, end) inclusive of one satisfiable range; None to send the whole file."""
    header = (header or "").strip()
    if "," in header:
        return None
    match = RANGE.match(header)
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        length = int(last)
        if length == 0 or size == 0:
            raise Unsatisfiable
        return max(0, size - length), size - 1
    start = int(first)
    if last and int(last) < start:
        return None  # not a valid range: RFC 9110 says to ignore the header
    if start >= size:
        raise Unsatisfiable
    return start, min(int(last) if last else size - 1, size - 1)


def range_applies(request, build):
    condition = request.headers.get("If-Range")
    if not condition:
        return True
    return condition == etag_of(build) or (build.finished_at is not None and condition == http_date(build.finished_at.timestamp()))


def serve_build(request, build, name):
    size = build.size
    headers = {
        "Content-Type": "application/zip",
        "Content-Disposition": f'attachment; filename="{name}"',
        "ETag": etag_of(build),
        "Accept-Ranges": "bytes",
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
    }
    if build.finished_at is not None:
        headers["Last-Modified"] = http_date(build.finished_at.timestamp())
    if request.headers.get("If-None-Match") == headers["ETag"]:
        return HttpResponse(status=304, headers={key: headers[key] for key in ("ETag", "Cache-Control")})
    wanted = None
    if "Range" in request.headers and range_applies(request, build):
        try:
            wanted = parse_range(request.headers["Range"], size)
        except Unsatisfiable:
            return HttpResponse(status=416, headers={"Content-Range": f"bytes */{size}", "Cache-Control": "private, no-store"})
    serve_with = presskit_setting("SERVE_WITH")
    if serve_with:
        return handed_to_web_server(build, headers, serve_with, name)
    if wanted is None:
        if stored_files.has_local_path(build.file.storage):
            response = FileResponse(build.file.open("rb"), status=200, headers=headers, as_attachment=True, filename=name)
        else:
            response = StreamingHttpResponse(stored_files.read_range(build.file, 0, size), status=200, headers=headers)
        response["Content-Length"] = str(size)
        return response
    start, end = wanted
    response = StreamingHttpResponse(stored_files.read_range(build.file, start, end - start + 1), status=206, headers=headers)
    response["Content-Length"] = str(end - start + 1)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response


def handed_to_web_server(build, headers, serve_with, name):
    """The web server reads the file from its protected location, ranges included; from an object
    store, the store itself sends it at a signed URL that soon expires (it has no location here)."""
    url = stored_files.signed_download_url(build.file, name, headers["Content-Type"], presskit_setting("SIGNED_URL_SECONDS"))
    if url is not None:
        return HttpResponseRedirect(url, headers={"Cache-Control": headers["Cache-Control"]})
    response = HttpResponse(headers={key: value for key, value in headers.items() if key != "Accept-Ranges"})
    if serve_with == "x-accel-redirect":
        response["X-Accel-Redirect"] = presskit_setting("ACCEL_REDIRECT_PREFIX").rstrip("/") + "/" + build.file.name
    else:
        response["X-Sendfile"] = build.file.path
    del response["Content-Length"]
    return response
