from django import template

from foreign_info.publishing.templatetags.publishing_tags import portal_settings

from .. import jsonld

register = template.Library()


@register.simple_tag(takes_context=True)
def statement_data(context, page):
    source_url = next((entry["full_url"] for entry in context.get("languages", []) if entry["is_source"]), "")
    return jsonld.statement_data(page, context["request"], portal_settings(context), source_url)
