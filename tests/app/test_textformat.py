"""``app.textformat``: the Qt-free sizes and local times the command line and
the pages share."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from app import formatting
from app.textformat import format_size, local_date, local_time

SIZES = [0, 1, 2, 999, 1000, 1049, 1050, 1536, 999_949, 999_950, 10**6, 2_345_678, 10**9, 15 * 10**11,
         10**15, 10**18, 9 * 10**18]


def test_plain_sizes_read_as_the_gui_writes_them_in_english():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert [format_size(n) for n in SIZES] == [formatting.format_size(n) for n in SIZES]
    finally:
        QLocale.setDefault(previous)
    assert format_size(1536) == "1.5 kB" and format_size(1) == "1 byte" and format_size(None) == ""


@pytest.fixture
def new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_times_from_the_service_are_shown_in_local_time(new_york):
    assert local_time("2026-01-02T03:04:05Z") == "2026-01-01 22:04"
    assert local_date("2026-01-02T03:04:05Z") == "2026-01-01"
    assert local_time("2026-07-01T12:00:00+00:00") == "2026-07-01 08:00"  # summer time
    assert local_time(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "2026-07-01 08:00"
    assert local_date(datetime(2026, 7, 1, 2, 0, tzinfo=UTC)) == "2026-06-30"


def test_what_is_not_a_time_is_shown_as_it_came():
    assert local_time("soon") == "soon" and local_date("soon") == "soon"
    assert local_time(None) == "" and local_time("") == "" and local_date(None) == ""
