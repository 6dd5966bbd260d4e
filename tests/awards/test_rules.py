"""The award's rules, held by the models whichever path saves: what may be nominated, who scores
what and how often."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from wagtail.models import Page

from foreign_info.awards.models import Nomination, Score
from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def nomination(category, page, user):
    return Nomination(category=category, work=page, reason="Lý do.", nominated_by=user)


def test_a_published_vietnamese_work_may_be_nominated_once_a_year(award, work, users):
    _year, categories = award
    first = nomination(categories["print"], work, users["editor"])
    first.full_clean()
    first.save()
    with pytest.raises(ValidationError, match="already an entry of the 2026 award"):
        nomination(categories["video"], work, users["editor"]).full_clean()


def test_no_nomination_after_the_years_closing_day_and_entries_made_before_stay(award, work, users):
    import datetime

    from django.utils import timezone

    year, categories = award
    year.nominations_close = timezone.localdate()
    year.save()
    on_time = nomination(categories["print"], work, users["editor"])
    on_time.full_clean()  # the closing day is the last day
    on_time.save()
    year.nominations_close = timezone.localdate() - datetime.timedelta(days=1)
    year.save()
    on_time.refresh_from_db()
    on_time.reason = "Lý do mới."
    on_time.full_clean()  # an entry made in time can still be edited
    with pytest.raises(ValidationError, match=r"Nominations for the 2026 award closed on") as refused:
        nomination(categories["video"], factories.ArticlePageFactory(parent=work.get_parent()), users["editor"]).full_clean()
    assert "category" in refused.value.message_dict


def test_translations_drafts_and_other_pages_are_refused(award, work, section, users):
    _year, categories = award
    english = Page.objects.get(translation_key=work.translation_key, locale__language_code="en")
    draft = factories.ArticlePageFactory(parent=section, live=False)
    for page, message in ((english, "Vietnamese original"), (draft, "published, public works"), (section, "Only articles")):
        with pytest.raises(ValidationError, match=message):
            nomination(categories["print"], page, users["editor"]).full_clean()
    assert not Nomination.objects.exists()


def test_events_clips_and_photo_stories_are_works(award, section, users):
    _year, categories = award
    story = publish(factories.gallery_page(section, count=2))
    nomination(categories["video"], story, users["editor"]).full_clean()


def test_a_member_scores_once_between_one_and_ten_and_never_their_own_nomination(entry, users):
    Score.objects.create(nomination=entry, member=users["member"], points=8, comment="Tốt.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Score.objects.create(nomination=entry, member=users["member"], points=9)
    with pytest.raises(ValidationError):
        Score.objects.create(nomination=entry, member=users["member2"], points=11)
    with pytest.raises(ValidationError, match="Only members of the award committee"):
        Score.objects.create(nomination=entry, member=users["translator"], points=5)
    users["editor"].groups.add(*users["member"].groups.all())
    users["editor"] = type(users["editor"]).objects.get(pk=users["editor"].pk)  # fresh permission cache
    with pytest.raises(ValidationError, match="You nominated this work"):
        Score.objects.create(nomination=entry, member=users["editor"], points=10)
    assert list(Score.objects.values_list("member__username", "points")) == [("member", 8)]
