"""Keep contributions in step with Wagtail's workflow and publishing signals, and give a
Vietnamese section its department workflow and group rights as soon as it exists."""

from django.db.models.signals import post_migrate
from django.utils import timezone
from wagtail.signals import page_published, task_submitted, workflow_cancelled, workflow_rejected

from foreign_info.core.languages import SOURCE_LANGUAGE

from .groups import LEADERS_GROUP


def contributions_of(workflow_state):
    from .models import Contribution

    return Contribution.objects.filter(page_id=workflow_state.object_id)


def on_page_published(sender, instance, **kwargs):
    from foreign_info.publishing.models import SectionPage

    from .groups import ensure_workflow
    from .models import Contribution, ContributionState

    if isinstance(instance, SectionPage) and instance.depth == 2 and instance.locale.language_code == SOURCE_LANGUAGE:
        ensure_workflow()
    Contribution.objects.filter(page_id=instance.pk, published_at__isnull=True).update(state=ContributionState.PUBLISHED, published_at=timezone.now())


def on_task_submitted(sender, instance, **kwargs):
    """A returned or withdrawn contribution sent again (at any step) is waiting again."""
    from .models import ContributionState

    contributions_of(instance.workflow_state).filter(state__in=[ContributionState.RETURNED, ContributionState.WITHDRAWN]).update(
        state=ContributionState.PENDING
    )


def on_workflow_rejected(sender, instance, **kwargs):
    from .models import ContributionState

    contributions_of(instance).filter(state=ContributionState.PENDING).update(state=ContributionState.RETURNED)


def on_workflow_cancelled(sender, instance, **kwargs):
    from .models import ContributionState

    contributions_of(instance).exclude(state=ContributionState.PUBLISHED).update(state=ContributionState.WITHDRAWN)


def on_department_saved(sender, instance, **kwargs):
    from django.contrib.auth import get_user_model

    from .groups import sync_member_groups

    # The leader may have changed: whoever led it before loses the group unless they lead another.
    for user in get_user_model().objects.filter(groups__name=LEADERS_GROUP).exclude(led_departments__isnull=False):
        sync_member_groups(user)
    if instance.leader_id:
        sync_member_groups(instance.leader)


def on_officer_changed(sender, instance, **kwargs):
    from .groups import sync_member_groups

    sync_member_groups(instance.user)


def on_post_migrate(sender, **kwargs):
    if sender.name == "foreign_info.departments":
        from .groups import ensure_workflow

        ensure_workflow()


def connect():
    from wagtail.models import TaskState

    from .notifications import leader_submission_notifier

    task_submitted.connect(leader_submission_notifier, sender=TaskState, dispatch_uid="departments-leader-notified")
    page_published.connect(on_page_published, dispatch_uid="departments-on-publish")
    task_submitted.connect(on_task_submitted, dispatch_uid="departments-task-submitted")
    workflow_rejected.connect(on_workflow_rejected, dispatch_uid="departments-workflow-rejected")
    workflow_cancelled.connect(on_workflow_cancelled, dispatch_uid="departments-workflow-cancelled")
    post_migrate.connect(on_post_migrate, dispatch_uid="departments-groups")
    from django.db.models.signals import post_delete, post_save

    from .models import Department, DepartmentOfficer

    post_save.connect(on_department_saved, sender=Department, dispatch_uid="departments-leader-group")
    post_delete.connect(on_department_saved, sender=Department, dispatch_uid="departments-leader-group-deleted")
    post_save.connect(on_officer_changed, sender=DepartmentOfficer, dispatch_uid="departments-officer-group")
    post_delete.connect(on_officer_changed, sender=DepartmentOfficer, dispatch_uid="departments-officer-group-deleted")
