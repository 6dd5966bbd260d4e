"""The subscribers' pages: the form, its thanks, the confirmation (press-room routes, in the
room's language) and leaving (a plain URL in the subscriber's language: mail providers POST to
it for RFC 8058 one-click unsubscribe, without a CSRF token, which a page route cannot accept).

A link opened by GET only shows a button: mail scanners that fetch every link in a mail neither
confirm nor end anyone's subscription. Nothing here is cached (no-store).
"""

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt

from foreign_info.presskits.journalists import no_store

from . import subscribing
from .forms import SubscribeForm
from .settings import subscription_setting
from .tokens import BadToken, read_confirm_token, read_unsubscribe_token

FORM_TEMPLATE = "subscriptions/subscribe_form.html"


def subscribe_form(room, request):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    context = {"route_path": "subscribe/", "confirm_days": subscription_setting("CONFIRM_DAYS")}
    if request.method == "GET":
        form = SubscribeForm(locale=room.locale, initial={"language": room.locale.language_code})
        return room.render(request, template=FORM_TEMPLATE, context_overrides={**context, "form": form})
    if subscribing.rate_limited(request):
        response = room.render(request, template="subscriptions/rate_limited.html", context_overrides=context)
        response.status_code = 429
        response["Retry-After"] = "3600"
        return no_store(response)
    form = SubscribeForm(request.POST, locale=room.locale)
    if form.is_spam:  # thanked like anyone, and forgotten
        subscribing.count_submission(request)
    elif form.is_valid():
        subscribing.count_submission(request)
        subscribing.subscribe(form.preferences(), form.cleaned_data["email"], room)
    else:
        return no_store(room.render(request, template=FORM_TEMPLATE, context_overrides={**context, "form": form}))
    return HttpResponseRedirect(room.get_url(request) + room.reverse_subpage("subscription_thanks"))


def subscribe_thanks(room, request):
    return room.render(request, template="subscriptions/subscribe_thanks.html", context_overrides={"route_path": "subscribe/thanks/"})


def confirm(room, request, token):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        subscription, preferences = read_confirm_token(token)
    except BadToken:
        response = room.render(
            request, template="subscriptions/bad_link.html", context_overrides={"subscribe_url": room.get_url(request) + room.reverse_subpage("subscribe")}
        )
        response.status_code = 400
        return private(response)
    if request.method == "GET":
        return private(room.render(request, template="subscriptions/confirm.html", context_overrides={"confirmed": False}))
    subscribing.confirm(subscription, preferences)
    return private(room.render(request, template="subscriptions/confirm.html", context_overrides={"confirmed": True, "subscription": subscription}))


def private(response):
    # The token is in the page's URL: no other site may see it as a referrer. (Not "no-referrer":
    # the browser would then send `Origin: null` with the confirm button's POST, and fail CSRF.)
    response["Referrer-Policy"] = "same-origin"
    return no_store(response)


@csrf_exempt  # RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click" with no cookie; the signed token is the proof
def unsubscribe(request, token):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        subscription = read_unsubscribe_token(token)
    except BadToken:
        return private(TemplateResponse(request, "subscriptions/bad_link.html", {}, status=400))
    if request.method == "POST" and subscription is not None:
        subscribing.unsubscribe(subscription)
    done = request.method == "POST" or subscription is None
    return private(TemplateResponse(request, "subscriptions/unsubscribe.html", {"done": done}))
