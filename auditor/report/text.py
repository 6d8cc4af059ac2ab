"""Hostile-text helpers for the report: safe links, PII masking and highlight segments.

Post text, names, handles and URLs come from the internet. Nothing here escapes HTML (the
template engine always does); this module decides which URLs may become links, splits the
text into plain and highlighted runs without ever trusting the stored offsets, and shows the
characters that could reorder or hide text (bidi and control characters) as visible markers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import PurePath
from urllib.parse import urlsplit

from auditor.redact import is_personal, mask
from auditor.report.model import FindingView, Segment
from auditor.scoring.types import BANDS, Finding


def safe_url(url: str | None) -> str | None:
    """`url` if it is a plain http(s) URL with a host, else None (never `javascript:`/`data:`)."""
    if not url or len(url) > 2048:
        return None
    # Browsers strip tabs/newlines inside a scheme ("java\tscript:"), so refuse any control
    # character or space instead of trying to normalise the way each browser does.
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def sentence(text: str) -> str:
    """`text` as a sentence: stripped, first letter capitalised, a full stop if it has none."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in '.!?:)”"' else text + "."


def display_handle(handle: str) -> str:
    """The account as a reader needs it: a local archive or JSONL path shows its file name only.

    The report is mailed and archived; the auditing machine's folder layout is not its business.
    """
    if "://" in handle or handle.startswith("@"):
        return handle
    if "/" in handle or "\\" in handle:
        return PurePath(handle.replace("\\", "/")).name or handle
    return handle


def is_masked_pii(finding: Finding) -> bool:
    """Personal data the report masks unless asked not to (secrets are masked in the store)."""
    return is_personal(finding.category, finding.rule)


def _marker(code: int) -> str:
    return f"\u27e8U+{code:04X}\u27e9"  # ⟨U+202E⟩


# Explicit embeddings, overrides and isolates, and the marks that can move neutral characters:
# in a post they could show flagged words in another order than they were written.
_BIDI = {c: _marker(c) for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F))}
_BIDI |= {c: _marker(c) for c in range(0x2066, 0x206A)}
# Control characters (C0 but tab and line breaks, DEL, C1) are invisible in a page and make
# the file binary to tools such as grep: the report shows them as markers too. On a terminal
# they can also move the cursor or start escape sequences, so there only tab and \n stay.
_CONTROLS = {c: _marker(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))}
_SHOWN = _BIDI | {c: m for c, m in _CONTROLS.items() if chr(c) not in "\t\n\r"}
_TERMINAL = _BIDI | {c: m for c, m in _CONTROLS.items() if chr(c) not in "\t\n"}


# A search, not str.translate: translate looks up every character of a non-ASCII text, which
# takes most of a second on the 10 MB of a 20,000-card report's data; the search does not.
_SHOWN_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _SHOWN) + "]")
# In JSON text the encoder writes C0 controls as escapes (\u001b, \b, \f) and the rest raw. An
# escape counts only after an even run of backslashes ("\\u001b" is a backslash, then "u001b").
_JSON_ESCAPE = r"(?<!\\)((?:\\\\)*)\\(u00[01][0-9a-fA-F]|[bf])"
_SHOWN_JSON_RE = re.compile(_JSON_ESCAPE + "|" + _SHOWN_RE.pattern)
_SHORT_ESCAPES = {"b": 0x08, "f": 0x0C}


def _shown_marker(match: re.Match[str]) -> str:
    return _SHOWN[ord(match[0])]


def _shown_json_marker(match: re.Match[str]) -> str:
    escape = match[2]
    if escape is None:
        return _SHOWN[ord(match[0])]
    code = _SHORT_ESCAPES.get(escape) or int(escape[1:], 16)
    return match[1] + _SHOWN.get(code, "\\" + escape)


def show_controls(text: str) -> str:
    """`text` with every bidi and control character (but tab and line breaks) shown as a
    marker such as ⟨U+202E⟩ or ⟨U+001B⟩ (for the report)."""
    return _SHOWN_RE.sub(_shown_marker, text)


def show_controls_in_json(text: str) -> str:
    """JSON text whose strings show what `show_controls` shows, escaped characters included:
    `json.loads` of the result is the data with `show_controls` applied to every string."""
    return _SHOWN_JSON_RE.sub(_shown_json_marker, text)


def for_terminal(text: str) -> str:
    """`text` safe to print: bidi and control characters (not tab or newline) as markers."""
    return text.translate(_TERMINAL)


def _clamp(finding: Finding, n: int) -> tuple[int, int]:
    start = max(0, min(finding.start, n))
    end = max(start, min(finding.end, n))
    return start, end


def mask_findings(
    text: str, findings: Sequence[Finding], *, show_pii: bool
) -> tuple[str, tuple[FindingView, ...]]:
    """The text and findings as the report shows them: PII spans masked unless `show_pii`."""
    n = len(text)
    chars = list(text)
    masked_any = False
    if not show_pii:
        for f in findings:
            if is_masked_pii(f):
                start, end = _clamp(f, n)
                chars[start:end] = mask(text[start:end])
                masked_any = True
    shown = "".join(chars) if masked_any else text
    views: list[FindingView] = []
    for f in findings:
        start, end = _clamp(f, n)
        matched, decoded = f.matched, f.decoded
        if masked_any and matched == text[start:end]:
            matched = shown[start:end]  # another finding overlapping a masked span
        if not show_pii and is_masked_pii(f):
            matched, decoded = mask(f.matched), mask(f.decoded)
        views.append(
            FindingView(
                f.category,
                f.rule,
                f.severity,
                start,
                end,
                matched,
                decoded,
                sentence(f.explanation),
                sentence(f.guidance),
            )
        )
    return shown, tuple(views)


def _title(findings: Sequence[FindingView], marks: Sequence[int]) -> str:
    parts: list[str] = []
    for i in marks:
        f = findings[i]
        part = f"{f.category}: read as \u201c{f.decoded}\u201d" if f.decoded else f.category
        if part not in parts:
            parts.append(part)
    return "; ".join(parts)


def segments(text: str, findings: Sequence[FindingView]) -> tuple[Segment, ...]:
    """Split `text` at every finding boundary; overlapping findings share a segment."""
    n = len(text)
    points = {0, n}
    for f in findings:
        points.update((f.start, f.end))
    cuts = sorted(p for p in points if 0 <= p <= n)
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        if a >= b:
            continue
        marks = tuple(i for i, f in enumerate(findings) if f.start <= a and b <= f.end)
        if not marks:
            out.append(Segment(text[a:b]))
            continue
        severity = max((findings[i].severity for i in marks), key=_rank)
        out.append(Segment(text[a:b], marks, _title(findings, marks), severity))
    return tuple(_merge(out))


def _merge(segs: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for s in segs:
        if merged and not s.marks and not merged[-1].marks:
            merged[-1] = replace(merged[-1], text=merged[-1].text + s.text)
        else:
            merged.append(s)
    return merged


def _rank(band: str) -> int:
    return BANDS.index(band) if band in BANDS else 0
