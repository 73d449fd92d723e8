"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Protocol

from api_client import SessionEndedError, TicketProsClient, quality_message

from ..connection import make_client
from ..sdk_sentences import localise
from ..settings import Settings
from ..translation import QT_TRANSLATE_NOOP, Context

Cli = Context("Cli")


class GuiStarter(Protocol):
    """The GUI's entry points, handed to the command line by ``app.launcher``:
    the command line never imports Qt, so it runs where Qt is not installed."""

    def run_gui(self, *, server_url: str | None = None) -> int: ...

    def run_self_test(self) -> int: ...


class CommandError(RuntimeError):
    """A failure the command explains in one ready sentence, ``reason`` (no
    traceback in the log: nothing unexpected happened). A class's ``reason`` is
    marked with ``QT_TRANSLATE_NOOP("Cli", …)`` and translated when shown
    (``app.errors.describe``); one given to the constructor is already translated."""

    reason = QT_TRANSLATE_NOOP("Cli", "The command failed.")

    def __init__(self, reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(self.reason)


class QtNotInstalledError(CommandError):
    """The GUI was asked for where only the command line is installed."""

    reason = QT_TRANSLATE_NOOP("Cli", "The app needs its Qt part: pip install 'ticketpros-desktop[gui]'")


class ManagedSettingError(CommandError):
    """The command would change a setting this computer's policy locks (exit status 2)."""

    exit_status = 2

    @classmethod
    def for_option(cls, setting: str, option: str) -> ManagedSettingError:
        return cls(Cli.tr("Your organisation manages {setting} on this computer, so {option} cannot change it.")
                   .format(setting=setting, option=option))


def quality_text(code: str | None) -> str | None:
    """The photo check's sentence (``api_client.quality_message``, by its problem code) in the
    reader's language, from the one table of the SDK's sentences (``app.sdk_sentences``)."""
    return localise(quality_message(code))


#: The parser default under which ``setting_option`` records which options set which setting.
SETTING_OPTIONS = "_setting_options"


def setting_option(parser: argparse.ArgumentParser, *flags: str, setting: str, **kwargs: Any) -> argparse.Action:
    """``parser.add_argument`` for an option that stands in for the setting ``setting``: when
    the organisation's policy locks that setting, a command given the option (with another
    value than the policy's) is refused before it runs (``refuse_managed_overrides``)."""
    action = parser.add_argument(*flags, **kwargs)
    mapped = dict(parser.get_default(SETTING_OPTIONS) or {})
    mapped[action.dest] = (setting, max(flags, key=len), action.default)
    parser.set_defaults(**{SETTING_OPTIONS: mapped})
    return action


def refuse_managed_overrides(args: argparse.Namespace, settings: Settings | None = None) -> None:
    """ManagedSettingError when an option given on the command line would change a locked setting."""
    mapped = getattr(args, SETTING_OPTIONS, None) or {}
    given = {dest: spec for dest, spec in mapped.items() if getattr(args, dest, None) != spec[2]}
    if not given:
        return  # nothing to check: no need to read the settings or the policy
    settings = settings or Settings.load()
    for dest, (setting, flag, _default) in given.items():
        if setting in settings.locked and getattr(args, dest) != getattr(settings, setting):
            raise ManagedSettingError.for_option(setting, flag)


class NotSignedInError(SessionEndedError):
    def __init__(self) -> None:
        super().__init__(Cli.tr("You are not signed in. Run: ticketpros login --server URL --browser"),
                         status=401, code="not_signed_in")


def signed_in_client(settings: Settings | None = None) -> TicketProsClient:
    """A client resumed from the keyring, or NotSignedInError."""
    settings = settings or Settings.load()
    if not settings.account:
        raise NotSignedInError()
    client = make_client(settings)
    if not client.resume(settings.account):
        client.close()
        raise NotSignedInError()
    return client


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")
