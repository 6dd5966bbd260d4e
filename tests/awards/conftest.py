import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from foreign_info.analytics.models import DailyStat, Kind
from foreign_info.awards.groups import COMMITTEE_GROUP, EDITORS_GROUP, ensure_groups
from foreign_info.awards.models import AwardCategory, AwardYear, Nomination
from foreign_info.translation.groups import ensure_groups as ensure_translation_groups
from foreign_info.translation.models import LanguageAssignment
from foreign_info.translation.roles import LEADS_GROUP
from tests import factories
from tests.conftest import publish, speaks, translate

PASSWORD = "pw-12345-xyz"


@pytest.fixture
def award(db):
    year = AwardYear.objects.create(year=2026, title="Giải báo chí toàn quốc về thông tin đối ngoại 2026")
    categories = {
        "print": AwardCategory.objects.create(award_year=year, name="Báo in và báo điện tử", sort_order=0),
        "video": AwardCategory.objects.create(award_year=year, name="Truyền hình và video", sort_order=1),
    }
    return year, categories


@pytest.fixture
def work(section):
    """A Vietnamese article with a hero photo, translated into English (the section is vi, en, lo)."""
    hero = factories.ImageFactory(title="Đồi cà phê", credit="Trần Minh")
    article = publish(
        factories.ArticlePageFactory(
            parent=section, title="Cà phê Buôn Ma Thuột vươn ra thế giới", slug="ca-phe", hero_image=hero, hero_alt="Đồi cà phê", hero_caption="Đồi cà phê"
        )
    )
    translate(article, "en", title="Buon Ma Thuot coffee goes global", slug="coffee", standfirst="The province's coffee reaches the world.")
    return article


@pytest.fixture
def users(db, django_user_model, section):
    ensure_translation_groups()
    groups = ensure_groups()

    def make(name, *group_names):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", PASSWORD, first_name=name.title())
        user.groups.add(*(groups.get(group) or Group.objects.get(name=group) for group in group_names))
        return speaks(user, "en")

    translator = make("translator")
    LanguageAssignment.objects.create(user=translator, locale=Locale.objects.get(language_code="en"), role="translator")
    return {
        "editor": make("editor", EDITORS_GROUP),
        "member": make("member", COMMITTEE_GROUP),
        "member2": make("member2", COMMITTEE_GROUP),
        "lead": make("lead", LEADS_GROUP),
        "translator": translator,
    }


@pytest.fixture
def entry(award, work, users):
    _year, categories = award
    return Nomination.objects.create(category=categories["print"], work=work, reason="Giới thiệu cà phê Đắk Lắk ra thế giới.", nominated_by=users["editor"])


def views(page, language, country, events, day=None):
    return DailyStat.objects.create(
        bucket=f"{page.pk}-{language}-{country}-{day}",
        site_id=page.get_site().pk,
        page_id=page.pk,
        day=day or timezone.localdate(),
        kind=Kind.VIEW,
        content_language=language,
        country=country,
        events=events,
    )
