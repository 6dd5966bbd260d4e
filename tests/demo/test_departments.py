"""The demo's department accounts do what the README says: `officer` drafts and submits Vietnamese
pages, `leader` approves their department's contributions and cannot publish."""

import pytest
from django.test import Client
from wagtail.models import Page

from foreign_info.departments.models import Contribution, Department, DepartmentLeaderApprovalTask

pytestmark = pytest.mark.django_db


def logged_in(username, password):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    assert client.login(username=username, password=password)
    return client


def test_demo_departments_accounts_and_a_pending_contribution():
    culture = Department.objects.get(name="Sở Văn hóa, Thể thao và Du lịch")
    assert Department.objects.filter(name="Sở Kế hoạch và Đầu tư").exists()
    assert culture.name_in("lo") == "ພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ" and culture.name_in("en").startswith("Department of Culture")
    assert culture.leader.username == "leader"
    assert [officer.user.username for officer in culture.officers.all()] == ["officer"]
    contribution = Contribution.objects.get()
    assert contribution.department == culture and contribution.state == "pending"
    page = Page.objects.get(pk=contribution.page_id)
    assert not page.live and isinstance(page.current_workflow_task, DepartmentLeaderApprovalTask)

    officer = logged_in("officer", "officer-demo-2026")
    section = page.get_parent()
    assert officer.get(f"/admin/pages/add/publishing/articlepage/{section.pk}/").status_code == 200
    assert page.title in officer.get("/admin/contributions/").content.decode()
    leader = logged_in("leader", "leader-demo-2026")
    assert page.title in leader.get("/admin/").content.decode()  # awaiting their review
    assert leader.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert Department.objects.count() == 2
