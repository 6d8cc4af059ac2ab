"""The bundled learned model: loads, predicts deterministically, explains every hit with spans."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.scoring.model import (
    FORMAT_VERSION,
    Featurizer,
    LinearModel,
    ModelHit,
    load_default_model,
)

OFFENSIVE = "shut up you stupid fucking idiot, you are a worthless piece of shit"
INNOCENT = "Lovely morning at the farmers market, the peaches are in season again."


@pytest.fixture(scope="module")
def model() -> LinearModel:
    loaded = load_default_model()
    assert loaded is not None, "auditor/scoring/data/model.json is missing"
    return loaded


def labels(hits: list[ModelHit]) -> set[str]:
    return {h.label for h in hits}


def test_bundled_model_loads_with_both_labels_and_metadata(model: LinearModel) -> None:
    assert model.labels == ("offensive", "hate")
    assert all(0 < t < 1 for t in model.thresholds)
    assert model.meta["feature_count"] == len(model.weights)
    assert "MIT" in model.meta["licence"]
    assert "GloVe" in model.meta["licence"] and "VADER" in model.meta["licence"]
    # format 2: word clusters, lexicon scores and GloVe scores are all there
    assert len(model.clusters) == len(model.glove) > 10_000
    assert model.lexicon and model.glove_labels == ("offensive",)
    assert any(f.startswith(model.cluster_feature) for f in model.weights)


def test_obviously_offensive_sentence_is_hit_with_its_words(model: LinearModel) -> None:
    hits = model.predict(OFFENSIVE)
    assert "offensive" in labels(hits)
    hit = next(h for h in hits if h.label == "offensive")
    named = {w.token.lower() for w in hit.words}
    assert named & {"fucking", "idiot", "shit", "stupid"}


def test_innocent_sentence_is_not_hit(model: LinearModel) -> None:
    assert model.predict(INNOCENT) == []


def test_obfuscated_profanity_reads_like_the_plain_word(model: LinearModel) -> None:
    plain = model.probabilities("what the fuck is this")["offensive"]
    for masked in ("what the f*ck is this", "what the fuuuuck is this", "what the f u c k is this"):
        assert model.probabilities(masked)["offensive"] == pytest.approx(plain)


def test_hit_words_have_spans_inside_the_original_text(model: LinearModel) -> None:
    text = "  @someone ＹＯＵ are a f***ing idiot!!! http://example.invalid/x  "
    hits = model.predict(text)
    assert hits, "expected the model to flag this text"
    for hit in hits:
        assert 1 <= len(hit.words) <= 5
        assert all(w.weight > 0 for w in hit.words)
        for w in hit.words:
            assert 0 <= w.start < w.end <= len(text)
            assert text[w.start : w.end] == w.token


def test_prediction_is_deterministic(model: LinearModel) -> None:
    first = model.predict(OFFENSIVE)
    again = load_default_model()
    assert again is not None
    assert again.predict(OFFENSIVE) == first
    assert model.predict(OFFENSIVE) == first


def test_featurizer_normalises_leet_stretch_width_and_spacing() -> None:
    feat = Featurizer({"fuck": 1.0, "shit": 1.0, "asshole": 1.0})
    text = "@bob sh!t a$$hole fuuuuck ｆｕｃｋ s.h.i.t f u c k https://x.invalid/a 2024"
    norms = [t[0] for t in feat.tokens(text)]
    assert norms == ["<user>", "shit", "asshole", "fuck", "fuck", "shit", "fuck", "<url>", "<num>"]
    assert feat.norms(text) == norms


def test_model_file_of_another_format_is_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        LinearModel.from_dict({"format": FORMAT_VERSION + 1})


def test_handmade_model_explains_with_weights_and_threshold() -> None:
    tiny = LinearModel(
        ("offensive", "hate"),
        (-1.0, -5.0),
        (0.5, 0.5),
        {"idiot": (4.0, 0.0), "you idiot": (2.0, 0.0), "nice": (-3.0, 0.0)},
    )
    hits = tiny.predict("you IDIOT")
    assert [h.label for h in hits] == ["offensive"]
    words = hits[0].words
    assert words[0].token == "IDIOT"
    assert {w.token for w in words} == {"IDIOT", "you"}
    assert tiny.predict("nice idiot") == []


BUNDLED = load_default_model()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_predicts_without_error(text: str) -> None:
    model = BUNDLED
    assert model is not None
    for hit in model.predict(text):
        assert hit.label in model.labels
        for w in hit.words:
            assert text[w.start : w.end] == w.token


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab $*!@._-'’ \u200bxｆ1\n"), max_size=40) | st.text())
def test_first_spans_agree_with_a_full_tokenisation(text: str) -> None:
    feat = Featurizer({"ab": 1.0})
    tokens = feat.tokens(text)
    assert [t[0] for t in tokens] == feat.norms(text)
    first: dict[str, tuple[int, int]] = {}
    for norm, start, end in tokens:
        first.setdefault(norm, (start, end))
    assert feat.first_spans(text, feat.read(text)[0], list(first)) == first


def test_hostile_long_posts_predict(model: LinearModel) -> None:
    masked = " ".join(f"f{'*' * (i % 50)}k{i}" for i in range(2000))
    stretched = "a" * 100_000 + " fuuuu" + "u" * 10_000 + "ck"
    spaced = "f u c k " * 5_000
    for text in (masked, stretched, spaced):
        for hit in model.predict(text):
            for w in hit.words:
                assert text[w.start : w.end] == w.token
    assert "offensive" in labels(model.predict(stretched))


def _reference_probabilities(model: LinearModel, text: str) -> dict[str, float]:
    """The model's definition, straight from the training analyser's feature list."""
    words = list(dict.fromkeys(model.featurizer.norms(text)))
    clusters = [f"{model.cluster_feature}{model.clusters[w]}" for w in words if w in model.clusters]
    feats = model.featurizer.analyze(text) + clusters
    if not feats:
        return {
            label: 1 / (1 + math.exp(-b)) for label, b in zip(model.labels, model.bias, strict=True)
        }
    scale = 1 / math.sqrt(len(feats))
    in_glove = [w for w in words if w in model.glove]
    out = {}
    for li, label in enumerate(model.labels):
        z = model.bias[li] + scale * sum(model.weights.get(f, (0.0, 0.0))[li] for f in feats)
        z += sum(model.lexicon.get(w, (0.0, 0.0))[li] for w in words) / len(words)
        if label in model.glove_labels and in_glove:
            gi = model.glove_labels.index(label)
            z += sum(model.glove[w][gi] for w in in_glove) / math.sqrt(len(in_glove))
        out[label] = 1 / (1 + math.exp(-z))
    return out


def test_fast_scoring_agrees_with_the_training_features() -> None:
    # The scorer keys bigrams by word pair; a word whose compatibility form holds a space
    # (U+FDFA) switches it to joined text, as training does. Both must give the same numbers.
    fresh = load_default_model()
    assert fresh is not None
    texts = [OFFENSIVE, INNOCENT, "you are a b1tch, fuuuuck you @user", "", "go home go home"]
    spaced = "peace be upon him \ufdfa you idiot \ufdfa"
    for text in [*texts, spaced, *texts]:
        got = fresh.probabilities(text)
        want = _reference_probabilities(fresh, text)
        assert got == pytest.approx(want, abs=1e-9)
    assert fresh.featurizer.spaced


def _format2(**sections: object) -> LinearModel:
    """A handmade format-2 model: no feature weights unless given, bias -1 and -5."""
    data: dict[str, object] = {
        "format": 2,
        "labels": ["offensive", "hate"],
        "bias": [-1.0, -5.0],
        "thresholds": [0.5, 0.5],
        "weights": {},
        "vocabulary": "awful\nfriend\nfriends",
        "clusters": {"feature": "k4:", "ids": [1, 0, 0]},
    }
    data.update(sections)
    return LinearModel.from_dict(data)


def test_a_words_cluster_weight_changes_its_score() -> None:
    plain = _format2()
    clustered = _format2(weights={"k4:0": [3.0, 0.0]})
    assert plain.probabilities("friend")["offensive"] == pytest.approx(1 / (1 + math.e))
    # "friend": the word, its prefix, 15 character n-grams and its cluster: 18 features
    z = -1.0 + 3.0 / math.sqrt(18)
    assert clustered.probabilities("friend")["offensive"] == pytest.approx(1 / (1 + math.exp(-z)))
    # the other word of the cluster gets it too; a word of another cluster does not
    friends = plain.probabilities("friends")["offensive"]
    assert clustered.probabilities("friends")["offensive"] > friends
    assert clustered.probabilities("awful")["offensive"] == pytest.approx(1 / (1 + math.e))


def test_explanations_credit_lexicon_and_glove_scores_to_their_words() -> None:
    model = _format2(
        lexicon={"awful": [4.0, 0.0]},
        glove={"labels": ["offensive"], "scores": [[1.5, 0.0, 0.0]]},
    )
    # lexicon: 4.0 / 2 distinct words; GloVe: 1.5 / sqrt(1 word in the vocabulary)
    (hit,) = model.predict("so awful")
    assert hit.label == "offensive"
    assert [(w.token, w.weight) for w in hit.words] == [("awful", 3.5)]
    assert hit.probability == pytest.approx(1 / (1 + math.exp(-(-1.0 + 3.5))))
    # GloVe scores divide by sqrt(words in the vocabulary): "friend" (score 0) counts
    assert model.probabilities("awful friend")["offensive"] == pytest.approx(
        1 / (1 + math.exp(-(-1.0 + 4.0 / 2 + 1.5 / math.sqrt(2))))
    )


def test_format_1_files_still_load_and_mismatched_sections_are_refused() -> None:
    old = LinearModel.from_dict(
        {"format": 1, "labels": ["x"], "bias": [0.0], "thresholds": [0.5], "weights": {"a": [1]}}
    )
    assert old.probabilities("a")["x"] > 0.5
    with pytest.raises(ValueError, match="one value per word"):
        _format2(clusters={"feature": "k4:", "ids": [1, 0]})
    with pytest.raises(ValueError, match="GloVe"):
        _format2(glove={"labels": ["offensive"], "scores": [[1.0, 2.0]]})


def test_a_label_above_threshold_without_words_names_none() -> None:
    model = _format2(bias=[2.0, -5.0], lexicon={"awful": [4.0, 0.0]})
    (hit,) = model.predict("")
    assert (hit.label, hit.words) == ("offensive", ())
