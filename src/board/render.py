"""Plain-text rendering of a board result for the terminal: each voice under its name, then the verdict."""

from __future__ import annotations

import textwrap

from board.models import BoardResult, Critique
from board.personas import Board

WIDTH = 80


def _wrap(text: str, indent: str = "  ", width: int = WIDTH) -> str:
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=indent)


def _bullet(text: str, indent: str = "  ") -> str:
    return textwrap.fill(
        " ".join(text.split()), width=WIDTH, initial_indent=f"{indent}- ", subsequent_indent=f"{indent}  "
    )


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


def render(result: BoardResult, board: Board | None = None) -> str:
    titles = {p.name: p.display_name for p in board.advisors} if board else {}
    out = [f"board · {result.engine} engine · mode {result.mode} · thread {result.thread_id}", ""]
    for notice in result.situation.notices:
        out.append(_wrap(f"note: {notice}", indent=""))
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
