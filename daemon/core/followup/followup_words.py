"""The words of the session block in each language the product speaks (pure data)."""

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "none": "No between-session calls since the last session.",
        "one": "{n} call",
        "many": "{n} calls",
        "week": "Week of {day}",
        "within": "{week}: {count} (comfortable: {comfortable}).",
        "above": "{week}: {count}, more than the {comfortable} you're comfortable with: "
        "maybe worth exploring together.",
        "crises": "Messages with crisis language since the last session (the words are in "
        "your inbox):",
        "crisis": "  {when}: {category}; {reply}.",
    },
    "de": {
        "none": "Keine Telefonate zwischen den Sitzungen seit der letzten Sitzung.",
        "one": "{n} Telefonat",
        "many": "{n} Telefonate",
        "week": "Woche ab {day}",
        "within": "{week}: {count} (angenehm: {comfortable}).",
        "above": "{week}: {count}, mehr als die {comfortable}, die Ihnen angenehm sind: "
        "vielleicht lohnt es sich, das gemeinsam anzuschauen.",
        "crises": "Nachrichten mit Krisensprache seit der letzten Sitzung (der Wortlaut steht "
        "in Ihrem Postfach):",
        "crisis": "  {when}: {category}; {reply}.",
    },
    "es": {
        "none": "Ninguna llamada entre sesiones desde la última sesión.",
        "one": "{n} llamada",
        "many": "{n} llamadas",
        "week": "Semana del {day}",
        "within": "{week}: {count} (cómodo: {comfortable}).",
        "above": "{week}: {count}, más de las {comfortable} que le resultan cómodas: "
        "quizá valga la pena explorarlo juntos.",
        "crises": "Mensajes con lenguaje de crisis desde la última sesión (las palabras están "
        "en su bandeja de entrada):",
        "crisis": "  {when}: {category}; {reply}.",
    },
}

# Names the detector used before the risk categories; rows written then keep them.
LEGACY = {"suicide": "active", "overdose": "acute", "hopelessness": "hopeless", "safety": "danger"}

CATEGORIES: dict[str, dict[str, str]] = {
    "en": {
        "passive": "wish to be dead",
        "active": "suicidal thoughts",
        "plan": "method, plan, intent or timing",
        "preparatory": "preparations or a farewell",
        "acute": "acute danger (something taken or done, or a dangerous place)",
        "self-harm": "self-harm",
        "hopeless": "hopelessness or feeling a burden",
        "danger": "danger from others",
        "third-party": "someone else at risk",
        "extra": "one of your own crisis words",
        "unknown": "crisis language",
    },
    "de": {
        "passive": "Todeswunsch",
        "active": "Suizidgedanken",
        "plan": "Methode, Plan, Absicht oder Zeitpunkt",
        "preparatory": "Vorbereitungen oder Abschied",
        "acute": "akute Gefahr (etwas eingenommen oder getan, oder ein gefährlicher Ort)",
        "self-harm": "Selbstverletzung",
        "hopeless": "Hoffnungslosigkeit oder das Gefühl, eine Last zu sein",
        "danger": "Gefahr durch andere",
        "third-party": "eine andere Person in Gefahr",
        "extra": "eines Ihrer eigenen Krisenwörter",
        "unknown": "Krisensprache",
    },
    "es": {
        "passive": "deseo de estar muerto",
        "active": "pensamientos suicidas",
        "plan": "método, plan, intención o momento",
        "preparatory": "preparativos o una despedida",
        "acute": "peligro agudo (algo tomado o hecho, o un lugar peligroso)",
        "self-harm": "autolesiones",
        "hopeless": "desesperanza o sentirse una carga",
        "danger": "peligro por parte de otros",
        "third-party": "otra persona en riesgo",
        "extra": "una de sus propias palabras de crisis",
        "unknown": "lenguaje de crisis",
    },
}

REPLIES: dict[str, dict[str, str]] = {
    "en": {
        "with-times": "they got the emergency text with call times",
        "without-times": "they got the emergency text only, no call times",
        "none:hourly-limit": "no reply was sent (the hourly reply limit)",
        "none:machine-mail": "no reply was sent (it looked like machine mail)",
        "none:calendar-reply": "no reply was sent (it was a calendar reply)",
        "none:dry-run": "no reply was sent (dry run: the reply waits in Drafts)",
        "none:daily-limit": "no reply was sent (they already had an emergency reply that day)",
        "none:other": "no reply was sent",
    },
    "de": {
        "with-times": "die Antwort brachte den Notfalltext mit Gesprächszeiten",
        "without-times": "die Antwort brachte nur den Notfalltext, ohne Gesprächszeiten",
        "none:hourly-limit": "keine Antwort gesendet (die stündliche Grenze)",
        "none:machine-mail": "keine Antwort gesendet (es sah nach automatischer Post aus)",
        "none:calendar-reply": "keine Antwort gesendet (es war eine Kalenderantwort)",
        "none:dry-run": "keine Antwort gesendet (Probelauf: die Antwort liegt in den Entwürfen)",
        "none:daily-limit": "keine Antwort gesendet (schon eine Notfallantwort an diesem Tag)",
        "none:other": "keine Antwort gesendet",
    },
    "es": {
        "with-times": "la respuesta llevó el texto de emergencia con horarios de llamada",
        "without-times": "la respuesta llevó solo el texto de emergencia, sin horarios",
        "none:hourly-limit": "no se envió respuesta (el límite de respuestas por hora)",
        "none:machine-mail": "no se envió respuesta (parecía correo automático)",
        "none:calendar-reply": "no se envió respuesta (era una respuesta de calendario)",
        "none:dry-run": "no se envió respuesta (prueba: la respuesta espera en Borradores)",
        "none:daily-limit": "no se envió respuesta (ya tuvo una respuesta de emergencia ese día)",
        "none:other": "no se envió respuesta",
    },
}
