"""The paths issue 10 found open, each through its real URL: Wagtail's admin API actions let a
reviewer of French and Japanese publish and unpublish a Vietnamese page, and a French translator
revert Vietnamese and Japanese pages."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from foreign_info.translation.models import LanguageAssignment

pytestmark = pytest.mark.django_db


def api_action(page, name):
    return reverse("wagtailadmin_api:pages:action", kwargs={"pk": page.pk, "action_name": name})


@pytest.fixture
def reviewer_fr_ja(django_user_model, section):
    user = django_user_model.objects.create_user("rev", "rev@example.org", "pw-12345-xyz")
    for code in ("fr", "ja"):
        LanguageAssignment.objects.create(user=user, locale=Locale.objects.get(language_code=code), role="reviewer")
    return user


def test_reviewer_of_french_and_japanese_cannot_publish_or_unpublish_a_vietnamese_page(client, pages, reviewer_fr_ja):
    client.force_login(reviewer_fr_ja)
    vi = pages["vi"]
    response = client.post(api_action(vi, "unpublish"), content_type="application/json", data={})
    assert response.status_code in (403, 404)  # 404: the admin API does not even show the page
    assert Page.objects.get(pk=vi.pk).live
    Page.objects.filter(pk=vi.pk).update(live=False)
    response = client.post(api_action(vi, "publish"), content_type="application/json", data={})
    assert response.status_code in (403, 404)  # 404: the admin API does not even show the page
    assert not Page.objects.get(pk=vi.pk).live


def test_reviewer_still_publishes_in_their_languages_through_the_api(client, pages, reviewer_fr_ja):
    client.force_login(reviewer_fr_ja)
    assert client.post(api_action(pages["fr"], "unpublish"), content_type="application/json", data={}).status_code == 200
    assert not Page.objects.get(pk=pages["fr"].pk).live


@pytest.mark.parametrize("code", ["vi", "ja"])
def test_french_translator_cannot_revert_a_page_of_another_language(client, pages, users, code):
    page = pages[code]
    first = page.revisions.order_by("created_at", "pk").first()
    latest = page.latest_revision_id
    client.force_login(users["translator_fr"])
    response = client.post(api_action(page, "revert_to_page_revision"), content_type="application/json", data={"revision_id": first.pk})
    assert response.status_code in (403, 404)  # 404: the admin API does not even show the page
    assert Page.objects.get(pk=page.pk).latest_revision_id == latest


def test_french_translator_reverts_french_drafts(client, pages, users):
    page = pages["fr"]
    first = page.revisions.order_by("created_at", "pk").first()
    client.force_login(users["translator_fr"])
    response = client.post(api_action(page, "revert_to_page_revision"), content_type="application/json", data={"revision_id": first.pk})
    assert response.status_code == 200
