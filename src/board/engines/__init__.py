"""Engines answer the board's questions: one voice's critique, and the moderator's merge.

`get_engine` imports an engine's module only when it is chosen, so the offline path never
imports `openai`.
"""

from __future__ import annotations

from board.engines.base import Case, Engine, EngineUnavailable, ModeratorReply, VoiceReply


def get_engine(name: str) -> Engine:
    if name == "offline":
        from board.engines.offline import OfflineEngine

        return OfflineEngine()
    if name == "openai":
        try:
            from board.engines.openai import OpenAIEngine
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EngineUnavailable(f"the openai engine is not available: {exc}") from None
        return OpenAIEngine.from_env()
    raise EngineUnavailable(f"unknown engine '{name}' (choose offline or openai)")


__all__ = ["Case", "Engine", "EngineUnavailable", "ModeratorReply", "VoiceReply", "get_engine"]
