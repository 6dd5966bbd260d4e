"""The reader's network address, as seen through a configured number of trusted proxies.

Contract of `client_address(request)`: with TRUSTED_PROXY_COUNT = 0 (the default) the address is
REMOTE_ADDR, the peer that opened the connection. With N > 0 proxies in front (nginx, a CDN), each
appends the address it received the request from to X-Forwarded-For (or the header named by
ANALYTICS["CLIENT_IP_HEADER"]), so the client is the N-th address from the right: everything to
its left was written by the client and is never believed. A chain shorter than N (a request that
skipped a proxy) gives its left-most address, which a trusted proxy still wrote; a value that is
not an IP address gives REMOTE_ADDR. Used by every rate limit and by the analytics collector.
"""

import ipaddress

from django.conf import settings

DEFAULT_HEADER = "X-Forwarded-For"


def trusted_proxies():
    """TRUSTED_PROXY_COUNT; a legacy ANALYTICS CLIENT_IP_HEADER alone means one proxy."""
    count = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if count <= 0 and getattr(settings, "ANALYTICS", {}).get("CLIENT_IP_HEADER"):
        return 1
    return max(count, 0)


def header_key():
    name = getattr(settings, "ANALYTICS", {}).get("CLIENT_IP_HEADER") or DEFAULT_HEADER
    return "HTTP_" + name.upper().replace("-", "_")


def client_address(request):
    meta = request.META
    remote = meta.get("REMOTE_ADDR", "")
    count = trusted_proxies()
    if not count:
        return remote
    hops = [hop.strip() for hop in meta.get(header_key(), "").split(",") if hop.strip()]
    if not hops:
        return remote
    candidate = hops[-count] if len(hops) >= count else hops[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
