"""The reader's regular expressions, compiled once per machine instead of once per run.

The reader's vocabulary is a few hundred large case-insensitive patterns; parsing them is most
of what ``board ask`` costs beyond its imports (about half a second). Python keeps compiled
patterns only for the life of a process, so this module keeps what the regex parser produces
(the engine's code words, group names) in a small cache file under the user's cache folder
(``$BOARD_CACHE_DIR``, else ``$XDG_CACHE_HOME/board``, else ``~/.cache/board``), keyed by the
pattern text, the flags and the regex engine's version. Later runs hand those words straight to
the engine.

Only the project's own pattern constants go through here, never text from the user, so the
cache holds nothing private. Anything unexpected — another Python, a damaged or unwritable
file, a change in the engine's internals — falls back to ``re.compile``: the cache can only
make start-up faster, never change a match.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path

try:  # the engine's internals (CPython 3.11+); without them, plain re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_cache: dict[tuple[str, int], _Entry] | None = None
_dirty = False
_used: set[tuple[str, int]] = set()
"""The keys this process asked for: when the file must be rewritten anyway, only these are kept, so the patterns an
edit or an upgrade left behind do not pile up and slow every later start (the file is read whole)."""


def _path() -> Path:
    base = os.environ.get("BOARD_CACHE_DIR")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "board"
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    return root / f"patterns-{tag}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _cache
    if _cache is None:
        _cache = {}
        try:
            data = marshal.loads(_path().read_bytes())
            if isinstance(data, dict):
                _cache = data
        except (OSError, ValueError, EOFError, TypeError):
            pass
        atexit.register(_save)
    return _cache


def _save() -> None:
    if not _dirty or _cache is None:
        return
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps({k: v for k, v in _cache.items() if k in _used}))
        os.replace(tmp, path)  # atomic: a reader sees the old file or the new one
    except (OSError, ValueError):
        pass


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the same name as re.compile, on purpose
    """``re.compile(pattern, flags)``, from the cache when this engine has parsed it before."""
    global _dirty
    if _sre is None:
        return re.compile(pattern, flags)
    cache = _load()
    key = (pattern, int(flags))
    _used.add(key)
    hit = cache.get(key)
    if hit is not None:
        try:
            final, code, groups, groupindex, indexgroup = hit
            return _sre.compile(pattern, final, code, groups, groupindex, indexgroup)
        except Exception:  # a damaged entry: parse it again below
            pass
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry: _Entry = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # the engine's internals changed: the public way
        return re.compile(pattern, flags)
    cache[key] = entry
    _dirty = True
    return compiled
