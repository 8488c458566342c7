"""The offline board: deterministic rules that teach the doctrine, one module per lens.

``critique(persona, case)`` gives one voice: the findings for the codes its persona lists
(``codes:`` in its front matter — a new persona file with codes gets those findings, no Python
needed; one without codes gets a generic critique), the move its lens recommends, a summary
with the key number, and the questions whose answers would change its view.
``moderate(persona, case, critiques)`` merges the voices; its priority is documented in
:mod:`board.rules.moderator`.
"""

from __future__ import annotations

from types import ModuleType

from board.codes import FindingCode, MoveCode
from board.engines.base import Case
from board.models import Critique, Finding, Recommendation
from board.personas import Persona
from board.rules import anchoring, concession, moderator, skeptic, walkaway
from board.rules.common import View
from board.rules.questions import board_questions, generic_questions

LENSES: dict[str, ModuleType] = {
    "anchoring": anchoring,
    "walkaway": walkaway,
    "concession": concession,
    "skeptic": skeptic,
}
RULES = {code: rule for lens in LENSES.values() for code, rule in lens.RULES.items()}
OWNER: dict[FindingCode, ModuleType] = {code: lens for lens in LENSES.values() for code in lens.RULES}
_RANK = {"high": 0, "medium": 1, "low": 2}


def findings_for(v: View, codes: list[FindingCode]) -> list[Finding]:
    """The findings the rules raise for ``codes``, most severe first (stable otherwise)."""
    found = [f for code in dict.fromkeys(codes) if (f := RULES[FindingCode(code)](v)) is not None]
    return sorted(found, key=lambda f: _RANK[f.severity])


def all_findings(v: View) -> list[Finding]:
    return findings_for(v, list(RULES))


def critique(persona: Persona, case: Case) -> Critique:
    v = View(case)
    if not persona.codes and persona.name not in LENSES:
        return _generic(persona, v)
    findings = findings_for(v, persona.codes)
    codes = {f.code for f in findings}
    lens = LENSES.get(persona.name)
    if lens is None:
        lens = OWNER[findings[0].code] if findings else None
    if lens is None:
        move = moderator.decide(v, {f.code for f in all_findings(v)})[0]
        summary = f"{persona.display_name} sees nothing in its lens ({persona.lens}) that changes the board's advice."
        questions = generic_questions(v)
    else:
        own = codes & set(lens.RULES) or codes
        move = lens.move(v, own)
        summary = lens.summary(v, own)
        questions = lens.questions(v)
    return Critique(
        advisor=persona.name, summary=summary, findings=findings,
        recommended_move=move, questions=questions[:3],
    )


def _generic(persona: Persona, v: View) -> Critique:
    """A voice with no codes: the board's overall reading, seen through its lens."""
    found = all_findings(v)
    move, why = moderator.decide(v, {f.code for f in found})
    top = found[0].evidence if found else "nothing alarming in the facts given"
    return Critique(
        advisor=persona.name,
        summary=f"Through the lens \u201c{persona.lens}\u201d: {why} The most serious point: {top}",
        findings=[],
        recommended_move=move,
        questions=generic_questions(v)[:3],
    )


def moderate(persona: Persona, case: Case, critiques: list[Critique]) -> Recommendation:
    return moderator.merge(View(case), critiques)


__all__ = ["critique", "moderate", "board_questions", "MoveCode"]
