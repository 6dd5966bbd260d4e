"""schema.org data for statements and corrections.

A statement is a `NewsArticle` like any article. A correction is a `ClaimReview`
(https://schema.org/ClaimReview, as Google's fact-check documentation describes it): the claim
reviewed, the verdict as a rating on a 1-5 scale with its wording, who made the claim and where it
appeared (`itemReviewed`, a `Claim`), and the province as the reviewer.
"""

from foreign_info.core.languages import BCP47
from foreign_info.publishing.jsonld import organization_id

WORST, BEST = 1, 5


def statement_data(page, request, portal, source_url):
    language_code = page.locale.language_code
    url = page.get_full_url(request)
    organization = {"@type": "GovernmentOrganization", "@id": organization_id(request)}
    if portal is not None:
        organization["name"] = portal.name_for(language_code)
    common = {
        "@context": "https://schema.org",
        "url": url,
        "inLanguage": BCP47.get(language_code, language_code),
        "datePublished": page.date.isoformat(),
        "author": {"@type": "GovernmentOrganization", "name": page.issued_by or organization.get("name", "")},
        "publisher": organization,
    }
    if page.is_correction:
        data = {**common, "@type": "ClaimReview", "@id": url + "#claim-review", "claimReviewed": page.claim, "reviewRating": rating(page)}
        data["author"] = organization | {"name": organization.get("name") or page.issued_by}
        data["itemReviewed"] = claim(page)
    else:
        data = {
            **common,
            "@type": "NewsArticle",
            "@id": url + "#article",
            "mainEntityOfPage": url,
            "headline": page.title[:110],
            "description": page.standfirst,
            "dateModified": (page.last_published_at or page.date).isoformat(),
        }
    if source_url and source_url != url:
        data["translationOfWork"] = {"@id": source_url, "url": source_url}
    return data


def rating(page):
    return {"@type": "Rating", "ratingValue": page.rating, "bestRating": BEST, "worstRating": WORST, "alternateName": str(page.get_rating_display())}


def claim(page):
    data = {"@type": "Claim"}
    if page.claim_author:
        data["author"] = {"@type": "Organization", "name": page.claim_author}
    if page.claim_date:
        data["datePublished"] = page.claim_date.isoformat()
    appearance = {"@type": "CreativeWork"}
    if page.claim_url:
        appearance["url"] = page.claim_url
    if page.claim_appeared_in:
        appearance["name"] = page.claim_appeared_in
    if len(appearance) > 1:
        data["appearance"] = appearance
    return data
