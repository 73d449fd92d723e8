"""``ticketpros upload`` on the hostile corpus: exit status 1, one line per refused file."""

from __future__ import annotations

import io
import sys

from app.cli import main
from tests.support import hostile_corpus as corpus
from tests.support.service import DEMO_PASSWORD


def run(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_upload_of_the_corpus_prints_one_line_per_refused_file(monkeypatch, capsys, small_service, written,
                                                               tmp_path):
    code, _, _ = run(monkeypatch, capsys, "login", "--server", small_service.url, "--email", "alice@demo.example",
                     "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert code == 0
    code, out, err = run(monkeypatch, capsys, "upload", str(tmp_path / "corpus"), "--chunk-size", "0.25")
    assert code == 1
    assert "Traceback" not in out + err
    bad = corpus.refused(written)
    # The photo check's warnings name small photos that are sent anyway: not refusals.
    lines = [line for line in err.splitlines() if ": warning: This photo " not in line]
    assert len(lines) == len(bad), err
    for line in lines:
        assert line.startswith("ticketpros: ")
        name, _, reason = line.removeprefix("ticketpros: ").partition(": ")
        assert "\x1b" not in name and "\u202e" not in name
        corpus.assert_reason(reason)
    for sample in bad:  # each refused file is named, with its reason
        assert any(line.startswith(f"ticketpros: {sample.path.name}: ") for line in lines) or \
            sample.entry.category == "name", sample.path.name
    uploaded = out.splitlines()
    assert len(uploaded) == len(written) - len(bad)
    assert all(": uploaded (ticket tkt_" in line for line in uploaded)
    with small_service.db() as db:
        assert db.execute("SELECT count(*) FROM tickets").fetchone()[0] == len(written) - len(bad)
