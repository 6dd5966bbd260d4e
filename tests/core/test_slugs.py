"""Slugs: Vietnamese titles transliterate (server and admin form), a translation's slug follows its
translated title, stays unique among its siblings, never goes to machine translation, and the
translator sees it in wagtail-localize's editor."""

import html as html_module
import json

import pytest
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, SegmentOverride, StringSegment

from foreign_info.core.slugs import slugify_title
from foreign_info.publishing.models import ArticlePage
from foreign_info.translation.jobs import create_translation
from tests import factories
from tests.conftest import publish
from tests.translation.segments import translate_every_segment

VIETNAMESE_TITLES = [
    ("Đắk Lắk khai trương lễ hội cà phê", "dak-lak-khai-truong-le-hoi-ca-phe"),
    ("Buôn Ma Thuột", "buon-ma-thuot"),
    ("Đắk Lắk", "dak-lak"),
    ("ĐẮK LẮK – Hồ Lắk, Yok Đôn: điểm đến!", "dak-lak-ho-lak-yok-don-diem-den"),
    ("Lễ hội Cồng chiêng Tây Nguyên năm 2025", "le-hoi-cong-chieng-tay-nguyen-nam-2025"),
    ("Ông Nguyễn Văn Ất thăm Bản Đôn", "ong-nguyen-van-at-tham-ban-don"),
    ("Quỹ đất ưu đãi cho nhà đầu tư", "quy-dat-uu-dai-cho-nha-dau-tu"),
    ("Người Ê Đê giữ tiếng chiêng", "nguoi-e-de-giu-tieng-chieng"),
    ("Thủy điện Sêrêpốk 3", "thuy-dien-serepok-3"),
    ("Cư M'gar: mùa cà phê chín", "cu-mgar-mua-ca-phe-chin"),
]


@pytest.mark.parametrize(("title", "expected"), VIETNAMESE_TITLES)
def test_vietnamese_titles_transliterate(title, expected):
    assert slugify_title(title, "vi") == expected


@pytest.mark.parametrize(
    ("title", "code", "expected"),
    [
        ("Les festivals à Đắk Lắk : café élevé", "fr", "les-festivals-a-dak-lak-cafe-eleve"),
        ("Даклак приглашает инвесторов", "ru", "daklak-priglashaet-investorov"),
        ("Dak Lak welcomes investors", "en", "dak-lak-welcomes-investors"),
        ("达乐省举办咖啡节", "zh-hans", "达乐省举办咖啡节"),
        ("ダクラク省でコーヒー祭り", "ja", "ダクラク省でコーヒー祭り"),
        ("닥락성 커피 축제", "ko", "닥락성-커피-축제"),
        ("Đắk Lắk 咖啡节", "zh-hans", "dak-lak-咖啡节"),
        ("ແຂວງດັກລັກ", "lo", "ekhvngdaklak"),
    ],
)
def test_other_languages_latin_and_cyrillic_transliterate_cjk_stays_readable(title, code, expected):
    assert slugify_title(title, code) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(("title", "expected"), VIETNAMESE_TITLES[:4])
def test_a_page_saved_without_slug_gets_the_transliterated_one(section, title, expected):
    page = section.add_child(instance=ArticlePage(title=title, standfirst="Tóm tắt.", body=[]))
    assert page.slug == expected
    draft = ArticlePage(title=title, standfirst="Tóm tắt.", body=[])
    section.add_child(instance=draft)  # a sibling with the same title: numbered, as Wagtail does
    assert draft.slug == f"{expected}-2"


@pytest.mark.django_db
def test_the_admin_slug_widget_carries_the_vietnamese_letters(client, admin_user, section):
    client.force_login(admin_user)
    add_url = f"/admin/pages/add/publishing/articlepage/{section.pk}/"
    form_page = client.get(add_url)
    assert form_page.status_code == 200
    html = form_page.content.decode()
    # The slug widget carries the Vietnamese letters as formatters for the w-slug controller.
    start = html.index('data-w-slug-formatters-value="') + len('data-w-slug-formatters-value="')
    formatters = json.loads(html_module.unescape(html[start : html.index('"', start)]))
    letters = {replacement: regex[0] for regex, replacement in formatters}
    for character, base in (("Đ", "D"), ("đ", "d"), ("ắ", "a"), ("ộ", "o"), ("ư", "u"), ("Ữ", "U"), ("ỹ", "y")):
        assert character in letters[base]


def translated_title(page, locale, text):
    """Store a translation of the page's title segment, as the translator's editor does."""
    from wagtail_localize.models import StringTranslation

    segment = StringSegment.objects.get(source__object_id=page.translation_key, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": text, "translation_type": "manual"}
    )


@pytest.mark.django_db
def test_a_translation_takes_its_slug_from_its_translated_title(section, locales):
    article = publish(factories.ArticlePageFactory(parent=section, title="Đắk Lắk khai trương lễ hội cà phê", slug="dak-lak-khai-truong"))
    translation = create_translation(article, locales["fr"])
    translated_title(article, locales["fr"], "Đắk Lắk ouvre la fête du café")
    translation.save_target(publish=True)
    french = ArticlePage.objects.get(translation_key=article.translation_key, locale=locales["fr"])
    assert french.slug == "dak-lak-ouvre-la-fete-du-cafe"
    assert french.title == "Đắk Lắk ouvre la fête du café"
    assert article.slug == "dak-lak-khai-truong"  # the source keeps its own


@pytest.mark.django_db
def test_a_published_translation_keeps_its_address_when_its_title_changes(section, locales, django_capture_on_commit_callbacks):
    article = publish(factories.ArticlePageFactory(parent=section, title="Cà phê", slug="ca-phe"))
    translation = create_translation(article, locales["fr"])
    translated_title(article, locales["fr"], "Le café")
    translate_every_segment(translation)  # the rest of the page, so that it may go live
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)  # wagtail-localize publishes once the transaction commits
    assert ArticlePage.objects.get(translation_key=article.translation_key, locale=locales["fr"]).live
    translated_title(article, locales["fr"], "Le café de Buôn Ma Thuột")
    translation.save_target(publish=True)
    french = ArticlePage.objects.get(translation_key=article.translation_key, locale=locales["fr"])
    assert (french.title, french.slug) == ("Le café de Buôn Ma Thuột", "le-cafe")


@pytest.mark.django_db
def test_translated_slugs_are_unique_among_siblings_in_their_language(section, locales):
    first = publish(factories.ArticlePageFactory(parent=section, title="Hội nghị xúc tiến đầu tư", slug="hoi-nghi-1"))
    second = publish(factories.ArticlePageFactory(parent=section, title="Hội nghị xúc tiến đầu tư lần hai", slug="hoi-nghi-2"))
    for page in (first, second):
        translation = create_translation(page, locales["en"])
        translated_title(page, locales["en"], "Investment conference")
        translation.save_target(publish=True)
    slugs = sorted(ArticlePage.objects.filter(locale=locales["en"]).values_list("slug", flat=True))
    assert slugs == ["investment-conference", "investment-conference-2"]


@pytest.mark.django_db
def test_the_translator_overrides_the_slug_and_it_never_goes_to_machine_translation(section, locales):
    article = publish(factories.ArticlePageFactory(parent=section, title="Buôn Ma Thuột", slug="buon-ma-thuot"))
    translation = create_translation(article, locales["fr"])
    assert not StringSegment.objects.filter(source=translation.source, context__path="slug").exists()
    override = OverridableSegment.objects.get(source=translation.source, context__path="slug")
    SegmentOverride.objects.create(locale=locales["fr"], context=override.context, data_json=json.dumps("cafe-de-buon-ma-thuot"))
    translation.save_target(publish=True)
    french = ArticlePage.objects.get(translation_key=article.translation_key, locale=locales["fr"])
    assert french.slug == "cafe-de-buon-ma-thuot"


@pytest.mark.django_db
def test_a_slug_override_typed_with_accents_is_transliterated_not_cut(section, locales):
    article = publish(factories.ArticlePageFactory(parent=section, title="Buôn Ma Thuột", slug="buon-ma-thuot"))
    translation = create_translation(article, locales["fr"])
    override = OverridableSegment.objects.get(source=translation.source, context__path="slug")
    SegmentOverride.objects.create(locale=locales["fr"], context=override.context, data_json=json.dumps("Đắk Lắk, le café"))
    translation.save_target(publish=True)
    assert ArticlePage.objects.get(translation_key=article.translation_key, locale=locales["fr"]).slug == "dak-lak-le-cafe"


@pytest.mark.django_db
def test_the_translators_editor_shows_the_slug_on_the_first_tab_under_the_title(client, admin_user, section, locales):
    article = publish(factories.ArticlePageFactory(parent=section, title="Buôn Ma Thuột", slug="buon-ma-thuot"))
    create_translation(article, locales["fr"])
    french = Page.objects.get(translation_key=article.translation_key, locale=locales["fr"])
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{french.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('data-props="') + len('data-props="')
    props = json.loads(html_module.unescape(html[start : html.index('"', start)]))
    slug = next(segment for segment in props["segments"] if segment["contentPath"] == "slug")
    title = next(segment for segment in props["segments"] if segment["contentPath"] == "title")
    first_tab = props["tabs"][0]["slug"]
    assert slug["type"] == "synchronised_value"
    assert slug["location"]["tab"] == title["location"]["tab"] == first_tab
    assert slug["location"]["widget"] == {"type": "text"}
    assert slug["value"] == "buon-ma-thuot"
