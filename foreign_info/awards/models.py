"""Entries for the national foreign-information press award (issue 15, part 3).

An award year has categories; a published Vietnamese work (article, clip, photo story or event) is
nominated once per year, in one of its categories. Committee members score each entry once
(1 to 10, with a comment) and never their own nomination; the section lead decides the shortlist.
These rules live in the models' `clean()` (and `Score.save()` calls it), so the admin's forms and
any other path that saves a score meet the same refusals.

DossierBuild: one stored dossier ZIP per content fingerprint (awards/builds.py). Its file is on the
private side of media storage (core.storage: "private/..."), which no web-server location serves:
the dossier view hands it only to users with the export right.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Avg, Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from foreign_info.core.cldr import format_long_date
from foreign_info.core.languages import SOURCE_LANGUAGE

# The page types that count as a work, and what the admin calls them.
WORK_KINDS = {
    "publishing.articlepage": _("Article"),
    "publishing.clippage": _("Short clip"),
    "publishing.gallerypage": _("Photo story"),
    "events.eventpage": _("Event"),
}
MIN_POINTS, MAX_POINTS = 1, 10


def work_kind_label(page):
    content_type = page.content_type
    return WORK_KINDS.get(f"{content_type.app_label}.{content_type.model}", "")


class AwardYearForm(WagtailAdminModelForm):
    """Refuses to remove a category that has entries (they would be lost with it)."""

    def is_valid(self):
        valid = super().is_valid()
        categories = self.formsets.get("categories")
        if valid and categories is not None:
            for form in categories.deleted_forms:
                if form.instance.pk and form.instance.nominations.exists():
                    self.add_error(None, _("The category “%(name)s” has entries: it cannot be removed while they exist.") % {"name": form.instance.name})
                    return False
        return valid


class AwardYear(ClusterableModel):
    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    title = models.CharField(_("title"), max_length=255, help_text=_("The award's name for this year, e.g. the national foreign-information press award 2026"))
    nominations_close = models.DateField(_("nominations close"), null=True, blank=True)

    panels = [FieldPanel("year"), FieldPanel("title"), FieldPanel("nominations_close"), InlinePanel("categories", label=_("Categories"), min_num=1)]
    base_form_class = AwardYearForm

    class Meta:
        ordering = ["-year"]
        verbose_name = _("award year")
        verbose_name_plural = _("award years")

    def __str__(self):
        return f"{self.year}: {self.title}"


class AwardCategory(Orderable):
    award_year = ParentalKey(AwardYear, on_delete=models.CASCADE, related_name="categories", verbose_name=_("award year"))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return f"{self.name} ({self.award_year.year})" if self.award_year_id else self.name


class NominationQuerySet(models.QuerySet):
    def with_scores(self):
        """Each entry's number of scores and average, in the same query as the entries."""
        return self.annotate(score_count=Count("scores"), average_score=Avg("scores__points"))

    def for_listing(self):
        return self.with_scores().select_related("category__award_year", "work__content_type", "nominated_by")


class Nomination(models.Model):
    category = models.ForeignKey(AwardCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="nominations")
    work = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("work"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("A published Vietnamese article, clip, photo story or event"),
    )
    reason = models.TextField(_("why this work"), help_text=_("What the work achieved for the province's image abroad"))
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("nominated by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    nominated_at = models.DateTimeField(_("nominated"), auto_now_add=True)
    shortlisted = models.BooleanField(_("shortlisted"), default=False)
    shortlisted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False)
    shortlisted_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = NominationQuerySet.as_manager()

    class Meta:
        ordering = ["-nominated_at", "-pk"]
        verbose_name = _("award entry")
        verbose_name_plural = _("award entries")
        constraints = [models.UniqueConstraint(fields=["category", "work"], name="awards_one_entry_per_category")]
        permissions = [
            ("score_nomination", _("Can score award entries")),
            ("shortlist_nomination", _("Can decide the award shortlist")),
            ("export_dossier", _("Can export award entry dossiers")),
        ]

    def __str__(self):
        return self.work.title if self.work_id else str(_("award entry"))

    @property
    def award_year(self):
        return self.category.award_year

    def clean(self):
        errors = {}
        if self.work_id:
            errors.update(work_errors(self.work))
        if self.work_id and self.category_id and not errors:
            same_year = Nomination.objects.filter(work_id=self.work_id, category__award_year_id=self.category.award_year_id).exclude(pk=self.pk)
            if same_year.exists():
                errors["work"] = _("This work is already an entry of the %(year)s award.") % {"year": self.category.award_year.year}
            elif self.work.first_published_at and self.work.first_published_at.year > self.category.award_year.year:
                errors["work"] = _("This work was published after the %(year)s award year.") % {"year": self.category.award_year.year}
        if self.pk is None and self.category_id:
            closes = self.category.award_year.nominations_close
            if closes and timezone.localdate() > closes:
                # The day it closes is the last day: the province's day (TIME_ZONE), not UTC's.
                errors["category"] = _("Nominations for the %(year)s award closed on %(date)s.") % {
                    "year": self.category.award_year.year,
                    "date": format_long_date(closes),
                }
        if errors:
            raise ValidationError(errors)


def work_errors(page):
    """Why `page` cannot be nominated ({} when it can): a live, public, Vietnamese work of a kind."""
    if f"{page.content_type.app_label}.{page.content_type.model}" not in WORK_KINDS:
        return {"work": _("Only articles, short clips, photo stories and events can be nominated.")}
    if page.locale.language_code != SOURCE_LANGUAGE:
        return {"work": _("Nominate the Vietnamese original: its translations go into the dossier with it.")}
    if not page.live or page.get_view_restrictions().exists():
        return {"work": _("Only published, public works can be nominated.")}
    return {}


class Score(models.Model):
    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE, related_name="scores", verbose_name=_("award entry"))
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("committee member"))
    points = models.PositiveSmallIntegerField(_("score"), validators=[MinValueValidator(MIN_POINTS), MaxValueValidator(MAX_POINTS)])
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["nomination", "member__username"]
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [models.UniqueConstraint(fields=["nomination", "member"], name="awards_one_score_per_member")]

    def __str__(self):
        return f"{self.nomination_id}/{self.member_id}: {self.points}"

    def clean(self):
        if not self.member_id or not self.nomination_id:
            return
        if not self.member.has_perm("awards.score_nomination"):
            raise ValidationError(_("Only members of the award committee score entries."))
        if self.nomination.nominated_by_id == self.member_id:
            raise ValidationError(_("You nominated this work: another member of the committee scores it."))

    def save(self, *args, **kwargs):
        self.full_clean(exclude=["nomination", "member"], validate_unique=False, validate_constraints=False)
        super().save(*args, **kwargs)


class DossierBuild(models.Model):
    class Status(models.TextChoices):
        BUILDING = "building", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be prepared")

    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE, related_name="dossiers")
    fingerprint = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.BUILDING)
    file = models.FileField(upload_to="private/awards/dossiers/", blank=True)
    size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.nomination_id} ({self.status})"
