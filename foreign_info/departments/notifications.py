"""The e-mail a leader gets when an officer of their department submits a page: Wagtail's own
"submitted for moderation" message (its templates and the user's notification preferences), sent
to that one leader rather than to the members of a group."""

from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import TaskState


class LeaderSubmissionEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def can_handle(self, instance, **kwargs):
        from .models import DepartmentLeaderApprovalTask

        return isinstance(instance, TaskState) and isinstance(instance.task.specific, DepartmentLeaderApprovalTask)

    def get_recipient_users(self, task_state, **kwargs):
        from .models import Contribution

        contribution = Contribution.objects.filter(page_id=task_state.workflow_state.object_id).select_related("department__leader").first()
        return {contribution.department.leader} if contribution else set()


leader_submission_notifier = LeaderSubmissionEmailNotifier()
