"""Sixteenth held-out drafts set (stop 33), batch 1: deductible, copays and coinsurance,
out-of-pocket maximum, EOBs and denials. Written by helper sets15 from general knowledge:
messages sent from a spouse's phone, letters from a billing office quoted, claims named by the
provider's specialty, amounts in words, civil sarcasm, corrections of an earlier message, bullets,
all caps, portal screens, an out-of-state student and a newborn.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh15_common import SIGN, C15

ITEMS = [
    # ---- deductible ----
    D("en", "single", "deductible", "none",
      "This is Dana's husband writing from her phone, she asked me to check. How much of our "
      "deductible is still left for this year?",
      "Hi {MEMBER_FIRST_NAME}, the deductible on the plan is {DEDUCTIBLE}. So far {DEDUCTIBLE_MET} "
      "has been met, which leaves {DEDUCTIBLE_REMAINING} until the plan year ends on "
      "{PLAN_YEAR_END}. If you'd like to ask about Dana's account yourself in future, she can add "
      "you as an authorized contact." + SIGN),
    D("en", "single", "deductible", "none",
      "HOW MUCH IS LEFT ON MY DEDUCTIBLE. SORRY FOR THE CAPITALS, MY EYES ARE BAD AND THIS IS "
      "EASIER TO READ",
      "Hi {MEMBER_FIRST_NAME}, no need to apologise. Your deductible is {DEDUCTIBLE}. You have met "
      "{DEDUCTIBLE_MET} of it, so {DEDUCTIBLE_REMAINING} is left for this plan year." + SIGN),
    D("en", "single", "deductible", "deductible",
      "The dermatologist billed me three hundred twelve dollars and the statement says it all "
      "went to my deductible. So I pay every penny of that myself?",
      "Hi {MEMBER_FIRST_NAME}, yes: the dermatology visit on {DATE_OF_SERVICE} counted toward "
      "your deductible, so {DEDUCTIBLE_APPLIED} was applied and your share is {MEMBER_OWES}. "
      "That is the plan's allowed amount, not the full charge. After the deductible is met, the "
      "plan starts sharing costs; {DEDUCTIBLE_REMAINING} is left." + SIGN,
      claim=C15("520.00", "312.00", "deductible", service="Dermatology visit")),
    D("es", "spanish", "deductible", "partial_deductible",
      "Hola, le escribo por el recibo del pediatra del 14 de agosto, son 88,40 dólares. ¿Ya "
      "cumplí con el deducible o todavía me falta?",
      "Hola {MEMBER_FIRST_NAME}. En la consulta del {DATE_OF_SERVICE} se aplicaron "
      "{DEDUCTIBLE_APPLIED} a su deducible y el plan pagó {PLAN_PAID}; su parte es "
      "{MEMBER_OWES}. De su deducible de {DEDUCTIBLE} lleva {DEDUCTIBLE_MET}, así que le faltan "
      "{DEDUCTIBLE_REMAINING}." + SIGN,
      claim=C15("210.00", "88.40", "partial_deductible", service="Pediatric visit",
                date_of_service="2026-08-14"),
      mentions=["date", "amount"]),
    D("en", "long", "deductible", "none",
      "Correction to the message I sent this morning. I said our deductible was $1,500 but I was "
      "reading last year's welcome packet, the one in the kitchen drawer. We changed plans at "
      "open enrollment and I honestly don't know what the new number is. Could you tell me what "
      "it is now and how much we've used, since my wife had a couple of appointments in the "
      "spring?",
      "Hi {MEMBER_FIRST_NAME}, thanks for the correction. On {PLAN_NAME} the deductible is "
      "{DEDUCTIBLE}. {DEDUCTIBLE_MET} has been met this plan year, so {DEDUCTIBLE_REMAINING} is "
      "left until {PLAN_YEAR_END}. Your current plan documents in the portal show this too." +
      SIGN),
    D("en", "typo", "deductible", "none",
      "just had our baby girl!! does she have her own deductable now or does she go on the famly "
      "one? we added her thru the portal last wk",
      "Congratulations, {MEMBER_FIRST_NAME}! Once she is on the plan she shares the family "
      "deductible, with an individual amount for each person inside it. The family deductible "
      "is {DEDUCTIBLE}; {DEDUCTIBLE_MET} is met and {DEDUCTIBLE_REMAINING} is left this plan "
      "year." + SIGN),

    # ---- copays and coinsurance ----
    D("en", "single", "copay_coinsurance", "none",
      "I'm booked for a colonoscopy on the 19th at Brightwater Endoscopy Center. Before I go, "
      "roughly what will I pay, and is it a copay or coinsurance?",
      "Hi {MEMBER_FIRST_NAME}, a screening colonoscopy is usually preventive care at no cost to "
      "you when it is in network, but if a polyp is removed or it is done to check symptoms, "
      "coinsurance can apply. The cost estimator in the portal gives a figure for "
      "{PLAN_NAME}, or call {PHONE} and we can check the facility's network status with you." +
      SIGN, add=NET_UNKNOWN),
    D("en", "single", "copay_coinsurance", "paid",
      "Love that my \"copay\" for the allergist came to $60 when my card clearly says $40. "
      "Really enjoying the surprise. What's the extra for?",
      "Hi {MEMBER_FIRST_NAME}, I understand the surprise. For the allergist visit on "
      "{DATE_OF_SERVICE} your share is {MEMBER_OWES}: the {COPAY} copay for the visit plus "
      "{COINSURANCE} coinsurance for testing done the same day. The plan paid {PLAN_PAID}." +
      SIGN,
      claim=C15("180.00", "60.00", service="Allergist visit"),
      mentions=["amount"]),
    D("en", "single", "copay_coinsurance", "paid",
      "Questions about my PT bill:\n- is the $45 a copay or coinsurance?\n- does it change once my "
      "deductible is done?\n- is there a limit on visits?",
      "Hi {MEMBER_FIRST_NAME}, for the physical therapy visit on {DATE_OF_SERVICE} your share "
      "is {MEMBER_OWES}, which is coinsurance ({COINSURANCE}) on the {ALLOWED} allowed; the plan "
      "paid {PLAN_PAID}. Coinsurance applies after the deductible, so it stays a percentage "
      "until you reach your out-of-pocket maximum. Any visit limit is listed in the {PLAN_NAME} "
      "benefits summary, or call {PHONE}." + SIGN,
      claim=C15("150.00", "45.00", service="Physical therapy"),
      mentions=["amount"]),
    D("es", "spanish", "copay_coinsurance", "paid",
      "Oiga, el copay del urgent care fue de 75 dollars pero my friend pagó menos con el mismo "
      "seguro, why?",
      "Hola {MEMBER_FIRST_NAME}. En la visita de urgencias del {DATE_OF_SERVICE} su parte es "
      "{MEMBER_OWES}, que incluye el copago de {COPAY}. El plan pagó {PLAN_PAID}. Otra persona "
      "puede tener un plan distinto o servicios distintos en la visita, por eso pagó otra "
      "cantidad." + SIGN,
      claim=C15("240.00", "75.00", service="Urgent care visit"),
      mentions=["amount"]),
    D("en", "typo", "copay_coinsurance", "none",
      "whats my coinsurnce for a hospital stay, is it 20 or 30 percent? getting my gallblader out "
      "next month",
      "Hi {MEMBER_FIRST_NAME}, the coinsurance for an inpatient stay on {PLAN_NAME} is listed in "
      "your benefits summary in the portal, and it applies after the deductible. Surgery often "
      "needs approval ahead of time, so ask the surgeon's office to check; for an estimate, call "
      "{PHONE}." + SIGN, add=PA_UNKNOWN),
    D("en", "single", "copay_coinsurance", "paid",
      "On the portal under Claims > Details it shows 'Coinsurance $38.20' and 'Copay $0.00' for "
      "my cardiology visit on Oct 8. Which one do I actually pay?",
      "Hi {MEMBER_FIRST_NAME}, for the cardiology visit on {DATE_OF_SERVICE} you pay the "
      "coinsurance: your share is {MEMBER_OWES}, and there is no copay for this service. The "
      "plan paid {PLAN_PAID} of the {ALLOWED} allowed." + SIGN,
      claim=C15("260.00", "38.20", service="Cardiology visit", date_of_service="2026-10-08"),
      mentions=["amount", "date"]),

    # ---- out-of-pocket maximum ----
    D("en", "single", "out_of_pocket_max", "none",
      "Is the out-of-pocket max per person or for the whole family? There are four of us.",
      "Hi {MEMBER_FIRST_NAME}, both: each person has an individual limit, and the family has "
      "an overall limit. The maximum is {OOP_MAX} and {OOP_MET} counts toward it so far this "
      "plan year." + SIGN),
    D("en", "long", "out_of_pocket_max", "oop_met",
      "I got a letter from the Harborlight Medical Center billing office that says, word for "
      "word: \"Our records show a patient balance of $2,145.00 for services on 07/22/2026. "
      "Please remit within 30 days to avoid further action.\" But I hit my out-of-pocket max "
      "back in June after my surgery, your portal says so. Do I really owe this or did they "
      "make a mistake?",
      "Hi {MEMBER_FIRST_NAME}, you had reached your out-of-pocket maximum ({OOP_MAX}) before "
      "this visit, so for the care at {PROVIDER_NAME} on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES} and the plan paid {PLAN_PAID}. Please don't pay their balance; share the "
      "EOB with their billing office, and send us the letter if they keep asking." + SIGN,
      claim=C15("3575.00", scenario="oop_met", provider="Harborlight Medical Center",
                date_of_service="2026-07-22"),
      mentions=["provider", "date", "amount"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "¿Qué es el máximo de bolsillo? Mi hijo estudia en otro estado y ya llevamos gastado mucho "
      "este año.",
      "Hola {MEMBER_FIRST_NAME}. El máximo de bolsillo es lo más que usted paga en el año por "
      "atención cubierta; al llegar a él, el plan paga el resto. El suyo es de {OOP_MAX} y lleva "
      "{OOP_MET}. Cuenta lo que paga su hijo como dependiente también." + SIGN),
    D("en", "typo", "out_of_pocket_max", "none",
      "do perscriptions count twards the out of pocket max or only the doctor stuff",
      "Hi {MEMBER_FIRST_NAME}, on {PLAN_NAME} your share of covered prescriptions counts toward "
      "the out-of-pocket maximum along with medical care. Your maximum is {OOP_MAX} and "
      "{OOP_MET} counts so far." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "the dermatologist's front desk says I still owe a copay but I'm at the max for the year. "
      "who's right?",
      "Hi {MEMBER_FIRST_NAME}, you have reached your out-of-pocket maximum of {OOP_MAX}, so for "
      "the dermatology visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Show the office your EOB; if you already paid a copay, ask them for a "
      "refund." + SIGN,
      claim=C15("180.00", scenario="oop_met", service="Dermatology visit")),

    # ---- EOBs ----
    D("en", "single", "eob_question", "paid",
      "From my EOB for Pinecrest Imaging:\n• Amount billed: $940.00\n• Plan discount: $376.00\n"
      "• Plan paid: $451.20\n• You may owe: $112.80\nWhat is the 'plan discount' part?",
      "Hi {MEMBER_FIRST_NAME}, that line is the contract discount: {PROVIDER_NAME} agreed to "
      "accept {ALLOWED} for this scan, so the gap up to their charge is written off and is "
      "never yours to pay. Out of {ALLOWED}, we covered {PLAN_PAID} and {MEMBER_OWES} is left "
      "for you." + SIGN,
      claim=C15("940.00", "112.80", provider="Pinecrest Imaging"),
      mentions=["provider", "amount"]),
    D("es", "spanish", "eob_question", "paid",
      "No entiendo el papel que me llegó de Laboratorio Del Valle. Arriba dice 'Esto no es una "
      "factura'. ¿Entonces qué es y tengo que pagar algo?",
      "Hola {MEMBER_FIRST_NAME}. Es su explicación de beneficios (EOB): muestra cómo procesamos "
      "el servicio de {PROVIDER_NAME} del {DATE_OF_SERVICE}. El plan pagó {PLAN_PAID} y su parte "
      "es {MEMBER_OWES}. No pague con este papel; el laboratorio le mandará la factura por su "
      "parte." + SIGN,
      claim=C15("145.00", "29.00", provider="Laboratorio Del Valle"),
      mentions=["provider"]),
    D("en", "typo", "eob_question", "paid",
      "got an eob for a visit on 11/2 but i wasnt even in town that day, i was at my daugters "
      "in ohio. is this fraud??",
      "Hi {MEMBER_FIRST_NAME}, thanks for telling us. The EOB is for a visit at "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE}. If you did not receive that care, please call "
      "{PHONE} so we can look into the claim with the provider; don't pay any bill for it in the "
      "meantime." + SIGN,
      claim=C15("210.00", "35.00", date_of_service="2026-11-02"),
      mentions=["date"]),
    D("en", "long", "eob_question", "paid",
      "Sent from my husband Tomas's phone because my app locked me out. My EOB for the visit at "
      "Maple Court Allergy on Sept 9 lists two lines, one with code 99214 and another one, "
      "G2211, that I've never seen before. I only saw the doctor once for maybe fifteen minutes. "
      "What is that second line and is it something I'm paying extra for?",
      "Hi {MEMBER_FIRST_NAME}, G2211 is an add-on code for a doctor who follows a condition "
      "over time; it belongs to that one appointment at {PROVIDER_NAME} ({DATE_OF_SERVICE}) "
      "rather than a second appointment. Both lines together came to {PLAN_PAID} from us and "
      "{MEMBER_OWES} from you. Ring {PHONE} if the coding looks wrong to you." + SIGN,
      claim=C15("265.00", "40.00", provider="Maple Court Allergy", date_of_service="2026-09-09"),
      mentions=["provider", "date"]),
    D("en", "single", "eob_question", "paid",
      "The Claims screen in the portal now shows 'Adjusted' next to my ultrasound. What does "
      "adjusted mean? Did something change?",
      "Hi {MEMBER_FIRST_NAME}, 'Adjusted' means the ultrasound claim from {DATE_OF_SERVICE} "
      "was processed again after a correction. As it stands the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}; the newest EOB in the portal shows the changed lines." + SIGN,
      claim=C15("480.00", "96.00", service="Ultrasound")),
    D("en", "single", "eob_question", "paid",
      "WHAT DOES 'PATIENT RESPONSIBILITY' MEAN ON MY EOB. IT SAYS $27.50 AND I DON'T KNOW IF "
      "THAT IS A BILL.",
      "Hi {MEMBER_FIRST_NAME}, 'patient responsibility' is your share of the visit on "
      "{DATE_OF_SERVICE}: {MEMBER_OWES}. The EOB itself is not a bill; the provider will send "
      "you one for that amount. The plan paid {PLAN_PAID}." + SIGN,
      claim=C15("130.00", "27.50"),
      mentions=["amount"]),

    # ---- denials ----
    D("en", "single", "denied_claim", "denied:204",
      "why was the sleep study turned down? the pulmonologist said I needed it",
      "Hi {MEMBER_FIRST_NAME}, our reason for not paying the sleep study ({DATE_OF_SERVICE}) "
      "is: {DENIAL_REASON}. Ask your pulmonologist for a short letter on why the test matters "
      "for you, and file an appeal with it before {APPEAL_DEADLINE}; {PHONE} can walk you "
      "through the form." + SIGN,
      claim=C15("1850.00", scenario="denied:204", service="Sleep study")),
    D("en", "long", "denied_claim", "denied:27",
      "My son is 20 and a full time student at a college in Oregon. He went to a clinic near "
      "campus on 10/15 for strep and the claim came back saying his coverage had ended. We never "
      "took him off the plan, we pay for family coverage every month through my job, and nobody "
      "told us anything had changed. Is this because he's out of state or because of his age?",
      "Hi {MEMBER_FIRST_NAME}, the clinic visit ({DATE_OF_SERVICE}) came back with this "
      "reason: {DENIAL_REASON}. Living in another state or being a student doesn't change "
      "anything; a son or daughter keeps coverage on your plan up to 26. So his enrolment "
      "record needs checking: ring {PHONE} and we'll go over it together. An appeal is open "
      "to you as well, up to {APPEAL_DEADLINE}." + SIGN,
      claim=C15("220.00", scenario="denied:27", date_of_service="2026-10-15"),
      mentions=["date"]),
    D("es", "spanish", "denied_claim", "denied:50",
      "Le negaron la terapia a mi esposo, dice 'no es médicamente necesario'. ¿Qué podemos "
      "hacer?",
      "Hola {MEMBER_FIRST_NAME}. La terapia del {DATE_OF_SERVICE} no se pagó porque "
      "{DENIAL_REASON}. Pueden apelar antes del {APPEAL_DEADLINE}; ayuda mucho una carta del "
      "médico que explique por qué la necesita. Le explicamos los pasos al {PHONE}." + SIGN,
      claim=C15("640.00", scenario="denied:50", service="Terapia física")),
    D("en", "typo", "denied_claim", "denied:16",
      "claim got denyed for 'missing information' wth does that even mean, the lab should of "
      "sent everything",
      "Hi {MEMBER_FIRST_NAME}, the lab claim from {DATE_OF_SERVICE} was sent back because "
      "{DENIAL_REASON}. That usually means the lab needs to correct or complete the claim and "
      "send it again; please ask them to do that. You don't need to appeal for this." + SIGN,
      claim=C15("98.00", scenario="denied:16", service="Lab work")),
    D("en", "single", "denied_claim", "denied:29",
      "Correcting my last message: the denied claim is from the podiatrist in JANUARY, not June. "
      "It says it was filed too late. I didn't file it, their office did.",
      "Hi {MEMBER_FIRST_NAME}, thanks for the correction. The podiatry claim from "
      "{DATE_OF_SERVICE} was not paid because {DENIAL_REASON}. Sending claims on time is the "
      "office's job; an in-network office generally can't bill you for a claim it filed late, "
      "so ask them to write it off. You can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C15("310.00", scenario="denied:29", service="Podiatry visit")),
    D("en", "single", "denied_claim", "denied:96",
      "The letter says \"Claim 26-448190-02: services not payable under your benefit plan.\" "
      "That's my hearing test. What are my options?",
      "Hi {MEMBER_FIRST_NAME}, the hearing test on {DATE_OF_SERVICE} (claim {CLAIM_NUMBER}) was "
      "not paid because {DENIAL_REASON}. You can appeal by {APPEAL_DEADLINE} if your doctor "
      "ordered it for a medical reason; include their notes. Call {PHONE} to go through it." +
      SIGN,
      claim=C15("275.00", scenario="denied:96", service="Hearing test",
                claim_number="26-448190-02"),
      mentions=["claim_number"]),
]
