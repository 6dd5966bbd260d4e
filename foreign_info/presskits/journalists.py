"""The press room's routes for journalists: the accreditation form, its thanks page, the personal
access link and signing out. PressRoomPage's routes call these, so the page model stays small.

Every answer is in the press room's language. Nothing here is ever page-cached: the form carries
a CSRF cookie, and the access link and sign-out act on the session.
"""

from django.http import HttpResponseNotAllowed, HttpResponseRedirect

from . import access
from . import accreditation as service
from .forms import AccreditationForm
from .models import AccessLogEntry
from .settings import presskit_setting

FORM_TEMPLATE = "presskits/accreditation_form.html"


def no_store(response):
    response["Cache-Control"] = "no-store"
    return response


def accreditation_form(room, request):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    context = {"route_path": "accreditation/", "retention_days": presskit_setting("PERSONAL_DATA_RETENTION_DAYS")}
    if request.method == "GET":
        form = AccreditationForm(initial=AccreditationForm.initial_visit(request.GET))
        return room.render(request, template=FORM_TEMPLATE, context_overrides={**context, "form": form})
    if service.rate_limited(request):
        response = room.render(request, template="presskits/accreditation_rate_limited.html", context_overrides=context)
        response.status_code = 429
        response["Retry-After"] = "3600"
        return no_store(response)
    form = AccreditationForm(request.POST)
    if form.is_spam:  # a bot that filled the honeypot is thanked like anyone, and forgotten
        service.count_submission(request)
    elif form.is_valid():
        service.count_submission(request)
        service.submit(form, room, request)
    else:
        return no_store(room.render(request, template=FORM_TEMPLATE, context_overrides={**context, "form": form}))
    return HttpResponseRedirect(room.get_url(request) + room.reverse_subpage("accreditation_thanks"))


def accreditation_thanks(room, request):
    return room.render(request, template="presskits/accreditation_thanks.html", context_overrides={"route_path": "accreditation/thanks/"})


def open_link(room, request, token):
    """A journalist's personal link: remember them in the session and show the press room, or say
    in the reader's language why the link does not work (403)."""
    try:
        accreditation = access.read_token(token)
    except access.AccessDenied as denied:
        if denied.accreditation is not None:
            access.log_use(denied.accreditation, AccessLogEntry.Action.REFUSED)
        response = room.render(
            request,
            template="presskits/access_denied.html",
            context_overrides={"reason": denied.reason, "accreditation_url": room.get_url(request) + room.reverse_subpage("accreditation")},
        )
        response.status_code = 403
        response["Referrer-Policy"] = "no-referrer"  # the token is in this page's URL
        return no_store(response)
    access.log_use(accreditation, AccessLogEntry.Action.OPENED)
    request.session.cycle_key()  # a fresh session for a new privilege
    access.grant(request, accreditation)
    return no_store(HttpResponseRedirect(room.get_url(request)))


def sign_out(room, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    request.session.pop(access.SESSION_KEY, None)
    return no_store(HttpResponseRedirect(room.get_url(request)))
