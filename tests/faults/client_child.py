"""The client side of a client-kill trial: run the upload queue in ``DB`` until
nothing is left to do, then exit 0. Started again after every SIGKILL.

``python -m tests.faults.client_child URL DB STAGING`` (password in $TRIALS_PASSWORD)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from api_client import TicketProsClient
from api_client.uploads import QueueRunner, UploadQueue
from tests.faults.trials import CHUNK_SIZE, EMAIL, trial_backoff


def main(url: str, db: str, staging: str) -> int:
    with TicketProsClient(url) as client:
        client.login(EMAIL, os.environ["TRIALS_PASSWORD"], remember=False)
        with UploadQueue(Path(db), Path(staging)) as queue:
            runner = QueueRunner(queue, client, chunk_size=CHUNK_SIZE, poll_interval=0.05, backoff=trial_backoff)
            runner.start()
            try:
                runner.wait_idle()
            finally:
                runner.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
