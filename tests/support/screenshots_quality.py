"""Held photos and merging, as a user: ``python -m tests.support.screenshots_quality [OUT_DIR] [THEME] [SCALE]``.

The Uploads page with a sharp photo sent and two held ones (blurred, dark),
one of them selected (``uploads-held-*``); the Tickets page with two tickets
selected for a merge (``tickets-merge-selected-*``), its question
(``tickets-merge-confirm-*``) and the merged ticket's detail with its photo
check (``tickets-merged-*``). Signed in as Alice, the demo member.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.screenshots_pages import SCREENSHOTS, main_window_session


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else SCREENSHOTS
    theme = argv[1] if len(argv) > 1 else "light"
    scale = argv[2] if len(argv) > 2 else "1"
    out.mkdir(parents=True, exist_ok=True)
    suffix = f"{theme}-{scale}x"
    with main_window_session(theme, scale, "alice@demo.example", demo_tickets=True) as session:
        from PySide6.QtCore import QItemSelectionModel

        from api_client.uploads import ItemState
        from app.confirm import Confirmation
        from tests.support.quality_set import generate

        photos = generate(session.home / "photos", 1, page_width=1200, kinds=("gaussian", "dark"), seed=11)
        named = {p.kind: p.path.rename(p.path.with_name(f"ticket-{p.kind}.jpg")) for p in photos}
        session.window.show_page("uploads")
        uploads = session.window.pages["uploads"]
        session.spin(10, until=lambda: uploads.queue is not None)
        uploads.add_paths([named["sharp"], named["gaussian"], named["dark"]])

        def held() -> list[int]:
            return [uploads.model.item(r).id for r in range(uploads.model.rowCount())
                    if uploads.model.item(r).state is ItemState.HELD]

        session.spin(30, until=lambda: len(held()) == 2 and ItemState.DONE in uploads.model.counts())
        uploads.select_ids(held()[:1])
        session.spin(1.5)  # thumbnails
        session.window.grab().save(str(out / f"uploads-held-{suffix}.png"))

        session.window.show_page("tickets")
        tickets = session.window.pages["tickets"]
        session.spin(10, until=lambda: tickets.model.loaded_once and not tickets.model.loading)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in (0, 1):
            tickets.table.selectionModel().select(tickets.model.index(row, 0), flags)
        tickets.table.selectionModel().setCurrentIndex(tickets.model.index(0, 0),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)
        session.spin(2)
        session.window.grab().save(str(out / f"tickets-merge-selected-{suffix}.png"))
        tickets.merge_selected()
        box = tickets.findChild(Confirmation)
        session.spin(0.5)
        session.window.grab().save(str(out / f"tickets-merge-confirm-{suffix}.png"))
        box.grab().save(str(out / f"tickets-merge-question-{suffix}.png"))
        box.action_button.click()
        session.spin(10, until=lambda: "Merged" in tickets.export_message.text() and not tickets.model.loading)
        tickets.table.setCurrentIndex(tickets.model.index(0, 0))
        session.spin(3)
        session.window.grab().save(str(out / f"tickets-merged-{suffix}.png"))
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
