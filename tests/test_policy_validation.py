"""Policy files: the bundled default loads; errors name the file, the line and the problem;
a user file replaces the default or, with `extends = "default"`, adds to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.scoring import CATEGORIES, PolicyError, load_policy
from auditor.scoring.policy import THRESHOLD_KEYS, nests_quantifiers


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error(tmp_path: Path, text: str) -> PolicyError:
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value).startswith(f"{path}:{info.value.line}: ")
    return info.value


def test_bundled_default_defines_every_category() -> None:
    policy = load_policy()
    assert set(policy.categories) == set(CATEGORIES)
    assert all(c.enabled and c.guidance and c.description for c in policy.categories.values())
    assert list(policy.thresholds) == list(THRESHOLD_KEYS)
    assert policy.warnings == []


def test_bundled_default_is_read_as_package_data() -> None:
    from importlib import resources

    text = resources.files("auditor.scoring").joinpath("default_policy.toml").read_text("utf-8")
    assert "[categories.profanity]" in text


def test_unknown_category_key_names_its_line(tmp_path: Path) -> None:
    exc = error(
        tmp_path,
        'extends = "default"\n\n[categories.profanity]\nseverity = "high"\nsevertiy = "low"\n',
    )
    assert exc.line == 5
    assert "unknown key 'severtiy'" in exc.message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    exc = error(tmp_path, 'extends = "default"\ncolour = "blue"\n')
    assert (exc.line, "unknown key 'colour'" in exc.message) == (2, True)


def test_unknown_category(tmp_path: Path) -> None:
    exc = error(tmp_path, 'extends = "default"\n[categories.gossip]\nseverity = "low"\n')
    assert exc.line == 2
    assert "unknown category 'gossip'" in exc.message


def test_bad_severity_names_the_line(tmp_path: Path) -> None:
    exc = error(tmp_path, 'extends = "default"\n[categories.drugs]\n\nseverity = "huge"\n')
    assert exc.line == 4
    assert "'huge'" in exc.message


def test_bad_term_severity_points_at_the_term(tmp_path: Path) -> None:
    text = (
        'extends = "default"\n[categories.drugs]\nterms = [\n  "ok",\n'
        '  { term = "bad", severity = "extreme" },\n]\n'
    )
    assert error(tmp_path, text).line == 5


def test_invalid_regex_names_the_pattern_line(tmp_path: Path) -> None:
    text = 'extends = "default"\n[categories.pii]\npatterns = [\n  "ok+",\n  "broken(",\n]\n'
    exc = error(tmp_path, text)
    assert exc.line == 5
    assert "invalid regular expression 'broken('" in exc.message


def test_pattern_matching_empty_text_is_rejected(tmp_path: Path) -> None:
    exc = error(tmp_path, 'extends = "default"\n[categories.pii]\npatterns = ["x*"]\n')
    assert "matches empty text" in exc.message


def test_thresholds_must_increase(tmp_path: Path) -> None:
    exc = error(tmp_path, 'extends = "default"\n[thresholds]\nlow = 50\nmedium = 40\n')
    assert exc.line == 2
    assert "increase" in exc.message


def test_threshold_out_of_range(tmp_path: Path) -> None:
    exc = error(tmp_path, 'extends = "default"\n[thresholds]\nhigh = 300\n')
    assert exc.line == 3


def test_employer_criticism_cannot_exceed_medium(tmp_path: Path) -> None:
    exc = error(
        tmp_path, 'extends = "default"\n[categories.employer_criticism]\nseverity = "high"\n'
    )
    assert exc.line == 3
    assert "protected activity" in exc.message


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    exc = error(tmp_path, 'extends = "default"\n[thresholds\nlow = 1\n')
    assert exc.line == 2
    assert "not valid TOML" in exc.message


def test_wrong_types(tmp_path: Path) -> None:
    assert error(tmp_path, 'extends = "default"\n[categories.drugs]\nenabled = "yes"\n').line == 3
    assert error(tmp_path, 'extends = "default"\n[categories.drugs]\nterms = "weed"\n').line == 3
    assert error(tmp_path, 'extends = "other"\n').line == 1
    assert error(tmp_path, 'extends = "default"\n[model]\nmin_probability = 2\n').line == 3


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path / "absent.toml")
    assert "cannot read" in info.value.message


def test_extend_adds_terms_and_replaces_scalars(tmp_path: Path) -> None:
    default = load_policy()
    path = write(
        tmp_path,
        'extends = "default"\n[thresholds]\nlow = 10\n'
        '[categories.drugs]\nseverity = "high"\nterms = ["moonjuice"]\n',
    )
    policy = load_policy(path)
    drugs = policy.categories["drugs"]
    assert drugs.severity == "high"
    assert [t.text for t in drugs.terms][-1] == "moonjuice"
    assert len(drugs.terms) == len(default.categories["drugs"].terms) + 1
    assert policy.thresholds["low"] == 10
    assert policy.thresholds["high"] == default.thresholds["high"]
    assert set(policy.categories) == set(CATEGORIES)


def test_replace_keeps_only_what_the_file_defines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "[thresholds]\nlow = 10\nmedium = 30\nhigh = 60\ncritical = 90\n"
        '[categories.drugs]\nseverity = "high"\nguidance = "Talk to HR."\nterms = ["moonjuice"]\n',
    )
    policy = load_policy(path)
    assert list(policy.categories) == ["drugs"]
    assert [t.text for t in policy.categories["drugs"].terms] == ["moonjuice"]
    assert any("disabled" in w and "profanity" in w for w in policy.warnings)


def test_replace_needs_thresholds_and_guidance(tmp_path: Path) -> None:
    assert "missing thresholds" in error(tmp_path, '[categories.drugs]\nseverity = "low"\n').message
    exc = error(
        tmp_path,
        "[thresholds]\nlow = 10\nmedium = 30\nhigh = 60\ncritical = 90\n"
        '[categories.drugs]\nseverity = "low"\n',
    )
    assert exc.line == 6 and "guidance" in exc.message


def test_disabling_every_category_is_allowed_with_a_warning(tmp_path: Path) -> None:
    lines = ['extends = "default"'] + [f"[categories.{c}]\nenabled = false" for c in CATEGORIES]
    policy = load_policy(write(tmp_path, "\n".join(lines) + "\n"))
    assert policy.enabled_categories() == ()
    assert any("every category is disabled" in w for w in policy.warnings)


def test_dotted_keys_and_inline_tables_are_located(tmp_path: Path) -> None:
    dotted = 'extends = "default"\n[categories]\ndrugs.severity = "bad"\n'
    assert error(tmp_path, dotted).line == 3
    inline = 'extends = "default"\n\ncategories.drugs = { severity = "bad" }\n'
    assert error(tmp_path, inline).line == 3


def test_bom_and_windows_line_endings_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_bytes(b'\xef\xbb\xbfextends = "default"\r\n[thresholds]\r\nlow = 15\r\n')
    assert load_policy(path).thresholds["low"] == 15


@pytest.mark.parametrize(
    ("pattern", "nested"),
    [
        ("(a+)+$", True),
        ("(\\w+\\s?)*x", True),
        ("(?:ab*c){2,}", True),
        ("((a+)b)+", True),
        ("(ab)+", False),
        ("a+b+", False),
        ("(a+)?", False),
        ("[(]a+[)]+", False),
        ("\\(a+\\)+", False),
        ("[]()+]x+", False),
    ],
)
def test_nested_quantifiers_are_recognised(pattern: str, nested: bool) -> None:
    assert nests_quantifiers(pattern) is nested


def test_validate_warns_about_nested_quantifiers_with_their_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'extends = "default"\n[categories.profanity]\npatterns = [\n  "d[a@]mn",\n  "(a+)+$",\n]\n',
    )
    policy = load_policy(path)
    (warning,) = policy.warnings
    assert warning.startswith(f"{path}:5: pattern '(a+)+$' of categories.profanity ")
    assert "without the nesting" in warning
    assert policy.categories["profanity"].patterns[-2:] == ("d[a@]mn", "(a+)+$")


def test_a_policy_that_is_not_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(b'extends = "default"\n# caf\xe9\n')
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value) == (
        f"{path}:2: column 6: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )


def test_a_missing_policy_file_names_no_line(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value) == f"{path}: cannot read policy file: No such file or directory"
