"""Fixtures for the hostile-file trials: a service with a 1 MB upload limit (so the
oversize file stays cheap) and the corpus written fresh for each test."""

from __future__ import annotations

import pytest

from tests.support import hostile_corpus as corpus
from tests.support.service import start_service
from tests.support.uploads import MiB


@pytest.fixture
def small_service(tmp_path):
    handle = start_service(tmp_path / "service-data", max_upload_size=MiB)
    yield handle
    handle.stop()


@pytest.fixture
def written(tmp_path) -> list[corpus.Written]:
    return corpus.write(tmp_path / "corpus", max_upload_size=MiB)

