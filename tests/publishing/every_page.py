"""One published page of every public page type, in Vietnamese and English, for tests that look at
every page the way a reader, a crawler or a social network does."""

from foreign_info.presskits.models import PressKitPage, PressRoomPage
from tests import factories
from tests.conftest import publish, translate
from tests.statements.conftest import make_statement


def build(section):
    """Returns {name: path} for one page of each public page type (routes of the section too)."""
    topic = factories.TopicFactory(locale=section.locale, slug="investment", name="Đầu tư")
    hero = factories.ImageFactory(file__width=900, file__height=1200, description="Đồi cà phê", credit="Lê C / TTXVN")
    article = factories.ArticlePageFactory(parent=section, title="Cà phê vươn ra thế giới", slug="ca-phe", hero_image=hero, hero_alt="Đồi cà phê xanh")
    article.topics.add(topic)
    publish(article)
    translate(article, "en", title="Coffee goes global", standfirst="Coffee from the highlands reaches the world.", hero_alt="Green coffee hills")
    clip = factories.ClipPageFactory(parent=section, slug="cong-chieng", title="Cồng chiêng")
    publish(clip)
    gallery = factories.gallery_page(section, count=2)
    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi", intro="<p>Tài liệu cho phóng viên nước ngoài.</p>")
    section.add_child(instance=room)
    publish(room)
    translate(room, "en", title="Press room")
    kit = PressKitPage(title="Lễ hội cà phê", slug="le-hoi", summary="Lễ hội cà phê lần thứ 9.", cover_image=hero)
    room.add_child(instance=kit)
    publish(kit)
    events = publish(factories.EventIndexPageFactory(parent=section))
    event = publish(factories.EventPageFactory(parent=events, title="Tuần văn hóa", slug="tuan-van-hoa"))
    statement = publish(make_statement(section, title="Thông cáo về mùa cà phê", slug="thong-cao"))
    return {
        "events": f"/vi/{events.slug}/",
        "event": f"/vi/{events.slug}/{event.slug}/",
        "statement": f"/vi/{statement.slug}/",
        "statements": "/vi/statements/",
        "section": "/vi/",
        "section_en": "/en/",
        "article": "/vi/ca-phe/",
        "article_en": "/en/ca-phe/",
        "clip": f"/vi/{clip.slug}/",
        "gallery": f"/vi/{gallery.slug}/",
        "topic": "/vi/topics/investment/",
        "search": "/vi/search/?q=c%C3%A0",
        "press_room": "/vi/bao-chi/",
        "press_kit": "/vi/bao-chi/le-hoi/",
        "accreditation": "/vi/bao-chi/accreditation/",
    }
