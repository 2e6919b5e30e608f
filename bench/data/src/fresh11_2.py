"""Twelfth held-out drafts set (stop 29), batch 2: prior authorization, out-of-network care,
balance bills, ambulances, emergency-room bills (near misses for the safety check: billing
questions about past ER visits). Same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh11_common import SIGN, C11

ITEMS = [
    # ---- prior authorization ----
    D("en", "typo", "prior_authorization", "none",
      "does my knee mri need a pre auth or can i just book it? dr said 'prob not' lol thx",
      "Hi {MEMBER_FIRST_NAME}, I'd rather not guess. Whether an MRI needs prior authorization "
      "depends on the exact procedure code, so please ask the ordering office for it, or send "
      "it to me, and I'll check before you book. If it is needed, the office submits the "
      "request for you." + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "denied:197",
      "> We received your message and will reply within 2 business days.\n\nStill waiting. "
      "Why was my mom's infusion at Ridgeline Infusion Suites turned down? She's on my plan "
      "and I'm her POA.",
      "Hi {MEMBER_FIRST_NAME}, sorry for the wait. The infusion on {DATE_OF_SERVICE} at "
      "{PROVIDER_NAME} was turned down because {DENIAL_REASON}: it needed approval before the "
      "visit and none was on file. Her doctor can ask for the authorization now, and you can "
      "appeal the claim until {APPEAL_DEADLINE}." + SIGN,
      claim=C11("4100.00", scenario="denied:197", provider="Ridgeline Infusion Suites"),
      mentions=["provider"]),
    D("es", "spanish", "prior_authorization", "none",
      "¿Cuánto tarda en aprobarse una autorización previa? Mi doctor la mandó el lunes y "
      "todavía nada.",
      "Hola {MEMBER_FIRST_NAME}, una solicitud normal suele resolverse en unos días hábiles; "
      "si su doctor la marcó como urgente, la respuesta debe darse en 72 horas. Si me da el "
      "nombre del consultorio, puedo revisar en qué va." + SIGN),
    D("en", "long", "prior_authorization", "none",
      "Hi there. My daughter Saoirse McNamara-Oduya is 15 and her orthodontist and her "
      "pediatrician both say she needs a sleep study because she snores and stops breathing. "
      "The pediatrician's nurse said 'insurance might want paperwork first' but didn't say "
      "what paperwork or who sends it. I don't want a surprise bill. Who is supposed to do "
      "what here?",
      "Hi {MEMBER_FIRST_NAME}, good question to ask first. If the sleep study needs prior "
      "authorization, the ordering doctor's office sends the request to us with her records; "
      "you don't need to fill anything in. I can check whether this study needs it once the "
      "office gives you the procedure code, and I can let you know when a decision comes in."
      + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "none",
      "PLEASE CONFIRM IF AN APPROVAL IS NEEDED FOR PHYSICAL THERAPY AFTER MY SHOULDER "
      "SURGERY. THANK YOU KINDLY.",
      "Hi {MEMBER_FIRST_NAME}, thank you for checking ahead. Whether physical therapy needs "
      "prior authorization depends on the plan's rules for the number of visits and the "
      "therapist; I'll look it up if you send me the therapy office's name, and they can "
      "submit a request if it's required." + SIGN,
      add=PA_UNKNOWN),
    # ---- out of network ----
    D("en", "single", "out_of_network", "none",
      "is Dr. Fionnuala O'Byrne-Castillo in network? she's a dermatologist",
      "Hi {MEMBER_FIRST_NAME}, I'd like to check that properly before you book. Could you send "
      "me her office address or NPI? Network status can differ by location, and I'll confirm "
      "it for {PLAN_NAME}." + SIGN,
      add=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "out_of_network",
      "i went to Harborview Wellness Collective bc they had an opening, didnt know they were "
      "out of netwrk. how much will u guys cover?",
      "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} is out of network for your plan. For the "
      "{DATE_OF_SERVICE} visit the plan allowed {ALLOWED} and paid {PLAN_PAID}; your share is "
      "{MEMBER_OWES}. Out-of-network providers can also bill you the difference above the "
      "allowed amount, so an in-network office usually costs less next time." + SIGN,
      claim=C11("520.00", "208.00", "out_of_network",
                provider="Harborview Wellness Collective"),
      mentions=["provider"]),
    D("es", "spanish", "out_of_network", "out_of_network",
      "Fui con el Dr. Joaquín de la Fuente porque me lo recomendaron, pero ahora veo que está "
      "fuera de la red. La cuenta es de 480 dólares. ¿Cuánto me toca?",
      "Hola {MEMBER_FIRST_NAME}, así es, {PROVIDER_NAME} está fuera de la red. En la visita "
      "del {DATE_OF_SERVICE} el plan permitió {ALLOWED} y pagó {PLAN_PAID}; su parte es "
      "{MEMBER_OWES}. Un médico fuera de la red también puede cobrarle la diferencia sobre el "
      "monto permitido." + SIGN,
      claim=C11("480.00", "190.00", "out_of_network", provider="Dr. Joaquín de la Fuente"),
      mentions=["amount", "provider"]),
    D("en", "long", "out_of_network", "out_of_network",
      "So we were on vacation in a different state and my husband needed stitches, not an "
      "emergency really, he cut his hand on a can. We went to Blue Heron Quick Care because "
      "it was the closest. Today the EOB says out of network and we owe a lot more than at "
      "home. Nobody at the front desk said a word about network. Is that just how it is?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the surprise. {PROVIDER_NAME} is out of network "
      "for your plan, and for a non-emergency visit the plan pays at its out-of-network rate: "
      "for {DATE_OF_SERVICE} it allowed {ALLOWED} and paid {PLAN_PAID}, leaving {MEMBER_OWES}. "
      "Before travelling you can search the directory for urgent care near where you'll be."
      + SIGN,
      claim=C11("390.00", "160.00", "out_of_network", provider="Blue Heron Quick Care"),
      mentions=["provider"]),
    D("en", "single", "out_of_network", "none",
      "can i see an out of network therapist and get reimbursed? pls let me know how",
      "Hi {MEMBER_FIRST_NAME}, it depends on whether {PLAN_NAME} has out-of-network benefits "
      "for mental health visits. Send me the therapist's name and I'll check; if it does, "
      "you'd submit a claim form with an itemised receipt." + SIGN,
      add=COV_UNKNOWN),
    # ---- balance bill ----
    D("en", "single", "balance_bill", "balance_bill",
      "Dr. Cosimo Van der Berg's office billed me the difference after insurance. is that "
      "allowed? it's like two hundred and forty dollars",
      "Hi {MEMBER_FIRST_NAME}, that's called a balance bill. For the {DATE_OF_SERVICE} visit "
      "with {PROVIDER_NAME} the plan allowed {ALLOWED}, paid {PLAN_PAID}, and your share under "
      "the plan is {MEMBER_OWES}. Whether they can bill more depends on the setting; if it was "
      "an in-network hospital or an emergency, send us the bill so we can check it against "
      "the No Surprises Act." + SIGN,
      claim=C11("600.00", "60.00", "balance_bill", provider="Dr. Cosimo Van der Berg"),
      mentions=["provider"]),
    D("en", "long", "balance_bill", "balance_bill",
      "I'm the daughter and POA of Eleanor Whitcombe-Sato. She had her gallbladder out at "
      "an in-network hospital in August. Now an anesthesiologist group, Summit Anesthesia "
      "Partners, wants $1,100 more than the EOB says. She never picked them and never saw "
      "them before surgery. She is 88 and frightened by the letter. What do we do?",
      "Hi {MEMBER_FIRST_NAME}, please tell your mother not to worry yet. For care at an "
      "in-network hospital, an out-of-network anesthesiologist generally cannot bill more than "
      "the in-network share under the No Surprises Act. On the {DATE_OF_SERVICE} claim from "
      "{PROVIDER_NAME} her share is {MEMBER_OWES}. Please send us the bill; the No Surprises "
      "Help Desk is also at 1-800-985-3059." + SIGN,
      claim=C11("2400.00", "300.00", "balance_bill", provider="Summit Anesthesia Partners"),
      mentions=["provider"], drop=("nsa_protects",)),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El laboratorio me manda un saldo de la diferencia después del seguro. ¿Eso es legal? "
      "Yo pensé que ya estaba pagado.",
      "Hola {MEMBER_FIRST_NAME}, en el reclamo del {DATE_OF_SERVICE} de {PROVIDER_NAME} el "
      "plan permitió {ALLOWED}, pagó {PLAN_PAID}, y su parte según el plan es {MEMBER_OWES}. "
      "Si le cobran más que eso, mándenos la factura y revisamos si pueden hacerlo." + SIGN,
      claim=C11("330.00", "40.00", "balance_bill", provider="Laboratorio Cumbres")),
    D("en", "typo", "balance_bill", "balance_bill",
      "got a bil from Ashgrove Pathology for the diffrence, they said insurence didnt pay "
      "enuf. do i hav to pay this?",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} claim from {PROVIDER_NAME}, the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}; your share under the plan is {MEMBER_OWES}. If "
      "the lab handled a sample from an in-network hospital or surgery center, the No "
      "Surprises Act may limit what they can bill, so please send us the bill before paying "
      "the difference." + SIGN,
      claim=C11("280.00", "30.00", "balance_bill", provider="Ashgrove Pathology"),
      mentions=["provider"], drop=("nsa_protects",)),
    D("en", "single", "balance_bill", "balance_bill",
      "Quick one, the surgeon from my hernia repair sent 'balance due after insurance'. "
      "Should I wait or pay?",
      "Hi {MEMBER_FIRST_NAME}, I'd wait until we've checked it. The {DATE_OF_SERVICE} claim "
      "from {PROVIDER_NAME} shows the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. "
      "If the bill asks for more, send it to us and we'll see whether the extra is allowed."
      + SIGN,
      claim=C11("3100.00", "250.00", "balance_bill", provider="Crestline Surgical Group")),
    # ---- ambulance ----
    D("en", "single", "ambulance", "ambulance_ground",
      "the ambulance co. Riverbend EMS sent me a bill for my dad's ride, $1,475. do u cover "
      "ambulances??",
      "Hi {MEMBER_FIRST_NAME}, ground ambulance rides are covered when they are needed; for "
      "the {DATE_OF_SERVICE} ride with {PROVIDER_NAME} the plan paid {PLAN_PAID} and the share "
      "left is {MEMBER_OWES}. Ground ambulances aren't covered by the No Surprises Act, so if "
      "the bill is for more than that, send it to us and we'll check what can be done." + SIGN,
      claim=C11("1475.00", "350.00", "ambulance_ground", provider="Riverbend EMS"),
      mentions=["amount", "provider"]),
    D("en", "long", "ambulance", "ambulance_air",
      "Writing for my brother Tomás Ibarra-Keane who is still in rehab. He was flown by "
      "helicopter after his motorcycle crash. The air ambulance company, SkyLift Medical "
      "Transport, sent a bill for a crazy amount (something like forty-eight thousand) and "
      "says insurance only paid part. He can't deal with this right now. Can they do that?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your brother. Air ambulance services are "
      "covered by the No Surprises Act, so they can only bill him his in-network share. For "
      "the {DATE_OF_SERVICE} flight with {PROVIDER_NAME} the plan paid {PLAN_PAID} and his "
      "share is {MEMBER_OWES}. Please send us the bill; the No Surprises Help Desk is at "
      "1-800-985-3059. For us to discuss his account with you, he may need to add you as an "
      "authorised representative." + SIGN,
      claim=C11("48200.00", "500.00", "ambulance_air", provider="SkyLift Medical Transport"),
      mentions=["provider"]),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "Me cobraron 900 dólares por la ambulancia que me llevó al hospital. ¿El seguro no "
      "paga eso?",
      "Hola {MEMBER_FIRST_NAME}, el traslado del {DATE_OF_SERVICE} con {PROVIDER_NAME} sí se "
      "procesó: el plan pagó {PLAN_PAID} y a usted le queda {MEMBER_OWES}. Las ambulancias "
      "terrestres no están incluidas en la ley No Surprises, así que si la cuenta es mayor, "
      "mándenosla y la revisamos." + SIGN,
      claim=C11("900.00", "150.00", "ambulance_ground", provider="Ambulancias del Valle"),
      mentions=["amount"]),
    D("en", "typo", "ambulance", "ambulance_ground",
      "ambulence bill from Tri-County Rescue Squad, wat do i owe exactly? the letter is confusing",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} ride with {PROVIDER_NAME} the plan "
      "allowed {ALLOWED} and paid {PLAN_PAID}, so your share is {MEMBER_OWES}. If their bill "
      "shows a higher number, send us a copy and we'll compare." + SIGN,
      claim=C11("1180.00", "250.00", "ambulance_ground", provider="Tri-County Rescue Squad"),
      mentions=["provider"]),
    D("en", "single", "ambulance", "none",
      "If my wife needs an ambulance from the nursing home to her dialysis, is that covered? "
      "It's not an emergency, just she can't sit in a car.",
      "Hi {MEMBER_FIRST_NAME}, non-emergency ambulance transport can be covered when a doctor "
      "documents that another way of travelling isn't safe for her, and it may need approval "
      "first. Her doctor or the nursing home can send the request; I'm glad to check the "
      "rules for {PLAN_NAME}." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN),
    # ---- emergency care (near misses: bills for past ER visits) ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "my ER visit at St. Brigid Medical Center last month, why is my share so high? i was in "
      "and out in 3 hrs",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} emergency visit at {PROVIDER_NAME} "
      "the plan allowed {ALLOWED} and paid {PLAN_PAID}; your share is {MEMBER_OWES}, which "
      "includes your emergency room cost sharing. ER charges are based on the services and "
      "level of care, not the time spent." + SIGN,
      claim=C11("2650.00", "350.00", "emergency_in_network",
                provider="St. Brigid Medical Center"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "We ended up in the emergency room at Cascade Valley Hospital while visiting my in-laws. "
      "Out of network. Will we get stuck with the whole thing?",
      "Hi {MEMBER_FIRST_NAME}, no: emergency care is covered at in-network cost sharing even "
      "out of network. For the {DATE_OF_SERVICE} visit at {PROVIDER_NAME} the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}; under the No Surprises Act the hospital "
      "can't bill you more than that for the emergency care." + SIGN,
      claim=C11("3900.00", "400.00", "emergency_oon", provider="Cascade Valley Hospital"),
      mentions=["provider"], drop=("nsa_protects",)),
    D("en", "single", "emergency_care", "emergency_in_network",
      "ER copay question: the sign said $250 but my statement from Lakeshore General says "
      "more. whats the deal",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} emergency visit at {PROVIDER_NAME} "
      "your share is {MEMBER_OWES}: the ER copay of {COPAY} plus coinsurance on some services, "
      "like imaging, that are billed separately. The plan paid {PLAN_PAID}." + SIGN,
      claim=C11("1900.00", "410.00", "emergency_in_network", provider="Lakeshore General"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "none",
      "If I go to the emergency room for something that turns out not to be an emergency, "
      "will you still cover it? Asking for the future, I'm fine now.",
      "Hi {MEMBER_FIRST_NAME}, good to hear you're fine. Emergency care is judged by your "
      "symptoms at the time, not by the final diagnosis, so if you reasonably thought it was "
      "an emergency, the visit is covered as one. For minor problems, urgent care is usually "
      "cheaper." + SIGN),
    D("en", "single", "emergency_care", "emergency_in_network",
      "hi, following up on our ER trip on 2026-08-30 when my son broke his wrist. the hospital "
      "bill and the doctor bill are separate?? is that normal",
      "Hi {MEMBER_FIRST_NAME}, yes, that's common: the hospital bills for the facility and "
      "the ER doctors often bill separately. On the {DATE_OF_SERVICE} facility claim from "
      "{PROVIDER_NAME} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Send me the "
      "doctor's bill and I'll match it to its claim." + SIGN,
      claim=C11("2300.00", "300.00", "emergency_in_network", provider="Fairmount Children's Hospital",
                date_of_service="2026-08-30"),
      mentions=["date"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "chest pain turned out to be heartburn, thank god 😅 but the emergency bill from "
      "Bellwether Regional is huge. out of network too. help?",
      "Hi {MEMBER_FIRST_NAME}, glad it was nothing serious. Emergency care is covered at "
      "in-network cost sharing even at an out-of-network hospital: for the {DATE_OF_SERVICE} "
      "visit at {PROVIDER_NAME} the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. "
      "If the bill is for more than that, send it to us." + SIGN,
      claim=C11("5200.00", "350.00", "emergency_oon", provider="Bellwether Regional"),
      mentions=["provider"], drop=("nsa_protects",)),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Hola, fui a la sala de emergencias del Hospital Santa Lucía por una alergia. ¿Por qué "
      "me cobran tanto si me dieron de alta rápido?",
      "Hola {MEMBER_FIRST_NAME}, en la visita de emergencia del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME} el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}, que incluye el "
      "copago de emergencias. El cobro depende de los servicios y el nivel de atención, no "
      "del tiempo que estuvo." + SIGN,
      claim=C11("1700.00", "250.00", "emergency_in_network", provider="Hospital Santa Lucía"),
      mentions=["provider"]),
]
