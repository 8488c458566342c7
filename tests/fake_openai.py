"""A local OpenAI-compatible HTTP server for tests (stdlib only).

Drive the real ``openai`` SDK against it through ``base_url``::

    with FakeOpenAI() as server:
        client = AsyncOpenAI(base_url=server.base_url, api_key="test-key")
        server.rate_limit(retry_after=0.05, times=1)        # a fault rule
        server.enqueue({"verdict": "accept"})                # a one-shot reply
        server.responder = lambda body: {"verdict": "..."}   # computed replies

How a reply is chosen for each ``POST /v1/chat/completions``:

1. the first queued item (``enqueue``) whose ``match`` accepts the request;
2. the first fault rule (``fail``, ``rate_limit``, ``malformed``, ``cut_stream``,
   ``hang``) that matches and has hits left;
3. ``responder(body)`` if set and not returning ``None``;
4. a default: an instance valid against ``response_format.json_schema.schema``
   (strict structured outputs), ``{"reply": ...}`` for ``json_object``, else text.

``match`` is a substring searched in the text of the messages, or a callable taking
the request body. Usage is reported on every reply, with prefix caching emulated per
``prompt_cache_key``. The Authorization header value is never recorded.
"""

from __future__ import annotations

import http.server
import json
import math
import re
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Match = str | Callable[[dict[str, Any]], bool] | None
Content = str | dict[str, Any] | list[Any]
FaultKind = Literal["error", "malformed", "cut", "hang"]

_SECRET_HEADERS = {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie"}


@dataclass
class Reply:
    """A scripted reply; ``content`` is sent as is (str) or JSON-dumped (dict/list)."""

    content: Content
    match: Match = None
    latency: float | None = None
    """Seconds before the first byte; ``None`` uses the server's ``latency``."""
    finish_reason: str = "stop"
    refusal: str | None = None


@dataclass
class Fault:
    """An injected failure; ``times=None`` means always, else the first N matches."""

    kind: FaultKind
    match: Match = None
    times: int | None = None
    status: int = 500
    message: str = "The server had an error while processing your request."
    retry_after: float | None = None
    """Sent as ``retry-after`` (seconds; the SDK only honours 0 < value <= 120)."""
    retry_after_ms: int | None = None
    content: str | None = None
    """For ``malformed``: the bad content; ``None`` picks by ``mode``."""
    mode: Literal["invalid_json", "wrong_schema"] = "invalid_json"
    after_chunks: int = 2
    """For ``cut`` (and ``hang`` on streams): content chunks sent before cutting."""
    hits: int = 0

    def _take(self, body: dict[str, Any]) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        if not _matches(self.match, body):
            return False
        self.hits += 1
        return True


@dataclass
class RecordedRequest:
    method: str
    path: str
    body: dict[str, Any] | None
    headers: dict[str, str]
    """Lower-cased names; secret headers are replaced by ``"<redacted>"``."""
    has_authorization: bool
    received_at: float
    """``time.perf_counter()`` when the request was read."""
    first_byte_at: float | None = None


# --------------------------------------------------------------------------- helpers


def messages_text(body: dict[str, Any]) -> str:
    """The text of all messages of a chat request, joined by newlines."""
    parts: list[str] = []
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(p.get("text", "") for p in content if isinstance(p, dict))
    return "\n".join(parts)


def prompt_text(body: dict[str, Any]) -> str:
    """What the fake counts as the prompt: tools and schema first, then the messages."""
    head = json.dumps([body.get("tools"), body.get("response_format")])
    msgs = "".join(f"<|{m.get('role')}|>{json.dumps(m.get('content'))}" for m in body.get("messages") or [])
    return head + msgs


def _matches(match: Match, body: dict[str, Any]) -> bool:
    if match is None:
        return True
    if isinstance(match, str):
        return match in messages_text(body)
    return bool(match(body))


def _deref(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        target: Any = root
        for key in ref.lstrip("#").strip("/").split("/") if ref != "#" else []:
            target = target[key.replace("~1", "/").replace("~0", "~")]
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _sample_string(schema: dict[str, Any], name: str) -> str:
    formats = {
        "date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "time": "12:00:00",
        "email": "someone@example.com", "uri": "https://example.com/", "uuid": str(uuid.UUID(int=1)),
        "duration": "P1D", "ipv4": "127.0.0.1", "hostname": "example.com",
    }
    text = formats.get(schema.get("format", ""), f"sample {name.replace('_', ' ')}".strip())
    lo, hi = schema.get("minLength", 0), schema.get("maxLength")
    text = text.ljust(lo, "x")[:hi]
    pattern = schema.get("pattern")
    if pattern and not re.search(pattern, text):
        for candidate in ("a", "A", "0", "abc", "ABC", "123", "a1", "2024-01-01", "x" * max(lo, 1)):
            if re.search(pattern, candidate):
                return candidate
    return text


def _sample_number(schema: dict[str, Any], integer: bool) -> int | float:
    lo = schema.get("minimum")
    hi = schema.get("maximum")
    if schema.get("exclusiveMinimum") is not None:
        lo = schema["exclusiveMinimum"] + (1 if integer else 1e-6)
    if schema.get("exclusiveMaximum") is not None:
        hi = schema["exclusiveMaximum"] - (1 if integer else 1e-6)
    if lo is not None and hi is not None:
        value: float = (lo + hi) / 2
    elif lo is not None:
        value = lo + 1
    elif hi is not None:
        value = hi - 1
    else:
        value = 1
    step = schema.get("multipleOf")
    if step:
        value = math.ceil(value / step) * step
    return int(math.ceil(value)) if integer else float(value)


def instance_from_schema(schema: Any, root: Any = None, name: str = "value", depth: int = 0) -> Any:
    """A small instance valid against a (strict) JSON schema."""
    root = schema if root is None else root
    if not isinstance(schema, dict):
        return f"sample {name}"
    schema = _deref(schema, root)
    deep = depth > 12
    if depth > 60:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            variants = [_deref(v, root) for v in schema[key]]
            non_null = [v for v in variants if v.get("type") != "null"]
            if deep and len(non_null) < len(variants):
                return None  # stop recursive models at a nullable branch
            return instance_from_schema((non_null or variants)[0], root, name, depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in (_deref(p, root) for p in schema["allOf"]):
            value = instance_from_schema(part, root, name, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
            else:
                return value
        return merged
    typ = schema.get("type")
    if isinstance(typ, list):
        typ = next((t for t in typ if t != "null"), "null")
    if typ is None:
        typ = "object" if "properties" in schema else "array" if "items" in schema else "string"
    if typ == "object":
        props = schema.get("properties") or {}
        out = {k: instance_from_schema(v, root, k, depth + 1) for k, v in props.items()}
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, dict):
            out["key"] = instance_from_schema(extra, root, "key", depth + 1)
        return out
    if typ == "array":
        if schema.get("prefixItems"):
            return [instance_from_schema(s, root, name, depth + 1) for s in schema["prefixItems"]]
        count = max(schema.get("minItems", 0), 0 if deep else 1)
        count = min(count, schema.get("maxItems", count))
        item = name[:-1] if name.endswith("s") and len(name) > 1 else name
        return [instance_from_schema(schema.get("items", {}), root, item, depth + 1) for _ in range(count)]
    if typ == "string":
        return _sample_string(schema, name)
    if typ in ("integer", "number"):
        return _sample_number(schema, typ == "integer")
    if typ == "boolean":
        return True
    return None


def _est_tokens(text: str, chars_per_token: float) -> int:
    return max(1, math.ceil(len(text) / chars_per_token)) if text else 0


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


# --------------------------------------------------------------------------- server


class FakeOpenAI:
    """An OpenAI-compatible server on 127.0.0.1 with scripted replies and faults."""

    def __init__(
        self,
        *,
        model: str = "gpt-fake",
        latency: float = 0.0,
        chunk_delay: float = 0.0,
        chunk_chars: int = 16,
        responder: Callable[[dict[str, Any]], Any] | None = None,
        chars_per_token: float = 4.0,
        cache_min_tokens: int = 1024,
        cache_step: int = 128,
        host: str = "127.0.0.1",
    ) -> None:
        self.model = model
        self.latency = latency
        self.chunk_delay = chunk_delay
        self.chunk_chars = chunk_chars
        self.responder = responder
        self.chars_per_token = chars_per_token
        self.cache_min_tokens = cache_min_tokens
        self.cache_step = cache_step
        self.host = host
        self.requests: list[RecordedRequest] = []
        self.first_byte_times: list[float] = []
        """``time.perf_counter()`` of each response's first byte, in sending order."""
        self.errors: list[str] = []
        """Tracebacks of bugs inside the fake itself (answered with a 500)."""
        self.faults: list[Fault] = []
        self.queue: list[Reply | Fault] = []
        self._prompts: dict[str, list[str]] = {}
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._conns: dict[socket.socket, threading.Thread] = {}
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def start(self) -> FakeOpenAI:
        if self._httpd is None:
            self._httpd = _Server((self.host, 0), _Handler, owner=self)
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True
            )
            self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            conns = list(self._conns.items())
        for sock, _ in conns:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        deadline = time.monotonic() + timeout
        for _, thread in conns:
            thread.join(max(0.0, deadline - time.monotonic()))
        if self._thread is not None:
            self._thread.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- scripting
    def enqueue(self, *items: Content | Reply | Fault) -> None:
        """One-shot replies (str, dict, list, ``Reply``) or faults, consumed in order."""
        with self._lock:
            self.queue.extend(i if isinstance(i, (Reply, Fault)) else Reply(i) for i in items)

    def add_fault(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def fail(self, status: int = 500, *, match: Match = None, times: int | None = None, **kw: Any) -> Fault:
        """Answer with an HTTP error (OpenAI error body)."""
        return self.add_fault(Fault("error", match=match, times=times, status=status, **kw))

    def rate_limit(
        self, retry_after: float | None = 0.05, *, match: Match = None, times: int | None = None, **kw: Any
    ) -> Fault:
        """Answer 429 with a ``retry-after`` header (pass ``retry_after_ms=`` for that header)."""
        kw.setdefault("message", "Rate limit reached for requests")
        return self.add_fault(Fault("error", match=match, times=times, status=429, retry_after=retry_after, **kw))

    def malformed(
        self, mode: Literal["invalid_json", "wrong_schema"] = "invalid_json", *,
        match: Match = None, times: int | None = None, **kw: Any,
    ) -> Fault:
        """A 200 reply whose content is not JSON, or JSON not matching the schema."""
        return self.add_fault(Fault("malformed", match=match, times=times, mode=mode, **kw))

    def cut_stream(self, after_chunks: int = 2, *, match: Match = None, times: int | None = None) -> Fault:
        """Send a few chunks (half the body when not streaming), then drop the connection."""
        return self.add_fault(Fault("cut", match=match, times=times, after_chunks=after_chunks))

    def hang(self, *, match: Match = None, times: int | None = None, after_chunks: int = 0) -> Fault:
        """Never answer (streams: after ``after_chunks`` chunks) until the server stops."""
        return self.add_fault(Fault("hang", match=match, times=times, after_chunks=after_chunks))

    def clear(self) -> None:
        """Forget faults, queued items, the responder and the prompt cache."""
        with self._lock:
            self.faults.clear()
            self.queue.clear()
            self._prompts.clear()
            self.responder = None

    # -- views
    @property
    def bodies(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.body is not None]

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    # -- internals used by the handler
    def _decide(self, body: dict[str, Any]) -> Reply | Fault:
        with self._lock:
            for i, item in enumerate(self.queue):
                if _matches(item.match, body):
                    del self.queue[i]
                    if isinstance(item, Fault):
                        item.hits += 1
                    return item
            for fault in self.faults:
                if fault._take(body):
                    return fault
            responder = self.responder
        if responder is not None:
            result = responder(body)
            if isinstance(result, (Reply, Fault)):
                return result
            if result is not None:
                return Reply(result)
        return Reply(self._default_content(body))

    def _default_content(self, body: dict[str, Any]) -> Content:
        fmt = body.get("response_format") or {}
        if fmt.get("type") == "json_schema":
            schema = (fmt.get("json_schema") or {}).get("schema") or {}
            return instance_from_schema(schema)
        last = next((m for m in reversed(body.get("messages") or []) if m.get("role") == "user"), {})
        text = messages_text({"messages": [last]}) if last else ""
        reply = f"This is a fake reply to: {text[:80]}" if text else "This is a fake reply."
        return {"reply": reply} if fmt.get("type") == "json_object" else reply

    def _malformed_content(self, fault: Fault, body: dict[str, Any]) -> str:
        if fault.content is not None:
            return fault.content
        if fault.mode == "invalid_json":
            return '{"this is": not valid json'
        value = self._default_content(body)
        if isinstance(value, dict) and value:
            value.pop(next(iter(value)))
        bad = value if isinstance(value, dict) else {}
        bad["unexpected_field"] = "not in the schema"
        return json.dumps(bad)

    def _usage(self, body: dict[str, Any], completion: str) -> dict[str, Any]:
        prompt = prompt_text(body)
        key = str(body.get("prompt_cache_key") or "")
        with self._lock:
            seen = self._prompts.setdefault(key, [])
            shared = max((_common_prefix(prompt, old) for old in seen), default=0)
            seen.append(prompt)
        prompt_tokens = _est_tokens(prompt, self.chars_per_token)
        shared_tokens = int(shared // self.chars_per_token)
        cached = 0
        if shared_tokens >= self.cache_min_tokens:
            cached = min(prompt_tokens, shared_tokens // self.cache_step * self.cache_step)
        completion_tokens = _est_tokens(completion, self.chars_per_token)
        return {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0, "audio_tokens": 0,
                "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0,
            },
        }


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # never join (possibly hung) handler threads on close
    request_queue_size = 128  # bursts of parallel advisors must not overflow the backlog

    def __init__(self, address: tuple[str, int], handler: type, *, owner: FakeOpenAI) -> None:
        self.owner = owner
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), name="fake-openai-conn", daemon=True
        )
        with self.owner._lock:
            self.owner._conns[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self.owner._lock:
            self.owner._conns.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # client disconnects and cut connections are expected here


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # -- plumbing
    @property
    def fake(self) -> FakeOpenAI:
        return self.server.owner

    def _record(self, body: dict[str, Any] | None) -> RecordedRequest:
        headers = {k.lower(): ("<redacted>" if k.lower() in _SECRET_HEADERS else v) for k, v in self.headers.items()}
        rec = RecordedRequest(
            method=self.command, path=self.path, body=body, headers=headers,
            has_authorization="authorization" in headers, received_at=time.perf_counter(),
        )
        with self.fake._lock:
            self.fake.requests.append(rec)
        self._rec = rec
        return rec

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the server stops; True if it is stopping."""
        return self.fake._stopping.wait(seconds) if seconds > 0 else self.fake._stopping.is_set()

    def _first_byte(self) -> None:
        now = time.perf_counter()
        with self.fake._lock:
            self.fake.first_byte_times.append(now)
            self._rec.first_byte_at = now

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self._first_byte()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", f"req_{uuid.uuid4().hex[:12]}")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        kind = {429: "rate_limit_error", 401: "authentication_error", 404: "not_found_error"}.get(status)
        kind = kind or ("server_error" if status >= 500 else "invalid_request_error")
        code = "rate_limit_exceeded" if status == 429 else None
        self._send_json(status, {"error": {"message": message, "type": kind, "param": None, "code": code}}, headers)

    def _read_body(self) -> dict[str, Any] | None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    # -- routes
    def do_GET(self) -> None:
        self._record(None)
        path = self.path.split("?")[0].rstrip("/")
        model = {"id": self.fake.model, "object": "model", "created": 1700000000, "owned_by": "fake-openai"}
        if path == "/v1/models":
            self._send_json(200, {"object": "list", "data": [model]})
        elif path.startswith("/v1/models/"):
            self._send_json(200, {**model, "id": path.rsplit("/", 1)[1]})
        else:
            self._error(404, f"Unknown path {path}")

    def do_POST(self) -> None:
        body = self._read_body()
        self._record(body)
        if self.path.split("?")[0].rstrip("/") != "/v1/chat/completions":
            self._error(404, f"Unknown path {self.path}")
            return
        if body is None:
            self._error(400, "We could not parse the JSON body of your request.")
            return
        try:
            self._chat(body)
        except OSError:  # the client went away, or the server is stopping
            self.close_connection = True
        except Exception:
            self.fake.errors.append(traceback.format_exc())
            if self._rec.first_byte_at is None:
                self._error(500, "FakeOpenAI internal error (see server.errors)")
            self.close_connection = True

    def _chat(self, body: dict[str, Any]) -> None:
        fake = self.fake
        decision = fake._decide(body)
        latency = decision.latency if isinstance(decision, Reply) and decision.latency is not None else fake.latency
        if isinstance(decision, Fault) and decision.kind == "hang" and not (body.get("stream") and decision.after_chunks):
            fake._stopping.wait()
            self.close_connection = True
            return
        if self._wait(latency):
            self.close_connection = True
            return
        if isinstance(decision, Fault) and decision.kind == "error":
            headers = {}
            if decision.retry_after is not None:
                headers["retry-after"] = f"{decision.retry_after:g}"
            if decision.retry_after_ms is not None:
                headers["retry-after-ms"] = str(decision.retry_after_ms)
            self._error(decision.status, decision.message, headers)
            return
        if isinstance(decision, Fault) and decision.kind == "malformed":
            content, finish, refusal = fake._malformed_content(decision, body), "stop", None
        elif isinstance(decision, Reply):
            content, finish, refusal = decision.content, decision.finish_reason, decision.refusal
        else:  # cut / hang-after-chunks: a normal reply that will be interrupted
            content, finish, refusal = fake._default_content(body), "stop", None
        text = content if isinstance(content, str) else json.dumps(content)
        usage = fake._usage(body, text)
        fault = decision if isinstance(decision, Fault) and decision.kind in ("cut", "hang") else None
        if body.get("stream"):
            self._stream(body, text, finish, refusal, usage, fault)
        else:
            self._complete(body, text, finish, refusal, usage, fault)

    def _complete(self, body: dict, text: str, finish: str, refusal: str | None, usage: dict, fault: Fault | None) -> None:
        message = {"role": "assistant", "content": None if refusal else text, "refusal": refusal, "annotations": []}
        payload = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model") or self.fake.model, "system_fingerprint": "fp_fake",
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": usage, "service_tier": "default",
        }
        if fault is None:
            self._send_json(200, payload)
            return
        data = json.dumps(payload).encode()  # cut: promise the whole body, send half
        self._first_byte()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])
        self.close_connection = True

    def _stream(self, body: dict, text: str, finish: str, refusal: str | None, usage: dict, fault: Fault | None) -> None:
        fake = self.fake
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        base = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion.chunk", "created": int(time.time()),
            "model": body.get("model") or fake.model, "system_fingerprint": "fp_fake", "service_tier": "default",
        }
        if include_usage:
            base["usage"] = None

        def chunk(delta: dict, finish_reason: str | None = None) -> dict:
            return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}]}

        key = "refusal" if refusal else "content"
        body_text = refusal or text
        size = max(1, min(fake.chunk_chars, math.ceil(len(body_text) / 3)))
        pieces = [body_text[i : i + size] for i in range(0, len(body_text), size)]
        events = [chunk({"role": "assistant", "content": "", "refusal": None})]
        events += [chunk({key: piece}) for piece in pieces]
        events.append(chunk({}, finish))
        if include_usage:
            events.append({**base, "choices": [], "usage": usage})

        self._first_byte()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        limit = fault.after_chunks + 1 if fault else None  # +1: the role chunk
        for i, event in enumerate(events):
            if limit is not None and i >= limit:
                if fault is not None and fault.kind == "hang":
                    fake._stopping.wait()
                self.close_connection = True  # no terminating chunk: an incomplete body
                return
            if i and self._wait(fake.chunk_delay):
                self.close_connection = True
                return
            self._write_chunk(f"data: {json.dumps(event)}\n\n".encode())
        self._write_chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()
