"""Keep secrets out of everything the board writes: errors, logs, checkpoints, exports."""

from __future__ import annotations

import os
import re

_SECRET_ENV = ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY")
_KEY_SHAPES = re.compile(r"\b(sk-[A-Za-z0-9_\-]{8,}|Bearer\s+[A-Za-z0-9_\-\.]{8,})")


def redact(text: str) -> str:
    """Replace any known secret value, and anything shaped like an API key, with ``[redacted]``."""
    for var in _SECRET_ENV:
        value = os.environ.get(var)
        if value and len(value) >= 4:
            text = text.replace(value, "[redacted]")
    return _KEY_SHAPES.sub("[redacted]", text)


def describe_error(exc: BaseException) -> str:
    """One line naming what went wrong, safe to store in a checkpoint or print."""
    detail = " ".join(str(exc).split())[:300]
    name = type(exc).__name__
    return redact(f"{name}: {detail}" if detail else name)
