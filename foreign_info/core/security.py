"""Content-Security-Policy on every response.

Public pages run no inline script and no script from elsewhere (`script-src 'self'`): every
script of ours is a static file, and JSON-LD is a data block, which CSP does not treat as script.
Wagtail's admin still needs inline scripts and `eval` in a few choosers, blob: previews of uploads
and frames of embed providers, so URLs under the admin get their own, looser policy (Gravatar is
switched off in settings, so admin images come from this site only).
Both are settings (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN: directive -> sources)
and CSP_REPORT_URI, if set, is where browsers report violations. A response that already carries
a policy (set by its view) keeps it.
"""

from django.conf import settings

EMBED_HOSTS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    # Wagtail's responsive embeds and rich-text alignment are style attributes; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "media-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *EMBED_HOSTS],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],  # Wagtail's preview frames our pages in the admin
}

ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "frame-src": ["'self'", "https:"],
}


def header_value(policy, report_uri=""):
    parts = [f"{directive} {' '.join(sources)}".strip() for directive, sources in policy.items()]
    if report_uri:
        parts.append(f"report-uri {report_uri}")
    return "; ".join(parts)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        report_uri = getattr(settings, "CSP_REPORT_URI", "")
        self.public = header_value(getattr(settings, "CONTENT_SECURITY_POLICY", PUBLIC_POLICY), report_uri)
        self.admin = header_value(getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", ADMIN_POLICY), report_uri)
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.admin if request.path_info.startswith(self.admin_prefix) else self.public
        return response
