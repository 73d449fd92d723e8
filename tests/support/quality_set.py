"""A generated set of ticket photos, sharp and spoiled, for the photo quality check.

Sharp photos are the extraction samples' documents (``server/extraction/samples.py``,
what the extraction tests and benchmark read) rendered at a phone's resolution,
then photographed on a desk (turned, in perspective, lit from one side, up to
1.2 pixels soft) or scanned. Each spoiled copy has ONE fault, strong enough that a person
could not read the numbers reliably:

* ``gaussian``: out of focus, a Gaussian blur of 1/400 to 1/200 of the long side;
* ``motion``: moved, a straight smear of 1/100 to 1/50 of the long side at any angle;
* ``dark``: under-exposed to 12-25 % of its brightness;
* ``washed_out``: over-exposed, the ink lifted to within 12-22 % of the paper;
* ``tiny``: 0.3 to 0.7 megapixels in all;
* ``small_page``: the page at 25-40 % of the frame's width on a large desk.

Used by ``tests/benchmarks/bench_quality.py`` (the measured rates) and by
``tests/api_client/test_media_quality.py`` (a few of each, in CI).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFilter

from server.extraction import samples

DEGRADATIONS = ("gaussian", "motion", "dark", "washed_out", "tiny", "small_page")


@dataclass(frozen=True)
class Photo:
    path: Path
    #: "sharp" or one of DEGRADATIONS
    kind: str
    how: str


def sharp_picture(rng: random.Random, page_width: int) -> tuple[Image.Image, str]:
    """One readable photo (RGB) of a generated document, and how it was taken."""
    doc = samples.make(rng.choice(samples.KINDS), rng)
    scale = page_width / doc.width
    doc.width, doc.base_size = page_width, max(10, round(doc.base_size * scale))
    page = doc.render()[0]
    if rng.random() < 0.25:
        return samples.scanned(page, rng).convert("RGB"), "scanned"
    soft = rng.uniform(0.0, 1.2)  # a phone's slight softness
    return samples.photographed(page, rng, blur=soft), f"photographed, blur {soft:.1f} px"


def motion_blur(image: Image.Image, length: float, angle: float) -> Image.Image:
    """The picture smeared along a line of ``length`` pixels at ``angle`` radians."""
    steps = max(2, int(length / 1.5))
    acc = image
    for i in range(1, steps):
        offset = length * (i / (steps - 1) - 0.5)
        shifted = image.transform(image.size, Image.Transform.AFFINE,
                                  (1, 0, offset * math.cos(angle), 0, 1, offset * math.sin(angle)),
                                  resample=Image.Resampling.BILINEAR, fillcolor=image.getpixel((0, 0)))
        acc = Image.blend(acc, shifted, 1 / (i + 1))
    return acc


def spoil(image: Image.Image, kind: str, rng: random.Random) -> tuple[Image.Image, str]:
    w, h = image.size
    long_side = max(w, h)
    if kind == "gaussian":
        sigma = long_side / rng.uniform(200, 400)
        return image.filter(ImageFilter.GaussianBlur(sigma)), f"sigma {sigma:.1f} px"
    if kind == "motion":
        length = long_side / rng.uniform(50, 100)
        return motion_blur(image, length, rng.uniform(0, math.pi)), f"{length:.0f} px"
    if kind == "dark":
        factor = rng.uniform(0.12, 0.25)
        return image.point(lambda v: int(v * factor)), f"x{factor:.2f}"
    if kind == "washed_out":
        keep = rng.uniform(0.12, 0.22)
        return image.point(lambda v: int(255 - (255 - v) * keep)), f"contrast x{keep:.2f}"
    if kind == "tiny":
        megapixels = rng.uniform(0.3, 0.7)
        factor = math.sqrt(megapixels * 1e6 / (w * h))
        return image.resize((round(w * factor), round(h * factor)), Image.Resampling.LANCZOS), \
            f"{megapixels:.1f} MP"
    if kind == "small_page":
        share = rng.uniform(0.25, 0.40)
        frame = Image.new("RGB", (w, h), (rng.randrange(50, 110), rng.randrange(45, 95), rng.randrange(40, 85)))
        small = image.resize((round(w * share), round(h * share)), Image.Resampling.LANCZOS)
        frame.paste(small, (rng.randrange(0, w - small.width), rng.randrange(0, h - small.height)))
        return frame, f"page {share:.0%} of the width"
    raise ValueError(kind)


def generate(folder: Path, sharp: int, *, page_width: int = 1000, seed: int = 14,
             kinds: tuple[str, ...] = DEGRADATIONS, quality: int = 88) -> list[Photo]:
    """``sharp`` readable JPEGs and, for each, one spoiled copy per kind in ``kinds``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    photos = []
    for index in range(sharp):
        picture, how = sharp_picture(rng, page_width)
        path = folder / f"{index:03d}-sharp.jpg"
        picture.save(path, quality=quality)
        photos.append(Photo(path, "sharp", how))
        for kind in kinds:
            spoiled, what = spoil(picture, kind, rng)
            path = folder / f"{index:03d}-{kind}.jpg"
            spoiled.convert("RGB").save(path, quality=quality)
            photos.append(Photo(path, kind, what))
    return photos
