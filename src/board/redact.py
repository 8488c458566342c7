"""Keep secrets out of everything the board writes: errors, logs, checkpoints, exports."""

from __future__ import annotations

import os
import re

_SECRET_ENV = ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY")
_KEY_SHAPES = re.compile(r"\b(sk-[A-Za-z0-9_\-]{8,}|Bearer\s+[A-Za-z0-9_\-\.]{8,})")
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@]+@")
"""``scheme://user:password@host``: the user and password go, the host stays."""
MAX_DETAIL = 300


def redact(text: str) -> str:
    """Replace any known secret value, and anything shaped like an API key, with ``[redacted]``."""
    for var in _SECRET_ENV:
        value = os.environ.get(var) or ""
        for secret in {value, value.strip()}:  # the engine sends the stripped key
            if len(secret) >= 4:
                text = text.replace(secret, "[redacted]")
    text = _URL_USERINFO.sub(r"\1[redacted]@", text)
    return _KEY_SHAPES.sub("[redacted]", text)


def describe_error(exc: BaseException) -> str:
    """One line naming what went wrong, safe to store in a checkpoint or print.

    Redacted before it is shortened, so a secret cut in half by the limit still goes whole.
    """
    detail = redact(" ".join(str(exc).split()))
    if len(detail) > MAX_DETAIL:
        detail = detail[: MAX_DETAIL - 1] + "…"
    name = type(exc).__name__
    return f"{name}: {detail}" if detail else name
