"""A Vietnamese section translated into French and Japanese, one article in the three languages,
and one user per role of `tests.permissions.roles.ROLES`."""

import pytest
from wagtail.models import Page

from tests.conftest import publish, translate
from tests.factories import ArticlePageFactory

from .roles import ROLES


@pytest.fixture
def pages(section):
    """{language code: the article in that language}, each live with two revisions (one to revert to)."""
    for code in ("fr", "ja"):
        translate(section, code, title=f"Section {code}")
    article = publish(ArticlePageFactory(parent=section, title="Cà phê Buôn Ma Thuột", slug="ca-phe"))
    result = {"vi": article}
    for code in ("fr", "ja"):
        result[code] = translate(article, code, title=f"Café {code}")
    for page in result.values():
        publish(Page.objects.get(pk=page.pk).specific)  # a second revision, so there is one to revert to
    return {code: Page.objects.get(pk=page.pk).specific for code, page in result.items()}


@pytest.fixture
def users(db, django_user_model, section):
    """{role name: user} for every role of the table (anonymous has none)."""
    return {name: role.make(django_user_model, name) for name, role in ROLES.items() if role.make is not None}
