"""A pseudo-translation of every tr() string (``⟦text⟧``), built with the
real Qt Linguist tools, to prove user-visible text goes through Qt's
translation system."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def lupdate(ts: Path) -> Path:
    """A fresh catalogue of every translatable string in app/, as `./dev translations` makes it."""
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-extensions", "py", str(ROOT / "app"), "-ts", str(ts)],
                   check=True, capture_output=True)
    return ts


def build_pseudo_qm(out_dir: Path) -> Path:
    ts = lupdate(out_dir / "ticketpros_xx.ts")
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":  # one form per plural form of the language
            for form in translation.iter("numerusform"):
                form.text = f"⟦{source}⟧"
        else:
            translation.text = f"⟦{source}⟧"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = out_dir / "ticketpros_xx.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm
