"""Who may do what on which tree: the department groups' Wagtail page permissions, the workflow's
assignment to the Vietnamese section, and the contribution and department screens."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from foreign_info.departments.groups import LEADERS_GROUP, OFFICERS_GROUP, ensure_groups, ensure_workflow
from foreign_info.departments.models import Contribution, Department, DepartmentLeaderApprovalTask
from foreign_info.publishing.models import ArticlePage
from tests import factories
from tests.conftest import publish

from .conftest import article_form
from .test_workflow import submit_new_article

pytestmark = pytest.mark.django_db


def test_the_groups_hold_add_rights_on_the_vietnamese_section_only_and_are_made_once(people, section):
    before = GroupPagePermission.objects.count(), Group.objects.count()
    ensure_groups()
    ensure_workflow()
    assert (GroupPagePermission.objects.count(), Group.objects.count()) == before
    for name in (OFFICERS_GROUP, LEADERS_GROUP):
        rights = set(GroupPagePermission.objects.filter(group__name=name).values_list("page_id", "permission__codename"))
        assert rights == {(section.pk, "add_page")}, name


def test_the_department_workflow_governs_vietnamese_pages_only(people, section, section_in):
    article = publish(factories.ArticlePageFactory(parent=section))
    workflow = article.get_workflow()
    assert isinstance(workflow.tasks.first().specific, DepartmentLeaderApprovalTask)
    assert section_in("en").get_workflow() != workflow


def test_an_officer_drafts_under_the_vietnamese_section_and_nowhere_else(client, people, section, section_in):
    client.force_login(people["officer_a"])
    assert client.get(f"/admin/pages/add/publishing/articlepage/{section.pk}/").status_code == 200
    english = section_in("en")
    response = client.post(f"/admin/pages/add/publishing/articlepage/{english.pk}/", article_form(slug="elsewhere"))
    assert response.status_code in (302, 403)
    assert not ArticlePage.objects.filter(slug="elsewhere").exists()


def test_an_officer_cannot_publish_by_any_button(client, people, section):
    client.force_login(people["officer_a"])
    client.post(f"/admin/pages/add/publishing/articlepage/{section.pk}/", article_form(**{"action-publish": "publish"}))
    page = ArticlePage.objects.filter(slug="ngay-hoi-van-hoa").first()
    assert page is None or not page.live
    if page is None:
        client.post(f"/admin/pages/add/publishing/articlepage/{section.pk}/", article_form())
        page = ArticlePage.objects.get(slug="ngay-hoi-van-hoa")
    response = client.post(f"/admin/api/main/pages/{page.pk}/action/publish/", content_type="application/json", data={})
    assert response.status_code in (400, 403)
    assert not ArticlePage.objects.get(pk=page.pk).live


def test_officers_edit_their_own_pages_not_the_sections_others_or_live_articles(client, people, section):
    live = publish(factories.ArticlePageFactory(parent=section))
    page = submit_new_article(client, people["officer_b"], section)
    client.force_login(people["officer_a"])
    for target in (section, live, page):
        response = client.get(f"/admin/pages/{target.pk}/edit/")
        assert response.status_code in (302, 403), target


def test_a_leader_approves_but_cannot_publish_directly(client, people, section):
    page = submit_new_article(client, people["officer_a"], section)
    client.force_login(people["leader_a"])
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200  # to read it before approving
    client.post(f"/admin/pages/{page.pk}/edit/", article_form(**{"action-publish": "publish"}))
    client.post(f"/admin/api/main/pages/{page.pk}/action/publish/", content_type="application/json", data={})
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress


def test_each_department_lists_its_own_contributions_the_lead_all(client, people, section):
    submit_new_article(client, people["officer_a"], section, title="Bài của sở A", slug="bai-a")
    submit_new_article(client, people["officer_b"], section, title="Bài của sở B", slug="bai-b")
    seen = {}
    for name in ("officer_a", "leader_a", "leader_b", "lead"):
        client = type(client)(HTTP_ACCEPT_LANGUAGE="en")  # a new browser: no flash message of the submissions
        client.force_login(people[name])
        response = client.get("/admin/contributions/")
        assert response.status_code == 200, name
        html = response.content.decode()
        seen[name] = {title for title in ("Bài của sở A", "Bài của sở B") if title in html}
    assert seen == {
        "officer_a": {"Bài của sở A"},
        "leader_a": {"Bài của sở A"},
        "leader_b": {"Bài của sở B"},
        "lead": {"Bài của sở A", "Bài của sở B"},
    }
    filtered = client.get("/admin/contributions/", {"department": people["department_b"].pk, "state": "pending"}).content.decode()
    assert "Bài của sở B" in filtered and "Bài của sở A" not in filtered

    client.force_login(people["translator_en"])
    assert client.get("/admin/contributions/").status_code in (302, 403)


def test_the_lead_manages_departments_and_an_officer_belongs_to_one_only(client, people, locales):
    client.force_login(people["officer_a"])
    assert client.get("/admin/snippets/departments/department/").status_code in (302, 403)

    client.force_login(people["lead"])
    assert client.get("/admin/snippets/departments/department/").status_code == 200
    form = {
        "name": "Sở Ngoại vụ",
        "leader": people["leader_b"].pk,
        "names-TOTAL_FORMS": 1,
        "names-INITIAL_FORMS": 0,
        "names-MIN_NUM_FORMS": 0,
        "names-MAX_NUM_FORMS": 1000,
        "names-0-locale": locales["fr"].pk,
        "names-0-name": "Service des Affaires étrangères",
        "names-0-ORDER": 1,
        "officers-TOTAL_FORMS": 1,
        "officers-INITIAL_FORMS": 0,
        "officers-MIN_NUM_FORMS": 0,
        "officers-MAX_NUM_FORMS": 1000,
        "officers-0-user": people["officer_a"].pk,
        "officers-0-ORDER": 1,
    }
    response = client.post("/admin/snippets/departments/department/add/", form)
    assert response.status_code == 200  # the form again: officer_a already works for department A
    assert "This user is already an officer of another department." in response.content.decode()
    assert not Department.objects.filter(name="Sở Ngoại vụ").exists()

    form["officers-TOTAL_FORMS"] = 0
    response = client.post("/admin/snippets/departments/department/add/", form)
    assert response.status_code == 302
    department = Department.objects.get(name="Sở Ngoại vụ")
    assert department.name_in("fr") == "Service des Affaires étrangères"
    assert department.name_in("ja") == "Sở Ngoại vụ"  # no Japanese name yet: the official one


def test_a_page_is_one_departments_contribution_however_often_it_is_sent(client, people, section):
    page = submit_new_article(client, people["officer_a"], section)
    client.force_login(people["leader_a"])
    client.post(f"/admin/pages/workflow/action/{page.pk}/reject/{page.current_workflow_task_state.pk}/", {"comment": "Sửa lại"})
    client.force_login(people["officer_a"])
    client.post(f"/admin/pages/{page.pk}/edit/", article_form(**{"action-submit": "submit"}))
    assert Contribution.objects.filter(page=page).count() == 1
    assert Page.objects.get(pk=page.pk).workflow_in_progress


def test_a_superuser_gets_the_read_only_listing_and_the_department_screens(client, people, section, admin_user):
    submit_new_article(client, people["officer_a"], section)
    client = type(client)(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(admin_user)
    listing = client.get("/admin/contributions/")
    assert listing.status_code == 200 and "Ngày hội văn hóa các dân tộc" in listing.content.decode()
    assert client.get("/admin/contributions/results/").status_code == 200
    department = people["department_a"]
    assert client.get(f"/admin/snippets/departments/department/edit/{department.pk}/").status_code == 200


def test_group_membership_follows_the_departments_screen(django_user_model, section):
    """Who leads or serves a department is managed on the Departments screen; the groups that
    carry their rights follow it, and lose whoever no longer holds the role."""
    from foreign_info.departments.groups import LEADERS_GROUP, OFFICERS_GROUP
    from foreign_info.departments.models import Department, DepartmentOfficer

    first, second, officer = (django_user_model.objects.create_user(name, password="pw") for name in ("first", "second", "someone"))
    department = Department.objects.create(name="Sở Ngoại vụ", leader=first)
    membership = DepartmentOfficer.objects.create(department=department, user=officer)
    assert first.groups.filter(name=LEADERS_GROUP).exists()
    assert officer.groups.filter(name=OFFICERS_GROUP).exists()
    department.leader = second
    department.save()
    assert not first.groups.filter(name=LEADERS_GROUP).exists() and second.groups.filter(name=LEADERS_GROUP).exists()
    membership.delete()
    assert not officer.groups.filter(name=OFFICERS_GROUP).exists()
