"""The scorer: runs every rule of the policy over one post and explains what fired.

Per post: normalise and tokenise once; look every token up in the compiled lexicon (dict hits,
phrases by first word, masks resolved by shape); spelled-out letters; run-together compounds;
structural detectors for personal data and secrets; the policy's regex patterns; the
organisation's names, products, competitors and codenames; then the context rules (targeting,
threat structure, hate statements, name-calling, sexual wishes, drug slang, negation, reported
speech) and the exceptions. TextBlob sentiment runs only for posts that name the organisation or
a competitor.

Score: 25/50/75/95 points for the most severe finding (low/medium/high/critical) plus 3 points
per further finding (at most 10), mapped to a band by the policy's thresholds.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter

import auditor
from auditor.models import Organization
from auditor.scoring.context import GENDERED_SLURS, GROUPS, quoted, same_sentence
from auditor.scoring.contextrules import ContextRules
from auditor.scoring.detectors import detect
from auditor.scoring.hits import Explanation, Hit, NearMiss, bump
from auditor.scoring.lexicon import Entry, Lexicon, match_phrase, sev_rank, term_words
from auditor.scoring.matching import TermMatcher
from auditor.scoring.normalize import Normalized, Token, normalize, tokenize
from auditor.scoring.orgrules import OrgRules
from auditor.scoring.policy import Policy
from auditor.scoring.segment import Segmenter
from auditor.scoring.types import CATEGORIES, Finding, Score

try:  # The learned signal is optional: the engine works without it.
    from auditor.scoring.model import LinearModel, ModelHit, WordWeight, load_default_model

    _LINEAR: tuple[type, ...] = (LinearModel,)
except ImportError:  # pragma: no cover - only when model.py is absent
    LinearModel = None  # type: ignore[assignment,misc]
    load_default_model = None  # type: ignore[assignment]
    _LINEAR = ()

POINTS = {"low": 25, "medium": 50, "high": 75, "critical": 95}
_EXTRA_POINTS, _EXTRA_CAP = 3, 10
_SECOND_PERSON = re.compile(r"(?i)\b(?:you|u|ur|your|ya|you're)\b")
# A post about someone: "she is stupid", "the more he talks the dumber he looks".
_THIRD_PERSON = re.compile(
    r"(?i)\b(?:he|she|him|her|hers|his|they|them|their|he's|she's|they're)\b"
)
# A hate reading that rests on these alone, in a post naming no group, is swearing, not hate.
# (Checked on the train splits with out-of-fold model readings, benchmarks/engine_cv.py: hate
# F1 0.7648 -> 0.7645, offensive unchanged.)
_SWEARING = frozenset(("profanity", "insult"))
_SMALL_WORDS = frozenset(
    {"this", "that", "is", "are", "was", "the", "a", "an", "it", "its", "i", "me", "my", "so"}
    | {"just", "ugh", "lol", "omg"}
)
_GROUP_RE = "|".join(sorted(GROUPS, key=len, reverse=True))
_GENERALISED = re.compile(
    rf"(?i)\b(?:(?:all|most|every|these|those)\s+(?:the\s+)?(?:{_GROUP_RE})s?"
    rf"|(?:{_GROUP_RE})s?\s+(?:are|aren't|r|can't|cannot|couldn't|should|shouldn't|need|must"
    rf"|deserve|belong|don't|never|always|will|won't|want)\b)"
)
# People a post may talk about without a pronoun ("the customer was the dumbest ...").
_PEOPLE_WORDS = """
    guy guys man men dude dudes girl girls boy boys lady ladies person people bloke blokes
    chick fella kid kids customer customers client clients boss manager managers colleague
    colleagues coworker coworkers intern interns ref referee umpire driver drivers neighbour
    neighbor neighbours neighbors teacher teachers
"""
_PEOPLE = frozenset(_PEOPLE_WORDS.split())
# Categories whose terms make a word rude in itself.
_RUDE = frozenset(("profanity", "insult", "hate", "threat", "sexual"))
_SENTIMENT_RULED = frozenset(("employer_criticism", "competitor"))
_MASKED = frozenset(("pii", "credentials"))
_TEXT = itemgetter(1)  # Token.text
_RULE_RE = re.compile(r"^[a-z_]+\.[a-z_]+$")


@lru_cache(maxsize=1)
def default_model() -> LinearModel | None:
    """The installed learned model, loaded once per process (None when absent)."""
    if load_default_model is None:
        return None
    return load_default_model()


def _stopped_by(stop: tuple[int, int, str, str, int, int]) -> str:
    """A near miss's reason: the exception or allow-list entry (`ExceptionSpans` item)."""
    return f"{'allow-list entry' if stop[2] == '*' else 'exception'} {stop[3]!r}"


_STATEMENTS = frozenset(("hate.generalisation", "hate.dehumanising", "hate.stereotype"))
_MEDIUM = sev_rank("medium")


def _rude_entry(e: Entry) -> bool:
    """A term of an offensive category, but not a mild swear word (a low profanity term)."""
    return e.category in _RUDE and (e.category != "profanity" or sev_rank(e.severity) >= _MEDIUM)


_CLOSING_QUOTES = re.compile("[\"”'’]")


def _in_title(text: str, word: WordWeight) -> bool:
    """A capitalised word inside quotation marks that close after it: a title ("'Smack My Bitch
    Up' came on", "rewatching \"Kill Bill\""), not the author's own words."""
    return (
        word.token.istitle()
        and quoted(text, word.start)
        and _CLOSING_QUOTES.search(text, word.end) is not None
    )


# Violent words said of games and contests, and the games and contests they are said of.
_GAME_VIOLENCE_WORDS = """
    kill killed killing kills destroy destroyed destroying destroys crush crushed crushing
    annihilate annihilated smash smashed smashing murder murdered murdering slaughter
    slaughtered massacre massacred bloodbath dead buried stab stabbed shoot shot shooting
    beat beaten beating thrash thrashed hammered demolish demolished obliterate obliterated
"""
_GAMES_WORDS = """
    game games match quiz bake-off bakeoff league fantasy tournament contest competition
    trivia chess darts poker bowling paintball karaoke scrabble monopoly fifa fortnite
    minecraft leaderboard sweepstake hackathon showdown finals semis derby playoffs playoff
"""
_GAME_VIOLENCE = frozenset(_GAME_VIOLENCE_WORDS.split())
_GAMES = frozenset(_GAMES_WORDS.split())
_GAME_PHRASES = ("bake-off", "bake off", "escape room", "a-side", "pub quiz", "laser tag")


def _game(text: str, seq: Sequence[Token]) -> bool:
    """The post talks of a game or contest."""
    if not _GAMES.isdisjoint(map(_TEXT, seq)):
        return True
    lowered = text.lower()
    return any(phrase in lowered for phrase in _GAME_PHRASES)


_CALLED = frozenset(("called", "calls", "call", "calling", "named"))
_SELF = frozenset(("i'm", "im", "i’m", "am", "was", "me", "myself"))
_SELF_FILLER_WORDS = "such a an the total complete absolute utter real biggest massive"
_SELF_FILLERS = frozenset(_SELF_FILLER_WORDS.split())


def _about_self(seq: Sequence[Token], text: str, start: int) -> str:
    """How the token starting at `start` names the author, else "": a name they give
    themself ("I'm (such) an X", "I am a total X", "I was the X", "me, the X"), or one they
    report being called ("she called me a X")."""
    i = bisect_left([t.start for t in seq], start)
    if i >= len(seq) or seq[i].start != start:
        return ""
    j = i - 1
    while j >= 0 and seq[j].text in _SELF_FILLERS and i - j <= 4:
        j -= 1
    if j < 0 or seq[j].text not in _SELF or not same_sentence(seq, text, j, i):
        return ""
    before = seq[j - 1].text if j > 0 else ""
    if seq[j].text == "me" and before in _CALLED:
        return "the author reports being called"
    # "am"/"was" must follow "I" ("I am an idiot", not "what a fool Sam was").
    if seq[j].text in ("am", "was") and before != "i":
        return ""
    return "the author calls themself"


def _denied(near: Sequence[NearMiss]) -> bool:
    """The rules read a statement about a group in the post and found it denied ("not all X
    are ...", "X are not ...")."""
    return any(n.reason == "negation" and n.rule in _STATEMENTS for n in near)


class ExceptionSpans:
    """Where the exceptions of one post matched, searchable by position (posts can be long)."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, str, str, int, int]] = []
        self._starts: list[int] = []
        self._longest = 0

    def add(self, start: int, end: int, cid: str, label: str, first: int, last: int) -> None:
        # Tokens come in order, so starts never decrease and the list stays sorted.
        self.items.append((start, end, cid, label, first, last))
        self._starts.append(start)
        self._longest = max(self._longest, end - start)

    def stopping(
        self, category: str, start: int, end: int, *, allow_list: bool = True
    ) -> tuple[int, int, str, str, int, int] | None:
        """The first exception of `category` (or, with `allow_list`, an allow-list entry)
        overlapping [start, end)."""
        k = bisect_left(self._starts, end)
        floor = start - self._longest
        while k > 0:
            k -= 1
            item = self.items[k]
            if item[0] < floor:
                break
            if item[1] > start and (item[2] == category or (allow_list and item[2] == "*")):
                return item
        return None


class Scorer:
    """Scores posts under one policy, for one organisation, with an optional allow-list.

    `allow` holds category ids or rule ids (never reported) and words or phrases (never flagged,
    in any category).
    """

    def __init__(self, policy: Policy, org: Organization, *, allow: Iterable[str] = ()) -> None:
        self.policy = policy
        self.org = org
        allow_list = sorted({a.strip() for a in allow if a.strip()})
        self._allow_rules = frozenset(a for a in allow_list if a in CATEGORIES or _RULE_RE.match(a))
        allow_phrases = [a for a in allow_list if a not in self._allow_rules]
        self._enabled = frozenset(policy.enabled_categories())
        self._guidance = {c: p.guidance for c, p in policy.categories.items()}
        self._lexicon = Lexicon(policy)
        self._orgrules = OrgRules(org)
        # Exceptions: indexed by first word; category "*" is the allow-list (every category).
        exc: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        exception_words: list[str] = []
        for cid in policy.enabled_categories():  # (a fixed order: explanations are stable)
            for text in policy.categories[cid].exceptions:
                words = term_words(text)
                if words:
                    exc.setdefault(words[0], []).append((words, text, cid))
                    exception_words.append(" ".join(words))
        for text in allow_phrases:
            words = term_words(text)
            if words:
                exc.setdefault(words[0], []).append((words, text, "*"))
        self._exceptions = exc
        # Gate: an exception can only match when its longest (rarest) word is in the post.
        anchors = {max(words, key=len) for entries in exc.values() for words, _, _ in entries}
        self._exception_gate = frozenset(anchors) | frozenset(a + "'s" for a in anchors)
        self._segmenter = Segmenter(
            [*self._lexicon.all_words, *exception_words, *self._orgrules.words]
        )
        self._matcher = TermMatcher(policy, self._lexicon, self._segmenter)
        self._context = ContextRules(policy, self._enabled)
        self._model: LinearModel | None = None
        model_on = policy.model.enabled
        if model_on is not False:
            self._model = default_model()
        model_id = ""
        if self._model is not None:
            meta = getattr(self._model, "meta", {})
            model_id = json.dumps(meta, sort_keys=True, default=str)
        blob = json.dumps(
            {
                "policy": policy.canonical(),
                "org": [
                    org.name,
                    list(org.aliases),
                    list(org.products),
                    list(org.competitors),
                    list(org.codenames),
                ],
                "allow": allow_list,
                "model": model_id,
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        self.policy_version = hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]
        self.tool_version = auditor.__version__

    # --- public API ---------------------------------------------------------------------------

    @property
    def uses_model(self) -> bool:
        """Whether the learned model contributes to scores."""
        return self._model is not None

    def score(self, text: str) -> Score:
        hits, _ = self._analyse(text, explain=False)
        return self._to_score(text, hits)

    def explain(self, text: str) -> Explanation:
        hits, near = self._analyse(text, explain=True)
        return Explanation(self._to_score(text, hits), tuple(near))

    # --- internals ----------------------------------------------------------------------------

    def _to_score(self, text: str, hits: list[Hit]) -> Score:
        guidance = self._guidance
        findings = []
        for h in hits:
            matched = h.matched if h.matched is not None else text[h.start : h.end]
            findings.append(
                Finding(
                    h.category,
                    h.rule,
                    h.severity,
                    h.start,
                    h.end,
                    matched,
                    h.decoded if h.matched is None else matched,
                    h.explanation,
                    guidance.get(h.category, ""),
                )
            )
        findings.sort(key=lambda f: (f.start, f.end, f.category, f.rule, f.decoded))
        if not findings:
            score = 0
        else:
            top = max(POINTS[f.severity] for f in findings)
            score = min(100, top + min(_EXTRA_CAP, _EXTRA_POINTS * (len(findings) - 1)))
        return Score(
            score,
            self.policy.band_for(score) if score else "none",
            tuple(findings),
            self.policy_version,
            self.tool_version,
        )

    def _analyse(self, text: str, *, explain: bool) -> tuple[list[Hit], list[NearMiss]]:
        norm = normalize(text)
        seq = self._matcher.sequence(norm, tokenize(norm))
        hits: list[Hit] = []
        near: list[NearMiss] = []
        hits.extend(self._matcher.lexical(text, norm, seq))
        self._detectors(text, norm, hits, near)
        hits.extend(self._matcher.patterns(text, norm))
        exc_spans = self._exception_spans(seq)
        if explain:
            near.extend(self._hidden_near_misses(text, seq, exc_spans))
        hits = self._apply_exceptions(text, hits, exc_spans, near)
        org_hits = self._orgrules.apply(text, norm, seq, hits, self.policy, self._enabled)
        struct = self._context.structure(text, norm, seq, near)
        struct.extend(org_hits)
        hits.extend(self._apply_exceptions(text, struct, exc_spans, near))
        hits = self._context.adjust(text, norm, seq, hits, near)
        hits.extend(self._model_hits(text, seq, hits, exc_spans, near))
        hits = self._finish(text, hits, near)
        return hits, near

    def _detectors(
        self, text: str, norm: Normalized, hits: list[Hit], near: list[NearMiss]
    ) -> None:
        want = {"pii", "credentials"} & self._enabled
        if not want:
            return
        for d in detect(text, self._orgrules.domains):
            if d.category not in want:
                continue
            if d.suppressed:
                near.append(NearMiss(d.rule, d.start, d.end, d.matched, d.suppressed))
                continue
            # The category's severity is that of a plain finding; stronger evidence (a card or
            # ID number) is one level above it, a self-disclosure is low.
            cat_sev = self.policy.categories[d.category].severity
            if d.severity == "low":
                sev = "low"
            elif d.category == "pii" and d.severity == "high":
                sev = bump(cat_sev, 1)
            else:
                sev = cat_sev
            masked = d.matched if d.matched != text[d.start : d.end] else None
            hits.append(
                Hit(
                    d.category,
                    d.rule,
                    sev,
                    d.start,
                    d.end,
                    d.start,
                    d.matched,
                    d.explanation,
                    matched=masked,
                )
            )

    def _exception_spans(self, seq: Sequence[Token]) -> ExceptionSpans:
        spans = ExceptionSpans()
        exc = self._exceptions
        if not exc or self._exception_gate.isdisjoint(map(_TEXT, seq)):
            return spans
        for i, tok in enumerate(seq):
            cands = exc.get(tok.text)
            if cands is None and tok.text.endswith("'s"):
                cands = exc.get(tok.text[:-2])
            if cands is None:
                continue
            for words, label, cid in cands:
                j = match_phrase(seq, i, words) if len(words) > 1 else i + 1
                if j > 0:
                    spans.add(tok.start, seq[j - 1].end, cid, label, i, j - 1)
        return spans

    def _hidden_near_misses(
        self, text: str, seq: Sequence[Token], spans: ExceptionSpans
    ) -> list[NearMiss]:
        """Exceptions that hold a term inside a word: "Scunthorpe" would read as "cunt"."""
        out: list[NearMiss] = []
        for _, _, cid, label, first, last in spans.items:
            for tok in seq[first : last + 1]:
                if tok.kind == "part" or self._lexicon.lookup(tok.text) is not None:
                    continue  # a plain hit is reported by the exception itself
                for term, entry in self._matcher.inner_terms(tok.text):
                    if cid in (entry.category, "*") and term != tok.text:
                        what = "allow-list entry" if cid == "*" else "exception"
                        out.append(
                            NearMiss(
                                f"{entry.category}.term",
                                tok.start,
                                tok.end,
                                text[tok.start : tok.end],
                                f"{what} {label!r} (hides {term!r})",
                            )
                        )
        return out

    def _apply_exceptions(
        self,
        text: str,
        hits: list[Hit],
        spans: ExceptionSpans,
        near: list[NearMiss],
    ) -> list[Hit]:
        if not spans.items:
            return hits
        kept = []
        for h in hits:
            # An allow-listed phrase ("damn") inside a secret's clause never lets the secret
            # through unmasked: only the category's own exceptions stop secrets and personal data.
            allow = h.category not in _MASKED
            stop = spans.stopping(h.category, h.start, h.end, allow_list=allow)
            if stop is None:
                kept.append(h)
            else:
                near.append(
                    NearMiss(h.rule, h.start, h.end, text[h.start : h.end], _stopped_by(stop))
                )
        return kept

    def _model_hits(
        self,
        text: str,
        seq: Sequence[Token],
        hits: list[Hit],
        spans: ExceptionSpans,
        near: list[NearMiss],
    ) -> list[Hit]:
        if self._model is None:
            return []
        out: list[Hit] = []
        have = {h.category for h in hits}
        # Only a rule hit at medium or above makes a model hit of its category redundant: a low
        # rule hit ("biting me in the ass") must not hide the model's medium reading of the post.
        medium = sev_rank("medium")
        strong = {h.category for h in hits if sev_rank(h.severity) >= medium}
        if "hate" in strong and strong & {"profanity", "insult"}:
            return out  # the model could add nothing the rules have not found
        if have & _SENTIMENT_RULED:
            # The negativity is already explained as criticism of the organisation or of a
            # competitor (maybe protected activity): the model must not relabel it as abuse.
            return out
        settings = self.policy.model
        # Words inside personal data or a secret are never named or used as a span: the
        # findings mask them, and the model's explanation must not show them in clear.
        hidden = [(h.start, h.end) for h in hits if h.category in _MASKED or h.matched is not None]
        enabled = self._enabled
        targeted: list[bool] = []  # computed once, only if an offensive reading needs it

        def category(label: str) -> tuple[str, str] | None:
            """The category and rule a model label becomes here; None: not needed."""
            if label == "hate":
                cat, rule = "hate", "model.hate"
            elif label == "offensive":
                if not targeted:
                    targeted.append("@" in text or _SECOND_PERSON.search(text) is not None)
                cat = "insult" if targeted[0] else "profanity"
                rule = "model.offensive"
            else:
                return None
            if cat not in enabled or cat in strong or (cat == "insult" and "profanity" in strong):
                return None
            return cat, rule

        def aimed() -> bool:
            """The post addresses someone or talks about a person, a group or a politician
            (called after `category("offensive")`, which sets `targeted`)."""
            if targeted[0] or "political" in have or _THIRD_PERSON.search(text):
                return True
            words = set(map(_TEXT, seq))
            return not (GROUPS.isdisjoint(words) and _PEOPLE.isdisjoint(words))

        def wanted(label: str, probability: float) -> bool:
            return probability >= settings.min_probability and category(label) is not None

        model = self._model
        # The real model names words only for the labels kept here (the costly part).
        found = model.predict(text, wanted) if isinstance(model, _LINEAR) else model.predict(text)
        for mh in found:
            if mh.probability < settings.min_probability:
                continue
            if hidden:
                mh = replace(
                    mh,
                    words=tuple(
                        w for w in mh.words if not any(w.start < e and s < w.end for s, e in hidden)
                    ),
                )
            if not mh.words:
                continue
            kind = category(mh.label)
            if kind is None:
                continue
            cat, rule = kind
            dropped = ""
            if self._group_only(mh.words) and not _GENERALISED.search(text):
                dropped = f"the model's {mh.label} reading rests on the group named only"
            elif cat == "hate" and self._swearing_only(mh.words, seq):
                # Hate speech is about a group; swearing alone is profanity (found by the rules).
                dropped = (
                    "the model's hate reading rests on swear words or insults only and "
                    "no group is named"
                )
            if dropped:
                first = min(mh.words, key=lambda w: w.start)
                near.append(NearMiss(rule, first.start, first.end, first.token, dropped))
                continue
            # The span is the word that weighed most; the explanation names all top words.
            top = max(mh.words, key=lambda w: (w.weight, -w.start))
            names = ", ".join(f"{w.token!r} ({w.weight:+.2f})" for w in mh.words)
            severity = "medium" if mh.probability >= settings.medium_probability else "low"
            why = (
                f"the learned model reads this post as {mh.label} "
                f"(p={mh.probability:.2f}), mostly because of {names}"
            )
            note = (
                self._why_a_note(mh, cat, top, text, seq, near, aimed)
                if severity == "medium"
                else ""
            )
            if note:
                severity = "low"
                why += note
            hit = Hit(cat, rule, severity, top.start, top.end, top.start, top.token, why)
            # An exception of the hit's category on a top word stops it ("Moby Dick"), and so
            # does a harmless idiom of a violent word ("this cake is the bomb", "killed it"):
            # the model's reading rests on a word used innocently. An exception for a slur's
            # harmless sense ("faggots and peas") stops a reading resting mostly on that word,
            # and so does one for a sexual word's ("blue tits and a robin").
            for w in mh.words:
                kinds = (cat, "threat", "hate", "sexual") if w is top else (cat, "threat")
                stop = next(
                    (x for k in kinds if (x := spans.stopping(k, w.start, w.end)) is not None),
                    None,
                )
                if stop is not None:
                    near.append(NearMiss(rule, w.start, w.end, w.token, _stopped_by(stop)))
                    break
            else:
                out.append(hit)
        return out

    def _why_a_note(
        self,
        mh: ModelHit,
        cat: str,
        top: WordWeight,
        text: str,
        seq: Sequence[Token],
        near: Sequence[NearMiss],
        aimed: Callable[[], bool],
    ) -> str:
        """Why a medium model reading is only a note ("; ..." for its explanation), or "".

        The first reason that holds is given; `aimed` tells whether the post addresses or talks
        about someone (called for offensive readings only)."""
        offensive = mh.label == "offensive"
        if offensive and not aimed():
            # Nobody addressed or talked about (no "you", @mention, he/she/they, group,
            # person or politician): a reading with no rude word ("a killer risotto",
            # "dead tired") or resting on one word ("ugly") is too thin to ask for a
            # review (a rule finding at medium would have made this hit redundant), so it
            # stays a visible note. "She is stupid" is about someone.
            if not self._rude(mh.words):
                return "; no rude word and nobody addressed or talked about: a note"
            if len(mh.words) == 1:
                return "; one word only and nobody addressed: a note, not a review"
        if cat == "hate" and _denied(near):
            # The model does not read "not all"; the rules did.
            return '; the post denies the generalisation ("not all ..."): a note'
        if cat == "profanity" and self._insult_term(top):
            # "I'm such an idiot": the author calls themself names, nobody else; "she
            # called me a useless cow": the author reports a name they were called.
            said = _about_self(seq, text, top.start)
            if said:
                return f"; {said} {top.token!r}: a note"
        if (
            offensive
            and top.token.lower() in _GAME_VIOLENCE
            and _game(text, seq)
            and not self._rude(mh.words)
        ):
            # "I will destroy all of you at the bake-off", "your fantasy team is dead":
            # violence in a game or contest, with no rude word.
            return f"; {top.token!r} is said of a game or contest: a note"
        if all(_in_title(text, w) for w in mh.words):
            return "; every word named is capitalised inside quotation marks (a title): a note"
        return ""

    def _rude(self, words: Sequence[WordWeight]) -> bool:
        """Some word behind a model reading is a term of an offensive category, other than the
        mild swear words the policy keeps low ("damn", "bloody")."""
        for w in words:
            found = self._lexicon.lookup(w.token.lower())
            if found is not None and any(map(_rude_entry, found.entries)):
                return True
        return False

    def _insult_term(self, word: WordWeight) -> bool:
        """The word is a term of the insult category ("idiot", "loser")."""
        found = self._lexicon.lookup(word.token.lower())
        return found is not None and any(e.category == "insult" for e in found.entries)

    def _group_only(self, words: Sequence[WordWeight]) -> bool:
        """Every word behind a model reading names a group ("women", "Muslims") or is a small
        word: naming a group is neither hate nor an insult."""
        for w in words:
            token = w.token.lower().replace("\u2019", "'").removesuffix("'s").removesuffix("'")
            if token not in GROUPS and token not in _SMALL_WORDS and token[:-1] not in GROUPS:
                return False
        return True

    def _swearing_only(self, words: Sequence[WordWeight], seq: Sequence[Token]) -> bool:
        """Every word behind a model reading is a plain swear word or insult ("fuck this",
        "idiot"), or a small word beside one, and no group is named."""
        for w in words:
            token = w.token.lower()
            if token in _SMALL_WORDS:
                continue
            found = self._lexicon.lookup(token)
            if found is None or not _SWEARING.issuperset(e.category for e in found.entries):
                return False
            if found.form in GENDERED_SLURS:
                return False
        return GROUPS.isdisjoint(map(_TEXT, seq))

    def _finish(self, text: str, hits: list[Hit], near: list[NearMiss]) -> list[Hit]:
        """Drop disabled/allow-listed rules and duplicates; keep the most specific, most severe."""
        best: dict[tuple[str, int, int], Hit] = {}
        for h in hits:
            if h.category not in self._enabled or h.end <= h.start:
                continue  # (an empty span could only come from pieces of one word: no finding)
            if h.category in self._allow_rules or h.rule in self._allow_rules:
                near.append(
                    NearMiss(
                        h.rule,
                        h.start,
                        h.end,
                        h.matched or text[h.start : h.end],
                        "allow-list entry",
                    )
                )
                continue
            if h.category == "employer_criticism" and sev_rank(h.severity) > sev_rank("medium"):
                h = replace(h, severity="medium")
            key = (h.category, h.start, h.end)
            old = best.get(key)
            if old is None or sev_rank(h.severity) > sev_rank(old.severity):
                best[key] = h
        kept = list(best.values())
        # A hit inside a longer hit of the same category adds nothing ("fuck" in "fuck off").
        kept.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit] = []
        # reach[(category, r)]: furthest end of a kept hit of that category at severity >= r;
        # hits come sorted by start, so a hit ending before it lies inside a kept one.
        reach: dict[tuple[str, int], int] = {}
        for h in kept:
            rank = sev_rank(h.severity)
            if reach.get((h.category, rank), -1) >= h.end:
                continue
            out.append(h)
            for r in range(rank + 1):
                slot = (h.category, r)
                if reach.get(slot, -1) < h.end:
                    reach[slot] = h.end
        return out
