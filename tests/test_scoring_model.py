"""The learned signal: its hits become explained findings behind the `[model]` policy switch."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, engine, load_policy
from auditor.scoring.model import ModelHit, WordWeight


@dataclass
class FakeModel:
    """Stands in for LinearModel: fixed hits for texts containing a marker word."""

    hits: dict[str, list[ModelHit]]
    meta: dict[str, str]

    def predict(self, text: str) -> list[ModelHit]:
        return [h for marker, hs in self.hits.items() if marker in text for h in hs]


def hit(text: str, label: str, p: float, *words: str) -> ModelHit:
    out = []
    for w in words:
        start = text.index(w)
        out.append(WordWeight(start, start + len(w), w.lower(), 1.0 - 0.1 * len(out)))
    return ModelHit(label, p, tuple(out))


RUDE = "what a snollygoster you are"
PLAIN = "such a snollygoster move"
GROUP = "those zorblats again"
FAINT = "a faint glimmer"
MOBY = "reading Moby Dick"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeModel:
    model = FakeModel(
        {
            "you are": [hit(RUDE, "offensive", 0.93, "snollygoster", "you")],
            "move": [hit(PLAIN, "offensive", 0.85, "snollygoster")],
            "zorblats": [hit(GROUP, "hate", 0.9, "zorblats")],
            "glimmer": [hit(FAINT, "offensive", 0.75, "glimmer")],
            "Moby": [hit(MOBY, "offensive", 0.95, "Dick", "Moby")],
        },
        {"version": "fake-1"},
    )
    monkeypatch.setattr(engine, "default_model", lambda: model)
    return model


def test_offensive_hit_at_a_person_is_an_insult(fake: FakeModel) -> None:
    score = Scorer(load_policy(), Organization()).score(RUDE)
    (f,) = score.findings
    assert (f.category, f.rule, f.severity) == ("insult", "model.offensive", "medium")
    assert f.matched == "snollygoster" and RUDE[f.start : f.end] == "snollygoster"
    assert "'snollygoster'" in f.explanation and "'you'" in f.explanation
    assert "0.93" in f.explanation


def test_untargeted_offensive_hit_is_profanity(fake: FakeModel) -> None:
    (f,) = Scorer(load_policy(), Organization()).score(PLAIN).findings
    assert (f.category, f.rule) == ("profanity", "model.offensive")


def test_hate_hit(fake: FakeModel) -> None:
    score = Scorer(load_policy(), Organization()).score(GROUP)
    (f,) = score.findings
    assert (f.category, f.rule, f.severity) == ("hate", "model.hate", "medium")
    assert band_rank(score.band) == band_rank("medium")


def test_weak_hit_is_low_below_the_policys_medium_probability(
    fake: FakeModel, tmp_path: Path
) -> None:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\n[model]\nmedium_probability = 0.8\n', encoding="utf-8")
    (f,) = Scorer(load_policy(path), Organization()).score(FAINT).findings
    assert f.severity == "low"


def test_default_policy_counts_a_hit_at_the_models_threshold_as_medium(fake: FakeModel) -> None:
    text = "you faint shimmer of gloom"
    fake.hits["gloom"] = [hit(text, "offensive", 0.55, "shimmer", "gloom")]
    (f,) = Scorer(load_policy(), Organization()).score(text).findings
    assert f.severity == "medium"


def test_one_word_with_nobody_addressed_is_a_note_not_a_review(fake: FakeModel) -> None:
    ugly = "so ugly today"
    fake.hits["ugly"] = [hit(ugly, "offensive", 0.75, "ugly")]
    findings = Scorer(load_policy(), Organization()).score(ugly).findings
    (f,) = [f for f in findings if f.rule == "model.offensive"]
    assert (f.rule, f.severity) == ("model.offensive", "low")
    assert "one word only and nobody addressed" in f.explanation
    aimed = "@sam what a wazzock"
    fake.hits["wazzock"] = [hit(aimed, "offensive", 0.75, "wazzock")]
    (g,) = Scorer(load_policy(), Organization()).score(aimed).findings
    assert (g.category, g.severity) == ("insult", "medium")
    about = "the more she talks the wazzier she looks"
    fake.hits["wazzier"] = [hit(about, "offensive", 0.75, "wazzier")]
    (h,) = Scorer(load_policy(), Organization()).score(about).findings
    assert (h.category, h.severity) == ("profanity", "medium")  # about someone: a review


def test_a_harmless_idiom_stops_the_models_reading(fake: FakeModel) -> None:
    text = "this cake is the bomb"
    fake.hits["cake"] = [hit(text, "offensive", 0.9, "bomb", "cake")]
    explained = Scorer(load_policy(), Organization()).explain(text)
    assert explained.score.findings == ()
    (miss,) = [n for n in explained.near_misses if n.rule == "model.offensive"]
    assert "the bomb" in miss.reason


def test_a_low_rule_hit_does_not_hide_the_models_medium_reading(fake: FakeModel) -> None:
    text = "you snollygoster move, crap"
    fake.hits["crap"] = [hit(text, "offensive", 0.8, "snollygoster", "move")]
    findings = Scorer(load_policy(), Organization()).score(text).findings
    assert {(f.rule, f.severity) for f in findings} >= {("model.offensive", "medium")}
    assert any(f.rule != "model.offensive" and f.severity == "low" for f in findings)


def test_model_never_names_a_secret(fake: FakeModel) -> None:
    text = "deploy failing, config: aws_access_key_id=AKIAEXAMPLEFAKEKEYZZ snollygoster"
    fake.hits["deploy"] = [hit(text, "offensive", 0.9, "AKIAEXAMPLEFAKEKEYZZ", "snollygoster")]
    score = Scorer(load_policy(), Organization()).score(text)
    assert "credentials" in score.categories
    for f in score.findings:
        assert "AKIAEXAMPLEFAKEKEYZZ" not in f.explanation + f.matched + f.decoded
    (m,) = (f for f in score.findings if f.rule == "model.offensive")
    assert m.matched == "snollygoster"


def test_exception_on_a_top_word_stops_the_hit(fake: FakeModel) -> None:
    result = Scorer(load_policy(), Organization()).explain(MOBY)
    assert result.score.findings == ()
    assert any(n.rule == "model.offensive" for n in result.near_misses)


def test_policy_switch_turns_the_model_off(fake: FakeModel, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\n[model]\nenabled = false\n', encoding="utf-8")
    off = Scorer(load_policy(path), Organization())
    assert off.score(RUDE).findings == ()
    assert off.policy_version != Scorer(load_policy(), Organization()).policy_version


def test_min_probability_from_the_policy(fake: FakeModel, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\n[model]\nmin_probability = 0.95\n', encoding="utf-8")
    assert Scorer(load_policy(path), Organization()).score(RUDE).findings == ()


def test_rule_findings_are_not_duplicated_by_the_model(fake: FakeModel) -> None:
    text = "what a snollygoster you are, fucking hell"
    rules = {f.rule for f in Scorer(load_policy(), Organization()).score(text).findings}
    assert "model.offensive" not in rules


def test_engine_works_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "default_model", lambda: None)
    score = Scorer(load_policy(), Organization()).score("fucking hell")
    assert score.findings and all(not f.rule.startswith("model.") for f in score.findings)


def test_real_model_if_installed_keeps_harmless_posts_clean() -> None:
    scorer = Scorer(load_policy(), Organization())
    for text in ("excited for the new season of Dexter", "reading Moby Dick"):
        assert scorer.score(text).band == "none"


def test_model_does_not_relabel_employer_criticism_as_abuse(fake: FakeModel) -> None:
    text = "Acme is such a snollygoster move, awful and terrible place to work"
    fake.hits["Acme"] = [hit(text, "offensive", 0.95, "awful", "terrible")]
    score = Scorer(load_policy(), Organization("Acme")).score(text)
    assert {f.category for f in score.findings} == {"employer_criticism"}


def test_default_policy_ignores_hits_below_its_floor(fake: FakeModel) -> None:
    text = "a faint whisper"
    fake.hits["whisper"] = [hit(text, "offensive", 0.45, "whisper")]
    assert Scorer(load_policy(), Organization()).score(text).findings == ()


def test_model_does_not_relabel_employer_criticism_as_hate(fake: FakeModel) -> None:
    text = "Acme sucks, awful place"
    fake.hits["sucks"] = [hit(text, "hate", 0.95, "sucks")]
    score = Scorer(load_policy(), Organization("Acme")).score(text)
    assert "hate" not in score.categories
    assert "employer_criticism" in score.categories


SWEAR = "oh fuck, what a day"
SWEAR_GROUP = "fuck all the immigrants"
SLUR = "shut up bitch"


INSULT = "ugh this idiot"


@pytest.fixture
def swearing(fake: FakeModel) -> None:
    """The fake model reads these posts as hate because of a swear word or an insult."""
    fake.hits["day"] = [hit(SWEAR, "hate", 0.9, "fuck")]
    fake.hits["idiot"] = [hit(INSULT, "hate", 0.9, "idiot", "this", "ugh")]
    fake.hits["immigrants"] = [hit(SWEAR_GROUP, "hate", 0.9, "fuck")]
    fake.hits["shut"] = [hit(SLUR, "hate", 0.9, "bitch")]


def test_a_hate_reading_resting_on_swearing_alone_is_not_hate(swearing: None) -> None:
    scorer = Scorer(load_policy(), Organization())
    explained = scorer.explain(SWEAR)
    assert "hate" not in explained.score.categories
    assert "profanity" in explained.score.categories  # the rules still see the swear word
    (miss,) = [n for n in explained.near_misses if n.rule == "model.hate"]
    assert "swear words or insults only" in miss.reason
    insult = scorer.explain(INSULT)
    assert "hate" not in insult.score.categories  # an insult and small words: not hate
    assert [n.rule for n in insult.near_misses] == ["model.hate"]


def test_a_hate_reading_stands_when_a_group_is_named_or_the_word_is_a_slur(
    swearing: None,
) -> None:
    scorer = Scorer(load_policy(), Organization())
    assert "hate" in scorer.score(SWEAR_GROUP).categories
    assert "hate" in scorer.score(SLUR).categories


RESPECT = "Happy International Women's Day to the women of our engineering team"
WELCOME = "We stand with immigrants and refugees"
GENERALISED = "women are the problem with this team"


@pytest.fixture
def groups(fake: FakeModel) -> None:
    """The fake model reads these posts as hate or offensive because of the group they name."""
    fake.hits["Happy"] = [hit(RESPECT, "hate", 0.9, "women", "Women's", "the")]
    fake.hits["stand"] = [
        hit(WELCOME, "offensive", 0.9, "refugees", "immigrants"),
        hit(WELCOME, "hate", 0.9, "immigrants"),
    ]
    fake.hits["problem"] = [hit(GENERALISED, "hate", 0.9, "women")]


def test_a_reading_resting_on_the_group_named_only_is_dropped(groups: None) -> None:
    scorer = Scorer(load_policy(), Organization())
    for text in (RESPECT, WELCOME):
        explained = scorer.explain(text)
        assert explained.score.findings == ()
        reasons = [n.reason for n in explained.near_misses if n.rule.startswith("model.")]
        assert reasons and all("rests on the group named only" in r for r in reasons)


def test_a_group_reading_stands_when_the_post_generalises_about_the_group(groups: None) -> None:
    score = Scorer(load_policy(), Organization()).score(GENERALISED)
    assert "hate" in score.categories


def test_real_model_if_installed_leaves_respectful_mentions_of_groups_alone() -> None:
    scorer = Scorer(load_policy(), Organization())
    if not scorer.uses_model:
        pytest.skip("this build has no bundled model")
    for text in (RESPECT, WELCOME, "Do we get to choose which women go first?"):
        assert scorer.score(text).band == "none", text
    assert "hate" in scorer.score("all muslims should leave").categories


def test_no_rude_word_and_nobody_aimed_at_is_a_note(fake: FakeModel) -> None:
    """A reading resting on words that are not rude ("a killer risotto", "dead tired") with
    nobody addressed or talked about asks for no review; naming a person, a group, a
    politician or addressing someone keeps the review."""
    scorer = Scorer(load_policy(), Organization())
    (f,) = scorer.score(FAINT).findings
    assert (f.rule, f.severity) == ("model.offensive", "low")
    assert "no rude word and nobody addressed or talked about" in f.explanation
    for text in (
        "@sam a dim shimmer again",
        "the customer left a dim shimmer",
        "she has a dim shimmer",
        "a dim shimmer from the senator",
    ):
        fake.hits[text] = [hit(text, "offensive", 0.75, "dim", "shimmer")]
        (g,) = [g for g in scorer.score(text).findings if g.rule == "model.offensive"]
        assert g.severity == "medium", text
    rude = "a dim shimmer of idiots"
    fake.hits[rude] = [hit(rude, "offensive", 0.75, "idiots", "shimmer")]
    assert scorer.score(rude).band == "medium"
    # a mild swear word (a low term of the policy: "crap", "damn") is no rude word here
    mild = "a dim shimmer of crap"
    fake.hits[mild] = [hit(mild, "offensive", 0.75, "crap", "shimmer")]
    assert scorer.score(mild).band == "low"


def test_real_model_if_installed_reads_workplace_idioms_as_notes_at_most() -> None:
    scorer = Scorer(load_policy(), Organization())
    if not scorer.uses_model:
        pytest.skip("this build has no bundled model")
    for text in (
        "Dead tired after three days of workshops, but worth it",
        "This killer lasagne recipe is a keeper",
        "Ugh, the train died outside Reading again",
    ):
        assert band_rank(scorer.score(text).band) < band_rank("medium"), text


def test_an_exception_for_a_slurs_harmless_sense_stops_a_reading_resting_on_it(
    fake: FakeModel,
) -> None:
    text = "faggots and gravy for tea, zorp"
    fake.hits["zorp"] = [hit(text, "offensive", 0.9, "faggots", "zorp")]
    explained = Scorer(load_policy(), Organization()).explain(text)
    assert explained.score.findings == ()
    (miss,) = [n for n in explained.near_misses if n.rule == "model.offensive"]
    assert "faggots and gravy" in miss.reason


def test_a_model_reading_resting_on_mild_swearing_is_a_note() -> None:
    """ "damn" and "bloody" are low terms of the policy: a reading of a post that addresses
    nobody and rests on them is a note, not a review; insults still count as rude words."""
    from auditor.models import Organization
    from auditor.scoring import Scorer, load_policy

    scorer = Scorer(load_policy(), Organization())
    assert scorer.score("Damn, what a week. Bloody brilliant work everyone.").band == "low"
    assert scorer.score("Karen in accounts is an ugly, fat cow").band != "low"


def _reading(text: str, *words: str) -> ModelHit:
    """A hate reading naming `words` as written in `text` (the real model names them so)."""
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    return ModelHit("hate", 0.95, tuple(WordWeight(s, e, text[s:e], 1.0) for s, e in spans))


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("The DJ played 'Snolly Goster Up' at the wedding, zorp", "low"),
        ('Rewatching "Snolly Goster" tonight, zorp', "low"),
        ("Rewatching “Snolly Goster” tonight, zorp", "low"),
        # Not a title: the words are not in quotation marks, are not capitalised, or the
        # quotation mark before them never closes.
        ("The DJ played Snolly Goster Up at the wedding, zorp", "medium"),
        ("he said 'snolly goster' again, zorp", "medium"),
        ('we need " more Snolly Goster here, zorp', "medium"),
    ],
)
def test_a_reading_resting_on_a_quoted_title_is_a_note(
    fake: FakeModel, text: str, band: str
) -> None:
    words = ("Snolly", "Goster") if "Snolly" in text else ("snolly", "goster")
    fake.hits["zorp"] = [_reading(text, *words)]
    (finding,) = Scorer(load_policy(), Organization()).score(text).findings
    assert (finding.rule, finding.severity) == ("model.hate", band)
    assert ("(a title)" in finding.explanation) is (band == "low")


@pytest.mark.parametrize(
    ("text", "band"),
    [
        # (each post names a person, so the reading is not a note for naming nobody)
        ("I'm such an idiot, left my laptop with a client", "low"),
        ("I am a complete moron: booked the wrong room for my manager", "low"),
        ("Honestly I was the biggest idiot at the quiz, the guys loved it", "low"),
        # a name the author reports being called
        ("A customer called me a total idiot at the till today", "low"),
        # Someone else: the reading stands.
        ("Kevin is such an idiot, left his laptop in the client's car", "medium"),
        # "me" in an earlier sentence does not make the next one about the author.
        ("Nobody asked me. Idiot manager booked the wrong room", "medium"),
    ],
)
def test_a_reading_resting_on_a_name_the_author_calls_themself_is_a_note(
    fake: FakeModel, text: str, band: str
) -> None:
    word = next(w for w in ("idiot", "moron", "Idiot") if w in text)
    start = text.index(word)
    fake.hits[word] = [
        ModelHit("offensive", 0.95, (WordWeight(start, start + len(word), word, 1.0),))
    ]
    score = Scorer(load_policy(), Organization()).score(text)
    (reading,) = [f for f in score.findings if f.rule == "model.offensive"]
    assert reading.severity == band
    said = "reports being called" if "called me" in text else "calls themself"
    assert (said in reading.explanation) is (band == "low")


@pytest.mark.parametrize(
    ("text", "word", "band"),
    [
        ("I will crush all of you at the pub quiz, zorp", "crush", "low"),
        ("Sorry guys, your fantasy team is dead, zorp", "dead", "low"),
        ("Kemal annihilated you at darts again, zorp", "annihilated", "low"),
        ("Mia will destroy you all at the bake-off, zorp", "destroy", "low"),
        # No game or contest: the reading stands.
        ("I will crush all of you at the office, zorp", "crush", "medium"),
        ("Sorry guys, your manager is dead, zorp", "dead", "medium"),
    ],
)
def test_violent_words_said_of_a_game_are_a_note(
    fake: FakeModel, text: str, word: str, band: str
) -> None:
    start = text.index(word)
    fake.hits["zorp"] = [
        ModelHit(
            "offensive",
            0.95,
            (WordWeight(start, start + len(word), word, 1.0), WordWeight(0, 1, text[0], 0.5)),
        )
    ]
    score = Scorer(load_policy(), Organization()).score(text)
    (reading,) = [f for f in score.findings if f.rule == "model.offensive"]
    assert reading.severity == band
    assert ("game or contest" in reading.explanation) is (band == "low")


def test_an_exception_for_a_sexual_words_harmless_sense_stops_a_reading_resting_on_it() -> None:
    """Birds ("blue tits", "coal tits") are exceptions of the sexual category; the model's
    offensive reading resting on the same word is stopped too."""
    scorer = Scorer(load_policy(), Organization())
    for text in (
        "Two coal tits and a long-tailed tit on the feeder this morning",
        "Great views of blue tits and a robin today",
    ):
        assert band_rank(scorer.score(text).band) < band_rank("low"), text
    assert band_rank(scorer.score("nice tits on the new receptionist").band) >= band_rank("medium")
