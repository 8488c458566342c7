"""The HTTP client of the openai engine, and the one-time warm-up that keeps it off a turn's clock."""

from __future__ import annotations

import functools
import importlib
import ssl

import httpx2
import openai
from jiter import from_json
from openai import AsyncOpenAI
from pydantic import BaseModel

from board.engines import prompts
from board.engines.config import Settings

LAZY_MODULES = (
    "openai.resources.chat", "openai.lib.streaming.chat", "httpcore2", "h11", "anyio._backends._asyncio",
    "board.rules",
)
"""What the first call would import on the way (the SDK loads its resources lazily)."""


@functools.cache
def preload() -> None:
    """Pay once per process, when the engine is made, what the first turn would pay on the way:
    the SDK's lazy imports, the trust store, and pydantic's first schema and generic-model builds
    (by running a tiny made-up reply through the SDK's public stream state machine)."""
    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - a renamed internal only costs the first turn time
            pass
    try:
        _ssl_context()
        for output in (prompts.VoiceOutput, prompts.ModeratorOutput):
            _rehearse(output)
    except Exception:  # pragma: no cover - warming up is an optimisation, never a failure
        pass


REHEARSAL = {
    "VoiceOutput": {"summary": "", "findings": [{"code": "deadlock", "severity": "low", "evidence": "", "advice": ""}],
                    "recommended_move": "hold-firm", "questions": [""]},
    "ModeratorOutput": {"next_move": "hold-firm", "rationale": "", "say": "", "agreements": [""],
                        "disagreements": [{"advisors": [""], "about": ""}]},
}


def _rehearse(output: type[BaseModel]) -> None:
    from openai.lib._pydantic import to_strict_json_schema
    from openai.lib.streaming.chat import ChatCompletionStreamState
    from openai.types.chat import ChatCompletionChunk

    to_strict_json_schema(output)
    content = output.model_validate(REHEARSAL[output.__name__]).model_dump_json()
    base = {"id": "rehearsal", "object": "chat.completion.chunk", "created": 0, "model": "rehearsal"}
    deltas = [{"role": "assistant", "content": ""}, {"content": content[:9]}, {"content": content[9:]}]
    chunks = [{**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas]
    chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    chunks.append({**base, "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
    state = ChatCompletionStreamState(response_format=output)
    for chunk in chunks:
        for event in state.handle_chunk(ChatCompletionChunk.model_validate(chunk)):
            if event.type == "content.delta" and event.snapshot.strip():
                from_json(event.snapshot.encode(), partial_mode="trailing-strings")
    state.get_final_completion()


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """Built once per process: loading the trust store costs tens of milliseconds."""
    return httpx2.create_ssl_context()


def default_client(settings: Settings) -> AsyncOpenAI:
    # A plain httpx2 client: the SDK's default one closes itself on garbage collection by
    # scheduling on whatever loop runs then, which fails for a client left by a finished loop.
    return AsyncOpenAI(
        api_key=settings.api_key, base_url=settings.base_url,
        timeout=settings.timeout, max_retries=settings.max_retries,
        http_client=openai.DefaultAsyncHttpxClient(verify=_ssl_context()),
    )
