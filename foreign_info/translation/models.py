"""Jobs, language assignments and the language resources (glossary, memory) of translation work.

wagtail-localize keeps the text itself (sources, segments, string translations); these models keep
who works on which language, where each page stands, and what reviewers have approved.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from foreign_info.core.languages import target_codes


class Role(models.TextChoices):
    TRANSLATOR = "translator", _("translator")
    REVIEWER = "reviewer", _("reviewer")
    # Writes and publishes the Vietnamese sources; only ever assigned to the source language.
    EDITOR = "editor", _("source editor")


class LanguageAssignment(models.Model):
    """A user works on one language in one role. A reviewer of a language may also translate it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="language_assignments")
    locale = models.ForeignKey(Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("language assignment")
        verbose_name_plural = _("language assignments")
        constraints = [models.UniqueConstraint(fields=["user", "locale", "role"], name="translation_unique_assignment")]

    def __str__(self):
        return f"{self.user} · {self.locale.get_display_name()} · {self.get_role_display()}"

    def clean(self):
        from django.core.exceptions import ValidationError

        from foreign_info.core.languages import SOURCE_LANGUAGE

        if self.locale_id is None or not self.role:
            return
        is_source = self.locale.language_code == SOURCE_LANGUAGE
        if self.role == Role.EDITOR and not is_source:
            raise ValidationError({"role": _("Source editors write the Vietnamese pages: choose Vietnamese.")})
        if self.role != Role.EDITOR and is_source:
            raise ValidationError({"role": _("Vietnamese is the source language: make the user a source editor.")})


class LanguageGroup(models.Model):
    """The Wagtail group that holds one role's page permissions on one language's section roots.

    Kept as a row rather than found by name so that renaming the group in Wagtail's Groups screen
    does not cut it loose from the assignments that fill it.
    """

    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="language_role")
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["locale", "role"], name="translation_one_group_per_language_role")]

    def __str__(self):
        return self.group.name


class SectionTranslationConfig(models.Model):
    """Which languages a section's pages go to, how urgent they are and when they are due.

    A section without one gets every target language, normal priority and a week.
    """

    section = models.OneToOneField("publishing.SectionPage", verbose_name=_("section"), on_delete=models.CASCADE, related_name="translation_config")
    languages = models.ManyToManyField(Locale, verbose_name=_("target languages"), related_name="+", blank=True)
    priority = models.PositiveSmallIntegerField(_("priority"), default=2, help_text=_("1 is the most urgent"))
    due_days = models.PositiveSmallIntegerField(_("due in days"), default=7)

    class Meta:
        verbose_name = _("section translation settings")
        verbose_name_plural = _("section translation settings")

    def __str__(self):
        return str(self.section)


DEFAULT_PRIORITY = 2
DEFAULT_DUE_DAYS = 7


def default_target_codes():
    return list(target_codes())


class JobState(models.TextChoices):
    WAITING = "waiting", _("waiting")
    IN_PROGRESS = "in_progress", _("in progress")
    MACHINE_DRAFT = "machine_draft", _("machine draft")
    IN_REVIEW = "in_review", _("in review")
    RETURNED = "returned", _("returned")
    PUBLISHED = "published", _("published")
    STALE = "stale", _("stale")


class TranslationJobQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(state=JobState.PUBLISHED)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.open().filter(Q(due_at__isnull=True, due_date__lt=today) | Q(due_at__lt=timezone.now()))

    def urgent(self):
        return self.open().filter(due_at__isnull=False)

    def for_languages(self, locale_ids):
        return self.filter(target_locale_id__in=locale_ids)

    def with_listing_data(self):
        """Everything a queue or matrix row shows, in a fixed number of queries."""
        return self.select_related("source_page", "target_locale", "assignee", "source_page__content_type")


class TranslationJob(models.Model):
    """One source page to be put into one language: the unit translators claim and reviewers publish."""

    source_page = models.ForeignKey("wagtailcore.Page", verbose_name=_("source page"), on_delete=models.CASCADE, related_name="translation_jobs")
    target_locale = models.ForeignKey(Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+")
    translation = models.ForeignKey("wagtail_localize.Translation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(_("state"), max_length=20, choices=JobState.choices, default=JobState.WAITING, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("assignee"), null=True, blank=True, on_delete=models.SET_NULL, related_name="translation_jobs"
    )
    priority = models.PositiveSmallIntegerField(_("priority"), default=DEFAULT_PRIORITY)
    due_date = models.DateField(_("due date"))
    # Urgent jobs (official statements) are due within hours, not days: the moment, and when the
    # leads were told it passed (foreign_info.statements.urgent).
    due_at = models.DateTimeField(_("due at"), null=True, blank=True, db_index=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    reviewer_comment = models.TextField(_("reviewer's comment"), blank=True)
    # Source texts of the segments that changed since the job was last worked on (stale jobs).
    changed_segments = models.JSONField(_("changed segments"), default=list, blank=True)
    total_segments = models.PositiveIntegerField(default=0)
    translated_segments = models.PositiveIntegerField(default=0)
    source_published_at = models.DateTimeField(_("source published"), null=True, blank=True)
    first_source_published_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(_("translation published"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TranslationJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation job")
        verbose_name_plural = _("translation jobs")
        constraints = [models.UniqueConstraint(fields=["source_page", "target_locale"], name="translation_one_job_per_language")]
        indexes = [models.Index(fields=["target_locale", "state"])]
        permissions = [("lead_translations", _("Lead translation work: assign, sync and publish every language"))]

    def __str__(self):
        return f"{self.source_page.title} → {self.target_locale.language_code}"

    @property
    def is_overdue(self):
        if self.due_at is not None:
            return self.state != JobState.PUBLISHED and self.due_at < timezone.now()
        return self.state != JobState.PUBLISHED and self.due_date < timezone.localdate()

    @property
    def is_urgent(self):
        return self.due_at is not None and self.state != JobState.PUBLISHED

    @property
    def countdown(self):
        """For an urgent job: {"hours", "minutes", "overdue"} until (or since) it is due; else None."""
        if self.due_at is None:
            return None
        seconds = (self.due_at - timezone.now()).total_seconds()
        hours, minutes = divmod(int(abs(seconds)) // 60, 60)
        return {"hours": hours, "minutes": minutes, "overdue": seconds < 0}

    @property
    def progress_percent(self):
        return round(100 * self.translated_segments / self.total_segments) if self.total_segments else 0

    @staticmethod
    def due_from(days):
        return timezone.localdate() + timedelta(days=days)


class GlossaryTerm(models.Model):
    """A Vietnamese term the machine must not translate (protected) or must translate one way."""

    term = models.CharField(_("term"), max_length=200, help_text=_("As written in Vietnamese sources"))
    locale = models.ForeignKey(
        Locale, verbose_name=_("language"), null=True, blank=True, on_delete=models.CASCADE, related_name="+", help_text=_("Leave empty for every language")
    )
    translation = models.CharField(
        _("preferred translation"), max_length=200, blank=True, help_text=_("Leave empty to keep the term as it is (a protected name)")
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        constraints = [models.UniqueConstraint(fields=["term", "locale"], name="translation_unique_glossary_term")]

    def __str__(self):
        return self.term

    @property
    def is_protected(self):
        return not self.translation


class MemoryQuerySet(models.QuerySet):
    def lookup(self, locale, string_ids):
        return dict(self.filter(locale=locale, string_id__in=list(string_ids)).values_list("string_id", "data"))


class TranslationMemory(models.Model):
    """A translation a reviewer approved, reused for identical source text in the same language."""

    string = models.ForeignKey("wagtail_localize.String", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    data = models.TextField()
    approved_at = models.DateTimeField(default=timezone.now)

    objects = MemoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation memory entry")
        verbose_name_plural = _("translation memory")
        constraints = [models.UniqueConstraint(fields=["string", "locale"], name="translation_unique_memory")]

    def __str__(self):
        return self.data[:80]


class DraftRun(models.Model):
    """A bulk machine draft running in the background: what the lead watches on the matrix."""

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    job_ids = models.JSONField(default=list)
    done = models.PositiveIntegerField(default=0)
    failed = models.JSONField(default=list)
    # Jobs not sent because the circuit breaker stopped asking their service, and why it did.
    skipped = models.JSONField(default=list, blank=True)
    stopped_reason = models.TextField(blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.done}/{self.total}"

    @property
    def total(self):
        return len(self.job_ids)


class Notice(models.Model):
    """A notification shown on the user's Wagtail dashboard until read.

    It records what happened (kind, language, jobs), not a sentence: the dashboard groups the unread
    ones and words them in the reader's admin language when shown (notifications.grouped_notices).
    `text` is the English wording, kept for notices written before kinds existed."""

    KINDS = [
        ("new_jobs", "new jobs"),
        ("submitted", "submitted for review"),
        ("overdue", "overdue"),
        ("urgent", "urgent statement"),
        ("escalated", "urgent statement overdue"),
    ]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="translation_notices")
    kind = models.CharField(max_length=20, choices=KINDS, blank=True)
    language_code = models.CharField(max_length=20, blank=True)
    job_ids = models.JSONField(default=list, blank=True)
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.text
