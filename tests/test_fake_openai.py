"""The fake server against the real openai SDK, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import enum
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Literal

import openai
import pydantic
import pytest
from openai import AsyncOpenAI, OpenAI
from openai.lib._pydantic import to_strict_json_schema
from pydantic import BaseModel, Field

from fake_openai import FakeOpenAI, Reply, instance_from_schema

API_KEY = "test-key"


class Point(BaseModel):
    label: str
    weight: float = Field(ge=0, le=1)


class Critique(BaseModel):
    verdict: Literal["accept", "counter", "walk away"]
    confidence: int = Field(ge=1, le=5)
    points: list[Point]
    caveat: str | None
    urgent: bool


class Mood(enum.Enum):
    calm = "calm"
    tense = "tense"


class Node(BaseModel):
    name: str = Field(min_length=3, max_length=20)
    children: list[Node]
    parent: Node | None = None


class Everything(BaseModel):
    mood: Mood
    when: datetime
    code: str = Field(pattern=r"^[A-Z]{3}$")
    tags: dict[str, int]
    pair: tuple[int, str]
    tree: Node
    point: Point = Field(description="a $ref with a sibling key")
    ratio: float = Field(gt=0, lt=0.5)


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    yield  # set up first, so this runs after the fake_openai fixture has stopped
    assert not [t.name for t in threading.enumerate() if t.name.startswith("fake-openai")]


def aclient(server: FakeOpenAI, **kw: object) -> AsyncOpenAI:
    kw.setdefault("timeout", 5.0)
    return AsyncOpenAI(base_url=server.base_url, api_key=API_KEY, **kw)  # type: ignore[arg-type]


def ask(text: str, **kw: object) -> dict:
    return {"model": "gpt-test", "messages": [{"role": "user", "content": text}], **kw}


def test_schema_generator_satisfies_strict_schemas() -> None:
    for model in (Critique, Everything, Node):
        instance = instance_from_schema(to_strict_json_schema(model))
        model.model_validate(instance)


def test_parse_returns_a_valid_object(fake_openai: FakeOpenAI) -> None:
    async def main() -> openai.types.chat.ParsedChatCompletion[Critique]:
        async with aclient(fake_openai) as client:
            return await client.chat.completions.parse(**ask("Critique this offer"), response_format=Critique)

    completion = asyncio.run(main())
    critique = completion.choices[0].message.parsed
    assert isinstance(critique, Critique)
    assert critique.verdict == "accept" and critique.points and critique.caveat
    assert completion.usage is not None and completion.usage.prompt_tokens > 0
    fmt = fake_openai.bodies[0]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True


def test_sync_client_text_reply_and_models(fake_openai: FakeOpenAI) -> None:
    with OpenAI(base_url=fake_openai.base_url, api_key=API_KEY, timeout=5.0) as client:
        completion = client.chat.completions.create(**ask("hello there"))
        models = client.models.list()
    assert completion.choices[0].message.content == "This is a fake reply to: hello there"
    assert [m.id for m in models.data] == [fake_openai.model]


def test_stream_yields_several_chunks_and_usage(fake_openai: FakeOpenAI) -> None:
    async def main() -> tuple[list[str], object]:
        async with aclient(fake_openai) as client:
            deltas = []
            async with client.chat.completions.stream(
                **ask("stream please"), response_format=Critique, stream_options={"include_usage": True}
            ) as stream:
                async for event in stream:
                    if event.type == "content.delta":
                        deltas.append(event.delta)
                final = await stream.get_final_completion()
            return deltas, final

    deltas, final = asyncio.run(main())
    assert len(deltas) >= 3
    assert isinstance(final.choices[0].message.parsed, Critique)
    assert final.usage is not None and final.usage.completion_tokens > 0


def test_500_then_success_with_one_retry(fake_openai: FakeOpenAI) -> None:
    fault = fake_openai.fail(500, times=1, retry_after=0.01)

    async def main() -> str | None:
        async with aclient(fake_openai, max_retries=1) as client:
            completion = await client.chat.completions.create(**ask("hi"))
            return completion.choices[0].message.content

    assert asyncio.run(main())
    assert fault.hits == 1 and len(fake_openai.chat_requests) == 2


def test_500_always_raises_after_retries(fake_openai: FakeOpenAI) -> None:
    fake_openai.fail(500, retry_after=0.01)
    with OpenAI(base_url=fake_openai.base_url, api_key=API_KEY, max_retries=2) as client:
        with pytest.raises(openai.InternalServerError):
            client.chat.completions.create(**ask("hi"))
    assert len(fake_openai.chat_requests) == 3


@pytest.mark.parametrize("header", [{"retry_after": 1.0}, {"retry_after": None, "retry_after_ms": 1000}])
def test_429_retry_after_is_honoured(fake_openai: FakeOpenAI, header: dict) -> None:
    fake_openai.rate_limit(times=1, **header)

    async def main() -> None:
        async with aclient(fake_openai, max_retries=1) as client:
            await client.chat.completions.create(**ask("hi"))

    asyncio.run(main())
    first, second = fake_openai.chat_requests
    gap = second.received_at - first.first_byte_at  # type: ignore[operator]
    assert gap >= 0.95  # the SDK's own backoff would wait at most 0.5 s: only the header explains a second


def test_429_without_retries_raises_rate_limit_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.rate_limit(retry_after=0.01)
    with OpenAI(base_url=fake_openai.base_url, api_key=API_KEY, max_retries=0) as client:
        with pytest.raises(openai.RateLimitError):
            client.chat.completions.create(**ask("hi"))


@pytest.mark.parametrize("mode", ["invalid_json", "wrong_schema"])
def test_malformed_content_makes_parse_raise(fake_openai: FakeOpenAI, mode: str) -> None:
    fake_openai.malformed(mode)  # type: ignore[arg-type]

    async def main() -> None:
        async with aclient(fake_openai) as client:
            await client.chat.completions.parse(**ask("hi"), response_format=Critique)

    with pytest.raises(pydantic.ValidationError):
        asyncio.run(main())


def test_stream_cut_midway_raises(fake_openai: FakeOpenAI) -> None:
    fake_openai.cut_stream(after_chunks=2)
    received: list[str] = []

    async def main() -> None:
        async with aclient(fake_openai, max_retries=0) as client:
            async with client.chat.completions.stream(**ask("hi"), response_format=Critique) as stream:
                async for event in stream:
                    if event.type == "content.delta" and event.delta:
                        received.append(event.delta)

    with pytest.raises(openai.APIConnectionError):
        asyncio.run(main())
    assert len(received) == 2


def test_hang_makes_the_client_time_out_and_stop_stays_fast() -> None:
    server = FakeOpenAI().start()
    server.hang(times=1)

    async def main() -> str | None:
        async with aclient(server, timeout=0.5, max_retries=0) as client:
            with pytest.raises(openai.APITimeoutError):
                await client.chat.completions.create(**ask("hi"))
            completion = await client.chat.completions.create(**ask("again"))
            return completion.choices[0].message.content

    assert asyncio.run(main())
    stopper = threading.Thread(target=server.stop)  # the hung handler is still waiting
    stopper.start()
    stopper.join(timeout=10)
    assert not stopper.is_alive(), "stop() hung on a hanging handler"
    assert not [t for t in threading.enumerate() if t.name.startswith("fake-openai")]


def test_fault_selected_by_persona(fake_openai: FakeOpenAI) -> None:
    fake_openai.fail(500, match="You are the skeptic")

    async def one(client: AsyncOpenAI, persona: str) -> str:
        messages = [{"role": "system", "content": f"You are the {persona}."}, {"role": "user", "content": "offer"}]
        completion = await client.chat.completions.create(model="m", messages=messages)  # type: ignore[arg-type]
        return completion.choices[0].message.content or ""

    async def main() -> list[object]:
        async with aclient(fake_openai, max_retries=0) as client:
            return await asyncio.gather(*(one(client, p) for p in ("anchor", "skeptic")), return_exceptions=True)

    anchor, skeptic = asyncio.run(main())
    assert isinstance(anchor, str) and isinstance(skeptic, openai.InternalServerError)


def test_queue_before_responder_before_default(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue({"n": 1}, Reply("second", match="pick me"))
    fake_openai.responder = lambda body: "from responder" if "dynamic" in str(body["messages"]) else None
    with OpenAI(base_url=fake_openai.base_url, api_key=API_KEY, timeout=5.0) as client:
        replies = [
            client.chat.completions.create(**ask(text)).choices[0].message.content
            for text in ("a", "b", "pick me", "dynamic", "plain")
        ]
    assert replies == ['{"n": 1}', "This is a fake reply to: b", "second", "from responder", "This is a fake reply to: plain"]


def test_latency_and_first_byte_times() -> None:
    with FakeOpenAI(latency=0.2, chunk_delay=0.01) as server:
        with OpenAI(base_url=server.base_url, api_key=API_KEY, timeout=5.0) as client:
            started = time.perf_counter()
            client.chat.completions.create(**ask("hi"))
            assert time.perf_counter() - started >= 0.2
    (request,) = server.chat_requests
    assert server.first_byte_times == [request.first_byte_at]
    assert request.first_byte_at - request.received_at >= 0.2  # type: ignore[operator]


def test_authorization_value_is_never_recorded(fake_openai: FakeOpenAI) -> None:
    secret = "sk-very-secret-value"
    with OpenAI(base_url=fake_openai.base_url, api_key=secret, timeout=5.0) as client:
        client.chat.completions.create(**ask("hi"))
        client.models.list()
    assert all(r.has_authorization for r in fake_openai.requests)
    assert secret not in repr(fake_openai.requests)
    assert all(r.headers["authorization"] == "<redacted>" for r in fake_openai.requests)


def test_cached_tokens_grow_with_a_shared_prefix(fake_openai: FakeOpenAI) -> None:
    charter = "Board charter: be precise, cite the facts, keep to the rubric. " * 100  # ~1,600 tokens

    def usage(client: OpenAI, persona: str, key: str) -> tuple[int, int]:
        messages = [{"role": "system", "content": charter}, {"role": "user", "content": f"You are the {persona}."}]
        completion = client.chat.completions.create(
            model="m", messages=messages, prompt_cache_key=key  # type: ignore[arg-type]
        )
        assert completion.usage and completion.usage.prompt_tokens_details
        return completion.usage.prompt_tokens, completion.usage.prompt_tokens_details.cached_tokens or 0

    with OpenAI(base_url=fake_openai.base_url, api_key=API_KEY, timeout=5.0) as client:
        first = usage(client, "anchor", "thread-1")
        second = usage(client, "skeptic", "thread-1")
        other_key = usage(client, "skeptic", "thread-2")
    assert first[1] == 0 and other_key[1] == 0
    assert 1024 <= second[1] <= second[0] and second[1] % 128 == 0
