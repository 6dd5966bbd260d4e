"""Departments of the province that contribute pages to the section, and what they contributed.

Why one `Department` row with its names in an inline, rather than a wagtail-localize translatable
snippet: a translatable snippet is one row per language, so the leader and the officers would be
copied into nine rows that must be kept equal, and every count per department would have to group
by translation key. A department is one body with one leader and one set of officers; only its name
changes with the language, so only the name is per language (`DepartmentName`), with the
Vietnamese official name on the department itself as the fallback.

An officer belongs to one department (a database constraint), so a submission has exactly one
department to go to.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Locale, Orderable, Page, Task, TaskState

from foreign_info.core.languages import SOURCE_LANGUAGE


class DepartmentQuerySet(models.QuerySet):
    def led_by(self, user):
        return self.filter(leader=user) if user.is_authenticated else self.none()

    def of_member(self, user):
        """Departments `user` leads or works for as an officer."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(models.Q(leader=user) | models.Q(officers__user=user)).distinct()


class Department(ClusterableModel):
    name = models.CharField(_("official name (Vietnamese)"), max_length=255, unique=True)
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("leader"),
        on_delete=models.PROTECT,
        related_name="led_departments",
        help_text=_("Approves the department's contributions before the section lead."),
    )

    objects = DepartmentQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        InlinePanel("names", heading=_("Name in other languages"), label=_("name")),
        FieldPanel("leader"),
        InlinePanel("officers", heading=_("Officers"), label=_("officer")),
    ]

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]

    def __str__(self):
        return self.name_in(translation.get_language() or SOURCE_LANGUAGE)

    def name_in(self, language_code):
        """The department's name in `language_code`, else its Vietnamese official name."""
        for name in self.names.all():
            if name.locale.language_code == language_code:
                return name.name
        return self.name


class DepartmentName(Orderable):
    department = ParentalKey(Department, on_delete=models.CASCADE, related_name="names")
    locale = models.ForeignKey(Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=255)

    panels = [FieldPanel("locale"), FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("department name")
        verbose_name_plural = _("department names")
        constraints = [models.UniqueConstraint(fields=["department", "locale"], name="departments_one_name_per_language")]


class DepartmentOfficer(Orderable):
    department = ParentalKey(Department, on_delete=models.CASCADE, related_name="officers")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.CASCADE,
        related_name="department_membership",
        error_messages={"unique": _("This user is already an officer of another department.")},
        help_text=_("A user is an officer of one department only."),
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("officer")
        verbose_name_plural = _("officers")


class ContributionState(models.TextChoices):
    PENDING = "pending", _("waiting for approval")
    RETURNED = "returned", _("returned for changes")
    WITHDRAWN = "withdrawn", _("withdrawn")
    PUBLISHED = "published", _("published")


class ContributionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Leads see every department's contributions; others those of their own departments."""
        from foreign_info.translation.roles import is_lead

        if is_lead(user):
            return self
        return self.filter(department__in=Department.objects.of_member(user))


class Contribution(models.Model):
    """A page a department sent through the department workflow: recorded when its leader's task
    starts, published when the page first goes live."""

    page = models.OneToOneField(Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="contribution")
    department = models.ForeignKey(Department, verbose_name=_("department"), on_delete=models.PROTECT, related_name="contributions")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(_("state"), max_length=20, choices=ContributionState.choices, default=ContributionState.PENDING)
    submitted_at = models.DateTimeField(_("submitted"))
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.page.title


class DepartmentLeaderApprovalTask(Task):
    """A workflow step that goes to the leader of the submitter's department.

    Wagtail assigns a workflow to a subtree, not to a user, so every page of the Vietnamese section
    takes this workflow; the step itself tells submitters apart. Submitted by a department officer,
    it records the page as the department's contribution and waits for that department's leader
    (and nobody else's). Submitted by someone with no department (an editor who chose to submit
    rather than publish), or by the department's leader themself, it is skipped and the page goes
    straight to the next step, the section lead.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("Department leader approval")
        verbose_name_plural = _("Department leader approvals")

    @classmethod
    def get_description(cls):
        return _("The leader of the submitter's department approves or asks for changes")

    def start(self, workflow_state, user=None):
        from .contributions import record_submission

        department = record_submission(workflow_state.content_object, workflow_state.requested_by)
        if department is not None and department.leader_id != workflow_state.requested_by_id:
            return super().start(workflow_state, user=user)
        # Nothing for a leader to approve: the workflow moves on at once (Wagtail's own path for a
        # task state that does not start in progress).
        task_state = self.get_task_state_class()(workflow_state=workflow_state, task=self, status=TaskState.STATUS_SKIPPED)
        task_state.revision = workflow_state.content_object.get_latest_revision()
        task_state.save()
        return task_state

    def _leads_department_of(self, obj, user):
        if not (user and user.is_authenticated):
            return False
        if user.is_superuser:
            return True
        return Contribution.objects.filter(page_id=obj.pk, department__leader=user).exists()

    def user_can_access_editor(self, obj, user):
        return self._leads_department_of(obj, user)

    def locked_for_user(self, obj, user):
        return not self._leads_department_of(obj, user)

    def user_can_lock(self, obj, user):
        return self._leads_department_of(obj, user)

    def get_actions(self, obj, user):
        if self._leads_department_of(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        # Wagtail's workflow action view checks `get_actions` against the page named in its URL but
        # acts on the task state named next to it: check the task state's own page, so a leader
        # cannot approve another department's contribution by pairing it with one of their own.
        if not self._leads_department_of(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return in_progress
        pages = Contribution.objects.filter(department__leader=user).values_list("page_id", flat=True)
        return in_progress.filter(workflow_state__object_id__in=[str(pk) for pk in pages])
