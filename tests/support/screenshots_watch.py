"""Screenshots of watched folders: ``python -m tests.support.screenshots_watch [OUT_DIR] [THEME] [SCALE]``.

The real main window offscreen against a demo service: the Uploads page with
two watched folders (one receiving files, one refused file among them; one that
cannot be reached), the Settings window's folder list and a folder's defaults.
PNGs go to ``screenshots/`` (gitignored): ``watch-*-<theme>-<scale>x.png``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.support.screenshots_pages import SCREENSHOTS, main_window_session


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else SCREENSHOTS
    out.mkdir(parents=True, exist_ok=True)
    theme = argv[1] if len(argv) > 1 else "light"
    scale = argv[2] if len(argv) > 2 else "1"
    suffix = f"{theme}-{scale}x"

    from api_client.watch import WatchedFolder
    from app.settings import Settings
    from app.settings.dialog import SettingsDialog
    from tests.api_client.test_watch import distinct_jpeg

    with main_window_session(theme, scale) as session:
        home, window, spin = session.home, session.window, session.spin
        uploads = window.pages["uploads"]
        spin(3, until=lambda: uploads.watcher is not None)
        inbox = home / "Scanner inbox"
        inbox.mkdir()
        share = home / "Office share (unplugged)"
        folders = [WatchedFolder(str(inbox), job="Riverside pour", grouping="page"),
                   WatchedFolder(str(share), after="keep")]
        settings = Settings(watched_folders=[f.to_dict() for f in folders])
        uploads.apply_settings(settings)
        window.show_page("uploads")
        source = home / "scans"
        source.mkdir()
        for n in range(3):
            distinct_jpeg(source / f"ticket-10{n}.jpg", 40 + n)
        (source / "scanner-settings.txt").write_text("not a ticket")
        for path in sorted(source.iterdir()):
            shutil.copy(path, inbox / path.name)
        spin(25, until=lambda: len(list((inbox / "Uploaded").glob("*"))) == 3
             and (inbox / "Not uploaded").is_dir()
             and uploads.folders_panel.rows[str(share)].status.text() == "Not watching")
        spin(1.0)
        window.grab().save(str(out / f"watch-uploads-{suffix}.png"))

        dialog = SettingsDialog(settings, proxy_in_use=None, parent=window)
        dialog.show()
        spin(0.3)
        dialog.resize(dialog.sizeHint())
        spin(0.3)
        dialog.grab().save(str(out / f"watch-settings-{suffix}.png"))
        dialog.watched_editor.tree.setCurrentItem(dialog.watched_editor.tree.topLevelItem(0))
        edit = dialog.watched_editor.edit_selected()
        spin(0.3)
        edit.grab().save(str(out / f"watch-folder-{suffix}.png"))
        edit.reject()
        dialog.reject()
        spin(0.3)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
