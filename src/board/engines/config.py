"""Settings of the openai engine, read from the environment (the CLI has loaded ``.env``).

``OPENAI_API_KEY``, ``OPENAI_BASE_URL`` (any OpenAI-compatible server: Ollama, vLLM, llama.cpp,
LM Studio, Azure's v1 endpoint), ``BOARD_MODEL`` (default ``gpt-4.1-mini``: fast, cheap,
non-reasoning, strict structured outputs and prompt caching; a persona's ``model:`` overrides
it for that voice), ``BOARD_TIMEOUT`` (seconds per request, per read while streaming; default
60), ``BOARD_MAX_RETRIES`` (the SDK's retries on connection errors, 408/409/429/5xx; default 2),
``BOARD_STREAM`` (default on), ``BOARD_MAX_TOKENS`` (optional cap per reply),
``BOARD_PROMPT_CACHE_KEY`` (default on; turn off for servers that reject the parameter).
Pure: importing it does not import ``openai``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from board.engines.base import EngineUnavailable

DEFAULT_MODEL = "gpt-4.1-mini"
PLACEHOLDER_KEY = "local-no-key"
"""Sent when only ``OPENAI_BASE_URL`` is set: local servers ignore the key, the SDK wants one."""


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = env.get(name, "").strip().lower()
    return default if not value else value not in ("0", "false", "no", "off")


def _number(env: Mapping[str, str], name: str, default: float, kind: type = float) -> Any:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise EngineUnavailable(f"{name} must be a number, got {raw!r}") from None
    if value < 0:
        raise EngineUnavailable(f"{name} must not be negative, got {raw!r}")
    return value


@dataclass(frozen=True, kw_only=True)
class Settings:
    """How to reach the model; ``from_env`` reads the environment (the CLI has loaded ``.env``)."""

    api_key: str = field(repr=False)
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    timeout: float = 60.0
    """Seconds per request (per read while streaming)."""
    max_retries: int = 2
    stream: bool = True
    max_tokens: int | None = None
    cache_key: bool = True
    """Send ``prompt_cache_key`` (one per thread) so the provider routes a turn's calls to one cache."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        key = env.get("OPENAI_API_KEY", "").strip()
        base_url = env.get("OPENAI_BASE_URL", "").strip() or None
        if not key and not base_url:
            raise EngineUnavailable(
                "the openai engine needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server); "
                "set one in the environment or .env, or use --engine offline"
            )
        max_tokens = _number(env, "BOARD_MAX_TOKENS", 0, int)
        return cls(
            api_key=key or PLACEHOLDER_KEY,
            base_url=base_url,
            model=env.get("BOARD_MODEL", "").strip() or DEFAULT_MODEL,
            timeout=_number(env, "BOARD_TIMEOUT", 60.0),
            max_retries=_number(env, "BOARD_MAX_RETRIES", 2, int),
            stream=_flag(env, "BOARD_STREAM", True),
            max_tokens=max_tokens or None,
            cache_key=_flag(env, "BOARD_PROMPT_CACHE_KEY", True),
        )
