"""The groups of department work and the workflow their pages go through.

Contract:
- `ensure_groups(apps=None)` creates "Department officers" and "Department leaders" if missing and
  gives them their rights; idempotent, only ever adds. Both hold Wagtail page permissions on each
  Vietnamese section root only: `add_page` (create pages there and edit the pages they own), never
  `change_page` (other departments' drafts and the live articles stay out of reach) nor
  `publish_page` (they can only submit; the leader's approval is the workflow task's, not a right
  on the tree). The section leads ("Translation leads") get the rights to manage departments and
  both groups to see contributions. `apps` is the migration's app registry in a data migration.
- `ensure_workflow()` creates the workflow "Department contributions" (department leader approval,
  then a group approval by the section leads) and assigns it to each Vietnamese section root, where
  it replaces Wagtail's default workflow for the source pages. Idempotent; it never reassigns a
  section an operator gave another workflow.
"""

from django.apps import apps as django_apps
from django.conf import settings
from django.utils.translation import gettext, override

from foreign_info.core.languages import SOURCE_LANGUAGE
from foreign_info.translation.roles import LEADS_GROUP

OFFICERS_GROUP = "Department officers"
LEADERS_GROUP = "Department leaders"
SECTION_PAGE_RIGHTS = ["add_page"]
OTHER_RIGHTS = {
    OFFICERS_GROUP: [("wagtailadmin", "access_admin"), ("departments", "view_contribution")],
    LEADERS_GROUP: [("wagtailadmin", "access_admin"), ("departments", "view_contribution")],
    LEADS_GROUP: [
        ("departments", codename) for codename in ("add_department", "change_department", "delete_department", "view_department", "view_contribution")
    ],
}


def source_sections(apps=django_apps):
    """The Vietnamese section roots (depth 2: children of Wagtail's root)."""
    Page = apps.get_model("wagtailcore", "Page")
    return Page.objects.filter(depth=2, locale__language_code=SOURCE_LANGUAGE, content_type__app_label="publishing", content_type__model="sectionpage")


def ensure_groups(apps=django_apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    groups = {}
    for name, rights in OTHER_RIGHTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in rights:
            # Model permissions appear after the first migrate's post_migrate; the app's own
            # post_migrate handler calls this again then.
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)
    page_rights = list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=SECTION_PAGE_RIGHTS))
    for section in source_sections(apps):
        for name in (OFFICERS_GROUP, LEADERS_GROUP):
            for permission in page_rights:
                GroupPagePermission.objects.get_or_create(group=groups[name], page_id=section.pk, permission=permission)
    return groups


def sync_member_groups(user):
    """`user` is in the officers' group exactly while an officer of some department, and in the
    leaders' group exactly while leading one: the Departments screen is where membership is
    managed, as the Language assignments screen is for translators."""
    from .models import Department, DepartmentOfficer

    groups = ensure_groups()
    for name, member in (
        (OFFICERS_GROUP, DepartmentOfficer.objects.filter(user=user).exists()),
        (LEADERS_GROUP, Department.objects.filter(leader=user).exists()),
    ):
        if member:
            user.groups.add(groups[name])
        else:
            user.groups.remove(groups[name])


def ensure_workflow():
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    from .models import DepartmentLeaderApprovalTask

    groups = ensure_groups()
    workflow = Workflow.objects.filter(workflow_tasks__task__in=DepartmentLeaderApprovalTask.objects.all()).order_by("pk").first()
    if workflow is None:
        with override(settings.LANGUAGE_CODE):  # names are stored once: in the portal's working language
            workflow = Workflow.objects.create(name=gettext("Department contributions"))
            leader_step = DepartmentLeaderApprovalTask.objects.create(name=gettext("Department leader approval"))
            lead_step = GroupApprovalTask.objects.create(name=gettext("Section lead approval"))
        lead_step.groups.set([groups[LEADS_GROUP]])
        WorkflowTask.objects.create(workflow=workflow, task=leader_step, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=lead_step, sort_order=1)
    for section in source_sections():
        WorkflowPage.objects.get_or_create(page_id=section.pk, defaults={"workflow": workflow})
    return workflow
