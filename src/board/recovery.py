"""Rerunning a turn that never finished, without adding the user's message twice.

The board runs with ``durability="sync"``: the checkpoint holding the user's message is on
disk before any voice is asked, and each finished voice's critique is saved as it lands. So
a turn cut short (the process killed, the machine off) leaves a thread whose next step is
still pending; ``rerun_point`` finds it and the turn resumes where it stopped, asking only the
voices that had not answered. A turn in which every voice failed did finish, without advice;
it reruns from the board's fan-out, on the same message and facts.
"""

from __future__ import annotations

from typing import Any


class NothingToRerun(ValueError):
    """The thread has no unfinished or failed turn (or does not exist)."""


def _config(thread_id: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": thread_id}}


def unfinished(snapshot: Any) -> bool:
    """The last turn stopped midway: steps are pending and the thread is not paused on questions."""
    return bool(snapshot.next) and not getattr(snapshot, "interrupts", ())


def failed(snapshot: Any) -> bool:
    """The last turn finished with no advice because every voice failed."""
    values = snapshot.values or {}
    critiques = values.get("critiques") or []
    return (
        not snapshot.next
        and values.get("recommendation") is None
        and bool(critiques)
        and all(c.get("error") for c in critiques)
    )


async def rerun_point(graph: Any, thread_id: str) -> dict[str, Any]:
    """The config to stream ``None`` into so that the thread's last turn runs again.

    Raises ``NothingToRerun`` when the thread's last turn gave its advice (or is paused on
    clarifying questions, or the thread does not exist).
    """
    config = _config(thread_id)
    snapshot = await graph.aget_state(config)
    if not snapshot.values and not snapshot.next:
        raise NothingToRerun(f"there is no thread {thread_id} to rerun")
    if unfinished(snapshot):
        return config
    if failed(snapshot):
        async for past in graph.aget_state_history(config):
            if "advisor" in past.next:
                return past.config
    if getattr(snapshot, "interrupts", ()):
        raise NothingToRerun(f"thread {thread_id} is waiting for answers to its questions; give them as TEXT")
    raise NothingToRerun(f"thread {thread_id} has no unfinished turn to rerun; give your next message as TEXT")
