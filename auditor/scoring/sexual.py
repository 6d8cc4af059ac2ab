"""Sexual remarks about a person: a wish to see or get them naked, a compliment on a body part,
a sex verb with the person as its object ("would smash ...", "bend her over the desk"), calling
them hot, judging or ranking them in bed, "hung like", "undressing me with his eyes", a
person's posture watched ("leans over the desk in that blouse"), a proposition to someone
addressed ("back to mine ... no need to pack pyjamas"), innuendo ("if you catch my drift")
about a person's body, a job said to be got by sex ("hired for what she does after hours"),
and a sexual emoji pair in a sentence about someone.

None of these rules fires on a word alone: each needs the person the remark is about, an
@mention, a pronoun or a person noun ("the new intern"). Tokens are lower-cased, so only the
emoji rule, which reads the post's text, takes a capitalised word for a name. The words are in
`structures`.

This module is the entry point: `sexual_advances` visits the tokens a remark can rest on and
hands each to the rule for its word, in `sexual_body` (a body, looks, posture), `sexual_acts`
(sex acts, bed, a job got by sex), `sexual_propositions` (propositions, innuendo) and
`sexual_scenes` (scenes), then reads the post's emoji with `sexual_emoji`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from auditor.scoring.context import StructHit
from auditor.scoring.normalize import Token
from auditor.scoring.sexual_acts import hired_for_sex, in_bed, sex_act, sex_act_alone
from auditor.scoring.sexual_body import (
    bent_over,
    body_compliment,
    body_in_clothes,
    called_attractive,
    hung,
    naked_wish,
    posture,
    touch_wish,
    undressing,
)
from auditor.scoring.sexual_emoji import SEX_EMOJI, emoji_pairs
from auditor.scoring.sexual_propositions import innuendo, proposition
from auditor.scoring.sexual_scenes import SCENE_WORDS, scene_at
from auditor.scoring.structures import (
    ATTRACTIVE,
    BODY_PARTS,
    HUNG,
    INNUENDO_ENDS,
    LEAN,
    NAKED,
    PROPOSITION_ENDS,
    SEX_ACTS,
    SEX_STATE,
    TOUCH,
    UNDRESSING,
    canons,
)

__all__ = ["SEX_EMOJI", "sexual_advances"]


def sexual_advances(seq: Sequence[Token], original: str = "") -> Iterator[StructHit]:
    """Sexual remarks about a person: a wish to see or get them naked, a compliment on a body
    part, a sex verb with the person as its object, calling them hot, judging them in bed, and
    (given the post's text: emoji are not tokens) a sexual emoji pair in a sentence about a
    person."""
    cs = canons(seq)
    # Every rule starts from one of these words: visit those tokens alone, in order.
    for i in compress(range(len(cs)), map(SEX_STATE.__contains__, cs)):
        found = _remark_at(seq, cs, i, original)
        if found is not None:
            yield found
    if original and any(e in original for e in SEX_EMOJI):
        yield from emoji_pairs(seq, cs, original)


def _remark_at(seq: Sequence[Token], cs: list[str], i: int, original: str = "") -> StructHit | None:
    """The sexual remark resting on token i, if any (`cs`: `canon` of every token). Without the
    post's text (`original`), names, "?" and emoji are not read. `sexual_advances` calls it only
    on tokens in `SEX_STATE`; it reads any token, so a test can run it on all of them."""
    c = cs[i]
    if c in NAKED:
        return naked_wish(seq, cs, i)
    if c in BODY_PARTS:
        return body_compliment(seq, cs, i) or body_in_clothes(seq, cs, i)
    if c in SEX_ACTS:
        return sex_act(seq, cs, i) or sex_act_alone(seq, cs, original, i)
    if c in ATTRACTIVE:
        return called_attractive(seq, cs, i)
    if c in TOUCH:
        return touch_wish(seq, cs, i)
    if c in _BED:
        return in_bed(seq, cs, i)
    if c in LEAN:
        return bent_over(seq, cs, i) or posture(seq, cs, original, i)
    if c in HUNG:
        return hung(seq, cs, i)
    if c in UNDRESSING:
        return undressing(seq, cs, i)
    if c in PROPOSITION_ENDS:
        return proposition(seq, cs, original, i)
    if c in INNUENDO_ENDS:
        return innuendo(seq, cs, original, i)
    if c in SCENE_WORDS:
        return scene_at(seq, cs, original, i)
    return hired_for_sex(seq, cs, i)


_BED = frozenset(("bed", "sack", "sheets"))
