"""The "Press officers" group: Wagtail admin access and the right to review accreditation requests
(foreign_info.presskits.admin_views), nothing else. Created after every migrate, like the
translation groups (foreign_info/translation/groups.py)."""

from django.contrib.auth.models import Group, Permission

PRESS_OFFICERS_GROUP = "Press officers"
RIGHTS = [("wagtailadmin", "access_admin"), ("presskits", "change_accreditationrequest")]


def ensure_groups():
    """Create the group and give it its rights if missing. Idempotent."""
    group, _created = Group.objects.get_or_create(name=PRESS_OFFICERS_GROUP)
    for app_label, codename in RIGHTS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    return group
