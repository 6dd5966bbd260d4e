"""Who may use the video library: a matrix over Wagtail's groups and anonymous readers."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from .conftest import upload, web_clip

pytestmark = pytest.mark.django_db


def user_in(group_name):
    user = User.objects.create_user(f"u-{group_name or 'none'}", "u@example.org", "pw", is_staff=True)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.parametrize(("group_name", "can_upload"), [("Editors", True), ("Moderators", True), (None, False)])
# A staff user outside those groups is turned away (redirected with a message), and nothing is stored.
def test_who_may_upload_a_clip(client, group_name, can_upload):
    from foreign_info.media.models import VideoClip

    client.force_login(user_in(group_name))
    response = client.post(reverse("wagtailsnippets_media_videoclip:add"), {"title": "Clip", "original": upload("c.mp4", web_clip())})
    assert VideoClip.objects.exists() is can_upload
    assert response.status_code == 302


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(reverse("wagtailsnippets_media_videoclip:list"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
