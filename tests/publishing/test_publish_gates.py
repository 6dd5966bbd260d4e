"""No image without alt text goes live, by any path that publishes (core.publish_gates).

Each path is driven the way a user drives it (the admin URL, the API, the command) and each test
asserts that the page did not go live and that the user was told which image, in their admin
language. The translation gate has its own tests in tests/translation/test_translation_gate.py.
"""

import json
import logging
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail import hooks
from wagtail.models import Page, Revision, TaskState

from foreign_info.core.publish_gates import PublishRefused
from foreign_info.publishing.models import ArticlePage, GalleryItem
from tests import factories
from tests.conftest import publish, speaks

pytestmark = pytest.mark.django_db
REFUSED = "was not published: images without alt text: body image 2"


@pytest.fixture
def english():
    """Model-level refusals speak the active language: these tests read English."""
    with translation.override("en"):
        yield


@pytest.fixture
def image(db):
    return factories.ImageFactory(file__width=800, file__height=600, description="")


def image_block(image, alt):
    return ("image", {"image": image, "alt_text": alt, "caption": "Chú thích", "credit": ""})


@pytest.fixture
def autosaved(section, image):
    """A draft article whose autosaved revision has a second body image with empty alt text
    (autosave saves a revision without required fields, as Wagtail's editor does)."""
    page = factories.ArticlePageFactory(parent=section, title="Hội chợ cà phê", slug="hoi-cho", live=False)
    page.body = [("paragraph", "<p>Mở đầu.</p>"), image_block(image, "Ảnh đầu"), image_block(image, "")]
    page.save_revision(clean=False)
    return page


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]] if response.context else []


def test_every_kind_of_image_is_checked_in_the_revision_that_goes_live(section, image, english):
    article = factories.ArticlePageFactory(parent=section, hero_image=image, hero_alt="", live=False)
    article.body = [
        image_block(image, " "),
        ("gallery", {"title": "", "photos": [{"image": image, "alt_text": "Có mô tả", "caption": ""}, {"image": image, "alt_text": "", "caption": ""}]}),
    ]
    revision = article.save_revision(clean=False)
    with pytest.raises(PublishRefused) as refused:
        revision.publish()
    assert refused.value.reasons == ["Describe the hero image for readers who cannot see it.", "images without alt text: body image 1, gallery photo 2"]
    assert not is_live(article)

    story = factories.gallery_page(section, count=2)
    story.items.add(GalleryItem(image=image, alt_text="", caption="Ảnh thêm"))
    with pytest.raises(PublishRefused, match="images without alt text: photo 3"):
        story.save_revision(clean=False).publish()
    assert story.get_latest_revision() != Page.objects.get(pk=story.pk).live_revision  # the live version stays the old one


def test_a_press_kit_photo_needs_its_caption_which_is_its_alt_text(section, image, english):
    from foreign_info.presskits.models import PressRoomPage
    from tests.presskits.conftest import kit_page

    room = PressRoomPage(title="Phòng báo chí", slug="phong-bao-chi")
    section.add_child(instance=room)
    kit = kit_page(publish(room), photos=[image])
    kit.images = [("photo", {"image": image, "caption": "Lễ khai mạc"}), ("photo", {"image": image, "caption": ""})]
    with pytest.raises(PublishRefused, match="press-kit photo 2"):
        kit.save_revision(clean=False).publish()
    assert Page.objects.get(pk=kit.pk).live_revision != kit.get_latest_revision()


def test_bulk_publish_in_the_explorer_reports_each_refused_page(section, autosaved, image, admin_client):
    """The issue's finding: an autosaved draft went live through the explorer's bulk Publish."""
    fine = factories.ArticlePageFactory(parent=section, title="Bài đầy đủ", live=False, body=[image_block(image, "Mô tả")])
    fine.save_revision()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={autosaved.pk}&id={fine.pk}&next=/admin/pages/{section.pk}/"
    response = admin_client.post(url, {"include_descendants": ""}, follow=True)
    assert response.status_code == 200
    assert not is_live(autosaved) and is_live(fine)
    texts = messages_of(response)
    assert f"“Hội chợ cà phê” (Vietnamese) {REFUSED}" in texts
    assert "1 page has been published" in texts
    assert 'alt=""' not in admin_client.get("/vi/hoi-cho/").content.decode()


def test_admin_api_publish_answers_400_with_the_reason_in_the_admin_language(autosaved, admin_user, client):
    speaks(admin_user, "fr")
    client.force_login(admin_user)
    response = client.post(f"/admin/api/main/pages/{autosaved.pk}/action/publish/", content_type="application/json", data="{}")
    assert response.status_code == 400
    body = json.dumps(response.json(), ensure_ascii=False)
    assert "n’a pas été publiée" in body and "images sans texte alternatif : image du corps 2" in body
    assert not is_live(autosaved)


def test_page_editor_publish_refuses_missing_alt_text_as_a_form_error(autosaved, admin_client, image):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "Hội chợ cà phê",
            "slug": "hoi-cho",
            "standfirst": "Tóm tắt.",
            "date": "2026-11-29 10:00",
            "body": streamfield([("image", {"image": image.pk, "alt_text": "", "caption": "", "credit": ""})]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[autosaved.pk]), data)
    assert response.status_code == 200
    assert "could not be saved due to validation errors" in " ".join(messages_of(response))
    assert "This field is required" in response.content.decode()
    assert not is_live(autosaved)


def test_page_editor_publish_passes_the_model_gates_and_reports_their_refusal(section, admin_client):
    """Whatever the form accepts, the model's gates still run when the editor publishes."""
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    page = factories.ArticlePageFactory(parent=section, title="Bài kiểm tra", live=False)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "standfirst": page.standfirst,
            "date": "2026-11-29 10:00",
            "body": streamfield([("paragraph", rich_text("<p>Mở đầu.</p>"))]),
            "action-publish": "publish",
        }
    )
    with hooks.register_temporarily("publish_gates", lambda candidate: ["a test rule says no"]):
        response = admin_client.post(edit_url, data, HTTP_REFERER=f"http://testserver{edit_url}")
    assert response.status_code == 302 and response.url == f"http://testserver{edit_url}"
    assert "“Bài kiểm tra” (Vietnamese) was not published: a test rule says no" in messages_of(admin_client.get(edit_url))
    assert not is_live(page)
    assert Page.objects.get(pk=page.pk).get_latest_revision().content["standfirst"] == page.standfirst  # the draft is kept


def test_workflow_approval_refused_keeps_the_page_in_moderation(autosaved, admin_user, admin_client):
    workflow = autosaved.get_workflow()
    assert workflow is not None, "Wagtail's default moderation workflow"
    workflow.start(autosaved, admin_user)
    state = TaskState.objects.get(workflow_state__base_content_type__isnull=False, revision__object_id=str(autosaved.pk), status="in_progress")
    url = reverse("wagtailadmin_pages:workflow_action", args=[autosaved.pk, "approve", state.pk])
    response = admin_client.post(url, {}, HTTP_REFERER="http://testserver/admin/", follow=True)
    assert response.status_code == 200
    assert any(REFUSED in text for text in messages_of(response))
    assert not is_live(autosaved)
    assert TaskState.objects.get(pk=state.pk).status == "in_progress"


def test_scheduled_publishing_logs_the_refusal_and_goes_on(section, autosaved, image, caplog):
    due = timezone.now() - timedelta(minutes=1)
    on_time = factories.ArticlePageFactory(parent=section, title="Đúng giờ", live=False, body=[image_block(image, "Mô tả")])
    for page in (autosaved, on_time):
        revision = page.get_latest_revision() or page.save_revision()
        Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=due)
    with caplog.at_level(logging.WARNING):
        call_command("publish_scheduled")
    assert not is_live(autosaved) and is_live(on_time)
    assert any(f"page {autosaved.pk}," in record.getMessage() and "“Hội chợ cà phê”" in record.getMessage() for record in caplog.records)
    assert not Revision.objects.filter(object_id=str(autosaved.pk), approved_go_live_at__isnull=False).exists()
    assert ArticlePage.objects.get(pk=autosaved.pk).live_revision is None
