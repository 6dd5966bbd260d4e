"""Factories for every page type and model the tests build (wagtail-factories)."""

import factory
import wagtail_factories
from django.utils import timezone

from foreign_info.core.models import PortalImage
from foreign_info.publishing.models import ArticlePage, SectionPage, Topic


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = PortalImage

    description = factory.Sequence(lambda n: f"Mô tả ảnh {n}")
    credit = "Nguyễn Văn A / TTXVN"


class SectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SectionPage

    title = "Thông tin đối ngoại"
    slug = "thong-tin-doi-ngoai"
    intro = "<p>Tin tức cho bạn đọc nước ngoài.</p>"


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Bài viết số {n}")
    slug = factory.Sequence(lambda n: f"bai-viet-{n}")
    standfirst = "Tóm tắt bài viết cho bạn đọc quốc tế."
    date = factory.LazyFunction(timezone.now)
    place = "Buôn Ma Thuột"
    source_agency = "Sở Văn hóa, Thể thao và Du lịch"
    body = [("paragraph", "<p>Đoạn văn đầu tiên của bài viết.</p>")]


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
