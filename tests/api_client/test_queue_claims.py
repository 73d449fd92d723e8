"""What a claim reads: the next files by indexed queries in the order the runner works, and
the queue's counts and bytes by aggregates (no service: the rows are written directly)."""

from __future__ import annotations

import uuid

import pytest

from api_client.uploads import ItemState, UploadQueue
from api_client.uploads.store import Grouping, NewItem


@pytest.fixture
def queue(tmp_path):
    q = UploadQueue(tmp_path / "upload-queue.sqlite3", tmp_path / "staging", clock=lambda: 1000.0)
    yield q
    q.close()


def _add(queue: UploadQueue, n: int) -> list[int]:
    return queue.store.insert([NewItem(
        batch_id=str(uuid.uuid4()), grouping=Grouping.ONE_TICKET_EACH, source_path=f"/scans/{i}.jpg",
        name=f"{i}.jpg", state=ItemState.PREPARING, ticket_key=str(uuid.uuid4()), page=1, page_count=1,
        ticket_number=None, job=None, notes=None, ticket_date=None, upload_key=str(uuid.uuid4()))
        for i in range(n)])


def _set(queue: UploadQueue, item_id: int, **fields) -> None:
    queue.store.update(item_id, **fields)


def test_claimable_files_come_oldest_first_across_states_without_the_skipped_or_not_due(queue):
    ids = _add(queue, 12)
    _set(queue, ids[0], state=ItemState.DONE, size=10, offset=10)
    _set(queue, ids[1], state=ItemState.QUEUED)
    _set(queue, ids[2], state=ItemState.FAILED, next_attempt_at=999.0)    # due
    _set(queue, ids[3], state=ItemState.FAILED, next_attempt_at=None)     # waits for "Retry now"
    _set(queue, ids[4], state=ItemState.FAILED, next_attempt_at=1001.0)   # not yet
    _set(queue, ids[5], state=ItemState.DUPLICATE_CHECK)
    _set(queue, ids[6], state=ItemState.CANCELLED, upload_url="http://x/u/1")   # partial upload to remove
    _set(queue, ids[7], state=ItemState.CANCELLED)                                # nothing left to do
    _set(queue, ids[8], state=ItemState.PAUSED)
    _set(queue, ids[9], state=ItemState.WAITING_DECISION)
    _set(queue, ids[10], state=ItemState.QUEUED, next_attempt_at=1500.0)  # a retry of its upload later
    # ids[11] is still being prepared.

    every = [item.id for item in queue.store.claimable(1000.0)]
    assert every == [ids[1], ids[2], ids[5], ids[6], ids[11]]
    assert [item.id for item in queue.store.claimable(1000.0, skip={ids[1], ids[6]})] == [ids[2], ids[5], ids[11]]
    assert [item.id for item in queue.store.claimable(2000.0)] == [ids[1], ids[2], ids[4], ids[5], ids[6],
                                                                     ids[10], ids[11]]


def test_claimable_reads_past_the_first_rows_of_a_state_in_order(queue):
    ids = _add(queue, 300)
    skip = set(ids[:250])
    assert [item.id for item in queue.store.claimable(1000.0, skip=skip)] == ids[250:]
    taken = queue.store.claimable(1000.0)
    assert next(taken).id == ids[0]
    assert next(taken).id == ids[1]


def test_summary_and_settled_are_what_the_rows_say(queue):
    ids = _add(queue, 6)
    _set(queue, ids[0], state=ItemState.DONE, size=100, offset=0)         # a done file counts whole
    _set(queue, ids[1], state=ItemState.UPLOADING, size=200, offset=50)
    _set(queue, ids[2], state=ItemState.REJECTED, size=999)                # not to be sent: not counted
    _set(queue, ids[3], state=ItemState.CANCELLED, size=999, offset=9)
    _set(queue, ids[4], state=ItemState.QUEUED, size=300, offset=400)     # an offset past the size counts the size
    summary = queue.store.summary()
    assert summary.counts == {ItemState.DONE: 1, ItemState.UPLOADING: 1, ItemState.REJECTED: 1,
                              ItemState.CANCELLED: 1, ItemState.QUEUED: 1, ItemState.PREPARING: 1}
    assert (summary.files, summary.finished) == (6, 3)
    assert (summary.sent, summary.total) == (100 + 50 + 300, 100 + 200 + 300)
    assert [item.id for item in queue.store.in_states({ItemState.QUEUED, ItemState.DONE})] == [ids[0], ids[4]]

    assert not queue.store.settled()
    for item_id in (ids[1], ids[4], ids[5]):
        _set(queue, item_id, state=ItemState.PAUSED)
    _set(queue, ids[3], upload_url="http://x/u/3")
    assert not queue.store.settled()  # the cancelled partial upload is still to be removed
    _set(queue, ids[3], upload_url=None)
    assert queue.store.settled()
    _set(queue, ids[5], state=ItemState.WAITING_DECISION)
    assert queue.store.settled()
    _set(queue, ids[5], state=ItemState.FAILED, next_attempt_at=None)
    assert not queue.store.settled()  # a failed file is tried again (or given up on by a person)


def test_another_accounts_rows_are_neither_claimed_nor_counted(tmp_path):
    path = tmp_path / "upload-queue.sqlite3"
    mine = UploadQueue(path, tmp_path / "staging", owner="me", clock=lambda: 1000.0)
    theirs = UploadQueue(path, tmp_path / "staging", owner="them", clock=lambda: 1000.0)
    try:
        _add(theirs, 3)
        assert list(mine.store.claimable(1000.0)) == []
        assert mine.store.summary().files == 0
        assert mine.store.settled()
        assert len(list(theirs.store.claimable(1000.0))) == 3
    finally:
        mine.close()
        theirs.close()
