"""What analytics stores. No model has a column for an IP address or a user agent: a visitor is
only a keyed hash whose key (the daily salt) is deleted after 48 hours, so a stored hash can no
longer be linked to anyone (tests/analytics/test_privacy.py checks every column of every table).

Raw events are kept for settings.ANALYTICS["RETENTION_DAYS"]; every screen reads the rollups.
Page ids are plain integers, not foreign keys: a deleted page keeps its history, and a flush does
not need a join per row.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from foreign_info.core.languages import SOURCE_LANGUAGE


class Kind(models.TextChoices):
    VIEW = "view", _("Page view")
    BOT = "bot", _("Bot")
    PREFETCH = "prefetch", _("Prefetch")
    PREVIEW = "preview", _("Preview")
    CLIP_PLAY = "clip_play", _("Clip play")
    SHARE = "share", _("Share")
    DOWNLOAD = "download", _("Download")


READER_KINDS = (Kind.VIEW,)


class Channel(models.TextChoices):
    DIRECT = "direct", _("Direct")
    SEARCH = "search", _("Search")
    SOCIAL = "social", _("Social")
    NEWS = "news", _("News")
    INTERNAL = "internal", _("Internal")
    OTHER = "other", _("Other")


class Device(models.TextChoices):
    DESKTOP = "desktop", _("Desktop")
    MOBILE = "mobile", _("Mobile")
    TABLET = "tablet", _("Tablet")
    OTHER = "other", _("Other")


class Dimensions(models.Model):
    """The columns every event and rollup row shares."""

    site_id = models.IntegerField(_("site"), db_index=True)
    page_id = models.IntegerField(_("page"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    content_language = models.CharField(_("content language"), max_length=12, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, blank=True)
    # Empty for page views; the network of a share, the kit or photo of a download.
    target = models.CharField(_("target"), max_length=40, blank=True, help_text=_("Share network or downloaded item."))

    class Meta:
        abstract = True


class Event(Dimensions):
    """One recorded hit. `key` is made when the hit is collected and is unique, so that a flush
    replayed after a crash inserts nothing twice."""

    device = models.CharField(_("device"), max_length=10, choices=Device.choices, blank=True)
    key = models.CharField(max_length=24, unique=True)
    occurred_at = models.DateTimeField(_("time"), db_index=True)
    visitor = models.CharField(_("visitor hash"), max_length=16)
    preferred_language = models.CharField(_("preferred language"), max_length=12, blank=True)
    referrer_domain = models.CharField(_("referrer domain"), max_length=100, blank=True)
    # The first page view of a visit: none by the same visitor in the VISIT_GAP before it.
    starts_visit = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.kind} {self.page_id} {self.occurred_at:%Y-%m-%d %H:%M}"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")


class StagedEvent(models.Model):
    """The database buffer, used when there is no Redis or Redis does not answer: prepared events
    (already hashed, no IP or user agent) waiting for the flush task."""

    payload = models.TextField()

    def __str__(self):
        return f"staged event {self.pk}"


class DailySalt(models.Model):
    """The key of the visitor hash for one day; deleted two days later."""

    day = models.DateField(unique=True)
    value = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"salt of {self.day}"


class HourlyStat(Dimensions):
    """Flushes add to these rows (foreign_info.analytics.rollups): `bucket` names the hour and
    every dimension, so two flushes adding at once meet on one row instead of writing two."""

    bucket = models.CharField(max_length=32, unique=True)
    hour = models.DateTimeField(db_index=True)
    device = models.CharField(_("device"), max_length=10, choices=Device.choices, blank=True)
    events = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    entries = models.PositiveIntegerField(default=0)  # visits that began here

    def __str__(self):
        return f"{self.kind} {self.hour:%Y-%m-%d %H}h: {self.events}"

    class Meta:
        indexes = [models.Index(fields=["site_id", "hour"])]


class DailyStat(Dimensions):
    """Without the device class (kept hourly): a third of the rows for every dashboard screen."""

    bucket = models.CharField(max_length=32, unique=True)
    day = models.DateField(db_index=True)
    events = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    entries = models.PositiveIntegerField(default=0)  # visits that began here: entry pages

    def __str__(self):
        return f"{self.kind} {self.day}: {self.events}"

    class Meta:
        indexes = [models.Index(fields=["site_id", "day"])]


class DailySiteStat(models.Model):
    """Per site, day and kind: events and distinct visitors (which cannot be summed from the
    finer rows, where one visitor appears in several)."""

    site_id = models.IntegerField(db_index=True)
    day = models.DateField(db_index=True)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    events = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    entries = models.PositiveIntegerField(default=0)  # visits

    def __str__(self):
        return f"site {self.site_id} {self.kind} {self.day}: {self.visitors}"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site_id", "day", "kind"], name="analytics_one_site_day_kind")]
        # Statistics officers get this through a group (Wagtail admin > Groups); superusers have it.
        permissions = [("view_statistics", _("Can view statistics, exports and reports"))]


class DailyReferrer(models.Model):
    """Reader page views per day and referring domain (kept apart from DailyStat, where one more
    dimension with thousands of values would multiply every dashboard's rows)."""

    bucket = models.CharField(max_length=32, unique=True)
    day = models.DateField(db_index=True)
    site_id = models.IntegerField()
    referrer_domain = models.CharField(max_length=100, blank=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, blank=True)
    content_language = models.CharField(max_length=12, blank=True)
    events = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.referrer_domain or '-'} {self.day}: {self.events}"


class DailyDemand(models.Model):
    """Reader page views whose reader prefers another language than the one they read: the
    translations readers are waiting for, per page and preferred language."""

    bucket = models.CharField(max_length=32, unique=True)
    day = models.DateField(db_index=True)
    site_id = models.IntegerField()
    page_id = models.IntegerField()
    content_language = models.CharField(max_length=12)
    preferred_language = models.CharField(max_length=12)
    events = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.page_id} {self.content_language}->{self.preferred_language} {self.day}: {self.events}"


class RollupVisitor(models.Model):
    """The visitor hashes already counted in a rollup row, so that a flush adds only readers that
    row has not seen: distinct visitors stay exact while flushes only add. Visitor hashes change
    with the daily salt, so a row's set stops growing when its day ends; sets older than
    VISITOR_SET_DAYS are deleted by the prune (foreign_info.analytics.flush.prune)."""

    bucket = models.CharField(max_length=32)
    visitor = models.CharField(max_length=16)
    day = models.DateField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["bucket", "visitor"], name="analytics_visitor_once_per_bucket")]

    def __str__(self):
        return f"{self.visitor} in {self.bucket}"


class Metric(models.TextChoices):
    """What a criterion measures; each is computed in foreign_info.analytics.scorecard."""

    FOREIGN_PAGES_PER_MONTH = "foreign_pages_per_month", _("Foreign-language pages published per month")
    TIMELY_TRANSLATION_SHARE = "timely_translation_share", _("Share of translations live within 48 hours (%)")
    TRANSLATION_COVERAGE = "translation_coverage", _("Translation coverage, mean over languages (%)")
    VIEWS_ABROAD = "views_abroad", _("Page views from abroad")
    ABROAD_GROWTH = "abroad_growth", _("Growth of views from abroad over the previous period (%)")
    COUNTRIES_REACHED = "countries_reached", _("Countries reached")
    ENGAGEMENT = "engagement", _("Clip plays, shares and downloads")
    STATEMENTS_IN_TIME = "statements_in_time", _("Share of official statements live in every language within the urgent window (%)")


class Criterion(models.Model):
    """An effectiveness criterion with a target for one year (the plan asks that foreign
    information be "measured with clearer results")."""

    name = models.CharField(_("name"), max_length=200)
    # The quarterly report goes to foreign partners in their languages; the English name stands in
    # for every language but Vietnamese.
    name_en = models.CharField(
        _("name (English)"), max_length=200, blank=True, help_text=_("Used in the quarterly report in every language but Vietnamese; Vietnamese uses the name.")
    )
    metric = models.CharField(_("metric"), max_length=40, choices=Metric.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1, help_text=_("Relative weight in the overall score."))

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["year", "name"]
        constraints = [
            models.UniqueConstraint(fields=["metric", "year"], name="analytics_one_criterion_per_metric_and_year"),
            models.CheckConstraint(condition=models.Q(target__gt=0), name="analytics_criterion_target_positive"),
        ]

    def __str__(self):
        return f"{self.name} ({self.year})"

    def name_in(self, language_code):
        """The English name in a report in any language but Vietnamese (English is what foreign
        readers fall back to; foreign_info.core.fallback), else the Vietnamese one."""
        return self.name_en if language_code != SOURCE_LANGUAGE and self.name_en else self.name


class ReportReminder(models.Model):
    """One reminder per quarter and site: the cron job may run any number of times."""

    site_id = models.IntegerField()
    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site_id", "year", "quarter"], name="analytics_one_reminder_per_quarter")]

    def __str__(self):
        return f"Q{self.quarter} {self.year} (site {self.site_id})"


class ImportedIndicators(models.Model):
    """One period's indicators of a province whose portal is another install, imported from the
    file that install exports (foreign_info.analytics.ranking)."""

    province = models.CharField(_("province"), max_length=200)
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))
    data = models.JSONField(_("indicators"))
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported indicators")
        verbose_name_plural = _("imported indicators")
        constraints = [models.UniqueConstraint(fields=["province", "start", "end"], name="analytics_one_import_per_province_period")]

    def __str__(self):
        return f"{self.province} {self.start}–{self.end}"


@register_setting(icon="doc-full")
class ReportSettings(BaseSiteSetting):
    """Who issues and signs the quarterly report (Decree 30/2020/ND-CP: issuing body, number and
    symbol, place, signature block, recipients), editable by an officer in Settings. Each text has
    an English twin for the version sent to foreign partners."""

    governing_body = models.CharField(_("governing body"), max_length=255, blank=True, default="UBND TỈNH ĐẮK LẮK")
    governing_body_en = models.CharField(_("governing body (English)"), max_length=255, blank=True, default="Dak Lak Provincial People's Committee")
    issuing_body = models.CharField(_("issuing body"), max_length=255, default="SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    issuing_body_en = models.CharField(_("issuing body (English)"), max_length=255, blank=True, default="Department of Information and Communications")
    symbol = models.CharField(_("document symbol"), max_length=64, default="BC-STTTT", help_text=_("After the number: No. …/BC-STTTT"))
    place = models.CharField(_("place name"), max_length=100, default="Đắk Lắk")
    place_en = models.CharField(_("place name (English)"), max_length=100, blank=True, default="Dak Lak")
    # A text, not a line: a deputy signing for the head writes two lines (Decree 30: "KT. GIÁM ĐỐC"
    # above "PHÓ GIÁM ĐỐC"), and each stays its own line in the PDF and the DOCX.
    signer_position = models.TextField(
        _("signer's position"), default="GIÁM ĐỐC", help_text=_("One line each: a deputy signing for the director writes KT. GIÁM ĐỐC, then PHÓ GIÁM ĐỐC")
    )
    signer_position_en = models.TextField(_("signer's position (English)"), blank=True, default="Director")
    signer_name = models.CharField(_("signer's name"), max_length=255, blank=True)
    recipients = models.TextField(_("recipients"), default="UBND tỉnh (để báo cáo);\nSở Ngoại vụ;\nLưu: VT.", help_text=_("One per line"))
    recipients_en = models.TextField(
        _("recipients (English)"), blank=True, default="Provincial People's Committee (for report);\nDepartment of Foreign Affairs;\nArchive."
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("governing_body"), FieldPanel("governing_body_en"), FieldPanel("issuing_body"), FieldPanel("issuing_body_en")], _("Issuing body")
        ),
        MultiFieldPanel([FieldPanel("symbol"), FieldPanel("place"), FieldPanel("place_en")], _("Number and place")),
        MultiFieldPanel([FieldPanel("signer_position"), FieldPanel("signer_position_en"), FieldPanel("signer_name")], _("Signature")),
        MultiFieldPanel([FieldPanel("recipients"), FieldPanel("recipients_en")], _("Recipients")),
    ]

    class Meta:
        verbose_name = _("quarterly report settings")

    def in_language(self, field, language_code):
        """The field's English twin in a report in any language but Vietnamese (when filled), else
        the Vietnamese text."""
        english = getattr(self, f"{field}_en", "") if language_code != SOURCE_LANGUAGE else ""
        return english or getattr(self, field)
