"""``ticketpros --self-test`` from source (CI also runs it in the built bundle)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_builds_every_page_and_exits_0():
    result = subprocess.run([sys.executable, "-m", "app", "--self-test"], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout and "pages built" in result.stdout
    assert result.stderr == ""
