"""Demo of the press award: the 2026 award year with its categories, a committee member who logs
in (`committee`), and two of the demo's articles nominated by `editor`, one scored and put on the
shortlist by `lead`, so the committee can prepare its dossier at once. Idempotent and offline."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from foreign_info.core.languages import SOURCE_LANGUAGE

from .groups import COMMITTEE_GROUP, ensure_groups
from .models import AwardCategory, AwardYear, Nomination, Score

COMMITTEE_ACCOUNT = ("committee", "committee-demo-2026")
YEAR = {"year": 2026, "title": "Giải báo chí toàn quốc về thông tin đối ngoại năm 2026"}
CATEGORIES = ["Báo điện tử", "Ảnh", "Truyền hình và video"]
REASONS = [
    "Đưa lễ hội cà phê và người trồng cà phê Đắk Lắk đến bạn đọc quốc tế bằng nhiều ngôn ngữ.",
    "Giới thiệu cơ hội đầu tư của tỉnh tới nhà đầu tư nước ngoài, được các cơ quan đại diện dẫn lại.",
]


def load(log):
    from foreign_info.publishing.demo.loader import SECTION_SLUG
    from foreign_info.publishing.models import ArticlePage, SectionPage

    ensure_groups()
    User = get_user_model()
    username, password = COMMITTEE_ACCOUNT
    member = User.objects.filter(username=username).first()
    if member is None:
        member = User.objects.create_user(username, f"{username}@example.gov.vn", password, first_name="Hội đồng", last_name="giải báo chí")
        log(f"user {username} created")
    member.groups.add(ensure_groups()[COMMITTEE_GROUP])
    year, created = AwardYear.objects.get_or_create(year=YEAR["year"], defaults={"title": YEAR["title"]})
    if not created:
        return None
    categories = [AwardCategory.objects.create(award_year=year, name=name, sort_order=order) for order, name in enumerate(CATEGORIES)]
    section = SectionPage.objects.filter(slug=SECTION_SLUG, locale__language_code=SOURCE_LANGUAGE).first()
    editor, lead = User.objects.filter(username="editor").first(), User.objects.filter(username="lead").first()
    articles = list(ArticlePage.objects.live().public().child_of(section).order_by("pk")[: len(REASONS)]) if section else []
    for number, (article, reason) in enumerate(zip(articles, REASONS, strict=False)):
        entry = Nomination(category=categories[0], work=article, reason=reason, nominated_by=editor)
        entry.full_clean()
        entry.save()
        if number == 0:
            Score.objects.create(nomination=entry, member=member, points=9, comment="Nhiều ngôn ngữ, ảnh tốt, được dẫn lại ở nước ngoài.")
            Nomination.objects.filter(pk=entry.pk).update(shortlisted=True, shortlisted_by=lead, shortlisted_at=timezone.now())
        log(f"award entry: {article.title}")
    return None
