"""Wagtail's Editors and Moderators groups manage photos and documents out of the box; give them
the video library too, so the demo editor (and a fresh site's editors) can upload clips."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; make the library's now (the usual recipe
    # for historical app configs).
    app_config = apps.get_app_config("media")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="media", codename__in=[f"{action}_videoclip" for action in ACTIONS])
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("media", "0002_photocapture"), ("auth", "0012_alter_user_first_name_max_length"), ("wagtailcore", "0002_initial_data")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
