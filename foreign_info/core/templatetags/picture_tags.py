"""`{% responsive_picture image "hero" alt=... priority=True %}`: core/pictures.py's `<picture>`."""

from django import template

from foreign_info.core import pictures

register = template.Library()


@register.simple_tag
def responsive_picture(image, layout, alt="", priority=False, css_class=""):
    if not image:
        return ""
    return pictures.picture(image, layout, alt=alt, priority=priority, css_class=css_class)
