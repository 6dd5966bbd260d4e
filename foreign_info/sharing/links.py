"""Share links for the networks readers of each language use, with no script from the networks.

Each link is a plain URL of the network's own share page (the reader's browser opens it; no
button code, tracker or cookie of theirs is loaded here, and the site's CSP allows no script from
elsewhere). Where a network offers no such URL (Zalo and KakaoTalk share only through their SDKs
and apps), the button uses the phone's own share sheet (the Web Share API, which lists those apps),
and copies the link where there is no share sheet. WeChat shares by scanning: Chinese pages show a
QR code of the page's URL, drawn on the server as SVG.
"""

from urllib.parse import urlencode

import segno
from django.utils.translation import gettext_lazy as _

EVERYWHERE = ("facebook", "x", "linkedin")
BY_LANGUAGE = {"vi": ("zalo",), "ja": ("line",), "ko": ("kakaotalk",), "ru": ("vk", "telegram"), "zh-hans": ("wechat",)}
NAMES = {
    "facebook": "Facebook",
    "x": "X",
    "linkedin": "LinkedIn",
    "zalo": "Zalo",
    "line": "LINE",
    "kakaotalk": "KakaoTalk",
    "vk": "VK",
    "telegram": "Telegram",
    "wechat": _("WeChat"),
}
# Networks shared through the device's share sheet: no share URL exists without their SDK.
SHARE_SHEET = {"zalo", "kakaotalk"}


def share_url(network, url, title):
    if network == "facebook":
        return "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})
    if network == "x":
        return "https://x.com/intent/post?" + urlencode({"url": url, "text": title})
    if network == "linkedin":
        return "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url})
    if network == "line":
        return "https://social-plugins.line.me/lineit/share?" + urlencode({"url": url, "text": title})
    if network == "vk":
        return "https://vk.com/share.php?" + urlencode({"url": url, "title": title})
    if network == "telegram":
        return "https://t.me/share/url?" + urlencode({"url": url, "text": title})
    return ""


def qr_svg(url):
    """An inline SVG QR code of `url` (no XML declaration, sized by CSS), for WeChat's scanner."""
    return segno.make(url, error="m").svg_inline(scale=4, dark="#0c2d48", light="#ffffff", omitsize=False)


def networks_for(language_code):
    return EVERYWHERE + BY_LANGUAGE.get(language_code, ())


def share_links(url, title, language_code):
    """[{network, name, href, share_sheet, qr}] for a page's canonical `url` in `language_code`."""
    links = []
    for network in networks_for(language_code):
        links.append(
            {
                "network": network,
                "name": NAMES[network],
                "href": share_url(network, url, title),
                "share_sheet": network in SHARE_SHEET,
                "qr": qr_svg(url) if network == "wechat" else "",
            }
        )
    return links
