"""What editors can create where, the editor forms, and the rule that an image needs alt text."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from foreign_info.events.models import EventIndexPage
from foreign_info.presskits.models import PressRoomPage
from foreign_info.publishing.models import ArticlePage, ClipPage, GalleryPage, SectionPage
from foreign_info.statements.models import StatementPage
from tests import factories


class PageTreeRules(WagtailPageTestCase):
    def test_section_goes_under_the_root_and_holds_articles_and_clips(self):
        self.assertCanCreateAt(Page, SectionPage)
        self.assertCanCreateAt(SectionPage, ArticlePage)
        self.assertCanNotCreateAt(SectionPage, SectionPage)
        self.assertAllowedSubpageTypes(SectionPage, {ArticlePage, ClipPage, GalleryPage, PressRoomPage, EventIndexPage, StatementPage})

    def test_articles_live_only_in_a_section_and_have_no_children(self):
        self.assertCanNotCreateAt(Page, ArticlePage)
        self.assertCanNotCreateAt(ArticlePage, ArticlePage)
        self.assertCanNotCreateAt(ArticlePage, SectionPage)
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())


class EditorForms(WagtailPageTestCase):
    def setUp(self):
        root = Page.get_first_root_node()
        self.section = factories.SectionPageFactory(parent=root)
        self.login()

    def article_data(self, **overrides):
        data = {
            "title": "Đắk Lắk đón đoàn nhà báo quốc tế",
            "slug": "don-doan-nha-bao",
            "standfirst": "Các phóng viên tìm hiểu vùng cà phê.",
            "date": "2026-11-20 09:00:00",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung bài viết.</p>"))]),
            "place": "Buôn Ma Thuột",
            "source_agency": "Sở Ngoại vụ",
            "hero_alt": "",
            "hero_caption": "",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_an_editor_can_create_an_article(self):
        self.assertCanCreate(self.section, ArticlePage, self.article_data())
        article = ArticlePage.objects.get(slug="don-doan-nha-bao")
        assert article.standfirst == "Các phóng viên tìm hiểu vùng cà phê."

    def test_a_section_can_be_created_under_the_root(self):
        data = nested_form_data(
            {
                "title": "Foreign information",
                "slug": "foreign",
                "intro": rich_text("<p>Hello</p>"),
                "hero_alt": "",
                "hero_caption": "",
                "items_per_page": 12,
                "featured_items": inline_formset([]),
            }
        )
        self.assertCanCreate(Page.get_first_root_node(), SectionPage, data)

    def test_publishing_a_hero_image_without_alt_text_is_refused(self):
        image = factories.ImageFactory(description="")
        data = self.article_data(hero_image=image.pk, **{"action-publish": "publish"})
        response = self.client.post(f"/admin/pages/add/publishing/articlepage/{self.section.pk}/", data)
        assert response.status_code == 200  # the form again, with the error, in the editor's language
        from django.utils import translation

        with translation.override("vi"):
            message = translation.gettext("Describe the hero image for readers who cannot see it.")
        assert response.context["form"].errors["hero_alt"] == [message]
        assert message in response.content.decode()
        assert not ArticlePage.objects.filter(slug="don-doan-nha-bao").exists()

    def test_the_images_own_description_counts_as_alt_text(self):
        image = factories.ImageFactory(description="Đồi cà phê dưới nắng sớm")
        self.assertCanCreate(self.section, ArticlePage, self.article_data(hero_image=image.pk))

    def test_a_body_image_without_alt_text_is_refused(self):
        image = factories.ImageFactory()
        body = streamfield([("image", {"image": image.pk, "alt_text": "", "caption": "Chú thích", "credit": ""})])
        data = self.article_data(body=body, **{"action-publish": "publish"})
        response = self.client.post(f"/admin/pages/add/publishing/articlepage/{self.section.pk}/", data)
        assert response.status_code == 200
        assert not ArticlePage.objects.filter(slug="don-doan-nha-bao").exists()

    def test_model_validation_refuses_a_hero_without_alt_text(self):
        article = ArticlePage(title="x", slug="x", standfirst="x", hero_image=factories.ImageFactory(description=""), body=[])
        with pytest.raises(ValidationError) as error:
            article.clean()
        assert "hero_alt" in error.value.message_dict


@pytest.mark.django_db
def test_demo_editor_account_can_reach_the_admin(client):
    from foreign_info.publishing.demo.loader import DemoLoader

    DemoLoader(log=lambda message: None).ensure_users()
    assert client.login(username="editor", password="editor-demo-2026")
    assert client.get("/admin/").status_code == 200
    editor = User.objects.get(username="editor")
    assert not editor.is_superuser and editor.groups.filter(pk=Group.objects.get(name="Editors").pk).exists()
