"""Rights as Wagtail's own page permissions, one group per language and role.

Contract:
- Each (language, role) has one Wagtail group, "Translators · fr", "Reviewers · fr", "Editors · vi",
  recorded by a `LanguageGroup` row. It holds `GroupPagePermission`s on that language's section
  root pages only (every site's section in that locale), never on the root of all pages, so every
  view, admin API action, bulk action and wagtail-localize view that asks Wagtail
  (`page.permissions_for_user`) gets a per-language answer without a list of URLs.
- Translators may change pages, reviewers also publish, source editors also add, lock and publish
  (Vietnamese only). Leads ("Translation leads") hold everything on the root: they work in every
  language.
- `grant_section` gives a section's groups their rights; it runs when a section is created in a
  locale (a section translated later), so the new tree is covered at once.
- `sync_user_groups` puts a user in exactly the groups their `LanguageAssignment`s name.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page

from .roles import LEADS_GROUP

ROLE_PAGE_RIGHTS = {
    "translator": ["change_page"],
    "reviewer": ["change_page", "publish_page"],
    "editor": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
ROLE_GROUP_NAMES = {"translator": "Translators · {code}", "reviewer": "Reviewers · {code}", "editor": "Editors · {code}"}
LEAD_PAGE_RIGHTS = ["add_page", "change_page", "publish_page", "delete_page", "bulk_delete_page", "lock_page", "unlock_page"]
LEAD_OTHER_RIGHTS = [("wagtailadmin", "access_admin"), ("translation", "lead_translations"), ("wagtail_localize", "submit_translation")]


def page_permissions(codenames):
    return list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))


def section_roots(locale):
    """The section pages of `locale`, one per site that has the section in that language."""
    from foreign_info.publishing.models import SectionPage

    return Page.objects.filter(pk__in=SectionPage.objects.filter(locale=locale).values("pk"))


def group_for(locale, role):
    """The group of `role` in `locale`, created with its rights if missing."""
    from .models import LanguageGroup

    link = LanguageGroup.objects.filter(locale=locale, role=role).select_related("group").first()
    if link is not None:
        return link.group
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=ROLE_GROUP_NAMES[role].format(code=locale.language_code))
        LanguageGroup.objects.create(group=group, locale=locale, role=role)
        access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
        if access is not None:
            group.permissions.add(access)
        for section in section_roots(locale):
            grant(group, section, ROLE_PAGE_RIGHTS[role])
    return group


def grant(group, page, codenames):
    for permission in page_permissions(codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_section(section):
    """Give the groups of `section`'s language their rights on it (idempotent)."""
    from .models import LanguageGroup

    for link in LanguageGroup.objects.filter(locale_id=section.locale_id).select_related("group"):
        grant(link.group, section, ROLE_PAGE_RIGHTS[link.role])


def sync_user_groups(user):
    """Make `user`'s membership of the language groups match their assignments exactly."""
    from .models import LanguageAssignment

    wanted = {group_for(a.locale, a.role).pk for a in LanguageAssignment.objects.filter(user=user).select_related("locale")}
    current = set(user.groups.filter(language_role__isnull=False).values_list("pk", flat=True))
    user.groups.remove(*(current - wanted))
    user.groups.add(*(wanted - current))


def ensure_groups():
    """Create the leads group with its rights on the root (idempotent). Language groups are made
    when someone is first assigned to that language and role."""
    root = Page.get_first_root_node()
    group, _created = Group.objects.get_or_create(name=LEADS_GROUP)
    for app_label, codename in LEAD_OTHER_RIGHTS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="translation"))
    if root is not None:
        grant(group, root, LEAD_PAGE_RIGHTS)
    return {LEADS_GROUP: group}
