"""The SDK reads the code the service sends beside its sentences (a ServiceSentence:
``code``, ``params``, ``text``) and keeps working with a reply that has none: an older
service, or a sentence the service has not coded yet (pydantic's validation messages)."""

from __future__ import annotations

import pickle

import pytest

from api_client import ConflictError, ServiceSentence, ValidationError
from api_client._service_sentences import read_sentence
from tests.support.uploads import signed_in


def test_a_refusal_and_a_value_the_schema_refuses_come_coded_from_the_real_service(service):
    client = signed_in(service.url, "alice@demo.example")
    try:
        filed = client.privacy_requests.submit("objection")
        client.privacy_requests.cancel(filed.id)
        with pytest.raises(ConflictError) as refused:
            client.privacy_requests.cancel(filed.id)
        with pytest.raises(ValidationError) as invalid:  # pydantic's error type, said by a coded sentence
            client.privacy_requests.extend(filed.id, days="many", reason="x")  # type: ignore[arg-type]
    finally:
        client.close()
    said = refused.value.sentence
    assert isinstance(refused.value.message, str)
    assert refused.value.message == ("This request is already cancelled; only a request waiting for the "
                                     "Account Owner can be cancelled.")
    assert (said.code, said.params, said.text) == ("requests.cancel_not_waiting", {"state": "cancelled"},
                                                   refused.value.message)
    assert type(said.text) is str and refused.value.message_code == "requests.cancel_not_waiting"
    assert (invalid.value.sentence.code, invalid.value.sentence.params) == (
        "validation.not_whole_number", {"field": "days"})
    assert invalid.value.message == "days: this must be a whole number."


def test_a_reply_without_a_code_or_with_a_wrong_one_keeps_its_english():
    assert type(read_sentence("Older service.", None, None)) is str
    assert type(read_sentence("Odd params.", "some.code", ["not", "a", "dict"])) is str
    assert type(read_sentence("Odd code.", 42, {})) is str
    coded = read_sentence("Page 2 is taken.", "tickets.page_taken", {"page": 2})
    assert isinstance(coded, ServiceSentence) and coded.params == {"page": 2}
    copy = pickle.loads(pickle.dumps(coded))  # a process pool keeps the code
    assert (copy, copy.code, copy.params) == ("Page 2 is taken.", "tickets.page_taken", {"page": 2})
