"""The roles the permission matrix checks, as a small table other apps extend.

Each role says how to make its user and which *capabilities* it holds on a page of each language.
A capability names what a URL pattern needs (see `matrix.CAPABILITIES`): `view` (open a page's admin
screens), `edit` (change its draft), `publish` (publish, unpublish, schedule), `structure` (add,
move, copy, delete, alias), `localize` (start, sync, stop or detach translations: the lead's).

To add a role (a department officer, say), add an entry: its `make` builds the user through the
project's own screens' models, its `holds(capability, language)` states what it may do.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import Group
from wagtail.models import Locale

EVERYTHING = frozenset({"view", "edit", "publish", "structure", "localize"})


@dataclass(frozen=True)
class Role:
    make: Callable | None
    rights: dict  # {language code or "*": set of capabilities}

    def holds(self, capability, language):
        return capability in self.rights.get(language, self.rights.get("*", set()))


def assigned(language, role):
    """A user made `role` of `language` on the Language assignments screen's model."""

    def make(user_model, name):
        from foreign_info.translation.models import LanguageAssignment

        user = user_model.objects.create_user(name, f"{name}@example.org", "pw-12345-xyz")
        LanguageAssignment.objects.create(user=user, locale=Locale.objects.get(language_code=language), role=role)
        return user

    return make


def lead(user_model, name):
    from foreign_info.translation.groups import ensure_groups
    from foreign_info.translation.roles import LEADS_GROUP

    ensure_groups()
    user = user_model.objects.create_user(name, f"{name}@example.org", "pw-12345-xyz")
    user.groups.add(Group.objects.get(name=LEADS_GROUP))
    return user


ROLES = {
    "editor": Role(assigned("vi", "editor"), {"vi": {"view", "edit", "publish", "structure"}}),
    "translator_fr": Role(assigned("fr", "translator"), {"fr": {"view", "edit"}}),
    "reviewer_fr": Role(assigned("fr", "reviewer"), {"fr": {"view", "edit", "publish"}}),
    "lead": Role(lead, {"*": EVERYTHING}),
    "anonymous": Role(None, {}),
}
