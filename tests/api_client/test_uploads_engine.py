"""The tus engine against the real service on loopback."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import httpx
import pytest

from api_client import APIStatusError, MalformedResponseError, TicketProsClient
from api_client.media import prepare, sha256_file
from api_client.uploads import (
    FileChangedError,
    TusUploader,
    UploadCancelledError,
    UploadGoneError,
    encode_metadata,
)
from tests import media_samples as samples
from tests.support.service import ServiceProcess
from tests.support.uploads import MiB, TcpProxy, big_pdf, signed_in


def _meta(path: Path, sha: str, key: str = "t1", **extra) -> dict:
    return {"filename": path.name, "filetype": "application/pdf", "sha256": sha, "ticket_key": key,
            "page": 1, "page_count": 1, **extra}


def test_metadata_encoding_skips_empty_values():
    assert encode_metadata({"filename": "a b.jpg", "job": None, "page": 1}) == "filename YSBiLmpwZw==,page MQ=="


def test_upload_in_chunks_reports_progress_and_makes_one_ticket(service, tmp_path):
    pdf = big_pdf(tmp_path / "scan.pdf", 3 * MiB + 123)
    sha = sha256_file(pdf)
    seen: list[tuple[int, int]] = []
    created: list[str] = []
    with signed_in(service.url) as client:
        before = client.tickets.list().total
        uploader = TusUploader(client, chunk_size=MiB)
        result = uploader.upload(pdf, metadata=_meta(pdf, sha, job="J-7"), sha256=sha,
                                 on_created=created.append, progress=lambda s, t: seen.append((s, t)))
        assert result.sha256 == sha and result.size == pdf.stat().st_size
        assert created == [result.upload_url]
        sent = [s for s, _ in seen]
        assert sent == sorted(sent) and sent[-1] == pdf.stat().st_size and {t for _, t in seen} == {pdf.stat().st_size}
        ticket = client.tickets.get(result.ticket_id)
        assert ticket.job == "J-7" and [f.sha256 for f in ticket.files] == [sha]
        # The same upload asked again: HEAD says complete, nothing is sent twice.
        again = uploader.upload(pdf, metadata=_meta(pdf, sha), sha256=sha, upload_url=result.upload_url)
        assert again.ticket_id == result.ticket_id
        assert client.tickets.list().total == before + 1


def test_same_idempotency_key_returns_the_same_upload(service, tmp_path):
    pdf = big_pdf(tmp_path / "a.pdf", 100_000)
    with signed_in(service.url) as client:
        uploader = TusUploader(client)
        first = uploader.create(pdf.stat().st_size, _meta(pdf, sha256_file(pdf)), idempotency_key="same-key")
        second = uploader.create(pdf.stat().st_size, _meta(pdf, sha256_file(pdf)), idempotency_key="same-key")
        assert first == second
        assert uploader.status(first).offset == 0


def test_cancel_then_resume_completes_once(service, tmp_path):
    pdf = big_pdf(tmp_path / "a.pdf", 6 * MiB)
    sha = sha256_file(pdf)
    cancel = threading.Event()
    urls: list[str] = []

    def progress(sent: int, total: int) -> None:
        if sent >= 2 * MiB:
            cancel.set()

    with signed_in(service.url) as client:
        uploader = TusUploader(client, chunk_size=MiB)
        with pytest.raises(UploadCancelledError):
            uploader.upload(pdf, metadata=_meta(pdf, sha), sha256=sha, on_created=urls.append,
                            progress=progress, cancel=cancel)
        offset = uploader.status(urls[0]).offset
        assert 0 < offset < pdf.stat().st_size
        result = uploader.upload(pdf, metadata=_meta(pdf, sha), sha256=sha, upload_url=urls[0])
        assert client.tickets.get(result.ticket_id).files[0].sha256 == sha


def test_a_file_changed_on_disk_never_completes(service, tmp_path):
    # Changed while its first chunk is on the wire; the last chunk is read later (at most one chunk is read ahead).
    pdf = big_pdf(tmp_path / "a.pdf", 4 * MiB)
    sha = sha256_file(pdf)
    urls: list[str] = []

    def progress(sent: int, total: int) -> None:
        if sent >= MiB and pdf.read_bytes()[-10:-7] != b"XYZ":
            data = bytearray(pdf.read_bytes())
            data[-10:-7] = b"XYZ"
            pdf.write_bytes(bytes(data))

    with signed_in(service.url) as client:
        before = client.tickets.list().total
        uploader = TusUploader(client, chunk_size=MiB)
        with pytest.raises(FileChangedError):
            uploader.upload(pdf, metadata=_meta(pdf, sha), sha256=sha, on_created=urls.append, progress=progress)
        assert client.tickets.list().total == before
        with pytest.raises(UploadGoneError):  # the partial upload was removed from the service
            uploader.upload(pdf, metadata=_meta(pdf, sha), sha256=sha, upload_url=urls[0])


def test_the_service_refuses_a_program_with_a_sentence(service, tmp_path):
    exe = samples.exe_renamed_jpg(tmp_path / "invoice.jpg")
    sha = sha256_file(exe)
    with signed_in(service.url) as client:
        before = client.tickets.list().total
        with pytest.raises(APIStatusError) as caught:
            TusUploader(client).upload(exe, metadata=_meta(exe, sha), sha256=sha)
        assert caught.value.status == 415 and caught.value.message.endswith(".")
        assert client.tickets.list().total == before


def test_stalled_transfer_is_detected_and_resumed(service, tmp_path):
    """No byte moves for stall_timeout: the request is aborted and the upload resumes (HEAD), no hang."""
    pdf = big_pdf(tmp_path / "a.pdf", 8 * MiB)
    sha = sha256_file(pdf)
    port = int(service.url.rsplit(":", 1)[1])
    proxy = TcpProxy(port)
    try:
        with signed_in(proxy.url) as client:
            froze = threading.Event()

            def progress(sent: int, total: int) -> None:
                if sent >= 3 * MiB and not froze.is_set():
                    froze.set()
                    proxy.freeze()
                    threading.Timer(1.5, proxy.thaw).start()

            started = time.monotonic()
            result = TusUploader(client, chunk_size=MiB, stall_timeout=1.0).upload(
                pdf, metadata=_meta(pdf, sha), sha256=sha, progress=progress)
            assert time.monotonic() - started < 20
            assert proxy.stalls_seen >= 1
            assert client.tickets.get(result.ticket_id).files[0].sha256 == sha
    finally:
        proxy.close()


@pytest.mark.slow
def test_service_killed_mid_upload_then_restarted_completes_once(tmp_path):
    """SIGKILL the service in the middle of a 60 MB upload; after a restart the
    engine resumes (HEAD) and the file is stored once, with the right SHA-256."""
    pdf = big_pdf(tmp_path / "big.pdf", 60 * MiB)
    sha = sha256_file(pdf)
    proc = ServiceProcess(tmp_path / "service").start("--max-upload-mb", "100")
    killed = threading.Event()
    restarts: list[threading.Timer] = []

    def progress(sent: int, total: int) -> None:
        if sent >= 25 * MiB and not killed.is_set():
            killed.set()
            proc.kill()
            proc.proc.stderr.close()
            restarts.append(threading.Timer(0.5, lambda: proc.start("--max-upload-mb", "100")))
            restarts[0].start()

    try:
        with signed_in(proc.url) as client:
            before = client.tickets.list().total
            result = TusUploader(client, chunk_size=4 * MiB, max_attempts=12).upload(
                pdf, metadata=_meta(pdf, sha), sha256=sha, progress=progress)
            assert killed.is_set()
            page = client.tickets.list()
            assert page.total == before + 1 and page.items[0].id == result.ticket_id
            files = client.tickets.get(result.ticket_id).files
            assert [(f.sha256, f.size) for f in files] == [(sha, pdf.stat().st_size)]
            out = client.tickets.download(result.ticket_id, files[0].id, tmp_path / "back.pdf")
            assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
    finally:
        # A restart still under way when the upload gave up (a loaded machine) would start the
        # service after this stop: a child process left running for the rest of the suite.
        for restart in restarts:
            restart.join(30)
        proc.stop()


def test_malformed_offset_is_a_clear_error(tmp_path):
    """A reply our service never sends (no Upload-Offset) → MalformedResponseError, not a crash."""
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/meta"):
            return httpx.Response(200, json={"service": "ticketpros", "api_version": 1, "max_upload_size": 10})
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(200, json={"access_token": "a", "refresh_token": "r", "expires_in": 900})
        if request.url.path.endswith("/me"):
            return httpx.Response(200, json={"user": {"id": "u", "email": "a@b.c", "name": "A", "phone": None,
                                                      "role": "member"}, "customer": {"id": "c", "name": "C"}})
        return httpx.Response(200, headers={"Tus-Resumable": "1.0.0"})

    client = TicketProsClient("http://127.0.0.1:9", transport=httpx.MockTransport(handler))
    with client:
        client.login("a@b.c", "x", remember=False)
        with pytest.raises(MalformedResponseError):
            TusUploader(client).status("/api/v1/uploads/x")


def test_prepared_photo_uploads_with_its_prepared_hash(service, tmp_path):
    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg", size=(320, 240))
    ready = prepare(photo, tmp_path / "staging")
    with signed_in(service.url) as client:
        result = TusUploader(client).upload(
            ready.path, metadata={"filename": ready.original_name, "filetype": ready.mime, "sha256": ready.sha256,
                                  "ticket_key": "k", "page": 1, "page_count": 1},
            sha256=ready.sha256)
        assert result.sha256 == ready.sha256
        assert client.tickets.get(result.ticket_id).files[0].original_name == "photo.jpg"


def test_a_page_already_taken_is_refused_at_once_not_retried(service, tmp_path):
    from api_client import ConflictError

    first, second = big_pdf(tmp_path / "a.pdf", 300_000), big_pdf(tmp_path / "b.pdf", 300_000, seed=1)
    with signed_in(service.url) as client:
        uploader = TusUploader(client, max_attempts=6)
        meta = {"ticket_key": "same-ticket", "page": 1, "page_count": 2}
        uploader.upload(first, metadata={**_meta(first, sha256_file(first)), **meta}, sha256=sha256_file(first))
        started = time.monotonic()
        with pytest.raises(ConflictError) as caught:
            uploader.upload(second, metadata={**_meta(second, sha256_file(second)), **meta},
                            sha256=sha256_file(second))
        assert caught.value.code == "page_taken" and time.monotonic() - started < 2


class _Counting(TusUploader):
    """The engine with its requests counted by kind (every one still goes to the real service)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[str] = []

    def extensions(self):
        if self._extensions is None:
            self.calls.append("OPTIONS")
        return super().extensions()

    def _create_with(self, *args, **kwargs):
        self.calls.append("POST+data")
        return super()._create_with(*args, **kwargs)

    def create(self, *args, **kwargs):
        self.calls.append("POST")
        return super().create(*args, **kwargs)

    def status(self, *args, **kwargs):
        self.calls.append("HEAD")
        return super().status(*args, **kwargs)

    def _patch(self, *args, **kwargs):
        self.calls.append("PATCH")
        return super()._patch(*args, **kwargs)


def test_files_smaller_than_a_chunk_go_in_one_request_each(service, tmp_path):
    """creation-with-upload, offered by the service: asked once, then one POST per file, no HEAD, no PATCH."""
    pdfs = [big_pdf(tmp_path / f"{n}.pdf", 200_000, seed=n) for n in range(2)]
    with signed_in(service.url) as client:
        uploader = _Counting(client)
        created: list[str] = []
        results = [uploader.upload(p, metadata=_meta(p, sha256_file(p), key=f"one-{n}"), sha256=sha256_file(p),
                                   on_created=created.append) for n, p in enumerate(pdfs)]
        assert uploader.calls == ["OPTIONS", "POST+data", "POST+data"]
        assert created == []  # done in one request: nobody needs the address
        assert [client.tickets.get(r.ticket_id).files[0].sha256 for r in results] == [sha256_file(p) for p in pdfs]
        # A bigger file: the first chunk in the POST, the rest in PATCHes, its address told once.
        big = big_pdf(tmp_path / "big.pdf", 2 * MiB + 10)
        chunked = _Counting(client, chunk_size=MiB)
        result = chunked.upload(big, metadata=_meta(big, sha256_file(big), key="big"), sha256=sha256_file(big),
                                on_created=created.append)
        assert chunked.calls == ["OPTIONS", "POST+data", "PATCH", "PATCH"] and created == [result.upload_url]


def test_a_creation_cut_mid_body_resumes_with_head_and_patch_and_makes_one_ticket(service, tmp_path):
    pdf = big_pdf(tmp_path / "a.pdf", 3 * MiB)
    sha = sha256_file(pdf)
    port = int(service.url.rsplit(":", 1)[1])
    proxy = TcpProxy(port)
    try:
        with signed_in(proxy.url) as client:
            before = client.tickets.list().total
            froze = threading.Event()

            def progress(sent: int, total: int) -> None:
                if sent >= MiB and not froze.is_set():  # in the creating POST's body
                    froze.set()
                    proxy.freeze()
                    threading.Timer(1.5, proxy.thaw).start()

            uploader = _Counting(client, stall_timeout=1.0)
            created: list[str] = []
            result = uploader.upload(pdf, metadata=_meta(pdf, sha, key="cut"), sha256=sha, progress=progress,
                                     on_created=created.append)
            assert froze.is_set() and proxy.stalls_seen >= 1
            # The cut POST, then the same key finds its upload, HEAD says what arrived, PATCH sends the rest.
            assert uploader.calls[:4] == ["OPTIONS", "POST+data", "POST", "HEAD"] and "PATCH" in uploader.calls
            assert created == [result.upload_url]
            assert client.tickets.list().total == before + 1
            assert client.tickets.get(result.ticket_id).files[0].sha256 == sha
    finally:
        proxy.close()


def test_without_creation_with_upload_the_engine_creates_then_patches(service, tmp_path):
    """A tus service that does not offer the extension (its discovery says so) gets POST then PATCH."""
    pdf = big_pdf(tmp_path / "a.pdf", 200_000)
    with signed_in(service.url) as client:
        uploader = _Counting(client)
        uploader._extensions = frozenset({"creation", "termination", "checksum"})  # as such a service answers
        created: list[str] = []
        result = uploader.upload(pdf, metadata=_meta(pdf, sha256_file(pdf), key="plain"), sha256=sha256_file(pdf),
                                 on_created=created.append)
        assert uploader.calls == ["POST", "PATCH"] and created == [result.upload_url]
