"""X's short links: the address a t.co link in a post stands for, from the post's entities.

Shared by the X API reader (`x`) and the X archive reader (`archive`): both get `entities`
with `urls: [{"url": "https://t.co/...", "expanded_url": "https://..."}]`.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"https?://\S+")


def expand_links(text: str, entities: object) -> str:
    """`text` with each t.co short link put back as the address it stands for, so rules and
    reviewers see where it goes.

    Entities come from a file or a server: only a list of objects whose `url` is an http(s)
    link and whose `expanded_url` is non-empty text counts. Anything else is ignored, so a
    number or a list is never written into the post, an empty address never deletes a link,
    and an entry cannot rewrite ordinary words of the post. Links are replaced in one pass,
    each only where the text does not go on with a letter or digit: an address holding
    another short link is not expanded again, and `https://t.co/ab` is not replaced inside
    `https://t.co/abc`.
    """
    urls = entities.get("urls") if isinstance(entities, dict) else None
    expansions: dict[str, str] = {}
    for item in urls if isinstance(urls, list) else ():
        if not isinstance(item, dict):
            continue
        short, full = item.get("url"), item.get("expanded_url")
        if isinstance(short, str) and isinstance(full, str) and full and _LINK.fullmatch(short):
            expansions.setdefault(short, full)  # the first one wins, as replacing in turn did
    if not expansions:
        return text
    # Longest first: an alternation takes the first alternative that matches.
    shorts = "|".join(map(re.escape, sorted(expansions, key=len, reverse=True)))
    return re.sub(f"(?:{shorts})(?![A-Za-z0-9])", lambda m: expansions[m[0]], text)
