"""A Vietnamese section translated into French and Japanese, one article in the three languages
(the translations made by wagtail-localize, as translators get them), and one user per role of
`tests.permissions.roles.ROLES`."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from tests.conftest import publish, translate
from tests.factories import ArticlePageFactory
from tests.translation.conftest import libre, provider  # noqa: F401 - machine translation through a local LibreTranslate
from tests.translation.segments import translate_every_segment

from .roles import ROLES


@pytest.fixture
def pages(section):
    """{language code: the article in that language}: live, with an unpublished draft on top (so
    publishing and reverting change something)."""
    for code in ("fr", "ja"):
        translate(section, code, title=f"Section {code}")
    article = publish(ArticlePageFactory(parent=section, title="Cà phê Buôn Ma Thuột", slug="ca-phe"))
    source, _created = TranslationSource.get_or_create_from_instance(article)
    result = {"vi": article}
    for code in ("fr", "ja"):
        translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code=code))
        translate_every_segment(translation)  # the publish gate refuses an unfinished translation
        translation.save_target(publish=True)  # wagtail-localize publishes on commit: publish here
        result[code] = publish(translation.get_target_instance())
    pages = {code: Page.objects.get(pk=page.pk).specific for code, page in result.items()}
    for page in pages.values():
        page.save_revision()  # a draft newer than the live revision
    return {code: Page.objects.get(pk=page.pk).specific for code, page in pages.items()}


@pytest.fixture
def users(db, django_user_model, section):
    """{role name: user} for every role of the table (anonymous has none)."""
    return {name: role.make(django_user_model, name) for name, role in ROLES.items() if role.make is not None}
