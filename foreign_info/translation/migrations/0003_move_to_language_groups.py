"""Move rights from the all-language groups to one group per language and role.

Before: "Translators" and "Reviewers" held change/publish on Wagtail's root page (every language),
and a middleware took rights away by URL name; Wagtail's default "Editors" and "Moderators" held
rights on the root too, and its default "Moderators approval" workflow on the root stopped editors
from publishing. After: each assignment's user is in "Translators · fr", "Reviewers · fr" or
"Editors · vi", holding page permissions on that language's section roots only; members of
"Editors" and "Moderators" become source editors of Vietnamese (they keep those groups for their
image and document rights, which are not per language); those groups lose their root page rights
and wagtail-localize's "submit translation" (starting translations is the leads'); the default
workflow no longer applies to the root.
"""

from django.conf import settings
from django.db import migrations

SOURCE_LANGUAGE = "vi"
ROLE_PAGE_RIGHTS = {
    "translator": ["change_page"],
    "reviewer": ["change_page", "publish_page"],
    "editor": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
ROLE_GROUP_NAMES = {"translator": "Translators · {code}", "reviewer": "Reviewers · {code}", "editor": "Editors · {code}"}


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    SectionPage = apps.get_model("publishing", "SectionPage")
    LanguageAssignment = apps.get_model("translation", "LanguageAssignment")
    LanguageGroup = apps.get_model("translation", "LanguageGroup")
    root = Page.objects.filter(depth=1).first()

    def group_for(locale, role):
        link = LanguageGroup.objects.filter(locale=locale, role=role).first()
        if link is not None:
            return link.group
        group, _created = Group.objects.get_or_create(name=ROLE_GROUP_NAMES[role].format(code=locale.language_code))
        LanguageGroup.objects.create(group=group, locale=locale, role=role)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
        rights = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=ROLE_PAGE_RIGHTS[role])
        for section in SectionPage.objects.filter(locale=locale):
            for permission in rights:
                GroupPagePermission.objects.get_or_create(group=group, page_id=section.pk, permission=permission)
        return group

    vi = Locale.objects.filter(language_code=SOURCE_LANGUAGE).first()
    wagtail_defaults = Group.objects.filter(name__in=["Editors", "Moderators"])
    if vi is not None:
        for user in User.objects.filter(groups__in=wagtail_defaults).distinct():
            LanguageAssignment.objects.get_or_create(user=user, locale=vi, role="editor")
    for assignment in LanguageAssignment.objects.select_related("locale"):
        User.groups.through.objects.get_or_create(user_id=assignment.user_id, group=group_for(assignment.locale, assignment.role))

    Group.objects.filter(name__in=["Translators", "Reviewers"]).delete()
    if root is not None:
        GroupPagePermission.objects.filter(group__in=wagtail_defaults, page=root).delete()
        WorkflowPage.objects.filter(page=root, workflow__name="Moderators approval").delete()
    submit = Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")
    for group in wagtail_defaults:
        group.permissions.remove(*submit)


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0002_language_groups"),
        ("publishing", "0004_alter_articlepage_body"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
