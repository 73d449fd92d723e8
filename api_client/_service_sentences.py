"""The service's own sentences, with the stable code it sends beside each one.

A reply from the service says its sentences in English (``message``, ``note``) and,
from services that code them, also ``message_code`` and ``params``
(``error.message_code``/``error.params`` in an error reply, ``note_code``/
``note_params`` on a privacy request's event). The SDK gives such a sentence as a
:class:`ServiceSentence`: a ``str`` (the English, so scripts show it as before)
that also carries ``code`` and ``params``, for an app to say it in its own
language. A reply without a code (an older service, a sentence not coded yet)
gives a plain ``str``; :func:`service_sentence` gives None for it.
"""

from __future__ import annotations

from typing import Any

from ._sentences import CodedText


class ServiceSentence(CodedText):
    """One of the service's sentences: ``text`` (English, as sent), ``code`` and ``params``."""

    @property
    def text(self) -> str:
        """The service's English sentence."""
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"ServiceSentence({self.text!r}, code={self.code!r}, params={self.params!r})"


def read_sentence(text: Any, code: Any, params: Any) -> str:
    """The sentence of a reply: a :class:`ServiceSentence` when the service coded it,
    else ``text`` as it is (a code or params of the wrong type are ignored, not refused:
    the English is still there)."""
    text = "" if text is None else str(text)
    if isinstance(code, str) and code and (params is None or isinstance(params, dict)):
        return ServiceSentence(text, code, {str(k): v for k, v in (params or {}).items()})
    return text


def service_sentence(text: Any) -> ServiceSentence | None:
    """``text`` as a :class:`ServiceSentence`, or None when the service sent it without a code."""
    return text if isinstance(text, ServiceSentence) else None
