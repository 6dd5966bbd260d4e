"""Issue 13, items 1 and 6, on the pages every reader sees: the portal's name and address in the
reader's language (English when it has none, never Vietnamese), the footer counter grouped as the
language writes numbers, labels with the language's own colon, and `lang`/`dir` from the language
list."""

import re
import time

import pytest
from django.core.cache import cache

from foreign_info.analytics.counter import CACHE_KEY
from foreign_info.core.languages import LANGUAGE_CODES
from foreign_info.core.models import PortalSettings, PortalSettingsTranslation
from tests.conftest import translate

pytestmark = pytest.mark.django_db

VIETNAMESE = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯ]")
FOOTER = re.compile(r'<footer class="site-footer">(.*?)</footer>', re.S)
BRAND = re.compile(r'<span class="brand-owner">(.*?)</span>')

NAMES = {
    "en": ("Dak Lak Provincial Portal", "Le Duan Street, Buon Ma Thuot Ward, Dak Lak Province, Viet Nam"),
    "fr": ("Portail de la province de Dak Lak", "Rue Le Duan, quartier de Buon Ma Thuot, province de Dak Lak, Viêt Nam"),
    "zh-hans": ("多乐省门户网站", "越南多乐省邦美蜀坊黎笋路"),
    "ja": ("ダクラク省ポータル", "ベトナム、ダクラク省、バンメトート区、レ・ズアン通り"),
    "ko": ("닥락성 포털", "베트남 닥락성 부온마투옷동 레주언 거리"),
    "ru": ("Портал провинции Даклак", "ул. Ле Зуан, квартал Буонматхуот, провинция Даклак, Вьетнам"),
    "km": ("វិបផតថលខេត្តដាក់ឡាក់", "ផ្លូវ Le Duan សង្កាត់ប៊ួនមេធូត ខេត្តដាក់ឡាក់ វៀតណាម"),
    "lo": ("ເວັບໄຊແຂວງດັກລັກ", "ຖະໜົນ ເລ ຢວນ, ເມືອງບວນມາທວດ, ແຂວງດັກລັກ, ຫວຽດນາມ"),
}


@pytest.fixture
def everywhere(section):
    """The section in all nine languages, and the portal's identity with a name and address in each."""
    for code in LANGUAGE_CODES:
        if code not in ("vi", "en", "lo"):
            translate(section, code, title=f"Section {code}")
    portal = PortalSettings.objects.create(
        site=section.get_site(),
        organization_name="Cổng thông tin điện tử tỉnh Đắk Lắk",
        address="Đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
        telephone="+84 262 000 0000",
        email="ttdn@example.gov.vn",
    )
    for code, (name, address) in NAMES.items():
        PortalSettingsTranslation.objects.create(settings=portal, language=code, name=name, address=address)
    return portal


def chrome(html):
    """The parts of a page the portal writes around any content: brand and footer."""
    return " ".join(BRAND.findall(html) + FOOTER.findall(html))


@pytest.mark.parametrize("code", [code for code in LANGUAGE_CODES if code != "vi"])
def test_foreign_pages_show_the_portal_in_their_language_and_no_vietnamese(client, everywhere, code):
    html = client.get(f"/{code}/").content.decode()
    name, address = NAMES[code]
    assert f'<span class="brand-owner">{name}</span>' in html
    assert address in FOOTER.search(html).group(1)
    assert not VIETNAMESE.search(chrome(html)), chrome(html)


def test_vietnamese_pages_keep_the_vietnamese_name_and_address(client, everywhere):
    html = client.get("/vi/").content.decode()
    assert '<span class="brand-owner">Cổng thông tin điện tử tỉnh Đắk Lắk</span>' in html
    assert "Địa chỉ: Đường Lê Duẩn" in html


def test_a_language_without_its_own_name_gets_the_english_one(client, everywhere):
    client.get("/lo/")  # the settings and the page are cached with the Lao name...
    PortalSettingsTranslation.objects.get(settings=everywhere, language="lo").delete()  # ...and forgotten
    footer = FOOTER.search(client.get("/lo/").content.decode()).group(1)
    assert NAMES["en"][0] in footer and NAMES["en"][1] in footer and "Đắk" not in footer


def test_the_name_and_address_cost_no_query_once_cached(client, everywhere, django_assert_num_queries):
    client.get("/fr/")
    portal = PortalSettings.for_request_cached(client.get("/fr/").wsgi_request)
    with django_assert_num_queries(0):
        assert portal.name_for("fr") == NAMES["fr"][0] and portal.address_for("ko") == NAMES["ko"][1]


@pytest.mark.parametrize(
    ("code", "total", "label"),
    [
        ("vi", "1.238.881", "Địa chỉ: "),
        ("en", "1,238,881", "Address: "),
        ("fr", "1\u202f238\u202f881", "Adresse : "),
        ("ru", "1\xa0238\xa0881", "Адрес: "),
        ("zh-hans", "1,238,881", "地址："),
        ("ja", "1,238,881", "住所："),
        ("ko", "1,238,881", "주소: "),
        ("km", "1,238,881", "អាសយដ្ឋាន៖ "),
        ("lo", "1.238.881", "ທີ່ຢູ່: "),
    ],
)
def test_footer_counter_and_labels_are_written_the_languages_way(client, everywhere, code, total, label):
    site_id = everywhere.site_id
    cache.set(
        CACHE_KEY.format(site_id=site_id), {"online": 3, "today": 1204, "week": 9000, "month": 40000, "year": 1238881, "total": 1238881, "at": time.time()}
    )
    html = client.get(f"/{code}/").content.decode()
    assert f'<dd data-figure="total">{total}</dd>' in html
    assert "1238881" not in html
    assert label in FOOTER.search(html).group(1)


def test_html_lang_and_dir_come_from_the_language_list(client, everywhere):
    assert '<html lang="zh-Hans" dir="ltr">' in client.get("/zh-hans/").content.decode()
    assert '<html lang="lo" dir="ltr">' in client.get("/lo/").content.decode()


@pytest.mark.parametrize(("code", "written"), [("lo", "10 ມີນາ 2027"), ("km", "10 មីនា 2027"), ("fr", "10 mars 2027"), ("vi", "10 tháng 3, 2027")])
def test_article_dates_are_written_out_in_the_readers_language(client, everywhere, section, code, written):
    import datetime

    from django.utils import timezone

    from tests import factories
    from tests.conftest import publish

    when = timezone.make_aware(datetime.datetime(2027, 3, 10, 9, 0))
    article = publish(factories.ArticlePageFactory(parent=section, title="Cà phê", slug="ca-phe", date=when))
    page = article if code == "vi" else translate(article, code, title=f"Article {code}")
    html = client.get(page.get_url()).content.decode()
    assert f">{written}</time>" in html, re.findall(r"<time[^>]*>[^<]*</time>", html)
