"""Every public page type in all nine languages, as `load_demo` builds them, checked by the Nu HTML
checker (0 errors) and by axe-core in Chromium (WCAG 2.2 AA and best practice: 0 violations), at a
desktop width and, for a few page types, at a phone's. Slow checks (SLOW_CHECKS=1): the checkers
come from npm (tests/checkers/package.json, installed by `make checkers`), vnu runs on Debian's Java.

The page types are not a hand list: every concrete page model of the foreign_info apps must have a
live demo page in each language where the demo publishes it, each routable page adds its routes
without parameters (search, the accreditation form...), and the links of those pages' navigation add
the rest (topic pages). One URL per language and top-level template is kept, the 404 page included.
"""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

from foreign_info.core.languages import LANGUAGE_CODES
from tests.conftest import tree_root

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHECKERS = Path(__file__).resolve().parents[1] / "checkers" / "node_modules"
VNU = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = CHECKERS / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONE_TEMPLATES = {"publishing/section_page.html", "publishing/article_page.html", "publishing/gallery_page.html", "presskits/press_room_page.html"}


@pytest.fixture
def media_served(settings):
    settings.ROOT_URLCONF = "tests.browser.media_urls"


@pytest.fixture
def checkers():
    missing = [str(path) for path in (VNU, AXE) if not path.exists()]
    if missing or not shutil.which("java"):
        pytest.fail(f"the markup checkers are not installed ({', '.join(missing) or 'java'}): run `make checkers`")


def section_page_models():
    """The concrete page models of the foreign_info apps: what a reader can be shown."""
    labels = {config.label for config in apps.get_app_configs() if config.name.startswith("foreign_info.")}
    return [model for model in get_page_models() if model._meta.app_label in labels and not model._meta.abstract]


def seed_paths():
    """Each page model's first live public page in each language, and its routes without parameters."""
    paths, missing = [], []
    for model in section_page_models():
        found = False
        for code in LANGUAGE_CODES:
            page = model.objects.live().public().filter(locale__language_code=code).order_by("path").first()
            if page is None:
                continue
            found = True
            url = urlsplit(page.get_url()).path
            paths.append(url)
            if issubclass(model, RoutablePageMixin):
                for pattern in page.get_subpage_urls():
                    route = str(pattern.pattern)
                    if route and "<" not in route:
                        paths.append(url + route)
        if not found:
            missing.append(model.__name__)
    assert not missing, f"page models with no live demo page (add one to the demo): {missing}"
    return paths


def page_types(client):
    """{(language, template): (path, html)}: one rendered page per language and page type."""
    chosen, queue, seen = {}, seed_paths(), set()
    for code in LANGUAGE_CODES:
        queue.append(f"/{code}/no-such-page/")  # the 404 page
    search_word = None
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code not in (200, 404) or not response.get("Content-Type", "").startswith("text/html") or not response.templates:
            continue
        language = path.strip("/").split("/")[0]
        # The page's own template, not a block a hook rendered first (the section home's upcoming events).
        key = (language, next((template.name for template in response.templates if "/includes/" not in template.name), response.templates[0].name))
        if key in chosen:
            continue
        html = response.content.decode()
        chosen[key] = (path, html)
        document = BeautifulSoup(html, "html.parser")
        for link in document.select("nav a[href]"):
            target = urlsplit(urljoin(path, link["href"]))
            if not target.netloc and target.path.startswith(f"/{language}/"):
                queue.append(target.path)
        if search_word is None and document.select_one(".card-title a"):
            search_word = document.select_one(".card-title a").get_text().split()[0]
        if key[1] == "publishing/section_page.html" and search_word:
            queue.append(f"/{language}/search/?q={quote(search_word)}")  # a search with results
    return chosen


# Known-bad markup, checked along with the pages: the checks must find what the issue found.
CANARY = '<!DOCTYPE html><html lang="en"><title>canary</title><time datetime="2026-01-01T10:00:00.123456+07:00">x</time><img src="x.png"></html>'


def validate(pages, folder):
    """Nu HTML checker errors over all pages, in one run of vnu (a JVM start costs seconds); the
    canary document's errors come first and must be there."""
    (folder / "canary.html").write_text(CANARY, encoding="utf-8")
    names = {"canary.html": "canary"}
    for (language, template), (path, html) in pages.items():
        name = f"{language}--{template.replace('/', '_')}"
        (folder / name).write_text(html, encoding="utf-8")
        names[name] = path
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *sorted(str(folder / name) for name in names)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{names[message['url'].rsplit('/', 1)[-1]]}:{message.get('lastLine')}: {message['message']}" for message in messages if message["type"] == "error"
    ]
    canary = [error for error in errors if error.startswith("canary:")]
    assert len(canary) >= 2 and "fraction of a second" in canary[0], f"vnu did not check the canary document: {result.stderr[:500]}"
    return [error for error in errors if not error.startswith("canary:")]


def axe_violations(browser, url):
    browser.get(url)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')])))"
        ".catch(e => done([['axe-error', String(e), '']]))",
        AXE_TAGS,
    )
    return [f"{url}: {rule} ({impact}) at {where}" for rule, impact, where in result]


def test_every_page_type_in_every_language_validates_and_passes_axe(browser, live_server, checkers, media_served, locales, tmp_path):
    tree_root(locales["vi"])  # transactional tests before this one flush the root page and collection
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - the demo's progress report is not this test's output
    pages = page_types(Client())
    templates = {template for _language, template in pages}
    assert {"publishing/section_page.html", "publishing/topic_page.html", "publishing/search_page.html", "404.html"} <= templates
    for code in LANGUAGE_CODES:
        assert (code, "publishing/article_page.html") in pages and (code, "publishing/section_page.html") in pages, code

    errors = validate(pages, tmp_path)

    browser.set_script_timeout(60)
    canary = axe_violations(browser, "data:text/html," + quote(CANARY))
    assert any(" image-alt " in violation for violation in canary), canary  # axe runs and reports
    violations = []
    for (_language, _template), (path, _html) in sorted(pages.items()):
        violations += axe_violations(browser, live_server.url + path)
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        for (language, template), (path, _html) in sorted(pages.items()):
            if template in PHONE_TEMPLATES and language in ("vi", "en", "km", "zh-hans"):
                violations += [f"[390px] {violation}" for violation in axe_violations(browser, live_server.url + path)]
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    print(f"checked {len(pages)} pages of {len(templates)} types: {sorted(templates)}")
    report = [f"{len(pages)} pages ({len(templates)} types)", "Nu HTML checker:", *errors, "axe-core:", *violations]
    assert not errors and not violations, "\n".join(report)
