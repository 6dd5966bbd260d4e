"""Wagtail's bulk Publish in the explorer, reporting page by page what the publish gates refused.

Wagtail's own action publishes every selected page in one transaction, so a single refusal
(core.publish_gates) would undo the lot and end in an error page. This one publishes each page in
a savepoint of its own: pages that pass go live, each refused page gets an error message saying
why, and the success message counts only what was published.
"""

from django.db import transaction
from wagtail.admin import messages
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from foreign_info.core.publish_gates import PublishRefused


def publish_latest(page, user, refusals):
    """Publish the page's latest revision (Wagtail's choice); True if it went live or was scheduled."""
    try:
        with transaction.atomic():
            revision = page.get_latest_revision() or page.specific.save_revision(user=user)
            revision.publish(user=user)
    except PublishRefused as refusal:
        refusals.append(refusal.text)
        return False
    return True


class GatedPublishBulkAction(PublishBulkAction):
    def get_execution_context(self):
        self.refusals = []
        return {**super().get_execution_context(), "refusals": self.refusals}

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, refusals=None, **kwargs):
        refusals = [] if refusals is None else refusals
        parents = children = 0
        for page in objects:
            parents += publish_latest(page, user, refusals)
            if not include_descendants:
                continue
            for descendant in page.get_descendants().not_live().defer_streamfields().specific().iterator():
                if user is None or descendant.permissions_for_user(user).can_publish():
                    children += publish_latest(descendant, user, refusals)
        return parents, children

    def get_success_message(self, num_parent_objects, num_child_objects):
        for text in self.refusals:
            messages.error(self.request, text)
        if not (num_parent_objects or num_child_objects):
            return None
        return super().get_success_message(num_parent_objects, num_child_objects)
