"""A real S3-compatible server on 127.0.0.1 for the object-storage tests: moto's server mode.

One moto server per test process (``python -m moto.server``, a child process
speaking the S3 REST API over HTTP like any bucket would), started on first use;
every service started on it gets a bucket of its own.

``TICKETPROS_TEST_STORAGE=s3`` (``./dev test --storage s3``) starts every test
service on object storage instead of the data dir's folders (tests/support/service.py).
"""

from __future__ import annotations

import atexit
import os
import secrets
import socket
import subprocess
import sys
import threading
import time

import boto3
import httpx
from botocore.config import Config

REGION = "us-east-1"
_lock = threading.Lock()
_server = None
_endpoint: str | None = None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tests_on_s3() -> bool:
    return os.environ.get("TICKETPROS_TEST_STORAGE", "disk") == "s3"


def _credentials() -> None:
    # Any key works with moto; boto3 in the service (and its child processes) reads these.
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "test-key")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "test-secret")


def endpoint() -> str:
    """The moto server's address, started on first call (killed when the test process exits)."""
    global _server, _endpoint
    with _lock:
        if _endpoint is None:
            _credentials()
            port = free_port()
            # Its own process: moto keeps every object in its memory and answers in Python, which
            # in the test process would take the GIL from the services under test and count in
            # their memory measurements.
            _server = subprocess.Popen(
                [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            atexit.register(_stop)
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(url + "/moto-api/", timeout=1)
                    break
                except httpx.TransportError:
                    if _server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("moto's S3 server did not start") from None
                    time.sleep(0.05)
            _endpoint = url
        return _endpoint


def _stop() -> None:
    if _server is not None and _server.poll() is None:
        _server.terminate()
        try:
            _server.wait(10)
        except subprocess.TimeoutExpired:
            _server.kill()


def client():
    _credentials()
    return boto3.client("s3", endpoint_url=endpoint(), region_name=REGION,
                        config=Config(s3={"addressing_style": "path"}))


def new_bucket() -> str:
    """A fresh, empty bucket; its storage URL (``s3://…?endpoint=…&region=…``)."""
    name = f"test-{secrets.token_hex(6)}"
    client().create_bucket(Bucket=name)
    return storage_url(name)


def storage_url(bucket: str) -> str:
    return f"s3://{bucket}?endpoint={endpoint()}&region={REGION}"


def bucket_of(url: str) -> str:
    return url.removeprefix("s3://").split("?", 1)[0]


def copy_bucket(source_url: str, dest_url: str) -> None:
    """Every object of one bucket into another (server-side copies): a seeded data dir's files."""
    s3 = client()
    source, dest = bucket_of(source_url), bucket_of(dest_url)
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=source):
        for item in page.get("Contents", []):
            s3.copy_object(Bucket=dest, Key=item["Key"], CopySource={"Bucket": source, "Key": item["Key"]})


def keys(url: str, prefix: str = "") -> list[str]:
    s3 = client()
    found = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket_of(url), Prefix=prefix):
        found.extend(item["Key"] for item in page.get("Contents", []))
    return sorted(found)


def multipart_uploads(url: str) -> list[tuple[str, str]]:
    """(key, upload id) of every multipart upload in progress in the bucket."""
    reply = client().list_multipart_uploads(Bucket=bucket_of(url))
    return [(u["Key"], u["UploadId"]) for u in reply.get("Uploads", [])]
