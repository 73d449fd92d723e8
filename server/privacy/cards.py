"""Refusing full card numbers: the service stores the last four digits only
(policy 3.1, "we do not store full card numbers")."""

from __future__ import annotations

import re

from .. import sentences as S

# 13 to 19 digits, optionally grouped by spaces or dashes as people type them.
_CANDIDATE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")

FULL_CARD_MESSAGE = S.PAYMENT_FULL_CARD()


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def looks_like_card_number(value: object) -> bool:
    """True when ``value`` holds a 13–19 digit sequence that passes the Luhn check."""
    text = str(value)
    for match in _CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            return True
    return False
