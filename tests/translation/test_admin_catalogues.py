"""The project's catalogues for the Wagtail and wagtail-localize admin (locales_admin/) hold every
msgid of the installed versions, translate them all in Vietnamese and wagtail-localize's in Khmer
and Lao, keep their placeholders, and are the ones Django uses."""

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.conftest import speaks

ROOT = Path(settings.BASE_DIR)
spec = importlib.util.spec_from_file_location("admin_catalogues", ROOT / "scripts" / "admin_catalogues.py")
admin_catalogues = importlib.util.module_from_spec(spec)
spec.loader.exec_module(admin_catalogues)

CATALOGUES = [(lang, domain) for lang in admin_catalogues.LANGUAGES for domain in admin_catalogues.DOMAINS]


def committed(lang, domain):
    return polib.pofile(str(ROOT / "locales_admin" / lang / "LC_MESSAGES" / f"{domain}.po"))


def keys(catalogue):
    return {(entry.msgctxt, entry.msgid) for entry in catalogue}


@pytest.mark.parametrize(("lang", "domain"), CATALOGUES)
def test_catalogues_match_the_installed_wagtail(lang, domain):
    """After upgrading Wagtail or wagtail-localize, `python scripts/admin_catalogues.py` brings the
    new msgids in (and the counts of what is left to translate)."""
    assert keys(committed(lang, domain)) == keys(admin_catalogues.build(lang, domain))


@pytest.mark.parametrize("domain", admin_catalogues.DOMAINS)
def test_vietnamese_is_complete(domain):
    assert [e.msgid for e in committed("vi", domain) if not admin_catalogues.translation_of(e)] == []


@pytest.mark.parametrize("lang", ["km", "lo"])
def test_translators_screens_are_complete_in_khmer_and_lao(lang):
    """All of wagtail-localize, and every string of the admin's scripts."""
    missing = [
        e.msgid
        for domain in admin_catalogues.DOMAINS
        for e in committed(lang, domain)
        if not admin_catalogues.translation_of(e) and (domain == "djangojs" or any(f.startswith("wagtail_localize/") for f, _ in e.occurrences))
    ]
    assert missing == []


@pytest.mark.parametrize(("lang", "domain"), CATALOGUES)
def test_placeholders_and_formats_are_kept(lang, domain):
    if not shutil.which("msgfmt"):
        pytest.fail("GNU gettext is missing: `make test` installs it")
    path = ROOT / "locales_admin" / lang / "LC_MESSAGES" / f"{domain}.po"
    subprocess.run(["msgfmt", "--check-format", "-o", "/dev/null", str(path)], check=True)


@pytest.mark.parametrize(("code", "expected"), [("vi", "Lưu bản nháp"), ("km", "រក្សាទុក"), ("lo", "ບັນທຶກ")])
def test_compiled_catalogues_are_used(code, expected):
    """`make messages` compiles locales_admin/ (it is in LOCALE_PATHS)."""
    # A variable, not a literal: makemessages must not take Wagtail's msgid into our own catalogues.
    wagtail_msgid = "Save draft" if code == "vi" else "Save"
    with translation.override(code):
        assert translation.gettext(wagtail_msgid) == expected


@pytest.mark.django_db
def test_script_catalogue_joins_words_with_their_space(client, django_user_model):
    """'Translate with ' + the provider's name: wagtail-localize's Vietnamese had lost the space."""
    editor = speaks(django_user_model.objects.create_superuser("bien_tap", "bien_tap@example.org", "pw-12345-xyz"), "vi")
    client.force_login(editor)
    script = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    assert catalogue["Translate with "] == "Dịch với "
