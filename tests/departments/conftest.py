import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from foreign_info.departments.groups import LEADERS_GROUP, OFFICERS_GROUP, ensure_groups
from foreign_info.departments.models import Department, DepartmentOfficer
from foreign_info.translation.groups import ensure_groups as ensure_translation_groups
from foreign_info.translation.models import LanguageAssignment
from foreign_info.translation.roles import LEADS_GROUP
from tests.conftest import speaks

PASSWORD = "pw-12345-xyz"


@pytest.fixture
def people(db, django_user_model, section):
    """Two departments (A: officer_a, leader_a; B: officer_b, leader_b), a section lead, an editor
    with Wagtail's usual rights and a translator of English. English admin for all."""
    ensure_translation_groups()
    ensure_groups()
    users = {}

    def make(name, *groups):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", PASSWORD)
        for group in groups:
            user.groups.add(Group.objects.get_or_create(name=group)[0])
        users[name] = speaks(user, "en")
        return user

    for key in ("a", "b"):
        leader = make(f"leader_{key}", LEADERS_GROUP)
        department = Department.objects.create(name=f"Sở {key.upper()}", leader=leader)
        DepartmentOfficer.objects.create(department=department, user=make(f"officer_{key}", OFFICERS_GROUP))
        users[f"department_{key}"] = department
    make("lead", LEADS_GROUP)
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission

    editors = Group.objects.get_or_create(name="Source editors (test)")[0]
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(group=editors, page=section, permission=Permission.objects.get(codename=codename))
    make("editor", editors.name)
    LanguageAssignment.objects.create(user=make("translator_en"), locale_id=section.locale.__class__.objects.get(language_code="en").pk, role="translator")
    return users


@pytest.fixture
def client():
    from django.test import Client

    return Client(HTTP_ACCEPT_LANGUAGE="en")


def article_form(title="Ngày hội văn hóa các dân tộc", slug="ngay-hoi-van-hoa", **overrides):
    data = {
        "title": title,
        "slug": slug,
        "standfirst": "Sở giới thiệu ngày hội cho bạn đọc quốc tế.",
        "date": "2026-11-20 09:00:00",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung bài viết của sở.</p>"))]),
        "place": "Buôn Ma Thuột",
        "source_agency": "Sở Văn hóa, Thể thao và Du lịch",
        "hero_alt": "",
        "hero_caption": "",
    }
    data.update(overrides)
    return nested_form_data(data)
