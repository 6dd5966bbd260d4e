"""The admin speaks its users' languages: a Vietnamese editor and Khmer and Lao translators open the
screens they work in and read nothing in another language (locales_admin/ holds the project's
translations of Wagtail and wagtail-localize; scripts/admin_catalogues.py builds them)."""

import json
import re
import zoneinfo

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.models import Locale

from foreign_info.core.languages import LANGUAGE_CODES
from foreign_info.translation import workflow
from foreign_info.translation.groups import ensure_groups
from foreign_info.translation.models import LanguageAssignment
from foreign_info.translation.roles import LEADS_GROUP
from tests import factories
from tests.conftest import publish, speaks
from tests.translation.admin_text import foreign_words, visible_text
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db

ARTICLE_TITLE = "Cà phê Buôn Ma Thuột vươn ra thế giới"
# Proper nouns and codes that are right in every language.
ALLOWED_WORDS = {"Wagtail", "PO", "XLIFF", "URL", "ID", "HTML", "JavaScript", "px", "KB", "MB"}
ALLOWED_WORDS |= {"CSV", "XLSX"}
# Loanwords and names Vietnamese writes in Latin letters outside its syllable shapes ("tiếng Khmer").
VIETNAMESE_LOANWORDS = {"web", "email", "menu", "video", "sapo", "Khmer"}
ALLOWED_WORDS |= {part for code in LANGUAGE_CODES for part in code.split("-")}  # language codes in the matrix
# Keys as printed on keyboards, in the keyboard-shortcuts dialog.
ALLOWED_WORDS |= {"Ctrl", "Alt", "Shift", "Cmd", "Option", "Enter", "Esc", "Tab"}
# Each language's own name, as the language choices show it; the user content of the fixtures.
NATIVE_NAMES = [get_language_info(code)["name_local"] for code in LANGUAGE_CODES]
USERNAMES = ["bien_tap", "truong_nhom", "nguoi_dich_km", "nguoi_dich_lo"]
ALLOWED_PHRASES = NATIVE_NAMES + USERNAMES + [ARTICLE_TITLE, "Thông tin đối ngoại", "Foreign information", "ຂໍ້ມູນຕ່າງປະເທດ"]
# The site's host name, and the time zones' IANA names in the account's time-zone list (identifiers,
# which Wagtail shows untranslated in every language).
ALLOWED_PHRASES += ["testserver", *zoneinfo.available_timezones()]


@pytest.fixture
def people(db, django_user_model, section, locales):
    ensure_groups()
    users = {}

    def make(name, code, role):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-12345-xyz")
        LanguageAssignment.objects.create(user=user, locale=Locale.objects.get(language_code=code), role=role)
        users[code] = speaks(user, code)

    make("bien_tap", "vi", "editor")
    lead = django_user_model.objects.create_user("truong_nhom", "truong_nhom@example.org", "pw-12345-xyz")
    lead.groups.add(Group.objects.get(name=LEADS_GROUP))
    users["lead"] = speaks(lead, "vi")
    make("nguoi_dich_km", "km", "translator")
    make("nguoi_dich_lo", "lo", "translator")
    return users


@pytest.fixture
def story(section, people):
    """A published Vietnamese article whose Khmer and Lao translations are being worked on."""
    article = publish(factories.ArticlePageFactory(parent=section, title=ARTICLE_TITLE, slug="ca-phe"))
    targets = {}
    for code in ("km", "lo"):
        job = job_for(article, code)
        workflow.perform(job, "claim", people[code])
        job.refresh_from_db()
        targets[code] = job.translation.get_target_instance()
    return article, targets


def screens(code, section, article, targets):
    """(who, URL name, arguments) of the screens each user works in."""
    if code == "vi":
        editor = [
            ("wagtailadmin_home", []),
            ("wagtailadmin_explore", [section.pk]),
            ("wagtailadmin_pages:edit", [article.pk]),
            ("wagtailadmin_pages:add_subpage", [section.pk]),
            ("wagtailadmin_pages:add", ["publishing", "articlepage", section.pk]),
            ("wagtailadmin_pages:history", [article.pk]),
            ("wagtailadmin_pages:search", []),
            ("wagtailimages:index", []),
            ("wagtailimages_chooser:choose", []),
            ("wagtaildocs:index", []),
            ("wagtaildocs_chooser:choose", []),
            ("wagtailadmin_account", []),
            ("wagtailadmin_reports:locked_pages", []),
        ]
        # A Vietnamese-speaking translation lead works the queues and the matrix.
        lead = [("translation:queue", ["km"]), ("translation:matrix", [])]
        return [("vi", *screen) for screen in editor] + [("lead", *screen) for screen in lead]
    page = targets[code]
    translator = [
        ("wagtailadmin_home", []),
        ("wagtailadmin_explore", [page.get_parent().pk]),
        ("wagtailadmin_pages:edit", [page.pk]),  # wagtail-localize's translation editor
        ("wagtailadmin_account", []),
        ("translation:queue", [code]),
    ]
    return [(code, *screen) for screen in translator]


# Strings Wagtail 8.0 writes into its templates without marking them for translation (nothing a
# catalogue can change): a screen-reader-only search button and a navigation landmark's label.
WAGTAIL_HARD_CODED = ('<input type="submit" value="Search" class="button" />', 'aria-label="Actions"')
# A Wagtail 8.0 defect, not a string: the page search's count names no model ("1-3 of 3 None").
WAGTAIL_NO_MODEL_NAME = re.compile(r"(\d) None\b")


def allowed_words(code):
    return ALLOWED_WORDS | (VIETNAMESE_LOANWORDS if code == "vi" else set())


def read(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    if response["Content-Type"].startswith("application/json"):  # a chooser's modal
        return response.json()["html"]
    html = response.content.decode()
    for snippet in WAGTAIL_HARD_CODED:
        html = html.replace(snippet, "")
    return WAGTAIL_NO_MODEL_NAME.sub(r"\1", html)


@pytest.mark.parametrize("code", ["vi", "km", "lo"])
def test_admin_screens_are_in_the_users_language(code, people, story, section):
    article, targets = story
    problems = {}
    for who, name, args in screens(code, section, article, targets):
        client = Client()
        client.force_login(people[who])
        url = reverse(name, args=args)
        words = foreign_words(visible_text(read(client, url)), code, ALLOWED_PHRASES, allowed_words(code))
        if words:
            problems[name] = sorted(set(words))
    assert problems == {}


@pytest.mark.parametrize("code", ["km", "lo"])
def test_translation_editor_script_strings_are_in_the_users_language(code, people, story):
    """wagtail-localize's editor is drawn by script: its strings come from the JavaScript catalogue
    and the machine-translation button joins "Translate with " to the provider's name."""
    _article, targets = story
    client = Client()
    client.force_login(people[code])
    editor = read(client, reverse("wagtailadmin_pages:edit", args=[targets[code].pk]))
    props = json.loads(re.search(r'data-props="([^"]*)"', editor).group(1).replace("&quot;", '"').replace("&amp;", "&"))
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    strings = json.loads(re.search(r"const newcatalog = (\{.*?\});", catalogue, re.S).group(1))
    button = strings["Translate with "] + props["machineTranslator"]["name"]
    texts = [text for value in strings.values() for text in ([value] if isinstance(value, str) else value)]
    assert foreign_words([button, *texts], code, ALLOWED_PHRASES, allowed_words(code)) == []


@pytest.mark.parametrize("code", ["vi", "km", "lo"])
def test_login_screen_follows_the_browser_language(code, section):
    page = read(Client(HTTP_ACCEPT_LANGUAGE=code), reverse("wagtailadmin_login"))
    assert foreign_words(visible_text(page), code, ALLOWED_PHRASES, allowed_words(code)) == []


def test_lao_can_be_chosen_as_the_admin_language(people):
    client = Client()
    client.force_login(people["vi"])
    assert re.search(r'<option value="lo"[^>]*>', read(client, reverse("wagtailadmin_account")))
