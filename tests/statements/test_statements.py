"""Statements and corrections as readers and search engines see them: tree rules, the correction's
required parts, ClaimReview data as Google documents it, the listing, feed and section home."""

import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from foreign_info.presskits.models import PressRoomPage
from foreign_info.publishing.models import ArticlePage, SectionPage
from foreign_info.statements.models import StatementPage
from tests.conftest import publish, translate
from tests.statements.conftest import make_statement

pytestmark = pytest.mark.django_db


def json_ld(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [json.loads(tag.string) for tag in soup.select('script[type="application/ld+json"]')]


def test_statements_live_in_a_section_and_hold_nothing(section, article):
    assert StatementPage.can_create_at(section)
    assert not StatementPage.can_create_at(article)
    assert "statements.StatementPage" in [f"{m._meta.app_label}.{m.__name__}" for m in SectionPage.allowed_subpage_models()]
    assert StatementPage.allowed_subpage_models() == []
    assert ArticlePage not in StatementPage.allowed_subpage_models() and PressRoomPage not in StatementPage.allowed_subpage_models()


def test_a_correction_needs_the_claim_its_verdict_and_where_it_appeared(section):
    # Saving cleans (Wagtail's Page.save runs full_clean): no correction without its claim.
    with pytest.raises(ValidationError) as refused:
        make_statement(section, kind=StatementPage.Kind.CORRECTION)
    assert {"claim", "rating", "claim_appeared_in"} <= set(refused.value.message_dict)
    assert not StatementPage.objects.exists()
    make_statement(section).full_clean()  # a plain statement needs none of them


def test_a_correction_carries_claim_review_data_as_google_documents_it(section, correction, client):
    response = client.get(correction.url)
    assert response.status_code == 200
    [review] = [data for data in json_ld(response) if data.get("@type") == "ClaimReview"]
    # Google's required properties: claimReviewed, reviewRating (with alternateName), url, author.
    assert review["claimReviewed"] == correction.claim
    assert review["url"] == correction.get_full_url()
    assert review["author"]["@type"] == "GovernmentOrganization" and review["author"]["name"]
    rating = review["reviewRating"]
    assert (rating["@type"], rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == ("Rating", 1, 5, 1)
    assert rating["alternateName"]
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim" and claim["author"]["name"] == "Trang tin Tin Nhanh 24h"
    assert claim["appearance"]["url"] == "https://social.example.com/post/123" and claim["datePublished"]
    assert review["datePublished"].startswith(str(correction.date.date()))
    page = BeautifulSoup(response.content, "html.parser")
    assert "Tỉnh Đắk Lắk cấm nông dân" in page.select_one(".claim__text").get_text()
    assert page.select_one(".evidence a")["href"] == "https://daklak.gov.vn/cv-123"


def test_a_statement_is_a_news_article(section, client):
    statement = publish(make_statement(section))
    [article] = [data for data in json_ld(client.get(statement.url)) if data.get("@type") == "NewsArticle"]
    assert article["headline"] == statement.title and article["author"]["name"] == "Ủy ban nhân dân tỉnh Đắk Lắk"


def test_listing_feed_and_section_home_show_statements_in_the_readers_language(section, correction, client, locales):
    english = translate(correction, "en", title="Correction: false report of an irrigation ban", standfirst="The province has not banned irrigation.")
    listing = client.get("/en/statements/")
    assert listing.status_code == 200
    titles = [a.get_text(strip=True) for a in BeautifulSoup(listing.content, "html.parser").select(".statement-list h2 a")]
    assert titles == ["Correction: false report of an irrigation ban"]
    feed = client.get("/en/statements/feed/")
    assert feed.status_code == 200
    items = ET.fromstring(feed.content).findall("./channel/item")
    assert [item.findtext("title") for item in items] == [english.title]
    assert items[0].findtext("description") == "The province has not banned irrigation."
    home = BeautifulSoup(client.get("/en/").content, "html.parser")
    recent = home.select_one(".recent-statements")
    assert recent is not None and english.title in recent.get_text()
    assert recent.select_one("a[href$='/en/statements/']") is not None
    # A language with no statement yet says so, in that language's listing.
    assert client.get("/lo/statements/").status_code == 200


def test_old_statements_leave_the_home_but_stay_listed(section, client, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.STATEMENTS_PROMINENT_DAYS = 7
    publish(make_statement(section, title="Thông cáo cũ", date=timezone.now() - timedelta(days=30)))
    home = BeautifulSoup(client.get("/vi/").content, "html.parser")
    assert home.select_one(".recent-statements") is None
    assert "Thông cáo cũ" in client.get("/vi/statements/").content.decode()
