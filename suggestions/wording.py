"""What the engine reads of a member's (de-identified) message, beyond the message as written.

Members write the way they text and talk: chat spellings ("why didnt u pay", "wat is this"),
slips ("netwrok", "deducitble") and their own words for a plan's terms ("the helicopter bill",
"my yearly limit", "the hospital's charity program", "I want to contest the decision"). The
team's history learned the plan's words, so each of these reaches the ranking weaker than it was
meant.

`engine_text` writes chat spellings out (those the team's members rarely wrote), sets a slip of
a word the history knows right (one typo away from it, and no word of its own), and adds the
plan's term after a member's wording of it (the member's words stay: nothing is taken away).

Before the message is de-identified for the engine, `plain_writing` undoes what would make the
de-identification take words for names: a message written all in capitals ("WHY WAS MY CLAIM
DENIED") is read in sentence case, and letters held down ("whyyyy", "pleaseeee") once.

Only the engine's input changes: the stored message, its scans and its template do not, and the
checks that hold a draft back (known words, gibberish, insults) read the message as written.
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from careteam import api as careteam_api
from suggestions.engine import Engine
from suggestions.spelling import one_typo_away
from suggestions.templating import written_word

# Chat spellings and contractions without their apostrophe, as the history writes them.
CHAT_SPELLINGS = {
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "plzz": "please",
    "thx": "thanks", "thnx": "thanks", "thnks": "thanks", "ty": "thank you", "wat": "what",
    "wut": "what", "wht": "what", "b4": "before", "bc": "because", "cuz": "because",
    "coz": "because", "bcuz": "because", "idk": "i don't know", "abt": "about",
    "appt": "appointment", "appts": "appointments", "dr": "doctor", "drs": "doctors",
    "doc": "doctor", "hosp": "hospital", "ins": "insurance", "insur": "insurance",
    "acct": "account", "amt": "amount", "bal": "balance", "meds": "medications",
    "rx": "prescription", "rxs": "prescriptions", "yr": "year", "yrs": "years", "mo": "month",
    "mos": "months", "wk": "week", "wks": "weeks", "w/": "with", "w/o": "without",
    "tho": "though", "thru": "through", "chk": "check", "msg": "message", "hlp": "help",
    "crd": "card", "tmrw": "tomorrow", "pmt": "payment", "pymt": "payment",
    "stmt": "statement", "oon": "out of network", "pcp": "primary care doctor",
    "preauth": "prior authorization", "pre-auth": "prior authorization",
    "auth": "authorization", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't",
    "cant": "can't", "wont": "won't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
    "havent": "haven't", "hasnt": "hasn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "im": "i'm", "ive": "i've", "whats": "what's", "thats": "that's",
    "theres": "there's", "q": "que", "xq": "porque", "pq": "porque", "tb": "también",
    "tmb": "también", "porfa": "por favor", "xfa": "por favor", "enuf": "enough",
    "hav": "have", "bil": "bill", "bils": "bills",
}  # fmt: skip
# A chat spelling the team's members wrote this often is a word the history answers: kept.
KNOWN_CHAT_MESSAGES = 5
_TOKEN = re.compile(r"\{[A-Z_]+\}|[^\W_][\w'\u2019]*(?:/[^\W\d_]*)?")
TYPO_LENGTH = 5  # shorter words have too many neighbours one typo away
MIN_TYPO_TARGET_MESSAGES = 2  # the word set right is one the team's members wrote this often

# Drugs members ask the pharmacy about by name (a few common ones; general words like "medicine"
# say nothing of who asks for the approval: a doctor's request for a drug is a prior
# authorization like a service's).
_DRUGS = (
    r"insulin[ae]?|inhal(?:er|ador)(?:s|es)?|ozempic|wegovy|mounjaro|zepbound|metformin[ae]?|"
    r"humira|adderall|epipens?|glp-?1"
)

# A member's own words for a plan's terms, and the term the history answers under, in English and
# in Spanish. Each is general (no provider, amount or scenario); the wordings are in either.
_PLAN_TERMS = (
    (
        r"\b(?:helicopters?|air ?lift(?:ed)?|medi?vac|medevac|life ?flight|medical flight|"
        r"air transport|helic[oó]pteros?|avionetas?)\b",
        ("air ambulance", "ambulancia aérea"),
    ),
    (
        r"\b(?:annual|yearly|year'?s|calendar[- ]year) (?:out[- ]of[- ]pocket |spending )?"
        r"(?:limit|max|maximum|cap|ceiling)\b"
        r"(?! (?:on|of|for) (?:\w+ ){0,2}(?:visits|sessions|days|pills))|"
        r"\bmost (?:i|we) (?:can|could|would|will|'ll) (?:ever )?(?:have to )?(?:pay|spend)\b|"
        r"\bl[ií]mite (?:anual|del a[nñ]o)\b",
        ("out-of-pocket maximum", "máximo de gastos de bolsillo"),
    ),
    (
        r"\bcharity (?:care|programs?|assistance|discounts?|applications?)\b|"
        r"\bhardship (?:programs?|discounts?|applications?|assistance)\b|"
        r"\b(?:programa de )?caridad\b",
        ("financial assistance", "asistencia financiera"),
    ),
    (
        r"\b(?:contest|challenge|fight|overturn|reconsider|dispute|reverse|impugnar|"
        r"reclamar contra)\w* (?:the |this |that |your |a |my |their |la |esta |esa )?"
        r"(?:decision|denial|determination|ruling|rejection|decisi[oó]n|negaci[oó]n)\b",
        ("appeal", "apelar apelación"),
    ),
    (
        r"\bturned (?:it |me |us |him |her |them )?down\b|\brejected\b|\brechaz\w+|"
        r"\b(?:got|was|were|been|get|gets|getting) bounced\b|\bbounced back\b",
        ("denied", "negaron negada"),
    ),
    (
        r"\b(?:installments?|payment arrangements?|pay (?:it |this |that |them |the bill |the "
        r"balance |the hospital |the doctor |the provider |the clinic )?(?:off )?(?:in parts|"
        r"in pieces|over time|a little (?:at a time|each month|every month|a month)|bit by bit|"
        r"month by month)|little by little|(?:can'?t|cannot|can not|unable to|more than "
        r"(?:i|we) can) (?:pay|do) "
        r"(?:(?:it|this|that|them|everything|the (?:whole )?(?:bill|amount|balance)) )?(?:all )?"
        r"at once|a plazos|en (?:partes|cuotas|mensualidades|pagos mensuales)|mensualidades|"
        r"poco a poco)\b",
        ("payment plan", "plan de pagos"),
    ),
    (
        # (an EOB read line by line is the EOB's question, not a bill to itemise)
        r"^(?!.*\b(?:eobs?|explanations? of benefits)\b).*\b(?:line by line|line items?)\b|"
        r"\b(?:broken down|broke (?:it )?down|break ?down|"
        r"detailed (?:bill|statement|list)|every charge listed|desglos\w*|factura detallada|"
        r"cuenta detallada)\b",
        ("itemized bill", "factura detallada"),
    ),
    (
        r"\b(?:charged|billed|paid|cobrad[oa]s?|cobraron|cobr[oó]) (?:me |us |him |her |for it )?"
        r"(?:\{[A-Z_]+\} |\$?\d[\d,.]* )?(?:twice|two times|double|dos veces|doble)\b|"
        r"\bdouble[- ](?:charged|billed|billing)\b|"
        r"\b(?:cobro|cargo|factura) (?:doble|duplicad[oa])\b|\bduplicad[oa]s?\b",
        ("billed twice duplicate", "cobrando dos veces"),
    ),
    (
        r"\b(?:pre-?cert(?:ification|ified)?|pre-?approv\w+|pre-?authori[sz]\w+|"
        r"(?:the|an?|my|his|her|their) auths?|"
        r"autorizaci[oó]n previa|aprobaci[oó]n previa|pre-?aprobaci[oó]n)\b",
        ("prior authorization", "autorización previa"),
    ),
    (
        r"\b(?:out[- ]of[- ]pocket (?:limit|cap|ceiling)|stop[- ]loss|catastrophic (?:limit|cap)|"
        r"m[aá]ximo de (?:gastos de )?bolsillo|tope (?:anual|de gastos))\b",
        ("out-of-pocket maximum", "máximo de gastos de bolsillo"),
    ),
    (
        r"\b(?:grievance|formal complaint|file a complaint|unprofessional|queja formal|"
        r"poner una queja|presentar una queja|maltrat\w+)\b",
        ("complaint", "queja"),
    ),
    (
        r"\b(?:(?:new|changed?|update|updated|different) (?:my |our |mailing |home )?(?:address|"
        r"phone(?: number)?|cell(?: number)?|cellphone|e-?mail|last name|mailing address)|"
        r"(?:cambi\w*|actualiz\w*|nuev[oa]) (?:de |mi |el |la |su )?(?:n[uú]mero|"
        r"celular|tel[eé]fono|direcci[oó]n|domicilio|correo|apellido)|me (?:mud[eé]|cambi[eé] de "
        r"casa)|nos (?:mudamos|cambiamos de casa))\b",
        ("update address phone", "actualizo dirección teléfono"),
    ),
    (
        r"\b(?:aprobar(?:l[oa]s?)? antes|aprobaci[oó]n antes|permiso antes|"
        r"(?:approved (?:it )?|approval )(?:beforehand|in advance|ahead of time))\b",
        ("prior authorization", "autorización previa"),
    ),
    (
        r"\b(?:credencial(?:es)?|carnet|tarjeta de (?:identificaci[oó]n|miembro|afiliad[oa]))\b",
        ("id card", "tarjeta del seguro"),
    ),
    (
        # ("diffrence": a slip the history's spelling does not always set right)
        r"\b(?:bill(?:ed|ing|s)? (?:[\w']+ ){0,4}?for the (?:dif+e?rence|rest|remainder)|"
        r"(?:bill(?:ed|ing|s)?|charg(?:ed|ing|es)) (?:me |us |him |her |them )?(?:for )?the "
        r"(?:dif+e?rence|rest|remainder|left ?over (?:amount|balance|part)|remaining (?:amount|"
        r"balance))|(?:didn'?t|did not|doesn'?t|does not|won'?t) (?:pay|cover) enough|"
        r"balance[- ]bill(?:ed|ing)?|(?:cobr\w+|factur\w+) (?:me |nos )?la diferencia|"
        r"(?:cuenta|factura|cobro)s? (?:por|de) la diferencia|"
        r"(?:bill|billed|billing|charged|statement)\b[^?!\n]{0,80}? (?:when|but|while|even though) "
        r"(?:my |the )?(?:eob|explanation of benefits) (?:says|shows|said|showed))\b",
        ("balance bill", "factura de saldo"),
    ),
    (
        r"\b(?:(?:needs?|needed|requires?|required) (?:an? |the |your |prior )?(?:approval|"
        r"paperwork|permission) (?:first|before|ahead|in advance)|(?:get|got|getting) (?:it |this |"
        r"that |them )?approved (?:first|before|ahead)|speed up (?:the |my |her |his )?approval|"
        r"paperwork first|needed approval|needs? approval|pre[- ](?:cleared|clear|approv\w+|"
        r"aprov\w+)|(?:get|got|be|been) (?:it |this |that |them )?cleared (?:with (?:you|the plan|"
        r"(?:the )?insurance) )?(?:first|before|ahead)|paperwork from (?:the |my )?insurance|"
        r"(?:never|not|wasn'?t|weren'?t) (?:been )?(?:pre-?)?authori[sz]ed|(?:no|without|ask|asked|"
        r"get|got|need|needs|needed) (?:for )?(?:the |any )?permission (?:before|first|beforehand|"
        r"ahead|in advance))\b",
        ("prior authorization", "autorización previa"),
    ),
    (
        r"\b(?:(?:put|get|sign) (?:him|her|them|my (?:[\w-]+ ){0,2}?(?:husband|wife|spouse|partner|"
        r"son|daughter|child|children|kids?|baby|newborn|nephew|niece|grand(?:son|daughter|child)))"
        r" (?:up )?(?:on|onto|to|for) (?:my|our) (?:family )?(?:plan|insurance|policy|coverage)|"
        r"(?:meter|poner|incluir|inscribir|a[nñ]adir|sumar) a (?:mi|mis|nuestr[oa]s?) (?:esposo|"
        r"esposa|marido|mujer|pareja|hij[oa]s?|beb[eé]s?|niet[oa]s?|sobrin[oa]s?))\b",
        ("add to my plan", "agregar a mi plan"),
    ),
    (
        r"\b(?:a |the )?(?:cap|limit|ceiling|max(?:imum)?) on (?:what|how much) (?:i|we|a family|"
        r"my family|you|one|people) (?:pays?|spends?|owes?|have to pay)\b",
        ("out-of-pocket maximum", "máximo de gastos de bolsillo"),
    ),
    (
        # A drug's approval asked by the pharmacy (or for a drug by its name) is the pharmacy's
        # prior authorization, not a service's.
        r"^(?=.*\b(?:authori[sz]ation|auths?|pa (?:needed|required)|autorizaci[oó]n)\b)"
        r"(?=.*\b(?:pharmac(?:y|ies|ist)|farmac[ií]as?|formulary|refills?|" + _DRUGS + r")\b)",
        ("pharmacy prescription drug prior authorization", "farmacia receta medicina autorización"),
    ),
    (r"\b(?:" + _DRUGS + r")\b", ("pharmacy prescription", "farmacia receta medicina")),
    (
        r"\b(?:rx ?bin|bin ?(?:/|and|or) ?pcn|pcn)\b",
        ("id card", "tarjeta del seguro"),
    ),
    (
        r"\b(?:still|stay|staying|stays|remain|be|keep) (?:on|under) (?:my |our |his |her |their )?"
        r"(?:parents?'?s?|mom'?s|dad'?s|mother'?s|father'?s) (?:plan|insurance|policy|coverage)\b|"
        r"\b(?:seguir|quedarme|quedarse|sigo) (?:en|con) el (?:plan|seguro) de (?:mis|sus) "
        r"padres\b",
        ("stay on a parent's plan until 26", "seguir en el plan de sus padres hasta los 26"),
    ),
    (
        r"\b(?:two|2|three|3|several|multiple) (?:different |separate )?(?:eobs|explanations of "
        r"benefits)\b|\b(?:dos|varias) (?:eobs?|explicaciones de beneficios)\b",
        ("read my eob lines", "leer la explicación de beneficios"),
    ),
    (
        r"\b(?:shows?|showing|shown|listed|appears?|is|are|comes?|came) (?:up )?(?:twice|two times|"
        r"2x) (?:on|in)\b|\b(?:on|in) (?:my |the )(?:eob|statement|app|portal|account|explanation "
        r"of benefits) (?:twice|two times|2x)\b|\b(?:sale|salen|aparece|aparecen) dos veces\b",
        ("billed twice duplicate", "cobrando dos veces"),
    ),
    (
        r"\b(?:(?:just )?want(?:ed)? to (?:say )?thanks?|note of (?:thanks|appreciation|gratitude)|"
        r"thanks? (?:you )?(?:so much |again |a lot )?for (?:sorting|fixing|resolving|taking care|"
        r"clearing up|straightening)|salamat|"
        # a message that opens with thanks and asks nothing, and one that says it wants to thank
        # someone in Spanish
        r"^(?![^?¿]*[?¿])\W*(?:thank you|thanks|muchas gracias|much[ií]simas gracias|mil gracias|"
        r"gracias)|dar(?:le|les)? las gracias|agradec(?:er|erle|erles|emos|erte)|agradezco)\b",
        ("thank you appreciate your help", "muchas gracias"),
    ),
    (
        r"\bhung up\b|\bhang(?:s|ed)? up on\b|\b(?:and|then) hang(?:s|ed)? up\b|"
        r"\bhold music\b|\b(?:the )?(?:line|call) (?:went dead|dropped|cut off|was dropped)\b|"
        r"\b(?:minutes|hours?) on hold\b|\bon hold for (?:an? |over |almost |nearly )?(?:\w+ )?"
        r"(?:minutes|hours?)\b|"
        r"\b(?:me|nos) colg(?:[oó]|aron)\b",
        ("complaint rude", "queja"),
    ),
    (
        r"\b(?:finish\w*|reach\w*|hit|met|meet|pass\w*) (?:my |the |our )?(?:yearly |annual |"
        r"family )?max(?:imum)?\b(?! (?:of|on|for) (?:\w+ ){0,2}(?:visits|sessions|days|pills))|"
        r"\b(?:llegu[eé]|alcanc[eé]|cumpl[ií]) (?:al|el) m[aá]ximo\b|"
        r"\bmax(?:ed|es|ing)? (?:it )?out\b(?! (?:my |the |a |our |his |her )?(?:credit|cards?|"
        r"visits|sessions|days|pills))",
        ("out-of-pocket maximum", "máximo de gastos de bolsillo"),
    ),
    (
        r"\b(?:this is not a bill|esto no es una factura)\b",
        ("explanation of benefits eob", "explicación de beneficios"),
    ),
    (
        r"\b(?:is|was|are|were|got|get|been) deny\b|\b(?:did|do|does|why|would) (?:you|they) "
        r"(?:guys )?deny\b",
        ("denied", "negaron negada"),
    ),
    # Life events, in the member's words: a job lost (what becomes of the coverage: COBRA), a
    # baby to add, turning 65 (Medicare), and a premium called a monthly deductible or bill.
    (
        r"^(?=.*\b(?:laid off|lay-?offs?|lost (?:my|his|her|our) (?:job|work)|losing (?:my|his|her|"
        r"our) job|(?:got|was|been|being) fired|(?:quit|quitting|leaving|left) (?:my|his|her) "
        r"(?:job|employer)|me despidieron|(?:perd[ií]|perdi[oó]) (?:mi|el|su) (?:trabajo|empleo)|"
        r"(?:me qued[eé]|se qued[oó]) sin (?:trabajo|empleo))\b)"
        # ... and asks what becomes of the coverage (not for help with a bill)
        r"(?=.*\b(?:(?:happens|happen) to (?:my |our |the |his |her )?(?:health )?(?:coverage|"
        r"insurance|"
        r"plan|benefits)|(?:keep|continue|lose|losing|lost) (?:my |our |this |the |his |her )?"
        r"(?:coverage|insurance|health insurance|plan|benefits)|(?:still|be) (?:be )?(?:covered|"
        r"insured)|(?:coverage|insurance|plan|benefits) (?:ends?|ending|stops?|runs? out)|"
        r"pasa con (?:mi|el|su) (?:seguro|cobertura|plan)|seguir con (?:el|mi) (?:seguro|plan))\b)",
        ("COBRA continue coverage after losing a job", "COBRA seguir con la cobertura"),
    ),
    (
        r"^(?=.*\b(?:had (?:a|our|my) (?:baby|son|daughter|twins)|gave birth|(?:was|were) born|"
        r"new ?born|new baby|reci[eé]n nacid[oa]s?|naci[oó] (?:mi|nuestr[oa])|tuv(?:e|imos) "
        r"(?:un|una|a mi|a nuestr[oa]) (?:beb[eé]|hij[oa]))\b)"
        r"(?=.*\b(?:add|enroll|sign (?:him|her|them) up|(?:on|to|onto) (?:my|our) (?:plan|"
        r"insurance|policy|coverage)|agreg\w+|a[nñ]ad\w+|inscrib\w+|(?:en|a) (?:mi|nuestro) "
        r"(?:plan|seguro))\b)",
        ("add my newborn to the plan", "agregar al bebé recién nacido al plan"),
    ),
    (
        r"^(?!.*\bmedicare\b).*\b(?:turn(?:ing|s|ed)? 65|(?:i'?ll|i will|she'?ll|he'?ll) be 65|"
        r"cumpl(?:o|[ií]|e) 65)\b",
        ("Medicare", "Medicare"),
    ),
    (
        r"\b(?:monthly|month'?s|per month|each month|every month) (?:deductible|insurance (?:bill|"
        r"payment)|plan (?:bill|payment))\b|\b(?:deductible|insurance bill) (?:each|every|per) "
        r"month\b|\bdeducible mensual\b|\bbill from (?:you|you guys|y'?all|the plan|(?:my|the) "
        r"insurance(?: company)?)\b[^.?!\n]{0,40}?\b(?:this|each|every|per|a|for the) month\b",
        ("premium", "prima"),
    ),
    (
        # What is taken from a paycheck for the plan is the premium, whatever the member calls it
        r"\b(?:taken|take[sn]?|comes?|came|deducted|withheld|pulled) (?:straight )?(?:out )?(?:of|"
        r"from) (?:my |our |his |her )?(?:pay ?checks?|paycheques?|wages|salary)\b|"
        r"\bpayroll deductions?\b|\b(?:descuentan|descontaron|quitan) de (?:mi|su) (?:sueldo|"
        r"cheque|salario)\b|"
        # ... and so is a year's cost paid at once
        r"\bpay (?:for )?(?:the )?(?:whole|full|entire) year\b|\bpay (?:it )?(?:annually|yearly)\b",
        ("premium", "prima"),
    ),
    (
        # ... and when the member calls what comes out of the paycheck a deductible, the term is
        # said again: once would not outweigh the misnamed word
        r"^(?=.*\bdeductibles?\b)(?=.*\b(?:pay ?checks?|paycheques?|payroll|wages|salary|"
        r"sueldo|n[oó]mina)\b)",
        ("monthly premium", "prima mensual"),
    ),
    (
        # Coverage that lapsed or is not active: is the member covered (eligibility)
        r"\b(?:coverage|insurance|plan|policy) (?:has |have |had )?(?:lapsed?|lapsing)\b|"
        r"\b(?:did|has|have|had) (?:it |my (?:coverage|insurance|plan|policy) )?lapsed?\b|"
        r"\b(?:am i|are we|is (?:he|she|my \w+)) still (?:covered|insured)\b|"
        r"\b(?:cobertura|seguro) no (?:estaba|est[aá]|estuvo) (?:activ[oa]|vigente)\b",
        ("coverage dates active eligibility", "fechas de cobertura activa"),
    ),
    (
        # Out of work with bills and asking for any help: assistance programs
        r"^(?=.*\b(?:laid off|lay-?offs?|lost (?:my|his|her|our) (?:job|work)|no paycheck|no "
        r"income|unemployed|me despidieron|sin (?:trabajo|empleo))\b)(?=.*\b(?:bills?|facturas?|"
        r"cuentas?)\b)(?=.*\b(?:help|helps|assistance|programs?|ayuda\w*|programas?)\b)",
        ("financial assistance", "asistencia financiera"),
    ),
    (
        r"\b(?:take|taking|took|drop|dropping|remove|removing|get|getting) (?:my |our )?(?:ex|"
        r"ex-?(?:husband|wife|spouse|partner)|former (?:husband|wife|spouse)|spouse|husband|wife|"
        r"step(?:son|daughter|child)|son|daughter|him|her|them)\b(?: [\w'-]+){0,3}? (?:off|from) "
        r"(?:of )?(?:my|our|the) (?:plan|insurance|policy|coverage)\b|"
        r"\b(?:quitar|sacar|dar de baja) a (?:mi )?(?:ex|esposo|esposa|marido|hij[oa])\b",
        ("remove a dependent from my plan", "quitar a un dependiente de mi plan"),
    ),
    (
        # A bill the member was sent while the EOB says less is owed, written in Spanish
        r"\b(?:bill|factura|cuenta|cobro)\b[^?!\n]{0,80}? (?:pero|aunque|cuando|mientras) "
        r"(?:mi |la |el )?(?:eob|explicaci[oó]n de beneficios) (?:dice|muestra|dec[ií]a|indica)\b",
        ("balance bill", "factura de saldo"),
    ),
    # Asking for someone who speaks the member's language, an interpreter or sign language: the
    # plan's free language help (not a network doctor who speaks it: that names the doctor).
    (
        r"\b(?:alguien|someone|anyone|somebody|una persona|un agente|an agent|a representative)\b"
        r"[^.?!\n]{0,20}?\b(?:que|who|that) (?:hable|habla|speaks?|can speak)\b|"
        r"\b(?:tienen|hay|necesito|necesita|necesitamos|do you have|is there|(?:i|we|he|she) "
        r"needs?|can (?:i|he|she|we|they) (?:get|have)|pedir|request) "
        r"(?:an? |un |una |free |some )?"
        r"(?:int[eé]rpretes?|interpreters?|traductor(?:es|a)?|translators?)\b|"
        r"\b(?:lenguaje|lengua) de se[nñ]as\b|\bsign language\b",
        ("interpreter on the call", "intérprete en la llamada"),
    ),
    (
        # A payment plan asked for the premium is still a payment plan
        r"\bpayment plans? (?:for|on|with) (?:my |the |our |his |her )?(?:\w+ )?premiums?\b|"
        r"\bplan(?:es)? de pagos? (?:para|de|con) (?:la|mi|su) prima\b",
        ("payment plan", "plan de pagos"),
    ),
    (
        # Two plans and which pays first: coordination of benefits
        r"\b(?:keep|have|has) both(?: (?:plans|insurances?|policies|coverages?)\b|(?=\s*(?:[?.!,]|"
        r"$)))|\b(?:on|use|with|under) both (?:plans|insurances|policies)\b|"
        r"\b(?:whose|which|who|what) (?:one |plan |insurance |policy )?(?:gets billed|is billed|"
        r"pays|goes|bills|should pay|has to pay) (?:first|before)\b|"
        r"\bprimary (?:or|and|vs\.?|versus) secondary\b|\bdual(?:ly)?[- ]eligible\b|"
        r"\b(?:medicare (?:and|y|plus|&) medicaid|medicaid (?:and|y|plus|&) medicare)\b|"
        r"\bcu[aá]l (?:seguro |plan )?(?:paga|cobra|va) primero\b|"
        r"\b(?:ambos|los dos|dos) seguros\b",
        ("coordination of benefits which plan pays first", "coordinación de beneficios"),
    ),
    (
        # A member who died: the account to close and the mail to stop
        r"\b(?:passed away|passed on|has died|had died|died|death certificate|deceased|"
        r"falleci\w*|muri[oó]|difunt[oa])\b",
        ("update the account contact mail", "actualizar la cuenta correo"),
    ),
    (
        r"\b(?:someone|somebody|a person|people) (?:you|y'?all|your team) (?:can|may|could) "
        r"(?:talk|speak) (?:to|with)\b|\bauthori[sz]ed (?:representative|rep|person|contact|user)"
        r"\b|\bspeak (?:for me|on my behalf)\b|\brepresentante autorizad[oa]\b",
        ("authorized representative mail account", "representante autorizado"),
    ),
    (
        r"\b(?:pay(?:ing|s)?|paid) (?:\w+ ){0,3}?(?:in|with) cash\b|\bcash (?:price|discount|"
        r"pay)\b|\bself[- ]pay (?:discount|rate|price)\b|\bprompt[- ]pay(?:ment)? discount\b|"
        r"\bdescuento (?:por|de|si) pag\w+ en efectivo\b",
        ("financial assistance discount", "asistencia financiera descuento"),
    ),
    (
        # A sum a month the member offers, or a whole bill they cannot pay at once
        r"\b(?:can|could|may) (?:i|we) (?:do|pay|send) (?:like |about |maybe |just |only )?"
        r"(?:\{[A-Z_]+\}|\$?\d[\d,.]*) (?:a|per|each|every) month\b|"
        r"\b(?:can'?t|cannot|can not|unable to) pay (?:the |it |this |that )?(?:whole|full|entire|"
        r"all)\b[^.?!\n]{0,50}? at once\b",
        ("payment plan", "plan de pagos"),
    ),
    (
        # A bill that came after the plan paid ("on top of what you paid", "after your
        # payment", "después de que ustedes pagaron"): the provider billing the rest
        r"^(?=.*\b(?:bill\w*|charg\w*|wants?|asking|owe|cuenta|factura|cobr\w+)\b)(?=.*\b(?:"
        r"on top of what (?:you|the plan|(?:my |the )?insurance) (?:guys )?(?:paid|covered)|"
        r"after (?:your|the plan'?s|(?:my |the )?insurance'?s?) payment|after (?:you|the plan|"
        r"(?:my |the )?insurance) (?:guys )?(?:paid|covered|pays)|después de que (?:ustedes|el "
        r"seguro|el plan) (?:pagaron|pag[oó]))\b)",
        ("balance bill", "factura de saldo"),
    ),
    (
        # The emergency crew by its short name
        r"\b(?:ems|emts?|paramedics?|param[eé]dicos)\b",
        ("ambulance", "ambulancia"),
    ),
    (
        # An emergency room out of the network: emergencies are covered at the in-network level
        r"^(?=.*\b(?:er|e\.r\.|emergency (?:room|department|dept)|urgencias|emergencias|sala de "
        r"emergencias?)\b)(?=.*\b(?:network|in-network|out-of-network|(?:en|de|fuera de) la red)"
        r"\b)",
        ("emergency room emergency care", "sala de emergencias"),
    ),
    (
        # Asking how to appeal (or naming the appeal to file) is the appeal, whatever was denied
        r"\b(?:how (?:do|can|would|should) (?:i|we) (?:file an? |start an? )?|(?:i|we) (?:want|"
        r"need|would like|'d like|plan) to (?:file an? )?|(?:file|filing|submit|submitting|start|"
        r"starting) (?:an? |the |my )?)appeal\b|\bappeal (?:i|we) (?:want|need|would like|plan) "
        r"to (?:file|submit|send)\b",
        ("appeal", "apelar apelación"),
    ),
    (
        # A bill sent to collections, or a collector calling about an account (not one the
        # member asks to keep the bill from: "pay monthly instead of sending it to a collector")
        r"^(?!.*\b(?:instead of|rather than|avoid\w*|keep (?:it|this|them) from|before)\b"
        r"[^.?!\n]{0,40}?\b(?:collect\w*|cobranza)).*"
        r"(?:\b(?:sent|sends|send|sending|turned|referred|went|gone|going|passed) (?:[\w']+ ){0,3}?"
        r"to (?:a )?collections?\b|\bcollection (?:agency|agencies|notice|letter)s?\b|"
        r"\b(?:debt )?collectors?\b|\b(?:calling|called|calls) (?:me |him |her |us )?about an? "
        r"(?:old |past[- ]due |unpaid )?(?:account|debt)\b|\bcobranzas?\b)",
        ("collections", "cobranza"),
    ),
    (
        # An EOB for care the member never had (or says is fraud): reading the EOB
        r"^(?=.*\b(?:eobs?|explanations? of benefits)\b)(?=.*\b(?:fraud\w*|scam|never (?:had|got|"
        r"went|saw|been|received)|(?:wasn'?t|was not|weren'?t) (?:even )?(?:there|in town|"
        r"home))\b)",
        ("read my eob lines explanation of benefits", "leer la explicación de beneficios"),
    ),
)
PLAN_TERMS = tuple(
    (re.compile(pattern, re.IGNORECASE | re.DOTALL), english, spanish)
    for pattern, (english, spanish) in _PLAN_TERMS
)
# Words that say which language a message is in: a Spanish message gets the term in Spanish and
# in English (the history's Spanish questions are fewer; its English ones carry the term too).
_SPANISH = re.compile(
    r"\b(?:el|la|los|las|del|que|qu[eé]|por|para|una|usted|mi|mis|su|con|es|pero|tengo|me|lo|"
    r"c[oó]mo|est[aá]|seguro|cobran|pagar)\b",
    re.IGNORECASE,
)
_ENGLISH = re.compile(
    r"\b(?:the|is|are|my|i|you|what|why|how|it|and|to|of|for|do|does|did|was|this|that)\b",
    re.IGNORECASE,
)


def engine_text(engine: Engine, message: str) -> str:
    """The message as the engine should read it: chat spellings written out, slips of the
    history's words set right, and the plan's term added after a member's wording of it."""

    def written_out(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("{"):
            return token
        lower = token.lower().replace("\u2019", "'")
        if lower in CHAT_SPELLINGS and engine.member_word_share(lower)[1] < KNOWN_CHAT_MESSAGES:
            return CHAT_SPELLINGS[lower]
        return _slip_set_right(engine, lower) or token

    text = _TOKEN.sub(written_out, message)
    spanish = len(_SPANISH.findall(text)) > len(_ENGLISH.findall(text))
    terms = [
        f"{spanish_term} {english_term}" if spanish else english_term
        for pattern, english_term, spanish_term in PLAN_TERMS
        if pattern.search(text)
    ]
    return f"{text}\n{' '.join(terms)}" if terms else text


def _slip_set_right(engine: Engine, lower: str) -> str | None:
    """The word of the team's history a slip was meant as: one typo away from it, the slip no
    word (nor name) of its own; the one the team's members wrote most when several are."""
    vocabulary = engine.bm25_terms.vocabulary_
    if len(lower) < TYPO_LENGTH or not lower.isalpha() or lower in vocabulary:
        return None
    if written_word(lower, typos=False):
        return None
    best, best_count = None, MIN_TYPO_TARGET_MESSAGES - 1
    for word in sorted(one_typo_away(lower)):
        if len(word) < TYPO_LENGTH - 1 or word not in vocabulary or word in ENGLISH_STOP_WORDS:
            continue
        count = engine.member_word_share(word)[1]
        if count > best_count:
            best, best_count = word, count
    return best


# A message this share of whose letters are capitals (and with at least SHOUTED_LETTERS of them)
# is shouted: its capitals say nothing about names.
SHOUTED_SHARE = 0.8
SHOUTED_LETTERS = 12
_HELD_DOWN = re.compile(r"([^\W\d_])\1{2,}")
_WORD_WITH_HELD_LETTER = re.compile(r"[^\W\d_]*([^\W\d_])\1{2,}[^\W\d_]*")
_ALPHABETIC_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*)([^\W\d_])")


# Punctuation a member dictated and speech-to-text wrote out as words ("hi comma my claim was
# denied period why question mark"). A message is read as dictated only when it says a mark no
# one writes out otherwise ("question mark", "comma", "full stop", "exclamation point"); then
# "period" is a full stop too, unless a word before it makes it a span of time ("grace period",
# "the period", "enrollment period"). Not the Spanish "coma": a coma is also a coma.
_DICTATED = re.compile(
    r"\b(?:question mark|comma|full stop|exclamation (?:point|mark)|signo de interrogaci[oó]n|"
    r"punto y aparte)\b",
    re.IGNORECASE,
)
_SPOKEN_MARKS = (
    (re.compile(r"[ \t]*\b(?:question mark|signo de interrogaci[oó]n)\b[ \t]*", re.I), "? "),
    (re.compile(r"[ \t]*\bexclamation (?:point|mark)\b[ \t]*", re.I), "! "),
    (re.compile(r"[ \t]*\bcomma\b[ \t]*", re.I), ", "),
    (re.compile(r"[ \t]*\b(?:new (?:line|paragraph)|punto y aparte)\b[ \t]*", re.I), "\n"),
    (re.compile(r"[ \t]*\bfull stop\b[ \t]*", re.I), ". "),
    (
        re.compile(
            r"(?<!\bgrace)(?<!\bwaiting)(?<!\benrollment)(?<!\benrolment)(?<!\bbenefit)"
            r"(?<!\bbilling)(?<!\belection)(?<!\btrial)(?<!\bthe)(?<!\bthis)(?<!\bthat)"
            r"(?<!\ba)(?<!\bmy)(?<!\byour)(?<!\bcoverage)(?<!\btime)(?<!\bpay)(?<!\bsame)"
            r"[ \t]+\bperiod\b[ \t]*",
            re.I,
        ),
        ". ",
    ),
)


def spoken_punctuation(text: str) -> str:
    """A dictated message with the marks it spells out as words written as marks ("my claim was
    denied period why question mark" -> "my claim was denied. why? "); any other text as it is."""
    if not _DICTATED.search(text):
        return text
    for pattern, mark in _SPOKEN_MARKS:
        text = pattern.sub(mark, text)
    return re.sub(r"([,.?!]) ([,.?!])", r"\1\2", text).strip()


def plain_writing(text: str) -> str:
    """The member's text with punctuation it dictated as words written as marks
    (`spoken_punctuation`), held-down letters once ("whyyyy" -> "why", "sooo" -> "so"; twice
    where only that makes a word: "cooool" -> "cool") and, when it is shouted, in sentence case
    (words with digits, ids and codes, stay as written)."""
    text = spoken_punctuation(text)
    text = _WORD_WITH_HELD_LETTER.sub(_letters_once, text)
    letters = [character for character in text if character.isalpha()]
    capitals = sum(character.isupper() for character in letters)
    if len(letters) < SHOUTED_LETTERS or capitals < SHOUTED_SHARE * len(letters):
        return text
    lowered = _ALPHABETIC_WORD.sub(lambda match: match.group(0).lower(), text)
    lowered = re.sub(r"\bi\b", "I", lowered)
    return _SENTENCE_START.sub(lambda match: match.group(1) + match.group(2).upper(), lowered)


def _letters_once(match: re.Match[str]) -> str:
    """A word with a letter held down as it is written: the letter once or twice, whichever the
    English or Spanish word lists hold more often ("so", "cool", "please", "hola")."""
    word = match.group(0)
    once, twice = _HELD_DOWN.sub(r"\1", word), _HELD_DOWN.sub(r"\1\1", word)
    english = careteam_api.dictionary_word_counts("en")
    spanish = careteam_api.dictionary_word_counts("es")

    def frequency(form: str) -> int:
        return max(english.get(form.lower(), 0), spanish.get(form.lower(), 0))

    return twice if frequency(twice) > frequency(once) else once
