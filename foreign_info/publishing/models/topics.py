from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from foreign_info.core.search import WordSegmentedIndex


class TopicQuerySet(models.QuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale).order_by("sort_order", "name")


class Topic(WordSegmentedIndex, TranslatableMixin, index.Indexed, models.Model):
    """A subject readers browse by (investment, tourism, culture and people, ...).

    Translated like a page. Articles point at the source-language topic (wagtail-localize copies
    many-to-many fields to translations as they are), so a topic is matched across languages by
    its translation_key and shown by its translation in the reader's language. The slug is shared
    by every language so that /vi/topics/investment/ and /en/topics/investment/ are one topic.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Shared by every language, e.g. investment"))
    description = models.TextField(_("description"), blank=True, max_length=500)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TopicQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")]

    def __str__(self):
        return self.name
