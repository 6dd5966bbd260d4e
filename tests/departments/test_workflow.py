"""The department workflow through the admin, as each user would click it: an officer creates and
submits a Vietnamese article, their department's leader approves, the section lead approves and so
publishes; readers see it and translators get their jobs. Rejections return with the comment."""

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, TaskState, WorkflowState

from foreign_info.departments.models import Contribution, ContributionState, DepartmentLeaderApprovalTask
from foreign_info.publishing.models import ArticlePage
from foreign_info.translation.models import TranslationJob

from .conftest import article_form

pytestmark = pytest.mark.django_db


def submit_new_article(client, user, section, **fields):
    client.force_login(user)
    response = client.post(f"/admin/pages/add/publishing/articlepage/{section.pk}/", article_form(**fields, **{"action-submit": "submit"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ArticlePage.objects.get(slug=fields.get("slug", "ngay-hoi-van-hoa"))


def act(client, user, page, action, comment=""):
    client.force_login(user)
    task_state = page.current_workflow_task_state
    return client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]), {"comment": comment})


def current_task(page):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    return state.task.specific if state else None


def test_officer_submits_leader_approves_lead_publishes_readers_read_translators_get_jobs(client, people, section):
    page = submit_new_article(client, people["officer_a"], section)
    assert not page.live
    assert isinstance(current_task(page), DepartmentLeaderApprovalTask)
    contribution = Contribution.objects.get(page=page)
    assert (contribution.department, contribution.officer, contribution.state) == (people["department_a"], people["officer_a"], "pending")

    # The leader finds it on their dashboard and approves it.
    client.force_login(people["leader_a"])
    assert "Ngày hội văn hóa các dân tộc" in client.get("/admin/").content.decode()
    assert act(client, people["leader_a"], page, "approve").status_code == 302
    assert isinstance(current_task(page), GroupApprovalTask)
    assert not ArticlePage.objects.get(pk=page.pk).live

    assert act(client, people["lead"], page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    assert Contribution.objects.get(page=page).state == ContributionState.PUBLISHED

    reader = type(client)()
    response = reader.get(page.url)
    assert response.status_code == 200
    assert "Ngày hội văn hóa các dân tộc" in response.content.decode()

    assert TranslationJob.objects.filter(source_page=page, target_locale__language_code="en").exists()
    translator = type(client)(HTTP_ACCEPT_LANGUAGE="en")
    translator.force_login(people["translator_en"])
    assert "Ngày hội văn hóa các dân tộc" in translator.get("/admin/translation/queue/en/").content.decode()


def test_a_rejection_returns_to_the_officer_with_the_comment_and_a_resubmission_goes_back_to_the_leader(client, people, section):
    page = submit_new_article(client, people["officer_a"], section)
    act(client, people["leader_a"], page, "reject", comment="Xin bổ sung ảnh và nguồn tin.")
    page.refresh_from_db()
    workflow_state = WorkflowState.objects.get(object_id=str(page.pk))
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert Contribution.objects.get(page=page).state == ContributionState.RETURNED

    client.force_login(people["officer_a"])
    editor = client.get(f"/admin/pages/{page.pk}/edit/")
    assert editor.status_code == 200
    assert "Xin bổ sung ảnh và nguồn tin." in editor.content.decode()

    response = client.post(f"/admin/pages/{page.pk}/edit/", article_form(**{"action-submit": "submit"}))
    assert response.status_code == 302
    assert isinstance(current_task(page), DepartmentLeaderApprovalTask)
    assert Contribution.objects.get(page=page).state == ContributionState.PENDING


def test_only_the_leader_of_the_submitters_department_can_approve(client, people, section):
    page = submit_new_article(client, people["officer_a"], section)
    task_state = page.current_workflow_task_state
    for intruder in ("leader_b", "officer_b", "officer_a", "editor", "translator_en"):
        act(client, people[intruder], page, "approve")
        assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS, intruder

    # Leader B pairs B's own pending contribution in the URL with A's task state.
    own = submit_new_article(client, people["officer_b"], section, title="Hội chợ đầu tư", slug="hoi-cho-dau-tu")
    client.force_login(people["leader_b"])
    response = client.post(reverse("wagtailadmin_pages:workflow_action", args=[own.pk, "approve", task_state.pk]), {"comment": ""})
    assert response.status_code in (302, 403)
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

    # Leader B sees only B's contribution waiting on the dashboard.
    fresh = type(client)(HTTP_ACCEPT_LANGUAGE="en")
    fresh.force_login(people["leader_b"])
    dashboard = fresh.get("/admin/").content.decode()
    assert "Hội chợ đầu tư" in dashboard and "Ngày hội văn hóa các dân tộc" not in dashboard


def test_an_editor_publishes_directly_and_an_editors_submission_skips_the_department_step(client, people, section):
    client.force_login(people["editor"])
    response = client.post(f"/admin/pages/add/publishing/articlepage/{section.pk}/", article_form(**{"action-publish": "publish"}))
    assert response.status_code == 302
    assert ArticlePage.objects.get(slug="ngay-hoi-van-hoa").live
    assert not Contribution.objects.exists()

    page = submit_new_article(client, people["editor"], section, title="Tin khác", slug="tin-khac")
    assert isinstance(current_task(page), GroupApprovalTask)
    assert not Contribution.objects.exists()


def test_a_leaders_own_submission_counts_for_the_department_and_goes_to_the_lead(client, people, section):
    page = submit_new_article(client, people["leader_a"], section)
    assert isinstance(current_task(page), GroupApprovalTask)
    assert Contribution.objects.get(page=page).department == people["department_a"]


def test_the_leader_of_the_department_and_no_other_is_told_by_email(client, people, section, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = submit_new_article(client, people["officer_a"], section)
    leader_mail = [message for message in mailoutbox if page.title in message.subject or page.title in message.body]
    assert [message.to for message in leader_mail] == [[people["leader_a"].email]]
