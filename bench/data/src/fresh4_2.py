"""Fifth held-out drafts set, batch 2: emergency care, duplicate and incorrect bills, itemized
bills, payment plans, collections, financial assistance, appeals, coordination of benefits."""

from drafts_common import D

ITEMS = [
    # emergency care (near-miss ER billing questions)
    D("en", "single", "emergency_care", "emergency_in_network",
      "I went to the ER at Saltmarsh Regional Hospital for a kidney stone and now I owe "
      "$450.00. Why so much when the hospital is in my network?",
      "Hi {MEMBER_FIRST_NAME}, I hope you are feeling better. Emergency room visits have their "
      "own cost share on your plan: for {DATE_OF_SERVICE} at {PROVIDER_NAME} we allowed "
      "{ALLOWED}, covered {PLAN_PAID}, and {MEMBER_OWES} is yours to pay. "
      "Best, {AGENT_NAME}",
      claim={"provider": "Saltmarsh Regional Hospital", "billed": "2900.00",
             "member_owes": "450.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "I was visiting family in another state and had to use an emergency room there. Will "
      "that be paid like an in-network visit?",
      "Hi {MEMBER_FIRST_NAME}, yes: emergency care is covered at the in-network level even at "
      "an out-of-network hospital, and the hospital may not bill you more than your in-network "
      "share. On the claim for {DATE_OF_SERVICE} your share is {MEMBER_OWES}. Best, "
      "{AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_in_network",
      "The ER charged me a copay but I ended up being admitted overnight. Isn't the emergency "
      "copay supposed to be waived if you're admitted?",
      "Hi {MEMBER_FIRST_NAME}, on many plans the emergency room copay is waived when you are "
      "admitted, and the hospital stay's cost share applies instead. On the claim for "
      "{DATE_OF_SERVICE} your share is {MEMBER_OWES}; if you were charged the emergency copay "
      "as well, send me the receipt and I will look into it. Best, {AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_oon",
      "The doctor who saw me in the emergency department billed me separately and says he is "
      "not in my network. Do I owe his full bill?",
      "Hi {MEMBER_FIRST_NAME}, for emergency care an out-of-network doctor may bill you only "
      "your in-network share under the No Surprises Act. On the claim for {DATE_OF_SERVICE} "
      "that share is {MEMBER_OWES}; please do not pay more, and send me the bill if it asks "
      "for it. Best, {AGENT_NAME}"),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Do I need to call you for approval before going to the ER at night?",
      "Hi {MEMBER_FIRST_NAME}, no: emergency care never needs approval in advance. If you "
      "believe it is an emergency, go to the nearest emergency room or call 911; you can tell "
      "us afterwards. Best, {AGENT_NAME}"),
    D("en", "typo", "emergency_care", "emergency_in_network",
      "went to the emergancy room for chest pain last week, turned out to be nothing (thank "
      "god) but now the bill is $780 and they say it wasnt an emergency?? how was i supposed "
      "to know",
      "Hi {MEMBER_FIRST_NAME}, glad it was nothing serious. Emergency care is judged by what a "
      "reasonable person would think from the symptoms, and chest pain qualifies. On the claim "
      "for {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. "
      "Best, {AGENT_NAME}",
      claim={"billed": "3400.00", "member_owes": "780.00"}, mentions=["amount"]),
    D("es", "spanish", "emergency_care", "emergency_oon",
      "Fui a urgencias en un hospital fuera de la red porque era el más cercano. ¿Me van a "
      "cobrar todo?",
      "Hola {MEMBER_FIRST_NAME}, la atención de emergencia se cubre como dentro de la red "
      "aunque el hospital esté fuera de ella, y no pueden cobrarle más que su parte dentro de "
      "la red: en la reclamación del {DATE_OF_SERVICE} es {MEMBER_OWES}. Saludos, "
      "{AGENT_NAME}"),
    # duplicate / incorrect bills
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see two claims for the same appointment on my account. Am I going to be charged "
      "twice?",
      "Hi {MEMBER_FIRST_NAME}, we received two claims for the visit on {DATE_OF_SERVICE} from "
      "{PROVIDER_NAME} and both are still being processed. A repeated claim for the same "
      "service is paid only once, so you will not be charged twice; I will keep an eye on it. "
      "Best, {AGENT_NAME}"),
    D("en", "single", "duplicate_charge", "paid",
      "The dermatology office ran my card twice for the same visit. What should I do?",
      "Hi {MEMBER_FIRST_NAME}, our claim for that visit shows your share as {MEMBER_OWES}. "
      "Please ask the office to refund the second charge, with your card statement at hand; "
      "if they refuse, your card issuer can dispute it. Best, {AGENT_NAME}"),
    D("en", "single", "duplicate_charge", "denied:18",
      "One of my claims says denied as a duplicate. Does that mean I now owe the money?",
      "Hi {MEMBER_FIRST_NAME}, no: that claim was a second copy of one we already received, "
      "so it was closed ({DENIAL_REASON}). The original claim is the one that counts, and you "
      "owe nothing because of the copy. Best, {AGENT_NAME}"),
    D("en", "typo", "duplicate_charge", "duplicate_submitted",
      "why is the same lab test on my acount 2 times, the lab said they resent it becuase "
      "they didnt hear back",
      "Hi {MEMBER_FIRST_NAME}, we have two claims for the test on {DATE_OF_SERVICE}; both are "
      "being processed, and the repeated one will be paid only once. You do not need to do "
      "anything. Best, {AGENT_NAME}"),
    D("es", "spanish", "duplicate_charge", "duplicate_submitted",
      "Veo dos reclamaciones iguales de la misma cita. ¿Me van a cobrar dos veces?",
      "Hola {MEMBER_FIRST_NAME}, recibimos dos reclamaciones de la cita del {DATE_OF_SERVICE} "
      "y las dos se están procesando. Un mismo servicio se paga una sola vez, así que no le "
      "cobrarán doble. Saludos, {AGENT_NAME}"),
    # itemized bills
    D("en", "single", "itemized_bill", "none",
      "The hospital only mailed me one big total. Who do I ask for the charge-by-charge "
      "breakdown?",
      "Hi {MEMBER_FIRST_NAME}, call the hospital's billing office and ask for an itemized bill "
      "with the billing codes for each service; they must give you one. Compare it with our "
      "explanation of benefits, and tell me if something looks wrong. Best, {AGENT_NAME}"),
    D("en", "single", "itemized_bill", "paid",
      "I want a line by line list of the charges from my stay at Willowmere Medical Center. "
      "Can you send that, or do I ask them?",
      "Hi {MEMBER_FIRST_NAME}, the line-by-line bill comes from {PROVIDER_NAME}'s billing "
      "office, so please ask them for it. Our claim for {DATE_OF_SERVICE} shows {BILLED} billed "
      "and your share as {MEMBER_OWES}, which you can check against their list. Best, "
      "{AGENT_NAME}",
      claim={"provider": "Willowmere Medical Center"}, mentions=["provider"]),
    D("en", "typo", "itemized_bill", "none",
      "can i get a itemised bill, i think they chargd me for stuff i never got",
      "Hi {MEMBER_FIRST_NAME}, yes: ask the provider's billing office for an itemized bill. If "
      "it lists something you did not receive, ask them to correct it and tell me which line, "
      "so we can review the claim too. Best, {AGENT_NAME}"),
    D("en", "long", "itemized_bill", "paid",
      "My mother was in the hospital for three days in October and the total on the "
      "statement seems very high for what happened. She remembers one X-ray and some IV fluids. "
      "I would like to see every charge to check that nothing was billed by mistake, like "
      "medicines she never took. I read that hospitals make mistakes a lot. Who do I ask for "
      "the detailed bill, and if I find an error, does the plan fix it or the hospital?",
      "Hi {MEMBER_FIRST_NAME}, ask the hospital's billing office for an itemized bill with the "
      "codes for each charge. If something was billed by mistake, the hospital corrects it and "
      "sends us a corrected claim; we then process it again. Today the claim shows {BILLED} "
      "billed and her share as {MEMBER_OWES}. Best, {AGENT_NAME}"),
    D("es", "spanish", "itemized_bill", "none",
      "¿Cómo pido una factura detallada? Solo me mandaron el total.",
      "Hola {MEMBER_FIRST_NAME}, pida al departamento de facturación del proveedor una factura "
      "detallada con cada servicio y su código. Si algo no corresponde, avíseme para revisar "
      "la reclamación. Saludos, {AGENT_NAME}"),
    # payment plans
    D("en", "single", "payment_plan", "deductible",
      "I owe $2,180.00 to Bramblewood Cardiology and can't pay it at once. Can I pay over "
      "time?",
      "Hi {MEMBER_FIRST_NAME}, most providers offer payment plans, often without interest; "
      "call {PROVIDER_NAME}'s billing office and ask. The {MEMBER_OWES} went to your "
      "deductible, so it is the right amount to plan around. Best, {AGENT_NAME}",
      claim={"provider": "Bramblewood Cardiology", "billed": "2600.00",
             "member_owes": "2180.00"},
      mentions=["amount", "provider"]),
    D("en", "single", "payment_plan", "none",
      "Does the insurance company set up payment plans, or is that something only the doctor's "
      "office can do?",
      "Hi {MEMBER_FIRST_NAME}, payment plans for medical bills are set up with the provider "
      "who bills you, not with the plan. Most offices agree to monthly payments if you ask "
      "before the due date. Best, {AGENT_NAME}"),
    D("en", "typo", "payment_plan", "paid",
      "can i make montly payments on the bill from my surgery, i cant do it all rite now",
      "Hi {MEMBER_FIRST_NAME}, yes, ask {PROVIDER_NAME}'s billing office for a monthly payment "
      "plan; most offer one. Your share of the claim for {DATE_OF_SERVICE} is {MEMBER_OWES}. "
      "Best, {AGENT_NAME}"),
    D("en", "long", "payment_plan", "deductible",
      "Hi, I had an emergency appendectomy in the spring and I've been paying the hospital "
      "what I can each month, but this month they sent a letter saying I need to pay the "
      "remaining balance in 30 days or they will send it to collections. I set up the monthly "
      "payments with someone on the phone but I don't have anything in writing. What can I do? "
      "Can you help me keep the monthly plan?",
      "Hi {MEMBER_FIRST_NAME}, payment plans are agreed with the hospital, so call their "
      "billing office, ask them to confirm the monthly plan in writing, and keep every receipt. "
      "The claim shows your share as {MEMBER_OWES}, applied to your deductible. If they still "
      "send it to collections, let me know. Best, {AGENT_NAME}"),
    D("es", "spanish", "payment_plan", "deductible",
      "Debo mucho al hospital y no puedo pagarlo de una vez. ¿Puedo pagar por mes?",
      "Hola {MEMBER_FIRST_NAME}, la mayoría de los hospitales ofrecen planes de pago mensuales; "
      "llame a su departamento de facturación. Su parte de la reclamación es {MEMBER_OWES}. "
      "Saludos, {AGENT_NAME}"),
    # collections
    D("en", "single", "collections", "paid",
      "A collection agency called me about a bill from Kestrel Point Laboratory that I "
      "thought insurance already paid. Help?",
      "Hi {MEMBER_FIRST_NAME}, our claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} has us "
      "covering {PLAN_PAID}, with {MEMBER_OWES} left as your part. Ask the agency for a written "
      "validation of the debt, and send them our explanation of benefits; do not pay more "
      "than your share. Best, {AGENT_NAME}",
      claim={"provider": "Kestrel Point Laboratory"}, mentions=["provider"]),
    D("en", "single", "collections", "none",
      "Could an unpaid doctor bill sitting with a collector damage my credit?",
      "Hi {MEMBER_FIRST_NAME}, the credit bureaus leave medical debt in collections off reports "
      "for a year, and paid medical collections are removed. Ask the agency to validate the "
      "debt and check it against your explanation of benefits. Best, {AGENT_NAME}"),
    D("en", "typo", "collections", "deductible",
      "a colections agency keeps calling about my xray bill, i didnt even get a bill from the "
      "clinic first",
      "Hi {MEMBER_FIRST_NAME}, our claim for {DATE_OF_SERVICE} shows your share as "
      "{MEMBER_OWES}, applied to your deductible. Ask the agency to send a written validation "
      "of the debt, and ask the clinic why no bill reached you first. Best, {AGENT_NAME}"),
    D("en", "long", "collections", "paid",
      "I need to sort something out before I apply for a mortgage. A collections account showed "
      "up on my credit for $187.00 from a doctor visit in March. I am pretty sure that visit "
      "was covered and I paid my copay at the door. I don't remember ever getting a bill. Can "
      "you look at what the plan paid and tell me whether I really owed anything? I want to "
      "dispute it if it's wrong.",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} shows the plan paid "
      "{PLAN_PAID} and your share as {MEMBER_OWES}. If that is what you paid at the visit, "
      "dispute the account with the agency and the credit bureaus, with our explanation of "
      "benefits and your receipt. Best, {AGENT_NAME}",
      claim={"date_of_service": "2026-03-12", "billed": "187.00", "member_owes": "30.00"},
      mentions=["amount"]),
    D("es", "spanish", "collections", "paid",
      "Una agencia de cobranza me llama por una factura médica que creo que ya se pagó.",
      "Hola {MEMBER_FIRST_NAME}, en la reclamación del {DATE_OF_SERVICE} el plan pagó "
      "{PLAN_PAID} y su parte es {MEMBER_OWES}. Pida a la agencia una validación por escrito de "
      "la deuda y envíeles la explicación de beneficios. Saludos, {AGENT_NAME}"),
    # financial assistance
    D("en", "single", "financial_assistance", "none",
      "I lost my job and have a big hospital bill. Does the hospital have any kind of charity "
      "care?",
      "Hi {MEMBER_FIRST_NAME}, I am sorry to hear it. Nonprofit hospitals must have a "
      "financial assistance policy; ask their billing office for the application, and "
      "include your current income. The bill is usually on hold while they review it. Best, "
      "{AGENT_NAME}"),
    D("en", "single", "financial_assistance", "deductible",
      "There is no way I can afford the $3,400.00 from my surgery at Saltmarsh Regional "
      "Hospital. Is there any help?",
      "Hi {MEMBER_FIRST_NAME}, the {MEMBER_OWES} went to your deductible. {PROVIDER_NAME} "
      "has a financial assistance program that can reduce or forgive the bill depending on "
      "income; ask their billing office for the application, and ask for a payment plan "
      "meanwhile. Best, {AGENT_NAME}",
      claim={"provider": "Saltmarsh Regional Hospital", "billed": "5200.00",
             "member_owes": "3400.00"},
      mentions=["amount", "provider"]),
    D("en", "typo", "financial_assistance", "none",
      "is there any finacial help for people who cant pay there medical bills",
      "Hi {MEMBER_FIRST_NAME}, yes: most hospitals have financial assistance programs based "
      "on income, and many providers agree to payment plans. Ask the billing office for the "
      "application. Best, {AGENT_NAME}"),
    D("en", "long", "financial_assistance", "paid",
      "My husband has been sick most of the year and between his treatments and my own "
      "physical therapy we are underwater. We are a one-income household right now. I saw a "
      "sign at the cancer center about financial counselors. Is that something the plan does "
      "or the hospital does? And can it cover what we already owe, or only future bills? We "
      "have about six bills open.",
      "Hi {MEMBER_FIRST_NAME}, financial counselors work for the hospital, and their assistance "
      "programs can often cover bills you already owe, not only future ones. Ask them to review "
      "all the open bills at once. On the latest claim your share is {MEMBER_OWES}. Best, "
      "{AGENT_NAME}"),
    D("es", "spanish", "financial_assistance", "none",
      "La cuenta del hospital es demasiado alta para mí. ¿Existe algún programa que me ayude "
      "a pagarla?",
      "Hola {MEMBER_FIRST_NAME}, muchos hospitales tienen programas de ayuda financiera según "
      "los ingresos. Pida la solicitud en el departamento de facturación del hospital. "
      "Saludos, {AGENT_NAME}"),
    # appeals
    D("en", "single", "appeal", "denied:50",
      "How do I appeal a denied claim? What's the process?",
      "Hi {MEMBER_FIRST_NAME}, you can appeal the decision on your {DATE_OF_SERVICE} claim "
      "({DENIAL_REASON}) within 180 days of the notice: send a letter saying why it should be "
      "paid, with your doctor's notes. We decide within 30 days for care already received. "
      "Best, {AGENT_NAME}"),
    D("en", "single", "appeal", "denied:96",
      "What should I include with my appeal so it has the best chance?",
      "Hi {MEMBER_FIRST_NAME}, include the denial notice, a letter from your doctor explaining "
      "why the service was needed, the relevant medical records, and your own short letter. "
      "Send it within 180 days of the notice. Best, {AGENT_NAME}"),
    D("en", "single", "appeal", "none",
      "You turned down my appeal. Can somebody outside the insurance company look at it?",
      "Hi {MEMBER_FIRST_NAME}, yes: you can ask for an external review by an independent "
      "reviewer within 4 months of our final decision. The decision letter explains how to "
      "file, and the review costs you nothing. Best, {AGENT_NAME}"),
    D("en", "typo", "appeal", "denied:204",
      "i want to apeal the denail for my hearing aids, whats the dedline",
      "Hi {MEMBER_FIRST_NAME}, you have 180 days from the notice to appeal the decision "
      "({DENIAL_REASON}). Send a letter with why you believe the hearing aids should be covered "
      "and any notes from your doctor. Best, {AGENT_NAME}"),
    D("en", "long", "appeal", "denied:50",
      "My doctor wants me on a specific back treatment and the claim came back not medically "
      "necessary. I have tried physical therapy for six months, injections, and two different "
      "medications. My doctor says she will write a letter. I want to fight this. How long do I "
      "have, where do I send it, and how long will you take to decide? Is there a faster way "
      "because I am in a lot of pain?",
      "Hi {MEMBER_FIRST_NAME}, you have 180 days from the notice to appeal ({DENIAL_REASON}). "
      "Send your doctor's letter and a record of the treatments you tried. We decide within 30 "
      "days, and if waiting could seriously harm your health, your doctor can ask for an "
      "expedited appeal, decided within 72 hours. Best, {AGENT_NAME}"),
    D("es", "spanish", "appeal", "denied:50",
      "Quiero apelar porque negaron mi tratamiento. ¿Cómo lo hago?",
      "Hola {MEMBER_FIRST_NAME}, puede apelar dentro de 180 días desde el aviso ({DENIAL_REASON}). "
      "Envíe una carta con los motivos y las notas de su médico. Saludos, {AGENT_NAME}"),
    # coordination of benefits
    D("en", "single", "coordination_of_benefits", "denied:22",
      "My claim says another insurance should pay first, but I don't have other insurance "
      "anymore. How do I fix that?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was held because our records "
      "show other coverage ({DENIAL_REASON}). Please confirm with us that the other coverage "
      "ended and on which date; we then update your record and the claim can be processed "
      "again. Best, {AGENT_NAME}"),
    D("en", "single", "coordination_of_benefits", "none",
      "I'm covered through my own job and my wife's. Which plan pays first for me?",
      "Hi {MEMBER_FIRST_NAME}, your own employer's plan pays first for you, and your wife's "
      "plan is secondary. Give both plans' cards to your providers so they bill in that order. "
      "Best, {AGENT_NAME}"),
    D("en", "typo", "coordination_of_benefits", "none",
      "got a letter asking if i have othr insurance, do i need to fill it out evry year?",
      "Hi {MEMBER_FIRST_NAME}, yes, please answer it: we ask about other coverage once a year "
      "so claims are paid in the right order, and an unanswered form can hold up claims. Best, "
      "{AGENT_NAME}"),
    D("en", "long", "coordination_of_benefits", "denied:22",
      "My son is 24 and is on my plan and also on his mother's plan from her job. We are "
      "divorced. His dentist claims have been bouncing back and forth between both insurance "
      "companies for months now and nobody pays. The latest one from you says other coverage "
      "is primary. How do you decide which one is first when the parents are divorced? I just "
      "want the bills paid.",
      "Hi {MEMBER_FIRST_NAME}, for a child of divorced parents the court order decides which "
      "plan pays first; without one, the custodial parent's plan usually comes first. The claim "
      "for {DATE_OF_SERVICE} was held for that reason ({DENIAL_REASON}). Send us a copy of the "
      "order's coverage section and we can set the order. Best, {AGENT_NAME}"),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Estoy asegurada en mi empleo y también en el plan de mi esposo; ¿cuál de los dos se "
      "usa primero?",
      "Hola {MEMBER_FIRST_NAME}, el plan de su propio trabajo paga primero y el de su esposo es "
      "secundario. Muestre las dos tarjetas en el consultorio. Saludos, {AGENT_NAME}"),
]
