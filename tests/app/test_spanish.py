"""The Spanish translation: complete, faithful to its placeholders, compiled,
and shown — by the app when the setting or the system asks for it, and by the
command line, which reads the compiled catalogue without Qt.

When a string is added to the code, ``./dev translations`` puts it in
``ticketpros_es.ts`` as unfinished, and the first test here names it until a
translator has written its Spanish.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import translation
from app.translation import QmCatalogue, _numerus_form, resolve_language

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

#: What must come through a translation unchanged: {name}, %1, %n, %Ln, tags.
PLACEHOLDER = re.compile(r"\{\w*\}|%L?\d|%L?n|</?\w+>")
#: An accelerator: "&File" (a literal ampersand is written "&&").
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def ts_messages(ts: Path):
    """(context, source, comment, numerus, translation element) per message."""
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "",
                   message.get("numerus") == "yes", message.find("translation"))


def forms_of(translation_element: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation_element.iter("numerusform")]
    return [translation_element.text or ""]


def singular_only_forms(language: str) -> set[int]:
    """Plural forms used for n == 1 alone (Spanish "1 archivo"): those may say
    "el archivo" without the number."""
    rules = QmCatalogue.load(TRANSLATIONS / f"ticketpros_{language}.qm").numerus_rules
    by_form: dict[int, set[int]] = {}
    for n in range(1001):
        by_form.setdefault(_numerus_form(n, rules), set()).add(n)
    return {form for form, numbers in by_form.items() if numbers == {1}}


def problems(ts: Path, language: str, *, only_numerus: bool = False) -> list[str]:
    singular = singular_only_forms(language)
    found = []
    for context, source, _, numerus, element in ts_messages(ts):
        if only_numerus and not numerus:
            continue
        where = f"{context}: {source!r}"
        forms = forms_of(element, numerus)
        if element.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            found.append(f"not translated — {where}")
            continue
        if numerus and len(forms) != 2:  # English and Spanish: one and other
            found.append(f"needs 2 plural forms, has {len(forms)} — {where}")
        expected = sorted(PLACEHOLDER.findall(source))
        for index, form in enumerate(forms):
            got = sorted(PLACEHOLDER.findall(form))
            if numerus and index in singular and "%n" not in got and "%Ln" not in got:
                got = sorted([*got, "%Ln" if "%Ln" in expected else "%n"])
            if got != expected:
                found.append(f"placeholders {got} instead of {expected} — {where} → {form!r}")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                found.append(f"accelerator (&) lost or added — {where} → {form!r}")
    return found


def test_every_string_has_its_spanish_translation_with_the_same_placeholders():
    bad = problems(TRANSLATIONS / "ticketpros_es.ts", "es")
    assert bad == [], (f"{len(bad)} Spanish translation problem(s); edit resources/translations/ticketpros_es.ts "
                       "(Qt Linguist: pyside6-linguist), then ./dev translations:\n" + "\n".join(bad))


def test_english_gives_the_singular_and_plural_of_every_count():
    bad = problems(TRANSLATIONS / "ticketpros_en.ts", "en", only_numerus=True)
    assert bad == [], "\n".join(bad)


def test_the_spanish_catalogue_has_the_same_strings_as_the_english_one():
    def keys(ts):
        return {(c, s, d) for c, s, d, _, _ in ts_messages(ts)}

    english, spanish = keys(TRANSLATIONS / "ticketpros_en.ts"), keys(TRANSLATIONS / "ticketpros_es.ts")
    assert len(english) > 900
    assert sorted(english - spanish) == [] and sorted(spanish - english) == [], "run ./dev translations"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_compiled_catalogue_is_the_committed_one_and_the_reader_agrees_with_qt(qapp, language):
    """The .qm holds what the .ts says (lrelease was run), and the command
    line's reader gives exactly what QTranslator gives, plural forms included."""
    qm = TRANSLATIONS / f"ticketpros_{language}.qm"
    catalogue = QmCatalogue.load(qm)
    expected = {(c, s): forms_of(e, n) for c, s, _, n, e in ts_messages(TRANSLATIONS / f"ticketpros_{language}.ts")
                if e.get("type") is None}
    # lrelease keeps a disambiguating comment only where it is needed to tell messages apart
    assert {(c, s): f for (c, s, _), f in catalogue.messages.items()} == expected, \
        "the .qm is stale: run ./dev translations"
    qt = QTranslator()
    assert qt.load(str(qm))
    for context, source, comment in catalogue.messages:
        for n in (-1, 0, 1, 2, 21, 1000):
            assert catalogue.lookup(context, source, comment, n) == (qt.translate(context, source, comment or None, n)
                                                                     or None), (context, source, n)


def test_the_language_follows_the_override_then_the_setting_then_the_system(monkeypatch):
    for var in ("TICKETPROS_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert resolve_language("system") == "en"
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert resolve_language("system") == "es"
    assert resolve_language("en") == "en"  # the setting wins over the system
    monkeypatch.setenv("LC_MESSAGES", "fr_FR.UTF-8")
    monkeypatch.setenv("LANGUAGE", "fr:es")  # GNU's list: the first language there is a catalogue for
    assert resolve_language("system") == "es"
    monkeypatch.setenv("LC_ALL", "C")  # the C locale ignores LANGUAGE
    assert resolve_language("system") == "en"
    monkeypatch.setenv("TICKETPROS_LANGUAGE", "es")
    assert resolve_language("en") == "es"
    assert resolve_language("system", ["de-DE", "es-419"]) == "es"


@pytest.fixture
def spanish(qapp, isolated_home, monkeypatch):
    """The app as it starts with ``"language": "es"`` saved in its settings
    (and everything put back after)."""
    from app.i18n import install_translations
    from app.settings import Settings

    monkeypatch.delenv("TICKETPROS_LANGUAGE", raising=False)
    Settings(language="es").save()
    before = QLocale(), translation._language, translation._catalogue
    installed = install_translations(qapp)  # reads the saved settings, as the app's start does
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before[0])
    translation._language, translation._catalogue = before[1:]


def test_with_the_setting_the_app_is_in_spanish(qtbot, spanish):
    from app.settings import Settings
    from app.settings.dialog import SettingsDialog
    from app.signin import SignInWindow

    assert [t.language() for t in spanish][-1] == "es"
    window = SignInWindow(server_url="https://api.ticketpros.io")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Iniciar sesión — Ticket Pros"
    dialog = SettingsDialog(Settings(language="es"), proxy_in_use=None)
    qtbot.addWidget(dialog)
    combo = dialog.setting_widgets["language"]
    assert combo.currentData() == "es" and combo.currentText() == "Español"
    assert dialog.windowTitle() == "Configuración"
    assert QCoreApplication.translate("UploadsPage", "%n waiting for your decision", "", 1) == "1 espera su decisión"
    assert QCoreApplication.translate("UploadsPage", "%n waiting for your decision", "", 3) == "3 esperan su decisión"
    # Qt-free text (app.errors) follows the same choice.
    from app.errors import describe

    assert describe(FileNotFoundError(2, "gone", "ticket.jpg")) == "ticket.jpg ya no existe."


def test_the_settings_window_saves_the_language(qtbot):
    from app.settings import Settings
    from app.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), proxy_in_use=None)
    qtbot.addWidget(dialog)
    combo = dialog.setting_widgets["language"]
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("es"))
    dialog.accept()
    assert dialog.result_settings().language == "es"


def test_dates_and_numbers_are_written_the_spanish_way(spanish):
    from app.formatting import format_count, format_size, local_date, local_time

    assert QLocale().language() == QLocale.Language.Spanish  # the C locale of the tests: Spanish formats
    assert local_date("2026-11-29") == "29/11/26"
    os.environ["TZ"] = "UTC"
    try:
        import time

        time.tzset()
        assert local_time("2026-01-02T03:04:05Z") == "2/1/26 3:04"
    finally:
        del os.environ["TZ"]
        time.tzset()
    assert format_count(12345) == "12.345"
    assert format_size(1_536_000) == "1,5 MB"


def test_the_command_line_speaks_spanish_with_a_spanish_locale(isolated_home):
    env = {k: v for k, v in os.environ.items() if k not in ("TICKETPROS_LANGUAGE", "LANGUAGE", "LC_ALL",
                                                            "LC_MESSAGES")}
    env["LANG"] = "es_ES.UTF-8"
    done = subprocess.run([sys.executable, "-m", "app", "upload", str(isolated_home / "missing.jpg")],
                          capture_output=True, text=True, env=env, timeout=60, cwd=ROOT, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == "ticketpros: missing.jpg: No existe ese archivo o carpeta."
    done = subprocess.run([sys.executable, "-m", "app", "whoami"], capture_output=True, text=True,
                          env=env, timeout=60, cwd=ROOT, check=False)
    assert done.stderr.strip() == "ticketpros: No ha iniciado sesión. Ejecute: ticketpros login --server URL --browser"


def test_command_line_plurals_and_the_saved_setting(isolated_home, monkeypatch):
    from app.cli._common import Cli
    from app.settings import Settings

    for var in ("TICKETPROS_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    Settings(language="es").save()
    monkeypatch.setattr(translation, "_language", None)  # as a new process: the setting is read once
    monkeypatch.setattr(translation, "_catalogue", None)
    text = "%n files not sent yet stay queued; run the same command again to finish."
    assert Cli.tr(text, "", 1).startswith("1 archivo aún no enviado se queda")
    assert Cli.tr(text, "", 4).startswith("4 archivos aún no enviados se quedan")
    assert Cli.tr("a text no catalogue has") == "a text no catalogue has"
    translation.set_language("en")
    assert Cli.tr(text, "", 1).startswith("1 file not sent yet stays")


def _cli_in(language: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["TICKETPROS_LANGUAGE"] = language
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=60, cwd=ROOT, check=False)


def test_the_command_lines_help_and_argparses_own_words_are_spanish(isolated_home):
    done = _cli_in("es", "--help")
    assert done.returncode == 0
    out = done.stdout
    assert out.startswith("uso: ticketpros [-h]")
    for said in ("argumentos posicionales:", "opciones:", "-h, --help   mostrar este mensaje de ayuda y salir",
                 "Ticket Pros Desktop. Sin un comando, abre la aplicación.",
                 "iniciar sesión y guardar la sesión en el llavero del sistema"):
        assert said in out, said
    assert "usage:" not in out and "show this help" not in out and "options:" not in out
    # a sub-command's help: its description and options
    upload = _cli_in("es", "upload", "--help").stdout
    assert "Sube archivos como tickets" in upload and "enviar todos los archivos como páginas de un ticket" in upload
    # argparse's error lines: a bad option, a bad value, an unknown command (exit status 2)
    for args, said in ((["--bogus"], "ticketpros: error: argumentos no reconocidos: --bogus"),
                       (["tickets", "list", "--limit", "x"],
                        "ticketpros tickets list: error: argumento --limit: valor de tipo int no válido: 'x'"),
                       (["nothing"], "ticketpros: error: argumento COMMAND: valor no válido: 'nothing'")):
        done = _cli_in("es", *args)
        assert done.returncode == 2
        assert done.stderr.startswith("uso: ticketpros"), done.stderr
        assert said in done.stderr, done.stderr
    # English stays argparse's own
    done = _cli_in("en", "--bogus")
    assert done.stderr.splitlines()[-1] == "ticketpros: error: unrecognized arguments: --bogus"
    assert _cli_in("en", "--help").stdout.startswith("usage: ticketpros")


def test_the_uploads_pages_fields_show_their_whole_spanish_placeholder_at_its_narrowest(qtbot, spanish, service,
                                                                                        tmp_path):
    """Beside the grouping choices, "Número de ticket" was cut to "Número d…" (seen at 200 %)."""
    from app.shell import PageContext
    from app.uploads.page import UploadsPage
    from app.workers import TaskRunner
    from tests.support.uploads import signed_in

    client = signed_in(service.url, "alice@demo.example")
    runner = TaskRunner()
    context = PageContext(me=client.me(), client=client, runner=runner, report_error=lambda exc: None,
                          navigate=lambda key, args: None)
    page = UploadsPage(context, queue_path=tmp_path / "queue.sqlite3", staging_dir=tmp_path / "staging",
                       thumbnail_dir=tmp_path / "thumbs")
    qtbot.addWidget(page)
    try:
        page.show()
        page.resize(page.minimumSizeHint().width(), 600)
        qtbot.waitUntil(lambda: page.queue is not None, timeout=5000)
        assert page.number_edit.placeholderText() == "Número de ticket"
        for edit in (page.number_edit, page.job_edit, page.notes_edit):
            needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            assert edit.width() >= needed, (edit.placeholderText(), edit.width(), needed)
    finally:
        page.shutdown()
        assert runner.shutdown(15000)
        client.close()
