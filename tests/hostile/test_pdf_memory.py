"""Checking a PDF reads it in pieces: a large scan costs no more memory than a small one."""

from __future__ import annotations

import tracemalloc

import pytest

from api_client.media import _pdf as client_pdf
from server import media as server_media
from tests.support.uploads import MiB, big_pdf


@pytest.mark.parametrize("check", [client_pdf.check_pdf, server_media.check_pdf], ids=["client", "service"])
def test_a_64_mib_pdf_is_checked_without_loading_it(check, tmp_path):
    check(big_pdf(tmp_path / "small.pdf", 64 * 1024))  # imports pypdf outside the measurement
    pdf = big_pdf(tmp_path / "scan.pdf", 64 * MiB)
    tracemalloc.start()
    try:
        check(pdf)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MiB, f"peak {peak / MiB:.1f} MiB while checking a 64 MiB PDF"
