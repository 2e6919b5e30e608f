"""Fourteenth held-out drafts set (stop 31), batch 1: deductible, copays and coinsurance,
out-of-pocket maximum, EOBs, denials, prior authorization. Written by helper sets13 from general
knowledge, in shapes the earlier sets used little: several short SMS texts pasted together,
Spanglish switching mid-sentence, caregivers for an elderly parent or an adult child with a
disability, interpreters and social workers relaying for a client, dictated punctuation from
speech-to-text ("comma", "period", "new line"), EOB table rows and CPT/HCPCS codes quoted back,
markdown lists, an earlier agent reply quoted back, autocorrect slips, emoji, long rambling
messages with the question at the end, hypotheticals, plan terms used wrongly, a new member's
first week, and life events (a baby, a divorce, a move, COBRA, turning 26 or 65).
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh13_common import SIGN, C13

ITEMS = [
    # ---- deductible ----
    D("en", "single", "deductible", "none",
      "[9:02] hey quick q\n[9:02] my deductible\n[9:03] how much is left on it\n[9:03] "
      "ty",
      "Hi {MEMBER_FIRST_NAME}, {DEDUCTIBLE_REMAINING} of your {DEDUCTIBLE} deductible is "
      "left; {DEDUCTIBLE_MET} is met so far, and it starts again after {PLAN_YEAR_END}." + SIGN),
    D("en", "typo", "deductible", "deductible",
      "I went to Pinecrest Family Practice and they charged me the whole visit. My "
      "deductible is only my $40 copay right?? Why am I paying the entire thing",
      "Hi {MEMBER_FIRST_NAME}, the copay and the deductible are two different things. The "
      "visit at {PROVIDER_NAME} on {DATE_OF_SERVICE} went toward your deductible "
      "({DEDUCTIBLE_APPLIED}), so the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Once the deductible is met, the plan starts sharing costs; "
      "{DEDUCTIBLE_REMAINING} is left." + SIGN,
      claim=C13("310.00", scenario="deductible", provider="Pinecrest Family Practice"),
      mentions=["provider"]),
    D("es", "spanish", "deductible", "none",
      "Hola, acabo de tener a mi bebé y lo agregué al plan. ¿Él tiene su propio deducible o "
      "cuenta en el mío? ¿Cuánto nos falta?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades por su bebé! En su plan {PLAN_NAME} el "
      "deducible es {DEDUCTIBLE}; ya lleva {DEDUCTIBLE_MET} y le faltan "
      "{DEDUCTIBLE_REMAINING} hasta el {PLAN_YEAR_END}. Los gastos del bebé cuentan dentro "
      "de la cobertura familiar; si quiere, le confirmo cómo se reparte entre ustedes." + SIGN),
    D("en", "long", "deductible", "partial_deductible",
      "Ok so I'm going to try to explain this the best I can because my husband usually "
      "handles all of this and he's deployed until spring. We moved from Texas to Georgia in "
      "August and I kept this plan through his work. I took our daughter to Oakmere "
      "Pediatric Partners for her ear, they did the visit and a hearing test, and the "
      "statement says some of it went to 'deductible' and the rest was split. I honestly "
      "thought the deductible reset when we moved states. Does it, or does it keep going "
      "from what we spent in Texas?",
      "Hi {MEMBER_FIRST_NAME}, thanks for laying it out. Moving states doesn't reset your "
      "deductible: it runs for the whole plan year, until {PLAN_YEAR_END}, so what you spent "
      "in Texas still counts. For the {DATE_OF_SERVICE} visit at {PROVIDER_NAME}, "
      "{DEDUCTIBLE_APPLIED} went to the deductible and the plan paid {PLAN_PAID}; your share "
      "is {MEMBER_OWES}, and {DEDUCTIBLE_REMAINING} of the deductible is left." + SIGN,
      claim=C13("420.00", "150.00", "partial_deductible",
                provider="Oakmere Pediatric Partners"),
      mentions=["provider"]),
    D("en", "single", "deductible", "none",
      "this is my first week on the plan comma do I have to meet a deductible before it pays "
      "anything period new line thanks",
      "Hi {MEMBER_FIRST_NAME}, welcome to {PLAN_NAME}. Your deductible is {DEDUCTIBLE}; for "
      "many services you pay until it's met, while preventive care and copay visits are "
      "covered before that. {DEDUCTIBLE_REMAINING} is left this plan year." + SIGN),
    D("es", "multi", "deductible", "none",
      "Mi hija cumple 26 el mes que viene. Lo que ella ya pagó de deducible, ¿se pierde "
      "cuando salga del plan? ¿Y qué opciones tiene para seguir con seguro?",
      "Hola {MEMBER_FIRST_NAME}, lo que su hija ya pagó cuenta para el deducible del plan "
      "familiar hasta que salga; un plan nuevo empieza su propio deducible. Al cumplir 26 "
      "puede seguir con COBRA o buscar un plan del mercado o de su empleo; le explico los "
      "plazos si quiere." + SIGN,
      topics=["deductible", "eligibility"]),
    # ---- copay / coinsurance ----
    D("en", "single", "copay_coinsurance", "none",
      "If I go to urgent care Saturday for my kid's cough what will I owe? Trying to decide "
      "between that and waiting til Monday for her pediatrician",
      "Hi {MEMBER_FIRST_NAME}, your {PLAN_NAME} summary shows the urgent care copay and the "
      "office visit copay side by side; urgent care is usually a little more than a "
      "pediatrician visit but far less than the ER. I can look up both for you, and the "
      "nurse line at {PHONE} can help you decide." + SIGN),
    D("en", "typo", "copay_coinsurance", "paid",
      "The therapist at Brightwater Counseling Group says I owe co-insurance now instead of "
      "my cop ay. Did my plan chance? I didn't get any letter about a chance",
      "Hi {MEMBER_FIRST_NAME}, your plan didn't change. For the {DATE_OF_SERVICE} session at "
      "{PROVIDER_NAME}, the allowed amount was {ALLOWED}; this kind of session is shared as "
      "coinsurance ({COINSURANCE}), so the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C13("180.00", "36.00", provider="Brightwater Counseling Group"),
      mentions=["provider"]),
    D("es", "spanish", "copay_coinsurance", "paid",
      "Fui al especialista, el Centro Médico Vallesol, y me cobraron el copay pero ahora "
      "llega otra factura de 62,40 por 'coaseguro'. ¿Se paga dos veces?",
      "Hola {MEMBER_FIRST_NAME}, no es un cobro doble. En la visita del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME}, el copago cubre la consulta y el coaseguro corresponde a un estudio "
      "que le hicieron ese día. El plan pagó {PLAN_PAID} y a usted le toca {MEMBER_OWES} "
      "en total." + SIGN,
      claim=C13("390.00", "62.40", provider="Centro Médico Vallesol"),
      mentions=["amount", "provider"]),
    D("en", "single", "copay_coinsurance", "none",
      "My client says her 'deductible' at the pharmacy counter is $15 every time and she "
      "wants to know why it isn't going down. I'm her social worker; she's given consent for "
      "me to ask.",
      "Hi {MEMBER_FIRST_NAME}, thank you for helping her. The fixed amount she pays each "
      "time at the pharmacy is a copay, not the deductible, so it doesn't go down; it's the "
      "same for each fill of that drug tier. The copays do count toward her out-of-pocket "
      "maximum." + SIGN),
    D("en", "long", "copay_coinsurance", "none",
      "Hi there, so I started my new job two weeks ago and this is the first time I've ever "
      "had my own insurance, I was on my dad's until I turned 26 in September and he always "
      "did everything. I have the card now and I read the summary thing three times but I "
      "still don't get one part. What is the difference between a copay and coinsurance, "
      "and which one do I pay when I see a dermatologist?",
      "Hi {MEMBER_FIRST_NAME}, welcome, and good question. A copay is a fixed amount you pay "
      "for a visit; coinsurance is a percentage of the allowed cost you pay after the "
      "deductible. On {PLAN_NAME}, a dermatologist office visit is a specialist copay; if "
      "they do a procedure too, that part may be coinsurance." + SIGN),
    D("en", "multi", "copay_coinsurance", "none",
      "- copay for telehealth?\n- does it count toward my out of pocket max?\n- thx",
      "Hi {MEMBER_FIRST_NAME}, your {PLAN_NAME} summary lists the telehealth copay; it's "
      "usually the same as or lower than an office visit, and I can confirm it for you. Yes, "
      "copays count toward your out-of-pocket maximum." + SIGN,
      topics=["copay_coinsurance", "out_of_pocket_max"]),
    # ---- out-of-pocket maximum ----
    D("en", "single", "out_of_pocket_max", "none",
      "🙏🏽 pls tell me I'm close to my max 💸💸 how much more 😩",
      "Hi {MEMBER_FIRST_NAME}, you've paid {OOP_MET} toward your {OOP_MAX} out-of-pocket "
      "maximum this plan year. Once you reach it, covered in-network care is paid in full "
      "until {PLAN_YEAR_END}." + SIGN),
    D("en", "typo", "out_of_pocket_max", "oop_met",
      "I hit my out of pocket mask in October. Why does Lakeshore Orthopedic Associates still "
      "want money for my knee follow up?",
      "Hi {MEMBER_FIRST_NAME}, you're right that you've met your out-of-pocket maximum. For "
      "the {DATE_OF_SERVICE} visit at {PROVIDER_NAME}, the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}; if their statement asks for more, please don't pay it and "
      "let me know so I can contact them." + SIGN,
      claim=C13("260.00", scenario="oop_met", provider="Lakeshore Orthopedic Associates"),
      mentions=["provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Escribo por mi papá, él tiene 78 años y no usa computadora. Con tantas citas de "
      "diálisis, ¿cuánto le falta para llegar al máximo de bolsillo?",
      "Hola {MEMBER_FIRST_NAME}, gracias por ayudar a su papá. Este año lleva {OOP_MET} de su "
      "máximo de {OOP_MAX}. Al llegar al máximo, el plan paga por completo la atención "
      "cubierta dentro de la red hasta el {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "none",
      "Me and my husband divorced in June and he dropped me from his plan, I got my own with "
      "you in July. Does what I paid on his plan count toward my out-of-pocket max here?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the upheaval. Amounts paid on another plan "
      "don't usually carry over, so your {OOP_MAX} maximum here started when your coverage "
      "began; {OOP_MET} counts so far. If you have receipts, I can check whether a carry-over "
      "applies to your plan." + SIGN),
    D("en", "long", "out_of_pocket_max", "none",
      "So my son is 31 and has cerebral palsy, and I'm his legal guardian, so I do all his "
      "insurance. Every year it's the same cycle: in January we pay for everything, the "
      "wheelchair repairs, the therapies, the neurologist, and then somewhere around summer "
      "it all gets quiet because he's hit the maximum. This year I lost track when I had my "
      "own surgery. Could you tell me where he is on his out-of-pocket maximum right now?",
      "Hi {MEMBER_FIRST_NAME}, thank you for all you do for him. He has paid {OOP_MET} of his "
      "{OOP_MAX} out-of-pocket maximum this plan year. After he reaches it, covered "
      "in-network care is paid in full until {PLAN_YEAR_END}." + SIGN),
    D("es", "multi", "out_of_pocket_max", "none",
      "Ya llegué al out of pocket max, right? Entonces las recetas también salen gratis o "
      "eso es aparte?",
      "Hola {MEMBER_FIRST_NAME}, este año lleva {OOP_MET} de su máximo de {OOP_MAX}. Cuando "
      "lo alcance, los medicamentos cubiertos en farmacias de la red también salen sin "
      "costo, salvo que su plan tenga un máximo aparte para farmacia; se lo confirmo si "
      "quiere." + SIGN,
      topics=["out_of_pocket_max", "pharmacy"]),
    # ---- EOB question ----
    D("en", "single", "eob_question", "paid",
      "My EOB has this row and I don't get it:\n\n| Service | Billed | Allowed | Plan paid | "
      "You owe |\n| 99214 office visit | 285.00 | 171.00 | 141.00 | 30.00 |\n\nWhat's "
      "99214 and why is allowed less than billed?",
      "Hi {MEMBER_FIRST_NAME}, 99214 is the code for an office visit. The allowed amount "
      "({ALLOWED}) is the price the plan agreed with the provider, so the rest of the "
      "{BILLED} is written off and you don't owe it. The plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}." + SIGN,
      claim=C13("285.00", "30.00"),
      mentions=["amount"]),
    D("en", "typo", "eob_question", "paid",
      "I got an explanation of benefits from Ridgeway Sleep Center that says this is not a "
      "bill. If it's knot a bill, why does it say I owe money? Do I pay the eob?",
      "Hi {MEMBER_FIRST_NAME}, the EOB isn't a bill: it shows how the {DATE_OF_SERVICE} "
      "claim at {PROVIDER_NAME} was processed. The plan paid {PLAN_PAID}; {MEMBER_OWES} is "
      "what the provider may bill you. Please wait for their bill and check it matches the "
      "EOB before paying." + SIGN,
      claim=C13("1100.00", "190.00", provider="Ridgeway Sleep Center"),
      mentions=["provider"]),
    D("es", "spanish", "eob_question", "paid",
      "Mi EOB dice 'CO-45' en una columna y 'PR-3' en otra. ¿Qué significan esos códigos? "
      "No entiendo nada 🙁",
      "Hola {MEMBER_FIRST_NAME}, CO-45 quiere decir que el proveedor cobró más que el monto "
      "permitido y esa diferencia no la paga usted. PR-3 es el copago, que sí le toca a "
      "usted. En esa reclamación el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}." + SIGN,
      claim=C13("240.00", "40.00")),
    D("en", "long", "eob_question", "paid",
      "The interpreter writing for Mr. Haddad: He received a paper from you with many "
      "numbers. He thinks it means he must pay the full amount at the top, which is the "
      "billed amount. He is very worried because he is on a fixed income. He asks: the "
      "statement from Cedar Hollow Imaging, what does he actually need to pay, and is this "
      "paper a bill?",
      "Hi {MEMBER_FIRST_NAME}, thank you for interpreting. The paper is an Explanation of "
      "Benefits, not a bill. The billed amount at the top ({BILLED}) is not what he owes: "
      "for the {DATE_OF_SERVICE} scan at {PROVIDER_NAME} the plan paid {PLAN_PAID}, and his "
      "share is {MEMBER_OWES}. He should pay only when the provider sends a bill for that "
      "amount." + SIGN,
      claim=C13("1650.00", "75.00", provider="Cedar Hollow Imaging"),
      mentions=["provider"]),
    D("en", "single", "eob_question", "pending",
      "you told me last week \"your claim should process within 30 days\" but my EOB "
      "portal still shows nothing from Thornbury Urology. How do I read a pending one?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} is still "
      "being processed, which is why no EOB shows yet. When it's done, the EOB will appear "
      "in the portal with the amounts; I'll keep an eye on it." + SIGN,
      claim=C13("540.00", scenario="pending", provider="Thornbury Urology"),
      mentions=["provider"]),
    # ---- denied claim ----
    D("en", "single", "denied_claim", "denied:27",
      "Just lost my job last month and elected COBRA. Now Fairhaven Lab says my bloodwork got "
      "denied. Did my COBRA not kick in?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your job. The {DATE_OF_SERVICE} bloodwork at "
      "{PROVIDER_NAME} was turned down because {DENIAL_REASON}: the coverage dates on file "
      "didn't include that day. If your COBRA election and first premium were in time, "
      "coverage goes back to when your job plan ended, and the claim can be reprocessed; "
      "I'll check your COBRA dates." + SIGN,
      claim=C13("230.00", scenario="denied:27", provider="Fairhaven Lab"),
      mentions=["provider"]),
    D("en", "typo", "denied_claim", "denied:16",
      "Denied for missing information?? Which information. I gave them my card at "
      "Silverbell Dental Surgery. Can you tell me what's messing",
      "Hi {MEMBER_FIRST_NAME}, the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}. It's information the office needs to add, not you; "
      "once they send a corrected claim by {APPEAL_DEADLINE}, it will be processed "
      "again." + SIGN,
      claim=C13("760.00", scenario="denied:16", provider="Silverbell Dental Surgery"),
      mentions=["provider"]),
    D("es", "spanish", "denied_claim", "denied:96",
      "Me negaron la reclamación de Fisioterapia Las Palmas. El papel dice 'servicio no "
      "cubierto'. ¿Cómo que no cubierto si el doctor me la mandó?",
      "Hola {MEMBER_FIRST_NAME}, la reclamación del {DATE_OF_SERVICE} de {PROVIDER_NAME} no "
      "se pagó porque {DENIAL_REASON}. Si su médico se la indicó, puede apelar hasta el "
      "{APPEAL_DEADLINE} con una carta del médico explicando por qué la necesita; le ayudo "
      "con los pasos." + SIGN,
      claim=C13("480.00", scenario="denied:96", provider="Fisioterapia Las Palmas"),
      mentions=["provider"]),
    D("en", "long", "denied_claim", "denied:29",
      "I'm writing as the caregiver for my mother, who is 84 and lives with me since her "
      "stroke. She saw a cardiologist at Harrowgate Heart Clinic back in the spring, and I "
      "put the bill in a drawer because honestly I was drowning. The office only just sent "
      "it to you and now it's denied. I understand it was my fault for the delay, but is "
      "there anything I can do about this denial?",
      "Hi {MEMBER_FIRST_NAME}, thank you for caring for your mother. The claim from "
      "{PROVIDER_NAME} for {DATE_OF_SERVICE} was turned down because {DENIAL_REASON}. "
      "Filing on time is the office's task, so the office generally shouldn't bill her for "
      "it; if there was a good reason for the delay, an appeal by {APPEAL_DEADLINE} can ask "
      "for an exception." + SIGN,
      claim=C13("380.00", scenario="denied:29", provider="Harrowgate Heart Clinic"),
      mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:204",
      "* claim: CPT 97110 x4 units\n* status: denied\n* why??",
      "Hi {MEMBER_FIRST_NAME}, the therapeutic exercise claim (97110) for "
      "{DATE_OF_SERVICE} was turned down because {DENIAL_REASON}. You can appeal by "
      "{APPEAL_DEADLINE}; a letter from your therapist about why it's needed helps." + SIGN,
      claim=C13("340.00", scenario="denied:204")),
    D("en", "multi", "denied_claim", "denied:197",
      "Turned 65 in October and switched to your Medicare plan. My sleep study at Quillfield "
      "Neurology came back denied. 1) why 2) can I appeal",
      "Hi {MEMBER_FIRST_NAME}, welcome to the plan. The {DATE_OF_SERVICE} sleep study at "
      "{PROVIDER_NAME} was turned down because {DENIAL_REASON}. Yes, you can appeal by "
      "{APPEAL_DEADLINE}: the office can ask for the approval after the fact and send your "
      "doctor's notes." + SIGN,
      claim=C13("2100.00", scenario="denied:197", provider="Quillfield Neurology"),
      mentions=["provider"], topics=["denied_claim", "appeal"]),
    # ---- prior authorization ----
    D("en", "single", "prior_authorization", "none",
      "Hypothetically if my doctor orders an MRI of my shoulder next month do I need to get "
      "it approved first or does the imaging place handle that",
      "Hi {MEMBER_FIRST_NAME}, an MRI usually needs prior authorization on {PLAN_NAME}. The "
      "ordering doctor's office asks for it; you don't have to. Before the scan, you can ask "
      "them whether it's approved, or I can check for you." + SIGN,
      drop=PA_UNKNOWN),
    D("en", "typo", "prior_authorization", "none",
      "my dr sent the pre authorization for my sons wheel chair 3 weeks ago. he is 24 and "
      "disabled and the old one is broken. is it approve yet? thank you in advice",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry he's without a working wheelchair. I'll look up the "
      "prior authorization request from his doctor and let you know where it stands; if it "
      "needs more information, we'll tell the doctor's office." + SIGN),
    D("es", "spanish", "prior_authorization", "none",
      "El cirujano me dijo que la operación de rodilla necesita una 'pre-autorización'. "
      "¿Eso lo hago yo o lo hace él? Es mi primera semana con ustedes.",
      "Hola {MEMBER_FIRST_NAME}, bienvenido. La autorización previa la pide el consultorio "
      "del cirujano; usted no tiene que hacer nada. Antes de la cirugía puede preguntarles "
      "si ya está aprobada, o yo se lo reviso." + SIGN),
    D("en", "long", "prior_authorization", "none",
      "Good morning comma I am dictating this because of my hands period new line My "
      "rheumatologist wants to start me on an infusion every eight weeks period She said "
      "the insurance has to say yes first period new line How long does that usually take "
      "question mark",
      "Hi {MEMBER_FIRST_NAME}, thanks for writing. Your rheumatologist's office sends the "
      "prior authorization request; a standard request is usually decided within a few "
      "business days to two weeks, and urgent ones faster. I can check on it once they've "
      "sent it." + SIGN),
    D("es", "multi", "prior_authorization", "none",
      "Mi mamá se mudó conmigo de Arizona a Nevada. Su doctor nuevo necesita autorización "
      "para las terapias, ¿y la autorización de Arizona ya no sirve? Also, is her new doctor "
      "in network?",
      "Hola {MEMBER_FIRST_NAME}, una autorización va ligada al proveedor que la pidió, así "
      "que el doctor nuevo tiene que pedir una nueva; lo hace su consultorio. Si me dice el "
      "nombre del doctor, le confirmo si está en la red." + SIGN,
      topics=["prior_authorization", "out_of_network"], drop=NET_UNKNOWN),
]
