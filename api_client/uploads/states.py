"""Where a queued file stands, and the one table of the moves between states.

Every change of an item's state is an :class:`Action` (something the person
did, or something the runner found) looked up in :data:`TRANSITIONS`: the
states it may start from and the state it leads to. From any other state the
move is refused and nothing is written: the item changed meanwhile (paused,
cancelled, finished), and the person's last word wins over work that was
already under way. :class:`~api_client.uploads.store.QueueStore.apply` is the
only place that writes a state.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class ItemState(StrEnum):
    PREPARING = "preparing"
    DUPLICATE_CHECK = "duplicate_check"
    WAITING_DECISION = "waiting_decision"
    #: The photo looks unreadable (``media._quality``): it waits for Send anyway or Remove.
    HELD = "held"
    QUEUED = "queued"
    UPLOADING = "uploading"
    PAUSED = "paused"
    FAILED = "failed"
    DONE = "done"
    CANCELLED = "cancelled"
    REJECTED = "rejected"

    @property
    def finished(self) -> bool:
        return self in FINISHED


#: Nothing more happens to the file itself (a cancelled upload may still be removed from the service).
FINISHED = frozenset({ItemState.DONE, ItemState.CANCELLED, ItemState.REJECTED})
UNFINISHED = frozenset(ItemState) - FINISHED
#: The runner works on the file now or will without being asked: what "Pause" stops.
WORKING = frozenset({ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED, ItemState.UPLOADING,
                     ItemState.FAILED})


class Action(StrEnum):
    # What the person does.
    PAUSE = "pause"
    RESUME = "resume"
    RETRY_NOW = "retry_now"
    CANCEL = "cancel"
    UPLOAD_ANYWAY = "upload_anyway"
    SKIP = "skip"
    SEND_ANYWAY = "send_anyway"      # a held photo is sent as it is (with its quality warning)
    # What the runner does or finds.
    RECOVER = "recover"              # the queue opened after a crash with an upload in progress
    RETRY_DUE = "retry_due"          # a failed file's next try is due
    PREPARED = "prepared"            # the cleaned copy is made
    HOLD = "hold"                    # the cleaned copy is made, and the photo looks unreadable
    CHECKED = "checked"              # no ticket holds the same content
    FOUND_DUPLICATE = "found_duplicate"
    START_UPLOAD = "start_upload"
    STOPPED = "stopped"              # an upload stopped for a pause, a cancel or the runner stopping
    RESTART = "restart"              # the service lost the upload: a new one is made
    UPLOADED = "uploaded"
    REFUSE = "refuse"                # it can never be sent as it is
    FAIL = "fail"                    # it may pass later: tried again after a delay


@dataclass(frozen=True)
class Transition:
    sources: frozenset[ItemState]
    #: None: the file's next step, from what it has done (:func:`next_step`).
    target: ItemState | None


def _to(target: ItemState | None, *sources: ItemState) -> Transition:
    return Transition(frozenset(sources), target)


TRANSITIONS: MappingProxyType[Action, Transition] = MappingProxyType({
    Action.PAUSE: _to(ItemState.PAUSED, *WORKING),
    Action.RESUME: _to(None, ItemState.PAUSED),
    Action.RETRY_NOW: _to(None, ItemState.FAILED, ItemState.PAUSED),
    Action.CANCEL: _to(ItemState.CANCELLED, *UNFINISHED),
    Action.UPLOAD_ANYWAY: _to(ItemState.QUEUED, ItemState.WAITING_DECISION),
    Action.SKIP: _to(ItemState.CANCELLED, ItemState.WAITING_DECISION),
    Action.SEND_ANYWAY: _to(None, ItemState.HELD),
    Action.RECOVER: _to(ItemState.QUEUED, ItemState.UPLOADING),
    Action.RETRY_DUE: _to(None, ItemState.FAILED),
    Action.PREPARED: _to(ItemState.DUPLICATE_CHECK, ItemState.PREPARING),
    Action.HOLD: _to(ItemState.HELD, ItemState.PREPARING),
    Action.CHECKED: _to(ItemState.QUEUED, ItemState.DUPLICATE_CHECK),
    Action.FOUND_DUPLICATE: _to(ItemState.WAITING_DECISION, ItemState.DUPLICATE_CHECK),
    Action.START_UPLOAD: _to(ItemState.UPLOADING, ItemState.QUEUED),
    Action.STOPPED: _to(ItemState.QUEUED, ItemState.UPLOADING),
    Action.RESTART: _to(ItemState.QUEUED, ItemState.UPLOADING),
    # The service has the file whole: that wins over a pause or cancel that came too late.
    Action.UPLOADED: _to(ItemState.DONE, ItemState.UPLOADING, ItemState.PAUSED, ItemState.CANCELLED),
    Action.REFUSE: _to(ItemState.REJECTED, *WORKING),
    Action.FAIL: _to(ItemState.FAILED, *WORKING),
})


def next_step(*, staged: bool, checked: bool) -> ItemState:
    """Where a file goes on from: cleaned again if it has no cleaned copy,
    checked for duplicates if it was not, else queued for upload."""
    if not staged:
        return ItemState.PREPARING
    if not checked:
        return ItemState.DUPLICATE_CHECK
    return ItemState.QUEUED
