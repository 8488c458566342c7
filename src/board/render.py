"""Showing the board in a terminal: each voice under its name, then the verdict.

Two paths over the same content. The plain-text path (``render``, ``facts_text``,
``threads_text``, ``conversation_text``) is used whenever stdout is not a terminal — pipes,
files, tests — and is deterministic, 80 columns wide, without colour. ``print_result`` and the
other ``rich`` helpers draw the same content as labelled panels for a terminal, honouring
``NO_COLOR``; ``thinking`` shows a spinner on stderr while the voices work.
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from board.brief import fact_rows, number_rows
from board.models import BoardResult, Critique, Situation
from board.personas import Board
from board.printable import printable

if TYPE_CHECKING:
    from rich.console import Console

    from board.threads import Thread

WIDTH = 80
COLOURS = {"anchoring": "cyan", "walkaway": "magenta", "concession": "yellow", "skeptic": "blue"}


def _wrap(text: str, indent: str = "  ", width: int = WIDTH) -> str:
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=indent)


def _bullet(text: str, indent: str = "  ") -> str:
    return textwrap.fill(
        " ".join(text.split()), width=WIDTH, initial_indent=f"{indent}- ", subsequent_indent=f"{indent}  "
    )


def is_waiting(result: BoardResult) -> bool:
    """A paused turn: the board asked its questions and has not advised yet (no critiques)."""
    return not result.critiques


def answer_hint(thread_id: str) -> str:
    return f'Answer with: board ask --thread {thread_id} "your answers"'


# ---------------------------------------------------------------- plain text


def render_critique(critique: Critique, title: str) -> list[str]:
    lines = [f"{title}".upper() + (f" — recommends {critique.recommended_move}" if critique.recommended_move else "")]
    if critique.error:
        lines.append(_wrap(f"(missing voice: {critique.error})"))
        return lines
    lines.append(_wrap(critique.summary))
    for f in critique.findings:
        lines.append(_bullet(f"[{f.code}, {f.severity}] {f.evidence}"))
        lines.append(_wrap(f"→ {f.advice}", indent="    "))
    for q in critique.questions:
        lines.append(_bullet(f"Ask: {q}"))
    return lines


def render_questions(questions: list[str], hint: str | None = None) -> str:
    """The clarifying questions of a paused turn, numbered, then how to answer."""
    out = ["THE BOARD ASKS BEFORE ADVISING"]
    out.extend(textwrap.fill(q, WIDTH, initial_indent=f"  {n}. ", subsequent_indent="     ")
               for n, q in enumerate(questions, start=1))
    if hint:
        out.append(_wrap(hint))
    return "\n".join(out) + "\n"


def _header(result: BoardResult) -> str:
    return f"board · {result.engine} engine · mode {result.mode} · thread {result.thread_id}"


def render(result: BoardResult, board: Board | None = None, hint: str | None = None) -> str:
    """The plain-text board. A paused turn shows its questions and ``hint`` (how to answer)."""
    titles = {p.name: p.display_name for p in board.advisors} if board else {}
    out = [_header(result), ""]
    for notice in result.situation.notices:
        out.append(_wrap(f"note: {notice}", indent=""))
    if is_waiting(result):
        out.append(render_questions(result.questions, hint or answer_hint(result.thread_id)).rstrip())
        return "\n".join(out).rstrip() + "\n"
    for critique in result.critiques:
        out.extend(render_critique(critique, titles.get(critique.advisor, critique.advisor)))
        out.append("")
    rec = result.recommendation
    out.append(f"MODERATOR — next move: {rec.next_move}")
    out.append(_wrap(rec.rationale))
    out.append(_wrap(f'Say: "{rec.say}"'))
    if rec.agreements:
        out.append("  Agreed:")
        out.extend(_bullet(a, "    ") for a in rec.agreements)
    if rec.disagreements:
        out.append("  Disagreements:")
        out.extend(_bullet(f"{', '.join(d.advisors)}: {d.about}", "    ") for d in rec.disagreements)
    if rec.missing_voices:
        out.append(_wrap(f"Missing voices: {', '.join(rec.missing_voices)}"))
    if result.questions:
        out.append("")
        out.append("QUESTIONS THAT WOULD SHARPEN THE ADVICE")
        out.extend(_bullet(q) for q in result.questions)
    if result.usage:
        u = result.usage
        out.append("")
        out.append(f"tokens: {u.prompt_tokens} prompt ({u.cached_tokens} cached), {u.completion_tokens} completion")
    return "\n".join(out).rstrip() + "\n"


def facts_text(situation: Situation, result: BoardResult | None = None) -> str:
    """What the board believes, each fact with the words it came from (``/facts``)."""
    rows = fact_rows(situation)
    if not rows:
        return "FACTS\n  The board knows no facts yet.\n"
    out = ["FACTS — what the board believes, and your words it read them from"]
    for label, value, words in rows:
        out.append(_bullet(f"{label}: {value}" + (f' — from "{words}"' if words else "")))
    if result is not None:
        out.extend(_bullet(line) for line in number_rows(result))
    return "\n".join(out) + "\n"


def threads_text(threads: list[Thread]) -> str:
    if not threads:
        return "No threads yet. Start one with: board chat\n"
    rows = [(t.id, (t.updated or "")[:16].replace("T", " "), t.last_move, t.title) for t in threads]
    out = [f"{'THREAD':12}  {'UPDATED':16}  {'LAST MOVE':19}  TITLE"]
    for tid, updated, move, title in rows:
        line = f"{tid:12}  {updated:16}  {move:19}  {title}"
        out.append(line if len(line) <= WIDTH else line[: WIDTH - 1] + "…")
    return "\n".join(out) + "\n"


def conversation_text(thread: Thread) -> str:
    """The thread as a conversation: each user message, then the board's move and words."""
    out = [f"thread {thread.id} · {_count(len(thread.messages), 'message')} · {_count(len(thread.turns), 'turn')}", ""]
    for kind, item in conversation(thread):
        if kind == "you":
            label = "YOU (answers)" if item.get("answers") else "YOU"
            mode = f" [{item['mode']}]" if item.get("mode") else ""
            out.append(f"{label}{mode}")
            out.append(_wrap(printable(item["text"])))
        elif kind == "board":
            out.append(f"BOARD — {item.get('next_move') or '-'} ({item.get('engine', '?')} engine, {item.get('at', '')})")
            out.append(_wrap(f'Say: "{item.get("say", "")}"'))
        else:
            out.append("BOARD — waiting for answers")
            out.extend(_bullet(q) for q in item["questions"])
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def conversation(thread: Thread) -> Iterator[tuple[str, dict[str, Any]]]:
    """("you", message), ("board", turn) and ("waiting", {questions}) in the order they happened."""
    done = 0
    for turn in thread.turns:
        upto = turn.get("upto") or _upto(thread, turn, done)
        for message in thread.messages[done:upto]:
            yield "you", message
        done = max(done, upto)
        yield "board", turn
    for message in thread.messages[done:]:
        yield "you", message
    if thread.waiting is not None:
        yield "waiting", {"questions": thread.waiting}


def _upto(thread: Thread, turn: dict[str, Any], done: int) -> int:
    """For turns saved without ``upto``: the message the turn answered, found by its text."""
    for n in range(done, len(thread.messages)):
        if thread.messages[n]["text"] == turn.get("text"):
            return n + 1
    return done


# ---------------------------------------------------------------- rich terminal


def use_rich(stream: TextIO | None = None) -> bool:
    """Rich output only on a terminal; pipes and files get the plain text."""
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def console(stream: TextIO | None = None, *, stderr: bool = False) -> Console:
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    file = stream or (sys.stderr if stderr else sys.stdout)
    width = min(Console(file=file).width, 100)
    return Console(file=file, width=width, no_color=no_color, highlight=False, emoji=False, soft_wrap=False)


def print_result(con: Console, result: BoardResult, board: Board | None = None, hint: str | None = None) -> None:
    """The board as labelled panels: one per advisor, then the moderator's verdict."""
    from rich.console import Group
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    titles = {p.name: p.display_name for p in board.advisors} if board else {}
    con.print(Text(_header(result), style="dim"))
    for notice in result.situation.notices:
        con.print(Text(f"note: {notice}", style="yellow"))
    if is_waiting(result):
        print_questions(con, result.questions, hint or answer_hint(result.thread_id))
        return
    for c in result.critiques:
        colour = COLOURS.get(c.advisor, "green")
        title = f"[bold {colour}]{escape(titles.get(c.advisor, c.advisor))}[/]"
        if c.recommended_move:
            title += f" — recommends [bold]{c.recommended_move}[/]"
        if c.error:
            body: Any = Text(f"(missing voice: {c.error})", style="red")
        else:
            items = Table.grid(padding=(0, 1))
            items.add_column(width=1)
            items.add_column()
            for f in c.findings:
                style = {"high": "bold red", "medium": "yellow"}.get(f.severity, "dim")
                line = Text.assemble((f.code, style), f" ({f.severity}) {f.evidence}\n", ("→ ", "bold"), f.advice)
                items.add_row("•", line)
            for q in c.questions:
                items.add_row("?", Text(q, style="italic"))
            body = Group(Text(c.summary), items) if items.row_count else Text(c.summary)
        con.print(Panel(body, title=title, title_align="left", border_style=colour))
    rec = result.recommendation
    body = Text()
    body.append(rec.rationale)
    body.append("\n\nSay: ", style="bold")
    body.append(f"“{rec.say}”", style="italic")
    for a in rec.agreements:
        body.append(f"\n✓ {a}")
    for d in rec.disagreements:
        body.append(f"\n≠ {', '.join(d.advisors)}: {d.about}")
    if rec.missing_voices:
        body.append(f"\nMissing voices: {', '.join(rec.missing_voices)}", style="red")
    con.print(Panel(body, title=f"[bold]Moderator[/] — next move: [bold green]{rec.next_move}[/]",
                    title_align="left", border_style="green"))
    if result.questions:
        con.print("[bold]Questions that would sharpen the advice[/]")
        for q in result.questions:
            con.print(f"  • {escape(q)}")
    if result.usage:
        u = result.usage
        con.print(Text(f"tokens: {u.prompt_tokens} prompt ({u.cached_tokens} cached), "
                       f"{u.completion_tokens} completion", style="dim"))


def print_questions(con: Console, questions: list[str], hint: str | None = None) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    body = "\n".join(f"{n}. {escape(q)}" for n, q in enumerate(questions, start=1))
    if hint:
        body += f"\n\n[dim]{escape(hint)}[/]"
    con.print(Panel(body, title="[bold]The board asks before advising[/]", title_align="left", border_style="cyan"))


@contextmanager
def thinking(board: Board | None, stream: TextIO | None = None) -> Iterator[Any]:
    """A spinner on stderr while the voices think; yields ``on_progress(name)``.

    Silent (yields ``None``) off a terminal, and without a board (``--json``).
    """
    stream = stream or sys.stderr
    if board is None or not use_rich(stream):
        yield None
        return
    names = board.names if board else []
    titles = {p.name: p.display_name for p in board.advisors} if board else {}
    done: list[str] = []

    def label() -> str:
        waiting = [titles.get(n, n) for n in names if n not in done]
        if not waiting:
            return "The moderator is weighing the voices…"
        return f"Thinking: {', '.join(waiting)} ({len(done)}/{len(names)} done)…"

    with console(stream).status(label(), spinner="dots") as status:

        def on_progress(step: str) -> None:
            if step in names:
                done.append(step)
            status.update(label())

        yield on_progress
