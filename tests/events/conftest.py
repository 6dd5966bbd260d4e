import pytest

from tests import factories
from tests.conftest import publish, translate


@pytest.fixture
def events_index(section):
    """The Vietnamese events listing, translated into English (the section is in vi, en and lo)."""
    index = publish(factories.EventIndexPageFactory(parent=section))
    translate(index, "en", title="Events", slug="events")
    return index


@pytest.fixture
def event(events_index):
    return publish(factories.EventPageFactory(parent=events_index, title="Tuần Văn hóa Đắk Lắk", slug="tuan-van-hoa"))


def make_event(index, **fields):
    return publish(factories.EventPageFactory(parent=index, **fields))
