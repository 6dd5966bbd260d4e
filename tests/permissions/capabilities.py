"""What each admin URL pattern that names a page needs, as a capability of `roles.ROLES`.

Keys are a pattern's `key` (name and, for expanded patterns, `[variant]`) or its name for all its
variants. A page pattern missing from both tables fails `test_every_page_pattern_is_classified`.
"""

CAPABILITY = {
    # open a page's admin screens and change its draft (and its translation, in wagtail-localize)
    "wagtailadmin_api:pages:detail": "browse",  # Wagtail: any right in the page's tree lets one read it
    "wagtailadmin_api:pages:action[revert_to_page_revision]": "edit",
    "wagtailadmin_api:pages:action[convert_alias]": "edit",  # Wagtail: can_edit (the target is no alias: 400 after the check)
    "wagtailadmin_pages:edit": "edit",
    "wagtailadmin_pages:history": "edit",
    "wagtailadmin_pages:history_results": "edit",
    "wagtailadmin_pages:preview_on_edit": "edit",
    "wagtailadmin_pages:revisions_compare": "edit",
    "wagtailadmin_pages:revisions_revert": "edit",
    "wagtailadmin_pages:revisions_view": "edit",
    "wagtailadmin_pages:usage": "edit",
    "wagtailadmin_pages:view_draft": "edit",
    "wagtailadmin_pages:workflow_history": "edit",
    "wagtailadmin_pages:workflow_history_detail": "edit",
    "wagtailadmin_pages:copy": "edit",  # Wagtail: can_copy is can_edit; the copy itself needs add rights where it goes
    "wagtail_localize:download_pofile": "edit",
    "wagtail_localize:upload_pofile": "edit",
    "wagtail_localize:edit_string_translation": "edit",
    "wagtail_localize:machine_translate": "edit",
    "wagtail_localize:preview_translation": "edit",
    "translation_machine_translate": "edit",
    "translation:queue": "edit",
    "translation:export_po": "edit",
    "translation:import_po": "edit",
    # publish, unpublish, schedule, restrict who may view
    "wagtailadmin_api:pages:action[publish]": "publish",
    "wagtailadmin_api:pages:action[unpublish]": "publish",
    "wagtailadmin_pages:unpublish": "publish",
    "wagtailadmin_pages:revisions_unschedule": "publish",
    "wagtailadmin_pages:set_privacy": "publish",
    "wagtail_bulk_action[publish]": "publish",
    "wagtail_bulk_action[unpublish]": "publish",
    # Wagtail: whoever may edit and publish a page without sub-pages may delete it (and so start a move)
    "wagtailadmin_api:pages:action[delete]": "delete",
    "wagtailadmin_pages:delete": "delete",
    "wagtail_bulk_action[delete]": "delete",
    "wagtailadmin_pages:move": "delete",
    # the shape of a language's tree: adding, placing, copying and aliasing pages
    "wagtailadmin_pages:add": "add",
    "wagtailadmin_pages:add_subpage": "add",
    "wagtailadmin_pages:preview_on_add": "add",
    "wagtailadmin_pages:set_page_position": "structure",
    "wagtailadmin_pages:move_confirm": "structure",
    "wagtailadmin_api:pages:action[move]": "structure",
    "wagtailadmin_api:pages:action[copy]": "structure",
    "wagtailadmin_api:pages:action[create_alias]": "structure",
    "wagtailadmin_pages:lock": "lock",
    "wagtailadmin_pages:unlock": "lock",
    # a workflow task's approvers (the matrix's task: the leads' group)
    "wagtailadmin_pages:workflow_action": "moderate",
    "wagtailadmin_pages:collect_workflow_action_data": "moderate",
    "wagtailadmin_pages:workflow_preview": "moderate",
    # starting, syncing, stopping and detaching translations
    "wagtail_localize:submit_page_translation": "localize",
    "wagtail_localize:update_translations": "localize",
    "wagtail_localize:stop_translation": "localize",
    "wagtail_localize:convert_to_alias": "localize",
    # any admin user, whatever the page's language: they change nothing about the page
    "wagtailadmin_explore": "admin",  # Wagtail lists pages under the users' permission roots' common ancestor: titles only
    "wagtailadmin_explore_results": "admin",
    "wagtailadmin_choose_page_child": "admin",  # the page chooser browses every page
    "wagtailadmin_pages:choose_parent": "admin",
    "wagtailadmin_pages:type_use": "admin",
    "wagtailadmin_pages:type_use_results": "admin",
    "wagtailadmin_pages:revisions_index": "admin",  # a redirect to the history, which checks
    "wagtailadmin_pages:confirm_workflow_cancellation": "admin",  # a dialog; cancelling is a POST to the edit view, which checks
}

# Patterns no role can use on the matrix's pages, and why; the matrix checks each stays so.
UNREACHABLE = {
    "wagtailadmin_api:pages:action[copy_for_translation]": (
        "Wagtail's copy for translation asks for wagtail.contrib.simple_translation's permission, not "
        "installed: superusers only (translations are made by wagtail-localize)"
    ),
    "wagtailadmin_pages:convert_alias": "the matrix's pages are not aliases: 404 for everyone",
    "wagtail_bulk_action[move]": ("moving to the page's own parent changes nothing to observe; the move views above ask Wagtail the same can_move_to"),
    "wagtailforms:delete_submissions": "the project has no form page type",
    "wagtailforms:list_submissions": "the project has no form page type",
    "wagtailforms:list_submissions_results": "the project has no form page type",
}


def capability_of(pattern):
    for key in (pattern.key, pattern.name):
        if key in CAPABILITY:
            return CAPABILITY[key]
        if key in UNREACHABLE:
            return None
    raise KeyError(pattern.key)
