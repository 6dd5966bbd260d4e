"""Interface strings: every catalogue complete and current, and what readers see translated."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from foreign_info.core.languages import LANGUAGE_CODES

ROOT = Path(settings.BASE_DIR)
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def catalogue_path(code):
    return ROOT / "locales" / translation.to_locale(code) / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_msgid_is_translated(code):
    catalogue = polib.pofile(str(catalogue_path(code)))
    untranslated = [entry.msgid for entry in catalogue if not entry.translated() or entry.obsolete]
    assert untranslated == [], f"{code}: untranslated {untranslated}"
    assert catalogue.fuzzy_entries() == []


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_translations_keep_their_placeholders(code):
    for entry in polib.pofile(str(catalogue_path(code))):
        expected = set(PLACEHOLDER.findall(entry.msgid))
        targets = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for target in targets:
            assert set(PLACEHOLDER.findall(target)) == expected, (code, entry.msgid, target)


def test_catalogues_hold_every_string_of_the_code(tmp_path):
    """Extract the strings again into a copy of the project: nothing may be missing or left over."""
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext is missing: `make test` installs it")
    for folder in ("foreign_info", "portal", "locales"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("fonts", "__pycache__", "*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "vi", "--no-location", "--no-obsolete", "-v0"],
        cwd=tmp_path,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    fresh = {entry.msgid for entry in polib.pofile(str(tmp_path / "locales/vi/LC_MESSAGES/django.po"))}
    committed = {entry.msgid for entry in polib.pofile(str(catalogue_path("vi")))}
    assert fresh - committed == set(), "run `manage.py makemessages` and translate the new strings"
    assert committed - fresh == set(), "strings no longer used: run makemessages --no-obsolete"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_compiled_catalogues_are_used(code):
    with translation.override(code):
        text = translation.gettext("Skip to main content")
    if code == "en":
        assert text == "Skip to main content"
    else:
        assert text != "Skip to main content", f"{code}: run `make messages`"
