"""Models every part of the section shares: photos with their credit and licence, and the portal's
identity (used in the footer and in schema.org GovernmentOrganization).
"""

from django.db import models
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable

from .languages import FALLBACK_LANGUAGE, SOURCE_LANGUAGE
from .languages import choices as language_choices
from .storage import is_private, private_name


class Licence(models.TextChoices):
    """Licences a provincial portal actually publishes under; the URL goes into JSON-LD."""

    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC0 = "cc0-1.0", "CC0 1.0"


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class PortalImage(AbstractImage):
    """A photo with what a foreign newsroom needs before it can reuse it.

    Credit, copyright and licence belong to the photo itself and so live here, not on each page;
    caption and alt text depend on where the photo is used and are translated with the page.
    Wagtail's own `description` is the default alt text.
    """

    credit = models.CharField(_("credit"), max_length=255, blank=True, help_text=_("Photographer and agency"))
    copyright = models.CharField(_("copyright"), max_length=255, blank=True)
    licence = models.CharField(_("licence"), max_length=32, choices=Licence.choices, default=Licence.ALL_RIGHTS_RESERVED)

    admin_form_fields = Image.admin_form_fields + ("credit", "copyright", "licence")

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def save(self, *args, **kwargs):
        from .credits import bare_credit

        self.credit = bare_credit(self.credit)
        super().save(*args, **kwargs)


class ReadRenditionsStayRead:
    """Wagtail's rendition cache, minus the writes of what it has just read.

    `Image.get_rendition()` stores the rendition in the cache every time, even when it was just
    read from that cache: every uncached page wrote back each of its photos' renditions (on the
    disk cache, a file written and renamed per photo and request). Renditions read here are marked
    as Wagtail marks prefetched ones (`_from_cache`), and `set` leaves those alone; new and
    database-read renditions are stored as before."""

    def __init__(self, backend):
        self.backend = backend

    def get_many(self, keys, *args, **kwargs):
        found = self.backend.get_many(keys, *args, **kwargs)
        for rendition in found.values():
            rendition._from_cache = True
        return found

    def set(self, key, rendition, *args, **kwargs):
        if not getattr(rendition, "_from_cache", False):
            self.backend.set(key, rendition, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.backend, name)


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    @classproperty
    def cache_backend(cls):
        return ReadRenditionsStayRead(AbstractRendition.cache_backend)

    def get_upload_to(self, filename):
        """A rendition of a private (embargoed) photo is made private too (core/storage.py)."""
        name = super().get_upload_to(filename)
        return private_name(name) if is_private(self.image.file.name) else name

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting, ClusterableModel):
    """The provincial portal behind the section: the publisher of every article.

    Its name and address are shown on every page, so each language has its own
    (PortalSettingsTranslation); a language without one gets the English name and address, never
    the Vietnamese ones, which are for Vietnamese pages.
    """

    organization_name = models.CharField(_("organisation name (Vietnamese)"), max_length=255, default="Cổng thông tin điện tử tỉnh")
    organization_name_international = models.CharField(
        _("organisation name (English)"), max_length=255, blank=True, help_text=_("Shown to readers of every foreign language")
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    telephone = models.CharField(_("telephone"), max_length=64, blank=True)
    email = models.EmailField(_("email"), blank=True)
    logo = models.ForeignKey(PortalImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    same_as = models.TextField(_("official profiles"), blank=True, help_text=_("One URL per line: social media and directory profiles"))

    panels = [
        MultiFieldPanel([FieldPanel("organization_name"), FieldPanel("organization_name_international"), FieldPanel("logo")], _("Organisation")),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("telephone"), FieldPanel("email"), FieldPanel("same_as")], _("Contact")),
        InlinePanel("translations", heading=_("Name and address in other languages"), label=_("Language")),
    ]

    class Meta:
        verbose_name = _("portal settings")

    def texts(self):
        """{language: (name, address)} of the translations, read once and kept with the cached object."""
        if "_texts" not in self.__dict__:
            rows = self.translations.all() if self.pk else []
            self._texts = {row.language: (row.name, row.address) for row in rows}
        return self._texts

    def name_for(self, language_code):
        """The name in `language_code`; for a language without one, the English name."""
        if language_code == SOURCE_LANGUAGE:
            return self.organization_name
        texts = self.texts()
        for code in (language_code, FALLBACK_LANGUAGE):
            if texts.get(code, ("", ""))[0]:
                return texts[code][0]
        return self.organization_name_international or self.organization_name

    def address_for(self, language_code):
        """The address in `language_code`; for a language without one, the English address."""
        if language_code == SOURCE_LANGUAGE:
            return self.address
        texts = self.texts()
        for code in (language_code, FALLBACK_LANGUAGE):
            if texts.get(code, ("", ""))[1]:
                return texts[code][1]
        return self.address

    @classmethod
    def for_request_cached(cls, request):
        """The settings of the request's site, kept in the default cache until they are saved.

        Every public page shows them (footer, JSON-LD), so they cost no query once cached;
        foreign_info.core.signal_handlers forgets them on save.
        """
        from django.core.cache import cache
        from wagtail.models import Site

        site = Site.find_for_request(request)
        if site is None:
            return None
        key = cls.cache_key(site.pk)
        settings = cache.get(key)
        if settings is None:
            settings = cls.objects.select_related("logo").filter(site=site).first() or cls(site=site)
            settings.texts()  # cached with it: no query for the name and address either
            cache.set(key, settings, timeout=None)
        return settings

    @staticmethod
    def cache_key(site_id):
        return f"portal-settings:{site_id}"

    @property
    def same_as_urls(self):
        return [line.strip() for line in self.same_as.splitlines() if line.strip()]


class PortalSettingsTranslation(Orderable):
    """The portal's name and address as readers of one language should read them."""

    settings = ParentalKey(PortalSettings, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=16, choices=language_choices)
    name = models.CharField(_("organisation name"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)

    panels = [FieldPanel("language"), FieldPanel("name"), FieldPanel("address")]

    class Meta(Orderable.Meta):
        verbose_name = _("name and address in another language")
        constraints = [models.UniqueConstraint(fields=["settings", "language"], name="core_portal_settings_one_translation_per_language")]

    def __str__(self):
        return f"{self.language}: {self.name}"


class RateCounter(models.Model):
    """How many counted actions one hashed address made in one window (foreign_info.core.ratelimit)."""

    key = models.CharField(max_length=100)
    window = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "window"], name="core_unique_rate_counter")]

    def __str__(self):
        return f"{self.key} @ {self.window}: {self.count}"
