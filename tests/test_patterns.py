"""The pattern cache: a cached pattern matches exactly as re.compile's, and a bad cache never breaks reading."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import re, sys
from board import patterns
rx = patterns.compile(r"\b(?:take it or leave it|(?P<word>final|firm) offer)\b", re.I)
plain = re.compile(rx.pattern, re.I)
text = "This is our FINAL offer, take it or leave it. A firm offer. Finally."
same = [(m.span(), m.groupdict()) for m in rx.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
print(same, rx.flags == plain.flags, rx.groupindex == plain.groupindex)
"""


def run(cache: Path) -> str:
    env = {"BOARD_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin", "HOME": str(cache.parent)}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and not out.stderr, out.stderr
    return out.stdout.strip()


def test_a_pattern_from_the_cache_matches_like_a_fresh_one(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run(cache) == "True True True"  # parsed, then written at exit
    assert list(cache.glob("patterns-*.marshal"))
    assert run(cache) == "True True True"  # read back from the file


def test_a_damaged_or_unwritable_cache_falls_back_to_parsing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run(cache)
    for f in cache.glob("patterns-*.marshal"):
        f.write_bytes(b"\x00garbage")
    assert run(cache) == "True True True"
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert run(blocked / "sub") == "True True True"


def test_the_reader_reads_the_same_with_the_cache(tmp_path: Path) -> None:
    probe = ("import json; from board.situation import read_situation; "
             "print(json.dumps(read_situation(\"I'm selling my bike. They offered $450, my floor is $500, "
             "and another buyer will pay $480. Final offer, they said.\").model_dump(), sort_keys=True))")
    env = {"BOARD_CACHE_DIR": str(tmp_path / "c"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and '"amount": 450.0' in first.stdout


def test_a_bad_pattern_is_still_an_error() -> None:
    from board import patterns
    try:
        patterns.compile("(unclosed")
    except re.error:
        return
    raise AssertionError("a malformed pattern compiled")


def test_a_rewritten_cache_keeps_only_what_the_run_used(tmp_path: Path) -> None:
    # a pattern an old version compiled is dropped the next time the file is written, not kept forever
    import marshal
    cache = tmp_path / "cache"
    old = PROBE.replace("take it or leave it|", "take it or leave it|an old cue|")
    env = {"BOARD_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    assert subprocess.run([sys.executable, "-c", old], env=env, capture_output=True, text=True, timeout=60).returncode == 0
    assert run(cache) == "True True True"  # a new pattern: the file is rewritten
    (path,) = cache.glob("patterns-*.marshal")
    keys = [k for k, _ in marshal.loads(path.read_bytes())]
    assert any("final|firm" in k and "an old cue" not in k for k in keys)
    assert not any("an old cue" in k for k in keys)
