"""Where events go in the page tree, the editor's form, and what the model refuses."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from foreign_info.events.models import EventIndexPage, EventPage
from foreign_info.presskits.models import PressKitPage, PressRoomPage
from foreign_info.publishing.models import ArticlePage, SectionPage
from tests import factories


class EventTreeRules(WagtailPageTestCase):
    def test_one_events_listing_per_section_holding_only_events(self):
        self.assertCanCreateAt(SectionPage, EventIndexPage)
        self.assertCanNotCreateAt(Page, EventIndexPage)
        self.assertCanNotCreateAt(EventIndexPage, EventIndexPage)
        self.assertAllowedParentPageTypes(EventIndexPage, {SectionPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        assert EventIndexPage.max_count_per_parent == 1

    def test_events_live_only_in_the_events_listing_and_have_no_children(self):
        self.assertCanCreateAt(EventIndexPage, EventPage)
        for parent in (Page, SectionPage, ArticlePage, PressRoomPage, PressKitPage, EventPage):
            self.assertCanNotCreateAt(parent, EventPage)
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())


class EventEditorForm(WagtailPageTestCase):
    def setUp(self):
        section = factories.SectionPageFactory(parent=Page.get_first_root_node())
        self.index = factories.EventIndexPageFactory(parent=section)
        self.login()

    def event_data(self, **overrides):
        data = {
            "title": "Tuần lễ Văn hóa và Đầu tư",
            "slug": "tuan-le",
            "summary": "Một tuần lễ hội và hội nghị.",
            "start": "2027-03-08 08:00:00",
            "end": "2027-03-14 22:00:00",
            "time_zone": "Asia/Ho_Chi_Minh",
            "lunar_calendar": "on",
            "status": "scheduled",
            "hero_alt": "",
            "venues": streamfield([("venue", {"name": "Quảng trường", "address": "Lê Duẩn, Buôn Ma Thuột", "latitude": "12.6667", "longitude": "108.0383"})]),
            "programme": streamfield(
                [
                    (
                        "session",
                        {
                            "date": "2027-03-08",
                            "start_time": "19:30",
                            "end_time": "22:00",
                            "kind": "ceremony",
                            "title": "Lễ khai mạc",
                            "place": "Sân khấu chính",
                            "description": "Cồng chiêng.",
                        },
                    )
                ]
            ),
            "organisers": streamfield([]),
            "contacts": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Giới thiệu.</p>"))]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_an_editor_can_create_an_event_with_its_programme(self):
        self.assertCanCreate(self.index, EventPage, self.event_data())
        event = EventPage.objects.get(slug="tuan-le")
        assert event.lunar_calendar and event.time_zone == "Asia/Ho_Chi_Minh"
        assert [session["title"] for session in event.sessions] == ["Lễ khai mạc"]
        assert event.sessions[0]["start_time"] == datetime.time(19, 30)

    def test_a_session_ending_before_it_starts_is_refused_with_a_message(self):
        data = self.event_data(
            programme=streamfield(
                [("session", {"date": "2027-03-08", "start_time": "19:30", "end_time": "18:00", "kind": "main", "title": "X", "place": "", "description": ""})]
            )
        )
        response = self.client.post(f"/admin/pages/add/events/eventpage/{self.index.pk}/", data)
        assert response.status_code == 200
        assert not EventPage.objects.filter(slug="tuan-le").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields, field",
    [
        ({"end": datetime.datetime(2027, 3, 1, tzinfo=datetime.UTC)}, "end"),
        ({"programme": [("session", {"date": datetime.date(2027, 4, 1), "start_time": datetime.time(8), "kind": "main", "title": "X"})]}, "programme"),
    ],
)
def test_the_model_refuses_impossible_dates(fields, field):
    values = {
        "title": "x",
        "slug": "x",
        "summary": "x",
        "start": datetime.datetime(2027, 3, 8, 1, tzinfo=datetime.UTC),
        "end": datetime.datetime(2027, 3, 14, 15, tzinfo=datetime.UTC),
        "venues": [("venue", {"name": "v", "address": "a"})],
    }
    event = EventPage(**(values | fields))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_a_venue_needs_both_coordinates_or_none():
    from foreign_info.events.blocks import VenueBlock

    block = VenueBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"name": "Quảng trường", "address": "Lê Duẩn", "latitude": "12.6", "longitude": None}))
    assert block.clean(block.to_python({"name": "Quảng trường", "address": "Lê Duẩn", "latitude": None, "longitude": None}))["name"] == "Quảng trường"
