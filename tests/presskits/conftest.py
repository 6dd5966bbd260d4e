"""A Vietnamese press room with a French translation, and kits built from real pages and photos."""

from datetime import timedelta

import pytest
from django.utils import timezone

from foreign_info.presskits.models import PressKitPage, PressRoomPage
from tests import factories
from tests.conftest import publish, translate
from tests.deploy.nginx import nginx  # noqa: F401  (real nginx in front of the live server: test_nginx.py)
from tests.presskits.accreditation_fixtures import french_embargoed_kit, french_room, pending, people  # noqa: F401  (accreditation tests)


@pytest.fixture
def press_room(section):
    """/vi/bao-chi/ and /fr/bao-chi/ (the section is translated into French too)."""
    translate(section, "fr", title="Informations pour l'étranger")
    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi", intro="<p>Tài liệu cho phóng viên nước ngoài.</p>")
    section.add_child(instance=room)
    publish(room)
    translate(room, "fr", title="Salle de presse")
    translate(room, "en", title="Press room")
    return room


def kit_page(press_room, title="Lễ hội cà phê Buôn Ma Thuột 2027", slug="le-hoi-ca-phe", embargo_until=None, pages=(), photos=(), facts=None, contacts=None):
    """A published Vietnamese kit. `pages` are pages to include; `photos` PortalImages."""
    kit = PressKitPage(
        title=title,
        slug=slug,
        summary="Lễ hội cà phê lần thứ 9 diễn ra từ ngày 10 đến 14 tháng 3.",
        backgrounder="<p>Đắk Lắk là <b>thủ phủ</b> cà phê của Việt Nam.</p>",
        embargo_until=embargo_until,
        pages=[("page", page) for page in pages],
        images=[
            ("photo", {"image": image, "caption": f"Chú thích {index + 1}", "place": "Buôn Ma Thuột", "date_taken": None}) for index, image in enumerate(photos)
        ],
        fact_sheet=facts
        if facts is not None
        else [
            ("fact", {"label": "Diện tích cà phê", "value": "210000", "unit": "ha", "source": "Sở Nông nghiệp", "year": 2025}),
            ("fact", {"label": "Sản lượng", "value": "550000", "unit": "tấn", "source": "Sở Nông nghiệp", "year": 2025}),
        ],
        contacts=contacts
        if contacts is not None
        else [
            (
                "contact",
                {
                    "name": "Nguyễn Thị Hoa",
                    "role": "Phát ngôn viên",
                    "organisation": "Ban Tổ chức Lễ hội",
                    "phone": "+84 262 3852 741",
                    "email": "baochi@daklak.gov.vn",
                    "languages": ["vi", "en", "fr"],
                },
            )
        ],
    )
    press_room.add_child(instance=kit)
    return publish(kit)


@pytest.fixture
def kit(press_room, article):
    photo = factories.ImageFactory(title="Cà phê", credit="Lê C / TTXVN", copyright="© TTXVN 2026")
    return kit_page(press_room, pages=[article], photos=[photo])


@pytest.fixture
def embargoed_kit(press_room):
    return kit_page(press_room, title="Công bố quy hoạch", slug="cong-bo-quy-hoach", embargo_until=timezone.now() + timedelta(days=2))


def french(page, **fields):
    """A published French translation of `page` (its parents must be translated)."""
    return translate(page, "fr", **fields)


__all__ = ["kit_page", "french", "PressKitPage", "PressRoomPage"]
