"""The one interface both engines implement, and the typed values that cross it."""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, Field

from board.codes import Mode
from board.models import Analysis, Critique, Recommendation, Situation, TokenCount
from board.personas import Persona


class EngineUnavailable(RuntimeError):
    """The chosen engine cannot run here (unknown, not installed, not configured)."""


class Case(BaseModel):
    """Everything a voice needs to judge this turn: the words, the facts and the numbers."""

    mode: Mode
    text: str
    """This turn's message from the user."""
    history: list[str] = Field(default_factory=list)
    """The user's earlier messages in this thread, oldest first."""
    situation: Situation
    analysis: Analysis
    thread_id: str = ""


class VoiceReply(BaseModel):
    critique: Critique
    usage: TokenCount | None = None


class ModeratorReply(BaseModel):
    recommendation: Recommendation
    usage: TokenCount | None = None


class Engine(Protocol):
    name: Literal["offline", "openai"]

    async def critique(self, persona: Persona, case: Case) -> VoiceReply:
        """One advisor's critique of the case. May raise; the graph turns that into a missing voice."""
        ...

    async def moderate(self, persona: Persona, case: Case, critiques: list[Critique]) -> ModeratorReply:
        """Merge the critiques (failed ones included, with ``error`` set) into one recommendation."""
        ...
