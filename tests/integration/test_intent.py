"""Request intent: the development corpus, near misses and requests in three languages, and
hostile input. The held-out corpus (tests/data/intent/heldout/) is for the lead's measurement
only: nothing here reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.intent_eval import examples, figures
from daemon.core.mail.intent import MAX_SCAN, asks_to_talk, normalise
from tests.rig.practice import Practice, mail, offered_starts

DEV = Path(__file__).parent.parent / "data" / "intent" / "dev"


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_development_corpus_is_read_well(language: str) -> None:
    corpus = examples(DEV / f"{language}.txt")
    requests = sum(wanted for wanted, _ in corpus)
    assert requests >= 70 and len(corpus) - requests >= 70
    tp, fn, fp, _, _ = figures(corpus)
    assert tp / (tp + fn) >= 0.97, "recall"
    assert tp / (tp + fp) >= 0.97, "precision"


@pytest.mark.parametrize(
    "text",
    [
        "Können wir kurz telefonieren? Es geht mir nicht gut.",
        "¿Podemos hablar un momento?",
        "could you ring me back",
        "is there any chance of a quick chat",
        "hätten Sie kurz Zeit für ein Gespräch",
        "¿me puedes llamar?",
        # Without accents, umlauts or capitals, as phones and foreign keyboards type them.
        "podriamos hablar por telefono?",
        "koennten wir kurz telefonieren",
        "konnen wir telefonieren?",
        "LLÁMAME CUANDO PUEDAS",
        # Over a wrapped line.
        "Hi Robin, I was hoping we could\nspeak briefly on the phone.",
        "Quick call?",
        "¿Hablamos?",
    ],
)
def test_requests_in_any_language(text: str) -> None:
    assert asks_to_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have to cancel Tuesday's session, my phone is broken",
        "No need to call, the exercise helped",
        "I got the ring back",
        "I'll call the insurance",
        "Please send the invoice for October.",
        "My new number is +49 171 2345678.",
        "thanks for the call yesterday",
        "we can talk about it in session",
        "Could we talk about my mother in our next session?",
        "Sie brauchen mich nicht anzurufen, die Übung hat geholfen.",
        "Ich muss noch meinen Hausarzt anrufen.",
        "Danke für das Telefonat gestern!",
        "No hace falta que me llames, el ejercicio me ayudó.",
        "Tengo que llamar a mi médico.",
        "Podemos hablarlo en la sesión.",
        "Talk soon,\nAnn",
        "",
    ],
)
def test_near_misses_are_no_request(text: str) -> None:
    assert not asks_to_talk(text)


def test_the_subject_counts_too() -> None:
    assert asks_to_talk("Hi Robin, Thursday or Friday would suit me.", "Could we talk?")
    assert not asks_to_talk("Hi Robin, see you Tuesday.", "Re: my phone")


def test_normalised_text_has_no_accents_and_spelled_out_umlauts() -> None:
    assert normalise("Können Sie mich ZURÜCKRUFEN? ¿Podrías llamarme mañana?") == (
        "koennen sie mich zurueckrufen? ¿podrias llamarme manana?"
    )


def test_only_the_start_of_a_huge_text_is_read() -> None:
    assert not asks_to_talk("x " * MAX_SCAN + "could we talk?")
    assert asks_to_talk("could we talk? " + "x " * MAX_SCAN)


HOSTILE = [
    "could we " * 5_000,
    "can we " + "a" * 200_000 + " talk",
    ("nicht " * 3_000) + "telefonieren",
    "?" * 100_000,
    "¿" + "podemos " * 10_000,
    ("ruf mich " + "bitte " * 50) * 300,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_read_without_error(text: str) -> None:
    assert isinstance(asks_to_talk(text, text), bool)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600), st.text(max_size=100))
def test_never_raises(text: str, subject: str) -> None:
    assert isinstance(asks_to_talk(text, subject), bool)


# --- a whole practice, with the default settings (no keywords) ----------------------------


def test_a_practice_without_keywords_answers_intent_and_leaves_near_misses_alone(
    practice: Practice,
) -> None:
    mail_config = practice.config.mail
    triggers = mail_config.triggers.model_copy(update={"keywords": ()})
    practice.config = practice.config.model_copy(
        update={"mail": mail_config.model_copy(update={"triggers": triggers})}
    )
    practice.imap.append(
        mail("I have to cancel Tuesday's session, my phone is broken.", subject="Tuesday")
    )
    practice.imap.append(
        mail(
            "Hallo Robin,\n\nes geht mir nicht gut.\n\nAnn", subject="Können wir kurz telefonieren?"
        )
    )
    practice.once()
    [offer] = practice.sent()
    assert offer["Subject"] == "Re: Können wir kurz telefonieren?"
    assert len(offered_starts(offer)) == 3
    # The near miss stays exactly as it was: unread, unflagged, unanswered.
    near_miss = min(practice.flags())
    assert practice.flags()[near_miss] == ()
