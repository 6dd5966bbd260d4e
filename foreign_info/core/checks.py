"""System checks on how media storage is configured (`manage.py check`, run at every start).

Signed media URLs are written into pages, and whole pages are kept by the page cache: a URL must
stay valid for the cached page's whole life and then for a reader's visit (a clip is fetched in
ranges while it plays), or readers get broken photos and clips. A custom
domain in front of the bucket gets no signature at all (django-storages signs those only with
CloudFront keys), so every file would need a public URL, embargoed ones included.
"""

from django.conf import settings
from django.core import checks

READER_VISIT_SECONDS = 15 * 60


@checks.register(checks.Tags.files)
def signed_media_urls_outlive_cached_pages(app_configs=None, **kwargs):
    from django.core.files.storage import default_storage

    from foreign_info.core.stored_files import is_object_store

    if not is_object_store(default_storage) or not default_storage.querystring_auth:
        return []
    problems = []
    page_seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
    if default_storage.custom_domain and not default_storage.cloudfront_signer:
        problems.append(
            checks.Warning(
                "AWS_S3_CUSTOM_DOMAIN is set: media URLs on that domain are not signed, so the bucket must be public and every file has a permanent URL.",
                hint="Leave AWS_S3_CUSTOM_DOMAIN empty to keep signed, expiring media URLs, or set AWS_QUERYSTRING_AUTH=false to say the bucket is public on purpose.",
                id="core.W101",
            )
        )
    elif default_storage.querystring_expire < page_seconds + READER_VISIT_SECONDS:
        problems.append(
            checks.Error(
                f"AWS_QUERYSTRING_EXPIRE ({default_storage.querystring_expire} s) must be at least PAGE_CACHE_SECONDS ({page_seconds} s) plus {READER_VISIT_SECONDS} s: "
                "cached pages would hand out media URLs that have expired.",
                hint="Raise AWS_QUERYSTRING_EXPIRE (default 3600) or lower PAGE_CACHE_SECONDS.",
                id="core.E101",
            )
        )
    return problems
