"""The upload bandwidth limit: the limiter alone, then real uploads to the real service.

Real time is measured: lower bounds are firm (the limit must hold), upper
bounds generous (the machine is shared).
"""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from api_client.media import sha256_file
from api_client.uploads import (
    BandwidthLimiter,
    ItemState,
    QueueRunner,
    TusUploader,
    UploadCancelledError,
    UploadQueue,
)
from tests.support.uploads import MiB, big_pdf, signed_in

# Rates and waits measured against the clock: run alone (./dev test's second pass).
pytestmark = pytest.mark.timing

KiB = 1024


def _meta(path, sha: str, key: str) -> dict:
    return {"filename": path.name, "filetype": "application/pdf", "sha256": sha, "ticket_key": key,
            "page": 1, "page_count": 1}


def _drain(limiter: BandwidthLimiter, total: int, cancel: threading.Event | None = None) -> int:
    """Take ``total`` bytes from the limiter in its slices, as an upload does; returns bytes granted."""
    granted = 0
    while granted < total:
        step = min(limiter.slice_size(), total - granted)
        if not limiter.acquire(step, cancel):
            break
        granted += step
    return granted


# -- the limiter alone ---------------------------------------------------------

def test_no_limit_never_waits_and_uses_big_slices():
    limiter = BandwidthLimiter(0)
    start = time.monotonic()
    assert all(limiter.acquire(MiB) for _ in range(1000))
    assert time.monotonic() - start < 0.1
    assert limiter.rate == 0 and limiter.slice_size() == MiB


def test_slices_follow_the_rate():
    assert BandwidthLimiter(64 * KiB).slice_size() == 8 * KiB
    assert BandwidthLimiter(1 * KiB).slice_size() == 4 * KiB  # never tiny
    assert BandwidthLimiter(100 * MiB).slice_size() == MiB  # never more than an unlimited piece
    with pytest.raises(ValueError):
        BandwidthLimiter(-1)


def test_threads_share_one_rate():
    limiter = BandwidthLimiter(1 * MiB)  # slices of 128 KiB, 1/8 s each
    done: list[float] = []
    ready = threading.Barrier(3)

    def take() -> None:
        ready.wait()
        _drain(limiter, 384 * KiB)
        done.append(time.monotonic() - start)

    threads = [threading.Thread(target=take) for _ in range(3)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    # 1152 KiB at 1 MiB/s: 1.125 s, less the small burst (1/8 s) the full bucket starts with.
    assert max(done) >= 0.95
    assert max(done) < 2.5
    # Turns go in line, so the threads take turns rather than one after another (then the
    # first would be done at 0.25 s and the last 0.75 s later).
    assert min(done) >= 0.4
    assert max(done) - min(done) < 0.6


def test_a_waiting_turn_wakes_on_cancel_and_gives_its_place_back():
    limiter = BandwidthLimiter(64 * KiB)
    assert limiter.acquire(8 * KiB)  # the full bucket's burst: no wait
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    start = time.monotonic()
    assert limiter.acquire(64 * KiB, cancel) is False  # would wait ~1 s
    assert time.monotonic() - start < 0.3
    # The cancelled turn's bytes were given back: the next turn does not wait behind them.
    start = time.monotonic()
    assert limiter.acquire(8 * KiB)
    assert time.monotonic() - start < 0.3


def test_lifting_the_limit_releases_waiting_turns():
    limiter = BandwidthLimiter(16 * KiB)
    waited: dict[str, float] = {}

    def take(name: str, size: int) -> None:
        start = time.monotonic()
        limiter.acquire(size)
        waited[name] = time.monotonic() - start

    big = threading.Thread(target=take, args=("big", 160 * KiB))  # ~10 s at this rate
    big.start()
    time.sleep(0.05)
    small = threading.Thread(target=take, args=("small", 4 * KiB))  # in line behind it
    small.start()
    time.sleep(0.1)
    assert not waited
    limiter.set_rate(0)
    big.join(2)
    small.join(2)
    assert waited["big"] < 0.4 and waited["small"] < 0.4


# -- real uploads --------------------------------------------------------------

def test_a_limited_upload_keeps_to_the_limit_and_progress_keeps_flowing(service, tmp_path):
    pdf = big_pdf(tmp_path / "scan.pdf", 3 * MiB // 2)
    sha = sha256_file(pdf)
    seen: list[tuple[float, int]] = []
    with signed_in(service.url) as client:
        uploader = TusUploader(client, chunk_size=MiB, bandwidth=BandwidthLimiter(512 * KiB))
        start = time.monotonic()
        result = uploader.upload(pdf, metadata=_meta(pdf, sha, "limited"), sha256=sha,
                                 progress=lambda sent, total: seen.append((time.monotonic() - start, sent)))
        elapsed = time.monotonic() - start
        assert client.tickets.get(result.ticket_id).files[0].sha256 == sha
    # 1.5 MiB at 512 KiB/s: 3 s, less at most the bucket's burst (1/8 s: it never holds more).
    assert elapsed >= 2.85, elapsed
    assert elapsed < 6.0, elapsed
    # Progress every slice (64 KiB), not once per 1 MiB chunk: no second without news.
    times = [t for t, _ in seen]
    assert len(seen) >= 20
    assert max(b - a for a, b in itertools.pairwise(times)) < 0.5


def test_two_uploads_of_one_runner_share_the_limit(service, tmp_path):
    files = [big_pdf(tmp_path / f"file-{n}.pdf", 512 * KiB, seed=n) for n in range(2)]
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        runner = QueueRunner(queue, client, concurrency=2, rate_limit=512 * KiB, chunk_size=MiB,
                             poll_interval=0.05, lookup=lambda sha: [])
        both_going = threading.Event()
        offsets: dict[int, int] = {}

        def watch(event) -> None:
            if event.kind == "progress":
                offsets[event.item_id] = event.sent
                if len([v for v in offsets.values() if v > 0]) == 2:
                    both_going.set()

        queue.subscribe(watch)
        queue.add(files)
        start = time.monotonic()
        runner.start()
        try:
            assert both_going.wait(5)  # they really run side by side
            assert runner.wait_idle(10)
            elapsed = time.monotonic() - start
        finally:
            runner.stop()
        assert {item.state for item in queue.items()} == {ItemState.DONE}
    # 1 MiB together at 512 KiB/s: 2 s less a burst of 1/8 s (each at the full rate: 1 s).
    assert elapsed >= 1.85, elapsed
    assert elapsed < 6.0, elapsed


def test_changing_the_limit_mid_upload_takes_effect(service, tmp_path):
    pdf = big_pdf(tmp_path / "scan.pdf", 3 * MiB)
    sha = sha256_file(pdf)
    limiter = BandwidthLimiter(256 * KiB)
    marks: dict[str, float] = {}

    def progress(sent: int, total: int) -> None:
        now = time.monotonic()
        if sent >= 256 * KiB and "slow" not in marks:
            marks["slow"] = now
            limiter.set_rate(4 * MiB)  # 16 times faster, in the middle of the first chunk
        if sent >= total:
            marks["end"] = now

    with signed_in(service.url) as client:
        uploader = TusUploader(client, chunk_size=2 * MiB, bandwidth=limiter)
        start = time.monotonic()
        uploader.upload(pdf, metadata=_meta(pdf, sha, "changed"), sha256=sha, progress=progress)
    # At 256 KiB/s the whole file would take 12 s; the rest (2.75 MiB) at 4 MiB/s takes ~0.7 s.
    assert marks["slow"] - start >= 0.8  # the first quarter MiB kept to the low limit
    # ... and the rest to the new one: ~0.7 s, less a burst of 1/8 s.
    assert marks["end"] - marks["slow"] >= 0.5
    assert marks["end"] - marks["slow"] < 3.0


def test_cancel_during_a_throttled_upload_returns_promptly(service, tmp_path):
    pdf = big_pdf(tmp_path / "scan.pdf", 2 * MiB)
    sha = sha256_file(pdf)
    cancel = threading.Event()
    cancelled_at: list[float] = []

    def progress(sent: int, total: int) -> None:
        if sent >= 8 * KiB and not cancel.is_set():
            cancelled_at.append(time.monotonic())
            cancel.set()

    with signed_in(service.url) as client:
        # 16 KiB/s: every slice waits a quarter second; a cancel must not wait for it.
        uploader = TusUploader(client, chunk_size=MiB, bandwidth=BandwidthLimiter(16 * KiB))
        with pytest.raises(UploadCancelledError):
            uploader.upload(pdf, metadata=_meta(pdf, sha, "cancelled"), sha256=sha, progress=progress,
                            cancel=cancel)
        returned = time.monotonic()
    assert returned - cancelled_at[0] < 0.5


def test_pausing_a_runner_under_a_low_limit_stops_at_once(service, tmp_path):
    pdf = big_pdf(tmp_path / "scan.pdf", MiB)
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        runner = QueueRunner(queue, client, rate_limit=16 * KiB, poll_interval=0.05, lookup=lambda sha: [])
        (item,) = queue.add([pdf])
        runner.start()
        try:
            deadline = time.monotonic() + 10
            while not (queue.get(item.id).state is ItemState.UPLOADING and runner._busy):
                assert time.monotonic() < deadline
                time.sleep(0.02)
            time.sleep(0.3)  # inside the throttled body
            start = time.monotonic()
            runner.pause_all()
            while runner._busy:
                assert time.monotonic() - start < 0.5
                time.sleep(0.01)
        finally:
            runner.stop()


def test_unlimited_runner_is_not_slowed_and_a_limit_can_be_set_live(service, tmp_path):
    pdf = big_pdf(tmp_path / "scan.pdf", 4 * MiB)
    other = big_pdf(tmp_path / "other.pdf", 2 * MiB, seed=3)
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        runner = QueueRunner(queue, client, chunk_size=MiB, poll_interval=0.05, lookup=lambda sha: [])
        assert runner.rate_limit == 0
        runner.start()
        try:
            start = time.monotonic()
            (fast,) = queue.add([pdf])
            assert runner.wait_idle(10)
            assert queue.get(fast.id).state is ItemState.DONE
            assert time.monotonic() - start < 3.0  # loopback, no limit: well over 2 MB/s

            # Now a low limit, set on the running runner: the next file keeps to it.
            runner.set_rate_limit(256 * KiB)
            assert runner.rate_limit == 256 * KiB
            (slow,) = queue.add([other])
            time.sleep(1.0)
            item = queue.get(slow.id)
            assert item.state is not ItemState.DONE
            runner.set_rate_limit(0)  # lifted again: it finishes without a restart
            assert runner.wait_idle(10)
            assert queue.get(slow.id).state is ItemState.DONE and queue.get(slow.id).attempts == 0
        finally:
            runner.stop()
