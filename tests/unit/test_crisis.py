"""Crisis language in a client's new words, by risk category, in English, German and Spanish.

The development corpus (tests/data/crisis/dev/) is three authors: "0" (`en.txt`...), whose
wordings the first rules were tuned on, and "a" and "b" (`*-a.txt`, `*-b.txt`), from whose
misses the family rules (`crisis_families`) were written; the model is trained on all of it.
So its figures are a floor the detector must keep in-sample, not an estimate of how it does on
mail nobody here wrote: that is `bench/crisis_crossval.py` (leave one author out) and the
held-out corpus's job (see the end of this file).
`python bench/crisis_eval.py` prints the figures per language and category.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon import crisis_train
from daemon.core.mail.intake import parse
from daemon.core.safety import crisis, crisis_model
from daemon.core.safety.crisis import (
    ACTIVE,
    ACUTE,
    CATEGORIES,
    DANGER,
    EXTRA,
    HOPELESS,
    LANGUAGES,
    PASSIVE,
    PLAN,
    PREPARATORY,
    SELF_HARM,
    THIRD_PARTY,
    Finding,
    crisis_in,
    crisis_kind,
    detect,
    normalise,
)
from daemon.core.textmodel import unpacked
from tests.rig.fits import assert_same_fit

CORPUS = Path(__file__).parent.parent / "data" / "crisis"
DEV = CORPUS / "dev"


def examples(path: Path) -> list[tuple[str, str, str]]:
    """(language, label, text) of one corpus file: `<label>\\t<text>`, `\\n` a line break."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, _, text = line.partition("\t")
            out.append((path.stem, label.strip(), text.replace("\\n", "\n")))
    return out


DEV_EXAMPLES = [e for path in sorted(DEV.glob("*.txt")) for e in examples(path)]
DEV_POSITIVE = [e for e in DEV_EXAMPLES if e[1] != "none"]
DEV_NONE = [e for e in DEV_EXAMPLES if e[1] == "none"]


def test_the_dev_corpus_has_every_category_in_every_language_and_half_near_misses() -> None:
    minimum = {"en": (200, 10), "de": (200, 10), "es": (100, 6)}
    for language, (lines, per_category) in minimum.items():
        mine = [label for lang, label, _ in DEV_EXAMPLES if lang == language]
        assert len(mine) >= lines, language
        assert 0.4 <= mine.count("none") / len(mine) <= 0.6, language
        for category in CATEGORIES:
            if category != EXTRA:
                assert mine.count(category) >= per_category, (language, category)
        assert set(mine) <= {*CATEGORIES, "none"}


# The first author's examples (en.txt, de.txt, es.txt) are what the rules were written for:
# every one must be found. The other authors' are in-sample for the model only, whose
# threshold also has to keep ordinary mail quiet (see crisis_model.THRESHOLD), so they are
# held to the aggregate recall below rather than one by one.
RULES_OWN = [e for e in DEV_POSITIVE if "-" not in e[0]]


@pytest.mark.parametrize(("language", "label", "text"), RULES_OWN)
def test_every_crisis_the_rules_were_written_for_is_flagged(
    language: str, label: str, text: str
) -> None:
    assert detect(text) is not None


def test_dev_precision_and_category_rate() -> None:
    caught = [(label, detect(text)) for _, label, text in DEV_POSITIVE]
    alarms = [text for _, _, text in DEV_NONE if detect(text) is not None]
    hits = sum(1 for _, found in caught if found is not None)
    right = sum(1 for label, found in caught if found is not None and found.category == label)
    precision = hits / (hits + len(alarms))
    print(
        f"\ndev: recall {hits / len(caught):.3f}, precision {precision:.3f}, "
        f"right category {right / len(caught):.3f}"
    )
    # In-sample (the rules were written from most of these authors' misses); the model is
    # regularised for authors it never read (bench/crisis_crossval.py), not fitted to
    # remember every development line.
    assert hits / len(caught) >= 0.99
    assert precision >= 0.95
    # The category of what only the model finds is a naive-Bayes guess over words.
    assert right / len(caught) >= 0.9


EVERYDAY = CORPUS.parent / "intent" / "dev"


def test_everyday_client_mail_is_rarely_flagged() -> None:
    """Ordinary requests and replies stay quiet: the intent corpus's mail that the model never
    trained on (the authors outside crisis_train.EVERYDAY_AUTHORS)."""
    unseen = {path.stem.partition("-")[2] for path in EVERYDAY.glob("*.txt")}
    unseen -= set(crisis_train.EVERYDAY_AUTHORS)
    assert unseen
    mails = [
        line.partition("\t")[2].replace("\\n", "\n")
        for path in sorted(EVERYDAY.glob("*.txt"))
        if path.stem.partition("-")[2] in unseen
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    flagged = [text for text in mails if detect(text) is not None]
    assert len(mails) > 300
    assert len(flagged) / len(mails) <= 0.04, flagged


MAIL = [
    path
    for folder in ("machine", "mail")
    for path in sorted((CORPUS.parent / folder).glob("*.eml"))
    if "crisis" not in path.name
]


@pytest.mark.parametrize("path", MAIL, ids=lambda p: p.name)
def test_machine_mail_and_ordinary_mails_of_the_other_tests_are_not_flagged(path: Path) -> None:
    """Bounces, auto-replies and receipts say "sorry", "fatal" and "will", and a challenge asks
    to "call the user": none may read as a crisis (each would reach the therapist as an urgent
    alert). As screen.py does, the model does not read machine mail, only the rules do."""
    message = parse(path.read_bytes())
    assert detect(message.text or "", by_a_person=message.machine is None) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Farewells that thank and absolve, no longer being around, the means, danger at home,
        # indirect German, regional Spanish, text-speak: fresh wordings of each family.
        ("thank you for trying, none of this is your fault", "en"),
        ("i wont be around much longer, just so you know", "en"),
        ("went to three different pharmacies so nobody would ask", "en"),
        ("she took my phone again and reads my messages", "en"),
        ("honestly kms", "en"),
        ("i keep thinking about how to unalive myself", "en"),
        ("ich mag nicht mehr", "de"),
        ("es hat alles keinen sinn mehr", "de"),
        ("hatte gestern wieder svv", "de"),
        ("sie haben alles versucht, es ist nicht ihre schuld", "de"),
        ("er liest mit, bitte nicht auf diese adresse antworten", "de"),
        ("pienso en aventarme del puente", "es"),
        ("si me pasa algo, mi hermana tiene las llaves", "es"),
        ("me quito el celular y el pasaporte", "es"),
    ],
)
def test_families_found_beyond_the_first_rules(text: str, language: str) -> None:
    finding = detect(text)
    assert finding is not None and finding.language == language


@pytest.mark.parametrize(
    "text",
    [
        "i keep killing myself laughing at that show",
        "me muero de risa con tu audio",
        "ich kann nicht mehr vor Lachen",
        "i took my meds this morning as usual",
        "Thanks for everything, see you next week!",
        "Vielen Dank für alles, bis nächste Woche",
        "Kannst du mich morgen anrufen?",
    ],
)
def test_idioms_and_everyday_thanks_stay_quiet(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "category", "language"),
    [
        ("i just wish i could go to sleep and not wake up", PASSIVE, "en"),
        ("ive been thinking about killing myself", ACTIVE, "en"),
        ("ive been saving up my pills for when i need them", PLAN, "en"),
        ("please take care of my cat when im gone", PREPARATORY, "en"),
        ("im on the bridge right now", ACUTE, "en"),
        ("ive been cutting again", SELF_HARM, "en"),
        ("everyone would be better off without me", HOPELESS, "en"),
        ("he hit me again last night", DANGER, "en"),
        ("my sister says she wants to die", THIRD_PARTY, "en"),
        ("es wäre besser, wenn ich nicht mehr da wäre", PASSIVE, "de"),
        ("ich will mich umbrigen", ACTIVE, "de"),
        ("ich sammle meine schlaftabletten", PLAN, "de"),
        ("ich habe abschiedsbriefe geschrieben", PREPARATORY, "de"),
        ("ich habe die ganze packung tabletten geschluckt", ACUTE, "de"),
        ("ich ritze mich wieder", SELF_HARM, "de"),
        ("ich bin nur eine Last", HOPELESS, "de"),
        ("er hat mich wieder geschlagen", DANGER, "de"),
        ("mein Sohn ritzt sich", THIRD_PARTY, "de"),
        ("me quiero morir", PASSIVE, "es"),
        ("quiero suicidarme", ACTIVE, "es"),
        ("he estado juntando pastillas", PLAN, "es"),
        ("escribí cartas de despedida a mis hijos", PREPARATORY, "es"),
        ("me tomé todo el frasco de pastillas", ACUTE, "es"),
        ("me he vuelto a cortar", SELF_HARM, "es"),
        ("soy una carga para todos", HOPELESS, "es"),
        ("tengo miedo de volver a casa", DANGER, "es"),
        ("mi hermana dice que se quiere morir", THIRD_PARTY, "es"),
    ],
)
def test_the_category_and_language_of_clear_examples(
    text: str, category: str, language: str
) -> None:
    assert detect(text) == Finding(category, language)
    assert crisis_kind(text) == category


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hola, leí sobre el suicidio y ahora yo también pienso en el suicidio", "es"),
        ("Ich habe wieder Suizidgedanken und weiß nicht weiter", "de"),
        ("I have been having suicidal thoughts", "en"),
    ],
)
def test_the_language_is_the_one_the_mail_is_written_in(text: str, language: str) -> None:
    found = detect(text)
    assert found is not None and found.language == language


def test_every_language_is_checked_whatever_the_practice_speaks() -> None:
    assert {"en", "de", "es"} == LANGUAGES
    text = "Es wäre besser, wenn ich nicht mehr da wäre."
    assert crisis_in(text, languages=("en",))
    assert crisis_kind(text, languages=("fr",)) == PASSIVE
    assert crisis_in("ya no quiero estar aquí", languages=("de",))


def test_the_most_urgent_category_names_a_mail_that_says_several_things() -> None:
    text = "i feel like such a burden. i took the whole bottle of pills an hour ago"
    assert crisis_kind(text) == ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just tired.",
        "im not going to do anything stupid but ive been thinking about ending it",
        "Ich will mich nicht umbringen, keine Sorge.",
        "no voy a hacer ninguna tontería pero pienso en suicidarme",
    ],
)
def test_a_negated_crisis_is_still_flagged_because_the_therapist_wants_to_know(
    text: str,
) -> None:
    assert crisis_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "My friend said she wanted to end it all.",
        "Mein Freund sagt, er will nicht mehr leben.",
        "mi amiga me dijo que quiere suicidarse",
    ],
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
        "I CAN'T GO ON LIKE THIS",
        "I can\u2019t\u00a0go\non like this",
        "I can't go on like th\u00adis",
        "i feel sucidal",
        "i want to kil myself",
        "Ich bin lebensmüde",
        "Ich bin lebensmuede",
        "Ich bin lebensmu\u0308de",
        "quiero suicidarme",
        "quiero suicidarmé",
        "QUIERO MORIRME",
    ],
)
def test_spelling_case_accents_and_odd_whitespace_do_not_hide_a_crisis(text: str) -> None:
    assert crisis_in(text)


def test_normal_form() -> None:
    assert normalise("ＳＵＩＣＩＤＥ") == "suicide"
    assert normalise("I'm  NOT\nsafe!!") == "im not safe ."
    assert normalise("Está  Straße über") == "esta strasse ueber"
    assert normalise("self-harm") == "self harm"


@pytest.mark.parametrize(
    ("family", "text"),
    [
        ("idiom", "this deadline is killing me"),
        ("idiom", "im dying to see the new exhibition"),
        ("idiom", "ive been killing it at work lately"),
        ("idiom", "die Hitze bringt mich um"),
        ("idiom", "ich lach mich tot"),
        ("idiom", "me muero de risa"),
        ("idiom", "este calor me mata"),
        ("dead device", "my phone died so i missed your call"),
        ("dead device", "mein Handy ist tot, deshalb melde ich mich erst jetzt"),
        ("dead device", "se me murió el celular"),
        ("talk about", "i read a really interesting study on suicide prevention"),
        ("talk about", "ich mache eine Fortbildung zur Suizidprävention"),
        ("talk about", "leí un estudio sobre prevención del suicidio"),
        ("medication", "took my pills this morning"),
        ("medication", "Tabletten abgeholt"),
        ("medication", "ya me tomé las pastillas esta mañana"),
        ("small injury", "cut my finger cooking"),
        ("small injury", "hab mir beim Kochen in den Finger geschnitten"),
        ("small injury", "me corté el dedo cocinando"),
        ("giving away", "giving away my old sofa"),
        ("ending", "ending my gym membership"),
        ("giving away", "ich verschenke meine alten Bücher"),
        ("giving away", "voy a regalar la ropa de mi hijo"),
        ("scheduling", "I can't go on Tuesday, would Wednesday work?"),
        ("scheduling", "Ich kann nicht mehr um 10 Uhr, ginge 11?"),
        ("scheduling", "no puedo ir el martes"),
    ],
)
def test_near_misses_stay_quiet(family: str, text: str) -> None:
    assert detect(text) is None, family


def test_extra_words_from_the_config_count_as_whole_words_after_normalisation() -> None:
    extra = ["im Schattenland", "noose"]
    assert detect("Ich bin wieder IM   Schattenland", extra) == Finding(EXTRA, None)
    assert crisis_in("I bought a NOOSE", extra)
    assert not crisis_in("the nooses of old ships", extra)
    assert not crisis_in("Ich bin wieder im Schattenland")
    assert crisis_in("Je veux mourir", extra_words=["veux mourir"])
    # A built-in category wins over an extra word.
    assert crisis_kind("i want to die, im schattenland", extra) == PASSIVE


def test_empty_and_huge_texts_are_safe() -> None:
    assert not crisis_in("")
    assert not crisis_in("   \n ")
    assert not crisis_in("a" * 2_000_000)
    assert crisis_in("I want to die " + "x" * 2_000_000)


_HOSTILE_PIECES = [
    "my ",
    "sister ",
    "mein ",
    "mich ",
    "i ",
    "cant ",
    "go on ",
    "kann ",
    "nicht mehr ",
    "estoy ",
    "en ",
    "el ",
    "suicid",
    "a",
    " ",
    ".",
    "took ",
    "all ",
    "de ",
    "x",
]


# Eight draws: each 100 KB text takes up to two seconds through every language's rules.
@settings(max_examples=8, deadline=None)
@given(st.lists(st.sampled_from(_HOSTILE_PIECES), min_size=1, max_size=12), st.data())
def test_long_repetitive_hostile_text_is_processed(pieces: list[str], data: st.DataObject) -> None:
    """Every pattern is a flat alternation with bounded gaps, so 100 KB of any repetition
    costs time in proportion to its length; this only has to return."""
    unit = "".join(pieces)
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    found = detect(text)
    assert found is None or found.category in CATEGORIES


@pytest.mark.parametrize(
    "name", ["reply_crisis_only_in_quote.eml", "antwort_krise_nur_im_zitat.eml"]
)
def test_a_crisis_quoted_from_an_earlier_mail_is_not_a_new_one(name: str) -> None:
    message = parse((CORPUS / name).read_bytes())
    assert message.text and not crisis_in(message.text)
    assert crisis_in(message.full_text)


def test_the_public_constants_are_stable() -> None:
    assert crisis.SELF_HARM == "self-harm"
    assert crisis.MAX_SCAN == 100_000
    assert set(crisis.REPLIES) >= {crisis.REPLY_WITH_TIMES, crisis.NO_REPLY_DRY_RUN}


def test_the_shipped_model_is_the_one_the_dev_corpus_trains() -> None:
    """Nobody can slip other mail (the held-out corpus) into the model unnoticed: refit with
    `python -m daemon.crisis_train` after changing the dev corpus. The features and their
    rarity must be the same; the fitted weights may differ in the last digits between
    machines (floating point in the solver), never more."""
    shipped = crisis_model.Model.from_dict(unpacked("daemon.core.safety", crisis_model.SHIPPED))
    refit = crisis_train.trained(DEV)
    assert shipped.categories == refit.categories
    assert_same_fit(shipped.linear, refit.linear)


def test_the_model_only_adds_alerts_to_what_the_rules_find() -> None:
    assert crisis_model.classify("can we move our call to thursday at 10") is None
    assert crisis_model.classify("") is None
    guess = crisis_model.classify("everything is dark and i keep thinking about the end")
    assert guess is None or guess in CATEGORIES
    # Nothing a rule finds is ever taken back by the model.
    assert detect("i want to kill myself, thursday at 10 works") == Finding(ACTIVE, "en")


def test_training_is_deterministic() -> None:
    examples = crisis_train.examples(DEV)[::7]
    first = crisis_train.train(examples)
    assert first.to_dict() == crisis_train.train(examples).to_dict()
    # A model trained without a text scores it like any other: no crash, a number or None.
    assert crisis_model.crisis_score("i keep thinking about the end", first) is not None


def test_training_refuses_anything_but_the_dev_corpus(tmp_path: Path) -> None:
    held_out = tmp_path / "heldout"
    held_out.mkdir()
    assert crisis_train.main([str(held_out)]) == 2


# --- held-out corpus ------------------------------------------------------------------------
# tests/data/crisis/heldout3/ and heldout4/ are written by two people who never saw the rules or
# the model, and nothing is tuned or fitted on them (stop 13's held-out sets became development
# data once their figures had guided choices). Issue 9's targets there are recall >= 0.95 and
# precision >= 0.85; these floors hold what was measured once (README, "Crisis detection") so
# a change can only keep or raise them. Only counts are reported, never the texts.
HELD_OUT_FLOORS = {"heldout3": (0.94, 0.89), "heldout4": (0.96, 0.86)}


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_the_held_out_figures_do_not_fall(name: str) -> None:
    found = missed = alarms = 0
    for path in sorted((DEV.parent / name).glob("*.txt")):
        for _, label, text in examples(path):
            flagged = detect(text) is not None
            if label == "none":
                alarms += flagged
            elif flagged:
                found += 1
            else:
                missed += 1
    recall, precision = found / (found + missed), found / (found + alarms)
    print(f"\n{name}: recall {recall:.3f}, precision {precision:.3f}")
    floor_recall, floor_precision = HELD_OUT_FLOORS[name]
    assert recall >= floor_recall
    assert precision >= floor_precision
