from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "foreign_info.core"
    label = "core"
    verbose_name = "Foreign information: core"

    def ready(self):
        from django.core.signals import setting_changed

        from . import checks, fallback, languages, signal_handlers  # noqa: F401 - checks registers itself

        fallback.install()
        languages.register_missing_lang_info()
        setting_changed.connect(languages_changed, dispatch_uid="core-languages-changed")
        register_slug_widget()
        register_checked_streamfields()
        from django.db.models.signals import pre_save
        from wagtail_localize.models import SegmentOverride

        from .slugs import install_translation_writer_flag, transliterate_slug_override

        install_translation_writer_flag()
        pre_save.connect(transliterate_slug_override, sender=SegmentOverride, dispatch_uid="core-slug-override")
        signal_handlers.connect()
        from . import derived

        derived.connect()


def languages_changed(setting, **kwargs):
    """A settings override that adds a language (tests) teaches Django its LANG_INFO too."""
    if setting == "PORTAL_LANGUAGES":
        from . import languages

        languages.register_missing_lang_info()


def register_slug_widget():
    """Every slug field of the admin (pages, topics) gets the widget that transliterates Vietnamese."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    from .slugs import TransliteratingSlugInput

    register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})


def register_checked_streamfields():
    """Every StreamField of the admin's forms answers a malformed post with a form error (streamfield_forms.py)."""
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.fields import StreamField

    from .streamfield_forms import CheckedBlockField

    register_form_field_override(StreamField, override={"form_class": CheckedBlockField})
