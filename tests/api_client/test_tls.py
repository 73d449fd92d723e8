"""TLS through the SDK against a real service on https://127.0.0.1: which
certificates are trusted for each ``verify`` value, and that clients share one
context per trust setting instead of parsing the CA bundle each (api_client._tls)."""

from __future__ import annotations

import os
import ssl
import subprocess
from pathlib import Path

import pytest

from api_client import NetworkError, ProxySettings, TicketProsClient, _tls
from tests.support.service import start_service


def _certificate(directory: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (a test certificate, made per run)."""
    certificate, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
        check=True, capture_output=True,
    )
    return certificate, key


@pytest.fixture(scope="module")
def https_service(tmp_path_factory):
    directory = tmp_path_factory.mktemp("tls")
    certificate, key = _certificate(directory, "service")
    other, _ = _certificate(directory, "other")
    handle = start_service(directory / "data", seed=False, tls=(certificate, key))
    yield handle, certificate, other
    handle.stop()


@pytest.fixture(autouse=True)
def no_environment_trust(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    # Each test counts the contexts it makes from an empty cache.
    monkeypatch.setattr(_tls, "_contexts", {})


def _reaches(url: str, **options) -> bool:
    with TicketProsClient(url, max_retries=0, **options) as client:
        try:
            client.server_info()
        except NetworkError as error:
            assert "security certificate" in str(error), str(error)
            return False
        return True


def test_the_given_ca_file_is_trusted_and_the_default_bundle_is_not(https_service):
    service, certificate, other = https_service
    assert _reaches(service.url, verify=str(certificate))
    assert not _reaches(service.url)  # certifi's bundle does not hold a test certificate
    assert not _reaches(service.url, verify=str(other))
    assert _reaches(service.url, verify=False)


def test_clients_share_one_context_per_trust_setting(https_service, monkeypatch):
    service, certificate, _ = https_service
    made = []
    create = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: made.append(k) or create(*a, **k))
    # A manual proxy adds a transport of its own (excluded here, so requests still go direct).
    manual = ProxySettings(mode="manual", url="http://127.0.0.1:9", exclusions=("127.0.0.1",))
    for proxy in (None, None, ProxySettings(mode="none"), manual, None):
        assert _reaches(service.url, verify=str(certificate), proxy=proxy)
    assert made == [{"cafile": str(certificate)}]


def test_a_renewed_ca_file_is_read_again(https_service, tmp_path):
    service, certificate, other = https_service
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(other.read_bytes())
    assert not _reaches(service.url, verify=str(bundle))
    # IT renews the bundle while the app runs: the next client trusts the new one.
    bundle.write_bytes(other.read_bytes() + certificate.read_bytes())
    later = os.stat(bundle).st_mtime_ns + 1_000_000_000
    os.utime(bundle, ns=(later, later))
    assert _reaches(service.url, verify=str(bundle))


def test_ssl_cert_file_counts_only_when_the_system_settings_are_followed(https_service, monkeypatch):
    service, certificate, _ = https_service
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))
    assert _reaches(service.url)  # the "system" proxy mode follows the environment
    assert not _reaches(service.url, proxy=ProxySettings(mode="none"))


def test_a_client_that_makes_no_tls_connection_parses_no_ca_bundle(service, monkeypatch):
    """http:// on a local network, direct or through a plain proxy: no bundle is read (tens of
    milliseconds of a command's start), and the context it has trusts nothing."""
    made = []
    create = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: made.append(k) or create(*a, **k))
    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.delenv("ALL_PROXY", raising=False)
    monkeypatch.delenv("all_proxy", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    plain = ProxySettings(mode="manual", url="http://127.0.0.1:9", exclusions=("127.0.0.1",))
    for proxy in (None, ProxySettings(mode="none"), plain):
        with TicketProsClient(service.url, allow_insecure_http=True, max_retries=0, proxy=proxy) as client:
            assert client.server_info().service == "ticketpros"
    assert made == []
    nothing = _tls.trusting_nothing()
    assert nothing.verify_mode is ssl.CERT_REQUIRED and nothing.check_hostname
    assert nothing.get_ca_certs() == []


def test_a_proxy_reached_over_tls_gets_the_real_trust(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "https://proxy.example:3128")
    assert ProxySettings().may_use_tls("http://10.0.0.5:8000")
    assert ProxySettings(mode="manual", url="https://proxy.example:3128").may_use_tls("http://10.0.0.5:8000")
    assert ProxySettings(mode="none").may_use_tls("https://tickets.example")
    assert not ProxySettings(mode="none").may_use_tls("http://10.0.0.5:8000")
    assert not ProxySettings(mode="manual", url="socks5://proxy.example:1080").may_use_tls("http://10.0.0.5:8000")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "localhost")
    assert not ProxySettings().may_use_tls("http://10.0.0.5:8000")
