"""The department groups, with their rights on the Vietnamese section roots that exist already.
On a fresh database the section comes later: publishing it gives the groups their page rights and
assigns the workflow (signal_handlers); model permissions are added by the app's post_migrate."""

from django.db import migrations


def create_groups(apps, schema_editor):
    from foreign_info.departments.groups import ensure_groups

    ensure_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("departments", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
