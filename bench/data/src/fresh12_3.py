"""Thirteenth held-out drafts set (stop 30), batch 3: duplicate charges, itemised bills, payment
plans, collections, financial assistance, appeals. Same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh12_common import SIGN, C12

ITEMS = [
    # ---- duplicate charge ----
    D("en", "single", "duplicate_charge", "denied:18",
      "charged twice??",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} from {PROVIDER_NAME} came in a "
      "second time, and the second copy was turned down as a duplicate ({DENIAL_REASON}). "
      "Only the first one counts, so you aren't charged twice." + SIGN,
      claim=C12("130.00", scenario="denied:18", provider="Hearthstone Family Clinic")),
    D("en", "long", "duplicate_charge", "duplicate_submitted",
      "Portal, Claims tab, copied as is:\n\nDate of service 2026-11-12   Provider: Wrenfield "
      "Diagnostic Lab   Status: Received\nDate of service 2026-11-12   Provider: Wrenfield "
      "Diagnostic Lab   Status: Received\n\nI had ONE blood draw that morning. Two lines with "
      "the same date and the same lab. Should I call the lab, or is this something you catch "
      "on your end?",
      "Hi {MEMBER_FIRST_NAME}, thanks for copying it. Both claims from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} are still being processed. When the same service arrives twice, the "
      "second one is normally caught as a duplicate, so you shouldn't pay twice. No need to "
      "call the lab yet; I'll watch them and let you know once they're finished." + SIGN,
      claim=C12("95.00", scenario="duplicate_submitted", provider="Wrenfield Diagnostic Lab",
                date_of_service="2026-11-12"),
      mentions=["date", "provider"]),
    D("es", "spanish", "duplicate_charge", "denied:18",
      "En mi explicación de beneficios sale dos veces la misma radiografía de Clínica "
      "Monteverde, una pagada y otra rechazada. ¿Debo algo por la rechazada?",
      "Hola {MEMBER_FIRST_NAME}, no. La segunda copia del reclamo del {DATE_OF_SERVICE} de "
      "{PROVIDER_NAME} se rechazó por ser duplicada ({DENIAL_REASON}); solo cuenta la primera "
      "y la rechazada no le suma nada." + SIGN,
      claim=C12("180.00", scenario="denied:18", provider="Clínica Monteverde"),
      mentions=["provider"]),
    D("en", "typo", "duplicate_charge", "paid",
      "Hello I think Jade Lotus Dental take the money two time from my card, $55 and again "
      "$55 same day. Insurance can check?",
      "Hi {MEMBER_FIRST_NAME}. For the {DATE_OF_SERVICE} visit at {PROVIDER_NAME} your share "
      "is {MEMBER_OWES}, once. If your card was charged twice, the dental office should "
      "refund the second charge; please call them with your card statement, and tell us if "
      "they don't." + SIGN,
      claim=C12("260.00", "55.00", provider="Jade Lotus Dental"),
      mentions=["amount", "provider"]),
    D("en", "multi", "duplicate_charge", "denied:18",
      "(1) Why is the Ironwood Podiatry claim on my EOB twice, one denied? (2) While I have "
      "you, I need a new ID card, mine went through the wash.",
      "Hi {MEMBER_FIRST_NAME}: (1) the second claim for {DATE_OF_SERVICE} from "
      "{PROVIDER_NAME} was a duplicate of the first and was turned down for that reason "
      "({DENIAL_REASON}); the first one counts and you owe nothing extra. (2) I can order a "
      "new card to the address on file, and the digital card in the app works meanwhile." + SIGN,
      claim=C12("210.00", scenario="denied:18", provider="Ironwood Podiatry"),
      mentions=["provider"], topics=["duplicate_charge", "id_card"]),
    D("en", "single", "duplicate_charge", "denied:18",
      "I see two claims from Beacon Hill Optometry for my son's eye exam. He only went once. "
      "Is someone billing fraudulently?",
      "Hi {MEMBER_FIRST_NAME}, most likely not. The second claim for {DATE_OF_SERVICE} from "
      "{PROVIDER_NAME} was the same exam sent again and was turned down as a duplicate "
      "({DENIAL_REASON}). Only one was processed. If you ever see a visit that didn't happen "
      "at all, tell us and we'll look into it." + SIGN,
      claim=C12("145.00", scenario="denied:18", provider="Beacon Hill Optometry"),
      mentions=["provider"]),
    # ---- itemized bill ----
    D("en", "single", "itemized_bill", "none",
      "need the itemized version of a hospital bill, where does that come from",
      "Hi {MEMBER_FIRST_NAME}, ask the provider's billing office for an itemised statement; "
      "they have to give you one. It lists each service with its code and charge, so you can "
      "check it against your explanation of benefits. Send it to us if anything looks "
      "wrong." + SIGN),
    D("en", "long", "itemized_bill", "paid",
      "Dear Member Services,\n\nI am writing with regard to my recent hospital stay at "
      "Ellsworth Memorial Hospital. The statement I have received shows a single total with "
      "no breakdown whatsoever. I am a retired bookkeeper and should like to review each "
      "charge before any payment is made. Would you be so kind as to advise how I may obtain "
      "an itemised account, and whether your office receives one as well?\n\nWith thanks,\n"
      "A careful member",
      "Dear {MEMBER_FIRST_NAME}, thank you for your letter. {PROVIDER_NAME}'s billing office "
      "must send you an itemised statement on request, listing each service and charge. We "
      "receive the coded claim rather than the patient statement; for the {DATE_OF_SERVICE} "
      "stay the plan allowed {ALLOWED}, paid {PLAN_PAID}, and your share is {MEMBER_OWES}. "
      "If any line doesn't match, send it to us." + SIGN,
      claim=C12("14200.00", "1200.00", provider="Ellsworth Memorial Hospital"),
      mentions=["provider"]),
    D("es", "spanish", "itemized_bill", "paid",
      "quiero la factura detallada del Sanatorio Las Palmas, solo me dieron el total. ¿Ustedes "
      "me la pueden dar?",
      "Hola {MEMBER_FIRST_NAME}, la factura detallada la da el propio {PROVIDER_NAME}; "
      "pídala a su oficina de cobros, están obligados a dársela. De nuestra parte, en la "
      "atención del {DATE_OF_SERVICE} el plan pagó {PLAN_PAID} y a usted le toca "
      "{MEMBER_OWES}." + SIGN,
      claim=C12("4800.00", "480.00", provider="Sanatorio Las Palmas"),
      mentions=["provider"]),
    D("en", "typo", "itemized_bill", "paid",
      "Can you send me the itemise of my bill from Dragon Gate Medical Group? I want see "
      "what each thing cost, the total is too much for me",
      "Hi {MEMBER_FIRST_NAME}, the itemised bill comes from {PROVIDER_NAME}'s billing office; "
      "please ask them, they must provide it. For the {DATE_OF_SERVICE} visit the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. If the bill is higher than that, send it "
      "to us." + SIGN,
      claim=C12("720.00", "110.00", provider="Dragon Gate Medical Group"),
      mentions=["provider"]),
    D("en", "multi", "itemized_bill", "paid",
      "a) Quarry Hill Surgery Center only gave me a total, I want each charge listed\nb) "
      "that total is higher than the EOB amount. Who do I believe?",
      "Hi {MEMBER_FIRST_NAME}: a) ask {PROVIDER_NAME}'s billing office for an itemised "
      "statement; they must give you one. b) The EOB is right about your share: for "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and you owe {MEMBER_OWES}. If their total "
      "is higher, it may not reflect our payment yet; send it to us if it stays that way." + SIGN,
      claim=C12("6100.00", "600.00", provider="Quarry Hill Surgery Center"),
      mentions=["provider"], topics=["itemized_bill", "eob_question"]),
    D("en", "single", "itemized_bill", "paid",
      "itemized please — Copperbeech Endoscopy",
      "Hi {MEMBER_FIRST_NAME}, the itemised statement comes from {PROVIDER_NAME}'s billing "
      "office, so please ask them directly. For the {DATE_OF_SERVICE} procedure the plan "
      "allowed {ALLOWED}, paid {PLAN_PAID}, and your share is {MEMBER_OWES}, which you can "
      "compare it against." + SIGN,
      claim=C12("3100.00", "310.00", provider="Copperbeech Endoscopy"),
      mentions=["provider"]),
    # ---- payment plan ----
    D("en", "single", "payment_plan", "none",
      "payment plan possible?",
      "Hi {MEMBER_FIRST_NAME}, yes, for a medical bill the provider's billing office usually "
      "offers a payment plan, often with no interest; ask them directly. For premiums, tell "
      "me and I'll check what options your plan has." + SIGN),
    D("en", "long", "payment_plan", "paid",
      "Subject: Installments?\nFrom: parent of a member\n\nOur daughter (19, full-time "
      "student, on my plan) had her wisdom teeth out at Northgate Oral Surgery over the "
      "break. The portion we owe after insurance is more than we can pay in one go right "
      "before tuition is due. Can the plan spread it out, or do we have to deal with the "
      "surgeon's office?",
      "Hi {MEMBER_FIRST_NAME}, the share after insurance is owed to {PROVIDER_NAME}, so the "
      "payment plan is arranged with their billing office, and most agree to monthly "
      "payments. For the {DATE_OF_SERVICE} surgery the plan paid {PLAN_PAID} and your "
      "daughter's share is {MEMBER_OWES}." + SIGN,
      claim=C12("2400.00", "900.00", provider="Northgate Oral Surgery"),
      mentions=["provider"]),
    D("es", "spanish", "payment_plan", "paid",
      "1. ¿Puedo pagar en partes lo que debo al Hospital Santa Inés?\n2. ¿Cuánto es lo que "
      "debo exactamente?",
      "Hola {MEMBER_FIRST_NAME}: 1. Sí, el plan de pagos se acuerda con la oficina de cobros "
      "del {PROVIDER_NAME}; la mayoría acepta pagos mensuales. 2. De la atención del "
      "{DATE_OF_SERVICE}, el plan pagó {PLAN_PAID} y a usted le tocan {MEMBER_OWES}." + SIGN,
      claim=C12("5200.00", "750.00", provider="Hospital Santa Inés"),
      mentions=["provider"]),
    D("en", "typo", "payment_plan", "paid",
      "sir/madam, i owe Harbourview Kidney Care but i am pensioner, cannot pay all one "
      "time. can pay little every month?",
      "Hello {MEMBER_FIRST_NAME}. Yes, please ask {PROVIDER_NAME}'s billing office for a "
      "monthly payment plan; most offer one. For the {DATE_OF_SERVICE} service your share is "
      "{MEMBER_OWES} after the plan paid {PLAN_PAID}. If it's hard to pay even in parts, ask "
      "them about financial assistance too." + SIGN,
      claim=C12("1300.00", "260.00", provider="Harbourview Kidney Care"),
      mentions=["provider"]),
    D("en", "single", "payment_plan", "none",
      "Can I set up monthly payments for my premium instead of paying quarterly?",
      "Hi {MEMBER_FIRST_NAME}, in most cases yes. You can change how often premiums are paid "
      "in the member portal under billing, or I can check which schedules your {PLAN_NAME} "
      "plan allows and help you switch." + SIGN,
      ),
    D("en", "single", "payment_plan", "paid",
      "Already on a payment plan with Kettering Lane Pediatrics. If I miss a month does that "
      "affect my insurance?",
      "Hi {MEMBER_FIRST_NAME}, no: a payment plan with {PROVIDER_NAME} is between you and "
      "them, and missing a payment doesn't affect your coverage with us. For the "
      "{DATE_OF_SERVICE} visit your share was {MEMBER_OWES}. If a month is tight, call their "
      "office first; they can often adjust the plan." + SIGN,
      claim=C12("480.00", "160.00", provider="Kettering Lane Pediatrics"),
      mentions=["provider"]),
    # ---- collections ----
    D("en", "single", "collections", "paid",
      "collections letter for a bill insurance already paid. help",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} the plan "
      "paid {PLAN_PAID} and your share was {MEMBER_OWES}. Send us the collections letter; "
      "we can confirm the payment to the provider so they can recall the account." + SIGN,
      claim=C12("670.00", "0.00", provider="Ashgrove Radiology")),
    D("en", "long", "collections", "pending",
      "Forwarded letter text:\n\"FINAL NOTICE. This account has been placed with Meridian "
      "Recovery Services on behalf of Stonebridge Urgent Care. Contact us within 30 days.\"\n\n"
      "I'm confused and honestly a bit scared. That visit was recent and I thought insurance "
      "hadn't even finished looking at it. How can it be in collections already?",
      "Hi {MEMBER_FIRST_NAME}, I understand why that's frightening. The claim from "
      "{PROVIDER_NAME} for {DATE_OF_SERVICE} is still being processed on our side, so it "
      "shouldn't be in collections yet. Please send us the letter; we can tell "
      "{PROVIDER_NAME} the claim is in process and ask them to recall the account while it "
      "finishes." + SIGN,
      claim=C12("340.00", scenario="pending", provider="Stonebridge Urgent Care"),
      mentions=["provider"]),
    D("es", "spanish", "collections", "paid",
      "Me llamó una agencia de cobranza por una cuenta del Laboratorio Clínico Aurora que "
      "yo pensaba que el seguro ya había pagado. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}, en el reclamo del {DATE_OF_SERVICE} de {PROVIDER_NAME} el "
      "plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. Mándenos lo que le envió la "
      "agencia; podemos confirmar el pago al laboratorio para que retiren la cuenta." + SIGN,
      claim=C12("210.00", "0.00", provider="Laboratorio Clínico Aurora"),
      mentions=["provider"]),
    D("en", "typo", "collections", "paid",
      "Hi, I am from Philippines, I receive letter from collection for Bayanihan Family "
      "Clinic. But I think my share is only small. Why they go to collection po?",
      "Hi {MEMBER_FIRST_NAME}. For the {DATE_OF_SERVICE} visit at {PROVIDER_NAME}, the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. If the collection letter asks for "
      "more, please send it to us and we'll contact the clinic to correct it." + SIGN,
      claim=C12("300.00", "35.00", provider="Bayanihan Family Clinic"),
      mentions=["provider"]),
    D("en", "single", "collections", "none",
      "If an old clinic bill ends up with a collector, does that show up on my credit?",
      "Hi {MEMBER_FIRST_NAME}, I can't give credit advice, but I can help make sure the "
      "underlying bill is right. If you have a collections notice, send it to us and we'll "
      "check what the plan paid and what you actually owe." + SIGN),
    D("en", "multi", "collections", "paid",
      "• Bill from Eastfield Imaging went to collections. Was it paid?\n• Also, how do I "
      "update my address, I think that's why I never saw the bill.",
      "Hi {MEMBER_FIRST_NAME}: for the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}; send us the collections notice and "
      "we'll help sort it out with them. You can update your address in the portal under "
      "profile, or tell me the new one here." + SIGN,
      claim=C12("560.00", "85.00", provider="Eastfield Imaging"),
      mentions=["provider"], topics=["collections", "contact_change"]),
    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "none",
      "charity care?",
      "Hi {MEMBER_FIRST_NAME}, many hospitals offer charity care or financial assistance "
      "based on income, even for insured patients. Ask the hospital's billing office for "
      "their application; I can help you with the plan's side of the bill." + SIGN),
    D("en", "long", "financial_assistance", "paid",
      "Good evening. I am a single mother of three and I work part-time. My son had an "
      "operation at Briarwood Children's Hospital and, even after insurance, the part left "
      "is more than I earn in a month. I don't want to ignore it. Is there any help "
      "available, from you or from the hospital? I didn't know who else to ask. Thank you "
      "for reading this.",
      "Good evening {MEMBER_FIRST_NAME}, thank you for writing, and I hope your son is "
      "recovering well. For the {DATE_OF_SERVICE} operation at {PROVIDER_NAME} the plan paid "
      "{PLAN_PAID} and the share left is {MEMBER_OWES}. Children's hospitals usually have "
      "financial assistance programmes based on income; please ask their billing office for "
      "the application, and for a payment plan while it's reviewed." + SIGN,
      claim=C12("22000.00", "2500.00", provider="Briarwood Children's Hospital"),
      mentions=["provider"]),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay algún programa de ayuda para pagar cuentas médicas? Tengo Medicare y Medicaid "
      "pero igual me llegan cuentas.",
      "Hola {MEMBER_FIRST_NAME}, sí. Con Medicare y Medicaid, muchos cobros deberían quedar "
      "cubiertos; mándenos las cuentas que le llegan y revisamos si se debieron cobrar a "
      "Medicaid. Además, los hospitales tienen programas de ayuda según ingresos." + SIGN),
    D("en", "typo", "financial_assistance", "paid",
      "Please help, the hospital Tranquil Bay Medical bill is too big for me. My English not "
      "so good. Is there the program for poor people?",
      "Hello {MEMBER_FIRST_NAME}. Yes, most hospitals have a financial assistance program. "
      "Please ask {PROVIDER_NAME}'s billing office for the application. For the "
      "{DATE_OF_SERVICE} visit the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}; "
      "the program may lower that." + SIGN,
      claim=C12("8900.00", "1100.00", provider="Tranquil Bay Medical"),
      mentions=["provider"]),
    D("en", "single", "financial_assistance", "none",
      "I lost my job last month. Is there any way to lower what I pay for the plan?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your job. Depending on your income you may "
      "qualify for premium help or for Medicaid; a change in income is also a reason to "
      "update your coverage. I can walk you through the options if you reply here or call "
      "{PHONE}." + SIGN),
    D("en", "single", "financial_assistance", "paid",
      "Does Foxhall Regional Medical Center's financial aid apply after insurance?",
      "Hi {MEMBER_FIRST_NAME}, usually yes: hospital financial assistance can reduce what "
      "you owe after insurance. For the {DATE_OF_SERVICE} stay at {PROVIDER_NAME} your "
      "share is {MEMBER_OWES} after the plan paid {PLAN_PAID}; ask their billing office for "
      "the application." + SIGN,
      claim=C12("11200.00", "1400.00", provider="Foxhall Regional Medical Center"),
      mentions=["provider"]),
    # ---- appeal ----
    D("en", "single", "appeal", "denied:50",
      "how to appeal",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} from {PROVIDER_NAME} was "
      "turned down because {DENIAL_REASON}. To appeal, send a letter by {APPEAL_DEADLINE} "
      "saying why you disagree, with a note from your doctor explaining why the care was "
      "needed. I can send you the form." + SIGN,
      claim=C12("780.00", scenario="denied:50", provider="Hollowmere Sleep Lab")),
    D("en", "long", "appeal", "denied:96",
      "To whom it may concern,\n\nI wish to formally appeal the decision on my claim for the "
      "hearing aids fitted at Clearwater Audiology Group. I was informed by the audiologist "
      "that they are medically necessary after my diagnosis, and I have a letter from my ENT "
      "to that effect. Please confirm where I should send the documentation and by what "
      "date.\n\nSincerely,\nA member",
      "Dear {MEMBER_FIRST_NAME}, thank you for your letter. The claim for {DATE_OF_SERVICE} "
      "at {PROVIDER_NAME} was turned down because {DENIAL_REASON}. Please send your appeal "
      "with the ENT's letter by {APPEAL_DEADLINE}; you can upload it in the portal or mail "
      "it to the appeals address on your EOB." + SIGN,
      claim=C12("4200.00", scenario="denied:96", provider="Clearwater Audiology Group"),
      mentions=["provider"]),
    D("es", "spanish", "appeal", "denied:197",
      "Quiero apelar la negación de la cirugía en Hospital del Carmen. ¿Hasta cuándo tengo y "
      "a dónde mando los papeles?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} en {PROVIDER_NAME} no se "
      "pagó porque {DENIAL_REASON}. Tiene hasta el {APPEAL_DEADLINE} para apelar; puede "
      "subir la carta y los documentos en el portal o enviarlos por correo a la dirección de "
      "apelaciones de su explicación de beneficios." + SIGN,
      claim=C12("9600.00", scenario="denied:197", provider="Hospital del Carmen"),
      mentions=["provider"]),
    D("en", "typo", "appeal", "denied:50",
      "My daughter (she's 20, in college) had her allergy shots denied at Bellwether "
      "Allergy & Asthma. How she appeal? Or I do it for her?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} at {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}. Since she's an adult, she can appeal herself, or sign a "
      "form letting you do it for her. The appeal is due by {APPEAL_DEADLINE}, ideally with "
      "a letter from her allergist." + SIGN,
      claim=C12("640.00", scenario="denied:50", provider="Bellwether Allergy & Asthma"),
      mentions=["provider"]),
    D("en", "multi", "appeal", "denied:204",
      "Q1: can I appeal the denial for my CGM supplies from Northwind Medical Supply?\nQ2: "
      "and can my pharmacy give me a few days' worth meanwhile?",
      "Hi {MEMBER_FIRST_NAME}: Q1, yes. The {DATE_OF_SERVICE} claim from {PROVIDER_NAME} was "
      "turned down because {DENIAL_REASON}; you can appeal by {APPEAL_DEADLINE} with a "
      "letter from your doctor. Q2, ask your pharmacist; some pharmacies can give a short "
      "supply while an appeal is open, and I can check how your pharmacy benefit handles "
      "it." + SIGN,
      claim=C12("380.00", scenario="denied:204", provider="Northwind Medical Supply"),
      mentions=["provider"], topics=["appeal", "pharmacy"]),
    D("en", "single", "appeal", "none",
      "Appeal vs grievance -- which one do I file if I'm upset about a decision AND about "
      "the rude call?",
      "Hi {MEMBER_FIRST_NAME}, an appeal asks us to change a decision, such as a denied "
      "claim or authorization. A grievance is a complaint about service, such as delays or "
      "how you were treated. Both are free to file, and I can help with either." + SIGN),
]
