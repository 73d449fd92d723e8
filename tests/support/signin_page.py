"""The service's sign-in page driven over plain HTTP (no browser): a cookie jar,
the form's CSRF token read from the page, each step posted as the page's own
form would. The real browser tests are tests/browser; these are for the
SDK's flows and the page's rules, where a browser adds nothing but time."""

from __future__ import annotations

import re
from typing import Self

import httpx

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class PageClient:
    """One browser profile: ``open`` a page, ``post`` its form, read where it redirects."""

    def __init__(self, service_url: str) -> None:
        self.origin = service_url
        self.http = httpx.Client(base_url=service_url, follow_redirects=False, timeout=10)
        self.page: httpx.Response | None = None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self, url: str) -> httpx.Response:
        self.page = self.http.get(url)
        return self.page

    @property
    def csrf(self) -> str:
        assert self.page is not None
        found = CSRF.search(self.page.text)
        assert found, f"no form on the page: {self.page.text[:300]}"
        return found.group(1)

    def post(self, action: str, **fields: str) -> httpx.Response:
        self.page = self.http.post("/oauth/sign-in", data={"csrf": self.csrf, "action": action, **fields},
                                   headers={"Origin": self.origin})
        return self.page

    def sign_in(self, url: str, email: str, password: str) -> httpx.Response:
        """Open an app's sign-in link and send the credentials; the last reply."""
        self.open(url)
        return self.post("sign_in", email=email, password=password)
