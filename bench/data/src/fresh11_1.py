"""Twelfth held-out drafts set (stop 29), batch 1: deductible, copays and coinsurance,
out-of-pocket maximum, EOBs, denials. Written by helper sets11 from general knowledge, in shapes
the earlier sets did not use: SMS abbreviations ("pls", "u", "ur", "thx", "b4"), a caregiver or
power of attorney writing for a parent, replies under an earlier agent reply (quoted "> "
lines), pasted EOB table rows, numbers written in words, wrong terminology, emoji, all-lowercase,
civil all-caps, Spanglish, autocorrect slips, chat-widget transcripts, names with hyphens,
apostrophes and particles, and Spanish.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh11_common import SIGN, C11

ITEMS = [
    # ---- deductible ----
    D("en", "typo", "deductible", "none",
      "hey quick q, how much of my deductable is left b4 the plan starts paying? thx",
      "Hi {MEMBER_FIRST_NAME}, you've met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, so "
      "{DEDUCTIBLE_REMAINING} is left before the plan starts sharing costs. It resets when the "
      "plan year ends on {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "deductible", "deductible",
      "I hold power of attorney for my father, Walter Pryce-Jennings. He got a bill from "
      "Kestrel Imaging Center for the full amount of his CT. Why didn't insurance pay any of it?",
      "Hi {MEMBER_FIRST_NAME}, thank you for helping your father. The CT at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} was applied to the deductible: {DEDUCTIBLE_APPLIED} of the {ALLOWED} "
      "allowed counted toward it, so the plan paid {PLAN_PAID} and the share is {MEMBER_OWES}. "
      "{DEDUCTIBLE_REMAINING} of the deductible is left; after that the plan shares the cost. "
      "So we can discuss the account with you, please make sure the power of attorney is on "
      "file with us." + SIGN,
      claim=C11("735.00", scenario="deductible", provider="Kestrel Imaging Center"),
      mentions=["provider"]),
    D("en", "long", "deductible", "partial_deductible",
      "> Hi Dana, your deductible for this year is partly met. Let us know if you have other "
      "questions.\n\nok but that doesnt really answer it. the bill from Bramblewood Family "
      "Practice says I owe $96.40 and the rest was 'plan discount' and 'plan paid'. so some of "
      "it went to my deductible and some didnt?? how does that work on one visit",
      "Hi {MEMBER_FIRST_NAME}, sorry my earlier note was short. On the {DATE_OF_SERVICE} visit "
      "at {PROVIDER_NAME}, the allowed amount was {ALLOWED}. Part of it, {DEDUCTIBLE_APPLIED}, "
      "finished what was left of your deductible, and once it was met the plan paid "
      "{PLAN_PAID}. That leaves your share at {MEMBER_OWES}. The 'plan discount' is the "
      "difference between the billed amount and the allowed amount, which you don't owe." + SIGN,
      claim=C11("310.00", "96.40", "partial_deductible", provider="Bramblewood Family Practice"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "deductible", "none",
      "Hola, soy la hija de la señora Amparo de la Cruz y le ayudo con sus papeles. ¿Cuánto le "
      "falta de deducible a mi mamá este año?",
      "Hola {MEMBER_FIRST_NAME}, gracias por ayudar a su mamá. De un deducible de {DEDUCTIBLE} "
      "ya se cubrieron {DEDUCTIBLE_MET}, así que faltan {DEDUCTIBLE_REMAINING}. El deducible se "
      "reinicia al terminar el año del plan, el {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "deductible", "none",
      "WHAT IS MY DEDUCTIBLE THIS YEAR AND HOW MUCH HAVE I PAID TOWARD IT. SORRY FOR CAPS MY "
      "EYES ARE BAD.",
      "Hi {MEMBER_FIRST_NAME}, no need to apologise. Your deductible is {DEDUCTIBLE}. So far "
      "{DEDUCTIBLE_MET} has been met, and {DEDUCTIBLE_REMAINING} is left until {PLAN_YEAR_END}, "
      "when the plan year ends." + SIGN),
    # ---- copay / coinsurance ----
    D("en", "typo", "copay_coinsurance", "paid",
      "why do i owe 20 percent at Saltmarsh Orthopedics?? i thought my copay was flat. is that "
      "the coinsurence thing",
      "Hi {MEMBER_FIRST_NAME}, yes, that's coinsurance. For the {DATE_OF_SERVICE} visit at "
      "{PROVIDER_NAME} the allowed amount was {ALLOWED}; your coinsurance share came to "
      "{COINSURANCE}, the plan paid {PLAN_PAID}, and you owe {MEMBER_OWES}. Flat copays apply "
      "to some services like office visits; others are shared by percentage." + SIGN,
      claim=C11("450.00", "54.00", provider="Saltmarsh Orthopedics"),
      mentions=["provider"]),
    D("en", "single", "copay_coinsurance", "none",
      "my deductible copay thing, is it the same as what I pay at the door at the doctor? i'm "
      "confused by all the words",
      "Hi {MEMBER_FIRST_NAME}, they're different. The deductible is what you pay each plan year "
      "before the plan starts sharing costs. A copay is the set fee you pay at the door for "
      "some visits. Coinsurance is a percentage of the cost you share after the deductible. "
      "Your {PLAN_NAME} summary lists which applies to each service." + SIGN),
    D("es", "spanish", "copay_coinsurance", "paid",
      "Buenas, en Clínica San Judas Tadeo me cobraron un copago de 35 dólares. ¿Es correcto o me "
      "cobraron de más?",
      "Hola {MEMBER_FIRST_NAME}, sí es correcto: de la consulta del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME}, a usted le toca {MEMBER_OWES}, que es su copago de {COPAY}; el plan "
      "cubrió {PLAN_PAID} de un total permitido de {ALLOWED}. Si le cobraron más que eso en la clínica, avíseme "
      "y lo revisamos." + SIGN,
      claim=C11("160.00", "35.00", provider="Clínica San Judas Tadeo"),
      mentions=["amount", "provider"]),
    D("en", "long", "copay_coinsurance", "paid",
      "Chat transcript:\n[10:02] You: hello\n[10:02] Bot: How can I help?\n[10:03] You: copay "
      "question\n[10:03] Bot: I can help with that! Please choose: Claims / ID card / Other\n"
      "[10:04] You: other\n[10:04] Bot: Sorry, I didn't get that.\n\nSo I'll ask here. The "
      "specialist visit with Dr. Oonagh Fitzgerald-Tan was a $60 copay but my regular doctor "
      "is $25. Why the difference?",
      "Hi {MEMBER_FIRST_NAME}, sorry the chat bot didn't get you anywhere. Specialist visits "
      "usually carry a higher copay than primary care visits under {PLAN_NAME}. For the "
      "{DATE_OF_SERVICE} visit with {PROVIDER_NAME} the plan paid {PLAN_PAID} and your share "
      "was {MEMBER_OWES}, the specialist copay of {COPAY}." + SIGN,
      claim=C11("240.00", "60.00", provider="Dr. Oonagh Fitzgerald-Tan"),
      mentions=["amount", "provider"]),
    D("en", "single", "copay_coinsurance", "none",
      "Do I pay a copay for telehealth visits or is it free? thx 🙏",
      "Hi {MEMBER_FIRST_NAME}, thanks for asking. Telehealth cost sharing depends on the type "
      "of visit under {PLAN_NAME}; your plan summary lists it, or I can look up a specific "
      "visit type for you if you tell me which one." + SIGN),
    # ---- out-of-pocket maximum ----
    D("en", "single", "out_of_pocket_max", "none",
      "how close am i to my out of pocket max?? surgery coming up in jan and i wanna plan 💸",
      "Hi {MEMBER_FIRST_NAME}, you've reached {OOP_MET} of your {OOP_MAX} out-of-pocket "
      "maximum this plan year. Keep in mind it resets when the plan year ends on "
      "{PLAN_YEAR_END}, so a surgery after that date counts toward the new year." + SIGN),
    D("en", "long", "out_of_pocket_max", "oop_met",
      "I am writing as caregiver for my mother, Rosalind Achterberg. She's had dialysis three "
      "times a week since spring and I'm sure we hit the maximum in the summer. Now a bill "
      "from Tidewater Kidney Care came and I don't know whether I should pay it. Her "
      "statements are in a pile on my kitchen table and I've lost track. Does she owe anything "
      "on it?",
      "Hi {MEMBER_FIRST_NAME}, thank you for looking after her. Her out-of-pocket maximum of "
      "{OOP_MAX} has been met ({OOP_MET} so far this plan year), so for the {DATE_OF_SERVICE} "
      "treatment at {PROVIDER_NAME} the plan paid {PLAN_PAID} and her share is {MEMBER_OWES}. "
      "If the bill asks for more, please don't pay it yet; send us a copy and we'll look into "
      "it." + SIGN,
      claim=C11("2100.00", scenario="oop_met", provider="Tidewater Kidney Care"),
      mentions=["provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Oiga, ¿el máximo de bolsillo incluye lo de la farmacia o solo los doctores? Gracias.",
      "Hola {MEMBER_FIRST_NAME}, su máximo de gastos de bolsillo es {OOP_MAX} y lleva "
      "{OOP_MET}. En la mayoría de los planes, los copagos de medicamentos cubiertos también "
      "cuentan; la prima mensual no cuenta. El máximo se reinicia el {PLAN_YEAR_END}." + SIGN),
    D("en", "typo", "out_of_pocket_max", "none",
      "once i hit the out of pocket max do i stil pay copays or r they free after that",
      "Hi {MEMBER_FIRST_NAME}, once you reach the out-of-pocket maximum, covered in-network "
      "care is paid in full for the rest of the plan year, copays included. You've reached "
      "{OOP_MET} of {OOP_MAX}, and it resets on {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "MY MAX IS MET SO WHY DID DR. IGNATIUS MBEKI-LAURENT'S OFFICE SEND ME A BILL? JUST "
      "ASKING, NOT MAD.",
      "Hi {MEMBER_FIRST_NAME}, fair question. Your out-of-pocket maximum has been met, and the "
      "claim for the {DATE_OF_SERVICE} visit with {PROVIDER_NAME} shows the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. The office may have billed before the "
      "claim was processed; you can share this with them, or send us the bill and we'll "
      "check." + SIGN,
      claim=C11("380.00", scenario="oop_met", provider="Dr. Ignatius Mbeki-Laurent"),
      mentions=["provider"]),
    # ---- EOB questions ----
    D("en", "long", "eob_question", "paid",
      "Pasting the row from my EOB because I can't read it:\n\nProvider: Lantern Bay "
      "Pediatrics | Svc: OFFICE VISIT EST | Billed: 225.00 | Allowed: 135.00 | Plan Pd: "
      "110.00 | You Owe: 25.00 | Rmk: PDC\n\nWhat's PDC and what's the difference between "
      "billed and allowed?",
      "Hi {MEMBER_FIRST_NAME}, happy to walk through it. 'Billed' is the office's full price "
      "at {PROVIDER_NAME}; 'allowed' ({ALLOWED}) is the contracted rate for your plan, and "
      "you never pay the gap between them. From that rate, {PLAN_PAID} came from us and "
      "{MEMBER_OWES} is yours. The remark code is explained on the back page of the EOB; I can look "
      "it up if you'd like." + SIGN,
      claim=C11("225.00", "25.00", provider="Lantern Bay Pediatrics"),
      mentions=["amount", "provider"]),
    D("en", "typo", "eob_question", "paid",
      "got a paper that says THIS IS NOT A BILL in big letters. so do i pay it or not lol",
      "Hi {MEMBER_FIRST_NAME}, ha, fair question! That paper is a summary, not a bill: for "
      "your {DATE_OF_SERVICE} visit to {PROVIDER_NAME} it records {PLAN_PAID} from us and "
      "{MEMBER_OWES} left for you. Wait for the office's own bill, and check it asks for no "
      "more than that." + SIGN,
      claim=C11("190.00", "30.00", provider="Hollowpine Urgent Care")),
    D("es", "spanish", "eob_question", "paid",
      "Me llegó la explicación de beneficios de Laboratorio Vista Hermosa y dice \"ajuste del "
      "contrato\". No entiendo qué es eso, ¿lo tengo que pagar yo?",
      "Hola {MEMBER_FIRST_NAME}, no: el ajuste del contrato es la diferencia entre lo que "
      "cobró {PROVIDER_NAME} y el monto permitido de {ALLOWED}, y usted no lo paga. Del monto "
      "permitido el plan pagó {PLAN_PAID} y a usted le toca {MEMBER_OWES}." + SIGN,
      claim=C11("140.00", "20.00", provider="Laboratorio Vista Hermosa"),
      mentions=["provider"]),
    D("en", "single", "eob_question", "deductible",
      "explanation of benefits for 2026-10-08 says 'member responsibility' for the whole "
      "allowed amount. what does that mean",
      "Hi {MEMBER_FIRST_NAME}, 'member responsibility' is your share. For the "
      "{DATE_OF_SERVICE} service at {PROVIDER_NAME}, all of the {ALLOWED} allowed went to your "
      "deductible ({DEDUCTIBLE_APPLIED}), so the plan paid {PLAN_PAID} this time. You have "
      "{DEDUCTIBLE_REMAINING} left to meet." + SIGN,
      claim=C11("260.00", scenario="deductible", provider="Corbin Street Labs",
                date_of_service="2026-10-08"),
      mentions=["date"]),
    D("en", "single", "eob_question", "pending",
      "I got an EOB for my son Declan O'Shea's ER visit but it just says 'in process'. What "
      "does that mean for us?",
      "Hi {MEMBER_FIRST_NAME}, 'in process' means the claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} hasn't finished processing yet, so there's nothing to pay on it yet. "
      "You'll get a final EOB once it's done, and I'm happy to check on it again." + SIGN,
      claim=C11("1320.00", scenario="pending", provider="Mercy Ridge Hospital")),
    # ---- denied claims ----
    D("en", "single", "denied_claim", "denied:27",
      "why did u deny my visit at Pinecrest Walk-In on 9/22?? i've had this plan for years",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "turned down because {DENIAL_REASON}. That usually means coverage wasn't showing as "
      "active on that date. If you believe it was, you can ask for a review or appeal by "
      "{APPEAL_DEADLINE}; send us anything that shows your coverage and we'll help." + SIGN,
      claim=C11("175.00", scenario="denied:27", provider="Pinecrest Walk-In",
                date_of_service="2026-09-22"),
      mentions=["date", "provider"]),
    D("en", "long", "denied_claim", "denied:50",
      "> Hello, the claim you asked about was processed on your account. Thank you, Marisol\n\n"
      "Marisol, processed how?? the letter from you says the sleep study at Tidewater Sleep "
      "Lab was 'not medically necessary'. My doctor ordered it because I stop breathing at "
      "night. what do I do now, and do I have to pay the $1,850 while I fight it?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry my earlier reply wasn't clearer. The sleep study on "
      "{DATE_OF_SERVICE} at {PROVIDER_NAME} was turned down because {DENIAL_REASON}. You can "
      "appeal until {APPEAL_DEADLINE}: a letter from your doctor explaining why the study was "
      "needed is the most helpful thing to include. You can ask the lab to hold the bill while "
      "the appeal is reviewed." + SIGN,
      claim=C11("1850.00", scenario="denied:50", provider="Tidewater Sleep Lab"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "denied_claim", "denied:16",
      "Me negaron el reclamo de Centro Médico Las Palmas y dice que falta información. ¿Qué "
      "información? Yo di todo.",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} de {PROVIDER_NAME} no se "
      "pagó porque {DENIAL_REASON}. Normalmente es algo que el consultorio debe corregir y "
      "volver a enviar, no algo que usted hizo mal. Puede pedirles que lo reenvíen, o apelar "
      "antes del {APPEAL_DEADLINE}." + SIGN,
      claim=C11("310.00", scenario="denied:16", provider="Centro Médico Las Palmas"),
      mentions=["provider"]),
    D("en", "typo", "denied_claim", "denied:96",
      "my claim for the massage therpay got denyed. my chiropracter said it wud be covered?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was not "
      "paid because {DENIAL_REASON}. If your chiropractor thinks it should be covered, they "
      "can send records supporting it, and you can appeal until {APPEAL_DEADLINE}." + SIGN,
      claim=C11("95.00", scenario="denied:96", provider="Northgate Chiropractic")),
    D("en", "single", "denied_claim", "denied:29",
      "Good afternoon. My late husband's claim from Hartwell Cardiology Associates was denied "
      "for being filed late. They took forever, not us. Am I responsible?",
      "Hi {MEMBER_FIRST_NAME}, I'm so sorry for your loss. The claim for {DATE_OF_SERVICE} from "
      "{PROVIDER_NAME} was turned down because {DENIAL_REASON}. When a provider in our network "
      "files too late, they generally can't bill the member for it; please ask them to "
      "write off the charge, and tell us if they won't. You can also appeal until "
      "{APPEAL_DEADLINE}." + SIGN,
      claim=C11("640.00", scenario="denied:29", provider="Hartwell Cardiology Associates"),
      mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:204",
      "Denied?? For the hearing aids from Clearsound Audiology?? What is the reason on that "
      "one",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was not "
      "paid because {DENIAL_REASON}. If you think the service should fall under your "
      "benefits, you can appeal until {APPEAL_DEADLINE}, and I can send you the plan language "
      "on hearing aids." + SIGN,
      claim=C11("3200.00", scenario="denied:204", provider="Clearsound Audiology"),
      mentions=["provider"]),
]
