"""The first page of a 10,000-ticket list: the raw API and the real Tickets page.

Two reference services run side by side, each in its own process, seeded the
same way except for how many tickets Alice (a member) has: 100 (the baseline)
and 10,000 (``tests.support.tickets.bulk_tickets``: real pictures stored once,
every ticket recorded through the service's own ``attach_page``). Measured in
the same run, interleaved, median of ``RUNS``:

* ``GET /api/v1/tickets`` (the first page of 50, with its total), for Alice
  (her own tickets) and for the Account Owner (the organisation's);
* ``GET /api/v1/meta``, the cheapest round trip to the same service;
* the Tickets page: from ``reload()`` (what the Refresh button does) until the
  first page of rows is in the model and the table has painted them.

Run: ``./dev bench tickets``. ``--quick``: 200 tickets against 100, 5 runs,
and the services run as threads of the benchmark's process (seconds instead
of half a minute; the numbers are then only a smoke test).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from app.shell.pages import PageContext
from app.tickets import TicketsPage
from app.tickets.model import PAGE_SIZE
from app.workers import TaskRunner
from server.config import Settings
from tests.benchmarks._qt import run_until
from tests.benchmarks.table import Row, ratio_target, result_target
from tests.support.service import DEMO_PASSWORD, ServiceProcess, ServiceThread, start_service
from tests.support.tickets import bulk_tickets
from tests.support.uploads import signed_in

MANY, FEW = 10_000, 100
RUNS = 15
API_TARGET_MS = 150
PAGE_TARGET_RATIO = 1.5  # the first page at MANY may take at most this much longer than at FEW
MEMBER, OWNER = "alice@demo.example", "owner@demo.example"


class _PaintWatch(QObject):
    """When rows first arrived in the model, and when the table's viewport
    first painted after that (``arm()`` starts over)."""

    def __init__(self) -> None:
        super().__init__()
        self.arm()

    def arm(self) -> None:
        self.rows_at: float | None = None
        self.painted_at: float | None = None

    def rows_inserted(self, *_args) -> None:
        if self.rows_at is None:
            self.rows_at = time.perf_counter()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.rows_at is not None and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def _spin(app: QApplication, until, timeout: float = 30.0) -> None:
    if not run_until(until, timeout):
        raise RuntimeError("the Tickets page did not get there in time")


class _Page:
    """A real Tickets page signed in as ``email`` on one service."""

    def __init__(self, app: QApplication, url: str, email: str, thumbnails: Path) -> None:
        self.app = app
        self.client = signed_in(url, email)
        self.runner = TaskRunner()
        context = PageContext(me=self.client.me(), client=self.client, runner=self.runner,
                              report_error=self._error, navigate=lambda key, args: None)
        self.page = TicketsPage(context, thumbnail_dir=thumbnails)
        self.watch = _PaintWatch()
        self.page.table.viewport().installEventFilter(self.watch)
        self.page.model.rowsInserted.connect(self.watch.rows_inserted)
        self.page.resize(1100, 700)
        self.errors: list[BaseException] = []

    def _error(self, exc: BaseException) -> None:
        self.errors.append(exc)

    def first_page_seconds(self) -> float:
        """From reload() to the first page in the model and painted."""
        page, model = self.page, self.page.model
        _spin(self.app, lambda: self.runner.active == 0)  # thumbnails and details of the last round
        self.watch.arm()
        start = time.perf_counter()
        if page.isVisible():
            page.reload()
        else:
            page.show()  # the first time: showing the page loads it
        _spin(self.app, lambda: self.watch.painted_at is not None)
        _spin(self.app, lambda: model.loaded_once and not model.loading)
        elapsed = self.watch.painted_at - start
        # The detail of the selected row and the thumbnails load next: let them
        # finish, so they do not slow down whatever is measured after this.
        _spin(self.app, lambda: self.runner.active == 0)
        if self.errors:
            raise RuntimeError(f"the Tickets page failed: {self.errors[0]}")
        if model.rowCount() != min(PAGE_SIZE, model.total):
            raise RuntimeError(f"the first page has {model.rowCount()} rows of {model.total}")
        return elapsed

    def close(self) -> None:
        self.page.close()
        _spin(self.app, lambda: self.runner.active == 0)
        self.runner.shutdown(10000)
        self.client.close()
        # Destroyed here, on the GUI thread, not by a later garbage collection.
        self.page.table.viewport().removeEventFilter(self.watch)
        shiboken6.delete(self.page)
        shiboken6.delete(self.watch)


class _Api:
    """Raw httpx with a bearer token: what any client pays for the first page."""

    def __init__(self, url: str, email: str) -> None:
        self.http = httpx.Client(base_url=url + "/api/v1", timeout=30)
        token = self.http.post("/auth/login", json={"email": email, "password": DEMO_PASSWORD}).json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"

    def seconds(self, path: str) -> float:
        start = time.perf_counter()
        reply = self.http.get(path)
        elapsed = time.perf_counter() - start
        reply.raise_for_status()
        return elapsed

    def total(self) -> int:
        return self.http.get("/tickets").json()["total"]


@dataclass(frozen=True)
class TicketsResult:
    many: int
    few: int
    runs: int
    totals: dict[str, int]  # "many"/"few": tickets Alice sees
    times: dict[str, list[float]]  # "<what> <many|few>": seconds per run

    def ms(self, key: str) -> float:
        return statistics.median(self.times[key]) * 1000

    def best(self, key: str) -> float:
        return min(self.times[key]) * 1000

    def rows(self) -> list[Row]:
        n, m = f"{self.many:,}", f"{self.few:,}"
        api = f"GET /api/v1/tickets first page, {n} tickets"
        return [
            Row("tickets", f"{api}, member (median ms)", self.ms("api member many"), self.ms("api member few"),
                "ms", f"same at {m}", result_target("<", API_TARGET_MS),
                note=f"best {self.best('api member many'):.1f} vs {self.best('api member few'):.1f} ms; "
                     f"a /meta round trip: {self.ms('meta many'):.1f} ms median, {self.best('meta many'):.1f} best"),
            Row("tickets", f"{api}, Account Owner (median ms)", self.ms("api owner many"),
                self.ms("api owner few"), "ms", f"same at {m}", result_target("<", API_TARGET_MS),
                note=f"best {self.best('api owner many'):.1f} vs {self.best('api owner few'):.1f} ms"),
            Row("tickets", f"Tickets page, first page rendered, {n} tickets (median ms)", self.ms("page many"),
                self.ms("page few"), "ms", f"same at {m}", ratio_target("<=", PAGE_TARGET_RATIO),
                note=f"reload() to {PAGE_SIZE} rows painted, {self.runs} runs"),
        ]


def _service(root: Path, tickets: int, *, in_process: bool) -> ServiceProcess | ServiceThread:
    """A seeded service with ``tickets`` for Alice: its own process, or (quick
    mode) a thread of this one with the tests' cheaper password hashing."""
    if in_process:
        service = start_service(root)
        settings = service.settings
    else:
        service = ServiceProcess(root).start()
        settings = Settings(data_dir=root.resolve())
    try:
        bulk_tickets(settings, MEMBER, tickets)
    except BaseException:
        service.stop()
        raise
    return service


def measure(quick: bool = False) -> TicketsResult:
    many, runs = (200, 5) if quick else (MANY, RUNS)
    app = QApplication.instance() or QApplication([])
    times: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        services: dict[str, ServiceProcess | ServiceThread] = {}
        opened: list = []
        try:
            with ThreadPoolExecutor(2) as pool:  # both start at once: half the waiting
                starting = {size: pool.submit(_service, tmp_path / size, count, in_process=quick)
                            for size, count in (("few", FEW), ("many", many))}
                failed = [future.exception() for future in starting.values() if future.exception()]
                services.update({size: future.result() for size, future in starting.items()
                                 if not future.exception()})
            if failed:
                raise failed[0]
            apis = {(who, size): _Api(services[size].url, email)
                    for size in services for who, email in (("member", MEMBER), ("owner", OWNER))}
            opened += apis.values()
            pages = {size: _Page(app, services[size].url, MEMBER, tmp_path / f"thumbs-{size}") for size in services}
            opened += pages.values()
            for size in services:
                totals[size] = apis["member", size].total()
            for round_ in range(runs + 1):  # round 0 warms up (first show, connections, caches)
                # Interleaved, in alternating order, so drift and order hit both alike.
                for size in ("few", "many") if round_ % 2 else ("many", "few"):
                    sample = {
                        f"meta {size}": apis["member", size].seconds("/meta"),
                        f"api member {size}": apis["member", size].seconds("/tickets"),
                        f"api owner {size}": apis["owner", size].seconds("/tickets"),
                        f"page {size}": pages[size].first_page_seconds(),
                    }
                    if round_:
                        for key, seconds in sample.items():
                            times.setdefault(key, []).append(seconds)
        finally:
            for thing in reversed(opened):
                if isinstance(thing, _Page):
                    thing.close()
                else:
                    thing.http.close()
            for service in services.values():
                service.stop()
    return TicketsResult(many, FEW, runs, totals, times)


def main(quick: bool = False) -> None:
    result = measure(quick)
    print(f"Alice sees {result.totals['few']:,} and {result.totals['many']:,} tickets; "
          f"median (best) of {result.runs} interleaved runs, ms")
    print(f"{'':34} {'at ' + format(result.few, ','):>16} {'at ' + format(result.many, ','):>16} {'ratio':>6}")
    for what in ("meta", "api member", "api owner", "page"):
        few, many = result.times[f"{what} few"], result.times[f"{what} many"]
        label = {"meta": "GET /meta", "api member": "GET /tickets (member)",
                 "api owner": "GET /tickets (Account Owner)", "page": "Tickets page, first page painted"}[what]
        print(f"{label:34} {statistics.median(few) * 1000:8.1f} ({min(few) * 1000:5.1f}) "
              f"{statistics.median(many) * 1000:8.1f} ({min(many) * 1000:5.1f}) "
              f"{statistics.median(many) / statistics.median(few):5.2f}x")
    print(f"targets: API < {API_TARGET_MS} ms; page at {result.many:,} <= {PAGE_TARGET_RATIO}x the page at {result.few}")


if __name__ == "__main__":
    main()
