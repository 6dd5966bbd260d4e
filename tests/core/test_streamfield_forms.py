"""A page form posted without a StreamField's management data (`body-count` and the rest: an old
tab, a script, a proxy that cut the body) is a clear form error, not a 500 (issue 11, "500s on
bad input"). Wagtail reads that data with `data["body-count"]`; every StreamField of every page
form goes through the portal's checked field (core/streamfield_forms.py)."""

import pytest
from django.test import Client
from django.urls import reverse

from foreign_info.publishing.models import ArticlePage

pytestmark = pytest.mark.django_db

BROKEN_STREAMS = [
    {},  # no management data at all
    {"body-count": "abc"},
    {"body-count": "2"},  # counted blocks that are not there
    {"body-count": "99999999999999999999"},
]


def admin(admin_user):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("stream", BROKEN_STREAMS)
def test_editing_a_page_without_its_streamfield_data_is_a_form_error(article, admin_user, stream):
    client = admin(admin_user)
    before = article.get_latest_revision().pk
    data = {"title": "Tiêu đề mới", "slug": article.slug, "standfirst": "Tóm tắt.", **stream}
    response = client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
    assert response.status_code == 200
    assert "could not be read" in response.content.decode()
    assert article.get_latest_revision().pk == before  # nothing saved


def test_adding_a_page_without_its_streamfield_data_is_a_form_error(section, admin_user):
    client = admin(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["publishing", "articlepage", section.pk])
    response = client.post(url, {"title": "Bài mới", "slug": "bai-moi", "standfirst": "Tóm tắt."})
    assert response.status_code == 200
    assert "could not be read" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="bai-moi").exists()
