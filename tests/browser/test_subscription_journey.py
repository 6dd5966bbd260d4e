"""A French journalist subscribes from the press room (a mistake first, told in French), confirms
from the e-mail, receives the next French statement with its unsubscribe link, and leaves with one
click on the page that link opens."""

import pytest
from django.core import mail
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when

from foreign_info.subscriptions.models import Subscription
from tests.browser.admin import wait
from tests.subscriptions.conftest import french_statement, link_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def on_live_server(url, live_server):
    """Links in mails name the site's host (testserver in tests); open them on the live server."""
    return url.replace("http://testserver", live_server.url)


def test_a_journalist_subscribes_receives_a_statement_and_unsubscribes(browser, live_server, press_room, section):
    browser.get(f"{live_server.url}/fr/bao-chi/")
    browser.find_element(By.LINK_TEXT, "S’abonner aux nouveaux dossiers de presse et déclarations").click()
    wait(browser).until(when.presence_of_element_located((By.CSS_SELECTOR, "form.subscribe-form")))
    browser.find_element(By.ID, "id_email").send_keys("claire@example.fr")
    browser.find_element(By.CSS_SELECTOR, "input[name=kinds][value=statements]").click()
    browser.find_element(By.CSS_SELECTOR, "form.subscribe-form button[type=submit]").click()
    summary = wait(browser).until(when.presence_of_element_located((By.CSS_SELECTOR, ".error-summary")))
    assert "Veuillez accepter la conservation de votre adresse" in summary.text  # the reader's language
    assert not Subscription.objects.exists()

    browser.find_element(By.ID, "id_consent").click()
    browser.find_element(By.CSS_SELECTOR, "form.subscribe-form button[type=submit]").click()
    wait(browser).until(when.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Consultez votre messagerie"))
    (confirmation,) = mail.outbox
    browser.get(on_live_server(link_in(confirmation, "/subscribe/confirm/"), live_server))
    assert Subscription.objects.get().confirmed_at is None  # opening the link is not yet confirming
    browser.find_element(By.XPATH, "//button[normalize-space()='Confirmer mon abonnement']").click()
    wait(browser).until(when.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Votre abonnement est confirmé"))
    assert Subscription.objects.get().kinds == ["statements"]

    mail.outbox.clear()
    french_statement(section, title="Déclaration sur la saison sèche")
    (news,) = mail.outbox
    assert news.subject == "Nouvelle déclaration : Déclaration sur la saison sèche"
    unsubscribe = news.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe in news.body

    browser.get(on_live_server(unsubscribe, live_server))
    assert Subscription.objects.exists()  # a scanner opening the link unsubscribes nobody
    browser.find_element(By.XPATH, "//button[normalize-space()='Se désabonner']").click()
    wait(browser).until(when.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Vous êtes désabonné"))
    assert not Subscription.objects.exists()
    violations = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
    assert not violations
