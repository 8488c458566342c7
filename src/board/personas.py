"""Persona files: the advisors and the moderator are data in `advisors/`, not Python.

Each file is Markdown with a small front matter (name, display name, lens, board order, the
finding codes its lens sees first, an optional model) and a body that is the voice's prompt.
`BOARD_ADVISORS_DIR` overlays another folder: a file there with a new name joins the board,
one with an existing name replaces that voice. Adding a voice needs no Python. Files whose
name starts with ``_`` are not personas (``_board.md`` is the board's shared charter).
"""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from board.codes import FindingCode


class PersonaError(ValueError):
    """A persona file that cannot be used; the message names the file and the problem."""


class Persona(BaseModel):
    name: str = Field(pattern=r"^[a-z][a-z0-9-]{0,39}$")
    display_name: str = Field(min_length=1)
    lens: str = Field(min_length=1)
    order: int
    role: Literal["advisor", "moderator"] = "advisor"
    codes: list[FindingCode] = Field(default_factory=list)
    """Finding codes this lens sees first; the offline engine gives these to this voice."""
    model: str | None = None
    """Per-voice model override for LLM engines."""
    prompt: str = Field(min_length=20)
    source: str = ""

    @field_validator("prompt")
    @classmethod
    def _strip(cls, v: str) -> str:
        return v.strip()


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.S)


def _value(raw: str) -> str | list[str]:
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        return [item.strip().strip("'\"") for item in raw[1:-1].split(",") if item.strip()]
    return raw.strip("'\"")


def parse_persona(text: str, source: str) -> Persona:
    """Read one persona file's text; raise PersonaError with a one-line reason when it is malformed."""
    match = _FRONT.match(text.replace("\r\n", "\n"))
    if not match:
        raise PersonaError(f"{source}: missing front matter (a '---' block at the top)")
    fields: dict[str, object] = {}
    for n, line in enumerate(match.group(1).splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, raw = line.partition(":")
        if not sep or not key.strip():
            raise PersonaError(f"{source}: line {n} is not 'key: value'")
        fields[key.strip()] = _value(raw)
    fields["prompt"] = match.group(2)
    fields["source"] = source
    try:
        return Persona.model_validate(fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "file"
        raise PersonaError(f"{source}: {where}: {err['msg']}") from None


def _read_folder(folder: Path | resources.abc.Traversable) -> dict[str, Persona]:
    found: dict[str, Persona] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".md") or entry.name.lower() == "readme.md" or entry.name.startswith("_"):
            continue
        try:
            text = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PersonaError(f"{entry}: cannot read ({exc.__class__.__name__})") from None
        persona = parse_persona(text, str(entry))
        if persona.name in found:
            raise PersonaError(f"{entry}: a persona named '{persona.name}' is already in {folder}")
        found[persona.name] = persona
    return found


class Board(BaseModel):
    """The voices that sit on the board: advisors in board order, and the moderator."""

    advisors: list[Persona]
    moderator: Persona

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.advisors]

    def advisor(self, name: str) -> Persona:
        return next(p for p in self.advisors if p.name == name)


def _builtin_folder() -> Path | resources.abc.Traversable:
    """The repository's `advisors/` in a source checkout, else the copy shipped in the wheel."""
    checkout = Path(__file__).resolve().parents[2] / "advisors"
    if checkout.is_dir():
        return checkout
    return resources.files("board.advisors")


def load_board(extra_dir: str | os.PathLike[str] | None = None) -> Board:
    """Load the built-in personas, overlaid by ``extra_dir`` (default: ``$BOARD_ADVISORS_DIR``)."""
    personas = _read_folder(_builtin_folder())
    extra = extra_dir if extra_dir is not None else os.environ.get("BOARD_ADVISORS_DIR")
    if extra:
        folder = Path(extra)
        if not folder.is_dir():
            raise PersonaError(f"BOARD_ADVISORS_DIR: {folder} is not a folder")
        personas.update(_read_folder(folder))
    moderators = [p for p in personas.values() if p.role == "moderator"]
    if len(moderators) != 1:
        raise PersonaError(f"the board needs exactly one moderator persona, found {len(moderators)}")
    advisors = sorted((p for p in personas.values() if p.role == "advisor"), key=lambda p: (p.order, p.name))
    if not advisors:
        raise PersonaError("the board has no advisor personas")
    return Board(advisors=advisors, moderator=moderators[0])
