"""Crisis language in a client's new words: a corpus of real-sounding mail, scored.

`pytest -s tests/test_crisis.py` prints precision and recall on the corpus. The corpus was
written together with the rules, so these numbers are a floor the rules must keep, not an
independent estimate of how they do on mail they have never seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.crisis import LANGUAGES, crisis_in, crisis_kind, normalise
from daemon.intake import parse

CORPUS = Path(__file__).parent / "data" / "crisis"


def examples(name: str) -> list[tuple[str, str]]:
    out = []
    for line in (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, text = line.split(":", 1)
            out.append((language.strip(), text.strip()))
    return out


POSITIVE = examples("positive")
NEGATIVE = examples("negative")


def test_the_corpus_is_big_enough_in_both_languages() -> None:
    assert len(POSITIVE) >= 80 and len(NEGATIVE) >= 80
    for language in ("en", "de"):
        assert sum(1 for lang, _ in POSITIVE if lang == language) >= 30
        assert sum(1 for lang, _ in NEGATIVE if lang == language) >= 30


def test_every_crisis_in_the_corpus_is_caught_and_few_false_alarms() -> None:
    missed = [text for _, text in POSITIVE if not crisis_in(text)]
    false_alarms = [text for _, text in NEGATIVE if crisis_in(text)]
    caught = len(POSITIVE) - len(missed)
    recall = caught / len(POSITIVE)
    precision = caught / (caught + len(false_alarms))
    print(
        f"\ncrisis corpus: {len(POSITIVE)} positive, {len(NEGATIVE)} negative; "
        f"recall {recall:.3f}, precision {precision:.3f}"
    )
    for text in false_alarms:
        print(f"  false alarm (accepted): {text}")
    assert missed == []
    assert precision >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just tired.",
        "I am not going to hurt myself.",
        "I’m not going to kill myself, I promise.",
        "Ich will mich nicht umbringen, keine Sorge.",
    ],
)
def test_a_negated_crisis_is_still_flagged_because_the_therapist_wants_to_know(
    text: str,
) -> None:
    assert crisis_in(text)


@pytest.mark.parametrize(
    "text",
    ["My friend said she wanted to end it all.", "Mein Freund sagt, er will nicht mehr leben."],
)
def test_reported_speech_is_flagged(text: str) -> None:
    assert crisis_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't go on like this",
        "I can’t go on like this",
        "I cant go on like this",
        "I cannot go on like this",
        "I can not go on like this",
        "I CAN'T GO ON LIKE THIS",
        "I can\u2019t\u00a0go\non like this",
        "I can't go on like th\u00adis",
    ],
)
def test_apostrophes_case_and_odd_whitespace_do_not_hide_a_crisis(text: str) -> None:
    assert crisis_in(text)


@pytest.mark.parametrize(
    "text",
    ["Ich bin lebensmüde", "Ich bin lebensmuede", "Ich bin lebensmu\u0308de", "ICH BIN LEBENSMÜDE"],
)
def test_umlauts_in_any_spelling_and_composition_match(text: str) -> None:
    assert crisis_in(text)


def test_fullwidth_and_compatibility_characters_are_normalised() -> None:
    assert normalise("ＳＵＩＣＩＤＥ") == "suicide"
    assert crisis_in("ｓｕｉｃｉｄａｌ")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I want to kill myself", "suicide"),
        ("I've been cutting myself", "self-harm"),
        ("I overdosed", "overdose"),
        ("I can't go on", "hopelessness"),
        ("I don't feel safe at home", "safety"),
        ("Ich habe mich geritzt", "self-harm"),
        ("Ich habe eine Überdosis genommen", "overdose"),
    ],
)
def test_the_category_is_reported_never_the_words(text: str, kind: str) -> None:
    assert crisis_kind(text) == kind


def test_extra_words_from_the_config_count_as_whole_words_after_normalisation() -> None:
    extra = ["Dunkle Gedanken", "noose"]
    assert crisis_kind("Ich habe wieder dunkle   Gedanken", extra) == "extra"
    assert crisis_in("I bought a NOOSE", extra)
    assert not crisis_in("the nooses of old ships", extra)
    assert not crisis_in("Ich habe wieder dunkle Gedanken")


def test_only_the_asked_languages_are_used() -> None:
    assert crisis_in("Ich will mich umbringen", languages=("de",))
    assert not crisis_in("Ich will mich umbringen", languages=("en",))
    assert crisis_in("Ich will mich umbringen", languages=("de-AT",))
    # A language without built-in phrases adds nothing; the config must supply extra words.
    assert not crisis_in("Je veux mourir", languages=("fr",))
    assert crisis_in("Je veux mourir", extra_words=["veux mourir"], languages=("fr",))
    assert frozenset({"en", "de"}) <= LANGUAGES


def test_empty_and_huge_texts_are_cheap_and_safe() -> None:
    assert not crisis_in("")
    assert not crisis_in("   \n ")
    assert not crisis_in("a" * 2_000_000)
    assert crisis_in("I want to die " + "x" * 2_000_000)


@pytest.mark.parametrize(
    "name", ["reply_crisis_only_in_quote.eml", "antwort_krise_nur_im_zitat.eml"]
)
def test_a_crisis_quoted_from_an_earlier_mail_is_not_a_new_one(name: str) -> None:
    message = parse((CORPUS / name).read_bytes())
    assert message.text and not crisis_in(message.text)
    assert crisis_in(message.full_text)
