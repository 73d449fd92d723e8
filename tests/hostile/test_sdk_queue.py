"""The whole hostile corpus through media cleaning and the upload queue, against the real service.

One batch: every hostile file ends with one sentence saying what is wrong with
it, every valid one (hostile names, polyglots whose extras cleaning removes)
uploads and arrives with the SHA-256 the client computed, and the service
stores nothing for the refused ones.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest

from api_client.media import MediaError, prepare
from api_client.uploads import ItemState, QueueRunner, UploadQueue
from tests.support import hostile_corpus as corpus
from tests.support import stored as blob
from tests.support.uploads import signed_in

ROOT = Path(__file__).resolve().parents[2]


def _wait_finished(queue: UploadQueue, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        items = queue.items()
        assert not [i.name for i in items if i.state is ItemState.WAITING_DECISION], "unexpected duplicate"
        if items and all(item.state.finished for item in items):
            return
        time.sleep(0.05)
    raise AssertionError([(i.name, i.state, i.error) for i in queue.items() if not i.state.finished])


def _assert_safe_name(name: str) -> None:
    assert name and len(name.encode()) <= 255
    assert "/" not in name and "\\" not in name and name not in (".", "..")
    assert not [c for c in name if unicodedata.category(c)[0] == "C"], repr(name)


def test_a_batch_of_hostile_files_refuses_each_in_one_sentence_and_uploads_the_rest(small_service, written,
                                                                                    tmp_path):
    client = signed_in(small_service.url)
    queue = UploadQueue(tmp_path / "queue" / "queue.sqlite3", tmp_path / "queue" / "staging")
    runner = QueueRunner(queue, client, chunk_size=256 * 1024, poll_interval=0.05, max_attempts=2)
    try:
        queue.add([tmp_path / "corpus"])
        runner.start()
        _wait_finished(queue)
        items = {item.source_path: item for item in queue.items()}
        assert len(items) == len(written)
        accepted = []
        for sample in written:
            item = items[str(sample.path.absolute())]
            label = f"{sample.entry.name!r}: {item.state} {item.error!r}"
            _assert_safe_name(item.name)
            if corpus.refused_when_run_by(sample.entry, sample.path):
                assert item.state is ItemState.REJECTED, label
                corpus.assert_reason(item.error, sample.entry.words)
            else:
                assert item.state is ItemState.DONE, label
                accepted.append((sample, item))

        # Every accepted file arrived whole (the service recorded the SHA-256 the client sent)
        # and under a name that is safe to show; cleaning removed the polyglots' extras.
        with small_service.db() as db:
            received = dict(db.execute("SELECT file_id, sha256 FROM ticket_file_received").fetchall())
            assert db.execute("SELECT count(*) FROM uploads").fetchone()[0] == len(accepted)
            assert db.execute("SELECT count(*) FROM tickets").fetchone()[0] == len(accepted)
        for sample, item in accepted:
            page = client.tickets.get(item.ticket_id).files[0]
            assert received[page.id] == item.sha256, sample.entry.name
            _assert_safe_name(page.original_name)
            data = client.request("GET", f"/tickets/{item.ticket_id}/files/{page.id}").content
            for forbidden in sample.entry.absent:
                assert forbidden not in data, (sample.entry.name, forbidden)

        # Nothing of the refused files reached the service's disk.
        assert len(blob.keys(small_service.settings, "files/")) == len(accepted)
        leftovers = [p for p in (small_service.settings.data_dir / "uploads").glob("*") if p.is_file()]
        assert leftovers == [] and blob.keys(small_service.settings, "uploads/") == []
        assert list((tmp_path / "queue" / "staging").iterdir()) == []
    finally:
        runner.stop()
        queue.close()
        client.close()


def test_prepare_refuses_what_the_queue_refuses_without_a_service(tmp_path):
    """The cleaning step alone, file by file: a MediaError with one sentence, never another exception
    (links, pipes, loops and missing files aside, which are the file system's and named by the queue)."""
    written = corpus.write(tmp_path / "corpus")
    for sample in written:
        if sample.entry.category in ("special", "oversize"):
            continue
        if sample.entry.expect == "accept":
            ready = prepare(sample.path, tmp_path / "work")
            assert ready.path.is_file() and ready.size > 0
            for forbidden in sample.entry.absent:
                assert forbidden not in ready.path.read_bytes()
            continue
        with pytest.raises(MediaError) as refused:
            prepare(sample.path, tmp_path / "work")
        corpus.assert_reason(refused.value.reason, sample.entry.words)
    # A refused file leaves no partial copy behind.
    assert len(list((tmp_path / "work").iterdir())) == sum(1 for s in written if s.entry.expect == "accept"
                                                          and s.entry.category != "special")


def test_a_file_swapped_for_a_folder_or_a_pipe_after_queueing_is_refused(small_service, tmp_path):
    """The queue reads files later than they were picked: what is there then is what counts."""
    folder = tmp_path / "picked"
    folder.mkdir()
    names = ["became-folder.jpg", "became-pipe.jpg", "stays.jpg"]
    for shade, name in enumerate(names):
        (folder / name).write_bytes(corpus.jpeg_bytes(shade=shade))
    client = signed_in(small_service.url)
    queue = UploadQueue(tmp_path / "queue" / "queue.sqlite3", tmp_path / "queue" / "staging")
    runner = QueueRunner(queue, client, poll_interval=0.05, max_attempts=2)
    try:
        queue.add([folder / name for name in names])
        (folder / names[0]).unlink()
        (folder / names[0]).mkdir()
        (folder / names[1]).unlink()
        os.mkfifo(folder / names[1])
        device = folder / "picked-link-to-device.jpg"  # picked itself, so followed: to what is not a file
        device.symlink_to("/dev/zero")
        queue.add([device])
        runner.start()
        _wait_finished(queue, timeout=10)
        by_name = {item.name: item for item in queue.items()}
        assert by_name["became-folder.jpg"].state is ItemState.REJECTED
        corpus.assert_reason(by_name["became-folder.jpg"].error, ("folder",))
        assert by_name["became-pipe.jpg"].state is ItemState.REJECTED
        corpus.assert_reason(by_name["became-pipe.jpg"].error, ("not a regular file",))
        assert by_name["picked-link-to-device.jpg"].state is ItemState.REJECTED
        corpus.assert_reason(by_name["picked-link-to-device.jpg"].error, ("not a regular file",))
        assert by_name["stays.jpg"].state is ItemState.DONE
    finally:
        runner.stop()
        queue.close()
        client.close()


def test_a_name_that_is_not_utf8_is_queued_kept_across_a_restart_and_sent_readable(small_service, tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9 \xff.jpg"
    Path(os.fsdecode(raw)).write_bytes(corpus.jpeg_bytes(shade=5))
    db = tmp_path / "queue" / "queue.sqlite3"
    with UploadQueue(db, tmp_path / "queue" / "staging") as queue:
        [item] = queue.add([os.fsdecode(raw)])
    client = signed_in(small_service.url)
    queue = UploadQueue(db, tmp_path / "queue" / "staging")  # reopened: the path survives as it was
    runner = QueueRunner(queue, client, poll_interval=0.05, max_attempts=2)
    try:
        assert os.fsencode(queue.get(item.id).source_path) == raw
        runner.start()
        _wait_finished(queue, timeout=10)
        done = queue.get(item.id)
        assert done.state is ItemState.DONE, done.error
        assert done.name == "caf\ufffd \ufffd.jpg"
        assert client.tickets.get(done.ticket_id).files[0].original_name == "caf\ufffd \ufffd.jpg"
    finally:
        runner.stop()
        queue.close()
        client.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
                    reason="needs root and setpriv: elsewhere the main batch test refuses chmod 000 files itself")
def test_an_unreadable_file_is_refused_for_a_user_whom_chmod_stops(small_service, tmp_path):
    """Root reads chmod 000 files, so the batch test uploads them when run as root. Here the
    queue runs in a child process without the capabilities that let root ignore permissions."""
    folder = tmp_path / "picked"
    folder.mkdir()
    (folder / "fine.jpg").write_bytes(corpus.jpeg_bytes(shade=7))
    unreadable = next(e for e in corpus.entries() if e.name == "unreadable.jpg")
    unreadable.make(folder / "unreadable.jpg")
    script = textwrap.dedent(f"""
        import json, sys
        from api_client.uploads import QueueRunner, UploadQueue
        from tests.support.uploads import signed_in
        client = signed_in({small_service.url!r})
        queue = UploadQueue({str(tmp_path / "q.sqlite3")!r}, {str(tmp_path / "staging")!r})
        runner = QueueRunner(queue, client, poll_interval=0.05, max_attempts=2)
        queue.add([{str(folder)!r}])
        runner.start()
        runner.wait_idle(timeout=20)
        runner.stop()
        json.dump({{item.name: [item.state, item.error] for item in queue.items()}}, sys.stdout)
        queue.close()
        client.close()
    """)
    done = subprocess.run(
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search", sys.executable, "-c", script],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    states = json.loads(done.stdout)
    assert states["fine.jpg"][0] == ItemState.DONE
    assert states["unreadable.jpg"][0] == ItemState.REJECTED
    corpus.assert_reason(states["unreadable.jpg"][1], unreadable.words)
