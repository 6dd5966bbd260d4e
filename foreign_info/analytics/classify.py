"""Turning request headers into the few categories analytics keeps (no header is stored as is).

Called off the request path, by the buffer's drainer (foreign_info.analytics.buffer). Bot
detection uses crawlerdetect's maintained pattern list; its regular expression costs ~20 µs, so
answers are remembered per user agent.
"""

import functools
import re
from urllib.parse import urlsplit

import iptocc
from crawlerdetect import CrawlerDetect

from .models import Channel, Device

SEARCH_DOMAINS = ("google.", "bing.", "duckduckgo.", "yahoo.", "yandex.", "baidu.", "naver.", "coccoc.", "ecosia.", "qwant.", "seznam.")
SOCIAL_DOMAINS = (
    "facebook.",
    "fb.",
    "twitter.",
    "x.com",
    "t.co",
    "linkedin.",
    "lnkd.in",
    "zalo.",
    "instagram.",
    "tiktok.",
    "youtube.",
    "reddit.",
    "weibo.",
    "vk.com",
    "line.me",
    "kakao",
    "telegram.",
    "t.me",
    "threads.",
)
NEWS_DOMAINS = (
    "news.",
    "vnexpress.",
    "tuoitre.",
    "thanhnien.",
    "vietnamnews.",
    "nhandan.",
    "baochinhphu.",
    "vietnamplus.",
    "bbc.",
    "reuters.",
    "apnews.",
    "afp.",
    "nikkei.",
    "xinhuanet.",
    "lemonde.",
    "rfi.",
    "nhk.",
    "yonhap",
    "tass.",
)
TABLET = re.compile(r"ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))", re.IGNORECASE)
MOBILE = re.compile(r"mobi|iphone|ipod|android|blackberry|opera mini|iemobile|windows phone", re.IGNORECASE)
DESKTOP = re.compile(r"windows nt|macintosh|x11|cros", re.IGNORECASE)

_detector = CrawlerDetect()


@functools.lru_cache(maxsize=4096)
def is_bot(user_agent):
    if not user_agent:
        return True  # browsers always send one
    return bool(_detector.isCrawler(user_agent))


@functools.lru_cache(maxsize=4096)
def device_class(user_agent):
    if TABLET.search(user_agent):
        return Device.TABLET
    if MOBILE.search(user_agent):
        return Device.MOBILE
    if DESKTOP.search(user_agent):
        return Device.DESKTOP
    return Device.OTHER


def country(ip, cdn_header_value=""):
    """ISO 3166 alpha-2 from a trusted CDN header when one is configured, else iptocc's offline
    table (shipped in the package and updated with its releases)."""
    if cdn_header_value:
        value = cdn_header_value.strip().upper()[:2]
        return value if value.isalpha() else ""
    try:
        return iptocc.country_code(ip) or ""
    except (ValueError, TypeError):
        return ""


@functools.lru_cache(maxsize=1024)  # readers send a few hundred distinct headers, per hit
def preferred_language(accept_language):
    """The first language the reader asks for, lower case, as a primary tag plus Chinese script."""
    first = accept_language.split(",", 1)[0].split(";", 1)[0].strip().lower()
    if not first or first == "*" or len(first) > 12:
        return ""
    if first.startswith("zh"):
        return "zh-hant" if any(mark in first for mark in ("hant", "-tw", "-hk", "-mo")) else "zh-hans"
    return first.split("-", 1)[0]


def referrer(referer, own_host):
    """(domain, channel) for a Referer header; own pages are "internal"."""
    if not referer:
        return "", Channel.DIRECT
    try:
        host = (urlsplit(referer[:2000]).hostname or "").lower()
    except ValueError:
        return "", Channel.OTHER
    if not host:
        return "", Channel.DIRECT
    host = host.removeprefix("www.")[:100]
    if host == own_host.split(":", 1)[0].lower().removeprefix("www."):
        return host, Channel.INTERNAL
    padded = host + "."
    for domains, channel in ((SEARCH_DOMAINS, Channel.SEARCH), (SOCIAL_DOMAINS, Channel.SOCIAL), (NEWS_DOMAINS, Channel.NEWS)):
        if any(padded.startswith(domain) or f".{domain}" in f".{padded}" or host == domain for domain in domains):
            return host, channel
    return host, Channel.OTHER


def is_prefetch(purpose_headers):
    return any(value and ("prefetch" in value.lower() or "prerender" in value.lower() or value.lower() == "preview") for value in purpose_headers)
