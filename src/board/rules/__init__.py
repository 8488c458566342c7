"""The offline board's rules. (Skeleton: the offline-analyst issue writes the doctrine into them.)"""

from __future__ import annotations

from collections import Counter

from board.codes import MoveCode
from board.engines.base import Case
from board.models import Critique, Disagreement, Recommendation
from board.personas import Persona


def critique(persona: Persona, case: Case) -> Critique:
    move = MoveCode.GATHER_INFORMATION if case.analysis.offer_on_table is None else MoveCode.COUNTER_OFFER
    return Critique(advisor=persona.name, summary=f"{persona.display_name}: {persona.lens}", recommended_move=move)


def moderate(persona: Persona, case: Case, critiques: list[Critique]) -> Recommendation:
    voiced = [c for c in critiques if c.error is None and c.recommended_move]
    votes = Counter(c.recommended_move for c in voiced)
    move = votes.most_common(1)[0][0] if votes else MoveCode.GATHER_INFORMATION
    split = [c.advisor for c in voiced if c.recommended_move != move]
    return Recommendation(
        next_move=move,
        rationale=f"{votes[move]} of {len(voiced)} voices recommend {move}.",
        say="Before we talk numbers, can you walk me through how you arrived at yours?",
        disagreements=[Disagreement(advisors=split, about="the next move")] if split else [],
        missing_voices=[c.advisor for c in critiques if c.error],
    )
