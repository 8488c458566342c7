"""The openai engine: every voice is one streamed Chat Completions call with structured output.

It speaks the same interface as the offline engine (``critique``, ``moderate``) through the
``openai`` SDK's ``AsyncOpenAI`` over Chat Completions, so OpenAI and OpenAI-compatible
servers (Ollama, vLLM, llama.cpp, LM Studio, Azure's v1 endpoint) all work through
``OPENAI_BASE_URL``. Replies are pydantic models sent as a strict JSON schema
(``chat.completions.stream(..., response_format=Model)``); the prompt layout that lets
providers cache the shared prefix is in ``board.engines.prompts``.

Streaming: while a reply arrives, the readable part of the partial JSON (the summary, then
each finding's advice) goes to LangGraph's custom stream as ``{"voice": name, "delta": text}``;
``{"voice": name, "status": "repair" | "done"}`` marks a repair attempt and the end of a voice.

Faults: timeouts and retries (connection errors, 408/409/429/5xx, ``retry-after``) are the
SDK's own. A reply that does not validate (bad JSON, schema mismatch, cut at the token limit,
a refusal) gets one repair attempt with the error; after that the voice raises, and the graph
marks it missing. This module is imported only when the openai engine is chosen.

Configuration: ``board.engines.config``; the HTTP client and its warm-up: ``board.engines.client``.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from typing import Any, Literal, TypeVar

import openai
from jiter import from_json
from openai import AsyncOpenAI
from pydantic import BaseModel, ValidationError

from board.engines import prompts
from board.engines.base import Case, ModeratorReply, VoiceReply
from board.engines.client import default_client, preload
from board.engines.config import DEFAULT_MODEL, PLACEHOLDER_KEY, Settings  # noqa: F401 (re-exported)
from board.models import Critique, Recommendation, TokenCount
from board.personas import Persona
from board.pricing import cost_usd

Out = TypeVar("Out", bound=BaseModel)
Emit = Callable[[Any], None]


class UnusableReply(ValueError):
    """The model answered, but not with an object the board can use (refusal, empty)."""


class MalformedReply(RuntimeError):
    """Still no valid object after the one repair attempt: the voice is marked missing."""


MALFORMED = (ValidationError, ValueError, openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError)
"""Reply faults worth one repair (``ValueError`` covers invalid JSON and ``UnusableReply``)."""


class Metered(TokenCount):
    """A voice's token counts with the model that spent them and their estimated cost."""

    model: str = ""
    cost_usd: float | None = None

    def add(self, usage: Any) -> None:
        if usage is None:
            return
        details = getattr(usage, "prompt_tokens_details", None)
        self.prompt_tokens += usage.prompt_tokens or 0
        self.completion_tokens += usage.completion_tokens or 0
        self.cached_tokens += (getattr(details, "cached_tokens", None) or 0) if details else 0
        self.cost_usd = cost_usd(self.model, self.prompt_tokens, self.cached_tokens, self.completion_tokens)


class _Prose:
    """Turns successive snapshots of a streamed JSON reply into deltas of its readable text."""

    def __init__(self, render: Callable[[Any], str]) -> None:
        self.render = render
        self.sent = ""

    def feed(self, snapshot: str) -> str:
        try:
            partial = from_json(snapshot.encode(), partial_mode="trailing-strings")
        except ValueError:
            return ""
        text = self.render(partial)
        if not text.startswith(self.sent):  # a half-read escape; wait for the next chunk
            return ""
        delta, self.sent = text[len(self.sent) :], text
        return delta


def _stream_writer() -> Emit:
    """LangGraph's custom-stream writer inside a graph run, else a no-op."""
    try:
        from langgraph.config import get_stream_writer

        return get_stream_writer()
    except Exception:
        return lambda _event: None


def _thread_id(case: Case) -> str:
    if case.thread_id:
        return case.thread_id
    try:
        from langgraph.config import get_config

        return str(get_config().get("configurable", {}).get("thread_id") or "")
    except Exception:
        return ""


def cache_key(thread_id: str) -> str:
    """One ``prompt_cache_key`` per thread; hashed, so a thread's name never leaves the machine."""
    return "board-" + hashlib.sha256(thread_id.encode()).hexdigest()[:24] if thread_id else "board"


def _reason(exc: BaseException) -> str:
    """A short, model-readable reason for a repair request."""
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        first = errors[0]
        if first["type"] == "json_invalid":
            return f"invalid JSON ({first['msg']})"
        where = ".".join(str(p) for p in first["loc"]) or "the object"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"schema mismatch at {where}: {first['msg']}{more}"
    if isinstance(exc, openai.LengthFinishReasonError):
        return "the reply was cut off at the token limit; answer more briefly"
    if isinstance(exc, openai.ContentFilterFinishReasonError):
        return "the reply was stopped by the content filter"
    if isinstance(exc, UnusableReply):
        return str(exc)
    return f"invalid JSON ({' '.join(str(exc).split())[:200]})"


class OpenAIEngine:
    name: Literal["openai"] = "openai"

    def __init__(self, settings: Settings, client_factory: Callable[[Settings], AsyncOpenAI] | None = None) -> None:
        self.settings = settings
        self._factory = client_factory or default_client
        self._clients: dict[int, tuple[asyncio.AbstractEventLoop, AsyncOpenAI]] = {}
        preload()

    @classmethod
    def from_env(cls) -> OpenAIEngine:
        return cls(Settings.from_env())

    def model_for(self, persona: Persona) -> str:
        return persona.model or self.settings.model

    def _client(self) -> AsyncOpenAI:
        """One client per event loop (its connection pool belongs to that loop), shared by a turn's calls."""
        loop = asyncio.get_running_loop()
        entry = self._clients.get(id(loop))
        if entry is None or entry[0] is not loop:
            self._clients = {k: v for k, v in self._clients.items() if not v[0].is_closed()}
            entry = self._clients[id(loop)] = (loop, self._factory(self.settings))
        return entry[1]

    async def aclose(self) -> None:
        """Close this loop's connections (the next call opens new ones)."""
        entry = self._clients.pop(id(asyncio.get_running_loop()), None)
        if entry is not None:
            await entry[1].close()

    async def critique(self, persona: Persona, case: Case) -> VoiceReply:
        messages = prompts.advisor_messages(persona, case, _draft(persona, case))
        output, meter = await self._ask(
            persona.name, self.model_for(persona), messages, prompts.VoiceOutput, prompts.voice_prose, case
        )
        return VoiceReply(critique=output.to_critique(persona.name), usage=meter)

    async def moderate(self, persona: Persona, case: Case, critiques: list[Critique]) -> ModeratorReply:
        messages = prompts.moderator_messages(persona, case, critiques, _draft_verdict(persona, case, critiques))
        try:
            output, meter = await self._ask(
                persona.name, self.model_for(persona), messages, prompts.ModeratorOutput, prompts.moderator_prose, case
            )
        finally:  # the moderator ends the turn: release the connections while the loop still runs
            await self.aclose()
        return ModeratorReply(recommendation=output.to_recommendation(), usage=meter)

    async def _ask(
        self, voice: str, model: str, messages: list[dict[str, str]], output: type[Out],
        prose: Callable[[Any], str], case: Case,
    ) -> tuple[Out, Metered]:
        """One voice: a call, and one repair call if the reply does not validate."""
        emit = _stream_writer()
        meter = Metered(model=model)
        params: dict[str, Any] = {"model": model, "response_format": output}
        if self.settings.cache_key:
            params["prompt_cache_key"] = cache_key(_thread_id(case))
        if self.settings.max_tokens:
            params["max_completion_tokens"] = self.settings.max_tokens
        for attempt in (1, 2):
            seen: list[str] = [""]
            try:
                parsed = await self._call(voice, {**params, "messages": messages}, prose, emit, meter, seen)
            except MALFORMED as exc:
                reason = _reason(exc)
                if attempt == 2:
                    emit({"voice": voice, "status": "failed", "error": reason})
                    raise MalformedReply(f"no valid reply after one repair: {reason}") from None
                emit({"voice": voice, "status": "repair", "error": reason})
                answer = [{"role": "assistant", "content": seen[0]}] if seen[0].strip() else []
                messages = [*messages, *answer, prompts.repair_message(reason)]
                continue
            except Exception as exc:
                emit({"voice": voice, "status": "failed", "error": type(exc).__name__})
                raise
            emit({"voice": voice, "status": "done"})
            return parsed, meter
        raise AssertionError("unreachable")  # pragma: no cover

    async def _call(
        self, voice: str, params: dict[str, Any], prose: Callable[[Any], str], emit: Emit,
        meter: Metered, seen: list[str],
    ) -> Any:
        client = self._client()
        if self.settings.stream:
            tracker = _Prose(prose)
            async with client.chat.completions.stream(**params, stream_options={"include_usage": True}) as stream:
                async for event in stream:
                    if event.type == "content.delta":
                        seen[0] = event.snapshot
                        delta = tracker.feed(event.snapshot)
                        if delta:
                            emit({"voice": voice, "delta": delta})
                            # chunks already buffered are parsed without yielding; let the
                            # graph's stream reach the terminal now, not after this reply
                            await asyncio.sleep(0)
                completion = await stream.get_final_completion()
        else:
            completion = await client.chat.completions.parse(**params)
        meter.add(completion.usage)
        message = completion.choices[0].message
        seen[0] = message.content or seen[0]
        if message.refusal:
            raise UnusableReply(f"the model refused: {' '.join(message.refusal.split())[:200]}")
        if message.parsed is None:
            raise UnusableReply("the reply was empty")
        if not self.settings.stream and message.content:
            emit({"voice": voice, "delta": prose(message.parsed.model_dump(mode="json"))})
        return message.parsed


def _draft(persona: Persona, case: Case) -> Critique | None:
    """The offline rules' findings for this lens, given to the voice as the analyst's draft."""
    try:
        from board import rules

        return rules.critique(persona, case)
    except Exception:  # a draft is a help, never a reason to lose the voice
        return None


def _draft_verdict(persona: Persona, case: Case, critiques: list[Critique]) -> Recommendation | None:
    """The offline merge of these critiques, given to the moderator as the analyst's draft."""
    try:
        from board import rules

        return rules.moderate(persona, case, critiques)
    except Exception:
        return None
