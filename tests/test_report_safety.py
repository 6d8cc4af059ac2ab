"""Hostile post text, names, handles and URLs render as text; only http(s) URLs become links."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.report import build_report, write_report
from auditor.report.model import Segment
from auditor.report.render import cards_payload, environment, json_for_script, render_run
from auditor.report.text import safe_url, show_controls
from tests.test_report_support import BAD_URLS, XSS, make_store


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


@pytest.fixture(scope="module")
def report_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    store, (_, second) = make_store(hostile=True)
    out = tmp_path_factory.mktemp("reports")
    page = write_report(store, second, out)
    return page, page.read_text()


def parse(html: str) -> Elements:
    p = Elements()
    p.feed(html)
    p.close()
    return p


def test_hostile_markup_is_shown_as_text_everywhere(report_files: tuple[Path, str]) -> None:
    _, html = report_files
    # In the post text, the display name, the role, the handle and the consent reference.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&#34;&gt;&lt;svg onload=alert(1)&gt;" in html
    assert "CF-&lt;b&gt;004&lt;/b&gt;" in html
    for payload in XSS:
        # The raw payload never appears outside the escaped JSON.
        assert payload not in html


def test_no_injected_element_or_event_handler(report_files: tuple[Path, str]) -> None:
    _, html = report_files
    elements = parse(html)
    tags = [t for t, _ in elements.tags]
    assert "img" not in tags
    assert tags.count("script") == 2  # the inline JSON data and the report's own script
    for tag, attrs in elements.tags:
        for name in attrs:
            assert not name.startswith("on"), (tag, attrs)
        if tag == "svg":
            assert "onload" not in attrs
    script_types = [a.get("type") for t, a in elements.tags if t == "script"]
    assert script_types == ["application/json", None]


def test_only_http_urls_become_links(report_files: tuple[Path, str]) -> None:
    _, html = report_files
    hrefs = [a["href"] or "" for t, a in parse(html).tags if t == "a" and "href" in a]
    external = [h for h in hrefs if ":" in h]
    assert external, "the safe post links are there"
    assert all(h.startswith("https://") for h in external), external
    for bad in BAD_URLS:
        assert bad.strip() not in hrefs
    # The refused URL is still shown, as text, so a reviewer can find the post.
    assert "Link not shown (not a web address): <code>javascript:alert(1)</code>" in html


def test_inline_json_cannot_end_its_script_tag(report_files: tuple[Path, str]) -> None:
    _, html = report_files
    match = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', html, flags=re.S
    )
    assert match is not None
    raw = match.group(1)
    for ch in ("<", ">", "&", "\u2028", "\u2029"):
        assert ch not in raw
    data = json.loads(raw)
    texts = json.dumps(data, ensure_ascii=False)
    assert "<script>alert(1)</script>" in texts  # the payload is there, as data
    assert "\u2028" in texts and "</script>" in texts


def test_inline_json_is_the_payload_the_script_reads() -> None:
    store, (_, second) = make_store(hostile=True)
    report = build_report(store, second)
    payload = cards_payload(report)
    assert json.loads(str(json_for_script(payload))) == payload
    assert len(payload["cards"]) == len(report.cards)  # type: ignore[arg-type]


@given(st.text())
def test_json_for_script_round_trips_and_never_contains_markup(text: str) -> None:
    out = str(json_for_script({"t": text, "s": "</script><!--" + text}))
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"t": text, "s": "</script><!--" + text}


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "http:/no-host",
        "https://",
        "https://a.example/with space",
        "file:///etc/passwd",
        "",
        None,
    ],
)
def test_unsafe_urls_are_refused(url: str | None) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize(
    "url",
    ["https://social.example/@a/1", 'http://x.example/p?q=<b>&r="1"', "HTTPS://A.EXAMPLE/"],
)
def test_web_urls_are_kept(url: str) -> None:
    assert safe_url(url) == url


def test_personal_data_is_masked_unless_asked(tmp_path: Path) -> None:
    store, (_, second) = make_store(hostile=False)
    masked = write_report(store, second, tmp_path / "masked").parent
    shown = write_report(store, second, tmp_path / "shown", show_pii=True).parent
    for name in ("index.html", "findings.json", "findings.csv"):
        assert "bram@example.org" not in (masked / name).read_text(), name
        assert "bram@example.org" in (shown / name).read_text(), name
        # Card numbers are masked by the store before anything is saved: in both.
        for folder in (masked, shown):
            assert "4111 1111 1111 1111" not in (folder / name).read_text()
    assert "**** **** **** 1111" in (shown / "index.html").read_text()
    assert "****@*******.***" in (masked / "index.html").read_text()


BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


CONTROLS = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\t\n\r")
SHOWN = BIDI_CONTROLS + CONTROLS


def marked(text: str) -> str:
    """What `show_controls` must make of `text`: each bidi control and control character (but
    tab, line feed and carriage return) as ⟨U+XXXX⟩, nothing else."""
    return "".join(f"\u27e8U+{ord(ch):04X}\u27e9" if ch in SHOWN else ch for ch in text)


def marked_data(value: object) -> object:
    if isinstance(value, str):
        return marked(value)
    if isinstance(value, list):
        return [marked_data(v) for v in value]
    if isinstance(value, dict):
        return {marked(k): marked_data(v) for k, v in value.items()}
    return value


def test_bidi_controls_are_shown_as_markers_in_the_page_and_its_data() -> None:
    from auditor.report.render import _finalize

    assert (
        _finalize("a\u202eb\u2066c\u200f")
        == "a\u27e8U+202E\u27e9b\u27e8U+2066\u27e9c\u27e8U+200F\u27e9"
    )
    out = str(json_for_script({"g": ["x\u202e", ["y\u2067", [0]]], "n": 1}, markers=True))
    assert out == '{"g":["x\u27e8U+202E\u27e9",["y\u27e8U+2067\u27e9",[0]]],"n":1}'


# Text rich in what the JSON encoder escapes or could confuse with a bidi control: quotes,
# backslashes, a literal "\u202e", control characters, line separators, markup.
_HOSTILE_TEXT = st.text(
    st.sampled_from(
        [
            *BIDI_CONTROLS,
            '"',
            "\\",
            "u",
            "2",
            "0",
            "e",
            "\x00",
            "\x1b",
            "\x08",
            "\x0c",
            "\x7f",
            "\x85",
            "\t",
            "\r",
            "b",
            "f",
            "\n",
            "\u2028",
            "<",
            "&",
            "\u27e8",
            "a",
            "\u00e9",
            "\U0001f600",
        ]
    )
)
_JSON_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | _HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_HOSTILE_TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(_JSON_DATA)
def test_inline_json_with_bidi_markers_is_the_json_of_the_marked_data(data: object) -> None:
    out = str(json_for_script(data, markers=True))
    assert not set(out) & (set(SHOWN) | {"<", ">", "&", "\u2028", "\u2029"})
    assert json.loads(out) == marked_data(data)


@given(_HOSTILE_TEXT)
def test_show_controls_marks_every_bidi_and_control_character_and_nothing_else(text: str) -> None:
    assert show_controls(text) == marked(text)


def test_the_pages_inline_data_is_the_cards_payload_with_bidi_markers() -> None:
    store, (_, second) = make_store(hostile=True)
    report = build_report(store, second)
    first = report.cards[0]
    card = replace(
        first,
        person_name="Eve \u202eevE",
        account="@a\u2066b",
        segments=(Segment("moc.live\u202e"), *first.segments),
    )
    report = replace(report, cards=(card, *report.cards[1:]))
    html = render_run(report, environment())
    match = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', html, flags=re.S
    )
    assert match is not None
    assert not set(match.group(1)) & set(BIDI_CONTROLS)
    data = json.loads(match.group(1))
    assert data == marked_data(cards_payload(report))
    assert "moc.live\u27e8U+202E\u27e9" in data["cards"][0]["g"]


def test_control_characters_in_a_post_are_markers_in_the_page_never_raw_bytes() -> None:
    store, (_, second) = make_store(hostile=True)
    report = build_report(store, second)
    first = report.cards[0]
    card = replace(
        first,
        person_name="Eve\x00",
        segments=(Segment("nul\x00 esc\x1b[2J del\x7f next\x85"), *first.segments),
    )
    html = render_run(replace(report, cards=(card, *report.cards[1:])), environment())
    assert not set(html) & set(CONTROLS)
    static = html.split('<div id="cards-static">')[1].split('<div id="cards"')[0]
    assert "nul\u27e8U+0000\u27e9 esc\u27e8U+001B\u27e9[2J del\u27e8U+007F\u27e9" in static
    assert "Eve\u27e8U+0000\u27e9" in static
    data = html.split('id="report-data">')[1].split("</script>")[0]
    assert "esc\u27e8U+001B\u27e9[2J" in json.loads(data)["cards"][0]["g"][0]
