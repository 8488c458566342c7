"""Words from outside the board — a model's reply — made safe to store, export and print.

A model can echo control characters from a pasted chat, or be talked into writing terminal
escape sequences (ESC …, BEL, backspace, carriage return, bidirectional overrides) that would
rewrite the user's screen when the advice is printed. They are dropped where the board takes
a voice's reply in (``graph.advisor``, ``graph.moderator``) and from the words streamed live
(``session.run_turn``); tabs and newlines stay.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

M = TypeVar("M", bound=BaseModel)


def printable(text: str) -> str:
    """``text`` without control characters (tabs and newlines kept)."""
    return _UNSAFE.sub("", text)


def printable_model(model: M) -> M:
    """A copy of ``model`` with every string in it made printable."""
    return type(model).model_validate(_clean(model.model_dump(mode="json")))


def printable_event(event: Any) -> Any:
    """A streamed event (``{"voice": ..., "delta": ...}``) with its strings made printable."""
    return _clean(event)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value
