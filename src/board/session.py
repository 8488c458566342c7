"""Run one turn of a thread: open the checkpointer, stream the graph, return the contract object.

This is the one place that knows both the graph and the storage; the CLI and the evals call it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from langgraph.types import Command

from board.clarify import waiting_recommendation
from board.context import Context
from board.engines.base import Engine
from board.graph import build_graph
from board.locks import thread_lock
from board.models import BoardResult, Recommendation
from board.paths import database_path
from board.personas import Board
from board.printable import printable_event
from board.recovery import rerun_point

EventSink = Callable[[Any], None]
ProgressSink = Callable[[str], None]


class BoardFailed(RuntimeError):
    """Every voice failed: there is no advice to give. The thread still holds the message."""

    def __init__(self, thread_id: str, reasons: list[str]) -> None:
        self.thread_id = thread_id
        self.reasons = reasons
        super().__init__(f"every advisor failed ({'; '.join(reasons)[:300]})")


def new_thread_id() -> str:
    return uuid.uuid4().hex[:12]


@asynccontextmanager
async def open_graph(db_path: Path | None = None) -> AsyncIterator[Any]:
    """The board compiled with the SQLite checkpointer, for as long as the block runs."""
    path = db_path or database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    async with AsyncSqliteSaver.from_conn_string(str(path)) as saver:
        yield build_graph().compile(checkpointer=saver, name="board")


async def run_turn(
    text: str | None,
    *,
    engine: Engine,
    board: Board,
    mode: str | None = None,
    thread_id: str | None = None,
    ask_first: bool = False,
    db_path: Path | None = None,
    on_event: EventSink | None = None,
    on_progress: ProgressSink | None = None,
) -> BoardResult:
    """Add the user's message to the thread and convene the board on it.

    When the thread is paused on clarifying questions, ``text`` is the answers: it resumes the
    paused turn. With ``ask_first`` the turn may itself pause: the result then has no critiques,
    its ``questions`` are the clarifying questions and its move is gather-information.
    ``on_progress`` hears the name of each voice (or step) as it finishes.
    """
    thread_id = thread_id or new_thread_id()
    config = {"configurable": {"thread_id": thread_id}}
    # one writer per thread (board.locks); text None reruns an unfinished turn (board.recovery)
    async with thread_lock(db_path or database_path(), thread_id), open_graph(db_path) as graph:
        paused = await pending_questions(graph, thread_id)
        if paused is not None:
            # clarify re-runs on resume and must pause again to receive the answers
            inputs: Any = Command(resume={"text": text, "mode": mode})
            ask_first = True
        else:
            inputs = {"messages": [{"text": text, "mode": mode}]}
        run_config = config
        if text is None:
            inputs, run_config = None, await rerun_point(graph, thread_id)
        context = Context(engine=engine, board=board, ask_first=ask_first)
        modes = ["custom", "updates"]
        async for kind, payload in graph.astream(
            inputs, run_config, context=context, stream_mode=modes, durability="sync"
        ):
            if kind == "custom":
                if on_event is not None:
                    on_event(printable_event(payload))
            elif on_progress is not None:
                for step in _finished(payload):
                    on_progress(step)
        snapshot = await graph.aget_state(config)
    return to_result(snapshot.values, thread_id, waiting=waiting_questions(snapshot))


def _finished(update: Any) -> list[str]:
    """Names of what just finished, from one ``updates`` chunk (advisors by their own name)."""
    if not isinstance(update, dict):
        return []
    names: list[str] = []
    for node, value in update.items():
        if node == "advisor" and isinstance(value, dict):
            names.extend(c.get("advisor", node) for c in value.get("critiques") or [])
        elif not node.startswith("__"):
            names.append(node)
    return names


def waiting_questions(snapshot: Any) -> list[str] | None:
    """The clarifying questions a paused thread waits on, else ``None``."""
    for pending in getattr(snapshot, "interrupts", ()) or ():
        value = pending.value
        if isinstance(value, dict) and "questions" in value:
            return list(value["questions"])
    return None


async def pending_questions(graph: Any, thread_id: str) -> list[str] | None:
    """The questions the thread is paused on (``--ask-first``), or ``None`` when it is not paused."""
    return waiting_questions(await graph.aget_state({"configurable": {"thread_id": thread_id}}))


def to_result(state: dict[str, Any], thread_id: str, *, waiting: list[str] | None = None) -> BoardResult:
    """The contract object for a turn; raises BoardFailed when no voice answered.

    ``waiting`` holds the clarifying questions of a paused turn: the object then carries them,
    no critiques, and a gather-information recommendation that says the board waits for answers.
    """
    facts = {key: state[key] for key in ("engine", "mode", "situation", "analysis")}
    if waiting is not None:
        return BoardResult(
            **facts,
            thread_id=thread_id,
            critiques=[],
            recommendation=waiting_recommendation(waiting),
            questions=waiting,
            usage=None,
        )
    recommendation = state.get("recommendation")
    if recommendation is None:
        reasons = [f"{c['advisor']}: {c.get('error')}" for c in state.get("critiques", []) if c.get("error")]
        raise BoardFailed(thread_id, reasons)
    usage = state.get("usage") or {}
    return BoardResult(
        **facts,
        thread_id=thread_id,
        critiques=state.get("critiques", []),
        recommendation=Recommendation.model_validate(recommendation),
        questions=state.get("questions", []),
        usage=_usage(usage) if usage else None,
    )


def _usage(by_voice: dict[str, dict[str, int]]) -> dict[str, Any]:
    keys = ("prompt_tokens", "cached_tokens", "completion_tokens")
    totals = {k: sum(v.get(k, 0) for v in by_voice.values()) for k in keys}
    from board.pricing import total_cost  # engines put each voice's estimated cost in its counts

    return {**totals, "by_voice": by_voice, "cost_usd": total_cost([v.get("cost_usd") for v in by_voice.values()])}
