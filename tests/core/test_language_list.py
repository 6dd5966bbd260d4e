"""Issue 13, items 1 and 6: the language list is one setting everything derives from (a tenth
language is one entry, no migration), and catalogues fall back to English, never to Vietnamese."""

import polib
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from foreign_info.core import languages
from foreign_info.core.languages import Language
from tests.conftest import translate

ARABIC = Language("ar", "Arabic", "العربية", "ar_AR", direction="rtl")


def with_language(extra):
    return override_settings(**languages.derived_settings([*languages.DEFAULT_LANGUAGES, extra]))


def test_django_and_wagtail_languages_all_come_from_the_one_list():
    codes = [language.code for language in settings.PORTAL_LANGUAGES]
    assert [code for code, _name in settings.LANGUAGES] == codes
    assert [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] == codes
    assert [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == codes  # Lao selectable too


@pytest.mark.django_db
def test_lao_can_be_chosen_as_the_admin_language(client, admin_user):
    client.force_login(admin_user)
    page = client.get("/admin/account/").content.decode()
    assert 'value="lo"' in page


@pytest.mark.django_db
def test_a_tenth_language_added_in_settings_gets_pages_hreflang_dir_and_its_name(client, section):
    with with_language(ARABIC):
        Locale.objects.create(language_code="ar")
        translate(section, "ar", title="معلومات للأجانب")
        page = client.get("/ar/").content.decode()
        assert '<html lang="ar" dir="rtl">' in page
        assert '<meta property="og:locale" content="ar_AR">' in page
        vietnamese = client.get("/vi/").content.decode()
        assert 'hreflang="ar"' in vietnamese and ">العربية</a>" in vietnamese
        assert translation.get_language_info("ar")["name_local"] == "العربية"
        # The translation workflow knows it too: a published Vietnamese page waits for Arabic.
        from foreign_info.translation.models import TranslationJob
        from tests import factories
        from tests.conftest import publish

        article = publish(factories.ArticlePageFactory(parent=section, title="Cà phê", slug="ca-phe"))
        assert TranslationJob.objects.filter(source_page=article, target_locale__language_code="ar").exists()


@pytest.mark.django_db
def test_adding_a_language_needs_no_migration():
    from io import StringIO

    from django.core.management import call_command

    with with_language(ARABIC):
        out = StringIO()
        call_command("makemigrations", "--check", "--dry-run", stdout=out)  # raises SystemExit(1) if one is needed
        assert "No changes detected" in out.getvalue()


@pytest.mark.parametrize("code", ["km", "lo", "fr", "ja"])
def test_a_string_missing_from_a_catalogue_falls_back_to_english_not_vietnamese(code):
    # Django ships no Lao catalogue and an incomplete Khmer one: this message of Django's is in
    # its Vietnamese catalogue ("Nhập một địa chỉ IPv4 hợp lệ.") but not in the Khmer or Lao ones.
    msgid = "Enter a valid IPv4 address."
    with translation.override(code):
        text = translation.gettext(msgid)
    with translation.override("vi"):
        vietnamese = translation.gettext(msgid)
    assert vietnamese != msgid  # Vietnamese has it, so the old fallback would have shown it
    assert text != vietnamese
    if code in ("km", "lo"):
        assert text == msgid


def test_vietnamese_editors_keep_their_catalogue():
    with translation.override("vi"):
        assert translation.gettext("This field is required.") == "Trường này là bắt buộc."


@pytest.mark.django_db
def test_the_statistics_form_labels_are_extracted_and_translated():
    from foreign_info.analytics.views import ImportForm, ReportForm

    catalogue = {entry.msgid: entry.msgstr for entry in polib.pofile(str(settings.BASE_DIR / "locales/fr/LC_MESSAGES/django.po"))}
    for label in ("Quarter", "Report language", "Format", "Indicators file (JSON)"):
        assert catalogue.get(label), label
    with translation.override("fr"):
        labels = [str(field.label) for field in ReportForm().fields.values()] + [str(field.label) for field in ImportForm().fields.values()]
    assert {"Trimestre", "Langue du rapport", "Format", "Fichier d’indicateurs (JSON)"} <= set(labels)


def portal_settings_form(**translations):
    data = {
        "organization_name": "Cổng thông tin",
        "organization_name_international": "",
        "address": "",
        "telephone": "",
        "email": "",
        "logo": "",
        "same_as": "",
    }
    data |= {
        "translations-TOTAL_FORMS": str(len(translations)),
        "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
    }
    for index, (key, (language, name)) in enumerate(translations.items()):
        prefix = f"translations-{index}-"
        data |= {
            prefix + "language": language,
            prefix + "name": name,
            prefix + "address": f"{key} street",
            prefix + "ORDER": str(index + 1),
            prefix + "id": "",
            prefix + "DELETE": "",
        }
    return data


@pytest.mark.django_db
def test_the_portal_name_and_address_are_edited_per_language_once_each(client, admin_user, section):
    from foreign_info.core.models import PortalSettings

    client.force_login(admin_user)
    site = section.get_site()
    url = f"/admin/settings/core/portalsettings/{site.pk}/"
    refused = client.post(url, portal_settings_form(a=("fr", "Portail"), b=("fr", "Autre portail")))
    assert refused.status_code == 200  # the form again, with its error: two French names
    assert not PortalSettings.objects.filter(site=site, translations__isnull=False).exists()
    assert client.post(url, portal_settings_form(a=("fr", "Portail"), b=("lo", "ເວັບໄຊ"))).status_code == 302
    portal = PortalSettings.objects.get(site=site)
    assert (portal.name_for("fr"), portal.address_for("lo"), portal.name_for("vi")) == ("Portail", "b street", "Cổng thông tin")
