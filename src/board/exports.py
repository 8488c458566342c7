"""Chats pasted straight out of a messaging app, put into the ``Name: message`` lines the transcript reader reads.

Exports stamp every message with a date and a time: "[12/03/2024, 10:42] Dave: …" (WhatsApp on iOS),
"12/03/2024, 10:42 - Dave: …" (WhatsApp on Android), "10:42 AM - Dave: …", "Dave, 10:42: …". Left in, the stamp
hides the speaker from the line pattern, so the other side's prices are read as the user's own words. Taken off, the
line is the plain ``Dave: …`` that every later reading already knows, and no time or date is left to pass for money.

A stamp comes off only at the start of a line and only before a speaker, and only when two or more lines carry one:
"Time: 10:42" and a date in the user's own story stay as written. Inside a stamped chat, a line without a stamp is
the message above it carried over onto a new line, and a line that is only a date ("Yesterday", "Tue, 12 Mar") is
the app's day separator, not something anyone said. A mail thread pasted newest first ("On Tue, 12 Mar 2024 at
10:42, Dave Smith <dave@x.com> wrote:" over "> " lines, or Outlook's "From:"/"Sent:"/"Subject:" headers) becomes one
``Name: message`` line per message, oldest first, so the offers come out in the order they were made.
"""

from __future__ import annotations

import re

from board import lexicon, patterns

_MARKS = patterns.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Invisible direction marks some exports put before a stamp or a name."""

_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u00a0\u202f]?[AaPp]\.?[Mm]\.?)?)"
_CLOCK = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0\u202f]?[AaPp]\.?[Mm]\.?)?|\d{1,2}\.\d{2}[ \u00a0\u202f]?[AaPp]\.?[Mm]\.?)"
"""A time with no date beside it: with a colon or AM/PM, so a price like "12.50" never passes for one."""
_NAME = r"([^\s:\[\]()][^:\n\[\]]{0,39}?)"
_STAMPED = patterns.compile(
    r"^[ \t]*(?:\[[ \t]*(?:" + _DATE + r",?[ \t]+)?" + _TIME + r"(?:,?[ \t]+" + _DATE + r")?[ \t]*\]"  # [12/03/2024, 10:42:05]
    r"|" + _DATE + r",?[ \t]+(?:at[ \t]+)?" + _TIME + r"[ \t]*[-–—]"                                      # 12/03/2024, 10:42 -
    r"|" + _CLOCK + r"[ \t]*[-–—·|]?)"                                                                      # 10:42 AM -
    r"[ \t]*" + _NAME + r"[ \t]*:[ \t]?(.*)$", re.M)
"""A message line with its stamp in front; group 1 the speaker, group 2 the message."""
_STAMP_AFTER = patterns.compile(
    r"^[ \t]*" + _NAME + r"(?:,[ \t]*|[ \t]+[-–—][ \t]*|[ \t]*\[)(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?[ \t]+)?"
    r"(?:" + _DATE + r",?[ \t]+(?:at[ \t]+)?" + _TIME + r"|" + _CLOCK + r")\]?[ \t]*:[ \t]?(.*)$", re.M | re.I)
"""A message line with its stamp after the speaker ("Dave, 10:42: …", "Dave [10:42]: …")."""
_SYSTEM = patterns.compile(
    r"^[ \t]*(?:\[[ \t]*(?:" + _DATE + r",?[ \t]+)?" + _TIME + r"[ \t]*\]|" + _DATE + r",?[ \t]+" + _TIME + r"[ \t]*[-–—])[ \t]*(?!.*:)(.*)$", re.M)
"""A stamped line with no speaker: the app's own notice ("Messages and calls are end-to-end encrypted")."""

_DAY = r"(?:today|yesterday|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DATE_ONLY = patterns.compile(
    r"^[ \t]*[-–—=*]*[ \t]*(?:" + _DAY + r"(?:,?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?))?"
    r"(?:,?[ \t]+\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"(?:,?[ \t]+\d{4})?|" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|" + _DATE + r")"
    r"(?:,?[ \t]+(?:at[ \t]+)?" + _TIME + r")?[ \t]*[-–—=*]*[ \t]*$", re.I)
"""A line that is only a day or a date, perhaps with a time: a messaging app's separator between days."""

_WROTE = patterns.compile(r"^((?:>[ \t]?)*)[ \t]*On\b[^\n]{4,60}?(?:\d{1,2}[:.]\d{2}(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?|\d{4}),?[ \t]+"
                          r"([^\s,<>:@\d][^,<>:@\n\d]{0,39}?)[ \t]*(?:<[^>\n]*>)?[ \t]*wrote:[ \t]*$", re.M)
"""A mail client's reply header ("On Tue, 12 Mar 2024 at 10:42, Dave Smith <dave@x.com> wrote:"): the quoted lines
after it, one ">" deeper, are that person's message."""
_FROM = patterns.compile(r"^[ \t]*From:[ \t]*([^<>@\n]{1,40}?)[ \t]*(?:<[^>\n]*>|\[[^\]\n]*\])?[ \t]*\n(?:[ \t]*(?:Sent|Date|To|Cc|Subject):[^\n]*\n)+", re.M | re.I)
"""An Outlook header ("From: Dave Smith" / "Sent: …" / "To: …" / "Subject: …"): the message under it is that person's."""
_ORIGINAL = patterns.compile(r"^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}[ \t]*$", re.M | re.I)


def _mail(text: str) -> str:
    """A pasted mail thread, newest first, as chat lines oldest first: each message under its writer's header becomes
    ``Name: message``; what the user wrote above the thread stays as it is. Only a thread with two headers or more."""
    heads = list(_FROM.finditer(text))
    if len(heads) >= 2:
        said = []
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = _ORIGINAL.sub("", text[h.end():end])
            if i + 1 == len(heads):
                body = re.split(r"\n[ \t]*\n", body.strip("\n"), maxsplit=1)[0]  # the last message ends at its paragraph: the user's own words may follow
                end = h.end() + text[h.end():].find(body) + len(body) if body.strip() else h.end()
            said.append(f"{h.group(1).strip()}: {' '.join(body.split())}")
        return text[:heads[0].start()] + "\n".join(reversed(said)) + "\n" + text[end:]
    heads = list(_WROTE.finditer(text))
    if len(heads) < 2:
        return text
    lines = text[heads[0].start():].split("\n")
    said, who, depth, used = [], None, 0, 0
    for line in lines:
        h = _WROTE.match(line)
        if h:
            who, depth = h.group(2).strip(), h.group(1).count(">") + 1
            said.append([who, []])
            used += len(line) + 1
            continue
        if re.match(r"[ \t>]*", line).group().count(">") < depth:
            break
        said[-1][1].append(line.lstrip("> \t"))
        used += len(line) + 1
    chat = "\n".join(f"{w}: {' '.join(' '.join(body).split())}" for w, body in reversed(said) if ' '.join(body).strip())
    return text[:heads[0].start()] + chat + "\n" + text[heads[0].start() + used:]
_SPEAKER_LINE = patterns.compile(r"^[ \t]*([A-Za-z][\w .'&-]{0,30}?)[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:[ \t]*\S")


def _speaker(name: str) -> str | None:
    """The speaker as the transcript reader will see it; None when the label is a note's ("Time", "Budget")."""
    name = name.strip()
    if not name or name.lower() in lexicon.NOTE_LABELS - {"me", "i", "you", "we", "us"} or re.fullmatch(r"[\d\s.,:/+-]+", name):
        return None
    return name


def plain(text: str) -> str:
    """``text`` with a mail thread's messages and an exported chat's lines as ``Name: message`` lines, each message
    on one line, and the day separators between messages dropped; any other text unchanged."""
    if not re.search(r"\d[:.]\d\d|wrote:|^[ \t]*From:", text, re.M | re.I):
        return text
    text = _mail(text)
    unmarked = _MARKS.sub("", text)
    lines = unmarked.split("\n")
    heads: list[tuple[str, str] | None] = []
    for line in lines:
        m = _STAMPED.match(line) or _STAMP_AFTER.match(line)
        who = _speaker(m.group(1)) if m else None
        heads.append((who, m.group(2).strip()) if who else None)
    stamped = [i for i, h in enumerate(heads) if h]
    if len(stamped) < 2:
        return _undated(text)
    out: list[str] = []
    current: int | None = None  # the index in ``out`` of the message a bare line carries on
    for i, line in enumerate(lines):
        head = heads[i]
        if head:
            out.append(f"{head[0]}: {head[1]}")
            current = len(out) - 1
        elif stamped[0] < i < stamped[-1] and _SYSTEM.match(line):
            current = None  # "12/03/2024, 10:40 - Dave joined": no one said it
        elif stamped[0] < i < stamped[-1] and _DATE_ONLY.match(line):
            continue
        elif current is not None and stamped[0] < i < stamped[-1] and line.strip():
            out[current] += " " + line.strip()  # the same message, carried onto a new line
        else:
            if not line.strip() and stamped[0] < i < stamped[-1]:
                continue
            out.append(line)
            current = None
    return _undated("\n".join(out))


def _undated(text: str) -> str:
    """Drop a day separator ("Yesterday", "Tue, 12 Mar") standing right before a message of a pasted chat."""
    lines = text.split("\n")
    if not any(_DATE_ONLY.match(ln) for ln in lines):
        return text
    said = [bool((m := _SPEAKER_LINE.match(ln)) and _speaker(m.group(1))) for ln in lines]
    if sum(said) < 2:
        return text
    keep, said_next = [], False  # from the end: whether the next line with words on it is a message
    for line, says in zip(reversed(lines), reversed(said)):
        if not (said_next and _DATE_ONLY.match(line)):
            keep.append(line)
        if line.strip():
            said_next = says
    return "\n".join(reversed(keep))
