"""The request model beside the rules (daemon/core/mail/intent_model.py): shipped as fitted
from the development corpus, adding requests only where the rules found none."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from daemon import intent_train
from daemon.core.mail import intent_model
from daemon.core.mail.intent import asks_to_talk
from daemon.core.textmodel import Linear, unpacked
from tests.rig.fits import assert_same_fit


def test_the_shipped_model_is_the_one_the_dev_corpus_fits() -> None:
    """Nobody can slip other mail (a held-out corpus) into the model unnoticed: refit with
    `python -m daemon.intent_train` after changing the dev corpus."""
    shipped = Linear.from_dict(unpacked("daemon.core.mail", intent_model.SHIPPED))
    assert_same_fit(shipped, intent_train.trained())


def test_fitting_refuses_anything_but_the_dev_corpus(tmp_path: Path) -> None:
    held_out = tmp_path / "heldout"
    held_out.mkdir()
    assert intent_train.main([str(held_out)]) == 2


def test_what_the_rules_find_stays_found() -> None:
    text = "Could we have a quick call this week?"
    assert asks_to_talk(text)
    assert intent_model.asks(text)


def test_the_model_reads_the_subject_as_a_first_sentence() -> None:
    assert intent_model.joined("see body", "Quick call?") == "Quick call?\n\nsee body"
    assert intent_model.joined("see body", "  ") == "see body"


def test_mail_that_only_mentions_calls_stays_quiet() -> None:
    for text in (
        "No need to call, the exercise helped. See you Tuesday.",
        "Thanks for the call yesterday, it really helped.",
        "I have to cancel Tuesday's session, my phone is broken.",
        "Please find attached the invoice for October.",
    ):
        assert not intent_model.asks(text), text


def test_nothing_to_judge_is_no_request() -> None:
    assert intent_model.score("") is None
    assert not intent_model.asks("")
    assert not intent_model.asks("ok")


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=2_000), st.integers(min_value=1, max_value=60))
def test_any_text_gets_an_answer(text: str, repeat: int) -> None:
    """Hostile input: any text, up to 120 KB, gets a plain yes or no (the model reads the
    first textmodel.MAX_WORDS words only)."""
    assert intent_model.asks(text * repeat) in (True, False)
