"""What importing the SDK costs: it must not bring in httpx's command-line client.

httpx imports it (click, rich, pygments: more time than httpx itself) whenever
those are installed, as they are in this environment, through the test and
lint tools; ``api_client`` keeps it out (see its ``__init__``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI_ONLY = ("click", "rich", "pygments")


def _loaded_after(code: str) -> set[str]:
    # A None entry is a module that failed to import (or was kept out): not loaded.
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(n for n, m in sys.modules.items() if m is not None)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_httpx_command_line_client_is_installed_here_so_the_next_test_means_something() -> None:
    pytest.importorskip("rich")
    pytest.importorskip("click")
    pytest.importorskip("pygments")
    assert {"httpx._main", "rich"} <= _loaded_after("import httpx")


def test_importing_the_sdk_leaves_httpx_command_line_client_out() -> None:
    loaded = _loaded_after("import api_client, api_client.uploads\nimport httpx\nassert callable(httpx.main)")
    assert "httpx" in loaded
    assert not {m for m in loaded for name in ("httpx._main", *CLI_ONLY) if m == name or m.startswith(name + ".")}
