"""What the photo quality check can find (``api_client.media``), and the sentence for each.

Apart from the check itself, which needs Pillow: a ticket's ``quality_warning``
is one of these values, and the command line says it without loading Pillow.
"""

from __future__ import annotations

from enum import StrEnum

from ._sentences import QUALITY_UNKNOWN, SENTENCES


class Problem(StrEnum):
    """What makes a photo hard to read, in the order they are looked for."""

    LOW_RESOLUTION = "low_resolution"
    DARK = "dark"
    #: The ink is very faint; or (looked for after blur, whose thin print turns grey too)
    #: no ink is dark any more, or it is too close to the paper.
    WASHED_OUT = "washed_out"
    SMALL_PAGE = "small_page"
    BLURRED = "blurred"

    @property
    def message(self) -> str:
        """One sentence for the person who picked the photo."""
        return MESSAGES[self]


#: The sentence of each problem: code ``quality.<problem>`` in ``api_client._sentences``.
MESSAGES = {problem: SENTENCES[f"quality.{problem.value}"]() for problem in Problem}


def quality_message(code: str | None) -> str | None:
    """The sentence for a ticket's or a queued file's ``quality_warning`` (None for None);
    a value of a newer service is said as it is."""
    if code is None:
        return None
    try:
        return Problem(code).message
    except ValueError:
        return QUALITY_UNKNOWN(code=code)
