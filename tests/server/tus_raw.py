"""A raw tus 1.0.0 client on plain httpx, for testing the service's uploads
endpoint rule by rule (no SDK: every header is visible in the test)."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

import httpx

TUS = {"Tus-Resumable": "1.0.0"}
OCTETS = "application/offset+octet-stream"
UPLOADS = "/api/v1/uploads"


def encode_metadata(**values: str) -> str:
    return ",".join(f"{key} {base64.b64encode(str(value).encode()).decode()}" for key, value in values.items())


def chunk_checksum(data: bytes, algorithm: str = "sha256") -> str:
    return f"{algorithm} {base64.b64encode(hashlib.new(algorithm, data).digest()).decode()}"


def sign_in(url: str, email: str, password: str = "demo-password") -> str:
    r = httpx.post(url + "/api/v1/auth/login", json={"email": email, "password": password})
    r.raise_for_status()
    return r.json()["access_token"]


@dataclass
class TusClient:
    url: str
    token: str

    @property
    def auth(self) -> dict[str, str]:
        return {**TUS, "Authorization": f"Bearer {self.token}"}

    def create(self, length: int, headers: dict[str, str] | None = None, **metadata: str) -> httpx.Response:
        sent = {**self.auth, "Upload-Length": str(length), **(headers or {})}
        if metadata:
            sent["Upload-Metadata"] = encode_metadata(**metadata)
        return httpx.post(self.url + UPLOADS, headers=sent)

    def location(self, length: int, **metadata: str) -> str:
        r = self.create(length, **metadata)
        assert r.status_code == 201, r.text
        return self.url + r.headers["Location"]

    def patch(self, location: str, offset: int, data: bytes, headers: dict[str, str] | None = None,
              **kwargs) -> httpx.Response:
        sent = {**self.auth, "Content-Type": OCTETS, "Upload-Offset": str(offset), **(headers or {})}
        return httpx.patch(location, headers=sent, content=data, timeout=60, **kwargs)

    def head(self, location: str) -> httpx.Response:
        return httpx.head(location, headers=self.auth)

    def delete(self, location: str) -> httpx.Response:
        return httpx.delete(location, headers=self.auth)

    def upload(self, data: bytes, chunk: int = 1 << 20, **metadata: str) -> httpx.Response:
        """Create and send ``data`` whole; the last PATCH's reply."""
        metadata.setdefault("sha256", hashlib.sha256(data).hexdigest())
        location = self.location(len(data), **metadata)
        offset, reply = 0, None
        while offset < len(data):
            reply = self.patch(location, offset, data[offset:offset + chunk])
            assert reply.status_code == 204, reply.text
            offset = int(reply.headers["Upload-Offset"])
        return reply

    def get(self, path: str, **params) -> httpx.Response:
        return httpx.get(self.url + "/api/v1" + path, headers={"Authorization": f"Bearer {self.token}"},
                         params=params)

    def delete_path(self, path: str) -> httpx.Response:
        return httpx.delete(self.url + "/api/v1" + path, headers={"Authorization": f"Bearer {self.token}"})
