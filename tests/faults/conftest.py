"""The GUI fixtures of tests/app, for the misbehaving-service GUI tests."""

from tests.app.conftest import log_file, make_desktop  # noqa: F401
