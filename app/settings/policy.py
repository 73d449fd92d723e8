"""Managed settings: what an organisation's IT presets and locks on this computer.

One policy per machine, with the key names of settings.json, read by one reader
per platform behind one interface (``PolicyReader.read() -> RawPolicy``):

- Windows: the registry key ``HKLM\\Software\\Policies\\Ticket Pros``, one value
  per setting (text: REG_SZ; numbers and yes/no: REG_DWORD, 1 = yes; lists:
  REG_MULTI_SZ, or REG_SZ holding JSON). Its subkey ``Defaults`` holds presets,
  and so does ``HKCU\\Software\\Ticket Pros\\Defaults`` (what a per-user install
  writes).
- macOS: the managed preferences ``/Library/Managed Preferences/<bundle id>.plist``
  (what a configuration profile installs), values of their plist types; the
  dictionary under ``defaults`` holds presets.
- Linux and the rest: ``TicketPros/policy.json`` in each of ``$XDG_CONFIG_DIRS``
  (``/etc/xdg`` when unset), a JSON object; a directory earlier in the list wins
  a key over a later one. The object under ``"defaults"`` holds presets.

A value at the top level is *locked*: it wins over the person's settings and
over command-line options, and is never written to settings.json. A preset
(``defaults``) only takes the place of the built-in default: the person may
change it. Values of the wrong type, and keys that are not settings, are
refused with a log line and leave the rest of the policy in force.

No Qt here: the command line uses it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

#: The folder of the Linux policy file inside each XDG config dir.
POLICY_DIR = "TicketPros"
POLICY_FILE = "policy.json"
#: The registry key under HKEY_LOCAL_MACHINE (values named like settings.json keys).
WINDOWS_POLICY_KEY = r"Software\Policies\Ticket Pros"
#: The registry key under HKEY_CURRENT_USER with the person's presets (per-user install).
WINDOWS_USER_DEFAULTS_KEY = r"Software\Ticket Pros\Defaults"
#: The bundle identifier of the macOS app (build.spec), the managed preferences' domain.
MAC_BUNDLE_ID = "io.ticketpros.desktop"
MAC_MANAGED_PREFERENCES = Path("/Library/Managed Preferences")
#: Where presets sit inside a policy (JSON/plist key; registry subkey "Defaults").
DEFAULTS_KEY = "defaults"


@dataclass(frozen=True)
class RawPolicy:
    """What a reader found, before it is checked against the settings."""

    locked: Mapping[str, Any] = field(default_factory=dict)
    defaults: Mapping[str, Any] = field(default_factory=dict)
    #: Where it came from, for log lines and the About box ("" when there is none).
    source: str = ""
    #: Registry values: numbers stand for yes/no, text may hold a JSON list.
    registry: bool = False


@dataclass(frozen=True)
class Policy:
    """A policy checked against the settings: every value is of its setting's type."""

    locked: Mapping[str, Any] = field(default_factory=dict)
    defaults: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""


NO_POLICY = Policy()


class PolicyReader(Protocol):
    def read(self) -> RawPolicy: ...


# -- Linux (and any other Unix): JSON files in the XDG config dirs -------------

def xdg_config_dirs(environ: Mapping[str, str] | None = None) -> list[Path]:
    """The XDG base directory spec's system config dirs, most important first."""
    value = (os.environ if environ is None else environ).get("XDG_CONFIG_DIRS", "")
    dirs = [Path(p) for p in value.split(os.pathsep) if p and os.path.isabs(p)]
    return dirs or [Path("/etc/xdg")]


class LinuxPolicyReader:
    def __init__(self, config_dirs: list[Path] | None = None) -> None:
        self.config_dirs = config_dirs

    def files(self) -> list[Path]:
        dirs = self.config_dirs if self.config_dirs is not None else xdg_config_dirs()
        return [d / POLICY_DIR / POLICY_FILE for d in dirs]

    def read(self) -> RawPolicy:
        locked: dict[str, Any] = {}
        defaults: dict[str, Any] = {}
        used: list[str] = []
        # The least important first, so that an earlier directory's keys win.
        for path in reversed(self.files()):
            try:
                data = json.loads(path.read_text("utf-8"))
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as exc:
                log.warning("policy file %s ignored: it is not readable JSON (%s)", path, exc)
                continue
            if not isinstance(data, dict):
                log.warning("policy file %s ignored: it holds no JSON object", path)
                continue
            presets = data.pop(DEFAULTS_KEY, {})
            if isinstance(presets, dict):
                defaults.update(presets)
            else:
                log.warning("policy file %s: %r ignored, it is not an object", path, DEFAULTS_KEY)
            locked.update(data)
            used.insert(0, str(path))
        return RawPolicy(locked, defaults, ", ".join(used))


# -- macOS: the managed preferences plist --------------------------------------

class MacPolicyReader:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or MAC_MANAGED_PREFERENCES / f"{MAC_BUNDLE_ID}.plist"

    def read(self) -> RawPolicy:
        import plistlib  # macOS only (with its XML parser, a few milliseconds of every start elsewhere)

        try:
            with self.path.open("rb") as fh:
                data = plistlib.load(fh)
        except FileNotFoundError:
            return RawPolicy()
        except (OSError, plistlib.InvalidFileException, ValueError) as exc:
            log.warning("managed preferences %s ignored: not a readable plist (%s)", self.path, exc)
            return RawPolicy()
        if not isinstance(data, dict):
            log.warning("managed preferences %s ignored: it holds no dictionary", self.path)
            return RawPolicy()
        presets = data.pop(DEFAULTS_KEY, {})
        if not isinstance(presets, dict):
            log.warning("managed preferences %s: %r ignored, it is not a dictionary", self.path, DEFAULTS_KEY)
            presets = {}
        # Profiles add their own bookkeeping keys (PayloadUUID, …): not settings, not worth a log line.
        data = {k: v for k, v in data.items() if not k.startswith(("Payload", "PolicyMeta", "_"))}
        return RawPolicy(data, presets, str(self.path))


# -- Windows: the registry -----------------------------------------------------

class WindowsPolicyReader:
    """``winreg`` is injectable: tests hand in a fake with the same functions."""

    def __init__(self, winreg: types.ModuleType | Any = None) -> None:
        if winreg is None:
            import winreg
        self.winreg = winreg

    def _values(self, root: Any, key: str) -> dict[str, Any] | None:
        reg = self.winreg
        try:
            handle = reg.OpenKey(root, key, 0, reg.KEY_READ)
        except OSError:  # FileNotFoundError: no such key
            return None
        values: dict[str, Any] = {}
        try:
            index = 0
            while True:
                try:
                    name, value, kind = reg.EnumValue(handle, index)
                except OSError:  # no more values
                    break
                index += 1
                if kind in (reg.REG_SZ, reg.REG_DWORD, reg.REG_QWORD, reg.REG_MULTI_SZ):
                    values[name] = value
                elif kind == reg.REG_EXPAND_SZ:
                    values[name] = reg.ExpandEnvironmentStrings(value)
                else:
                    log.warning("registry value %s\\%s ignored: type %s is not text, a number or a list",
                                key, name, kind)
        finally:
            reg.CloseKey(handle)
        return values

    def read(self) -> RawPolicy:
        reg = self.winreg
        locked = self._values(reg.HKEY_LOCAL_MACHINE, WINDOWS_POLICY_KEY)
        defaults = self._values(reg.HKEY_CURRENT_USER, WINDOWS_USER_DEFAULTS_KEY) or {}
        # The machine's presets win over the person's (the installer's) presets.
        defaults.update(self._values(reg.HKEY_LOCAL_MACHINE, WINDOWS_POLICY_KEY + "\\Defaults") or {})
        source = f"HKEY_LOCAL_MACHINE\\{WINDOWS_POLICY_KEY}" if locked else ""
        return RawPolicy(locked or {}, defaults, source, registry=True)


#: The platform whose reader ``reader_for`` picks (tests of another platform's path set it).
PLATFORM = sys.platform


def reader_for(platform: str | None = None) -> PolicyReader:
    platform = PLATFORM if platform is None else platform
    if platform == "win32":
        return WindowsPolicyReader()
    if platform == "darwin":
        return MacPolicyReader()
    return LinuxPolicyReader()


# -- checking a policy against the settings ------------------------------------

def _conforms(value: Any, hint: Any) -> bool:
    """``value`` is of the (simple, generic) type ``hint``: bool/int/float/str, list[X], dict[K, V], unions."""
    if hint is Any:
        return True
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a) for a in args)
    if origin is list:
        return isinstance(value, list) and (not args or all(_conforms(v, args[0]) for v in value))
    if origin is dict:
        return isinstance(value, dict) and (not args or all(
            _conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items()))
    if hint is bool:
        return type(value) is bool
    if hint is int:
        return type(value) is int
    if hint is float:
        return type(value) in (int, float)
    if isinstance(hint, type):
        return isinstance(value, hint) and not (isinstance(value, bool) and hint is not bool)
    return False


def _from_registry(value: Any, hint: Any) -> Any:
    """A registry value as the setting's type: DWORD 0/1 as a yes/no, REG_SZ JSON as a list or object."""
    if hint is bool and type(value) is int and value in (0, 1):
        return bool(value)
    if typing.get_origin(hint) in (list, dict) and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value  # refused by the type check, with its log line
    return value


def setting_types(settings_cls: type) -> dict[str, Any]:
    """Each policy-able setting's type (its annotation; else the type of its default)."""
    try:
        hints = typing.get_type_hints(settings_cls)
    except (NameError, TypeError):
        hints = {}
    defaults = settings_cls()
    types_: dict[str, Any] = {}
    for f in dataclasses.fields(settings_cls):
        if not f.metadata.get("policy", True):
            continue
        types_[f.name] = hints.get(f.name, type(getattr(defaults, f.name)))
    return types_


def check(raw: RawPolicy, settings_cls: type) -> Policy:
    """Keep what is a setting of the right type; one log line for each thing refused."""
    kinds = setting_types(settings_cls)

    def checked(values: Mapping[str, Any], part: str) -> dict[str, Any]:
        good: dict[str, Any] = {}
        for name, value in values.items():
            if name not in kinds:
                log.warning("policy (%s): %s%r is not a setting of this version; ignored", raw.source, part, name)
                continue
            if raw.registry:
                value = _from_registry(value, kinds[name])
            if not _conforms(value, kinds[name]):
                log.warning("policy (%s): %s%s ignored: %r is not of the setting's type (%s)",
                            raw.source, part, name, value, getattr(kinds[name], "__name__", kinds[name]))
                continue
            good[name] = value
        return good

    return Policy(checked(raw.locked, ""), checked(raw.defaults, DEFAULTS_KEY + "."), raw.source)


def read_policy(settings_cls: type, reader: PolicyReader | None = None) -> Policy:
    """This computer's policy, checked; ``NO_POLICY`` when there is none or it cannot be read."""
    reader = reader or reader_for()
    try:
        raw = reader.read()
    except Exception:  # a policy must never stop the app
        log.exception("policy could not be read; none applies")
        return NO_POLICY
    if not raw.locked and not raw.defaults:
        return NO_POLICY
    return check(raw, settings_cls)

