"""The photo quality check: a few generated photos of each kind (the full measured set is
``./dev bench`` row ``quality``), and what the upload queue does with one that fails it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from api_client import quality_message
from api_client.media import Problem, prepare
from api_client.uploads import ItemState, QualityPolicy, QueueRunner, UploadQueue
from api_client.uploads import store as queue_store
from tests import media_samples as samples
from tests.support.quality_set import generate
from tests.support.uploads import signed_in

EXPECTED = {"sharp": None, "gaussian": Problem.BLURRED, "motion": Problem.BLURRED, "dark": Problem.DARK,
            "washed_out": Problem.WASHED_OUT, "tiny": Problem.LOW_RESOLUTION, "small_page": Problem.SMALL_PAGE}


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory):
    # Pages 1,200 pixels wide: photos of 1.5 to 3 megapixels, the smallest a phone takes.
    return generate(tmp_path_factory.mktemp("quality") / "set", 2, page_width=1200, seed=2026)


def test_sharp_photos_pass_and_each_spoiled_copy_is_named_for_its_fault(photos, tmp_path):
    found = {}
    for photo in photos:
        quality = prepare(photo.path, tmp_path).quality
        assert quality is not None
        found[photo.path.name] = (photo.kind, photo.how, quality.problem)
    wrong = {name: got for name, got in found.items() if got[2] != EXPECTED[got[0]]}
    assert not wrong, wrong
    assert len(found) == 2 * len(EXPECTED)


def test_what_is_not_a_photo_is_not_checked_and_every_problem_has_its_sentence(tmp_path):
    assert prepare(samples.small_pdf(tmp_path / "scan.pdf"), tmp_path / "out").quality is None
    assert prepare(samples.png_with_exif_gps(tmp_path / "shot.png"), tmp_path / "out").quality is None
    for problem in Problem:
        sentence = quality_message(problem.value)
        assert sentence.endswith("the numbers may not be readable.") and sentence.count(".") == 1
    assert quality_message("blurred") == "This photo looks blurred; the numbers may not be readable."


def _wait(queue: UploadQueue, predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, [(i.name, i.state, i.error) for i in queue.items()]
        time.sleep(0.05)


def test_a_held_photo_waits_for_send_anyway_or_remove_and_a_flagged_one_goes_with_its_warning(
        service, photos, tmp_path):
    blurred = [p.path for p in photos if p.kind == "gaussian"]
    sharp = next(p.path for p in photos if p.kind == "sharp")
    motion = next(p.path for p in photos if p.kind == "motion")
    client = signed_in(service.url)
    queue = UploadQueue(tmp_path / "q.sqlite3", tmp_path / "staging", owner="me")
    runner = QueueRunner(queue, client, poll_interval=0.05)
    try:
        held = queue.add([blurred[0], motion, sharp], quality=QualityPolicy.HOLD)
        flagged = queue.add([blurred[1]])  # the default: flag, don't hold (scripts, the CLI, watched folders)
        runner.start()
        _wait(queue, lambda: runner.wait_idle(0.1))
        state = {item.id: item for item in queue.items()}
        assert [state[i.id].state for i in held] == [ItemState.HELD, ItemState.HELD, ItemState.DONE]
        assert [state[i.id].quality_warning for i in held] == ["blurred", "blurred", None]
        assert state[flagged[0].id].state is ItemState.DONE and state[flagged[0].id].quality_warning == "blurred"
        assert client.tickets.get(state[flagged[0].id].ticket_id).quality_warning == "blurred"
        assert client.tickets.get(state[held[2].id].ticket_id).quality_warning is None

        staged = Path(state[held[1].id].staged_path)
        assert queue.remove_held(held[1].id) and queue.get(held[1].id) is None and not staged.exists()
        assert not queue.remove_held(held[2].id)  # only a held photo is removed this way
        queue.send_anyway(held[0].id)
        _wait(queue, lambda: queue.get(held[0].id).state is ItemState.DONE)
        assert client.tickets.get(queue.get(held[0].id).ticket_id).quality_warning == "blurred"
    finally:
        runner.stop()
        queue.close()
        client.close()


def test_a_queue_of_the_version_before_the_check_opens_with_its_files_flagged_not_held(tmp_path):
    db = tmp_path / "upload-queue.sqlite3"
    version = queue_store.SCHEMA_VERSION - 1
    conn = sqlite3.connect(db, isolation_level=None)
    for migration in queue_store.MIGRATIONS[:version]:
        migration.apply(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    assert "quality_policy" not in {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    now = time.time()
    conn.execute("INSERT INTO items (batch_id, grouping, source_path, name, state, ticket_key, upload_key, "
                 "created_at, updated_at, note) VALUES ('b', 'one-ticket-each', '/x.jpg', 'x.jpg', 'queued', 'k', "
                 "'u', ?, ?, 'kept')", (now, now))
    conn.close()
    with UploadQueue(db, tmp_path / "staging") as queue:
        (item,) = queue.items()
        assert (item.state, item.note, item.quality_policy, item.quality_warning) == (
            ItemState.QUEUED, "kept", QualityPolicy.FLAG, None)
    assert queue_store.schema_version(db) == queue_store.SCHEMA_VERSION
