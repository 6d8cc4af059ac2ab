"""The one entry point of the structural detectors, `detect`, which the scorer runs on the
ORIGINAL text (case matters) for the `credentials` and `pii` categories: credentials first
(`credentials`), then personal data (`pii`), sharing the spans already taken so that no part of
the text is reported twice. Every `masking.Detection` they yield has its secrets and card/ID
numbers masked already.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.scoring.credentials import detect_credentials
from auditor.scoring.masking import Detection
from auditor.scoring.pii import detect_personal_data

_DIGIT = re.compile(r"\d")


def detect(text: str, org_domains: frozenset[str] = frozenset()) -> Iterator[Detection]:
    """Every secret and piece of personal data in `text`, masked where needed."""
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    digits = len(_DIGIT.findall(text))
    yield from detect_credentials(text, lowered, digits, taken)
    yield from detect_personal_data(text, lowered, digits, org_domains, taken)
