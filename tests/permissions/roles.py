"""The roles the permission matrix checks, as a small table other apps extend.

Each role says how to make its user and which *capabilities* it holds on a page of each language.
A capability names what a URL pattern needs (see `capabilities.CAPABILITY`): `edit` (open a page's
admin screens, change its draft or its translation), `browse` (read it through the admin API, which
any right in its tree allows), `publish` (publish, unpublish, schedule, restrict), `delete` (delete
or start moving a page), `add` (create pages under it), `structure` (place, copy, alias), `lock`,
`moderate` (act on the matrix's workflow task), `localize` (start, sync, stop or detach
translations), `admin` (screens of any admin user that change nothing about the page).

To add a role (a department officer, say), add an entry: its `make` builds the user through the
project's own screens' models, its `holds(capability, language)` states what it may do.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import Group
from wagtail.models import Locale

EVERYTHING = frozenset({"edit", "browse", "publish", "delete", "add", "structure", "lock", "moderate", "localize", "admin"})
ADMIN = {"admin"}


@dataclass(frozen=True)
class Role:
    make: Callable | None
    rights: dict  # {language code, or "*" for every language: set of capabilities}

    def holds(self, capability, language):
        return capability in self.rights.get(language, set()) | self.rights.get("*", set())


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


def department_member(as_leader):
    """The officer, or the leader, of a department (foreign_info.departments): its groups hold
    add rights on the Vietnamese section only; approving goes through their workflow task."""

    def make(user_model, name):
        from foreign_info.departments.groups import ensure_groups as ensure_department_groups
        from foreign_info.departments.models import Department, DepartmentOfficer

        ensure_department_groups()
        user = user_model.objects.create_user(name, f"{name}@example.org", "pw-12345-xyz")
        if as_leader:
            Department.objects.create(name=f"Sở {name}", leader=user)
        else:
            leader = user_model.objects.create_user(f"{name}-leader", f"{name}-leader@example.org", "pw-12345-xyz")
            department = Department.objects.create(name=f"Sở {name}", leader=leader)
            DepartmentOfficer.objects.create(department=department, user=user)
        return user

    return make


ROLES = {
    "editor": Role(assigned("vi", "editor"), {"vi": {"edit", "browse", "publish", "delete", "add", "structure", "lock"}, "*": ADMIN}),
    "translator_fr": Role(assigned("fr", "translator"), {"fr": {"edit", "browse"}, "*": ADMIN}),
    # Wagtail lets whoever may edit and publish a page without sub-pages delete it.
    "reviewer_fr": Role(assigned("fr", "reviewer"), {"fr": {"edit", "browse", "publish", "delete"}, "*": ADMIN}),
    "lead": Role(lead, {"*": EVERYTHING}),
    "anonymous": Role(None, {}),
    # Departments: officers add Vietnamese pages and edit only their own (the target pages are not;
    # copying, aliasing and moving need edit or delete rights); leaders approve their officers'
    # pages in the workflow, never publish.
    "department_officer": Role(department_member(as_leader=False), {"vi": {"add", "browse"}, "*": ADMIN}),
    "department_leader": Role(department_member(as_leader=True), {"vi": {"add", "browse"}, "*": ADMIN}),
}
