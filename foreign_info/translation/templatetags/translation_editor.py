"""What wagtail-localize's translation editor should offer the user as actions (see
`static/translation/js/editor_actions.js`)."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from .. import roles, workflow
from ..models import TranslationJob

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor_actions(context, translation):
    """{"manage": may stop, sync or detach the translation; "hide": URLs of wagtail-localize's
    actions that are the leads'; "delete": the page's delete URL; "submit": the job's submit URL if the user may submit it now;
    "queue": the language's queue} for the editor's footer."""
    user = context["request"].user
    code = translation.target_locale.language_code
    instance = translation.get_target_instance()
    job = TranslationJob.objects.filter(source_page__translation_key=instance.translation_key, target_locale=translation.target_locale).first()
    can_submit = job is not None and "submit" in workflow.allowed_actions(job, user)
    return {
        "manage": roles.is_lead(user),
        "hide": [
            reverse("wagtail_localize:stop_translation", args=[translation.pk]),
            reverse("wagtail_localize:convert_to_alias", args=[instance.pk]),
        ],
        "delete": reverse("wagtailadmin_pages:delete", args=[instance.pk]),
        "submit": {"url": reverse("translation:job_action", args=[job.pk, "submit"]), "label": _("Submit for review")} if can_submit else None,
        "queue": {"url": reverse("translation:queue", args=[code]), "label": _("Translation queue")} if roles.can(user, roles.VIEW, code) else None,
    }
