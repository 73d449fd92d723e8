"""Headless Chromium (Debian's ``chromium`` and ``chromium-driver``, installed by
``./dev``) driven by Selenium, for the sign-in page's end-to-end tests.

One browser for a whole module (it takes seconds to start); ``fresh()`` empties
its cookies between tests, since a cookie for 127.0.0.1 is sent to every port."""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
MISSING = "Chromium and its driver are needed: ./dev setup (apt: chromium chromium-driver)."


def start_chromium(profile: Path, *, width: int = 720, height: int = 900) -> WebDriver:
    """A headless Chromium with its own profile; the paths are Debian's, never downloaded."""
    driver_path = shutil.which("chromedriver") or CHROMEDRIVER
    if not Path(CHROMIUM).exists() or not Path(driver_path).exists():
        raise RuntimeError(MISSING)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--disable-background-networking",
                     "--disable-sync", "--disable-features=Translate,OptimizationHints,MediaRouter",
                     "--force-color-profile=srgb", "--force-prefers-reduced-motion", "--lang=en-US",
                     f"--window-size={width},{height}", f"--user-data-dir={profile}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver_path), options=options)


class Page:
    """The browser as a person uses it: open, type, press, read what it says."""

    def __init__(self, driver: WebDriver, shots: Path) -> None:
        self.driver = driver
        self.shots = shots

    def fresh(self) -> None:
        self.driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
        self.driver.get("about:blank")

    def open(self, url: str) -> None:
        self.driver.get(url)

    def type(self, label: str, text: str) -> None:
        """Into the field its visible label names, as a person finds it (the page never
        writes back what was typed, so every field is empty when it is shown)."""
        self.driver.find_element(By.XPATH, f"//input[@id=//label[normalize-space()={_xpath_text(label)}]/@for]"
                                 ).send_keys(text)

    def press(self, button: str) -> None:
        before = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.find_element(By.XPATH, f"//button[normalize-space()={_xpath_text(button)}]").click()
        WebDriverWait(self.driver, 10, poll_frequency=0.02).until(lambda d: _stale(before))

    @property
    def heading(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "h1").text

    @property
    def alert(self) -> str:
        found = self.driver.find_elements(By.CSS_SELECTOR, "[role=alert]")
        return found[0].text if found else ""

    @property
    def url(self) -> str:
        return self.driver.current_url

    def text_of(self, css: str) -> str:
        return self.driver.find_element(By.CSS_SELECTOR, css).text

    def shot(self, name: str) -> Path:
        """A PNG of the page as the browser drew it (the whole page, not only the window)."""
        path = self.shots / f"{name}.png"
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics["cssContentSize"]
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": int(size["width"]), "height": max(int(size["height"]), 200),
            "deviceScaleFactor": 1, "mobile": False})
        try:
            self.driver.save_screenshot(str(path))
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return path

    def console_errors(self) -> list[str]:
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]


def _stale(element) -> bool:
    try:
        element.tag_name  # noqa: B018 - raises once the page it belonged to is gone
        return False
    except Exception:  # noqa: BLE001 - StaleElementReferenceException and kin: the page changed
        return True


def _xpath_text(text: str) -> str:
    if '"' not in text:
        return f'"{text}"'
    return "concat(" + ", '\"', ".join(f'"{part}"' for part in text.split('"')) + ")"
