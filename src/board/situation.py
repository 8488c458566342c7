"""Reading the user's words into a Situation. (Skeleton: the offline-analyst issue makes it deep.)"""

from __future__ import annotations

from board.models import Situation


def read_situation(text: str, prior: Situation | None = None) -> Situation:
    """Read ``text`` on top of what the thread already knew (``prior``)."""
    return prior.model_copy(deep=True) if prior else Situation()
