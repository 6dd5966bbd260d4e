"""Language groups: assignments keep them filled, a section translated later gets its language's
rights, and the migration moved the old all-language groups."""

from importlib import import_module

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowPage

from foreign_info.translation.models import LanguageAssignment, LanguageGroup
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def rights(group):
    return {(gpp.page.locale.language_code, gpp.page.depth, gpp.permission.codename) for gpp in GroupPagePermission.objects.filter(group=group)}


def test_an_assignment_puts_the_user_in_its_language_group_with_rights_on_that_section_only(section, django_user_model):
    user = django_user_model.objects.create_user("t", "t@example.org", "pw-12345-xyz")
    assignment = LanguageAssignment.objects.create(user=user, locale=Locale.objects.get(language_code="en"), role="translator")
    group = Group.objects.get(name="Translators · en")
    assert list(user.groups.all()) == [group]
    assert rights(group) == {("en", 2, "change_page")}
    assert not GroupPagePermission.objects.filter(group=group, page__depth=1).exists()
    assignment.delete()
    assert not user.groups.exists()


def test_a_section_translated_later_gets_its_languages_rights(section, django_user_model):
    user = django_user_model.objects.create_user("r", "r@example.org", "pw-12345-xyz")
    LanguageAssignment.objects.create(user=user, locale=Locale.objects.get(language_code="ko"), role="reviewer")
    assert rights(Group.objects.get(name="Reviewers · ko")) == set()  # no Korean section yet
    korean = translate(section, "ko", title="외국 정보")
    assert rights(Group.objects.get(name="Reviewers · ko")) == {("ko", 2, "change_page"), ("ko", 2, "publish_page")}
    assert korean.permissions_for_user(user).can_publish()
    assert not section.permissions_for_user(user).can_edit()


def test_roles_match_their_language(section, django_user_model):
    user = django_user_model.objects.create_user("x", "x@example.org", "pw-12345-xyz")
    with pytest.raises(ValidationError):
        LanguageAssignment(user=user, locale=Locale.objects.get(language_code="fr"), role="editor").full_clean()
    with pytest.raises(ValidationError):
        LanguageAssignment(user=user, locale=Locale.objects.get(language_code="vi"), role="translator").full_clean()


def test_the_migration_moves_old_groups_editors_and_the_default_workflow(section, django_user_model):
    # The state 0003 found: all-language groups on the root, Wagtail's defaults, its workflow.
    root = Page.get_first_root_node()
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    old = Group.objects.create(name="Translators")
    GroupPagePermission.objects.create(group=old, page=root, permission=change)
    editors = Group.objects.get_or_create(name="Editors")[0]
    GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=change)
    translator = django_user_model.objects.create_user("old-t", "t@example.org", "pw-12345-xyz")
    translator.groups.add(old)
    LanguageAssignment.objects.bulk_create([LanguageAssignment(user=translator, locale=Locale.objects.get(language_code="en"), role="translator")])
    editor = django_user_model.objects.create_user("old-e", "e@example.org", "pw-12345-xyz")
    editor.groups.add(editors)
    LanguageGroup.objects.all().delete()
    Group.objects.filter(name__contains=" · ").delete()
    from wagtail.models import Workflow

    workflow = Workflow.objects.get_or_create(name="Moderators approval")[0]
    WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})

    # Run the migration's function on the historical models, as `migrate` does.
    migration = import_module("foreign_info.translation.migrations.0003_move_to_language_groups")
    state = MigrationExecutor(connection).loader.project_state(("translation", "0003_move_to_language_groups"), at_end=True)
    migration.forwards(state.apps, None)  # it uses no schema editor

    assert not Group.objects.filter(name="Translators").exists()
    assert {g.name for g in translator.groups.all()} == {"Translators · en"}
    assert rights(Group.objects.get(name="Translators · en")) == {("en", 2, "change_page")}
    assert LanguageAssignment.objects.filter(user=editor, locale__language_code="vi", role="editor").exists()
    assert "Editors · vi" in {g.name for g in editor.groups.all()}
    assert not GroupPagePermission.objects.filter(group=editors, page=root).exists()
    assert not editors.permissions.filter(codename="submit_translation").exists()
    assert not WorkflowPage.objects.filter(page=root, workflow__name="Moderators approval").exists()
    vi_section = Page.objects.get(pk=section.pk)
    assert vi_section.permissions_for_user(editor).can_publish()
    assert not Page.objects.get(locale__language_code="en", depth=2).permissions_for_user(editor).can_edit()
