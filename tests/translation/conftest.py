import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale

from foreign_info.translation.groups import ensure_groups
from foreign_info.translation.models import LanguageAssignment, TranslationJob
from foreign_info.translation.roles import LEADS_GROUP
from tests.conftest import speaks
from tests.translation import chat_server, libre_server


@pytest.fixture
def team(db, django_user_model, section):
    """A lead, a translator and a reviewer for English and for French, an editor and a stranger."""
    ensure_groups()
    users = {}

    def make(name, **extra):
        users[name] = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-12345-xyz", **extra)
        # English admin, so the assertions can read messages (the catalogues translate them all).
        return speaks(users[name], "en")

    make("lead").groups.add(Group.objects.get(name=LEADS_GROUP))
    for code in ("en", "fr"):
        LanguageAssignment.objects.create(user=make(f"translator_{code}"), locale=Locale.objects.get(language_code=code), role="translator")
        LanguageAssignment.objects.create(user=make(f"reviewer_{code}"), locale=Locale.objects.get(language_code=code), role="reviewer")
    # A source editor: Wagtail page rights on the Vietnamese section only, through its assignment.
    LanguageAssignment.objects.create(user=make("editor"), locale=Locale.objects.get(language_code="vi"), role="editor")
    make("stranger")
    return users


def job_for(page, code):
    return TranslationJob.objects.get(source_page=page, target_locale__language_code=code)


@pytest.fixture(scope="session")
def libre():
    server, state = libre_server.start()
    yield state
    server.shutdown()


def machine_translation(settings, provider, retries):
    """Point wagtail-localize's machine translator at one of our test servers for every language,
    with retries and timeouts short enough for a test."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "foreign_info.translation.machine.translator.DeepTranslatorMachine",
        "OPTIONS": {"PROVIDERS": {"default": provider}, "TIMEOUT": 0.5, "RETRIES": retries, "BACKOFF": 0.01, "MAX_CONCURRENT": 2},
    }


@pytest.fixture
def provider(libre, settings):
    """Machine translation configured to our LibreTranslate, with quick retries and timeouts."""
    libre.reset()
    machine_translation(settings, {"PROVIDER": "libretranslate", "URL": libre.url, "API_KEY": "test-key"}, retries=3)
    return libre


@pytest.fixture
def client():
    """A browser that asks for English: some admin views here follow the request's language
    (Accept-Language) rather than the user's admin preference, and the tests read English messages."""
    from django.test import Client

    return Client(HTTP_ACCEPT_LANGUAGE="en")


@pytest.fixture(scope="session")
def chat():
    server, state = chat_server.start()
    yield state
    server.shutdown()


@pytest.fixture
def llm(chat, settings):
    """Machine translation for every language through our OpenAI-compatible model server."""
    chat.reset()
    model = {"PROVIDER": "llm", "URL": chat.url, "MODEL": "test-model", "API_KEY": "sk-test", "NAME": "Provincial model", "BATCH_SIZE": 4}
    machine_translation(settings, model, retries=2)
    return chat
