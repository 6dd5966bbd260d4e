import pytest
from django.utils import timezone

from foreign_info.statements.models import StatementPage
from tests.conftest import publish
from tests.translation.conftest import chat, client, libre, llm, provider, team  # noqa: F401 - shared fixtures


def make_statement(section, **fields):
    values = {
        "title": "Thông cáo về mùa cà phê 2026",
        "slug": f"thong-cao-{StatementPage.objects.count() + 1}",
        "kind": StatementPage.Kind.STATEMENT,
        "standfirst": "Ủy ban nhân dân tỉnh thông báo kế hoạch thu hoạch cà phê.",
        "issued_by": "Ủy ban nhân dân tỉnh Đắk Lắk",
        "date": timezone.now(),
        "body": [("paragraph", "<p>Vụ thu hoạch bắt đầu ngày 1 tháng 11.</p>")],
    }
    values.update(fields)
    return section.add_child(instance=StatementPage(**values))


@pytest.fixture
def correction(section):
    return publish(
        make_statement(
            section,
            title="Cải chính: thông tin sai về hạn hán",
            slug="cai-chinh-han-han",
            kind=StatementPage.Kind.CORRECTION,
            standfirst="Tỉnh không cấm tưới cà phê.",
            claim="Tỉnh Đắk Lắk cấm nông dân tưới cà phê trong mùa khô.",
            claim_appeared_in="Một bài đăng trên mạng xã hội",
            claim_url="https://social.example.com/post/123",
            claim_author="Trang tin Tin Nhanh 24h",
            claim_date=timezone.localdate(),
            rating=StatementPage.Rating.FALSE,
            evidence=[("evidence", {"label": "Công văn số 123/UBND", "url": "https://daklak.gov.vn/cv-123"})],
        )
    )
