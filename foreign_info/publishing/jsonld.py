"""schema.org data for search engines and news aggregators (https://schema.org/NewsArticle).

Each function returns a plain dict; templates print it with the `json_ld` tag, which escapes it
for a <script> element.
"""

from foreign_info.core.languages import bcp47
from foreign_info.core.site_urls import absolute_url, site_root


def organization_id(request):
    return site_root(request) + "/#organization"


def government_organization(portal, request, language_code):
    if portal is None:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "@id": organization_id(request),
        "name": portal.name_for(language_code),
        "url": site_root(request) + "/",
    }
    if data["name"] != portal.organization_name:
        data["alternateName"] = portal.organization_name
    if portal.logo_id:
        data["logo"] = absolute_url(request, portal.logo.get_rendition("max-600x600").url)
    if portal.address_for(language_code):
        data["address"] = portal.address_for(language_code)
    if portal.telephone:
        data["telephone"] = portal.telephone
    if portal.email:
        data["email"] = portal.email
    if portal.same_as_urls:
        data["sameAs"] = portal.same_as_urls
    return data


def news_article(article, request, portal, image_url, topics, source_url):
    language_code = article.locale.language_code
    publisher = {"@type": "GovernmentOrganization", "@id": organization_id(request)}
    if portal is not None:
        publisher["name"] = portal.name_for(language_code)
    url = article.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url + "#article",
        "url": url,
        "mainEntityOfPage": url,
        "headline": article.title[:110],
        "description": article.standfirst,
        "inLanguage": bcp47(language_code),
        "datePublished": article.date.isoformat(),
        "dateModified": (article.last_published_at or article.date).isoformat(),
        "author": {"@type": "Organization", "name": article.source_agency or publisher.get("name", "")},
        "publisher": publisher,
        "isAccessibleForFree": True,
    }
    if image_url:
        data["image"] = [image_url]
    if topics:
        data["articleSection"] = [topic.name for topic in topics]
        data["keywords"] = ", ".join(topic.name for topic in topics)
    if article.place:
        data["contentLocation"] = {"@type": "Place", "name": article.place}
    if source_url and source_url != url:
        data["translationOfWork"] = {"@id": source_url + "#article", "url": source_url}
    return data


def video_object(page, request, portal, content_url, poster_url, duration, source_url):
    """schema.org VideoObject for a clip page (https://schema.org/VideoObject)."""
    language_code = page.locale.language_code
    url = page.get_full_url(request)
    clip = page.clip
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "@id": url + "#video",
        "url": url,
        "name": page.title,
        "description": page.standfirst,
        "inLanguage": bcp47(language_code),
        "uploadDate": (clip.created_at if clip else page.date).isoformat(),
        "datePublished": page.date.isoformat(),
        "duration": duration,
        "contentUrl": content_url,
        "isAccessibleForFree": True,
        "publisher": {"@type": "GovernmentOrganization", "@id": organization_id(request)},
    }
    if portal is not None:
        data["publisher"]["name"] = portal.name_for(language_code)
    if poster_url:
        data["thumbnailUrl"] = [poster_url]
    if clip and clip.width:
        data["width"], data["height"] = clip.width, clip.height
    if page.credits:
        data["creditText"] = page.credits
    if page.place:
        data["contentLocation"] = {"@type": "Place", "name": page.place}
    if page.cues:
        data["transcript"] = " ".join(cue.text for cue in page.cues)
    if source_url and source_url != url:
        data["translationOfWork"] = {"@id": source_url + "#video", "url": source_url}
    return data


def image_gallery(page, request, portal, photos, source_url):
    """schema.org ImageGallery of ImageObjects, each with the credit, copyright and licence a
    newsroom needs before reusing the photo (https://schema.org/ImageObject)."""
    language_code = page.locale.language_code
    url = page.get_full_url(request)
    images = []
    for photo in photos:
        item, image = photo["item"], photo["item"].image
        data = {
            "@type": "ImageObject",
            "contentUrl": photo["full_url"],
            "caption": item.caption,
            "description": item.alt_text,
            "width": photo["full"].width,
            "height": photo["full"].height,
            "creditText": image.credit,
            "copyrightNotice": image.copyright or image.credit,
            "license": image.licence_url or url,
            "acquireLicensePage": url,
        }
        if item.date_taken:
            data["dateCreated"] = item.date_taken.isoformat()
        if item.place:
            data["contentLocation"] = {"@type": "Place", "name": item.place}
        images.append(data)
    data = {
        "@context": "https://schema.org",
        "@type": "ImageGallery",
        "@id": url + "#gallery",
        "url": url,
        "name": page.title,
        "description": page.standfirst,
        "inLanguage": bcp47(language_code),
        "datePublished": page.date.isoformat(),
        "publisher": {"@type": "GovernmentOrganization", "@id": organization_id(request)},
        "image": images,
    }
    if portal is not None:
        data["publisher"]["name"] = portal.name_for(language_code)
    if source_url and source_url != url:
        data["translationOfWork"] = {"@id": source_url + "#gallery", "url": source_url}
    return data
