"""Fixtures of the API fuzz run: one fresh demo service per persona."""

from __future__ import annotations

import logging

import pytest

from tests.fuzz.harness import PERSONAS, TALLY, SessionKeeper
from tests.support.service import start_service


@pytest.fixture(scope="module")
def fuzz_services(tmp_path_factory):
    """A demo service (demo tickets included) per persona, started on first use;
    personas never share one, so what one persona's cases destroy stays there."""
    started: dict[str, tuple] = {}

    def get(persona: str):
        if persona not in started:
            service = start_service(tmp_path_factory.mktemp(f"fuzz-{persona}"), demo_tickets=True)
            email = PERSONAS[persona]
            started[persona] = (service, SessionKeeper(service, email) if email else None)
        return started[persona]

    yield get
    for service, keeper in started.values():
        if keeper is not None:
            keeper.close()
        service.stop()


class ServerErrors(logging.Handler):
    """Tracebacks the in-process services log (uvicorn.error), so that a 5xx
    failure shows where the service broke, not only the reply."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


@pytest.fixture(scope="module", autouse=True)
def server_errors():
    handler = ServerErrors()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    loggers = [logging.getLogger(name) for name in ("uvicorn.error", "server")]
    for logger in loggers:
        logger.addHandler(handler)
    yield handler
    for logger in loggers:
        logger.removeHandler(handler)


def pytest_sessionfinish(session) -> None:
    # In a pytest-xdist worker: the tally goes to the controller (tests/conftest.py prints it).
    if hasattr(session.config, "workeroutput") and TALLY.cases:
        session.config.workeroutput["fuzz_tally"] = TALLY.to_json()
