"""Prompts and output models for the LLM engine: one shared, byte-stable prefix, then the seat.

Every advisor request of a turn is laid out the same way, so providers cache its prefix:

1. the response schema — ``VoiceOutput``, one model shared by every advisor;
2. system: the board charter (``advisors/_board.md``, section ``charter``) with the code
   vocabulary from ``board.codes`` — identical for every call of every turn;
3. user: the case — the user's words as quoted data, the analyst's facts and numbers —
   identical for every advisor of a turn;
4. user: the seat — this persona's brief and the analyst's draft findings for its lens.

Only (4) differs between advisors. The moderator has its own schema and seat. The text is
data in ``advisors/``; this module only fills placeholders and serialises the case.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from board.codes import FINDING_MEANINGS, MOVE_MEANINGS, FindingCode, MoveCode, Severity
from board.engines.base import Case
from board.models import Critique, Disagreement, Finding, Recommendation
from board.personas import Persona, _builtin_folder

CHARTER_FILE = "_board.md"
_SECTION = re.compile(r"^<!-- section: ([a-z_]+) -->\n", re.M)
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")
_TAG = re.compile(r"<(/?)(\s*user_text)", re.I)

Message = dict[str, str]


# --------------------------------------------------------------------------- output models


class FindingOut(BaseModel):
    code: FindingCode = Field(description="One finding code from the board's vocabulary.")
    severity: Severity = Field(description="high, medium or low, as the charter defines them.")
    evidence: str = Field(description="The user's words in quotes, or the analyst's number, that show it.")
    advice: str = Field(description="What to do about it, in the user's own numbers and currency.")


class VoiceOutput(BaseModel):
    """What every advisor answers: one model, so the schema is part of the shared prefix."""

    summary: str = Field(description="This lens's verdict in two or three sentences, with the user's numbers.")
    findings: list[FindingOut] = Field(description="At most four findings; empty when the lens sees nothing.")
    recommended_move: MoveCode = Field(description="The one move this lens recommends now.")
    questions: list[str] = Field(description="At most three questions whose answers would change the advice.")

    def to_critique(self, advisor: str) -> Critique:
        findings = [Finding(**f.model_dump()) for f in self.findings]
        return Critique(
            advisor=advisor, summary=self.summary, findings=findings,
            recommended_move=self.recommended_move, questions=self.questions,
        )


class DisagreementOut(BaseModel):
    advisors: list[str] = Field(description="The advisors (by name) on the sides of the disagreement.")
    about: str = Field(description="What they disagree about, in one sentence.")


class ModeratorOutput(BaseModel):
    """The moderator's merge; ``missing_voices`` is filled in by the graph, not the model."""

    next_move: MoveCode = Field(description="The one move the board recommends.")
    rationale: str = Field(description="Why, quoting the user's numbers and naming the advisors who support it.")
    say: str = Field(description="One or two sentences the user can say at the table, in their currency.")
    agreements: list[str] = Field(description="Points most advisors share.")
    disagreements: list[DisagreementOut] = Field(description="Where advisors recommend different moves, and why.")

    def to_recommendation(self) -> Recommendation:
        return Recommendation(
            next_move=self.next_move, rationale=self.rationale, say=self.say, agreements=self.agreements,
            disagreements=[Disagreement(**d.model_dump()) for d in self.disagreements],
        )


# --------------------------------------------------------------------------- prose for streaming


def voice_prose(partial: Any) -> str:
    """The readable text of a (partial) VoiceOutput, as it would stream: summary, then advice."""
    if not isinstance(partial, dict):
        return ""
    text = str(partial.get("summary") or "")
    for finding in partial.get("findings") or []:
        if isinstance(finding, dict) and finding.get("advice"):
            text += f"\n→ {finding.get('code', '')}: {finding['advice']}"
    return text


def moderator_prose(partial: Any) -> str:
    """The readable text of a (partial) ModeratorOutput: rationale, then what to say."""
    if not isinstance(partial, dict):
        return ""
    text = str(partial.get("rationale") or "")
    if partial.get("say"):
        text += f"\nSay: {partial['say']}"
    return text


# --------------------------------------------------------------------------- the prompt text


@lru_cache(maxsize=8)
def _sections(path: str) -> dict[str, str]:
    text = Path(path).read_text(encoding="utf-8").replace("\r\n", "\n")
    parts = _SECTION.split(text)
    return {name: body.strip("\n") for name, body in zip(parts[1::2], parts[2::2])}


def charter_path() -> Path:
    """``_board.md`` from ``$BOARD_ADVISORS_DIR`` when it has one, else the built-in copy."""
    extra = os.environ.get("BOARD_ADVISORS_DIR")
    if extra and (Path(extra) / CHARTER_FILE).is_file():
        return Path(extra) / CHARTER_FILE
    return Path(str(_builtin_folder() / CHARTER_FILE))


def section(which: str, **values: str) -> str:
    template = _sections(str(charter_path()))[which]
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def system_message() -> Message:
    codes = "\n".join(f"- {code.value}: {meaning}" for code, meaning in FINDING_MEANINGS.items())
    moves = "\n".join(f"- {move.value}: {meaning}" for move, meaning in MOVE_MEANINGS.items())
    return {"role": "system", "content": section("charter", finding_codes=codes, move_codes=moves)}


MAX_QUOTED_CHARS = 24_000
"""A message longer than this is cut in the prompt: a pasted megabyte would cost ~250k tokens a
voice, while the analyst's facts (read from the first 200,000 characters) still ground the advice."""


def quote(text: str, turn: int) -> str:
    """The user's words as delimited data; a closing tag inside them cannot end the quote."""
    text = text.strip()
    if len(text) > MAX_QUOTED_CHARS:
        left = len(text) - MAX_QUOTED_CHARS
        text = f"{text[:MAX_QUOTED_CHARS]}\n[… {left:,} more characters not shown; the analyst's facts cover them]"
    safe = _TAG.sub(r"&lt;\1\2", text)
    return f'<user_text turn="{turn}">\n{safe}\n</user_text>'


def _json(data: Any) -> str:
    return json.dumps(_compact(data), ensure_ascii=False, indent=1)


def _compact(data: Any) -> Any:
    """Drop empty fields, so the model reads facts, not a form full of nulls."""
    if isinstance(data, dict):
        return {k: _compact(v) for k, v in data.items() if v not in (None, [], {}, "")}
    if isinstance(data, list):
        return [_compact(v) for v in data]
    return data


def case_message(case: Case) -> Message:
    history = "\n".join(quote(text, n) for n, text in enumerate(case.history, start=1)) or "(none)"
    content = section(
        "case",
        mode=case.mode.value,
        history=history,
        message=quote(case.text, len(case.history) + 1),
        situation=_json(case.situation.model_dump(mode="json")),
        analysis=_json(case.analysis.model_dump(mode="json")),
    )
    return {"role": "user", "content": content}


def shared_prefix(case: Case) -> list[Message]:
    """The messages every voice of a turn shares, byte for byte."""
    return [system_message(), case_message(case)]


def _drafts(draft: Critique | None) -> str:
    if draft is None:
        return "(unavailable this turn)"
    lines = [f"- [{f.code.value}, {f.severity.value}] {f.evidence} → {f.advice}" for f in draft.findings]
    if draft.recommended_move:
        lines.append(f"Draft move: {draft.recommended_move.value}")
    return "\n".join(lines) or "(no findings)"


def advisor_messages(persona: Persona, case: Case, draft: Critique | None) -> list[Message]:
    seat = section(
        "seat", name=persona.name, display_name=persona.display_name, prompt=persona.prompt,
        drafts=_drafts(draft), mode=case.mode.value,
    )
    return [*shared_prefix(case), {"role": "user", "content": seat}]


def _verdict(draft: Recommendation | None) -> str:
    if draft is None:
        return "(unavailable this turn)"
    return f"next move {draft.next_move.value}: {draft.rationale}\nSay: {draft.say}"


def moderator_messages(
    persona: Persona, case: Case, critiques: list[Critique], draft: Recommendation | None = None
) -> list[Message]:
    voiced = [c.model_dump(mode="json", exclude={"error"}) for c in critiques if not c.error]
    missing = ", ".join(c.advisor for c in critiques if c.error) or "none"
    seat = section(
        "moderator_seat", critiques=_json(voiced), name=persona.name, prompt=persona.prompt,
        draft=_verdict(draft), missing=missing, mode=case.mode.value,
    )
    return [*shared_prefix(case), {"role": "user", "content": seat}]


def repair_message(error: str) -> Message:
    return {"role": "user", "content": section("repair", error=error)}
