"""Shared steps of the admin journeys: waiting, and logging in through Wagtail's login form."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import WebDriverWait


def wait(browser, seconds=10):
    return WebDriverWait(browser, seconds)


def log_in(browser, live_server, username, password):
    browser.delete_all_cookies()
    browser.get(f"{live_server.url}/admin/login/")
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait(browser).until(when.url_to_be(f"{live_server.url}/admin/"))
