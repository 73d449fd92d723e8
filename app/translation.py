"""The app's language, and translations without Qt (the command line, ``app.errors``).

The GUI translates with ``QTranslator``; the command line must not import Qt,
so :func:`translate` reads the same compiled catalogue
(``resources/translations/ticketpros_<lang>.qm``, made by ``./dev translations``)
with a small reader of Qt's ``.qm`` format (:class:`QmCatalogue`). Its calls are
written like ``QCoreApplication.translate(context, text, disambiguation, n)``,
so ``pyside6-lupdate`` extracts them into the same ``.ts`` files as the GUI's:
``translate("Cli", "…")``, and ``translate("Cli", "%n file(s)", "", n)`` for a
count (``%n`` becomes the number, the catalogue's plural form is chosen by the
language's rule stored in the ``.qm``).

Which language: ``$TICKETPROS_LANGUAGE`` (``en``/``es``; for screenshots and
support), else the ``language`` setting (``"system"``, ``"en"``, ``"es"``), else
the system's: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (the GUI asks
``QLocale.system()``). English is the source language.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

#: Languages with a catalogue; the first is the source language.
LANGUAGES = ("en", "es")
#: The setting's values, in the order the Settings window lists them.
LANGUAGE_SETTINGS = ("system", *LANGUAGES)
ENV_OVERRIDE = "TICKETPROS_LANGUAGE"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_HASHES, _SECTION_MESSAGES, _SECTION_NUMERUS = 0x42, 0x69, 0x88
_TAG_END, _TAG_SOURCE16, _TAG_TRANSLATION, _TAG_CONTEXT16 = 1, 2, 3, 4
_TAG_OBSOLETE1, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT, _TAG_OBSOLETE2 = 5, 6, 7, 8, 9


def language_of(locale_name: str | None) -> str | None:
    """ "es_MX.UTF-8" → "es"; None for names of no supported language ("C", "POSIX", "fr_FR")."""
    if not locale_name:
        return None
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    return code if code in LANGUAGES else None


def system_language_names() -> list[str]:
    """The system's preferred languages, most wanted first, as POSIX programs read them."""
    names: list[str] = []
    posix = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    if posix and posix not in ("C", "POSIX") and os.environ.get("LANGUAGE"):
        names += os.environ["LANGUAGE"].split(":")  # GNU gettext: a list, ignored in the C locale
    if posix:
        names.append(posix)
    if not names and sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
            names.append(buffer.value)
    return names


def resolve_language(setting: str = "system", system: Iterable[str] | None = None) -> str:
    """The language to show: the override, the setting, or the system's first
    supported language (English when none is)."""
    forced = language_of(os.environ.get(ENV_OVERRIDE))
    if forced:
        return forced
    if setting in LANGUAGES:
        return setting
    for name in system_language_names() if system is None else system:
        language = language_of(name)
        if language:
            return language
    return LANGUAGES[0]


def _numerus_form(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes, by the rules lrelease stores in a .qm
    (the byte code of Qt's ``numerusHelper`` in qtranslator.cpp)."""
    eq, lt, leq, between, op_mask, negate = 0x01, 0x02, 0x03, 0x04, 0x07, 0x08
    mod_10, mod_100, lead_1000, and_, or_ = 0x10, 0x20, 0x40, 0xFD, 0xFE
    n = abs(n)
    result = i = 0
    if not rules:
        return 0
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                left = n
                if opcode & mod_10:
                    left %= 10
                elif opcode & mod_100:
                    left %= 100
                elif opcode & lead_1000:
                    while left >= 1000:
                        left //= 1000
                right = rules[i + 1]
                i += 2
                op = opcode & op_mask
                if op == eq:
                    truth = left == right
                elif op == lt:
                    truth = left < right
                elif op == leq:
                    truth = left <= right
                elif op == between:
                    truth = right <= left <= rules[i]
                    i += 1
                else:
                    truth = True
                if opcode & negate:
                    truth = not truth
                and_value = and_value and truth
                if i >= len(rules) or rules[i] != and_:
                    break
                i += 1
            or_value = or_value or and_value
            if i >= len(rules) or rules[i] != or_:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i >= len(rules):
            return result
        i += 1  # the new-rule marker


def _elf_hash(data: bytes) -> int:
    """The hash a .qm indexes its messages by (Qt's elfHash of source text + comment)."""
    h = 0
    for byte in data:
        h = (h << 4) + byte
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


class QmCatalogue:
    """A compiled Qt catalogue (.qm), read without Qt the way QTranslator
    reads it: the hash table finds a message's candidates, which are matched
    on whatever context, source text and comment lrelease kept."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_QM_MAGIC):
            raise ValueError("not a Qt translation file")
        self._hashes = b""
        self._messages = b""
        self.numerus_rules = b""
        pos = len(_QM_MAGIC)
        while pos + 5 <= len(data):
            tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            body = data[pos + 5:pos + 5 + length]
            pos += 5 + length
            if tag == _SECTION_HASHES:
                self._hashes = body
            elif tag == _SECTION_MESSAGES:
                self._messages = body
            elif tag == _SECTION_NUMERUS:
                self.numerus_rules = body

    @classmethod
    def load(cls, path: Path) -> QmCatalogue:
        return cls(path.read_bytes())

    def _message_at(self, pos: int) -> tuple[list[str], dict[int, str]]:
        """(translations, {tag: context/source/comment present}) of the message at ``pos``."""
        data = self._messages
        translations: list[str] = []
        fields: dict[int, str] = {}
        while pos < len(data):
            tag = data[pos]
            pos += 1
            if tag == _TAG_END:
                break
            if tag == _TAG_OBSOLETE1:
                pos += 4
                continue
            if tag not in (_TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT, _TAG_SOURCE16,
                           _TAG_CONTEXT16, _TAG_OBSOLETE2):
                raise ValueError(f"unknown tag {tag} in a Qt translation file")
            length = struct.unpack_from(">I", data, pos)[0]
            pos += 4
            if length == 0xFFFFFFFF:  # a null string
                length = 0
            value = data[pos:pos + length]
            pos += length
            if tag == _TAG_TRANSLATION:
                translations.append(value.decode("utf-16-be"))
            elif tag in (_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
                fields[tag] = value.decode("utf-8")
        return translations, fields

    @property
    def messages(self) -> dict[tuple[str, str, str], list[str]]:
        """Every message, by (context, source text, comment as kept)."""
        found = {}
        for i in range(0, len(self._hashes), 8):
            translations, fields = self._message_at(struct.unpack_from(">I", self._hashes, i + 4)[0])
            found[(fields.get(_TAG_CONTEXT, ""), fields.get(_TAG_SOURCE, ""), fields.get(_TAG_COMMENT, ""))] = \
                translations
        return found

    def lookup(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str | None:
        """The translation, or None when the catalogue has none (as QTranslator
        does, a message with no disambiguation is the fallback for one with)."""
        index = _numerus_form(n, self.numerus_rules) if n >= 0 else 0
        for comment in dict.fromkeys((disambiguation or "", "")):
            wanted = {_TAG_CONTEXT: context, _TAG_SOURCE: source, _TAG_COMMENT: comment}
            key = _elf_hash((source + comment).encode("utf-8"))
            low, high = 0, len(self._hashes) // 8
            while low < high:  # the first entry with this hash: they are sorted by it
                middle = (low + high) // 2
                if struct.unpack_from(">I", self._hashes, middle * 8)[0] < key:
                    low = middle + 1
                else:
                    high = middle
            for i in range(low * 8, len(self._hashes), 8):
                found, offset = struct.unpack_from(">II", self._hashes, i)
                if found != key:
                    break
                translations, fields = self._message_at(offset)
                if all(value == wanted[tag] for tag, value in fields.items()) and index < len(translations):
                    return translations[index] or None
        return None


_catalogue: QmCatalogue | None = None
_language: str | None = None


def catalogue_path(language: str) -> Path:
    import resources  # here: nothing is read until a message is shown

    return resources.translations_dir() / f"ticketpros_{language}.qm"


def set_language(language: str) -> None:
    """Use ``language``'s catalogue for :func:`translate` from now on (the GUI
    calls it with the language it installed for Qt)."""
    global _catalogue, _language
    _language = language
    try:
        _catalogue = QmCatalogue.load(catalogue_path(language))
    except (OSError, ValueError):
        _catalogue = None  # English, or a bundle without the catalogue: the source text
    if "api_client" in sys.modules:  # else the app installs it once it has loaded the SDK
        install_sdk_localiser()


def install_sdk_localiser() -> None:
    """What the SDK writes for people beside their files (a watched folder's ``Not uploaded``
    notes) in the person's language. Not part of :func:`set_language` before the SDK is loaded:
    importing it there would bring httpx in before the sign-in window's first paint."""
    from api_client._sentences import set_localiser

    from .sdk_sentences import localise

    set_localiser(lambda text: localise(text) or "")


def current_language() -> str:
    if _language is None:
        from .settings.store import Settings  # the saved choice; read once

        set_language(resolve_language(Settings.load().language))
    return _language or LANGUAGES[0]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; ``%n`` is replaced by ``n``, as Qt does."""
    if _language is None:
        current_language()
    translated = _catalogue.lookup(context, text, disambiguation or "", n) if _catalogue else None
    result = translated if translated is not None else text
    return result.replace("%n", str(n)) if n >= 0 else result


class Context:
    """A translation context: ``Cli = Context("Cli")``, then ``Cli.tr("…")`` or
    ``Cli.tr("%n file(s) sent", "", n)``, the call form pyside6-lupdate reads
    (with plural forms; the variable's name is the context it records, so
    it must be the same as ``name``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogue where it is defined (a constant);
    ``Cli.tr(text)`` translates it where it is shown."""
    return text
