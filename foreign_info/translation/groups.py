"""The three groups behind the roles, with the Wagtail rights each needs before `roles` narrows
them to languages: translators may edit pages, reviewers also publish, leads do everything."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from .roles import LEADS_GROUP, REVIEWERS_GROUP, TRANSLATORS_GROUP

PAGE_RIGHTS = {
    TRANSLATORS_GROUP: ["change_page"],
    REVIEWERS_GROUP: ["change_page", "publish_page"],
    LEADS_GROUP: ["add_page", "change_page", "publish_page", "delete_page"],
}
OTHER_RIGHTS = {
    TRANSLATORS_GROUP: [("wagtailadmin", "access_admin")],
    REVIEWERS_GROUP: [("wagtailadmin", "access_admin")],
    LEADS_GROUP: [("wagtailadmin", "access_admin"), ("translation", "lead_translations"), ("wagtail_localize", "submit_translation")],
}


def ensure_groups():
    """Create the groups and their rights if missing. Idempotent; needs Wagtail's root page."""
    root = Page.get_first_root_node()
    groups = {}
    for name in PAGE_RIGHTS:
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in OTHER_RIGHTS[name]:
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)
        if name == LEADS_GROUP:
            group.permissions.add(*Permission.objects.filter(content_type__app_label="translation"))
        if root is None:
            continue
        for codename in PAGE_RIGHTS[name]:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    return groups
