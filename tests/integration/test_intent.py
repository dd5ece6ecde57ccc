"""Request intent: the development corpus, near misses and requests in three languages, and
hostile input. The held-out corpus (tests/data/intent/heldout2/) is for measurement only:
nothing is tuned or fitted on it, and only the last test reads it, for its floors.

Every figure asserted here is in-sample: the rules were tuned on all of dev/ (en, de, es first;
then the odd halves of the -b files, then their even halves after their figure was recorded in
bench/intent_crossval.py; then all of the -h files and the odd halves of the -c files, then the
odd halves of the -d files). The even halves of the -c and -d files are the estimate: nothing
here asserts on them. The honest estimate is a figure recorded in bench/intent_crossval.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.intent_crossval import author_of, halves
from bench.intent_crossval import main as crossval
from bench.intent_eval import examples, figures, split_subject
from daemon.core.mail.intent import MAX_SCAN, asks_to_talk, normalise
from tests.rig.practice import Practice, mail, offered_starts

DEV = Path(__file__).parent.parent / "data" / "intent" / "dev"


@pytest.mark.parametrize("language", ["en", "de", "es", "en-b", "de-b", "es-b"])
def test_the_development_corpus_is_read_well(language: str) -> None:
    corpus = examples(DEV / f"{language}.txt")
    requests = sum(wanted for wanted, _ in corpus)
    assert requests >= 70 and len(corpus) - requests >= 70
    tp, fn, fp, _, _ = figures(corpus)
    assert tp / (tp + fn) >= 0.97, "recall"
    assert tp / (tp + fp) >= 0.97, "precision"


@pytest.mark.parametrize(
    "stem", ["en-h", "de-h", "es-h", "en-c", "de-c", "es-c", "en-d", "de-d", "es-d"]
)
def test_the_later_authors_are_read_well(stem: str) -> None:
    """Author h whole (tuned on), authors c and d only their odd halves (the even halves are
    the estimate)."""
    corpus = examples(DEV / f"{stem}.txt")
    if stem.endswith(("-c", "-d")):
        corpus = halves(corpus)["odd"]
    tp, fn, fp, _, _ = figures(corpus)
    assert tp / (tp + fn) >= 0.95, "recall"
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


# Families rather than sentences: hedged asks without a talk word, rhetorical negatives, German
# verb-final clauses far from their frame, regional Spanish, text-speak.
@pytest.mark.parametrize(
    "text",
    [
        "do you have five minutes for me",
        "Hätten Sie kurz Zeit für mich?",
        "¿tienes un momento?",
        "¿Me regala cinco minutos?",
        "Können wir nicht kurz telefonieren?",
        "Can't we just have a quick chat?",
        "¿No podemos hablar un momento?",
        "Why don't we have a quick call today?",
        "Hätten Sie morgen oder übermorgen, wenn es Ihnen zeitlich irgendwie passt und Sie nicht"
        " zu viel zu tun haben, kurz Zeit zum Telefonieren?",
        "Ich wollte fragen, ob wir, falls es bei Ihnen diese Woche noch irgendwie reinpasst, kurz"
        " telefonieren könnten.",
        "¿Me podés marcar mañana?",
        "Che, ¿me pegás un llamado?",
        "¿Me echas un telefonazo?",
        "ring me pls",
        "call?",
        "can u call me",
        "Rückruf bitte",
        "Ruf mal an, wenn du Zeit hast",
        "Please ring when you can.",
        "Ich frage mich, ob ich Ihre Stimme noch kurz hören könnte.",
        "I hear you do short calls between sessions. Would that be possible for me this week?",
        # Written for these families, in no corpus: a third person's wish, a voice, an ear,
        # minutes with you, a bare question for time, the call of the sentence before, the
        # wish after the talk word, awaiting your call, dialect, hyphenated compounds.
        "My daughter asked me to write: she'd love to speak with you before her exam.",
        "Mein Sohn möchte gern mit Ihnen telefonieren. Geht das diese Woche?",
        "Le escribo de parte de mi hijo: le gustaría hablar con usted.",
        "What I need right now is a friendly voice. Do you have a minute?",
        "Necesito escuchar una voz amiga.",
        "Hätten Sie diese Woche ein Ohr für mich?",
        "Ich bräuchte mal zehn Minuten mit Ihnen.",
        "Me vendrían de maravilla diez minutos con usted.",
        "Alles zu viel gerade. Hast du Zeit?",
        "Is the 10-minute phone check-in still a thing? I'd like to use one.",
        "Dijiste que hacías llamadas cortas. ¿Podríamos hacer una esta semana?",
        "A quick chat would mean a lot right now.",
        "Über einen kurzen Rückruf würde ich mich sehr freuen.",
        "Quedo atenta a su llamada.",
        "Looking forward to your call back.",
        "Chönd mir hüt no telefoniere?",
        "Hättn S' no a bissl Zeit zum Telefoniern?",
        "Wäre ein kurzes Zoom-Gespräch am Freitag drin?",
        "Can I steal five minutes of your time this week?",
        "Could I book one of the short phone slots you mentioned?",
        "¿Me marcas cuando salgas del trabajo?",
        "¿Me podría llamar mañana a primera hora?",
        "¿Le puedo llamar a las 12?",
        "Can someone from the practice call me about the new times?",
        "Ich wollte fragen, ob du mich morgen kurz anrufen kannst.",
        "Lo que de verdad quería decirte: ¿podrías llamarme antes del jueves?",
        "Sí, acepto la llamada. ¿Mañana a las cinco?",
        "Ja gerne zum angebotenen Telefonat, morgen nach 4 passt.",
        "Ich könnte wirklich ein kurzes Gespräch gebrauchen.",
        "Me vendría muy bien una palabrita contigo.",
        "hey ich bins. miese nacht. chance auf n kurzes gespräch?",
        "¿Teléfono hoy posible? Con 5 minutos basta.",
        "Haben Sie vor unserem Termin kurz Zeit? Am Telefon wäre ideal.",
        "Any window this evening?",
        "cn we tlk 2day?",
        "Hesch churz Zyt zum telefoniere?",
        "Hätten S' vielleicht a Minuterl für mich?",
        "¿Agendamos una llamada?",
        "¿Cabe la posibilidad de hablar hoy?",
        "¿Hay chance de platicar por teléfono mañana?",
        "can I borrow you for five minutes",
        "I don't want to bother you but I could use five minutes",
        "I'd be really grateful if you could give me a tinkle.",
        "Would there be any scope for a short call this week?",
        "I think a call would do me good.",
        "Ein Anruf von Ihnen würde mir sehr helfen.",
        "Una llamada me ayudaría mucho.",
        "Klingeln Sie mal durch, wenn Sie Zeit haben.",
        "Wie schaut's aus mit einem kurzen Telefonat?",
        "Háblame cuando puedas.",
        "¿Te puedo robar cinco minutos?",
        "Ring?",
        "könnten wir vielleicht einen kurzen Check-in-Anruf machen? völlig ok, wenn nicht",
        "Was ich eigentlich will, ist fünf Minuten eine ruhige Stimme hören.",
        "Lust auf einen kurzen Plausch vor dem Wochenende?",
        "Muy señores míos: les agradecería una llamada en relación con las sesiones de mi hijo.",
        "Wenn Sie Zeit haben, rufen Sie mich bitte nach 17 Uhr zurück.",
        "Sehr geehrte Damen und Herren, ich wäre dankbar für einen Rückruf.",
        # German typed without umlauts, questions typed without their mark.
        "Konnten Sie mich bitte zuruckrufen?",
        "Ich hatte gern einen Ruckruf, wenn es geht.",
        "Ware ein kurzes Gesprach per Video moglich?",
        "Können wir nicht kurz telefonieren",
        "Why don't we have a quick call about it today",
        "Ist ein Telefonat vor Donnerstag drin",
        # Session 14, second tuner: families from author d's odd half, in wordings written here.
        # Formal and third-person asks.
        "Ich möchte Sie höflich bitten, mich bei Gelegenheit anzurufen.",
        "Le ruego que me llame cuando pueda.",
        "Quisiera pedirle contacto telefónico esta semana.",
        # On someone's behalf, or for the writer and someone else.
        "Mein Sohn fragt, ob Sie ihn morgen kurz anrufen könnten.",
        "Mi madre le pide que la llame a casa por la tarde.",
        "My son asked me to check whether you could ring him this week.",
        "Mein Sohn lässt ausrichten, dass er gern telefonieren würde.",
        "Rufen Sie bitte mich oder meine Frau an.",
        "¿Me puedes llamar a mí o a mi marido?",
        "we'd love you to ring tomorrow",
        # Slips of the keyboard and of dictation; bare nouns.
        "give me a vall later pls",
        "können wir heute fonieren",
        "tel morgen?",
        "teléfono por favor",
        "only two minutes on the phone, I promise",
        "solo cinco minutos por teléfono",
        # Regional verbs and giving verbs.
        "timbrame en la tarde porfa",
        "¿me echas una llamadita mañana?",
        "¿llamamos?",
        # A wish after the talk word, however far; relief told; an offer whose time has come.
        "A short call with you sometime this week about the thing at work would really help.",
        "I'd sleep better if I heard from you tonight.",
        "Mir ginge es besser, wenn wir kurz sprechen könnten.",
        "Me sentiría más tranquila si hablamos hoy.",
        "Du hast gesagt, ich darf anrufen, wenn es schlimm wird. Jetzt ist es so weit.",
        "Me dijiste que si me ponía mal podía llamarte. Hoy estoy mal.",
        "think I need to talk to a human. you about?",
        "talk later?",
        "Wir müssten dringend mal telefonieren.",
        "¿Le daría tiempo hoy a devolverme la llamada?",
        "It would help if you called me. I can't sort this out alone.",
        "not urgent but could we speak at some point this week?",
        "Happy to ring you if that's easier — when are you free?",
        "Is a call tonight out of the question?",
        "Call when free.",
        "Llama cuando puedas.",
        "Might be good to speak. Free later?",
        "Does a call at noon work for you?",
        "Ein Anruf von Ihnen wäre jetzt Gold wert.",
        "Me haría mucha ilusión una llamada.",
        "Hast a Minuterl für mi?",
        "Could I borrow you for ten minutes later?",
    ],
)
def test_request_families(text: str) -> None:
    assert asks_to_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, you've reached Sam. Please leave a message and I'll call you back.",
        "Hola, has llamado a Sam. Deja tu mensaje y te devuelvo la llamada.",
        "Auto-reply: I'm out of the office until Monday. For urgent matters phone reception.",
        "Please ignore my last email asking for a call, I'm okay now.",
        "Earlier I asked if you could phone me. Please disregard it, I'm fine.",
        "Olvida mi correo anterior, ya no necesito la llamada.",
        "Please call me by my new name, Alex.",
        "A partir de ahora, por favor llámame Dani. Ya no uso mi nombre anterior.",
        "Bitte sprechen Sie mich ab jetzt mit meinem neuen Namen an.",
        "Thanks for squeezing in that call last Friday.",
        "Ich habe mit meiner Mama telefoniert und es war okay.",
        "I'm going to call my sister tonight.",
        "Ich muss morgen beim Amt anrufen und habe Angst davor.",
        "I'd like to talk about ending therapy. Maybe in a session next month.",
        "Ich möchte üben, am Telefon Nein zu sagen.",
        "I need to cancel our call tomorrow.",
        "Quería contarte que ayer hablé con mi madre por teléfono.",
        "Do you have a minute to check my invoice?",
        'Ein Podcast, der Sie interessieren könnte: "Reden hilft", Folge 12.',
        # The near misses of the families above, in no corpus.
        "My mum phones me every day and it drives me mad.",
        "Meine Mutter ruft mich ständig an.",
        "Can we move Thursday's call to Friday?",
        "Können wir das Telefonat am 9. auf den 11. verschieben?",
        "Geht das Telefonat am Freitag noch klar?",
        "Are we still on for our call tomorrow?",
        "Ich würde die Telefonate gern beenden.",
        "I prefer email to phone calls, hope that's ok.",
        "Prefiero no hablar por teléfono. ¿Podemos seguir por correo?",
        "Ich schreibe lieber, als zu telefonieren.",
        "Could we talk about my phone addiction next session?",
        "Können wir am Donnerstag darüber reden, warum mir Telefonieren so schwerfällt?",
        "Is there a group where I can talk to people in the same boat?",
        "¿Me puedes mandar el documento del que hablamos?",
        "¿Quién me llama desde este número?",
        "¿Ofrecen también sesiones por teléfono? Pregunto por una amiga.",
        "Ich hatte gefragt, ob Sie mich anrufen könnten. Das hat sich erledigt.",
        "Ich weiß nicht, ob wir telefonieren können, mein Handy ist kaputt.",
        "I need to find a voice for my anger.",
        "My brother will phone the practice to book his own sessions.",
        "I'd like to switch from video calls to in-person from next month.",
        "Me gustaría pasar de videollamada a presencial el mes que viene.",
        "Ich bin zur Sitzungszeit in einem Telefonat mit dem Anwalt, können wir später anfangen?",
        "Me preguntaste si quería una llamada en Semana Santa. Gracias, pero creo que estaré bien.",
        "Re the call you offered - thank you, but I think I'm ok actually.",
        "My boss would like to speak to me about my hours.",
        "Mi jefe quiere hablar conmigo mañana y estoy nervioso.",
        "Are you on holiday? The call didn't go through.",
        "Klappt es mit dem Anruf bei der Kasse?",
        "Any slot next week for a session?",
        "¿Me puede mandar lo que platicamos?",
        "I need five minutes to finish the form, then I'll send it.",
        "Ich brauche fünf Minuten länger für die Anfahrt, sorry.",
        "¿Y si mi madre me llama otra vez?",
        "They want a letter from you. Could you write one? I had a call with HR about it.",
        "My daughter wants to call you herself to book, is that ok?",
        "Talking to my sister would help, I think.",
        "Mein Vater ratscht den ganzen Tag am Telefon mit seinen Freunden.",
        "Ich musste letztes Mal einen Nachbarn anrufen, um reinzukommen.",
        "¿Puedo llamar a la consulta para pedir cita?",
        "Got the ring back from the jeweller! Thanks for listening to me moan about it.",
        "Ich mochte uben, am Telefon Nein zu sagen. Konnen wir das in der nachsten Stunde machen?",
        # Session 14, second tuner: the near misses of the families added then.
        "Ich muss heute noch meinen alten Vermieter in Köln anrufen.",
        "I'd rather talk about it in person than on the phone.",
        "Estuve a punto de pedirte una llamada, pero se me pasó.",
        "Me ofreciste una llamada si se ponía feo. No hizo falta, estoy orgullosa.",
        "Sie hatten gesagt, ich kann anrufen. Das hat mir sehr geholfen.",
        "Tel.: 030 1234567",
        "my phone please",
        "I was on the phone for 2 mins with my bank.",
        "Me das una llamada de atención si llego tarde, ja.",
        "Could you call them and ask about the reimbursement?",
        "Did you call her back yet?",
        "Could you tell them to call me instead?",
        "Mi jefe me pidió que lo llamara mañana.",
        "My husband asks if he could come along to a session sometime.",
        "I'd feel better if my sister called me more often.",
        "Ich würde mich besser fühlen, wenn ich mit meiner Mutter sprechen könnte.",
        "We have to call off Thursday, my son is sick.",
        "Quiero dejar de estar pegada al teléfono todo el día.",
        "Hope to hear from you soon!",
        "I wanted to call you three times today and in the end didn't. Writing it helped.",
        "Aber ich will gerade mit niemandem reden, auch nicht am Telefon.",
        "Ring me a bell? That name sounds familiar.",
        "I was desperate to call you last night but managed.",
        "Sería bueno que mi madre me llamara más.",
        "Es wäre gut, wenn meine Schwester mich öfter anrufen würde.",
        "I look forward to a call from the bank.",
    ],
)
def test_near_miss_families_stay_quiet(text: str) -> None:
    assert not asks_to_talk(text)


def test_a_short_subject_naming_a_call_over_a_near_empty_body_asks() -> None:
    assert asks_to_talk("Sent from my iPhone", "Phone call")
    assert asks_to_talk("Hallo Jo, siehe Betreff. Danke, Kathi", "Telefonat vor Freitag")
    assert asks_to_talk("", "Llamada")
    assert not asks_to_talk("thanks, see you then", "Re: Phone call")
    assert not asks_to_talk("thanks", "your call")
    # A long body of its own is read on its own: the subject is then only a topic.
    body = "Hi Jo, the exercise went well this week and I slept better. See you Tuesday at ten."
    assert not asks_to_talk(body, "Phone call")


def test_what_follows_a_withdrawal_still_counts() -> None:
    assert asks_to_talk("Ignore my last email. Actually, could you call me today?")


def test_the_corpus_subject_line_is_passed_as_the_subject() -> None:
    assert split_subject("Subject: call back please\n\nwhenever") == (
        "whenever",
        "call back please",
    )
    assert split_subject("no header") == ("no header", "")


def test_the_crossval_halves_are_deterministic_and_disjoint() -> None:
    corpus = [(i % 3 == 0, str(i)) for i in range(7)]
    parts = halves(corpus)
    assert [t for _, t in parts["odd"]] == ["0", "2", "4", "6"]
    assert [t for _, t in parts["even"]] == ["1", "3", "5"]


def test_the_crossval_reads_each_author_and_keeps_c_even_sealed() -> None:
    assert author_of(Path("de-c.txt")) == ("c", "de")
    assert author_of(Path("en.txt")) == ("0", "en")
    with pytest.raises(SystemExit, match="estimate"):
        crossval(["--misses", "c:even"])
    with pytest.raises(SystemExit, match="estimate"):
        crossval(["--misses", "c"])
    with pytest.raises(SystemExit, match="estimate"):
        crossval(["--misses", "d:even"])


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


# tests/data/intent/heldout2/ is written by someone who never saw the rules or the model, and
# neither is ever tuned or fitted on it. Issue 11 asks for recall and precision >= 0.95 there;
# these floors hold what was measured (README, "The conversation") so that a change can only
# keep or raise them.
def test_the_held_out_figures_do_not_fall() -> None:
    corpus = [
        e for path in sorted(DEV.parent.joinpath("heldout2").glob("*.txt")) for e in examples(path)
    ]
    tp, fn, fp, _, _ = figures(corpus)
    recall, precision = tp / (tp + fn), tp / (tp + fp)
    print(f"\nheld-out 2: recall {recall:.3f}, precision {precision:.3f}")
    assert len(corpus) > 500
    assert recall >= 0.97
    assert precision >= 0.98
