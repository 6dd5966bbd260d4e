"""`{% responsive_picture image "hero" alt=... priority=True %}`: core/pictures.py's `<picture>`,
remembered per photo and place until content changes (core.derived): the markup of nine or twelve
renditions costs more than the rest of a card."""

from django import template

from foreign_info.core import derived, pictures

register = template.Library()


@register.simple_tag(takes_context=True)
def responsive_picture(context, image, layout, alt="", priority=False, css_class=""):
    if not image:
        return ""
    key = ("picture", image.pk, layout, str(alt), bool(priority), css_class)
    return derived.remember(context.get("request"), key, lambda: pictures.picture(image, layout, alt=alt, priority=priority, css_class=css_class))
