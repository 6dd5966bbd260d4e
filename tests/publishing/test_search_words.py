"""Search finds an article by a word of its language, taken from the middle of its title or of a
paragraph, in all nine languages: Chinese, Japanese, Khmer and Lao write words without spaces, so
the index and the query are both cut into words by ICU (foreign_info.core.words). This runs on
SQLite and on PostgreSQL, whose search backends differ."""

import pytest
from bs4 import BeautifulSoup

from tests.conftest import publish, translate
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

# code: (section title, article title, paragraph, words from the middle of the title, words from
# the middle of the paragraph)
ARTICLES = {
    "vi": (
        "Thông tin đối ngoại",
        "Cà phê Buôn Ma Thuột vươn ra thế giới",
        "Tỉnh Đắk Lắk đẩy mạnh hợp tác đầu tư với các đối tác nước ngoài.",
        ["Thuột", "vươn ra"],
        ["hợp tác", "đầu tư"],
    ),
    "en": (
        "Foreign information",
        "Dak Lak coffee reaches the world",
        "The province strengthens investment cooperation with foreign partners.",
        ["coffee"],
        ["investment", "cooperation"],
    ),
    "fr": (
        "Information pour l'étranger",
        "Le café de Dak Lak conquiert le monde",
        "La province renforce la coopération en matière d'investissement.",
        ["conquiert"],
        ["coopération"],
    ),
    "ru": (
        "Информация для зарубежья",
        "Кофе Даклака покоряет мир",
        "Провинция укрепляет инвестиционное сотрудничество с зарубежными партнёрами.",
        ["покоряет"],
        ["сотрудничество"],
    ),
    "zh-hans": ("对外信息", "多乐省咖啡走向世界", "该省加强与外国伙伴的投资合作。", ["多乐省", "咖啡", "走向"], ["投资", "外国伙伴"]),
    "ja": ("対外情報", "ダクラク省のコーヒーが世界へ", "同省は外国のパートナーとの投資協力を強化している。", ["コーヒー"], ["投資", "パートナー"]),
    "ko": ("대외 정보", "닥락성 커피, 세계로 진출", "이 성은 외국 파트너와의 투자 협력을 강화하고 있다.", ["커피"], ["투자"]),
    "km": ("ព័ត៌មានបរទេស", "ប្រជាជនខេត្តមណ្ឌលគិរីស្វាគមន៍គណៈប្រតិភូវៀតណាម", "ខេត្តទាំងពីរពង្រឹងកិច្ចសហប្រតិបត្តិការវិនិយោគ។", ["ខេត្តមណ្ឌលគិរី", "ស្វាគមន៍"], ["ពង្រឹង", "កិច្ចសហប្រតិបត្តិការ"]),
    "lo": ("ຂໍ້ມູນຕ່າງປະເທດ", "ກາເຟດັກລັກກ້າວສູ່ໂລກ", "ສອງແຂວງເພີ່ມທະວີການຮ່ວມມືດ້ານການລົງທຶນ.", ["ກ້າວສູ່"], ["ການຮ່ວມມື", "ການລົງທຶນ"]),
}


def titles_found(client, code, query):
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    return [a.get_text(strip=True) for a in BeautifulSoup(response.content, "html.parser").select(".card-title a")]


@pytest.fixture
def articles(section):
    _vi_section, title, paragraph, _title_words, _paragraph_words = ARTICLES["vi"]
    source = publish(ArticlePageFactory(parent=section, title=title, slug="ca-phe", body=[("paragraph", f"<p>{paragraph}</p>")]))
    for code, (section_title, title, paragraph, _title_words, _paragraph_words) in ARTICLES.items():
        if code not in ("vi", "en", "lo"):  # the section fixture translates those
            translate(section, code, title=section_title)
        if code != "vi":
            translate(source, code, title=title, body=[("paragraph", f"<p>{paragraph}</p>")])
    return source


@pytest.mark.parametrize("code", list(ARTICLES))
def test_a_word_from_the_middle_of_a_title_or_a_paragraph_finds_the_article(client, articles, code):
    _section_title, title, _paragraph, title_words, paragraph_words = ARTICLES[code]
    for word in title_words + paragraph_words:
        assert titles_found(client, code, word) == [title], (code, word)


@pytest.mark.parametrize("code", ["zh-hans", "ja", "km", "lo"])
def test_words_that_are_not_there_find_nothing(client, articles, code):
    # One word of the article with one that is not: every word must match (operator "and").
    absent = {"zh-hans": "咖啡 火车", "ja": "投資 新幹線", "km": "ខេត្តមណ្ឌលគិរី កីឡា", "lo": "ການລົງທຶນ ລົດໄຟ"}[code]
    assert titles_found(client, code, absent) == []
