"""A small logistic-regression model beside the crisis rules (pure, no network).

The rules name wordings; people find new ones. This model (`daemon.core.textmodel`, fitted by
`daemon/crisis_train.py` on the development corpus tests/data/crisis/dev/ and on everyday
client mail only) is asked only when no rule matched: it can add an alert, never remove one.
Its weights ship inside the package as `crisis_model.json.gz`; a test refits it from the corpus
and compares, so nobody can slip held-out mail into it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from daemon.core.safety.crisis_base import normalise
from daemon.core.safety.crisis_families import IDIOMS
from daemon.core.textmodel import Linear, unpacked

NONE = "none"
SHIPPED = "crisis_model.json.gz"
# A text is flagged when the log-odds of crisis in its most worrying stretch exceed THRESHOLD,
# or THRESHOLD_OUTSIDE when it holds no word of the crisis domain (`_DOMAIN`): slang, means and
# places nobody listed ("kms", "the top floor of the car park") still count, but only when the
# model is sure, because everyday mail rarely holds a domain word and never needs an alert.
# Chosen together on the leave-one-author-out figures of bench/crisis_crossval.py: the pair
# with the most recall at precision >= 0.85 that flags at most 4% of everyday client mail the
# model never trained on (intent author c). An urgent alert and an emergency paragraph on one
# ordinary request in ten would teach the therapist to ignore alerts.
THRESHOLD = 0.1
THRESHOLD_OUTSIDE = 1.8

# Words of the crisis domain (death, life, pills, cutting, goodbye, hope, safety, violence, the
# means and places ... in the three languages): a text without one needs a surer model to be
# flagged (THRESHOLD_OUTSIDE). Each word family here was checked on the leave-one-author-out
# figures (bench/crisis_crossval.py) and on everyday mail.
_DOMAIN = re.compile(
    r"(?<!\w)(?:die|died|dying|dead|death|deadly|kill\w*|suicid\w*|sucid\w*|unaliv\w*|life|lives"
    r"|live|living|alive|exist\w*|end|ending|pills?|tablets?|meds|medication|overdos\w*|paracetamol"
    r"|cut\w*|blood\w*|bleed\w*|hurt\w*|harm\w*|burn\w*|scars?|razor|blade|jump\w*|bridge|roof"
    r"|ledge|cliff\w*|tracks|rope|noose|gun|goodbye\w*|farewell|letters?|burden|hope\w*"
    r"|point\w*|future|worth\w*|pain|dark\w*|gone|disappear\w*|vanish\w*|wake|sleep|forever|safe"
    r"|unsafe|scared|afraid|frightened|terrified|hit\w*|beat\w*|punch\w*|kick\w*|chok\w*|strangl\w*"
    r"|threat\w*|abus\w*|violen\w*|police|rape\w*|tired|give up|gave up|cope|coping|enough"
    r"|anymore|any more|nothing|empty|numb|funeral|grave|heaven|fault|everyone|lethal"
    r"|courage|edge|urge|plan\w*|ready|swallow\w*|took|taken"
    # German (normal form)
    r"|sterb\w*|starb\w*|tot|tote[nr]?|tod\w*|toet\w*|umbr\w*|umgebracht|suizid\w*|selbstmord\w*"
    r"|leben\w*|lebe|existier\w*|ende|beenden|schluss|tablett\w*|pillen|medikament\w*|ueberdos\w*"
    r"|schneid\w*|geschnitten|ritz\w*|blut\w*|verletz\w*|verbrenn\w*|verbrannt|narben?|spring\w*"
    r"|bruecke|dach|gleis\w*|seil|strick|abschied\w*|brief\w*|last|belastung|hoffnung\w*|sinn\w*"
    r"|zukunft|wert\w*|schmerz\w*|dunkel\w*|weg|verschwind\w*|aufwach\w*|schlafen|sicher|angst"
    r"|schlaeg\w*|schlag\w*|geschlagen|pruegel\w*|droh\w*|gewalt\w*|polizei|leid|muede|aufgeben"
    r"|aushalt\w*|aus|mehr|nimmer|nuemme|nichts|leer|schuld|allen|ausweg|kraft|antu\w*|angetan"
    # Spanish (normal form)
    r"|mori\w*|muero|murio|morir\w*|muert\w*|muer\w*|mat\w*|suicid\w*|vida|vivir|viv[oa]|existir|acabar|terminar"
    r"|pastillas|pildoras|sobredosis|cort\w*|sangr\w*|lastim\w*|dano|quem\w*|cicatri\w*|salt\w*"
    r"|puente|azotea|techo|vias|cuerda|soga|despedi\w*|carta\w*|carga|esperanza|sentido|futuro"
    r"|valgo|dolor|oscur\w*|desaparec\w*|despert\w*|dormir|segur[oa]|miedo|peg\w*|golpe\w*"
    r"|amenaz\w*|violen\w*|policia|viol\w*|cansad[oa]|harta?o?|rendi\w*|aguant\w*|nada|nadie"
    # Words of the families found in mail written after the rules (leave-one-author-out):
    # the means, places, danger at home, farewells, in the three languages.
    r"|garage|river|sea|water|tracks?|timetable|express|train|window|floor|balcony|railing"
    r"|insulin|vets?|ordered|googl\w*|tallest|decided|terminal|relieved|obituar\w*|envy"
    r"|without me|worry about me|still here|gave|giving|given|returned|sorted|signed|bye"
    r"|thanks for everything|thank you for everything|passport|checks|locks?|locked|stepdad"
    r"|drunk|smash\w*|ribs|neck|throat|knife|marry|carv\w*|starv\w*|banged|sleeves"
    r"|arms|wrists?|legs?|thighs?|videos|stalk\w*"
    r"|fluss|rhein|wasser|gleis\w*|fahrplan|zug|fenster\w*|stock|balkon|gelaender"
    r"|bestellt|apotheke\w*|entschieden|ohne mich|sorgen um mich|noch da|geschenkt|verschenkt"
    r"|tschuess|adieu|danke fuer alles|merci fuer alles|geregelt|reisepass|meinen pass"
    r"|kontrolliert|sperrt"
    r"|stiefvater|betrunken|bsoffn|trinkt|schreit|rippen|hals|messer|verheirat\w*|gschnittn"
    r"|arm|armen|bein|oberschenkel|handgelenk|brandwunden|motor|mach ichs|erleb|umzubring\w*"
    r"|rio|mar|agua|vias|horarios|ventana|piso|balcon|baranda|decidi|sin mi|por mi|aca"
    r"|regale|regalo|deje|despedirme|chau|adios|gracias por todo|pasaporte|revisa|encierra"
    r"|padrastro|borracho|costillas|cuello|cuchillo|brazos|muslo|mangas|levanto|bajon"
    r"|wak\w*|around|deleted|apologi\w*|steering|wheel|lenkrad|ausgschaut|lithium"
    r"|\w+tabletten|\w+pastillas|eingenommen|zettel|\w*spring\w*|geloescht|heimkommst"
    r"|culpa|salida|tirarme|ahorc\w*)(?!\w)"
)


@dataclass(frozen=True)
class Model:
    linear: Linear
    categories: dict[str, dict[str, int]]  # crisis label -> word -> texts containing it

    def to_dict(self) -> dict[str, Any]:
        return {**self.linear.to_dict(), "categories": self.categories}

    @staticmethod
    def from_dict(raw: dict[str, Any]) -> Model:
        categories = {k: dict(v) for k, v in raw["categories"].items()}
        return Model(Linear.from_dict(raw), categories)

    def category(self, text: str) -> str:
        """The crisis label whose training texts share the most telling words with `text`
        (naive Bayes over words, add-one smoothing)."""
        found = set(normalise(text).split()) - {"."}
        vocabulary = len({w for table in self.categories.values() for w in table}) or 1

        def fit(label: str) -> float:
            table = self.categories[label]
            total = sum(table.values())
            return sum(math.log((table.get(w, 0) + 1) / (total + vocabulary)) for w in found)

        return max(sorted(self.categories), key=fit)


@cache
def _shipped() -> Model:
    return Model.from_dict(unpacked("daemon.core.safety", SHIPPED))


def crisis_score(text: str, model: Model | None = None) -> float | None:
    """The highest log-odds of crisis over the stretches of `text` (None: nothing to judge)."""
    return (_shipped() if model is None else model).linear.best(text)


def in_domain(text: str) -> bool:
    """Whether `text` holds a word of the crisis domain (idioms blanked first)."""
    return _DOMAIN.search(IDIOMS.sub(" . ", normalise(text))) is not None


def threshold(text: str) -> float:
    """The score `text` must exceed: lower when it holds a word of the crisis domain."""
    return THRESHOLD if in_domain(text) else THRESHOLD_OUTSIDE


def classify(text: str, model: Model | None = None) -> str | None:
    """The crisis category the model gives `text`, or None when it looks like none. `model`
    replaces the shipped one (cross-validation trains one per fold)."""
    chosen = _shipped() if model is None else model
    score = crisis_score(text, chosen)
    if score is None or score <= threshold(text):
        return None
    return chosen.category(text)
