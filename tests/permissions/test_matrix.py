"""The permission matrix: every admin URL pattern that names a page (found by walking the URLconf,
see `matrix`) x every role of `roles.ROLES` x a Vietnamese, a French and a Japanese page. The set
of patterns each role may use on each page must be exactly what `capabilities` and the role's
rights say. The write paths (Wagtail's admin API actions and bulk actions) run in every pass; the
whole matrix (about three minutes) runs with SLOW_CHECKS=1."""

import pytest

from . import matrix
from .capabilities import CAPABILITY, UNREACHABLE, capability_of
from .roles import ROLES

pytestmark = pytest.mark.django_db
TARGETS = ("vi", "fr", "ja")
ALLOWED = {"ok", "changed"}
WRITE_PATHS = ("wagtailadmin_api:pages:action", "wagtail_bulk_action")


def mismatches(client, users, pages, role, patterns):
    """[(pattern, language, outcome, expected)] for every cell that differs from the policy."""
    client.logout()
    if ROLES[role].make is not None:
        client.force_login(users[role])
    wrong = []
    for code in TARGETS:
        target = matrix.Target(pages[code], users["lead"])
        for pattern in patterns:
            outcome = matrix.attempt(client, target, pattern)
            if outcome == "n/a":
                continue
            capability = capability_of(pattern)
            expected = capability is not None and ROLES[role].holds(capability, code)
            if (outcome in ALLOWED) != expected:
                wrong.append((pattern.key, code, outcome, "allowed" if expected else "refused"))
    return wrong


@pytest.mark.parametrize("role", list(ROLES))
def test_write_paths_obey_each_language(role, client, users, pages, provider):
    patterns = [p for p in matrix.page_patterns() if p.name.startswith(WRITE_PATHS)]
    assert len(patterns) >= 10  # every admin API action and page bulk action Wagtail registers
    wrong = mismatches(client, users, pages, role, patterns)
    assert wrong == [], "\n".join(map(str, wrong))


@pytest.mark.slow
@pytest.mark.parametrize("role", list(ROLES))
def test_every_admin_page_pattern_obeys_each_language(role, client, users, pages, provider):
    wrong = mismatches(client, users, pages, role, matrix.page_patterns())
    assert wrong == [], "\n".join(map(str, wrong))


def test_every_page_pattern_is_classified():
    """A view added later (or a keyword nobody fills) fails here until it has a capability."""
    assert matrix.unknown_keywords() == []
    unclassified = []
    for pattern in matrix.page_patterns():
        try:
            capability_of(pattern)
        except KeyError:
            unclassified.append(pattern.key)
    assert unclassified == []


def test_the_tables_name_only_patterns_that_exist():
    patterns = matrix.page_patterns()
    known = {p.key for p in patterns} | {p.name for p in patterns}
    assert sorted(set(CAPABILITY) - known) == []
    assert sorted(set(UNREACHABLE) - known) == []
    used = {k for p in matrix.admin_patterns() for k in p.keywords}
    assert sorted(set(matrix.NOT_PAGE_KEYWORDS) - used) == []  # every exclusion still excludes something


def test_the_matrix_covers_the_paths_of_the_issue():
    keys = {p.key for p in matrix.page_patterns()}
    for key in (
        "wagtailadmin_api:pages:action[publish]",
        "wagtailadmin_api:pages:action[unpublish]",
        "wagtailadmin_api:pages:action[revert_to_page_revision]",
        "wagtail_bulk_action[publish]",
        "wagtailadmin_pages:workflow_action[approve]",
        "wagtailadmin_pages:revisions_revert",
        "wagtail_localize:edit_string_translation",
        "translation:queue",
    ):
        assert key in keys
