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
    Rule,
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
    r"|hermanit[oa]s?"
    r"|madre|mama|padre|papa|amiga|amigo|novio|novia|pareja|marido|esposo|esposa|mujer"
    r"|companer[oa]|sobrin[oa]|prim[oa]|abuel[oa]|ex|vecin[oa]|alumn[oa]|paciente|cunad[oa]"
    r"|nieto|nieta|chico|chica|nene|nena|tia|tio)"
)
# Talk about the topic in words ABOUT does not hold: what one reads or watches, a school
# project, a leaflet, a questionnaire, the rates of something.
_ES_ABOUT = (
    ABOUT + r"|(?:tasas?|indices?|cifras|estadisticas?|casos|aniversario|prevencion) (?:de|del) "
    r"|(?:leyendo|lei|leo|vimos|viendo|serie|pelicula|peli|libro|novela|documental|personaje"
    r"|paciente|prospecto|cuestionario|charla|curso|taller|tesis|club de lectura|trabajo (?:del"
    r"|de la|para la|para el|de) (?:facu|cole|colegio|uni|universidad|escuela|instituto))"
    r"(?: \S+){0,8} "
    r"|que es "
)
_SELF_END = r"(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida)"

RULES: tuple[Rule, ...] = (
    # -- acute
    rule(
        ACUTE,
        r"(?:estoy|sigo|me encuentro|parad[oa]|sentad[oa]|subid[oa])(?: \w+){0,3} (?:en|sobre"
        r"|arriba de|al borde de) (?:el |la |las |los |un |una )?(?:puente|azotea|techo|vias|via"
        r"|tejado|borde|cornisa|acantilado|barranco|barandilla|baranda|balcon|ventana)",
        # a "puente" is also a long weekend
        after=r"(?: \w+){0,3} (?:arreglando|reparando|limpiando|trabajando|tomando el sol)(?!\w)"
        r"| de (?:san \w+|mayo|diciembre|agosto|octubre|noviembre|la inmaculada|la constitucion"
        r"|todos los santos)(?!\w)| (?:festivo|largo)(?!\w)",
    ),
    rule(
        ACUTE,
        rf"(?:tome|tomado|trague|tragado|tomo|traga)(?: \w+){{0,3}} (?:tod[oa]s? (?:el|la|los|las"
        rf"|mis|mi)|un frasco|una caja|un blister|[1-9]\d|muchas|demasiadas|un monton de|un punado"
        rf" de|un bote de)(?: \w+){{0,2}} (?:frasco|caja|blister|{_PILLS})|(?:tome|tomado|hice|he"
        rf" hecho|tuve|trague) una sobredosis",
    ),
    rule(
        ACUTE,
        r"ya me (?:corte|he cortado)|no (?:para|deja) de sangrar|sangr\w* mucho|(?:soga|cuerda)"
        r" (?:esta )?(?:lista|preparada)",
        before=r"cuchill\w*(?: \w+){0,3} ",
    ),
    # -- plan
    rule(
        PLAN,
        rf"(?:juntando|juntado|guardando|guardado|acumulando|acumulado|ahorrando|escondiendo|junto"
        rf"|guardo|acumulo|escondo)(?: \w+){{0,2}} {_PILLS}",
        after=r"(?: \w+){0,4} (?:para que no|lejos de|fuera del alcance|bajo llave|del nino|de los"
        r" ninos)(?!\w)",
    ),
    rule(
        PLAN,
        r"(?:se|pense|decidi|planee|planeado|pensado|tengo pensado) (?:exactamente |bien |ya"
        r" )?(?:como|cuando|donde) (?:lo )?(?:voy a hacer|hacerlo|lo hare|lo haria|hacer|matarme"
        r"|suicidarme)",
        before=r"no ",
    ),
    rule(
        PLAN,
        rf"(?:compre|consegui) (?:una |la |un )?(?:cuerda|soga|pistola|arma|carbon|revolver)|plan"
        rf" y (?:una )?fecha|(?:tengo|hice) un plan para {_SELF_END}|cuantas {_PILLS}(?:"
        rf" \w+){{0,4}} (?:hacen falta|necesito|para morir|matan|mata)|dosis (?:letal|mortal)"
        rf"|(?:elegi|escogi|ya tengo) (?:el|un) (?:puente|edificio|metodo|acantilado)",
        # a rope for climbing, for the washing, for the dog
        after=r"(?: \w+){0,2} (?:para|pa|de) (?:escalar|escalada|saltar|tender|la ropa|el perro|el"
        r" juguete|el gato|el barco)(?!\w)",
    ),
    # -- preparatory
    rule(
        PREPARATORY,
        r"cartas? de despedida|(?:carta|nota) de suicidio|me despedi de (?:todos|todo el mundo|mi"
        r" familia)|despedirme de todos|adios para siempre|cuando (?:leas|lean|leais|lea) esto"
        r"|para que me recuerde\w*|algo para recordarme|(?:regale|regalando|regalado) (?:todas"
        r" )?mis cosas",
        # a card the team signs for a colleague who leaves; "call me when you read this"
        after=r"(?: \w+){0,2} (?:al|a la|para la|para el|pal|del) (?:cole|colegio|anuario"
        r"|companer\w*|jefe|jefa|equipo|empresa|oficina|trabajo|profe\w*)(?!\w)",
        before=r"(?:escribimos|le escribimos|hicimos|firmamos|nos hicieron escribir)(?: \w+){0,3} "
        r"|(?:llamame|llameme|llamenme|me llamas|me llama|escribeme|escribame|contestame"
        r"|respondeme|avisame|me avisas)(?: \w+){0,2} ",
    ),
    rule(
        PREPARATORY,
        r"(?:ya )?no (?:voy a necesitar|necesitare|necesito|vo a necesitar) (?:mas )?(?:las |mis"
        r" )?(?:sesiones|citas|terapia|ayuda)",
        after=r" (?:del|de este|de esta|el|este|esta|la proxima|hasta|porque)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"cuando (?:ya )?no (?:este|estare|exista)|cuando (?:me haya ido|muera|este muert[oa])"
        r"|(?:es|este es) mi ultimo (?:correo|mensaje|mail|email)",
        after=r" (?:en|de|desde|con esta|aqui|alli|ahi|disponible|libre|antes|hasta|del ano|por"
        r" hoy)(?!\w)",
    ),
    # -- third person at risk
    rule(
        THIRD_PARTY,
        rf"{_KIN}(?: \S+){{0,10}} (?:se quiere morir|quiere morir(?:se)?|(?:se )?(?:quiere "
        rf"|intento |va a )?(?:suicidar\w*|matarse)|se (?:quiere|va a) matar|suicid\w*|se corta|se"
        rf" autolesiona|(?<!que es )autolesi\w*|(?:ya )?no quiere vivir|quitarse la vida"
        rf"|sobredosis|se hace dano|(?:cartas?|notas?|mensajes?|videos?) de despedida|se despidio"
        rf"|se lastima|tomo (?:muchas|todas|un monton|demasiadas)(?: \w+){{0,2}} {_PILLS})",
        after=TOPIC_AFTER + r"|(?: \w+){0,2} (?:cada vez (?:que|q)|a trabajar|a estudiar"
        r"|trabajando|estudiando|entrenando)(?!\w)",
    ),
    # -- danger from others
    rule(
        DANGER,
        r"(?:me|nos) (?:pego|pega|pegan|pegaron|golpeo|golpea|golpean|empujo|ahorco|ahorca"
        r"|estrangulo|pateo|amenazo|amenaza|violo|viola|maltrata|maltrato|encerro|persigue|esta"
        r" siguiendo|acosa|quiere matar|va a matar)",
        before=r"(?:hermanit[oa]|jefe|jefa|profe|parcial|examen|trafico|trancon|atasco|calor|dieta"
        r"|partido|final|serie|clase|tesis|mudanza|autopista|cola|horario|reunion|entrega|jornada"
        r"|resaca|curro)(?: \w+){0,3} ",
        after=r" (?:si llego|por llegar|con (?:el|la) (?:trabajo|tarea)|a mi mism[oa]|(?:unas?|un)"
        r" (?:siestas?|ducha|duchazo|atracon|susto|sustos|madrugon|paseo|banquete)|con (?:contar\w*"
        r"|decir\w*|chivar\w*|acusarme))(?!\w)",
    ),
    rule(
        DANGER,
        r"miedo (?:de|a) (?:volver|regresar|ir) a (?:casa|mi casa)|miedo (?:de|a) (?:mi (?:marido"
        r"|esposo|pareja|novio|novia|ex|padre|papa|padrastro|madre)|el)|no me siento (?:segur[oa]"
        r"|a salvo)(?: \w+){0,2} (?:en casa|con el|con ella|aqui|en mi casa)|no estoy (?:segur[oa]"
        r"|a salvo) (?:en casa|con el|aqui)|violencia (?:domestica|de genero)|me maltrata",
        before=_ES_ABOUT,
    ),
    # -- active
    rule(ACTIVE, r"(?:suicid|sucid|suisid|suicd)\w*", after=TOPIC_AFTER, before=_ES_ABOUT),
    rule(ACTIVE, r"sobredosis", before=_ES_ABOUT),
    rule(
        ACTIVE,
        r"me (?:voy a )?mat(?:o|are)",
        after=r" de (?:risa|hambre|ganas|sueno|calor|frio|vergue?enza|trabajo)(?!\w)|(?: \.)?(?:"
        r" \w+){0,3} (?:veces|jaja\w*|lol|final|partida)(?!\w)|(?: \w+)? (?:el|la|este|esta)"
        r" (?:trabajo|semana|curro|gym|gimnasio|calor|examen|jornada|entrenamiento)(?!\w)",
        before=r"(?:serie|partido|examen|peli\w*|pelicula|libro|capitulo|episodio|juego|chiste"
        r"|meme|video|gano|gane)(?: \S+){0,3} ",
    ),
    rule(
        ACTIVE,
        rf"{_SELF_END}|me quite la vida|ganas de (?:morir|matarme|suicidarme|desaparecer)"
        rf"|(?:pensamientos|ideas) (?:suicidas|de muerte|de matarme|de morir)",
    ),
    rule(
        ACTIVE,
        r"(?:acabar|terminar) con todo",
        after=r" (?:el|lo|la|los|las|esto del|mi trabajo|de (?:risa|trabajo|estudiar))(?!\w)",
    ),
    # -- self-harm
    rule(SELF_HARM, r"auto ?lesi\w*|autoles\w*", before=_ES_ABOUT),
    rule(
        SELF_HARM,
        r"(?:he vuelto|volvi|vuelvo) a (?:cortarme|cortar|hacerme dano|lastimarme|quemarme"
        r"|autolesionarme)|(?:ganas de|quiero|miedo de) (?:cortarme|hacerme dano|lastimarme"
        r"|quemarme)|(?:hice|hago|queme|quemo|corte|corto|lastime|golpee|golpeo)(?: \w+){0,4} (?:a"
        r" proposito|adrede|aproposito)|me (?:hice|hago) dano(?: \w+){0,3} (?:a proposito|adrede"
        r"|sol[oa])|volvi a hacerme dano",
    ),
    rule(
        SELF_HARM,
        r"me corto(?: (?:los|las|mis))? (?:brazos|piernas|munecas|muslos|piel|venas)|me corto",
        after=r" (?:el|la|las|los|un|una) (?:pelo|cabello|unas|flequillo|barba|puntas|llamada|luz"
        r"|conexion|linea|senal|videollamada|internet|wifi|agua|audio)(?!\w)",
        before=r"se ",
    ),
    # -- passive
    rule(
        PASSIVE,
        r"(?:me quiero|quiero|quisiera|deseo|me gustaria|tengo ganas de|me quisiera)(?: \w+){0,2}"
        r" morir(?:me)?",
        after=r" de (?:la )?(?:risa|ganas|hambre|sueno|calor|vergue?enza|frio|aburrimiento)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"ya no quiero (?:vivir|estar aqui|estar viv[oa]|seguir|existir|despertar)|no quiero"
        r" (?:seguir viviendo|vivir mas|despertar(?:me)? (?:nunca|manana|mas))|(?:mejor|mejor"
        r" estaria|estaria mejor) muert[oa]|(?:deseo|quisiera|ojala) estar muert[oa]|ojala (?:no"
        r" )?(?:me muriera|muriera|no despertara|no despierte|no hubiera nacido|nunca hubiera"
        r" nacido)|no haber nacido|desaparecer para siempre|dejar de existir",
        after=r" (?:en este|en esta|en el|en la|con|trabajando)(?!\w)",
        before=_ES_ABOUT,
    ),
    # -- hopeless
    rule(
        HOPELESS,
        r"(?:soy|me siento) (?:una |un )?(?:carga|estorbo)|(?:una|un) carga para|(?:estarian"
        r"|estarias|estaria|estaran|estan|vivirian|seria|serian) mejor sin mi|mejor sin mi",
    ),
    rule(
        HOPELESS,
        r"no hay salida|sin salida|no (?:le )?veo (?:ninguna )?salida|no (?:aguanto|soporto) vivir"
        r"|no tiene sentido (?:seguir|vivir|nada)|no le veo sentido a (?:nada|la vida|seguir(?! en"
        r"| con)|vivir)|nada tiene sentido|sin esperanza|no tengo esperanza|perdi (?:la|toda)"
        r" (?:esperanza|las ganas de vivir)|cansad[oa] de vivir|me (?:canse|harte) de (?:vivir|la"
        r" vida|existir)|hart[oa] de vivir|nada va a mejorar|nunca va a mejorar|no va a mejorar"
        r" nunca",
        before=r"callejon ",
    ),
    rule(
        HOPELESS,
        r"no (?:puedo|aguanto|soporto) mas",
        after=r"(?: con)?(?: este| esta| el| la| tanto| tanta)? (?:calor|frio|trafico|lluvia|ruido"
        r"|jaja\w*)(?!\w)| con (?:mis|mi|el|la|los|las|este|esta|tanto|tanta) (?!vida)\w+",
    ),
    # -- more wordings, found by probing the rules with fresh sentences
    rule(
        PASSIVE,
        r"no quiero seguir (?:aqui|viviendo|viv[oa]|en este mundo)|(?:dormir|dormirme) y no"
        r" despertar|no despertar(?:me)? (?:nunca|mas|jamas)|no existir|dejar de (?:existir|vivir)"
        r"|(?:mejor|mejor seria) si (?:no estuviera|no existiera|me muriera|desapareciera)|si no"
        r" (?:estuviera|existiera)|(?:no tengo|sin|perdi las) ganas de vivir",
    ),
    rule(
        ACTIVE,
        r"me (?:voy a|quiero|podria) matar|hacerme algo|hacer(?:me)? una (?:tonteria|locura)"
        # (authors c-i) voices, fear of oneself tonight, ways to die, a leap
        r"|(?:mi cabeza|una voz|las voces|la voz) me (?:dice|dicen|repite|repiten|grita|gritan)"
        r" (?:que )?(?:lo haga|hacelo|hazlo|que me mate|matate|me mate|salta|tirate)|miedo (?:de"
        r"|a) mi mism[oa]|miedo de lo que (?:pueda|puedo|podria) hacer(?:me)?|(?:formas|maneras"
        r"|metodos) (?:de )?(?:morir|matarse|suicidarse|matarme)|morir sin dolor|acabar con (?:mi"
        r"|este|el) sufrimiento|acabar con esto de una vez|empastill\w*|me (?:quiero|voy a) (?:dar"
        r"|pegar) un (?:tiro|balazo)|me (?:doy|pego) un (?:tiro|balazo)|(?:ahorcarme|envenenarme"
        r"|pegarme un tiro|darme un tiro|volarme la cabeza|cortarme las venas|electrocutarme)"
        r"|colgarme (?:de|del) (?:un|una|la|el)? ?(?:arbol|viga|techo|cuerda|soga|ventilador)"
        r"|tomarme (?:todas|todo el|el frasco|la caja|el bote|las pastillas)|dejar de sufrir para"
        r" siempre|(?:tirarme|aventarme|botarme|lanzarme|arrojarme)(?: \w+){0,2} (?:del|de un|de"
        r" una|de la|por la|al|a las|desde) (?:\w+ )?(?:puente|edificio|balcon|ventana|tren|metro"
        r"|vias|azotea|techo|terraza|acantilado|piso)",
    ),
    rule(
        PLAN,
        rf"ya tengo (?:las |la |el |suficientes )?(?:{_PILLS}|cuerda|soga|pistola|arma|fecha|plan"
        rf"|veneno)|lo voy a hacer (?:este|esta|el|la|manana|hoy|pronto|cuando)|(?:compre"
        rf"|consegui) (?:\w+ )?veneno|como (?:ahorcarse|ahorcarme|matarse|matarme|suicidarse"
        rf"|suicidarme)|todo (?:preparado|listo|planeado)",
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
        r"(?:corte|cortado|abri) las venas|venas cortadas|tome las pastillas y (?:me siento|estoy)"
        r" (?:maread[oa]|rar[oa]|mal)|a punto de (?:saltar|tirarme|matarme|hacerlo|tomar)",
    ),
    rule(
        SELF_HARM,
        r"(?:lastimo|pego|hiero|muerdo|rasguno)(?: \w+){0,4} (?:a proposito|adrede)|me estoy"
        r" cortando|me sigo cortando|cortandome|lastimandome|hiriendome|autolesionandome|me hago"
        r" cortes|cortes en (?:los|mis) (?:brazos|piernas|munecas|muslos)|me quemo (?:la piel|los"
        r" brazos|con)|(?:pego|golpeo|lastimo|hago dano|corto|hiero|castigo) a mi mism[oa]|hasta"
        r" sangrar|hasta que sangr\w*"
        # (authors c-i) reopened scars, burns, a wall, cut deep, purging as punishment
        r"|(?:abrir|abri|abrirme|abrio|volvi a abrir) (?:las |mis )?(?:cicatrices|heridas|costras)"
        r"|hasta (?:abrirme|sacarme sangre|hacerme sangre)|quem\w*(?: \w+){0,3} con (?:el |un |los "
        r"|unos |la |mi )?(?:mechero|encendedor|cigarr\w*|cerillos?|fosforos?|plancha de proposito"
        r"|hornalla)|(?:apague|apago) (?:un|el|los|unos) cigarr\w* en (?:la|mi|el|mis) \w+|puse la"
        r" mano en la (?:hornalla|estufa|plancha|llama|vela)|(?:a|de) proposito(?! \.? (?:la|el|de"
        r"|del|sobre|tengo|quer\w*|te|le|una|un|que)(?!\w))|(?:pegue|pego|golpee|golpeo|punetazos"
        r"|punetazo|golpes|cabezazos?)(?! (?:a )?(?:la|el|una|un) (?:pelota|balon|bola))(?:"
        r" \w+){0,3} (?:a|contra) (?:la|una) pared|nudillos (?:destrozados|rotos|abiertos|sangrando"
        r"|reventados|pelados)|me di (?:cabezazos|golpes|punetazos)|me (?:rayo|raye|rayaba|rajo"
        r"|raje|marco|marque|grabe|grabo)(?: \w+){0,3} (?:los|las|mis|el|la|en el|en la|en los|en"
        r" las) (?:brazos?|piernas?|munecas?|muslos?|piel|panza)|llen[oa]s? de (?:cortes|cicatrices"
        r"|quemaduras|marcas)|(?:cortado|corte|cortes) (?:\w+ )?(?:muy |demasiado |mas )?(?:hondo"
        r"|profundo|profundos|hondos)|me castigo (?:sin comer|a mi mism[oa]|con)|me (?:provoco"
        r"|hago) (?:el )?vomit\w*|me obligo a vomitar"
        # marks seen, sleeves in summer, a blade, hair pulled, the excuse
        r"|(?:vio|vieron|ve|vea|vean|viera|note|noto|vi|ven|vio) (?:las|mis) (?:marcas|cortes"
        r"|cicatrices|heridas|quemaduras)(?! (?:del|de la|de los) (?:gato|perro|sofa|mesa|pared"
        r"|coche|carro|suelo|auto))|nadie vea (?:los|mis|las) (?:cortes|brazos|marcas|cicatrices)"
        r"|mangas? largas?(?: \S+){0,6} (?:enero|verano|calor|\d+ grados|nadie vea|para que no|pa"
        r" que no|ya sabes|ya te imagina\w*|por que|xq|otra vez|en la sesion)|(?:hojita|cuchilla"
        r"|hoja|navaja)s? (?:del|de un|de mi) sacapuntas|con la (?:gillette|cuchilla|hojita"
        r"|navaja)|cuchillas en su (?:estuche|cajon|mochila|cuarto)|me (?:arranque|arranco"
        r"|arrancaba)(?: \w+){0,2} (?:mechon\w*|pelo|cabello|pestanas|costras)|arrancandome (?:el"
        r" pelo|los pelos|el cabello)|me (?:arano|arane|aranaba|rasguno|rasgune|pellizco|pellizque"
        r"|muerdo|mordi)(?: \w+){0,3} (?:las munecas|la muneca|los brazos|el brazo|la piel|las"
        r" piernas|los muslos|hasta)|(?:rasgunos|aranazos|cortecitos|quemaduras) en (?:la|las|mi"
        r"|mis|el|los) (?:munecas?|brazos?|muslos?|piernas?|panza|barriga)|(?:dije|le dije|les"
        r" dije) (?:que|q) (?:fue|era|eran|fueron)(?: \w+){0,2} (?:un accidente|accidente|el gato"
        r"|la gata|del gato|arreglando|sin querer|me cai)|piensa (?:que|q) (?:es|fue|son) (?:del"
        r"|el) gato|(?:otra vez|de nuevo|volvi a|anoche|ayer) me (?:corte|he cortado)|me"
        r" cortaba(?: \S+){0,5} (?:lo volvi a hacer|otra vez|de nuevo)|(?:otra vez|de nuevo) me"
        r" (?:hice|he hecho) dano|me (?:estoy haciendo|hice|he hecho) dano (?:otra vez|de nuevo)",
    ),
    rule(
        HOPELESS,
        r"no sirvo para nada|no valgo (?:nada|la pena)|soy un fracaso|no (?:le )?encuentro sentido"
        r"|la vida no tiene sentido|no hay esperanza|no tengo esperanzas?|(?:ya )?me rendi|me doy"
        r" por vencid[oa]|no puedo seguir (?:asi|viviendo|con esto|mas)|(?:cansad[oa]|hart[oa]) de"
        r" (?:todo|vivir|la vida|luchar)",
        after=r" con(?!\w)",
    ),
    rule(
        DANGER,
        r"(?:en casa|aqui|con el) no estoy (?:segur[oa]|a salvo)|no estoy a salvo|no me deja"
        r" (?:salir|ver|hablar|trabajar)"
        # (authors c-i) followed and watched, threatened if one tells or leaves, controlled
        r"|me (?:espera|esperaba|sigue|seguia|siguio|persigue|persiguio|vigila)(?: \w+){0,4}"
        r" (?:afuera|fuera|a la salida|en la puerta|al trabajo|a la facu|al laburo|hasta (?:el|la"
        r"|mi) (?:trabajo|casa|facu|oficina|colegio))|(?:estacionad[oa]|parad[oa]) (?:afuera|fuera"
        r"|frente a|enfrente de) (?:de )?mi casa|sabe (?:mi nueva direccion|donde vivo|donde"
        r" trabajo)|sabia donde (?:comi|estaba|estuve)|(?:airtag|localizador|rastreador|gps)(?:"
        r" \w+){0,3} (?:cosido|escondido|en mi|en el forro)|foto de (?:mi|la) puerta|me llegan"
        r" amenazas|amenazas de muerte|subio mi direccion|aparecio en (?:la facu|mi trabajo|el"
        r" trabajo|mi casa)|si (?:le |les |te )?(?:cuento|digo|lo dejo|la dejo|me voy|me llevo|me"
        r" quejo|hablo|denuncio|me separo|me ve)(?: \S+){0,8} me (?:mata|matara|va a matar|mataria"
        r"|voy a arrepentir|va a ir mal|arrepentir\w*|denuncia|hace dano|pega)|la proxima vez"
        r" (?:sera|va a ser)(?: \w+){0,2} (?:mi|tu) (?:cabeza|cara)|nadie me (?:iba|va) a encontrar"
        r"|me (?:mostro|enseno|apunto con) (?:la|el|una|un|su) (?:pistola|arma|cuchillo|navaja"
        r"|revolver)|rompio la puerta|fotos (?:intimas|desnud\w*)"
        # control: papers, money, mail, the phone; forced sex, forced marriage, the neck
        r"|me (?:quito|quitaron|quita|quitan|volvio a quitar|saco|sacaron) (?:la|el|los|las|mi"
        r"|mis) (?:tarjeta|tarjetas|celular|telefono|movil|pasaporte|papeles|documentos|dni|cedula"
        r"|llaves|plata|dinero|sueldo|pension|jubilacion)|miedo en mi (?:propia )?casa|(?:el|ella"
        r"|me|le|novio|marido|esposo|pareja) (?:lee|revisa|abre|controla|chequea|vigila) (?:el |mi"
        r" |mis |los |las |todos (?:mis|los) |todo)(?:mails?|correos?|mensajes|cartas|movil"
        r"|celular|telefono|whatsapp|cel)?|(?:el|ella) lee todo|(?:el|ella) tiene (?:la|mi)"
        r" (?:clave|contrasena)|cambio la clave del banco|(?:cobra|se queda con|maneja|controla)"
        r" mi (?:pension|sueldo|jubilacion|dinero|plata)|no me deja (?:ir|salir|usar|tener|ver"
        r"|hablar|trabajar|estudiar)|(?:tiene|guarda|se quedo con|retiene) mi (?:pasaporte|dni"
        r"|documentos|papeles)|me denuncia a migraciones|amenaz\w*(?: \w+){0,3} con (?:un|una|el"
        r"|la|su) (?:cuchillo|pistola|arma|navaja|machete|revolver|escopeta)|moretones(?:"
        r" \w+){0,6} (?:me agarro|me pego|me golpeo|me apreto|me empujo)|me (?:agarro|jalo"
        r"|arrastro) (?:del|de los|de la|por el|por los) (?:pelo|brazo|brazos|cuello|cabello)"
        r"|(?:el|ella) (?:esta|estaba) esperandome|no puedo (?:ir|volver|regresar) a (?:mi"
        r" )?casa(?: \.|$| porque| esta noche| hoy)|orden de (?:alejamiento|restriccion"
        r"|proteccion)|me (?:rastrea|rastreaba|tiene (?:vigilad[oa]|controlad[oa]|amenazad[oa]"
        r"|encerrad[oa]|secuestrad[oa]))(?! con (?:mas|el|la|los|las|horas))|me (?:dio|dieron|da"
        r"|daba) (?:una |unas )?(?:palizas?|bofetadas?|cachetadas?|golpizas?|trompadas?|pinas?"
        r"|patadas?|punetazos?)(?! (?:al|en el|jugando)(?!\w))|me (?:obliga|obligo|obligaba"
        r"|obligan) a (?:estar con el|tener relaciones|tener sexo|acostarme|hacer cosas)|me"
        r" (?:fuerza|forzo|forzaba) a|quiere\w* que me case|me (?:quieren|quiere) casar|(?:casarme"
        r"|casamiento|matrimonio) (?:forzado|a la fuerza)|se (?:pone|puso|vuelve|ponga)"
        r" violent[oa]|me (?:tranco|encerro|encierra)|(?:apreto|apretaba|agarro|agarra|aprieta"
        r"|puso (?:las|sus) manos en|estrangul\w*) (?:\w+ )?(?:el|del|en el|mi) cuello|me"
        r" (?:volvio|vuelve|volvieron) a (?:pegar|golpear|empujar|amenazar|ahorcar|encerrar"
        r"|violar)|miedo (?:de |a )?(?:volver|regresar|ir) a (?:mi )?casa|no me siento segur[oa]"
        r" (?:de|para) (?:volver|regresar|ir)|no estoy (?:segur[oa]|a salvo) en mi casa|no esta"
        r" (?:segur[oa]|a salvo)(?: \.|$| en casa| con)",
    ),
    # -- a third round of probing
    rule(
        PASSIVE,
        r"preferiria (?:estar muert[oa]|morir(?:me)?|no (?:estar|existir|vivir|despertar))"
        r"|prefiero (?:morir|estar muert)|estar muert[oa]",
    ),
    rule(
        PREPARATORY,
        r"cartas? (?:para|de) despedir(?:me|nos)?|despedirme de (?:todos|ustedes|mi familia|la"
        r" vida|este mundo)",
    ),
    rule(
        SELF_HARM,
        r"me (?:corte|cortaba|corto|he cortado) (?:\w+ )?(?:el |los |las |la |mis |mi )?(?:brazos?"
        r"|piernas?|munecas?|muslos?|venas?|piel)",
    ),
    # -- a fourth round of probing
    rule(PASSIVE, r"no estar viv[oa]"),
    rule(PLAN, rf"{_PILLS} (?:guardadas|escondidas|juntadas|acumuladas)"),
    rule(
        PREPARATORY,
        r"todo (?:arreglado|listo|preparado|organizado) para (?:mis|mi|los|las) (?:hijos|hijas"
        r"|ninos|padres|familia|gatos|perros)",
    ),
    rule(ACUTE, r"(?:quiero|voy a) (?:saltar|tirarme)|a punto de tirarme"),
    rule(
        SELF_HARM,
        r"me sigo (?:lastimando|cortando|hiriendo|quemando)|sigo (?:lastimandome|cortandome)",
    ),
    rule(DANGER, r"miedo (?:de|a) que (?:\w+ ){0,2}me (?:mate|pegue|haga dano|lastime|encuentre)"),
    # -- a fifth round of probing
    rule(PASSIVE, r"me (?:pasara|pase) algo|me muriera|me muera(?! de)"),
    rule(
        ACTIVE,
        r"tirarme (?:del|de un|de la|por la|al|a las) (?:puente|edificio|balcon|ventana|tren|metro"
        r"|vias)",
    ),
    rule(PLAN, rf"ya compre (?:las |unas |muchas )?(?:{_PILLS}|cuerda|soga)"),
    rule(SELF_HARM, r"me hago dano", after=r" (?:en|al|jugando|entrenando)(?!\w)"),
    rule(
        HOPELESS,
        r"nadie me (?:necesita|quiere|echaria de menos|extranaria)|no le importo a nadie",
        after=r" (?:prestar|dejar|llevar|ayudar|acompanar|dar|contestar)(?!\w)",
    ),
    rule(PLAN, rf"contando (?:las |mis )?{_PILLS}|{_PILLS}(?: \w+){{0,4}} alcanz\w*"),
    rule(PREPARATORY, r"(?:videos?|mensajes?|audios?) de despedida"),
    rule(
        DANGER,
        r"me (?:tiro|lanzo|arrojo) (?:una|un) (?:silla|botella|plato|vaso|cuchillo|objeto|zapato"
        r"|libro)|me (?:tiro|lanzo|arrojo) cosas",
    ),
    # -- a seventh round of probing
    rule(PASSIVE, r"(?:estar|seguir|vivir) en este mundo"),
)

# -- Families from the mail of authors c, d, e, h and i: Spain, Mexico, the Southern Cone and
# the Andes, often in text-speak ("q", "pa", "x"). Each names a way of saying it, not a line.

# Medicines by name as well as by kind: people write the drug they hold, not "pastillas".
_DRUGS = (
    r"(?:pastillas|pildoras|comprimidos|medicamentos|medicinas|pastis|calmantes|remedios|somniferos"
    r"|tranquilizantes|antidepresivos|sertralinas?|paracetamol\w*|ibuprofeno\w*|\w+zepam|\w+zolam"
    r"|litio|quetiapinas?|tramadol|rivotril|valium|tafil|insulina|blisters?|veneno|matarratas"
    r"|raticida)"
)
_SWALLOW = r"(?:tom(?:e|ado|ar|arme)|trag(?:ue|ado|ar|arme)|beb(?:i|erme|ido)|me meti)"
_VEHICLE = (
    r"(?:un|una|el|la) (?:coche|carro|auto|camion|micro|bondi|bus|autobus|colectivo|tren|guagua"
    r"|camioneta|moto|combi|trailer)"
)
_FORCE = r"(?:peg(?:a|an|o)|golpe(?:a|an|o)|maltrat[ao]|viol[ao]|abus[ao]|ahorca|estrangula)"
_PARTNER = r"(?:marido|esposo|novio|pareja|papa|padre|padrastro|madrastra|novia|ex|esposa|mujer)"
_PET = r"(?:gat[oa]s?|perr[oa]s?|mascotas?)"

FRESH = (
    # Indifferent to a death that would simply happen: "si me pisa un bondi no me importa",
    # "si viene una micro tampoco me corro", "si mañana no amanezco, ni tan mal".
    rule(
        PASSIVE,
        rf"si (?:manana |hoy |un dia |algun dia )?me (?:atropella|atropellara|pisa|pisara|agarra"
        rf"|agarrara|arrolla|choca|lleva|llevara|cae encima) {_VEHICLE}|(?:desear|deseo|desearia"
        rf"|quisiera|pido|ojala) (?:que )?(?:me|te) (?:atropell\w*|pise|arrolle|choque|caiga"
        rf" encima) {_VEHICLE}|si (?:viene|pasa|llega) {_VEHICLE}(?: \w+){{0,2}} (?:no|tampoco|ni)"
        rf" me (?:corro|muevo|aparto|quito|hago a un lado)|si (?:manana |hoy |un dia |esta noche"
        rf" )?(?:ya )?(?:me muero|muero|me muriera|no amanezco|no despierto|no me despierto|no me"
        rf" levanto|no estuviera|desaparezco|desapareciera|me da (?:un|una|algo)|me diera (?:un|una"
        rf"|algo))(?: \S+){{0,5}} (?:no me importa\w*|me da\w* (?:igual|lo mismo)|ni tan mal"
        rf"|estaria bien|mejor|no pasaria nada|lo agradeceria|nadie (?:se daria cuenta|lo notaria"
        rf"|me extranaria|me echaria de menos)|tampoco me importa\w*|me importa poco|(?:seria|es)"
        rf" un alivio)|no me importaria (?:que )?(?:el cuerpo )?(?:tambien )?(?:se vaya|irme|me"
        rf" muera|morir\w*|desaparecer|no despertar\w*|que me pas\w* algo)|(?:ojala|quisiera|me"
        rf" encantaria|me gustaria|deseo|quiero) (?:que )?(?:se acab\w+ todo|todo se acab\w+|se"
        rf" termin\w+ todo|todo se termin\w+)(?! (?:este|esta|el|la|lo|de)(?!\w))"
        # wishing not to wake, asking God to take one, sleeping for good
        r"|(?:ojala|deseo|deseando|desear|pido|pidiendo|quisiera|quiero|me gustaria|preferiria|rezo"
        r"|ruego)(?: \w+){0,2} no (?:despertar\w*|despierte\w*|amanecer|amanezca|levantarme nunca)"
        r"|(?:pido|pidiendo|rezo|ruego|pedirle)(?: a)? (?:dios|diosito|la virgen|diosito santo)(?:"
        r" \w+){0,4} (?:me lleve|me recoja|llevarme|recogerme|me deje morir|no despertar\w*)"
        r"|(?:dormir\w*|durmiera|dormid[oa]) y no despert\w*|(?:dormir\w*|dormid[oa])(?: y ya)?(?:"
        r" \S+){0,2} (?:para siempre|pa siempre|y que todo se acabe|y no volver)|(?:ya )?no estar"
        r" mas(?! de| tiempo| que| en| con| aqui| aca)|pienso (?:mucho |mucho en |en )?(?:no"
        r" (?:estar|existir|despertar|vivir)|desaparecer)|no quiero (?:existir|estar (?:aqui|aca)"
        r" mas)|(?:irme|ir|irse|marcharme|salir) de este mundo|si (?:yo )?no (?:existiera|hubiera"
        r" nacido)|(?:que|q) todo (?:termine|acabe|se acabe|se termine)(?: \.|$| de una vez| ya)"
        r"|(?:me gustaria|quisiera|quiero|preferiria|desearia|deseo|ojala|mejor|seria mejor) no"
        r" (?:estar|existir|vivir|haber nacido|despertar\w*)(?: \.|$| aqui| aca| mas| en este mundo"
        r"| viv[oa])|que (?:dios|diosito|el senor|la virgen) me (?:lleve|recoja|llame)|nada me ata"
        r" a (?:esta vida|este mundo|la vida)|(?:vivir o morir|morir o vivir|si vivo o (?:si"
        r" )?muero|si me muero o no)|pienso (?:mucho |mucho en |todo el tiempo en |en )?morirme|no"
        r" merezco (?:vivir|estar viv[oa])|(?:estoy|sobro) de mas en (?:este mundo|todas partes)|yo"
        r" sobro|me daria (?:igual|lo mismo) (?:morir\w*|desaparecer|no despertar)"
        # wanting to disappear
        r"|(?:quiero|quisiera|me gustaria|ganas de|deseo|desearia|me daria lo mismo) desaparecer",
        after=r"(?: \w+){0,3} (?:temprano|a tiempo|a las|para ir|pa ir)(?!\w)|(?: \w+){0,2} (?:de"
        r" (?:redes|internet|instagram|la oficina|la fiesta|aqui un rato|vergue?enza)|un rato|unos"
        r" dias|una semana|un mes|un finde|del grupo|a la playa|de vacaciones)(?!\w)",
    ),
    # Denial with a "but": the reassurance itself tells that the thought is there (passive: what
    # follows names any plan).
    rule(
        PASSIVE,
        r"no (?:voy a|vo a|pienso|haria|hare|hago|vaya a) hac\w* (?:nada|na)(?: \.)?(?: (?:tranqui"
        r"|tranquila|tranquilo|eh|de verdad|te lo prometo|lo prometo|no te preocupes|no se"
        r" preocupe|pero|solo|igual|ni nada)){1,3}|no es que (?:vaya|valla) a hacer nada|no"
        r" (?:digo|estoy diciendo) (?:que|q) (?:lo )?(?:voy|vaya|las vaya|los vaya|lo vaya) a"
        r" (?:usar|hacer|tomar)|no he hecho nada con esa informacion|no pregunto (?:x|por) nada|no"
        r" es para un examen",
        before=r"(?:finde|fin de semana|vacaciones|feriado|puente|domingo|sabado) ",
        # a quiet weekend: "no voy a hacer nada, solo descansar"
        after=r"(?: \w+){0,2} (?:especial|raro|distinto|diferente|interesante|del otro"
        r" mundo)(?!\w)|(?: \.)? (?:descansar|dormir|leer|relajarme|ver|estar|quedarme|hoy|ahora"
        r"|todavia|con|de|en|este|esta|el finde)(?!\w)",
    ),
    # Looking up amounts, heights and timetables.
    rule(
        PLAN,
        rf"(?:cuant[oa]s?|que cantidad) (?:de )?(?:mis |las |los |de las mias )?(?:\w+ (?:de"
        rf" )?)?{_DRUGS}(?: \S+){{0,5}} (?:harian|haria|hacen|hace|haran) falta|(?:cuant[oa]s?|que"
        rf" cantidad) (?:de )?(?:mis |las |los )?{_DRUGS}(?: \w+){{0,3}} (?:serian|seria|son|es)"
        rf" (?:demasiad\w*|mucho|muchas|letal\w*|suficiente\w*)|\d+ (?:de )?(?:mis |mi |las"
        rf" )?{_DRUGS}(?: \w+){{0,2}} (?:es|son|serian|seria) (?:mucho|demasiad\w*|letal\w*)|cuanto"
        rf" (?:mide|tarda|tiene de alto) (?:el puente|la caida|el edificio|en morir\w*|en hacer"
        rf" efecto)|desde que altura|(?:que|cuanta) altura (?:tiene|hace falta|necesit\w*)|(?:medi"
        rf"|mido|calcule) la (?:ventana|altura|caida|distancia al suelo)|que parezca un accidente|a"
        rf" que hora pasa menos gente|(?:el|lo) como y (?:el|lo) cuando|tengo todo pensado"
        rf"|(?:juntar|reunir|juntando|reuniendo|me falta) (?:el )?valor (?:para|pa)|{_DRUGS}"
        rf" suficientes|suficientes {_DRUGS}|ya se (?:cuando|como|donde)(?: \.|$)|(?:cuando|el dia"
        rf" que)(?: \S+){{1,9}} (?:se vaya|se vayan|me quede sol[oa]|no haya nadie|este sol[oa])(?:"
        rf" \S+){{0,4}} lo (?:hago|hare)|(?:ya )?(?:escogi|elegi|tengo|encontre) (?:el|un) (?:lugar"
        rf"|sitio|momento)(?! (?:para|de la|del|de mi|perfecto para)(?!\w))|(?:todo"
        rf" )?(?:preparad[oa]|list[oa]) para irme(?: \.|$| ya| para siempre)|(?:mirando|buscando"
        rf"|busque|mire|aprendiendo) como hacer (?:un|el) nudo(?! (?:de escalada|para|marinero|de"
        rf" corbata))|nudo (?:corredizo|de horca)|(?:solo|nomas|solamente|ya solo) (?:me )?falta"
        rf" (?:el dia|la fecha|animarme|hacerlo|decidir el dia)|ya se (?:que|q|cual) (?:puente"
        rf"|edificio|tren|metodo|dia)"
        # hoarding, and buying where nobody asks
        rf"|(?:guardando|guardado|guardadas|guardados|juntando|juntado|acumulando|ahorrando)(?:"
        rf" \w+){{0,3}} {_DRUGS}|{_DRUGS}(?: \S+){{0,8}} (?:lo he ido|los he ido|las he ido|he ido)"
        rf" (?:guardando|juntando)|(?:tengo|ya tengo) (?:guardad[oa]s?|juntad[oa]s?)(?: \w+){{0,3}}"
        rf" (?:{_DRUGS}|medios)|(?:los|mis) medios guardados|(?:farmacias|droguerias|boticas)(?:"
        rf" \w+)? (?:distintas|diferentes)|(?:distintas|diferentes|varias) (?:farmacias|droguerias"
        rf"|boticas)|(?:compre|comprado)(?: \w+){{0,5}} en otra (?:farmacia|drogueria|botica)"
        rf"|(?:compre|consegui|tengo)(?: \w+){{0,2}} (?:el )?veneno (?:para|pa|de) (?:las )?ratas"
        rf"|pastillas (?:para dormir )?de mas"
        # a day, a place and a weapon at hand
        r"|(?:este|esta|el) (?:finde|fin de semana|noche|viernes|sabado|domingo) lo hago|(?:si"
        r"|cuando|despues de)(?: \S+){1,6} lo (?:hago|hare)(?: \.)? (?:ya lo decidi|$|\.)|lo"
        r" hago(?: \.)? ya lo (?:decidi|he decidido|tengo decidido)|ya (?:elegi|escogi|tengo)"
        r" (?:el|un) dia(?! para| de la| del| de mi| libre)|(?:he decidido|decidi|ya decidi|tengo"
        r" decidido) que (?:sera|va a ser) (?:despues|antes|el|en|cuando)|(?:he decidido|decidi|ya"
        r" decidi) que cuando(?: \S+){1,8} me (?:ire|voy)|despues ya esta(?: \.|$)|(?:fui|volvi"
        r"|voy|vuelvo) a (?:ver|mirar) (?:el|la|las) (?:puente|azotea|acantilado|vias|edificio)"
        r"|pienso (?:\w+ )?en como (?:hacerlo|matarme|morir|acabar)|(?:decidi|decidido|tengo claro"
        r"|tengo pensado|ya se) (?:el |lo )?como y (?:el |lo )?(?:cuando|donde)|(?:volvi|fui|subi"
        r"|voy|vuelvo|pase)(?: \w+){0,3} (?:al|a la|por el) (?:puente|azotea|acantilado|anden)(?:"
        r" \S+){0,5} (?:mirando|a mirar|a ver|pa ver|para ver|la baranda|la barandilla|la altura)"
        r"|(?:azotea|terraza|ventana|balcon|puente)(?: \w+){0,3} (?:no tiene|sin) (?:reja|baranda"
        r"|barandilla|proteccion|malla)|cronometr\w*(?: \S+){0,5} (?:tren|anden|vias)|(?:tren"
        r"|metro)(?: \S+){0,4} no para en|se donde (?:esta|guarda\w*|tiene\w*|deja)(?: \w+){0,4}"
        r" (?:la llave|las llaves|el arma|la pistola|las armas|la escopeta|el fierro)|(?:armario"
        r"|cajon|caja|gabinete) de las armas|(?:fierro|rifle)(?: \w+){0,4} (?:placard|ropero"
        r"|armario|cajon)|sol[oa] en (?:la )?casa(?: \.)? (?:ahi|entonces)(?: \.|$)|la casa va a"
        r" estar sola",
        after=r" (?:la tarea|el ejercicio|los deberes|el pago|la transferencia|el tramite)(?!\w)",
    ),
    # Putting affairs in order: a will made all of a sudden at 26, treasured things given away,
    # debts paid, passwords handed on, pets rehomed. A will the notary advised "por fin", or an
    # old bike given away, is decluttering.
    rule(
        PREPARATORY,
        r"(?:hice|he hecho|redacte|firme|escribi|hacer) (?:el |mi |un )?testamento",
        after=r"(?: \S+){0,6} (?:notario (?:dijo|dice)|a partir de|tarea|jaja\w*|clase)(?!\w)",
        before=r"por fin ",
    ),
    rule(
        PREPARATORY,
        r"(?:regale|he regalado|regalo|di|done|deje)(?: \w+)? (?:mi|mis) (?:coche|carro|auto"
        r"|computadora|ordenador|portatil|laptop|guitarra|play|playstation|reloj|ropa|joyas|cosas"
        r"|libros|juegos|herramientas|coleccion|bici\w*|moto|medallas|discos|anillo|collar|camara"
        r"|consola)|repart\w*(?: \w+){0,2} (?:mis|mi|las|la) (?:cosas|joyas|ropa|libros"
        r"|pertenencias|muebles|ahorros)"
        # debts paid, passwords handed on, pets rehomed
        rf"|(?:pague|salde|liquide|cancele) (?:todas )?mis deudas|(?:pague|devolvi) a todos lo"
        rf" (?:que|q)|(?:no|nada) (?:quede|quedara|queda) (?:nada )?pendiente|nadie (?:tenga|tiene"
        rf"|tendra) (?:que|q) (?:ordenar|limpiar|cargar|recoger|ocuparse|encargarse|pagar)|(?:pase"
        rf"|mande|di|deje|envie|anote|escribi)(?: \w+){{0,4}} (?:mis|todas mis) (?:contrasenas"
        rf"|claves|passwords)|borre (?:casi )?(?:todas )?mis (?:redes|cuentas)|se (?:va|van|queda"
        rf"|quedan) con (?:la|el|mi|una|un) \w+(?: \S+){{0,5}} (?:para siempre|indefinidamente|ya"
        rf" lo hable|siempre l[oa]s? quiso)|{_PET}(?: \w+){{0,3}} (?:lo|la|los|las) (?:di|deje"
        rf"|regale) a|encargue a (?:los|mis|la|el|mi) {_PET} con|(?:deje|le deje|pague) (?:comida"
        rf"|pienso) para (?:un mes|\w+ meses|\w+ semanas)|(?:tres|dos|\d+) meses de comida"
        rf"|{_PET}(?: \w+){{0,2}} indefinidamente|quedarse con (?:una|un|mi|mis) {_PET} de \d+",
        after=r"(?: \w+)? (?:viej[oa]s?|usad[oa]s?|que ya no (?:uso|usaba|me (?:queda|entra)\w*)"
        r"|que no uso)(?!\w)|(?: \w+){0,4} (?:mientras|durante|vacaciones|unos dias|el finde|esta"
        r" semana|de viaje)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:es|este es|este sera|esta es|esta sera|sera) mi (?:ultimo|ultima) (?:correo|mensaje"
        r"|mail|email|mensagem|carta)|(?:sera|es) la ultima vez (?:que|q) (?:le|te|les)"
        r" (?:escrib\w+|molest\w+)|(?:deje|dejo|escribi|escribo|grabe|he escrito|he grabado"
        r"|hice)(?: \w+){0,2} (?:cartas?|notas?|mensajes?|videos?|audios?)(?: \w+){0,2} (?:a|para"
        r"|pa|por) (?:mis|mi|todos|cada un[oa]|los ninos|las ninas|la familia|el que encuentre"
        r"|quien encuentre)|(?:para|pa) cuando (?:sea|sean) (?:grande|grandes|mayor|mayores)"
        r"|(?:uno|una) por (?:cada )?cumpleanos|(?:les|le|te) dejo todo a (?:mis|mi)|perdon(?:enme"
        r"|ame|eme)? por todo(?: \.|$| lo que (?:les|te|le|os) hice)|no me (?:van|vas|va) a (?:ver"
        r"|volver a ver) mas(?! por (?:la|el) (?:oficina|trabajo|gimnasio|club))|ya no me veran"
        r"|(?:donde estan|deje|dejo) (?:los papeles|el seguro|el testamento|las claves|las"
        r" contrasenas)(?: \S+){0,6} por si (?:acaso|me pasa algo|pasa algo)|(?:cancele|di de"
        r" baja) (?:mi|mis|todas mis|el|la) \w+(?: \S+){0,6} ya no (?:lo|la|los|las) (?:necesito"
        r"|voy a necesitar)|(?:me despedi|despedirme|me estoy despidiendo|me despido) de (?:mis|mi"
        r"|todos|todo|la gente|cada)(?: \w+){0,3} (?:sin que|a escondidas|por si|en silencio|para"
        r" siempre)|(?:puse|he puesto|dejo|deje|tengo|poner|ordene) (?:todos )?mis (?:papeles"
        r"|asuntos|cuentas) en orden(?! para)|(?:quiero|quisiera|me gustaria) que te quedes con"
        r" (?:mi|mis)|(?:quedate|quedese) con (?:mi|mis) \w+(?: \.)? (?:ya no|yo no|no l[oa]s?"
        r" voy)|mientras (?:todavia|aun) (?:estoy|este|sigo)(?! en| con| de| aqui en| trabajando|"
        r" libre)|(?:dile|diles|digale|digales|decile|decirle|decile) a (?:\w+ ){1,2}(?:que|q)"
        r" (?:lo|la|los|las|le|les) (?:quiero|amo|quise)|(?:darle|darte|dar) las gracias por todo"
        r"|gracias (?:por|x) todo(?: \S+){0,10} (?:cuidese|cuidate|cuida\w* (?:a|al) (?:mi"
        r" )?(?:gato|gata|perro|perra)|adios|chau|tchau|hasta siempre|de corazon|no te culpes)"
        r"|(?:hiciste|hizo) todo lo (?:que|q) (?:pudiste|podias|pudo)|no te culpes|no se culpe|mas"
        r" (?:buena|bueno|amable) conmigo de lo que (?:merecia|merezco)|gracias por aguantarme"
        r"|ultima vez (?:que|q) me (?:tienes|tienen|tenes|tiene) (?:que|q) aguantar|(?:la|las)"
        r" (?:cita|citas|sesion|sesiones)(?: \w+){0,4} ya no (?:hara|haran|va a hacer|van a hacer)"
        r" falta|ya no (?:voy a necesitar|necesitare) (?:la cita|la sesion|el turno)(?: \.|$)",
        after=r"(?: \.)? (?:desde|con esta|de (?:la|esta) semana|del ano|antes de|hasta|por hoy|me"
        r" (?:cambio|mudo|voy de viaje)|porque|ya que|pues)(?!\w)",
        before=r"(?:escribimos|le escribimos|hicimos|firmamos|nos hicieron escribir)(?: \w+){0,3} ",
    ),
    # Taken already: a count, a whole pack, pills with drink or someone else's pills, poison.
    rule(
        ACUTE,
        rf"{_SWALLOW}(?: \S+){{0,3}} (?:como |casi |unas |unos |mas de |todo |toda )?(?:\d{{2,}}"
        rf"|(?:dos|tres|cuatro|cinco|\d) (?:cajas|blisters|frascos|tiras|botes) de|veinte|treinta"
        rf"|cuarenta|cincuenta|todas|todos|el blister|la caja|el frasco|el bote|el resto|lo que"
        rf" (?:me )?quedaba)(?: \S+){{0,3}} {_DRUGS}|{_SWALLOW} (?:\w+ )?(?:el |un |los"
        rf" )?(?:blister|frasco|bote)s? entero|{_DRUGS}(?: \S+){{0,5}} (?:con|y) (?:el |la"
        rf" )?(?:ron|alcohol|vino|whisky|conac|vodka|cerveza|tequila|pisco|ginebra|aguardiente)"
        rf"|(?:ron|alcohol|vino|whisky|conac|vodka|botella\w*)(?: \S+){{0,6}} {_DRUGS}"
        rf"|{_SWALLOW}(?: \w+){{0,3}} (?:las |los )?(?:pastillas|remedios|medicamentos"
        rf"|pildoras)(?: \w+){{0,2}} de (?:mi|su) (?:mama|madre|papa|padre|marido|esposo|esposa"
        rf"|mujer|abuel[oa]|pareja|novi[oa]|herman[oa])|{_SWALLOW}(?: \w+){{0,3}} (?:veneno|lejia"
        rf"|cloro|matarratas|raticida|anticongelante)|motor (?:prendido|en marcha|andando"
        rf"|corriendo)|(?:banera|tina|bano|ducha)(?: \w+){{0,3}} (?:con|y) (?:una|la|el|un)"
        rf" (?:cuchilla|gillette|navaja|cuchillo|hoja)|(?:me inyecte|inyecte|me pinche) (?:toda"
        rf"|todo|todas|todos|el resto)|estoy sangrando(?!(?: \w+){{0,3}} (?:nariz|encias|un poco"
        rf"|poquito|regla|menstru\w*))|(?:auto|carro|coche)(?: \w+){{0,3}} garaje(?: \S+){{0,4}}"
        rf" (?:motor|encendido|prendido)|(?:hay )?mucha sangre|sangre en la (?:tina|banera|ducha"
        rf"|cama)|(?:esta|estaba) inconsciente|no (?:reacciona|puedo despertarl[oa])|(?:blisters?"
        rf"|frascos?|cajas?) vaci[oa]s",
        # a novel's character, a question about a glass of wine with the medication
        before=r"(?:personaje|pelicula|peli|novela|serie|libro|capitulo)(?: \S+){0,6} |(?:puedo|se"
        r" puede|puedes|podria|es malo|es peligroso|mezclar)(?: \w+){0,4} ",
    ),
    # Self-harm told bare: "recaí", months clean lost, "me corté". The other self-harm
    # families of these authors joined the rules above.
    rule(
        SELF_HARM,
        r"recai\w*|(?:\d+|unos|varios|muchos|dos|tres) (?:meses|semanas|dias|anos) (?:limpia|limpio"
        r"|sin cortarme|sin hacerme dano|sin lastimarme)|sin cortarme"
        # a cut told plainly
        r"|me corte",
        after=r"(?: \S+){0,4} (?:tabaco|cigarr\w*|fum\w+|alcohol|beb\w+|dieta|azucar|chocolate"
        r"|gripe|resfri\w*|covid|juego|apuestas|porno|la bebida|dulces|anginas|lumbalgia|rodilla"
        r"|espalda|migrana|infeccion)(?!\w)|(?: \w+){0,3} (?:pelo|cabello|flequillo|unas|barba"
        r"|dedo|cocinando|cortando|afeitando\w*|papel|cuchillo\w*|vidrio|lata|jaja\w*|pelando|con"
        r" (?:un|una|el|la))(?!\w)",
        before=r"(?:se|cuchill\w*(?: \w+){0,3}) ",
    ),
    # Hopeless: nothing will change, a cost to others, no future, no reasons left.
    rule(
        HOPELESS,
        r"nada va a cambiar|nunca va a (?:cambiar|ser distinto|ser diferente|mejorar)|no va a"
        r" cambiar nunca|(?:nunca voy|no voy) a mejorar|no mejoro|(?:no se|ni se|dime|decime"
        r"|digame) (?:para|pa) (?:que|q)(?: \.|$| seguir| sigo| vivir| luchar| intentarlo)|(?:para"
        r"|pa) (?:que|q) (?:seguir|sigo|vivir|luchar|intentarlo)(?: \.|$)|ya no doy (?:mas|para"
        r" mas)(?! de)|asi (?:que|q) (?:pa|para) (?:que|q)(?: \.|$)|no (?:hay|tengo|veo|me veo)"
        r" (?:un |ningun |mi )?futuro|(?:lo mio|mi caso|mi vida|yo|gente (?:que|como yo)|estoy"
        r" rot[oa])(?: \w+){0,2} no (?:tiene|tengo) (?:arreglo|remedio|solucion|cura)|caso perdido"
        r"|rot[oa] y ya|(?:me quede|quede|estoy|ando) sin (?:razones|motivos)(?: para (?:vivir"
        r"|seguir))?|no (?:tengo|me quedan|encuentro) (?:razones|motivos) (?:para|pa) (?:vivir"
        r"|seguir|levantarme)|no queda nada (?:sobre|por|para|en)|(?:mi|la) vida no tiene"
        r" (?:sentido|valor)|mi vida no (?:vale|tiene) (?:nada|la pena|valor)|nunca voy a (?:estar"
        r" bien|ser feliz|salir de esto)|no voy a salir de esta|todo negro|(?:agotad[oa]|cansad[oa]"
        r"|hart[oa]) de (?:aguantar|resistir|intentarlo|seguir|existir|fingir)"
        # a cost to others, better off without me
        r"|soy (?:solo |solamente |nada mas |puro |pura )?(?:un |una )?(?:gasto|problema|carga"
        r"|estorbo|cacho|lastre|molestia|peso muerto)(?: para| pa|$| \.)|sin mi (?:tendrian"
        r"|estarian|estaria|vivirian|serian|seria|les iria|le iria)|(?:estaria|estarian|se"
        r" sentiria\w*) (?:aliviad\w*|mas tranquil\w*)|(?:estaria|estarian) mejor (?:solo|solos"
        r"|sol[oa]s?) con|merece\w* (?:una |un )?(?:mejor|otra|otro) (?:madre|padre|mama|papa|hija"
        r"|hijo|pareja|novia|novio|esposa|esposo|amiga|amigo)|merece\w* algo mejor que yo|(?:todo"
        r" lo empeoro|arruino todo|lo arruino todo|todo lo arruino)|solo (?:le|te|les) (?:hago"
        r" perder el tiempo|causo problemas|doy problemas)",
        after=r" (?:en|con|de|para) (?:el|la|los|las|esa|ese|este|esta) (?:horario|agenda|cita"
        r"|citas|sesiones|precio|factura|pago|tarifa|empresa|trabajo)|(?: \w+){0,2} (?:laboral"
        r"|profesional|en (?:esa|esta|este|ese|la|el|mi) (?:empresa|trabajo|carrera|oficina|pais"
        r"|barrio|ciudad))(?!\w)",
    ),
    # Someone else: beaten at home, a farewell posted, pills or a rope, a leap announced.
    rule(
        THIRD_PARTY,
        rf"{_PARTNER}(?: \w+){{0,3}} (?:le|la|lo|les|los) {_FORCE}|(?:le|la|lo|les|los) {_FORCE}"
        rf" (?:el|la|su) {_PARTNER}|(?:le|la) {_FORCE} (?:su|el) {_PARTNER}|{_FORCE} a (?:sus|su)"
        rf" (?:hijos|hijas|hijo|hija|ninos|mujer|esposa|novia|pareja|marido)|(?:le vi|le he visto)"
        rf" (?:los )?moretones|tiene moretones (?:cada|siempre|otra vez|nuevos|todas)|(?:ninos"
        rf"|nino|nina|ninas|hijos)(?: \w+){{0,3}} (?:estan|esta) encerrad\w*|(?:subio|publico"
        rf"|posteo|puso|mando|escribio|me mando)(?: \S+){{0,5}} (?:despedida|adios a todos|perdon"
        rf" por todo|gracias (?:por|x) todo)|(?:llamo|escribio) para despedirse|(?:parecia|parece"
        rf"|como) una despedida|se (?:tomo|trago|ha tomado|toma) (?:algo|todas|las pastillas|un"
        rf" frasco|el frasco|la caja)|se encerro en el bano|(?:dice|dijo|amenaza|amenazo"
        rf"|publico)(?: \w+){{0,2}} (?:que |q )?(?:si \w+ \w+ )?se (?:mata|va a matar|iba a matar"
        rf"|tira|va a tirar|quiere matar|suicida|avienta|va a aventar|lanza|va a lanzar)|se va a"
        rf" tirar (?:del|de un|de la|al|por)|(?:quiere|queria|dijo que va a) (?:matarse|suicidarse"
        rf"|quitarse la vida|tirarse|aventarse)|(?:esta regalando|regalo|ha regalado|reparte"
        rf"|regala) (?:todas )?sus (?:cosas|herramientas|medallas|reloj|libros|joyas|ropa|discos"
        rf"|coleccion|pertenencias)|fotos? de (?:pastillas|cortes|sangre|una soga|una cuerda|un"
        rf" arma|una pistola|sus brazos|una cuchilla)|(?:se )?pega(?:rse)? un tiro|se va a pegar"
        rf" un tiro|(?:se encerro|esta encerrad[oa]) en el (?:bano|cuarto)(?: \S+){{0,4}} (?:con"
        rf" (?:pastillas|un cuchillo|una cuchilla|una cuerda)|no abre|no contesta|no responde)"
        rf"|(?:esta|se fue) (?:en|al|a la) (?:el |la )?(?:puente|azotea|acantilado|vias|techo"
        rf"|balcon)(?: \S+){{0,4}} (?:no (?:me )?contesta|no responde|dice que)|(?:pronto|ya)"
        rf" (?:la|lo) (?:va a ver|voy a ver|vere|vera)|pronto (?:va a|voy a) estar con (?:mi|su)"
        rf"|(?:quiere|quiero) (?:irse|irme|reunirse|reunirme) con (?:mi|su) (?:mama|madre|papa"
        rf"|padre|abuela|abuelo|esposa|esposo|marido|mujer)(?! (?:de|a|al|unos)(?!\w))|list[oa]"
        rf" para (?:irse|irme|partir|morir)(?!(?: \.){{0,2}} (?:de|a|al)(?!\w))|(?:padrastro|tio"
        rf"|abuelo|primo|vecino|entrenador|profe\w*|senor|hombre|maestro|cura|sacerdote)(?:"
        rf" \w+){{0,2}} (?:la|lo|le|me|nos|los|las) (?:toca|tocaba|toco|manose\w*)|viene con"
        rf" (?:golpes|moretones|marcas)|(?:dijo|me dijo|escribio|me escribio) (?:que )?(?:cuidalo"
        rf"|cuidala|cuidalos|cuida\w* (?:a|al) (?:mi |su )?(?:gato|gata|perro|perra))|{_KIN}(?:"
        rf" \S+){{0,8}} (?:se esta cortando|se (?:corto|ha cortado|abrio|cortaba) (?:las venas|los"
        rf" brazos|las munecas|las piernas)|se (?:corto|ha cortado)(?! (?:el|la|las|los|un|una"
        rf"|con)(?!\w))|se (?:quiere|va a|iba a) (?:tirar|aventar|lanzar|botar)(?! (?:en|al|a la|a"
        rf" las|de cabeza|con)(?!\w))|tiene cortes|se corta|(?:tiene|compro|consiguio) (?:una"
        rf" )?(?:soga|pistola|arma|veneno)|es una carga|(?:botella|whisky|alcohol)(?: \w+){{0,3}}"
        rf" (?:sus|las) pastillas)",
        after=r"(?: \w+){0,2} (?:cada vez (?:que|q)|jaja\w*|trabajando|estudiando|de risa|a"
        r" trabajar|a estudiar)(?!\w)",
    ),
)
RULES = RULES + FRESH
