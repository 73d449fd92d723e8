"""Screenshots of the Uploads and Tickets pages: ``python -m tests.support.screenshots_uploads [OUT_DIR] [THEME]``.

Renders the real main window offscreen against a demo service on loopback:
the Uploads page empty, busy (an upload in flight, a refused file, a failure
waiting for its next try, a duplicate waiting for a decision), and the
Tickets page with 200 tickets. PNGs go to ``screenshots/`` (gitignored).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.support.screenshots_pages import SCREENSHOTS, main_window_session


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else SCREENSHOTS
    out.mkdir(parents=True, exist_ok=True)

    from api_client.uploads import ItemState
    from tests import media_samples as samples
    from tests.support.uploads import MiB, add_tickets, big_pdf, signed_in

    theme = argv[1] if len(argv) > 1 else "light"
    with main_window_session(theme, max_upload_size=400 * MiB) as session:
        home, service, window, spin = session.home, session.service, session.window, session.spin
        uploads = window.pages["uploads"]
        spin(3, until=lambda: uploads.queue is not None)
        uploads.queue_runner.uploader.chunk_size = 256 * 1024  # slow enough to catch in flight
        window.show_page("uploads")
        spin(0.5)
        window.grab().save(str(out / "uploads-empty.png"))

        files = home / "picked"
        files.mkdir()
        done_pdf = samples.small_pdf(files / "fuel-receipt-october.pdf")
        client_upload = signed_in(service.url, "owner@demo.example")
        from api_client.uploads import QueueRunner, UploadQueue
        with UploadQueue(home / "pre.sqlite3", home / "pre-staging") as pre:  # an earlier upload of one file
            r = QueueRunner(pre, client_upload, poll_interval=0.05)
            pre.add([done_pdf])
            r.start()
            r.wait_idle(30)
            r.stop()
        client_upload.close()
        samples.jpeg_with_gps(files / "IMG_2291.jpg", size=(1200, 900))
        samples.png_with_exif_gps(files / "scan 2210.png")
        samples.exe_renamed_jpg(files / "invoice-setup.jpg")
        samples.truncated_jpeg(files / "ticket-1044 (damaged).jpg")
        big_pdf(files / "weighbridge-log-2026-with-a-rather-long-file-name.pdf", 300 * MiB)
        samples.jpeg_with_gps(files / "ticket-1045.jpg", size=(800, 600))
        uploads.job_edit.setText("Riverside pour")
        uploads.add_paths(sorted(files.iterdir()))

        def ready() -> bool:
            names = {uploads.model.item(r).name: uploads.model.item(r) for r in range(uploads.model.rowCount())}
            big = next((i for n, i in names.items() if n.startswith("weighbridge")), None)
            return (len(names) == 7 and big is not None and big.state is ItemState.UPLOADING
                    and uploads.model.totals()[0] > 20 * MiB
                    and any(i.state is ItemState.WAITING_DECISION for i in names.values()))

        spin(30, until=ready)
        # One file failed on a lost connection and waits for its next try (as the queue records it).
        failed = next(uploads.model.item(r) for r in range(uploads.model.rowCount())
                      if uploads.model.item(r).name == "ticket-1045.jpg")
        # Written over whatever it reached (a screenshot staging, not a transition the runner makes).
        uploads.queue.record(failed.id, notify=True, state=ItemState.FAILED, ticket_id=None, offset=0,
                             error=f"The connection to {service.url} was lost.",
                             next_attempt_at=time.time() + 40)
        spin(0.6)
        uploads.table.selectRow(uploads.model.row_of(failed.id))
        spin(0.3)
        window.grab().save(str(out / "uploads-busy-with-error.png"))
        uploads.queue_runner.pause_all()

        add_tickets(service, "alice@demo.example", 120, job="Riverside pour")
        add_tickets(service, "bob@demo.example", 80, job="Hwy 7 resurfacing")
        tickets = window.pages["tickets"]
        window.show_page("tickets")
        spin(5, until=lambda: tickets.model.loaded_once and not tickets.model.loading)
        tickets.reload()
        spin(5, until=lambda: tickets.model.rowCount() >= 50 and not tickets.model.loading)
        spin(3, until=lambda: tickets.detail.ticket is not None)
        spin(3, until=lambda: all(tickets.model.index(r, 0).data(1) is not None for r in range(8)))
        spin(1.0)
        window.grab().save(str(out / "tickets-200.png"))
        tickets.search_edit.setText("nothing like this")
        spin(3, until=lambda: tickets.model.loaded_once and not tickets.model.loading
             and tickets.model.rowCount() == 0)
        spin(0.5)
        window.grab().save(str(out / "tickets-no-match.png"))
        uploads.shutdown()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
