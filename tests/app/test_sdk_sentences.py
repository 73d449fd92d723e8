"""The SDK's own sentences reach a Spanish user in Spanish: each carries a code, and
``app.sdk_sentences`` has ONE table of them for the catalogue (GUI and command line).

The first tests fail when the SDK gets a sentence the table lacks (or a wording the
table does not repeat), and when an SDK module raises an error with a sentence
written in place instead of one of ``api_client._sentences``.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import api_client
from api_client import _sentences as S
from api_client._failures import status_error, transport_error
from app import sdk_sentences, translation
from app.sdk_sentences import localise

ROOT = Path(__file__).resolve().parents[2]

#: Errors a caller's mistake raises (programming errors, never shown to a person as a sentence).
PROGRAMMING_ERRORS = {"ValueError", "TypeError", "RuntimeError", "KeyError", "NotImplementedError",
                      "AssertionError", "AttributeError", "filterwarnings"}


@pytest.fixture
def es(monkeypatch):
    monkeypatch.setattr(translation, "_language", None)
    monkeypatch.setattr(translation, "_catalogue", None)
    translation.set_language("es")
    yield
    translation.set_language("en")


def test_every_sentence_of_the_sdk_has_its_line_in_the_app_table_with_the_same_english():
    missing = sorted(set(S.SENTENCES) - set(sdk_sentences.SENTENCES))
    stale = sorted(set(sdk_sentences.SENTENCES) - set(S.SENTENCES))
    changed = sorted(code for code in set(S.SENTENCES) & set(sdk_sentences.SENTENCES)
                     if S.SENTENCES[code].text != sdk_sentences.SENTENCES[code])
    assert not missing, f"SDK sentences with no line in app/sdk_sentences.py SENTENCES: {missing}"
    assert not stale, f"lines of app/sdk_sentences.py for codes the SDK no longer has: {stale}"
    assert not changed, f"wording changed in the SDK, not in app/sdk_sentences.py: {changed}"
    assert len(S.SENTENCES) >= 100


def test_no_sdk_module_raises_an_error_with_a_sentence_written_in_place():
    """A sentence for people is one of ``api_client._sentences`` (so it has a code); a literal
    string or f-string given to an error would stay English in the app."""
    found = []
    for path in sorted((ROOT / "api_client").rglob("*.py")):
        if path.name == "_sentences.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            said = [node.args[0]] if name.endswith("Error") and node.args else [node.args[1]] if (
                name == "Outcome" and len(node.args) > 1) else []
            # a sentence kept for later: a queue row's error or note, a state's message
            said += [kw.value for kw in node.keywords if kw.arg in ("error", "note", "message", "reason")]
            if name in PROGRAMMING_ERRORS:
                continue
            for value in said:
                if isinstance(value, ast.JoinedStr) or (isinstance(value, ast.Constant) and isinstance(value.value, str)
                                                        and " " in value.value):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert not found, f"sentences with no code (put them in api_client/_sentences.py): {found}"


def test_a_sentence_carries_its_code_and_params_and_stays_english_for_scripts():
    exc = transport_error(httpx.ConnectTimeout("timed out"), "https://tickets.example")
    assert str(exc) == exc.message == "The service at https://tickets.example did not answer in time."
    assert exc.message_code == "network.timeout"
    assert exc.message.params == {"base_url": "https://tickets.example"}
    reply = httpx.Response(502, text="<html>proxy</html>")
    assert status_error(reply).message_code == "status.server"
    # a service's own message has no code: it is shown as the service wrote it
    said = httpx.Response(409, json={"error": {"code": "page_taken", "message": "That page is taken."}})
    assert status_error(said).message_code is None
    assert api_client.quality_message("dark").code == "quality.dark"


def test_in_spanish_the_sdk_sentences_are_said_in_spanish_by_code_and_from_a_kept_copy(es):
    from app.errors import describe

    exc = transport_error(httpx.ConnectError("refused"), "https://tickets.example")
    assert describe(exc) == ("No se puede contactar al servicio en https://tickets.example. "
                             "Revise la dirección y su conexión.")
    # an upload row's error is kept as text in the queue's SQLite: recognised again, params and all
    kept = str(S.UPLOAD_TOO_LARGE(megabytes="20"))
    assert localise(kept) == "El archivo supera los 20 MB que acepta el servicio."
    # a sentence with sentences inside it
    from api_client.uploads.steps import completion_note

    assert localise(str(completion_note(3, 2, 1))) == (
        "Ticket creado con las 3 páginas que llegaron; 2 páginas se cancelaron y 1 se rechazó.")
    from api_client.media._sniff import _refusal

    assert localise(str(_refusal(b"MZ\x90\x00"))) == "Este archivo no es una foto ni un PDF admitidos (parece " \
                                                     "un programa de Windows)."
    # what is not the SDK's is left as it is, and a fragment alone is not taken for a sentence
    assert localise("That page is taken.") == "That page is taken."
    assert localise("Cats and dogs") == "Cats and dogs"


def test_a_pdf_refused_for_its_active_content_names_each_kind_in_spanish(es, tmp_path):
    from api_client.media import MediaError, prepare
    from tests.support.hostile_corpus import pdf_with_action_and_attachment

    active = tmp_path / "active.pdf"
    active.write_bytes(pdf_with_action_and_attachment(b"<< /S /Launch /F (calc.exe) >>"))
    with pytest.raises(MediaError) as refused:
        prepare(active, tmp_path)
    english = str(refused.value)
    assert "an action that starts a program" in english and "embedded files" in english
    said = localise(english)  # the kept copy, as the queue keeps it
    assert said.startswith("Este PDF tiene contenido activo (") and said.endswith(
        "); imprímalo en un PDF nuevo o escanee el papel.")
    assert "una acción que inicia un programa" in said and "archivos incrustados" in said
    assert "embedded" not in said and "program)" not in said


def test_a_code_the_table_lacks_is_said_in_the_sdks_english(es, monkeypatch):
    monkeypatch.delitem(sdk_sentences.SENTENCES, "network.lost")
    said = S.NETWORK_LOST(base_url="https://x.example")
    assert localise(said) == "The connection to https://x.example was lost."
    assert localise(S.NETWORK_TIMEOUT(base_url="https://x.example")) == "El servicio en https://x.example no " \
                                                                         "respondió a tiempo."


def test_the_photo_check_sentences_come_from_the_one_table(es, qapp):
    from api_client.uploads import UploadItem
    from app.cli._common import quality_text
    from app.i18n import install_translations
    from app.uploads.model import UploadQueueModel

    assert quality_text("blurred") == "Esta foto se ve borrosa; los números podrían no ser legibles."
    assert quality_text("from_a_newer_service") == "La revisión de la foto encontró: from_a_newer_service."
    installed = install_translations(qapp, "es")
    try:
        model = UploadQueueModel()
        item = UploadItem.__new__(UploadItem)
        object.__setattr__(item, "quality_warning", "small_page")
        assert model.quality_text(item) == ("La página ocupa solo una pequeña parte de esta foto; los números "
                                            "podrían no ser legibles.")
        # an upload row's kept error (the queue's SQLite has the SDK's English) is shown in Spanish
        from api_client.uploads import ItemState

        for name, value in (("state", ItemState.FAILED), ("next_attempt_at", None), ("note", None),
                            ("error", str(S.UPLOAD_TOO_LARGE(megabytes="20")))):
            object.__setattr__(item, name, value)
        assert model.status_text(item).startswith("El archivo supera los 20 MB que acepta el servicio.")
        object.__setattr__(item, "error", "A service's own words.")
        assert model.status_text(item).startswith("A service's own words.")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_watched_folders_not_uploaded_note_is_written_in_the_persons_language(es, tmp_path):
    from api_client.watch import _files

    moved = tmp_path / "receipt.jpg"
    moved.write_bytes(b"")
    note = _files.write_reason(moved, S.MEDIA_EMPTY())
    assert note.read_text(encoding="utf-8") == "El archivo está vacío.\n"
    translation.set_language("en")
    assert _files.write_reason(moved, S.MEDIA_EMPTY()).read_text(encoding="utf-8") == "The file is empty.\n"


def test_the_command_line_says_the_sdks_refusals_in_spanish(isolated_home):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["TICKETPROS_LANGUAGE"] = "es"
    done = subprocess.run([sys.executable, "-m", "app", "login", "--server", "http://tickets.example", "--browser"],
                          capture_output=True, text=True, env=env, timeout=60, cwd=ROOT, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == ("ticketpros: http:// sin cifrar solo se permite para esta computadora. "
                                   "Use una dirección https://.")
