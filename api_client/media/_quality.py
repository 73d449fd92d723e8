"""Is a photo readable? A check before sending, on the reduced copy ``prepare`` decodes anyway.

A photo of a ticket is of no use when its numbers cannot be read: it is
blurred (out of focus, or moved), too dark, washed out, has too few pixels, or
the page fills only a small part of the frame. :func:`assess` measures each on
a small grey copy (the long side :data:`ANALYSIS_SIZE` pixels at most: for a
JPEG, what libjpeg decodes at 1/8 scale, which ``prepare`` does to check the
file) and names the first problem found, with one sentence for people.

The thresholds are measured, not guessed: ``python -m tests.benchmarks quality``
renders sharp ticket photos with the extraction samples' generator, makes
blurred, dark, washed-out, tiny and far-away copies, and reports the false
alarms on the sharp ones and the catches on each kind (``./dev bench`` row
``quality``). Pillow only: no numpy in the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops, ImageStat

from .._quality_problems import Problem

#: The long side of the grey copy the measures are taken on: between these (a 12 MP photo, 4000
#: pixels wide, decoded at 1/8 is 500 wide; a larger decode is reduced to ANALYSIS_SIZE).
ANALYSIS_MIN = 480
ANALYSIS_SIZE = 512

# -- thresholds (measured: see the module's docstring) -----------------------------------------
#: Fewer pixels than this in the whole photo: small print cannot be read (a 0.8 MP photo of a
#: ticket prints its numbers a few pixels high).
MIN_PIXELS = 1_000_000
#: The page (the frame's bright part) covers less than this share of the photo.
MIN_PAGE_SHARE = 0.20
#: The brightest part of the photo (its 98th percentile of grey, 0..255) is darker than this.
MIN_BRIGHT = 95
#: Even the darkest ink (the 0.5th percentile of grey: a receipt's print covers little of it) is lighter
#: than this: no ink is dark any more.
MAX_DARKEST = 160
#: The spread from dark ink to paper (0.5th to 98th percentile of grey) is less than this; below
#: FAINT it is washed out whatever else (a blurred page keeps more, its fine detail is what goes).
MIN_CONTRAST = 70
FAINT = 45
#: Fine detail against coarse detail (see :func:`sharpness`) below this: out of focus or moved.
MIN_SHARPNESS = 0.26


@dataclass(frozen=True)
class Quality:
    """The measures of one photo and the first problem they show (None: it looks readable)."""

    problem: Problem | None
    pixels: int
    bright: float
    contrast: float
    page_share: float
    sharpness: float

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def message(self) -> str | None:
        return None if self.problem is None else self.problem.message


def analysis_copy(image: Image.Image) -> Image.Image:
    """A grey copy of a decoded picture, its long side :data:`ANALYSIS_SIZE` at most."""
    grey = image if image.mode == "L" else image.convert("L")
    if max(grey.size) > ANALYSIS_SIZE:
        grey = grey.copy() if grey is image else grey
        grey.thumbnail((ANALYSIS_SIZE, ANALYSIS_SIZE), Image.Resampling.BOX)
    return grey


def _percentile(histogram: list[int], share: float) -> int:
    wanted = share * sum(histogram)
    seen = 0
    for value, count in enumerate(histogram):
        seen += count
        if seen >= wanted:
            return value
    return 255


def _otsu(histogram: list[int]) -> int:
    """The grey level that best splits the picture in two (Otsu's method)."""
    total = sum(histogram)
    weighted = sum(i * c for i, c in enumerate(histogram))
    best, threshold = -1.0, 128
    below = below_weighted = 0
    for level, count in enumerate(histogram):
        below += count
        if below == 0:
            continue
        above = total - below
        if above == 0:
            break
        below_weighted += level * count
        mean_below = below_weighted / below
        mean_above = (weighted - below_weighted) / above
        between = below * above * (mean_below - mean_above) ** 2
        if between > best:
            best, threshold = between, level
    return threshold


def _curvature(grey: Image.Image, step: int, across: bool) -> float:
    """Mean |(p[x - step] + p[x + step]) / 2 - p[x]|: a second difference over ``step`` pixels,
    across (x) or along (y) the picture (shifted copies: a few milliseconds on the grey copy)."""
    dx, dy = (step, 0) if across else (0, step)
    ahead, behind = ImageChops.offset(grey, dx, dy), ImageChops.offset(grey, -dx, -dy)
    return ImageStat.Stat(ImageChops.difference(ImageChops.add(ahead, behind, scale=2.0), grey)).mean[0]


def sharpness(grey: Image.Image) -> float:
    """Fine detail over coarse detail, across and along the picture, the lower of the two:
    the curvature over one pixel divided by that over four. A stroke blurred by the lens
    loses its fine curvature first in every direction, a movement in its own; how much text
    the page holds and how dark its ink is cancel out."""
    ratios = []
    for across in (True, False):
        coarse = _curvature(grey, 4, across)
        ratios.append(_curvature(grey, 1, across) / coarse if coarse > 0.05 else 0.0)
    return min(ratios)


def assess(grey: Image.Image, pixels: int) -> Quality:
    """Measure ``grey`` (from :func:`analysis_copy`) of a photo of ``pixels`` pixels in all."""
    histogram = grey.histogram()[:256]
    low, high = _percentile(histogram, 0.005), _percentile(histogram, 0.98)
    threshold = _otsu(histogram)
    page = sum(histogram[threshold + 1:]) / max(1, sum(histogram))
    sharp = sharpness(grey)
    if pixels < MIN_PIXELS:
        problem: Problem | None = Problem.LOW_RESOLUTION
    elif high < MIN_BRIGHT:
        problem = Problem.DARK
    elif high - low < FAINT:
        problem = Problem.WASHED_OUT
    elif page < MIN_PAGE_SHARE:
        problem = Problem.SMALL_PAGE
    elif sharp < MIN_SHARPNESS:
        problem = Problem.BLURRED
    elif low > MAX_DARKEST or high - low < MIN_CONTRAST:
        problem = Problem.WASHED_OUT
    else:
        problem = None
    return Quality(problem, pixels, float(high), float(high - low), page, sharp)


def check_image(image: Image.Image, pixels: int | None = None) -> Quality:
    """Measure a decoded picture; ``pixels``: the full photo's (when ``image`` was decoded reduced)."""
    return assess(analysis_copy(image), pixels if pixels is not None else image.size[0] * image.size[1])
