"""Load the Đắk Lắk demo section (`manage.py load_demo`).

Contract: idempotent (a second run finds everything in place and changes nothing), offline (photos
are drawn locally), and built through the same paths editors and translators use: pages are
published revisions, translations are wagtail-localize translations.
"""

import os
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from foreign_info.core.languages import SOURCE_LANGUAGE, codes
from foreign_info.core.models import Licence, PortalImage, PortalSettings, PortalSettingsTranslation

from ..models import ArticlePage, SectionFeaturedItem, SectionPage, Topic
from . import content
from .images import draw_landscape
from .translate import translate_instance

SECTION_SLUG = "thong-tin-doi-ngoai"
DEMO_USERS = {
    # username: (password, superuser, group)
    "admin": ("admin-demo-2026", True, None),
    "editor": ("editor-demo-2026", False, "Editors"),
}


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.missing = []

    @transaction.atomic
    def run(self):
        self.ensure_locales()
        self.ensure_users()
        section = self.ensure_section()
        self.ensure_portal_settings(section)
        topics = self.ensure_topics()
        articles = [self.ensure_article(section, data, topics) for data in content.ARTICLES]
        self.ensure_featured(section, articles)
        self.ensure_section_translations(section)
        for article, data in zip(articles, content.ARTICLES, strict=True):
            self.ensure_translations(article, article_strings(data))
        return section

    def ensure_locales(self):
        for code in codes():
            Locale.objects.get_or_create(language_code=code)

    def ensure_users(self):
        User = get_user_model()
        for username, (password, superuser, group) in DEMO_USERS.items():
            if User.objects.filter(username=username).exists():
                continue
            user = User.objects.create_user(username, f"{username}@example.gov.vn", password, is_staff=True, is_superuser=superuser)
            if group:
                # get_or_create: a database flushed after migrations (transactional tests) has no
                # "Editors" group, which Wagtail creates in a data migration.
                user.groups.add(Group.objects.get_or_create(name=group)[0])
            self.log(f"user {username} created")

    def ensure_image(self, spec):
        image = PortalImage.objects.filter(title=spec["title"]).first()
        if image:
            return image
        from io import BytesIO

        data = draw_landscape(spec["key"], spec.get("palette", "highlands"))
        image = PortalImage(
            title=spec["title"],
            description=spec["description"],
            credit=spec.get("credit", ""),
            copyright=content.PORTAL["organization_name"],
            licence=Licence.CC_BY,
        )
        image.file = ImageFile(BytesIO(data), name=f"{spec['key']}.jpg")
        image.save()
        return image

    def ensure_section(self):
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        section = SectionPage.objects.filter(slug=SECTION_SLUG, locale=vi).first()
        if section is None:
            data = content.SECTION
            root = Page.get_first_root_node()
            section = SectionPage(
                title=data["title"][SOURCE_LANGUAGE],
                slug=SECTION_SLUG,
                locale=vi,
                intro=f"<p>{data['intro'][SOURCE_LANGUAGE]}</p>",
                hero_image=self.ensure_image(data["image"]),
                hero_alt=data["hero_alt"][SOURCE_LANGUAGE],
                hero_caption=data["hero_caption"][SOURCE_LANGUAGE],
            )
            root.add_child(instance=section)
            section.save_revision().publish()
            self.log("section created")
        site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", port=80, is_default_site=True)
        previous_root = site.root_page_id
        changed = site.root_page_id != section.pk
        if site.hostname == "localhost" and site.port == 80:
            # Wagtail's placeholder address: links that leave the page (e-mails such as a
            # journalist's access link, feeds) should reach the server `make demo` starts.
            site.port = int(os.environ.get("DEMO_PORT", "8000"))
            changed = True
        if site.root_page_id != section.pk:
            site.root_page = section
            site.site_name = content.PORTAL["organization_name_international"]
        if changed:
            site.save()
        if previous_root and previous_root != section.pk:
            # Wagtail's placeholder "Welcome" page is of no use once the section is the site root.
            Page.objects.filter(pk=previous_root, depth=2, content_type__model="page").delete()
        return section

    def ensure_portal_settings(self, section):
        settings = PortalSettings.for_site(Site.objects.get(root_page=section))
        if settings.organization_name != content.PORTAL["organization_name"]:
            for field, value in content.PORTAL.items():
                setattr(settings, field, value)
            settings.save()
        for code, (name, address) in content.PORTAL_TRANSLATIONS.items():
            PortalSettingsTranslation.objects.get_or_create(settings=settings, language=code, defaults={"name": name, "address": address})

    def ensure_topics(self):
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        topics = {}
        for data in content.TOPICS:
            topic = Topic.objects.filter(slug=data["slug"], locale=vi).first()
            if topic is None:
                topic = Topic.objects.create(
                    locale=vi,
                    slug=data["slug"],
                    sort_order=data["sort_order"],
                    name=data["name"][SOURCE_LANGUAGE],
                    description=data["description"][SOURCE_LANGUAGE],
                )
            topics[data["slug"]] = topic
            self.ensure_translations(topic, text_strings(data, ("name", "description")))
        return topics

    def ensure_article(self, section, data, topics):
        existing = ArticlePage.objects.child_of(section).filter(slug=data["slug"]).first()
        if existing:
            return existing
        image = self.ensure_image(data["image"])
        article = ArticlePage(
            title=data["title"][SOURCE_LANGUAGE],
            slug=data["slug"],
            standfirst=data["standfirst"][SOURCE_LANGUAGE],
            date=timezone.now() - timedelta(days=data["days_ago"]),
            hero_image=image,
            hero_alt=data["hero_alt"][SOURCE_LANGUAGE],
            hero_caption=data["hero_caption"][SOURCE_LANGUAGE],
            place=data["place"][SOURCE_LANGUAGE],
            source_agency=data["source_agency"][SOURCE_LANGUAGE],
            body=[body_block(kind, value, SOURCE_LANGUAGE) for kind, value in data["body"]],
        )
        section.add_child(instance=article)
        article.topics.set([topics[slug] for slug in data["topics"]])
        article.save_revision().publish()
        self.log(f"article {data['slug']} created")
        return article

    def ensure_featured(self, section, articles):
        if section.featured_items.exists():
            return
        featured = [article for article, data in zip(articles, content.ARTICLES, strict=True) if data.get("featured")]
        for order, article in enumerate(featured):
            SectionFeaturedItem.objects.create(section=section, page=article, sort_order=order)
        section.save_revision().publish()

    def ensure_section_translations(self, section):
        strings = text_strings(content.SECTION, ("title", "intro", "hero_alt", "hero_caption"))
        for values in strings.values():
            values[SECTION_SLUG] = SECTION_SLUG
        self.ensure_translations(section, strings)

    def ensure_translations(self, instance, strings_by_language):
        """Translate into every language the data has a text for, unless already translated."""
        languages = [code for code in strings_by_language if code != SOURCE_LANGUAGE]
        for code in languages:
            if instance.has_translation(Locale.objects.get(language_code=code)):
                continue
            _translated, missing = translate_instance(instance, code, strings_by_language[code])
            self.missing.extend((str(instance), code, text) for text in missing)


def text_strings(data, fields):
    """{language: {source text: translated text}} for plain text fields of a content dict."""
    languages = data[fields[0]].keys()
    return {code: {data[field][SOURCE_LANGUAGE]: data[field][code] for field in fields if code in data[field]} for code in languages}


def article_strings(data):
    strings = text_strings(data, ("title", "standfirst", "hero_alt", "hero_caption", "place", "source_agency"))
    for code in strings:
        strings[code][data["slug"]] = data["slug"]
        for kind, value in data["body"]:
            for source, target in block_texts(kind, value, code):
                strings[code][source] = target
    return strings


def block_texts(kind, value, code):
    """(source, translation) pairs of a body block's texts."""
    if kind == "paragraph":
        return [(value[SOURCE_LANGUAGE], value[code])]
    if kind == "quote":
        return [(value[field][SOURCE_LANGUAGE], value[field][code]) for field in ("quote", "attribution")]
    pairs = [(value["title"][SOURCE_LANGUAGE], value["title"][code])]
    for fact in value["facts"]:
        pairs += [(fact[field][SOURCE_LANGUAGE], fact[field][code]) for field in ("label", "value")]
    return pairs


def body_block(kind, value, code):
    if kind == "paragraph":
        return ("paragraph", f"<p>{value[code]}</p>")
    if kind == "quote":
        return ("quote", {"quote": value["quote"][code], "attribution": value["attribution"][code]})
    facts = [{"label": fact["label"][code], "value": fact["value"][code]} for fact in value["facts"]]
    return ("fact_box", {"title": value["title"][code], "facts": facts})
