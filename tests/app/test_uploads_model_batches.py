"""The Uploads page's model applies queue events in batches: counts and totals kept as they
go equal a count over every row, new rows come as one block, changed rows as ranges."""

from __future__ import annotations

import dataclasses
import random

from api_client.uploads import ItemState, QueueEvent, UploadItem
from app.uploads.model import QueueBridge, UploadQueueModel


def _item(item_id: int, state: ItemState = ItemState.PREPARING, size: int | None = 1000, offset: int = 0):
    return UploadItem(
        id=item_id, batch_id=f"b{item_id}", name=f"{item_id}.jpg", source_path=f"/scans/{item_id}.jpg", state=state,
        error=None, next_attempt_at=None, attempts=0, size=size, mime=None, sha256=None, staged_path=None,
        removed=(), duplicates=(), page=1, page_count=1, ticket_number=None, job=None, notes=None, offset=offset,
        upload_url=None, ticket_id=None, created_at=0.0)


def _brute(model: UploadQueueModel) -> tuple[dict[ItemState, int], tuple[int, int]]:
    counts: dict[ItemState, int] = {}
    total = sent = 0
    for row in range(model.rowCount()):
        item = model.item(row)
        counts[item.state] = counts.get(item.state, 0) + 1
        if item.state in (ItemState.CANCELLED, ItemState.REJECTED) or item.size is None:
            continue
        total += item.size
        sent += min(item.size, model._sent.get(item.id, 0))
    return counts, (sent, total)


def test_a_thousand_added_files_are_one_block_and_changes_are_ranges(qapp):
    model = UploadQueueModel()
    inserts: list[tuple[int, int]] = []
    changes: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    model.dataChanged.connect(lambda top, bottom, *_: changes.append((top.row(), bottom.row())))
    model.apply_events([QueueEvent("added", n, _item(n)) for n in range(1, 1001)])
    assert inserts == [(0, 999)]
    assert model.counts() == {ItemState.PREPARING: 1000}
    assert model.totals() == (0, 1_000_000)

    # Each file moved twice in one batch: its last state wins; rows 0-9 and 20-29 as two ranges.
    events = []
    for n in [*range(1, 11), *range(21, 31)]:
        events.append(QueueEvent("changed", n, _item(n, ItemState.QUEUED)))
        events.append(QueueEvent("changed", n, _item(n, ItemState.DONE, offset=1000)))
    model.apply_events(events)
    assert changes == [(0, 9), (20, 29)]
    assert model.item(0).state is ItemState.DONE and model.item(10).state is ItemState.PREPARING
    assert model.counts() == {ItemState.PREPARING: 980, ItemState.DONE: 20}
    assert model.totals() == (20_000, 1_000_000)


def test_counts_and_totals_kept_as_events_come_equal_a_count_over_every_row(qapp):
    rng = random.Random(14)
    model = UploadQueueModel()
    model.reset_items([_item(n, size=rng.choice([None, 500, 2000])) for n in range(1, 51)])
    next_id = 51
    for _ in range(40):
        events = []
        for _ in range(rng.randint(1, 30)):
            ids = [model.item(r).id for r in range(model.rowCount())]
            roll = rng.random()
            if roll < 0.2 or not ids:
                events.append(QueueEvent("added", next_id, _item(next_id, size=rng.choice([None, 700]))))
                next_id += 1
            elif roll < 0.3:
                events.append(QueueEvent("removed", rng.choice(ids)))
            else:
                item = model.item_by_id(rng.choice(ids))
                state = rng.choice(list(ItemState))
                events.append(QueueEvent("changed", item.id, dataclasses.replace(
                    item, state=state, offset=rng.randint(0, 3000))))
        model.apply_events(events)
        uploading = [model.item(r).id for r in range(model.rowCount())
                     if model.item(r).state is ItemState.UPLOADING]
        if uploading:
            model.apply_progress({item_id: (rng.randint(0, 2500), 2500) for item_id in uploading})
        counts, totals = _brute(model)
        assert model.counts() == counts
        assert model.totals() == totals
        assert all(model.row_of(model.item(r).id) == r for r in range(model.rowCount()))


def test_the_bridge_delivers_events_in_order_as_one_batch(qtbot):
    bridge = QueueBridge()
    batches: list[list[QueueEvent]] = []
    bridge.events.connect(batches.append)
    sent = [QueueEvent("added", n, _item(n)) for n in range(1, 201)]
    for event in sent:
        bridge.listener(event)
    qtbot.waitUntil(lambda: bool(batches), timeout=2000)
    assert batches == [sent]


def test_held_changed_names_only_the_files_that_went_to_or_from_held(qapp):
    model = UploadQueueModel()
    said: list[set[int]] = []
    model.held_changed.connect(said.append)
    model.reset_items([_item(1, ItemState.HELD), *(_item(n) for n in range(2, 1001))])
    assert said == [{1}]  # a reset names every held file

    # A thousand files moving on without a hold: nothing to say.
    model.apply_events([QueueEvent("changed", n, _item(n, ItemState.QUEUED)) for n in range(2, 1001)])
    assert said == [{1}]
    # Held, released, held then removed, added held: each named once per batch.
    model.apply_events([QueueEvent("changed", 5, _item(5, ItemState.HELD)),
                        QueueEvent("changed", 1, _item(1, ItemState.QUEUED)),
                        QueueEvent("changed", 6, _item(6, ItemState.UPLOADING)),
                        QueueEvent("added", 2000, _item(2000, ItemState.HELD))])
    assert said[1:] == [{5, 1, 2000}]
    model.apply_events([QueueEvent("removed", 5, None), QueueEvent("removed", 7, None)])
    assert said[2:] == [{5}]


def test_an_additions_snapshot_told_after_the_files_next_state_never_undoes_it(qapp):
    # The queue stores a whole batch, then tells each "added"; a worker may prepare a small photo
    # and tell "changed" (held) first. The row must show HELD, not its first state (PREPARING).
    model = UploadQueueModel()
    model.apply_events([QueueEvent("changed", 1, _item(1, ItemState.HELD)),
                        QueueEvent("added", 1, _item(1)), QueueEvent("added", 2, _item(2))])
    assert [model.item(r).state for r in range(model.rowCount())] == [ItemState.HELD, ItemState.PREPARING]
    model.apply_events([QueueEvent("changed", 2, _item(2, ItemState.HELD))])
    model.apply_events([QueueEvent("added", 2, _item(2))])  # told late, in the next batch
    assert model.item(1).state is ItemState.HELD
    assert model.counts() == {ItemState.HELD: 2}
    # a file removed, then an addition under the same id in one batch: the new file is shown
    model.apply_events([QueueEvent("removed", 2), QueueEvent("added", 2, _item(2, ItemState.QUEUED))])
    assert model.item(1).state is ItemState.QUEUED
