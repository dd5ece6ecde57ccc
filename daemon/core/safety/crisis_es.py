"""Crisis wordings in Spanish, from Spain and Latin America, as people write them (pure data).

Written for `crisis_base.normalise`: accents dropped ("está" is "esta", "daño" is "dano"),
"." for any punctuation including "¿" and "¡". Negations still match ("no voy a suicidarme").
"""

from __future__ import annotations

from daemon.core.safety.crisis_base import (
    ABOUT,
    ACTIVE,
    ACUTE,
    DANGER,
    HOPELESS,
    PASSIVE,
    PLAN,
    PREPARATORY,
    SELF_HARM,
    THIRD_PARTY,
    TOPIC_AFTER,
    rule,
    wordset,
)

STOPWORDS = wordset(
    "que de no y el la me mi en es lo por con ya se un una los las estoy quiero para pero mas"
    " muy esto"
)

_PILLS = r"(?:pastillas|pildoras|comprimidos|medicamentos|medicinas|pastis|calmantes)"
_KIN = (
    r"(?:mi|mis|nuestr[oa]s?) (?:mejor |hermanit[oa] |)(?:hermana|hermano|hijo|hija|hijos|hijas"
    r"|madre|mama|padre|papa|amiga|amigo|novio|novia|pareja|marido|esposo|esposa|mujer"
    r"|companer[oa]|sobrin[oa]|prim[oa]|abuel[oa]|ex|vecin[oa]|alumn[oa]|paciente|cunad[oa]"
    r"|nieto|nieta|chico|chica|nene|nena)"
)
_SELF_END = r"(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida)"

RULES = (
    # -- acute
    rule(
        ACUTE,
        r"(?:estoy|sigo|me encuentro|parad[oa]|sentad[oa]|subid[oa])(?: \w+){0,3} (?:en|sobre"
        r"|arriba de|al borde de) (?:el |la |las |los |un |una )?(?:puente|azotea|techo|vias|via"
        r"|tejado|borde|cornisa|acantilado|barranco|barandilla|baranda|balcon|ventana)",
        after=r"(?: \w+){0,3} (?:arreglando|reparando|limpiando|trabajando|tomando el sol)(?!\w)",
    ),
    rule(
        ACUTE,
        rf"(?:tome|tomado|trague|tragado|tomo|traga)(?: \w+){{0,3}} (?:tod[oa]s? (?:el|la|los|las"
        rf"|mis|mi)|un frasco|una caja|un blister|[1-9]\d|muchas|demasiadas|un monton de"
        rf"|un punado de|un bote de)(?: \w+){{0,2}}"
        rf" (?:frasco|caja|blister|{_PILLS})|(?:tome|tomado|hice|he hecho|tuve|trague) una "
        rf"sobredosis",
    ),
    rule(
        ACUTE,
        r"ya me (?:corte|he cortado)|no (?:para|deja) de sangrar|sangr\w* mucho"
        r"|(?:soga|cuerda) (?:esta )?(?:lista|preparada)",
    ),
    # -- plan
    rule(
        PLAN,
        rf"(?:juntando|juntado|guardando|guardado|acumulando|acumulado|ahorrando|escondiendo"
        rf"|junto|guardo|acumulo|escondo)(?: \w+){{0,2}} {_PILLS}",
    ),
    rule(
        PLAN,
        r"(?:se|pense|decidi|planee|planeado|pensado|tengo pensado) (?:exactamente |bien |ya )?"
        r"(?:como|cuando|donde)"
        r" (?:lo )?(?:voy a hacer|hacerlo|lo hare|lo haria|hacer|matarme|suicidarme)",
        before=r"no ",
    ),
    rule(
        PLAN,
        rf"compre (?:una |la |un )?(?:cuerda|soga|pistola|arma|carbon)|plan y (?:una )?fecha"
        rf"|(?:tengo|hice) un plan para {_SELF_END}|cuantas {_PILLS}(?: \w+){{0,4}} (?:hacen"
        rf" falta|necesito|para morir|matan|mata)|dosis (?:letal|mortal)|(?:elegi|escogi"
        rf"|ya tengo) (?:el|un) (?:puente|edificio|metodo|acantilado)",
    ),
    # -- preparatory
    rule(
        PREPARATORY,
        r"cartas? de despedida|(?:carta|nota) de suicidio|me despedi de (?:todos|todo el mundo"
        r"|mi familia)|despedirme de todos|adios para siempre|cuando (?:leas|lean|leais|lea)"
        r" esto|para que me recuerde\w*|algo para recordarme|(?:regale|regalando|regalado)"
        r" (?:todas )?mis cosas",
    ),
    rule(
        PREPARATORY,
        r"(?:ya )?no (?:voy a necesitar|necesitare|necesito|vo a necesitar) (?:mas )?(?:las "
        r"|mis )?(?:sesiones|citas|terapia|ayuda)",
        after=r" (?:del|de este|de esta|el|este|esta|la proxima|hasta|porque)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"cuando (?:ya )?no (?:este|estare|exista)|cuando (?:me haya ido|muera|este muert[oa])"
        r"|(?:es|este es) mi ultimo (?:correo|mensaje|mail|email)",
        after=r" (?:en|de|aqui|alli|ahi|disponible|libre|antes|hasta|del ano|por hoy)(?!\w)",
    ),
    # -- third person at risk
    rule(
        THIRD_PARTY,
        rf"{_KIN}(?: \S+){{0,10}} (?:se quiere morir|quiere morir(?:se)?|(?:se )?(?:quiere |intento"
        rf" |va a )?(?:suicidar\w*|matarse)|se (?:quiere|va a) matar|suicid\w*|se corta"
        rf"|se autolesiona|autolesi\w*"
        rf"|(?:ya )?no quiere vivir|quitarse la vida|sobredosis|se hace dano|cartas? de"
        rf" despedida|se despidio|se lastima|tomo (?:muchas|todas|un monton"
        rf"|demasiadas)(?: \w+){{0,2}}"
        rf" {_PILLS})",
        after=TOPIC_AFTER,
    ),
    # -- danger from others
    rule(
        DANGER,
        r"(?:me|nos) (?:pego|pega|pegan|pegaron|golpeo|golpea|golpean|empujo|ahorco|ahorca"
        r"|estrangulo|pateo|amenazo|amenaza|violo|viola|maltrata|maltrato|encerro|persigue"
        r"|esta siguiendo|acosa|quiere matar|va a matar)",
        before=r"(?:jefe|jefa|profe)(?: \w+){0,2} ",
        after=r" (?:si llego|por llegar|con (?:el|la) (?:trabajo|tarea)|a mi mism[oa])(?!\w)",
    ),
    rule(
        DANGER,
        r"miedo (?:de|a) (?:volver|regresar|ir) a (?:casa|mi casa)|miedo (?:de|a) (?:mi (?:marido"
        r"|esposo|pareja|novio|novia|ex|padre|papa|padrastro|madre)|el)|no me siento (?:segur[oa]"
        r"|a salvo)(?: \w+){0,2} (?:en casa|con el|con ella|aqui|en mi casa)|no estoy (?:segur[oa]"
        r"|a salvo) (?:en casa|con el|aqui)|violencia (?:domestica|de genero)|me maltrata",
        before=ABOUT,
    ),
    # -- active
    rule(ACTIVE, r"(?:suicid|sucid|suisid|suicd)\w*", after=TOPIC_AFTER, before=ABOUT),
    rule(
        ACTIVE,
        r"me (?:voy a )?mat(?:o|are)",
        after=r" de (?:risa|hambre|ganas|sueno|calor|frio|verguenza|trabajo)(?!\w)",
    ),
    rule(
        ACTIVE,
        rf"{_SELF_END}|me quite la vida|ganas de (?:morir|matarme"
        rf"|suicidarme|desaparecer)|(?:pensamientos|ideas) (?:suicidas|de muerte|de matarme"
        rf"|de morir)|sobredosis",
    ),
    rule(
        ACTIVE,
        r"(?:acabar|terminar) con todo",
        after=r" (?:el|lo|la|los|las|esto del|mi trabajo|de (?:risa|trabajo|estudiar))(?!\w)",
    ),
    # -- self-harm
    rule(SELF_HARM, r"auto ?lesi\w*|autoles\w*", before=ABOUT),
    rule(
        SELF_HARM,
        r"(?:he vuelto|volvi|vuelvo) a (?:cortarme|cortar|hacerme dano|lastimarme|quemarme"
        r"|autolesionarme)|(?:ganas de|quiero|miedo de) (?:cortarme|hacerme dano|lastimarme"
        r"|quemarme)|(?:hice|hago|queme|quemo|corte|corto|lastime|golpee|golpeo)(?: \w+){0,4}"
        r" (?:a proposito|adrede|aproposito)|me (?:hice|hago) dano(?: \w+){0,3} (?:a proposito"
        r"|adrede|sol[oa])|volvi a hacerme dano",
    ),
    rule(
        SELF_HARM,
        r"me corto(?: (?:los|las|mis))? (?:brazos|piernas|munecas|muslos|piel|venas)"
        r"|me corto",
        after=r" (?:el|la|las|los|un|una) (?:pelo|cabello|unas|flequillo|barba|puntas)(?!\w)",
    ),
    # -- passive
    rule(
        PASSIVE,
        r"(?:me quiero|quiero|quisiera|deseo|me gustaria|tengo ganas de|me quisiera)(?: \w+){0,2}"
        r" morir(?:me)?",
        after=r" de (?:la )?(?:risa|ganas|hambre|sueno|calor|verguenza|frio|aburrimiento)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"ya no quiero (?:vivir|estar aqui|estar viv[oa]|seguir|existir|despertar)|no quiero"
        r" (?:seguir viviendo|vivir mas|despertar(?:me)? (?:nunca|manana|mas))"
        r"|(?:mejor|mejor estaria|estaria mejor) muert[oa]|(?:deseo|quisiera|ojala) estar"
        r" muert[oa]|ojala (?:no )?(?:me muriera|muriera|no despertara|no despierte|no hubiera"
        r" nacido|nunca hubiera nacido)|no haber nacido|desaparecer para siempre|dejar de existir",
        after=r" (?:en este|en esta|en el|en la|con|trabajando)(?!\w)",
    ),
    # -- hopeless
    rule(
        HOPELESS,
        r"(?:soy|me siento) (?:una |un )?(?:carga|estorbo)|(?:una|un) carga para|(?:estarian"
        r"|estarias|estaria|estaran|estan|vivirian|seria|serian) mejor sin mi|mejor sin mi",
    ),
    rule(
        HOPELESS,
        r"no hay salida|sin salida|no tiene sentido (?:seguir|vivir|nada)|no le veo sentido a"
        r" (?:nada|la vida|seguir(?! en| con)|vivir)|nada tiene sentido|sin esperanza"
        r"|no tengo esperanza"
        r"|perdi (?:la|toda) (?:esperanza|las ganas de vivir)|cansad[oa] de vivir|hart[oa] de"
        r" vivir|nada va a mejorar|nunca va a mejorar|no va a mejorar nunca",
        before=r"callejon ",
    ),
    rule(
        HOPELESS,
        r"no (?:puedo|aguanto|soporto) mas",
        after=r"(?: con)?(?: este| esta| el| la| tanto| tanta)? (?:calor|frio|trafico|lluvia"
        r"|ruido|jaja\w*)(?!\w)| con (?:mis|mi|el|la|los|las|este|esta|tanto|tanta) (?!vida)\w+",
    ),
    # -- more wordings, found by probing the rules with fresh sentences
    rule(
        PASSIVE,
        r"no quiero seguir (?:aqui|viviendo|viv[oa]|en este mundo)|(?:dormir|dormirme) y no"
        r" despertar|no despertar(?:me)? (?:nunca|mas|jamas)|no existir|dejar de (?:existir|vivir)"
        r"|(?:mejor|mejor seria) si (?:no estuviera|no existiera|me muriera|desapareciera)"
        r"|si no (?:estuviera|existiera)|(?:no tengo|sin|perdi las) ganas de vivir",
    ),
    rule(
        ACTIVE,
        r"me (?:voy a|quiero|podria) matar|hacerme algo|hacer(?:me)? una (?:tonteria"
        r"|locura)",
    ),
    rule(
        PLAN,
        rf"ya tengo (?:las |la |el |suficientes )?(?:{_PILLS}|cuerda|soga|pistola|arma|fecha"
        rf"|plan|veneno)|lo voy a hacer (?:este|esta|el|la|manana|hoy|pronto|cuando)"
        rf"|(?:compre|consegui) (?:\w+ )?veneno|como (?:ahorcarse|ahorcarme|matarse|matarme"
        rf"|suicidarse|suicidarme)|todo (?:preparado|listo|planeado)",
        after=r" (?:para|con|de (?:la|el|los|las) (?:fiesta|viaje|mudanza|boda))(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:deje|dejo|escribi|escribo) (?:una |un )?(?:carta|nota|mensaje)s? (?:a|para) (?:mis"
        r"|mi) (?:padres|hijos|familia|madre|padre|mama|papa|hermanos?|pareja|esposo|esposa)"
        r"|(?:despidiendo|despedirme|me despido|me despedi) de (?:todos|todo el mundo|mi familia)"
        r"|cuida\w* (?:a|de) mis (?:hijos|hijas|ninos|gatos|perros|mascotas)(?: \w+){0,2} por mi"
        r"|no (?:es|fue) (?:tu|su) culpa|gracias por todo(?: \S+){0,2} adios|adios(?: \S+){0,2}"
        r" gracias por todo|(?:repart\w*|regal\w*|di) (?:todas )?mis cosas|(?:van a|vas a|va a)"
        r" saber (?:mas )?(?:nada )?de mi|no sabran mas de mi",
    ),
    rule(
        ACUTE,
        r"(?:corte|cortado|abri) las venas|venas cortadas|tome las pastillas y (?:me siento"
        r"|estoy) (?:maread[oa]|rar[oa]|mal)|a punto de (?:saltar|tirarme|matarme|hacerlo|tomar)",
    ),
    rule(
        SELF_HARM,
        r"(?:lastimo|pego|hiero|muerdo|rasguno)(?: \w+){0,4} (?:a proposito|adrede)|me estoy"
        r" cortando|me sigo cortando|cortandome|lastimandome|hiriendome|autolesionandome|me hago"
        r" cortes|cortes en (?:los|mis) (?:brazos|piernas|munecas|muslos)|me quemo (?:la piel"
        r"|los brazos|con)|(?:pego|golpeo|lastimo|hago dano|corto|hiero|castigo) a mi mism[oa]"
        r"|hasta sangrar|hasta que sangr\w*",
    ),
    rule(
        HOPELESS,
        r"no sirvo para nada|no valgo (?:nada|la pena)|soy un fracaso|no (?:le )?encuentro"
        r" sentido|la vida no tiene sentido|no hay esperanza|no tengo esperanzas?|(?:ya )?me"
        r" rendi|me doy por vencid[oa]|no puedo seguir (?:asi|viviendo|con esto|mas)|(?:cansad[oa]"
        r"|hart[oa]) de (?:todo|vivir|la vida|luchar)",
        after=r" con(?!\w)",
    ),
    rule(
        DANGER,
        r"(?:en casa|aqui|con el) no estoy (?:segur[oa]|a salvo)|no estoy a salvo|no me deja"
        r" (?:salir|ver|hablar|trabajar)",
    ),
    # -- a third round of probing
    rule(
        PASSIVE,
        r"preferiria (?:estar muert[oa]|morir(?:me)?|no (?:estar|existir|vivir|despertar))"
        r"|prefiero (?:morir|estar muert)|estar muert[oa]",
    ),
    rule(
        PREPARATORY,
        r"cartas? (?:para|de) despedir(?:me|nos)?|despedirme de (?:todos|ustedes"
        r"|mi familia|la vida|este mundo)",
    ),
    rule(
        SELF_HARM,
        r"me (?:corte|cortaba|corto|he cortado) (?:\w+ )?(?:el |los |las |la |mis |mi )?"
        r"(?:brazos?|piernas?|munecas?|muslos?|venas?|piel)",
    ),
    # -- a fourth round of probing
    rule(PASSIVE, r"no estar viv[oa]"),
    rule(PLAN, rf"{_PILLS} (?:guardadas|escondidas|juntadas|acumuladas)"),
    rule(
        PREPARATORY,
        r"todo (?:arreglado|listo|preparado|organizado) para (?:mis|mi|los|las)"
        r" (?:hijos|hijas|ninos|padres|familia|gatos|perros)",
    ),
    rule(ACUTE, r"(?:quiero|voy a) (?:saltar|tirarme)|a punto de tirarme"),
    rule(
        SELF_HARM,
        r"me sigo (?:lastimando|cortando|hiriendo|quemando)|sigo (?:lastimandome"
        r"|cortandome)",
    ),
    rule(DANGER, r"miedo (?:de|a) que me (?:mate|pegue|haga dano|lastime|encuentre)"),
    # -- a fifth round of probing
    rule(PASSIVE, r"me (?:pasara|pase) algo|me muriera|me muera(?! de)"),
    rule(
        ACTIVE,
        r"tirarme (?:del|de un|de la|por la|al|a las) (?:puente|edificio|balcon|ventana"
        r"|tren|metro|vias)",
    ),
    rule(PLAN, rf"ya compre (?:las |unas |muchas )?(?:{_PILLS}|cuerda|soga)"),
    rule(SELF_HARM, r"me hago dano", after=r" (?:en|al|jugando|entrenando)(?!\w)"),
    rule(
        HOPELESS,
        r"nadie me (?:necesita|quiere|echaria de menos|extranaria)|no le importo a"
        r" nadie",
    ),
    rule(PLAN, rf"contando (?:las |mis )?{_PILLS}|{_PILLS}(?: \w+){{0,4}} alcanz\w*"),
    rule(PREPARATORY, r"(?:videos?|mensajes?|audios?) de despedida"),
    rule(
        DANGER,
        r"me (?:tiro|lanzo|arrojo) (?:una|un) (?:silla|botella|plato|vaso|cuchillo|objeto"
        r"|zapato|libro)|me (?:tiro|lanzo|arrojo) cosas",
    ),
    # -- a seventh round of probing
    rule(PASSIVE, r"(?:estar|seguir|vivir) en este mundo"),
)
