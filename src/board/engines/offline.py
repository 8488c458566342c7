"""The offline engine: deterministic rules over the analyst's facts. No key, no network, no `openai`."""

from __future__ import annotations

from typing import Literal

from board import rules
from board.engines.base import Case, ModeratorReply, VoiceReply
from board.models import Critique
from board.personas import Persona


class OfflineEngine:
    name: Literal["offline"] = "offline"

    async def critique(self, persona: Persona, case: Case) -> VoiceReply:
        return VoiceReply(critique=rules.critique(persona, case))

    async def moderate(self, persona: Persona, case: Case, critiques: list[Critique]) -> ModeratorReply:
        return ModeratorReply(recommendation=rules.moderate(persona, case, critiques))
