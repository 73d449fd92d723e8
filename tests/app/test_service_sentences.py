"""The service's coded sentences in the person's language.

The service sends beside each English sentence its code and params
(``server/sentences.py``); the SDK gives it as a ``ServiceSentence``; the app's
table (``app/service_sentences.py``) says it in the person's language. Here: the
two tables agree (a code the service sends is known to the app, with the same
params), an unknown code or a reply without one is said in the service's English,
and, through the real service, a refusal and a review reason are shown in Spanish
by the app's widgets and by the command line.
"""

from __future__ import annotations

import io
import string
import sys

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt

from api_client import (
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    ServiceSentence,
    TicketProsClient,
)
from app import service_sentences, translation
from app.errors import describe
from app.sdk_sentences import localise
from server import sentences as server_sentences
from tests.support.tickets import insert_ticket
from tests.support.uploads import signed_in


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_apps_table_has_every_code_the_service_sends_with_the_same_params_and_english():
    service, app = server_sentences.SENTENCES, service_sentences.SENTENCES
    assert sorted(set(service) - set(app)) == [], "codes the app cannot say: add them to app/service_sentences.py"
    assert sorted(set(app) - set(service)) == [], "codes the service no longer sends"
    for code, template in service.items():
        assert _fields(app[code]) == set(template.fields), code
        assert app[code] == template.text, f"{code}: the app's English differs from the service's"
    # Every machine word the service puts into its English has the app's words too.
    for name, words in server_sentences.WORDS.items():
        assert set(words) <= set(service_sentences.WORDS[name]), name


def test_spanish_by_code_and_the_services_english_for_a_code_or_a_reply_it_does_not_know(spanish):
    said = server_sentences.INVALID_TRANSITION(state="pending_owner", to_state="completed")
    sentence = ServiceSentence(str(said), said.code, said.params)
    assert localise(sentence) == ("Esta solicitud ya está pendiente del Propietario de la cuenta, "
                                  "así que ahora no puede quedar completada.")
    assert localise(sentence, QCoreApplication.translate) == localise(sentence)
    newer = ServiceSentence("A sentence of a newer service.", "newer.code", {"n": 1})
    assert localise(newer) == "A sentence of a newer service."
    broken = ServiceSentence("Page 3 of this ticket has already been uploaded with other content.",
                             "tickets.page_taken", {})  # a param missing: the English, not a KeyError
    assert localise(broken) == str(broken)
    assert localise("Any uncoded sentence of an older service.") == "Any uncoded sentence of an older service."


@pytest.fixture
def spanish(monkeypatch):
    monkeypatch.setattr(translation, "_language", None)
    monkeypatch.setattr(translation, "_catalogue", None)
    translation.set_language("es")
    translator = _install_qt_spanish()
    yield
    QCoreApplication.removeTranslator(translator)


def _install_qt_spanish():
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    translator = QTranslator()
    assert translator.load(str(translation.catalogue_path("es")))
    QCoreApplication.installTranslator(translator)
    return translator


def test_the_real_services_refusal_and_review_reason_are_shown_in_spanish(qtbot, spanish, service):
    from app.tickets.review import ReviewView
    from app.workers import TaskRunner

    picture = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(picture, "JPEG")
    ticket = insert_ticket(service, "bob@demo.example", [("t.jpg", picture.getvalue())],
                           values={"gross_weight": "1000", "tare_weight": "200", "net_weight": "700"})
    client = signed_in(service.url, "bob@demo.example")
    runner = TaskRunner()
    try:
        # The SDK keeps the English and gives the code (scripts and older apps see what they saw).
        with pytest.raises(NotFoundError) as refused:
            client.tickets.get("tkt_0000000000000000")
        assert refused.value.message == "The ticket was not found."
        assert refused.value.sentence.code == "not_found.ticket" and refused.value.sentence.params == {}
        issue = client.tickets.get(ticket).review.issues_of("net_weight")[0]
        assert issue.message == "Gross − tare is 800, but the net weight says 700."
        assert (issue.sentence.code, issue.sentence.params) == ("review.net_weight_mismatch",
                                                                {"difference": "800", "net": "700"})

        view = ReviewView(client, runner)
        qtbot.addWidget(view)
        view.show()
        view.open_ticket(ticket)
        qtbot.waitUntil(lambda: view.ticket is not None and view.issues.isVisible(), timeout=10000)
        assert view.issues.text() == "• Bruto − tara es 800, pero el peso neto dice 700."
        # A value the service refuses: its sentence under the field, in Spanish.
        edit = view.edits["date"]
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "someday")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.errors["date"].isVisible(), timeout=10000)
        assert view.errors["date"].text() == "Escriba la fecha como AAAA-MM-DD (o 11/29/2026, 29.11.2026)."
        view.open_ticket("tkt_0000000000000000")  # gone meanwhile, say: the service's refusal
        qtbot.waitUntil(lambda: view.message.text() != "", timeout=10000)
        assert view.message.text() == "No se encontró el ticket."
        assert describe(refused.value) == "No se encontró el ticket."
    finally:
        qtbot.waitUntil(lambda: runner.active == 0, timeout=10000)
        assert runner.shutdown(10000)
        client.close()


def test_the_command_line_says_the_services_refusal_in_spanish(monkeypatch, capsys, service):
    from app.cli import main

    monkeypatch.setattr(translation, "_language", None)
    monkeypatch.setattr(translation, "_catalogue", None)
    translation.set_language("es")
    monkeypatch.setattr(sys, "stdin", io.StringIO("wrong\n"))
    code = main(["login", "--server", service.url, "--email", "alice@demo.example", "--password-stdin"])
    assert code == 1
    assert capsys.readouterr().err == "ticketpros: El correo electrónico o la contraseña no son correctos.\n"
    # The same refusal to a script: the English, with its code beside it.
    client = TicketProsClient(service.url)
    try:
        with pytest.raises(AuthenticationError) as refused:
            client.login("alice@demo.example", "wrong", remember=False)
    finally:
        client.close()
    assert refused.value.message == "Email or password is incorrect."
    assert refused.value.sentence.code == "auth.login_incorrect"


def test_the_services_notes_on_a_request_are_spanish_and_a_persons_note_stays_as_written(spanish, service):
    from app.requests.models import event_text

    alice, owner = signed_in(service.url, "alice@demo.example"), signed_in(service.url, "owner@demo.example")
    try:
        filed = alice.privacy_requests.submit("objection")
        cancelled = alice.privacy_requests.cancel(filed.id).events
        filed = alice.privacy_requests.submit("restriction")
        denied = owner.privacy_requests.deny(filed.id, "We need the analytics for the audit.").events
    finally:
        alice.close()
        owner.close()
    sent, gone = cancelled
    assert gone.note == "Cancelled by the requester."  # the English, as a script reads it
    assert (gone.note_sentence.code, gone.note_sentence.params) == ("note.cancelled", {})
    assert event_text(sent).splitlines()[-1] == "Enviada al Propietario de la cuenta."
    assert event_text(gone).splitlines()[-1] == "Cancelada por el solicitante."
    reason = denied[-1]  # the Account Owner's own words: no code, shown as written
    assert reason.note == "We need the analytics for the audit." and reason.note_sentence is None
    assert event_text(reason).splitlines()[-1] == "We need the analytics for the audit."


def test_the_real_services_upload_refusal_and_its_retry_are_said_in_spanish(spanish, service, tmp_path):
    """A file the service will not keep, refused when its last byte arrives: the app says why in
    Spanish; the service keeps the reason, and a retry hears it with the same code."""
    from api_client.uploads import TusUploader
    from api_client.uploads._tus import api_path

    words = tmp_path / "notes.jpg"
    words.write_bytes(b"Not a picture at all, only words.\n" * 8)
    client = signed_in(service.url, "bob@demo.example")
    try:
        uploader = TusUploader(client)
        location = uploader.create(words.stat().st_size, {"filename": "notes.jpg"}, idempotency_key="es-words")
        with pytest.raises(APIStatusError) as refused:
            uploader.upload(words, metadata={"filename": "notes.jpg"}, upload_url=location)
        with pytest.raises(APIStatusError) as retried:
            client.request("PATCH", api_path(location), content=b"x", max_retries=0,
                           headers={"Tus-Resumable": "1.0.0", "Upload-Offset": "0",
                                    "Content-Type": "application/offset+octet-stream"})
    finally:
        client.close()
    assert (refused.value.status, refused.value.code) == (415, "unsupported_type")
    assert refused.value.message == "This file is not a photo or PDF the service accepts."  # scripts: the English
    assert refused.value.sentence.code == "uploads.unsupported_type"
    assert describe(refused.value) == "Este archivo no es una foto ni un PDF que acepte el servicio."
    assert (retried.value.status, retried.value.code) == (410, "unsupported_type")
    assert retried.value.sentence.code == "uploads.unsupported_type"
    assert describe(retried.value) == describe(refused.value)
    # The upload queue keeps a refusal's English only (its SQLite has no code): the Uploads page
    # recognises the service's sentence again, params and all.
    from api_client.uploads import ItemState, UploadItem
    from app.uploads.model import UploadQueueModel

    model, item = UploadQueueModel(), UploadItem.__new__(UploadItem)
    for name, value in (("state", ItemState.FAILED), ("next_attempt_at", None), ("note", None),
                        ("error", str(refused.value.message))):
        object.__setattr__(item, name, value)
    assert model.status_text(item).startswith("Este archivo no es una foto ni un PDF que acepte el servicio. ")
    object.__setattr__(item, "error", "Page 3 of this ticket has already been uploaded with other content.")
    assert model.status_text(item).startswith("La página 3 de este ticket ya se subió con otro contenido. ")
    object.__setattr__(item, "error", "A sentence of an older service.")
    assert model.status_text(item).startswith("A sentence of an older service. ")


def test_the_services_own_content_check_is_said_in_spanish(spanish, service, tmp_path):
    """A password-protected PDF, which only the service's own check refuses (server.media):
    the refusal carries its code, so the app says it in Spanish."""
    from api_client.uploads import TusUploader
    from tests.support.hostile_corpus import _pdf_encrypted

    locked = tmp_path / "locked.pdf"
    locked.write_bytes(_pdf_encrypted())
    client = signed_in(service.url, "bob@demo.example")
    try:
        with pytest.raises(APIStatusError) as refused:
            TusUploader(client).upload(locked, metadata={"filename": "locked.pdf"}, idempotency_key="es-locked")
    finally:
        client.close()
    assert refused.value.code == "pdf_encrypted" and refused.value.sentence.code == "uploads.pdf_encrypted"
    assert describe(refused.value) == "Este PDF está protegido con contraseña; guarde una copia sin contraseña y suba esa."


def test_a_pdf_with_active_content_is_refused_with_its_kinds_said_in_spanish(spanish, service, tmp_path):
    """The service's active-content refusal names what it found as machine words (a list
    param), which the app says in its own words, also from a kept copy of the English."""
    from api_client.uploads import TusUploader
    from tests.support.hostile_corpus import pdf_with_action_and_attachment

    active = tmp_path / "active.pdf"
    active.write_bytes(pdf_with_action_and_attachment(b"<< /S /JavaScript /JS (app.alert\\('hi'\\);) >>"))
    client = signed_in(service.url, "bob@demo.example")
    try:
        with pytest.raises(APIStatusError) as refused:
            TusUploader(client).upload(active, metadata={"filename": "active.pdf"}, idempotency_key="es-active")
    finally:
        client.close()
    sentence = refused.value.sentence
    assert refused.value.code == "pdf_active_content" and sentence.code == "uploads.pdf_active_content"
    assert sorted(sentence.params["kinds"]) == ["embedded_files", "javascript"]
    assert "JavaScript" in str(sentence) and "embedded files" in str(sentence)
    spanish_words = describe(refused.value)
    assert spanish_words.startswith("Este PDF tiene contenido activo (") and "archivos incrustados" in spanish_words
    assert spanish_words.endswith("que el servicio no acepta; imprímalo en un PDF nuevo o escanee el papel.")
    # The upload queue keeps only the English: it is recognised again, kinds and all.
    kept = service_sentences.recognise(str(sentence))
    assert kept is not None and kept.code == sentence.code and kept.params == sentence.params
    assert service_sentences.say(kept, translation.translate) == spanish_words


def test_a_kept_copy_of_a_sentence_with_a_state_in_words_is_recognised_with_its_machine_value(spanish):
    template = next(t for t in server_sentences.SENTENCES.values() if t.fields == ("state",))
    said = template(state="cancelled")
    kept = service_sentences.recognise(str(said))
    assert kept is not None and (kept.code, kept.params) == (said.code, {"state": "cancelled"})
    assert service_sentences.recognise(str(said).replace("cancelled", "canceled")) is None


def test_a_value_the_services_schema_refuses_is_said_in_spanish_with_the_fields_api_name(
        spanish, service, demo_password):
    """The real service's 422 for a note too long (the app keeps its own limit, a script may not)."""
    client = signed_in(service.url, "bob@demo.example")
    try:
        with pytest.raises(APIStatusError) as refused:
            client.privacy_requests.submit("access", note="x" * 2001, password=demo_password)
    finally:
        client.close()
    assert refused.value.sentence.code == "validation.text_too_long"
    assert describe(refused.value) == "note: como máximo 2000 caracteres."


def test_the_oauth_endpoints_refusal_carries_its_code_beside_error_description_and_reads_in_spanish(
        spanish, service):
    """RFC 6749's shape stays (error, error_description in English); message_code and params
    ride beside it, and the SDK reads them."""
    import httpx

    from api_client._failures import status_error

    reply = httpx.post(service.url + "/api/v1/oauth/token", data={"client_id": "x"}, timeout=10)
    body = reply.json()
    assert reply.status_code == 400 and body["error"] == "invalid_request"
    assert body["error_description"] == "The grant_type parameter is missing."
    assert (body["message_code"], body["params"]) == ("oauth.parameter_missing", {"name": "grant_type"})
    refused = status_error(reply)
    assert refused.code == "invalid_request" and refused.sentence.code == "oauth.parameter_missing"
    assert describe(refused) == "Falta el parámetro grant_type."
