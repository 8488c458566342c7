"""The board as a LangGraph StateGraph: intake → clarify → every advisor at once → moderator.

The graph only wires nodes and state; the reading, the arithmetic and the advice live in the
pure modules and the engines. Advisors fan out with ``Send`` and their critiques are merged by
a reducer that keeps board order, so a slow voice never reorders the board and a failing one
becomes a critique with ``error`` set instead of an exception that sinks the turn.

``clarify`` is the only node that pauses: with ``ask_first`` and a deciding fact missing it
calls ``interrupt()`` with the questions (from ``board.clarify``). It holds no LLM call, so
re-running it on resume is free; the answers join the thread as a new message and the turn
goes back through ``intake`` so they are read onto the situation before the board convenes.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Literal

from langgraph.config import get_config
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, Overwrite, Send, interrupt

from board.analysis import analyse
from board.clarify import clarifying_questions, merge_questions, unasked
from board.context import Context
from board.engines.base import Case
from board.models import Critique, Recommendation, Situation
from board.modes import choose_mode
from board.printable import printable_model
from board.redact import describe_error
from board.state import AdvisorTask, BoardState
from board.situation import read_situation

MAX_QUESTIONS = 5


def _context(runtime: Runtime[Context]) -> Context:
    """The run's context, or the offline board when a host (``langgraph dev``) gives none."""
    if runtime.context is not None:
        return runtime.context
    from board.engines import get_engine
    from board.personas import load_board

    return Context(engine=get_engine("offline"), board=load_board())


def _case(state: BoardState) -> Case:
    messages = state["messages"]
    return Case(
        mode=state["mode"],
        text=messages[-1]["text"],
        history=[m["text"] for m in messages[:-1]],
        situation=Situation.model_validate(state["situation"]),
        analysis=state["analysis"],
        thread_id=_thread_id(),
    )


def _thread_id() -> str:
    """The run's thread id (LLM engines key their prompt cache on it); empty outside a run."""
    try:
        return str(get_config().get("configurable", {}).get("thread_id") or "")
    except RuntimeError:
        return ""


async def intake(state: BoardState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Read this turn's words on top of the thread's facts and compute the numbers."""
    prior = Situation.model_validate(state["situation"]) if state.get("situation") else None
    message = state["messages"][-1]
    situation = read_situation(message["text"], prior)
    mode = choose_mode(message.get("mode"), state.get("mode"), situation)
    return {
        "mode": mode,
        "situation": situation.model_dump(mode="json"),
        "analysis": analyse(situation).model_dump(mode="json"),
        "critiques": Overwrite([]),
        "usage": Overwrite({}),
        "recommendation": None,
        "questions": [],
        "engine": _context(runtime).engine.name,
    }


async def clarify(state: BoardState, runtime: Runtime[Context]) -> Command[Literal["intake", "advisor"]]:
    """Pause on the clarifying questions (``ask_first``), or convene the board.

    Answers are asked for once per turn (a message that is itself the answers never pauses
    again) and each question once per thread (``asked``). Empty answers convene the board on
    what it has.
    """
    message = state["messages"][-1]
    if _context(runtime).ask_first and not message.get("answers"):
        situation = Situation.model_validate(state["situation"])
        questions = unasked(clarifying_questions(situation, state["mode"]), state.get("asked") or [])
        if questions:
            answer = interrupt({"questions": questions, "mode": state["mode"]})
            text, mode = _answer(answer, state["mode"])
            if text.strip():
                answers = {"text": text, "mode": mode, "answers": True}
                return Command(goto="intake", update={"messages": [answers], "asked": questions})
            return Command(goto=convene(state, runtime), update={"asked": questions})
    return Command(goto=convene(state, runtime))


def _answer(answer: Any, mode: str) -> tuple[str, str]:
    """The resume value: the answers' text, or ``{"text": ..., "mode": ...}``."""
    if isinstance(answer, dict):
        return str(answer.get("text") or ""), answer.get("mode") or mode
    return str(answer or ""), mode


def convene(state: BoardState, runtime: Runtime[Context]) -> list[Send]:
    """Send the same case to every advisor; LangGraph runs the branches concurrently."""
    case = _case(state).model_dump(mode="json")
    return [Send("advisor", AdvisorTask(advisor=p.name, case=case)) for p in _context(runtime).board.advisors]


async def advisor(task: AdvisorTask, runtime: Runtime[Context]) -> dict[str, Any]:
    ctx = _context(runtime)
    persona = ctx.board.advisor(task["advisor"])
    usage: dict[str, dict[str, int]] = {}
    try:
        reply = await ctx.engine.critique(persona, Case.model_validate(task["case"]))
        critique = printable_model(reply.critique).model_copy(update={"advisor": persona.name, "error": None})
        if reply.usage is not None:
            usage[persona.name] = reply.usage.model_dump()
    except Exception as exc:  # a failing voice must not sink the board
        critique = Critique(
            advisor=persona.name,
            summary=f"The {persona.display_name} advisor could not answer this turn.",
            error=describe_error(exc),
        )
    return {"critiques": [critique.model_dump(mode="json") | {"order": persona.order}], "usage": usage}


async def moderator(state: BoardState, runtime: Runtime[Context]) -> dict[str, Any]:
    ctx = _context(runtime)
    critiques = [Critique.model_validate(c) for c in state.get("critiques", [])]
    missing = [c.advisor for c in critiques if c.error]
    if len(missing) == len(critiques):
        return {"recommendation": None, "questions": []}
    case = _case(state)
    usage: dict[str, dict[str, int]] = {}
    try:
        reply = await ctx.engine.moderate(ctx.board.moderator, case, critiques)
        recommendation = reply.recommendation
        if reply.usage is not None:
            usage[ctx.board.moderator.name] = reply.usage.model_dump()
    except Exception:  # fall back to the deterministic merge rather than lose the turn
        from board import rules

        recommendation = rules.moderate(ctx.board.moderator, case, critiques)
        missing = [*missing, ctx.board.moderator.name]
    recommendation = printable_model(recommendation).model_copy(update={"missing_voices": missing})
    return {
        "recommendation": recommendation.model_dump(mode="json"),
        "questions": board_questions(critiques, clarifying_questions(case.situation, case.mode)),
        "usage": usage,
        "turns": [_turn(state, recommendation, ctx)],
    }


def board_questions(critiques: list[Critique], first: list[str] | None = None) -> list[str]:
    """The clarifying questions (``first``), then the advisors' questions in board order, each once."""
    return merge_questions(first or [], [q for c in critiques for q in c.questions], MAX_QUESTIONS)


def _turn(state: BoardState, recommendation: Recommendation, ctx: Context) -> dict[str, Any]:
    return {
        "text": state["messages"][-1]["text"],
        "mode": state["mode"],
        "engine": ctx.engine.name,
        "next_move": recommendation.next_move.value,
        "say": recommendation.say,
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "upto": len(state["messages"]),
    }


def build_graph() -> StateGraph:
    """The uncompiled board; callers compile it with their checkpointer."""
    builder = StateGraph(BoardState, context_schema=Context)
    builder.add_node("intake", intake)
    builder.add_node("advisor", advisor, input_schema=AdvisorTask)
    builder.add_node("clarify", clarify)
    builder.add_node("moderator", moderator)
    builder.add_edge(START, "intake")
    builder.add_edge("intake", "clarify")
    builder.add_edge("advisor", "moderator")
    builder.add_edge("moderator", END)
    return builder
