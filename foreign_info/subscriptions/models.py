"""Journalists' subscriptions to new press kits and statements, and the bookkeeping that makes
each item reach each subscriber at most once.

A subscription is personal data: its e-mail address is shown to press officers (who erase it on
request) and never written to a log. `Announcement` is one published page (a kit or statement in
one language) waiting for, or past, its mailing; `Delivery` is one mail of one item (by
translation key, so a re-published page or another language's copy never goes out twice) to one
subscriber or, for an embargo lifted, to one accredited journalist.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from foreign_info.core.languages import choices as language_choices


class Kind(models.TextChoices):
    PRESS_KITS = "presskits", _("New press kits")
    STATEMENTS = "statements", _("Official statements and corrections")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)


class Subscription(models.Model):
    email = models.EmailField(_("e-mail"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=16, choices=language_choices)
    # Topic slugs (shared by every language); none means every topic.
    topics = models.JSONField(_("topics"), default=list, blank=True)
    kinds = models.JSONField(_("what to receive"), default=list)
    # The secret the confirmation and unsubscribe links sign: never the row's id alone, which a
    # deleted row could hand to the next subscriber.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["language", "confirmed_at"])]

    def __str__(self):
        return self.email

    def wants(self, kind, topic_slugs):
        """True if this subscriber asked for items of `kind` on one of `topic_slugs` (an item
        without topics, like a statement, concerns every topic)."""
        if kind not in self.kinds:
            return False
        return not self.topics or not topic_slugs or bool(set(self.topics) & set(topic_slugs))


class Announcement(models.Model):
    """A published kit or statement in one language, mailed once it is due (a kit under embargo:
    when the embargo ends)."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    due_at = models.DateTimeField()
    # The kit was under embargo when published: accredited journalists hear when it is lifted.
    lifts_embargo = models.BooleanField(default=False)
    queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["queued_at", "due_at"])]

    def __str__(self):
        return f"{self.page_id} @ {self.due_at:%Y-%m-%d %H:%M}"


class Delivery(models.Model):
    item_key = models.UUIDField()
    subscription = models.ForeignKey(Subscription, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries")
    accreditation = models.ForeignKey("presskits.AccreditationRequest", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    # The batch that claimed the row (claimed before sending: at most once, even when a worker dies).
    batch = models.UUIDField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "item_key"], condition=models.Q(subscription__isnull=False), name="one_delivery_per_subscriber"),
            models.UniqueConstraint(fields=["accreditation", "item_key"], condition=models.Q(accreditation__isnull=False), name="one_notice_per_journalist"),
        ]

    def __str__(self):
        return f"{self.item_key} ({'sent' if self.sent_at else 'claimed'})"
