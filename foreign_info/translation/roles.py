"""Who may do what in which language: the one policy every view and the middleware consult.

Contract:
- A *lead* (superuser, or the `translation.lead_translations` permission, given by the
  "Translation leads" group) may do everything in every language, and only a lead may *create*
  jobs and translations (the matrix's "Create translations", the statistics' translation demand).
- A *translator* of a language may view its queue, claim its jobs, edit its translations
  (wagtail-localize's editor, machine drafts, PO download and upload) and submit them for review.
  They can never edit a source (Vietnamese) page and never publish.
- A *reviewer* of a language may do what its translators do, plus return and publish.
- A *source editor* (assigned to Vietnamese) writes and publishes the Vietnamese pages; that is
  Wagtail's page permissions on the Vietnamese sections (see `groups`), not a translation role.
- Anyone else may do none of these things in that language.

The answer depends only on the user's assignments, loaded once per request and cached on the
user object, so checking many rows costs no query per row.
"""

from foreign_info.core.languages import SOURCE_LANGUAGE

LEAD_PERMISSION = "translation.lead_translations"
LEADS_GROUP = "Translation leads"

VIEW, EDIT, SUBMIT, REVIEW, PUBLISH, ASSIGN, SYNC, CREATE = "view", "edit", "submit", "review", "publish", "assign", "sync", "create"
TRANSLATOR_ACTIONS = {VIEW, EDIT, SUBMIT}
REVIEWER_ACTIONS = TRANSLATOR_ACTIONS | {REVIEW, PUBLISH}


def is_lead(user):
    return bool(user and user.is_authenticated and (user.is_superuser or user.has_perm(LEAD_PERMISSION)))


def assignments(user):
    """{language code: set of roles} for `user`, cached on the user object."""
    if not (user and user.is_authenticated):
        return {}
    cached = getattr(user, "_translation_assignments", None)
    if cached is None:
        from .models import LanguageAssignment

        cached = {}
        for code, role in LanguageAssignment.objects.filter(user=user).values_list("locale__language_code", "role"):
            cached.setdefault(code, set()).add(role)
        user._translation_assignments = cached
    return cached


def languages(user, role=None):
    """Codes of the languages `user` works in (in `role`, if given); every target for a lead."""
    from foreign_info.core.languages import target_codes

    if is_lead(user):
        return list(target_codes())
    return [code for code, roles in assignments(user).items() if code != SOURCE_LANGUAGE and (role is None or role in roles)]


def can(user, action, language_code):
    """May `user` do `action` on translations into `language_code`?"""
    if not (user and user.is_authenticated):
        return False
    if is_lead(user):
        return True
    if language_code == SOURCE_LANGUAGE:
        return False
    roles = assignments(user).get(language_code, set())
    if "reviewer" in roles:
        return action in REVIEWER_ACTIONS
    if "translator" in roles:
        return action in TRANSLATOR_ACTIONS
    return False


def sync_worker_groups(user):
    """Keep `user` in exactly the language groups ("Translators · fr", ...) their assignments name:
    those groups hold the Wagtail page permissions (see `groups`)."""
    from .groups import sync_user_groups

    sync_user_groups(user)
