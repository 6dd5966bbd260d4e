"""A foreign journalist opens the French press room, downloads a kit, files an accreditation
request; after an officer approves it, the personal link from the e-mail opens the embargoed kit."""

import datetime
import glob
import json
import os
import re
import time
import zipfile

import pytest
from django.core import mail
from django.utils import timezone
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from foreign_info.presskits import accreditation
from foreign_info.presskits.models import AccreditationRequest
from tests import factories
from tests.presskits.conftest import french, kit_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait(browser, seconds=15):
    return WebDriverWait(browser, seconds)


def downloaded_zip(folder, seconds=30):
    """The ZIP Chromium saved in `folder`, once the download is complete."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = [path for path in glob.glob(os.path.join(folder, "*.zip"))]
        if done and not glob.glob(os.path.join(folder, "*.crdownload")):
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no download in {folder}: {os.listdir(folder)}")


def test_journalist_downloads_a_kit_asks_for_accreditation_and_opens_the_embargoed_kit(browser, live_server, press_room, article, tmp_path, admin_user):
    photo = factories.ImageFactory(title="Cà phê", credit="Lê C / TTXVN")
    kit = kit_page(press_room, pages=[article], photos=[photo])
    french(kit, title="Festival du café de Buôn Ma Thuột 2027", summary="Le 9e festival du café.")
    secret = kit_page(press_room, title="Công bố quy hoạch", slug="quy-hoach", embargo_until=timezone.now() + datetime.timedelta(days=2))
    french(secret, title="Annonce du plan provincial", summary="Sous embargo.")

    # The French press room lists the open kit only.
    browser.get(f"{live_server.url}/fr/bao-chi/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    room = browser.find_element(By.CSS_SELECTOR, "main").text
    assert "Festival du café de Buôn Ma Thuột 2027" in room and "Annonce du plan provincial" not in room

    # The kit page offers the French ZIP, with its size shown before downloading.
    browser.find_element(By.LINK_TEXT, "Festival du café de Buôn Ma Thuột 2027").click()
    wait(browser).until(lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Festival du café de Buôn Ma Thuột 2027")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    button = browser.find_element(By.CSS_SELECTOR, '.kit-download-button[href*="/download/fr/web/"]')
    assert re.search(r"\d", button.text)  # the size
    button.click()
    path = downloaded_zip(str(downloads))
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["languages"] == ["fr"]

    # The accreditation request, in French.
    browser.get(f"{live_server.url}/fr/bao-chi/accreditation/")
    form = browser.find_element(By.CSS_SELECTOR, "form.accreditation-form")
    values = {
        "name": "Claire Dubois",
        "outlet": "Le Courrier d'Asie",
        "position": "Correspondante",
        "email": "claire.dubois@example.fr",
        "phone": "+33 6 12 34 56 78",
        "purpose": "Reportage sur le festival du café et les producteurs de Buôn Ma Thuột.",
    }
    for name, value in values.items():
        form.find_element(By.NAME, name).send_keys(value)
    Select(form.find_element(By.NAME, "outlet_country")).select_by_value("FR")
    Select(form.find_element(By.NAME, "nationality")).select_by_value("FR")
    form.find_element(By.CSS_SELECTOR, 'input[name="languages"][value="fr"]').click()
    start, end = timezone.localdate() + datetime.timedelta(days=10), timezone.localdate() + datetime.timedelta(days=14)
    for name, day in (("visit_start", start), ("visit_end", end)):
        browser.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, name), day.isoformat())
    form.find_element(By.NAME, "consent").click()
    form.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
    wait(browser).until(lambda driver: "accreditation-form" not in driver.page_source)
    request = AccreditationRequest.objects.get()
    assert (request.name, request.language, request.status) == ("Claire Dubois", "fr", AccreditationRequest.Status.PENDING)

    # An officer approves; the journalist's e-mail carries the personal link.
    mail.outbox.clear()
    accreditation.approve(request, admin_user)
    [message] = [m for m in mail.outbox if "claire.dubois@example.fr" in m.to]
    link = re.search(r"https?://\S+/access/\S+/", message.body).group(0)
    browser.get(live_server.url + link[link.index("/fr/") :])
    wait(browser).until(lambda driver: "Annonce du plan provincial" in driver.find_element(By.CSS_SELECTOR, "main").text)

    browser.find_element(By.LINK_TEXT, "Annonce du plan provincial").click()
    wait(browser).until(lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Annonce du plan provincial")
    assert browser.find_element(By.CSS_SELECTOR, ".embargo-banner").is_displayed()
