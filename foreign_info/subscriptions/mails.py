"""Subscription mail: one message in the reader's language, and a batch over one connection.

Every mail to a subscriber carries RFC 8058 one-click unsubscribe headers (`List-Unsubscribe`
with the HTTPS link, `List-Unsubscribe-Post`) and the same link in its body. A mail server that
fails is logged without the address (subscribers' addresses never reach a log).
"""

import logging
import smtplib

from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .tokens import unsubscribe_token

logger = logging.getLogger(__name__)


def unsubscribe_url(subscription, root_url):
    """On `root_url`, the Site of the page the mail is about (core/site_urls.py: one base for
    every absolute URL), in the subscriber's language."""
    with translation.override(subscription.language):
        return root_url.rstrip("/") + reverse("subscriptions:unsubscribe", args=[unsubscribe_token(subscription)])


def message(language, address, subject, template, context, unsubscribe=None):
    """An EmailMessage rendered in `language` (`subject` is lazy, translated here)."""
    with translation.override(language):
        body = render_to_string(f"subscriptions/emails/{template}.txt", {**context, "unsubscribe_url": unsubscribe})
        mail = EmailMessage(str(subject), body, None, [address])
    if unsubscribe:
        mail.extra_headers = {"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return mail


def send(messages):
    """Send over one connection; the number the server took (0 when it failed)."""
    try:
        return get_connection().send_messages(messages) or 0
    except (OSError, ValueError, smtplib.SMTPException):
        logger.exception("Sending %d subscription e-mail(s) failed", len(messages))
        return 0
