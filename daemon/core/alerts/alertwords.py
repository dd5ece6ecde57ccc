"""The words of alerts and notices to the therapist, in the therapist's language (pure).

Subjects name no one (they show on a locked phone); names and addresses go in the body only.
A client's own words never appear: the risk category is named in words of our own.
"""

from __future__ import annotations

from datetime import datetime

from daemon.core.safety import crisis

LANGUAGES = ("en", "de", "es")

_CATEGORY = {
    "en": {
        crisis.PASSIVE: "a wish to be dead",
        crisis.ACTIVE: "thoughts of suicide",
        crisis.PLAN: "a method, plan or time for suicide",
        crisis.PREPARATORY: "preparations or a farewell",
        crisis.ACUTE: "acute danger (something taken or done, or a dangerous place)",
        crisis.SELF_HARM: "self-harm",
        crisis.HOPELESS: "hopelessness or feeling a burden",
        crisis.DANGER: "danger from someone else (violence, threats, not safe at home)",
        crisis.THIRD_PARTY: "another person at risk",
        crisis.EXTRA: "one of your own crisis words",
    },
    "de": {
        crisis.PASSIVE: "Todeswunsch",
        crisis.ACTIVE: "Suizidgedanken",
        crisis.PLAN: "Methode, Plan oder Zeitpunkt eines Suizids",
        crisis.PREPARATORY: "Vorbereitungen oder Abschied",
        crisis.ACUTE: "akute Gefahr (etwas eingenommen oder getan, ein gefährlicher Ort)",
        crisis.SELF_HARM: "Selbstverletzung",
        crisis.HOPELESS: "Hoffnungslosigkeit oder das Gefühl, eine Last zu sein",
        crisis.DANGER: "Gefahr durch andere (Gewalt, Drohungen, zu Hause nicht sicher)",
        crisis.THIRD_PARTY: "eine andere Person in Gefahr",
        crisis.EXTRA: "eines Ihrer eigenen Krisenwörter",
    },
    "es": {
        crisis.PASSIVE: "deseo de estar muerto",
        crisis.ACTIVE: "pensamientos suicidas",
        crisis.PLAN: "método, plan o momento de un suicidio",
        crisis.PREPARATORY: "preparativos o una despedida",
        crisis.ACUTE: "peligro agudo (algo tomado o hecho, un lugar peligroso)",
        crisis.SELF_HARM: "autolesiones",
        crisis.HOPELESS: "desesperanza o sentirse una carga",
        crisis.DANGER: "peligro por parte de otros (violencia, amenazas, no estar seguro en casa)",
        crisis.THIRD_PARTY: "otra persona en peligro",
        crisis.EXTRA: "una de sus propias palabras de crisis",
    },
}

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "subject.client": "Urgent: crisis language in a client's email",
        "subject.stranger": "Urgent: crisis language in an email to your practice",
        "subject.summary": "Urgent: more emails with crisis language",
        "who.client": "{name} ({address}) wrote to your practice address, and the message"
        " contains words that can mean someone is in danger.",
        "who.stranger": "Someone outside your client list ({address}) wrote to your practice"
        " address, and the message contains words that can mean someone is in danger.",
        "who.claimed": "A message from the address of {name} ({address}) failed your mail"
        " server's authentication check, so it may not be from them. It contains words that"
        " can mean someone is in danger.",
        "category": "What it sounds like: {category}.",
        "where": "Where it is: the folder {folder}, the message of {time}, now flagged.",
        "got.with-times.offer": "They got an automatic reply that leads with your emergency"
        " text and offers call times.",
        "got.with-times.offer-repeat": "They got an automatic reply that leads with your"
        " emergency text and repeats the call times they were already offered.",
        "got.with-times.ask": "They got an automatic reply that leads with your emergency text"
        " and asks which of the offered times they meant.",
        "got.with-times.confirmation": "They got an automatic reply that leads with your"
        " emergency text and confirms the call they chose.",
        "got.with-times.move": "They got an automatic reply that leads with your emergency"
        " text, cancels their call as they asked and offers new times.",
        "got.without-times.nothing-free": "They got an automatic reply that leads with your"
        " emergency text and says you will get back to them: no call times were free.",
        "got.without-times.cancellation": "They got an automatic reply that leads with your"
        " emergency text and confirms that their call is cancelled, as they asked.",
        "got.without-times.stranger-crisis": "They got one automatic reply with your emergency"
        " text only: no call times, no names.",
        "got.none:hourly-limit": "They got no reply: automatic replies to them are paused"
        " because of the hourly limit.",
        "got.none:hourly-limit.repeat": "They got no reply this time: the call times they hold"
        " were already sent to them again twice this hour (a limit that keeps forged mail from"
        " filling their inbox).",
        "got.none:machine-mail": "They got no reply: the message is marked as automatic mail"
        " (such as an out-of-office or a list), which is never answered.",
        "got.none:calendar-reply": "They got no reply: the message is a calendar answer to an"
        " invitation, which is never answered.",
        "got.none:dry-run": "Nothing was sent: callmemaybe runs as a dry run, so the reply"
        " waits in your Drafts folder.",
        "got.none:daily-limit": "They got no reply this time: they already had the emergency"
        " reply today (at most one a day).",
        "got.none:other": "They got no automatic reply.",
        "act": "Please look at it as soon as you can.",
        "summary": "{count} more messages from {who} with crisis language since {time};"
        " see your inbox, where they are flagged.",
        "summary.resume": "Alerts about this sender resume after {time}.",
        "stranger": "someone outside your client list ({address})",
        "claimed": "the address of {name} ({address}), failing authentication",
        "subject.flood": "callmemaybe paused automatic replies to a client",
        "flood": "{name} has had more than {limit} automatic replies in the last hour, so"
        " callmemaybe sends them no more for now.",
        "flood.why": "It may be a mail loop, or they may need a person: please have a look.",
        "subject.nothing-free": "No free time for a client's call request",
        "nothing-free": "{name} asked for a call, and the windows, the calendar and the caps"
        " leave no free slot in the horizon.",
        "nothing-free.told": "They were told you will get back to them.",
        "no-phone": "no phone number on file",
        "nothing-free.list": "These clients asked for a call, and the windows, the calendar"
        " and the caps leave no free slot in the horizon:",
        "nothing-free.told.all": "Each was told you will write to them personally soon; another"
        " request from them within a day gets no second automatic reply.",
    },
    "de": {
        "subject.client": "Dringend: Krisenworte in einer Klienten-E-Mail",
        "subject.stranger": "Dringend: Krisenworte in einer E-Mail an Ihre Praxis",
        "subject.summary": "Dringend: weitere E-Mails mit Krisenworten",
        "who.client": "{name} ({address}) hat an Ihre Praxisadresse geschrieben, und die"
        " Nachricht enthält Worte, die bedeuten können, dass jemand in Gefahr ist.",
        "who.stranger": "Jemand außerhalb Ihrer Klientenliste ({address}) hat an Ihre"
        " Praxisadresse geschrieben, und die Nachricht enthält Worte, die bedeuten können,"
        " dass jemand in Gefahr ist.",
        "who.claimed": "Eine Nachricht von der Adresse von {name} ({address}) hat die"
        " Echtheitsprüfung Ihres Mailservers nicht bestanden und stammt vielleicht nicht von"
        " dieser Person. Sie enthält Worte, die bedeuten können, dass jemand in Gefahr ist.",
        "category": "Worum es zu gehen scheint: {category}.",
        "where": "Wo sie liegt: im Ordner {folder}, die Nachricht vom {time}, jetzt markiert.",
        "got.with-times.offer": "Die automatische Antwort beginnt mit Ihrem Notfalltext und"
        " bietet Gesprächszeiten an.",
        "got.with-times.offer-repeat": "Die automatische Antwort beginnt mit Ihrem Notfalltext"
        " und wiederholt die bereits angebotenen Gesprächszeiten.",
        "got.with-times.ask": "Die automatische Antwort beginnt mit Ihrem Notfalltext und"
        " fragt, welche der angebotenen Zeiten gemeint war.",
        "got.with-times.confirmation": "Die automatische Antwort beginnt mit Ihrem Notfalltext"
        " und bestätigt das gewählte Gespräch.",
        "got.with-times.move": "Die automatische Antwort beginnt mit Ihrem Notfalltext, sagt"
        " das Gespräch wie gewünscht ab und bietet neue Zeiten an.",
        "got.without-times.nothing-free": "Die automatische Antwort beginnt mit Ihrem"
        " Notfalltext und sagt, dass Sie sich melden: Es war keine Zeit frei.",
        "got.without-times.cancellation": "Die automatische Antwort beginnt mit Ihrem"
        " Notfalltext und bestätigt die gewünschte Absage des Gesprächs.",
        "got.without-times.stranger-crisis": "Es ging eine einzige automatische Antwort nur"
        " mit Ihrem Notfalltext hinaus: keine Zeiten, keine Namen.",
        "got.none:hourly-limit": "Es ging keine Antwort hinaus: Automatische Antworten an diese"
        " Person sind wegen der Stundengrenze pausiert.",
        "got.none:hourly-limit.repeat": "Es ging diesmal keine Antwort hinaus: Die angebotenen"
        " Zeiten wurden in dieser Stunde schon zweimal erneut geschickt (eine Grenze gegen"
        " gefälschte Mails).",
        "got.none:machine-mail": "Es ging keine Antwort hinaus: Die Nachricht ist als"
        " automatische Mail markiert (etwa Abwesenheitsnotiz oder Liste).",
        "got.none:calendar-reply": "Es ging keine Antwort hinaus: Die Nachricht ist eine"
        " Kalenderantwort auf eine Einladung.",
        "got.none:dry-run": "Es wurde nichts verschickt: callmemaybe läuft im Probelauf, die"
        " Antwort liegt in Ihrem Entwürfe-Ordner.",
        "got.none:daily-limit": "Es ging diesmal keine Antwort hinaus: Die Person hat die"
        " Notfallantwort heute schon bekommen (höchstens eine am Tag).",
        "got.none:other": "Es ging keine automatische Antwort hinaus.",
        "act": "Bitte sehen Sie sie so bald wie möglich an.",
        "summary": "{count} weitere Nachrichten von {who} mit Krisenworten seit {time};"
        " sie sind in Ihrem Posteingang markiert.",
        "summary.resume": "Hinweise zu diesem Absender gibt es wieder nach {time}.",
        "stranger": "jemandem außerhalb Ihrer Klientenliste ({address})",
        "claimed": "der Adresse von {name} ({address}), ohne bestandene Echtheitsprüfung",
        "subject.flood": "callmemaybe hat automatische Antworten an eine Person pausiert",
        "flood": "{name} hat in der letzten Stunde mehr als {limit} automatische Antworten"
        " bekommen, daher schickt callmemaybe vorerst keine weiteren.",
        "flood.why": "Vielleicht eine Mailschleife, vielleicht braucht die Person einen"
        " Menschen: Bitte sehen Sie nach.",
        "subject.nothing-free": "Keine freie Zeit für eine Gesprächsanfrage",
        "nothing-free": "{name} hat um ein Gespräch gebeten, und Zeitfenster, Kalender und"
        " Obergrenzen lassen keine freie Zeit.",
        "nothing-free.told": "Die Person hat erfahren, dass Sie sich melden.",
        "no-phone": "keine Telefonnummer hinterlegt",
        "nothing-free.list": "Diese Personen haben um ein Gespräch gebeten, und Zeitfenster,"
        " Kalender und Obergrenzen lassen im Zeitraum keinen Termin frei:",
        "nothing-free.told.all": "Jede hat erfahren, dass Sie bald persönlich schreiben; eine"
        " weitere Anfrage innerhalb eines Tages bekommt keine zweite automatische Antwort.",
    },
    "es": {
        "subject.client": "Urgente: lenguaje de crisis en el correo de un cliente",
        "subject.stranger": "Urgente: lenguaje de crisis en un correo a su consulta",
        "subject.summary": "Urgente: más correos con lenguaje de crisis",
        "who.client": "{name} ({address}) escribió a la dirección de su consulta, y el mensaje"
        " contiene palabras que pueden significar que alguien está en peligro.",
        "who.stranger": "Alguien que no está en su lista de clientes ({address}) escribió a"
        " su consulta, y el mensaje contiene palabras que pueden significar que alguien está"
        " en peligro.",
        "who.claimed": "Un mensaje desde la dirección de {name} ({address}) no pasó la"
        " comprobación de autenticidad de su servidor, así que puede no ser suyo. Contiene"
        " palabras que pueden significar que alguien está en peligro.",
        "category": "De qué parece tratarse: {category}.",
        "where": "Dónde está: en la carpeta {folder}, el mensaje del {time}, ya marcado.",
        "got.with-times.offer": "Recibió una respuesta automática que empieza con su texto de"
        " emergencia y ofrece horarios de llamada.",
        "got.with-times.offer-repeat": "Recibió una respuesta automática que empieza con su"
        " texto de emergencia y repite los horarios ya ofrecidos.",
        "got.with-times.ask": "Recibió una respuesta automática que empieza con su texto de"
        " emergencia y pregunta qué horario ofrecido quería.",
        "got.with-times.confirmation": "Recibió una respuesta automática que empieza con su"
        " texto de emergencia y confirma la llamada elegida.",
        "got.with-times.move": "Recibió una respuesta automática que empieza con su texto de"
        " emergencia, cancela la llamada como pidió y ofrece nuevos horarios.",
        "got.without-times.nothing-free": "Recibió una respuesta automática que empieza con su"
        " texto de emergencia y dice que usted le contactará: no había horarios libres.",
        "got.without-times.cancellation": "Recibió una respuesta automática que empieza con su"
        " texto de emergencia y confirma la cancelación que pidió.",
        "got.without-times.stranger-crisis": "Recibió una sola respuesta automática, solo con"
        " su texto de emergencia: sin horarios ni nombres.",
        "got.none:hourly-limit": "No recibió respuesta: las respuestas automáticas están en"
        " pausa por el límite por hora.",
        "got.none:hourly-limit.repeat": "Esta vez no recibió respuesta: los horarios ofrecidos"
        " ya se le reenviaron dos veces en esta hora (un límite contra correos falsificados).",
        "got.none:machine-mail": "No recibió respuesta: el mensaje está marcado como correo"
        " automático, que nunca se responde.",
        "got.none:calendar-reply": "No recibió respuesta: el mensaje es una respuesta de"
        " calendario a una invitación.",
        "got.none:dry-run": "No se envió nada: callmemaybe funciona en modo de prueba, la"
        " respuesta espera en su carpeta de borradores.",
        "got.none:daily-limit": "Esta vez no recibió respuesta: ya recibió hoy la respuesta de"
        " emergencia (como mucho una al día).",
        "got.none:other": "No recibió ninguna respuesta automática.",
        "act": "Por favor, revíselo lo antes posible.",
        "summary": "{count} mensajes más de {who} con lenguaje de crisis desde {time};"
        " están marcados en su bandeja de entrada.",
        "summary.resume": "Los avisos sobre este remitente se reanudan después de {time}.",
        "stranger": "alguien que no está en su lista de clientes ({address})",
        "claimed": "la dirección de {name} ({address}), sin pasar la autenticación",
        "subject.flood": "callmemaybe pausó las respuestas automáticas a un cliente",
        "flood": "{name} ha recibido más de {limit} respuestas automáticas en la última hora,"
        " así que callmemaybe no le enviará más por ahora.",
        "flood.why": "Puede ser un bucle de correo, o puede necesitar a una persona:"
        " por favor, revíselo.",
        "subject.nothing-free": "No hay hueco libre para una solicitud de llamada",
        "nothing-free": "{name} pidió una llamada, y las ventanas, el calendario y los límites"
        " no dejan ningún hueco libre.",
        "nothing-free.told": "Se le dijo que usted le contactará.",
        "no-phone": "no hay número de teléfono registrado",
        "nothing-free.list": "Estas personas pidieron una llamada, y las ventanas, el"
        " calendario y los límites no dejan ningún hueco libre en el periodo:",
        "nothing-free.told.all": "A cada una se le dijo que usted le escribirá pronto en"
        " persona; otra solicitud suya en un día no recibe una segunda respuesta automática.",
    },
}


def language_of(tag: str) -> str:
    primary = tag.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else "en"


def words(language: str, key: str, **values: object) -> str:
    return _WORDS[language_of(language)][key].format(**values)


def category(language: str, name: str) -> str:
    return _CATEGORY[language_of(language)].get(name, name)


def got(language: str, reply: str, detail: str) -> str:
    """What the sender got, in words: the reply code with the kind of mail that went out."""
    table = _WORDS[language_of(language)]
    return (
        table.get(f"got.{reply}.{detail}") or table.get(f"got.{reply}") or table["got.none:other"]
    )


def when(moment: datetime) -> str:
    """A time the therapist reads the same in every language: 2026-11-29 14:05."""
    return f"{moment:%Y-%m-%d %H:%M}"
