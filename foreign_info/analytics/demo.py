"""Statistics demo (`manage.py load_demo` calls `load(log)` after the publishing demo).

Adds a second province, Gia Lai, as a Wagtail site of this install (a small section in Vietnamese
and English, served at gialai.localhost), about three months of synthetic traffic for both sites
(generated in-process from a fixed seed: offline, no IP or user agent anywhere), criteria with
this year's targets, and a third province's indicators file as if imported from another install,
so that the dashboard, scorecard, report and ranking all have something to show.

Idempotent: events have fixed keys (a second run inserts nothing), rollups are rebuilt from them,
pages, site, criteria and the import are found before being created.
"""

import datetime
import json
import random

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from . import flush, ranking, rollups
from .models import Criterion, Metric

DAYS = 90
SECOND_SITE = {"hostname": "gialai.localhost", "port": 8000, "site_name": "Gia Lai"}
COUNTRIES = [("VN", 40), ("US", 10), ("FR", 8), ("JP", 7), ("KR", 7), ("CN", 6), ("KH", 5), ("LA", 4), ("AU", 4), ("DE", 4), ("RU", 3), ("", 2)]
LANGUAGES = [("vi", 40), ("en", 25), ("fr", 8), ("ja", 6), ("ko", 6), ("zh-hans", 6), ("ru", 3), ("km", 3), ("lo", 3)]
CHANNELS = [("direct", 35), ("search", 35), ("social", 18), ("news", 7), ("other", 5)]
DEVICES = [("mobile", 55), ("desktop", 40), ("tablet", 5)]
KINDS = [("view", 85), ("bot", 9), ("prefetch", 2), ("clip_play", 2), ("share", 1), ("download", 1)]


def pick(rng, weighted):
    return rng.choices([value for value, _w in weighted], weights=[w for _v, w in weighted])[0]


def ensure_second_site(log):
    from foreign_info.publishing.models import SectionPage

    site = Site.objects.filter(hostname=SECOND_SITE["hostname"]).first()
    if site:
        return site
    vi = Locale.objects.get(language_code="vi")
    section = SectionPage(title="Thông tin đối ngoại Gia Lai", slug="gia-lai", locale=vi, intro="<p>Tin tức đối ngoại của tỉnh Gia Lai.</p>")
    Page.get_first_root_node().add_child(instance=section)
    section.save_revision().publish()
    english = section.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Gia Lai international information"
    english.save_revision().publish()
    log("analytics: second province site Gia Lai at gialai.localhost:8000")
    return Site.objects.create(root_page=section, **SECOND_SITE)


def traffic(site, pages, days, volume, seed):
    today = timezone.localdate()
    payloads = []
    for offset in range(days, 0, -1):
        day = today - datetime.timedelta(days=offset)
        # A generator per day: a day's events (and their keys) come out the same on a second run,
        # however many pages the other demos added since, so a second `load_demo` adds nothing.
        rng = random.Random(f"{seed}:{day.isoformat()}")
        growth = 1 + (days - offset) / days  # the section grows: twice the readers at the end
        for n in range(int(volume * growth * rng.uniform(0.7, 1.3))):
            moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(rng.randrange(24), rng.randrange(60))))
            language = pick(rng, LANGUAGES)
            page_id = pages.get(language) or pages["vi"]
            payloads.append(
                json.dumps(
                    {
                        "key": f"demo-{site.pk}-{day.isoformat()}-{n}",
                        "at": moment.timestamp(),
                        "host": site.hostname,
                        "page_id": rng.choice(page_id),
                        "content_language": language if language in pages else "vi",
                        "kind": pick(rng, KINDS),
                        "visitor": f"{rng.randrange(volume * 20):016x}",
                        "preferred_language": language,
                        "country": pick(rng, COUNTRIES),
                        "referrer_domain": "",
                        "channel": pick(rng, CHANNELS),
                        "device": pick(rng, DEVICES),
                        "target": "",
                    }
                )
            )
    return payloads


def pages_by_language(site):
    roots = site.root_page.get_translations(inclusive=True)
    found = {}
    for root in roots:
        for page_id, code in Page.objects.live().descendant_of(root, inclusive=True).values_list("pk", "locale__language_code"):
            found.setdefault(code, []).append(page_id)
    return found


def ensure_criteria(year):
    for name, name_en, metric, target in (
        ("Bài tiếng nước ngoài mỗi tháng", "Foreign-language pages per month", Metric.FOREIGN_PAGES_PER_MONTH, 20),
        ("Bản dịch đăng trong 48 giờ", "Translations published within 48 hours", Metric.TIMELY_TRANSLATION_SHARE, 80),
        ("Lượt xem từ nước ngoài", "Views from abroad", Metric.VIEWS_ABROAD, 2000),
        ("Tăng trưởng khán giả nước ngoài", "Growth of the audience abroad", Metric.ABROAD_GROWTH, 10),
        ("Số quốc gia tiếp cận", "Countries reached", Metric.COUNTRIES_REACHED, 10),
    ):
        Criterion.objects.get_or_create(metric=metric, year=year, defaults={"name": name, "name_en": name_en, "target": target})


def ensure_imported_province(start, end):
    translation = {
        code: {
            "source_pages": 12,
            "translated_pages": 6 if code in ("en", "fr", "ja") else 0,
            "coverage": 0.5 if code in ("en", "fr", "ja") else 0.0,
            "within_48_hours": 0.6 if code in ("en", "fr", "ja") else 0.0,
        }
        for code in ("en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo")
    }
    record = {
        "site": {"id": 1, "name": "Lâm Đồng", "hostname": "lamdong.example.gov.vn"},
        "start": start.isoformat(),
        "end": end.isoformat(),
        "output": {"en": 14, "fr": 6, "zh-hans": 0, "ja": 5, "ko": 0, "ru": 0, "km": 0, "lo": 0},
        "reach": {"views": 2600, "views_abroad": 1500, "countries_reached": 9, "views_by_language": {"vi": 1100, "en": 900, "fr": 350, "ja": 250}},
        "engagement": {"clip_plays": 40, "shares": 25, "downloads": 12},
        "translation": translation,
    }
    ranking.import_file(json.dumps({"format": ranking.FILE_FORMAT, "province": "Lâm Đồng", "records": [record]}).encode())


def load(log):
    home = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if home is None:
        log("analytics: no default site, no demo traffic")
        return None
    second = ensure_second_site(log)
    resolve = flush.SiteResolver()
    for site, volume, seed in ((home, 40, 47), (second, 15, 64)):
        payloads = traffic(site, pages_by_language(site), DAYS, volume, seed)
        events = flush.to_events(payloads, resolve)
        for start in range(0, len(events), 5000):
            flush.insert(events[start : start + 5000])
    today = timezone.localdate()
    rollups.rebuild(today - datetime.timedelta(days=DAYS), today)
    ensure_criteria(today.year)
    ensure_imported_province(today - datetime.timedelta(days=29), today)
    log(f"analytics: {DAYS} days of synthetic traffic for {home.site_name or home.hostname} and Gia Lai")
    return None
