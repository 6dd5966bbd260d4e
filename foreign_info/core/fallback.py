"""Catalogues fall back to English, never to the source language, for a string they lack.

Django chains every catalogue to that of LANGUAGE_CODE (trans_real.DjangoTranslation._add_fallback),
here Vietnamese: a string missing from the Lao catalogue (Django ships none for Lao, and 29 % of
Khmer) reached Lao readers and Khmer translators in Vietnamese ("Trường này là bắt buộc.").
Django has no setting for this chain, so `install()` replaces that one method: Vietnamese (the
source, what editors read) keeps no fallback; every other language falls back to English
(FALLBACK_LANGUAGE), whose catalogue in turn falls back to the English msgids themselves.
"""

from django.conf import settings
from django.utils.translation import trans_real

from .languages import FALLBACK_LANGUAGE


def _add_fallback(self, localedirs=None):
    language = self.language()
    if language == settings.LANGUAGE_CODE or language.startswith("en"):
        return  # the source language and English end at the msgids, which are English
    if self.domain == "django":
        self.add_fallback(trans_real.translation(FALLBACK_LANGUAGE))
    else:
        self.add_fallback(trans_real.DjangoTranslation(FALLBACK_LANGUAGE, domain=self.domain, localedirs=localedirs))


def install():
    """Idempotent; forgets catalogues already built with the old chain."""
    if trans_real.DjangoTranslation._add_fallback is not _add_fallback:
        trans_real.DjangoTranslation._add_fallback = _add_fallback
        trans_real._translations = {}
        trans_real._default = None
