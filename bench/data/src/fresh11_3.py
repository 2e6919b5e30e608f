"""Twelfth held-out drafts set (stop 29), batch 3: duplicate charges, itemised bills, payment
plans, collections, financial assistance, appeals. Same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh11_common import SIGN, C11

ITEMS = [
    # ---- duplicate charge ----
    D("en", "typo", "duplicate_charge", "denied:18",
      "pretty sure Quillfeather Family Medicine billed u twice for my physical, i see it 2x on "
      "the app. pls fix",
      "Hi {MEMBER_FIRST_NAME}, you're right that it came in twice. The second claim for the "
      "{DATE_OF_SERVICE} visit at {PROVIDER_NAME} was turned down as a duplicate "
      "({DENIAL_REASON}), so it won't be paid twice and you don't owe anything extra on it. "
      "The original claim is the one that counts." + SIGN,
      claim=C11("260.00", scenario="denied:18", provider="Quillfeather Family Medicine"),
      mentions=["provider"]),
    D("en", "long", "duplicate_charge", "duplicate_submitted",
      "Pasted from my portal:\n\nClaim CL-55129 | Marigold Dental Surgery | 2026-11-02 | "
      "$410.00 | Processing\nClaim CL-55190 | Marigold Dental Surgery | 2026-11-02 | $410.00 | "
      "Processing\n\nSame date, same amount, two claims. I only had one procedure (wisdom "
      "teeth, ow). Will I be charged twice?",
      "Hi {MEMBER_FIRST_NAME}, thanks for pasting that. Both entries for {DATE_OF_SERVICE} "
      "from {PROVIDER_NAME} are still being processed. When a claim arrives twice, the second "
      "one is normally caught as a duplicate, so you would not pay twice for one procedure. "
      "I'll keep an eye on {CLAIM_NUMBER} and can confirm once both are finished." + SIGN,
      claim=C11("410.00", scenario="duplicate_submitted", provider="Marigold Dental Surgery",
                date_of_service="2026-11-02", claim_number="CL-55190"),
      mentions=["amount", "date", "provider", "claim_number"]),
    D("es", "spanish", "duplicate_charge", "denied:18",
      "Me aparece dos veces la misma consulta de Pediatría Arcoíris. ¿Me van a cobrar doble?",
      "Hola {MEMBER_FIRST_NAME}, no. El segundo reclamo de la consulta del {DATE_OF_SERVICE} "
      "en {PROVIDER_NAME} se rechazó por ser un duplicado ({DENIAL_REASON}), así que solo "
      "cuenta el primero y no debe nada extra por él." + SIGN,
      claim=C11("150.00", scenario="denied:18", provider="Pediatría Arcoíris"),
      mentions=["provider"]),
    D("en", "single", "duplicate_charge", "paid",
      "I paid my $45 at the desk and then Orchard Lane Clinic mailed me a bill for $45 again. "
      "Is that a double charge?",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} visit at {PROVIDER_NAME} your share "
      "is {MEMBER_OWES}, charged once. If you paid it at the desk, the mailed bill is likely "
      "the same charge before your payment was posted; please call them with your receipt, "
      "and let us know if they insist." + SIGN,
      claim=C11("210.00", "45.00", provider="Orchard Lane Clinic"),
      mentions=["amount", "provider"]),
    D("en", "single", "duplicate_charge", "denied:18",
      "THE SAME LAB TEST SHOWS UP TWICE ON MY EOB. ONE PAID ONE DENIED. DO I OWE FOR THE "
      "DENIED ONE?",
      "Hi {MEMBER_FIRST_NAME}, no. The second claim for {DATE_OF_SERVICE} from "
      "{PROVIDER_NAME} was turned down because {DENIAL_REASON}: it was the same test sent "
      "twice. The first one is the one that counts, and the duplicate doesn't add to what you "
      "owe." + SIGN,
      claim=C11("88.00", scenario="denied:18", provider="Brightwater Lab Services")),
    # ---- itemized bill ----
    D("en", "single", "itemized_bill", "paid",
      "Cedar Hollow Hospital sent me one number, 6400, no details. i want the line by line "
      "version, who do i ask",
      "Hi {MEMBER_FIRST_NAME}, you can ask {PROVIDER_NAME}'s billing office for an itemised "
      "statement; they have to give you one. It lists each service with its code and charge. "
      "For the {DATE_OF_SERVICE} claim the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}, which you can compare with the itemised total." + SIGN,
      claim=C11("6400.00", "800.00", provider="Cedar Hollow Hospital"),
      mentions=["amount", "provider"]),
    D("en", "typo", "itemized_bill", "paid",
      "cud u send me the itemised list of wat they did at my colonoscapy? hospital bill just "
      "says 'misc'",
      "Hi {MEMBER_FIRST_NAME}, the itemised bill comes from the provider, so please ask "
      "{PROVIDER_NAME}'s billing office for one. I can also send you the EOB for the "
      "{DATE_OF_SERVICE} claim, which shows the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C11("2900.00", "150.00", provider="Eastbrook Endoscopy Center")),
    D("es", "spanish", "itemized_bill", "paid",
      "¿Me pueden dar el desglose de la cuenta de Hospital San Rafael? Solo dice el total y "
      "quiero saber qué me cobraron.",
      "Hola {MEMBER_FIRST_NAME}, la factura detallada la da el hospital: pídala al "
      "departamento de facturación de {PROVIDER_NAME}. De nuestra parte, en el reclamo del "
      "{DATE_OF_SERVICE} el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}." + SIGN,
      claim=C11("3800.00", "450.00", provider="Hospital San Rafael"),
      mentions=["provider"]),
    D("en", "long", "itemized_bill", "paid",
      "My mother-in-law (I manage her bills, I'm her POA) got a bill from Windmere Rehab for "
      "her 10-day stay. Total only, no breakdown. She swears she didn't get PT every day like "
      "it seems to claim and the aides never came in the evenings. Before I pay anything I "
      "want to see what they charged for. Is that my right, and can you help?",
      "Hi {MEMBER_FIRST_NAME}, yes: you can ask {PROVIDER_NAME} for an itemised bill listing "
      "each service and date. Compare it with what she remembers, and if something looks "
      "wrong, send it to us and we'll review the claim. For the {DATE_OF_SERVICE} stay the "
      "plan paid {PLAN_PAID} and her share is {MEMBER_OWES}." + SIGN,
      claim=C11("8800.00", "600.00", provider="Windmere Rehab"),
      mentions=["provider"]),
    D("en", "single", "itemized_bill", "paid",
      "pls send itemized for 12/7 visit thx",
      "Hi {MEMBER_FIRST_NAME}, the itemised bill comes from the provider's billing office. I "
      "can send you the EOB for the {DATE_OF_SERVICE} visit at {PROVIDER_NAME}: the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim=C11("180.00", "30.00", provider="Greyhawk Primary Care", date_of_service="2025-12-07"),
      mentions=["date"]),
    # ---- payment plan ----
    D("en", "single", "payment_plan", "paid",
      "can i pay the bill from Willowmere Surgical in installments? i can do maybe 50 a month",
      "Hi {MEMBER_FIRST_NAME}, payment plans are set up with the provider, so please call "
      "{PROVIDER_NAME}'s billing office; most offer monthly plans. Your share for "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}, so you'll know the total to spread out." + SIGN,
      claim=C11("4700.00", "900.00", provider="Willowmere Surgical"),
      mentions=["provider"]),
    D("es", "spanish", "payment_plan", "paid",
      "No puedo pagar todo de una vez. ¿Ustedes me pueden dar un plan de pagos para la cuenta "
      "del hospital?",
      "Hola {MEMBER_FIRST_NAME}, el plan de pagos se arregla con el hospital, no con "
      "nosotros: llame a facturación de {PROVIDER_NAME} y pregunte por pagos mensuales. Su "
      "parte del {DATE_OF_SERVICE} es {MEMBER_OWES}." + SIGN,
      claim=C11("5200.00", "1100.00", provider="Hospital General del Norte")),
    D("en", "typo", "payment_plan", "none",
      "do u guys do payment plans for the premium if i fall behind? asking b4 it happens",
      "Hi {MEMBER_FIRST_NAME}, smart to ask early. Premiums are due each month; if you may "
      "fall behind, contact us before the due date so we can look at your options, and if "
      "you get help paying premiums through the Marketplace there is a 3-month grace period."
      + SIGN),
    D("en", "long", "payment_plan", "paid",
      "Long story short, I lost my job in October, my wife had a baby in September at "
      "Magnolia Women's Hospital, and now the bill is here. We're not refusing to pay, we "
      "just can't do it at once. The hospital phone line has a 40-minute hold. Can you set up "
      "a plan for us or tell me who can?",
      "Hi {MEMBER_FIRST_NAME}, congratulations on the baby, and I'm sorry about the job. A "
      "payment plan is arranged with {PROVIDER_NAME}'s billing office; asking in writing or "
      "through their patient portal can avoid the hold. Your share of the {DATE_OF_SERVICE} "
      "stay is {MEMBER_OWES}. Also ask them about financial assistance, since your income has "
      "changed." + SIGN,
      claim=C11("14200.00", "1500.00", provider="Magnolia Women's Hospital"),
      mentions=["provider"]),
    D("en", "single", "payment_plan", "paid",
      "If I'm on a payment plan with Harrow Point Imaging, will it hurt my credit?",
      "Hi {MEMBER_FIRST_NAME}, as long as you keep to the payment plan agreed with "
      "{PROVIDER_NAME}, the account shouldn't be sent to collections. Your share for "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}; please get the plan's terms in writing." + SIGN,
      claim=C11("1600.00", "320.00", provider="Harrow Point Imaging"),
      mentions=["provider"]),
    # ---- collections ----
    D("en", "single", "collections", "pending",
      "a collection agency called about a bill from Ferncliff Urgent Care. i thought insurance "
      "was still working on it??",
      "Hi {MEMBER_FIRST_NAME}, you're right that the claim for {DATE_OF_SERVICE} from "
      "{PROVIDER_NAME} is still being processed. Please tell the agency and the provider that "
      "the claim is with us, and ask them to hold collection until it's finished. I can keep "
      "you posted." + SIGN,
      claim=C11("340.00", scenario="pending", provider="Ferncliff Urgent Care"),
      mentions=["provider"]),
    D("es", "spanish", "collections", "paid",
      "Me llamó una agencia de cobranza por una cuenta de Clínica del Sol. Yo ya pagué mi "
      "parte. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}, en el reclamo del {DATE_OF_SERVICE} de {PROVIDER_NAME} el "
      "plan pagó {PLAN_PAID} y su parte fue {MEMBER_OWES}. Si ya la pagó, mande a la agencia "
      "y a la clínica su comprobante de pago y pida que cierren la cuenta; si necesita, le "
      "mandamos la explicación de beneficios." + SIGN,
      claim=C11("260.00", "40.00", provider="Clínica del Sol"),
      mentions=["provider"]),
    D("en", "long", "collections", "denied:16",
      "> Thank you for contacting us. Your claim has been reviewed.\n\nReviewed and then "
      "what? because now Apex Recovery Services (a collector) is sending letters about the "
      "Stonegate Imaging MRI from June. I never got a bill from Stonegate at all, just this "
      "collector. I don't want my credit wrecked over paperwork.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry the earlier reply didn't say more. The claim from "
      "{PROVIDER_NAME} for {DATE_OF_SERVICE} wasn't paid because {DENIAL_REASON}: the imaging "
      "center needs to correct it and send it again. Please ask them to pull it back from "
      "collections while they do; you can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C11("1250.00", scenario="denied:16", provider="Stonegate Imaging"),
      mentions=["provider"]),
    D("en", "typo", "collections", "none",
      "if a medical bill goes to colections does it show on my credit report rite away?",
      "Hi {MEMBER_FIRST_NAME}, credit bureaus don't list medical debt in collections right "
      "away; there's a waiting period, and paid medical debt is removed. If a bill is going "
      "to collections while a claim is still open with us, tell us and we'll check the claim."
      + SIGN),
    D("en", "single", "collections", "paid",
      "Collector says I owe Palisade Heart Institute for an echo. The EOB said I owed zero. "
      "Who's right?",
      "Hi {MEMBER_FIRST_NAME}, the claim for the {DATE_OF_SERVICE} echo at {PROVIDER_NAME} "
      "shows the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Send the collector "
      "and the provider a copy of the EOB and ask them to correct the account; we can send "
      "you one if you need it." + SIGN,
      claim=C11("1400.00", "0.00", provider="Palisade Heart Institute"),
      mentions=["provider"]),
    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "paid",
      "does Mount Aurelia Hospital have a charity care program? i can't afford my part",
      "Hi {MEMBER_FIRST_NAME}, non-profit hospitals must have a financial assistance policy, "
      "so ask {PROVIDER_NAME}'s billing office for the application. Your share for "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}; assistance can reduce it based on income." + SIGN,
      claim=C11("9300.00", "1200.00", provider="Mount Aurelia Hospital"),
      mentions=["provider"]),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay alguna ayuda para pagar las cuentas médicas si gano poco? Soy madre soltera con "
      "tres hijos.",
      "Hola {MEMBER_FIRST_NAME}, sí hay opciones. Los hospitales sin fines de lucro tienen "
      "programas de asistencia financiera según ingresos: pida la solicitud en facturación. "
      "Si su ingreso cambió, también puede revisar si califica para más ayuda con la prima o "
      "para Medicaid para usted o sus hijos." + SIGN),
    D("en", "typo", "financial_assistance", "none",
      "is there like a hardship thing for hospital bills?? im a student and broke af",
      "Hi {MEMBER_FIRST_NAME}, yes. Most hospitals have financial assistance (sometimes "
      "called charity care) based on income, and students often qualify. Ask the hospital's "
      "billing office for the application, and ask them to pause the bill while it's "
      "reviewed." + SIGN),
    D("en", "long", "financial_assistance", "paid",
      "Good morning, I'm writing on behalf of my father, Bartholomew Nwachukwu-Reilly, as his "
      "power of attorney. He is on a fixed pension. His stay at Halcyon Heights Medical "
      "Center left him owing more than his monthly income. I've heard hospitals have to offer "
      "help to people in his situation. Can you tell me how that works and whether you can "
      "apply for him?",
      "Hi {MEMBER_FIRST_NAME}, thank you for helping him. The application goes to the "
      "hospital, not to us: ask {PROVIDER_NAME}'s billing office for its financial assistance "
      "form, which you can sign as his power of attorney. His share for the "
      "{DATE_OF_SERVICE} stay is {MEMBER_OWES}; ask them to hold the bill while they "
      "decide." + SIGN,
      claim=C11("11600.00", "1500.00", provider="Halcyon Heights Medical Center"),
      mentions=["provider"]),
    D("en", "single", "financial_assistance", "none",
      "Does the plan itself have any help for members who can't afford copays?",
      "Hi {MEMBER_FIRST_NAME}, {PLAN_NAME} doesn't lower copays based on income, but there "
      "are other routes: hospital financial assistance programs, drug makers' assistance "
      "programs for medicines, and, if your income changed, a check of your Marketplace "
      "subsidy. I'm glad to point you to any of these." + SIGN),
    # ---- appeal ----
    D("en", "single", "appeal", "denied:50",
      "how do i appeal the denial for my physio at Kinetic Edge Therapy? what do i need to "
      "send",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} at {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}. To appeal, send a short letter saying why you disagree, "
      "with notes or a letter from your therapist or doctor on why the therapy is needed. "
      "The deadline is {APPEAL_DEADLINE}." + SIGN,
      claim=C11("720.00", scenario="denied:50", provider="Kinetic Edge Therapy"),
      mentions=["provider"]),
    D("es", "spanish", "appeal", "denied:96",
      "Quiero apelar lo de la consulta con la Dra. Maite de los Santos. ¿Cuánto tiempo "
      "tengo?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} con {PROVIDER_NAME} no se "
      "pagó porque {DENIAL_REASON}. Tiene hasta el {APPEAL_DEADLINE} para apelar: mande una "
      "carta explicando por qué no está de acuerdo, y si puede, una nota de la doctora." + SIGN,
      claim=C11("230.00", scenario="denied:96", provider="Dra. Maite de los Santos"),
      mentions=["provider"]),
    D("en", "typo", "appeal", "denied:197",
      "appeald last month for the sinus surgery at Brookmere ENT and heard NOTHING. how long "
      "does an apeal take",
      "Hi {MEMBER_FIRST_NAME}, an internal appeal for a service already received is usually "
      "decided within 60 days. The claim for {DATE_OF_SERVICE} at {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}. I'll check that we received your appeal and let you know; "
      "if it was never received, you have until {APPEAL_DEADLINE} to send it again." + SIGN,
      claim=C11("5600.00", scenario="denied:197", provider="Brookmere ENT"),
      mentions=["provider"]),
    D("en", "long", "appeal", "none",
      "> If you disagree with our decision, you may request an internal appeal.\n\nI read "
      "that part. My question is what happens after. If you say no again on the appeal, is "
      "that the end? My neighbour said there's an outside review but she wasn't sure. I'd "
      "like to know all the steps before I start, thank you.",
      "Hi {MEMBER_FIRST_NAME}, good to plan ahead. You have 180 days from a denial to ask for "
      "an internal appeal. If the plan upholds the denial, you can ask for an external review "
      "by an independent reviewer within 4 months of that decision; their decision is "
      "binding on the plan. Urgent cases are decided within 72 hours." + SIGN),
    D("en", "single", "appeal", "denied:22",
      "appeal?? they say my other insurance should pay first but i don't HAVE other insurance "
      "anymore 🙄",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} at {PROVIDER_NAME} was turned "
      "down because {DENIAL_REASON}. If your other coverage has ended, the fastest fix is to "
      "update your coordination of benefits with us (the end date of the other plan), and "
      "the claim can then be reprocessed. You can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C11("310.00", scenario="denied:22", provider="Silverbirch Medical Group")),
]
