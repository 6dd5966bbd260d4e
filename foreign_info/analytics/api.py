"""The indicators API, version 1: JSON documented by its own OpenAPI schema at
/api/indicators/v1/openapi.json (django-ninja). Public, or token-protected when
settings.ANALYTICS["API_TOKEN"] is set ("Authorization: Bearer <token>"). A new version gets a new
NinjaAPI and URL prefix; v1's shape does not change under its users."""

import datetime
import hmac

from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query, Schema
from ninja.errors import AuthenticationError, ValidationError
from ninja.responses import Status
from ninja.security import HttpBearer
from pydantic import Field
from wagtail.models import Site

from .indicators import indicators
from .settings import analytics_setting

MAX_DAYS = 3 * 366


class OptionalToken(HttpBearer):
    def __call__(self, request):
        if not analytics_setting("API_TOKEN"):
            return True
        return super().__call__(request)

    def authenticate(self, request, token):
        expected = analytics_setting("API_TOKEN")
        return hmac.compare_digest(token.encode(), expected.encode()) or None


class IndicatorsAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Document the bearer token only when one is required, so the schema tells the truth."""
        schema = super().get_openapi_schema(*args, **kwargs)
        if not analytics_setting("API_TOKEN"):
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    operation.pop("security", None)
                    operation.get("responses", {}).pop(401, None)
                    operation.get("responses", {}).pop("401", None)
            schema.get("components", {}).pop("securitySchemes", None)
        return schema


api = IndicatorsAPI(title="Foreign information indicators", version="1", urls_namespace="indicators-v1", docs_url=None, auth=OptionalToken())


class Error(Schema):
    error: str


class SiteOut(Schema):
    id: int
    name: str
    hostname: str


class Reach(Schema):
    views: int
    views_abroad: int
    countries_reached: int
    views_by_language: dict[str, int]


class Engagement(Schema):
    clip_plays: int
    shares: int
    downloads: int


class Translation(Schema):
    source_pages: int
    translated_pages: int
    coverage: float = Field(ge=0, le=1)
    within_48_hours: float = Field(ge=0, le=1)


class StatementLanguage(Schema):
    statements: int
    median_hours: float | None = Field(description="Median hours from the Vietnamese publication to the translation going live")
    within_window: float = Field(ge=0, le=1, description="Share of the period's statements live in this language within the urgent window")


class Statements(Schema):
    window_hours: float
    within_window: float = Field(ge=0, le=1)
    languages: dict[str, StatementLanguage]


class Indicators(Schema):
    site: SiteOut
    start: datetime.date
    end: datetime.date
    output: dict[str, int]
    reach: Reach
    engagement: Engagement
    translation: dict[str, Translation]
    # Optional: indicator files exported before statements existed do not have it.
    statements: Statements | None = None


class Period(Schema):
    site: int = Field(ge=1, le=2**31 - 1)
    start: datetime.date
    end: datetime.date


@api.exception_handler(ValidationError)
def invalid(request, exc):
    return api.create_response(
        request, {"error": _("Invalid parameters: %(details)s") % {"details": "; ".join(str(e.get("msg")) for e in exc.errors)}}, status=400
    )


@api.exception_handler(AuthenticationError)
def unauthorised(request, exc):
    return api.create_response(request, {"error": _("A valid API token is required.")}, status=401)


@api.get("/sites", response={200: list[SiteOut], 401: Error}, summary="Sites (provinces) of this install")
def sites(request):
    return [{"id": s.pk, "name": s.site_name or s.hostname, "hostname": s.hostname} for s in Site.objects.order_by("pk")]


@api.get("/indicators", response={200: Indicators, 400: Error, 401: Error, 404: Error}, summary="Indicators of one site over a period")
def site_indicators(request, period: Query[Period]):
    if period.start > period.end or (period.end - period.start).days >= MAX_DAYS:
        return Status(400, {"error": _("The period must run forward and last at most three years.")})
    site = Site.objects.filter(pk=period.site).select_related("root_page").first()
    if site is None:
        return Status(404, {"error": _("No such site.")})
    return Status(200, indicators(site, period.start, period.end))
