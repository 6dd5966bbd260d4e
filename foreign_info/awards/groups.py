"""Who does what with award entries, as Wagtail model permissions held by groups.

Contract: `ensure_groups()` (idempotent, only ever adds; run after every migrate) gives
- "Award committee": admin access, see the entries, score them (`score_nomination`) and export
  their dossiers (`export_dossier`);
- Wagtail's "Editors" (the Vietnamese editors who publish the works): see entries and nominate
  (`add_nomination`);
- "Translation leads" (the section lead, who chairs the committee): everything about award years
  and entries, the shortlist (`shortlist_nomination`) and dossiers, but not scoring: the chair
  decides the shortlist from the members' scores rather than adding one.
Membership is managed on Wagtail's Users and Groups screens.
"""

from django.contrib.auth.models import Group, Permission

from foreign_info.translation.roles import LEADS_GROUP

COMMITTEE_GROUP = "Award committee"
EDITORS_GROUP = "Editors"
ENTRY_RIGHTS = ["view_nomination", "add_nomination", "change_nomination", "delete_nomination", "shortlist_nomination", "export_dossier"]
YEAR_RIGHTS = ["view_awardyear", "add_awardyear", "change_awardyear", "delete_awardyear"]
RIGHTS = {
    COMMITTEE_GROUP: [("wagtailadmin", "access_admin"), ("awards", "view_nomination"), ("awards", "score_nomination"), ("awards", "export_dossier")],
    EDITORS_GROUP: [("awards", "view_nomination"), ("awards", "add_nomination")],
    LEADS_GROUP: [("awards", codename) for codename in ENTRY_RIGHTS + YEAR_RIGHTS],
}


def ensure_groups():
    groups = {}
    for name, rights in RIGHTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in rights:
            # Model permissions appear after the first migrate's post_migrate: called again then.
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)
    return groups
