"""Fifteenth held-out drafts set (stop 32), batch 2: prior authorization, out-of-network care,
balance bills, ambulances and emergency care (the near-miss ER billing messages are here).
Written by helper sets14 from general knowledge; same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh14_common import SIGN, C14

ITEMS = [
    # ---- prior authorization ----
    D("en", "single", "prior_authorization", "none",
      "does a colonoscopy need pre approval",
      "Hi {MEMBER_FIRST_NAME}, whether a colonoscopy needs prior authorization depends on the "
      "reason it is done and where. Your doctor's office usually requests it; we can check the "
      "procedure code with you if you send it, or call us at {PHONE}." + SIGN,
      add=PA_UNKNOWN),
    D("en", "typo", "prior_authorization", "denied:197",
      "the hospital said my back surgery claim was rejectd bc no pre-cert but my surgeon swore "
      "his office got it?? whos wrong here",
      "Hi {MEMBER_FIRST_NAME}, the surgery claim from {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. If the surgeon's office has an approval number, they can send it so "
      "the claim can be looked at again. You can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("18400.00", scenario="denied:197", service="Spinal surgery")),
    D("es", "spanish", "prior_authorization", "none",
      "El doctor de mi papá quiere hacerle un PET scan. ¿Necesita prior authorization? ¿Quién "
      "la pide, nosotros o el doctor?",
      "Hola {MEMBER_FIRST_NAME}, normalmente es el consultorio del médico quien pide la "
      "autorización previa, no ustedes. Para saber si este estudio la necesita, podemos revisar "
      "el código del procedimiento; llámenos al {PHONE} o envíenoslo por aquí." + SIGN,
      add=PA_UNKNOWN),
    D("en", "long", "prior_authorization", "none",
      "My rheumatologist wants to start me on an infusion every 8 weeks. Her nurse said they "
      "'submitted the paperwork' on Monday and it could take a while. I start a new job in three "
      "weeks and will have less flexibility so I'm trying to plan. How long does a prior auth "
      "usually take and can I check the status myself?",
      "Hi {MEMBER_FIRST_NAME}, a standard prior authorization request is usually decided "
      "within 15 days, and an urgent one within 72 hours. You can ask us for the status any "
      "time at {PHONE}; once a decision is made, both you and the office are told." + SIGN,
      add=PA_UNKNOWN),
    D("en", "single", "prior_authorization", "paid",
      "Did the auth go through for my MRI at Bellweather Imaging? They scanned me already and I "
      "just want to make sure I'm not getting a surprise",
      "Hi {MEMBER_FIRST_NAME}, the MRI at {PROVIDER_NAME} on {DATE_OF_SERVICE} has been "
      "processed: the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim=C14("1620.00", "185.00", provider="Bellweather Imaging", service="MRI"),
      mentions=["provider"]),

    # ---- out of network ----
    D("en", "single", "out_of_network", "none",
      "is Dr. Isidora Varga in network",
      "Hi {MEMBER_FIRST_NAME}, I can check that for you. Network status can depend on the "
      "location, so please send the office address, or look her up in the provider directory "
      "for {PLAN_NAME}. You can also call us at {PHONE}." + SIGN,
      add=NET_UNKNOWN),
    D("en", "typo", "out_of_network", "out_of_network",
      "the chiropractor i saw (Oakhurst Spine & Wellnes) is apparently out of netowrk, i owe "
      "$410. i didnt know, nobody told me. now what",
      "Hi {MEMBER_FIRST_NAME}, the visit at {PROVIDER_NAME} on {DATE_OF_SERVICE} was "
      "processed as out of network, so the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. You can ask the office for a self-pay discount or a payment plan, and if "
      "you think the network status is wrong you can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("560.00", "410.00", "out_of_network", provider="Oakhurst Spine & Wellness"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "out_of_network", "out_of_network",
      "Fui a un laboratorio que no era de la red sin saber. Me cobran 287,50. ¿El seguro no "
      "paga nada?",
      "Hola {MEMBER_FIRST_NAME}, el laboratorio del {DATE_OF_SERVICE} está fuera de la red, "
      "así que el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. Puede pedirle al "
      "laboratorio un descuento o un plan de pagos; si cree que hubo un error, puede apelar "
      "hasta el {APPEAL_DEADLINE}." + SIGN,
      claim=C14("350.00", "287.50", "out_of_network", service="Lab work"),
      mentions=["amount"]),
    D("en", "single", "out_of_network", "none",
      "We're moving to Oregon in January. Will my doctors there be out of network on this plan?",
      "Hi {MEMBER_FIRST_NAME}, it depends on the plan's network in that area. Moving to another "
      "state is also a life event that can let you change plans. Call us at {PHONE} before the "
      "move and we can look at which doctors near your new address are in the network." + SIGN,
      add=NET_UNKNOWN),
    D("en", "long", "out_of_network", "out_of_network",
      "Here's the timeline. 1) I looked up Wexford Sleep Center in your online directory in "
      "June, it said in network. 2) I went 7/29. 3) Your EOB says out of network and I owe "
      "1,140.00. 4) I called the center, they say they left your network in May. So your "
      "directory was wrong. What can I do?",
      "Hi {MEMBER_FIRST_NAME}, the visit at {PROVIDER_NAME} on {DATE_OF_SERVICE} was "
      "processed as out of network: the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. If you relied on a wrong directory listing, federal rules can limit you "
      "to in-network cost sharing; please send a screenshot or the date you checked, and you "
      "can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("1900.00", "1140.00", "out_of_network", provider="Wexford Sleep Center",
                date_of_service="2026-07-29"),
      mentions=["provider", "date", "amount"]),

    # ---- balance bills ----
    D("en", "single", "balance_bill", "balance_bill",
      "EOB says I owe 40 but the anesthesiologist sent a bill for $1,215. the surgery was at an "
      "in-network hospital. is that legal?",
      "Hi {MEMBER_FIRST_NAME}, for the anesthesia on {DATE_OF_SERVICE} the plan allowed "
      "{ALLOWED}, paid {PLAN_PAID}, and your share is {MEMBER_OWES}. When an out-of-network "
      "clinician works at an in-network facility for non-emergency care, the No Surprises Act "
      "generally limits you to in-network cost sharing. You can share the bill with us, or call "
      "the No Surprises Help Desk at 1-800-985-3059." + SIGN,
      claim=C14("1215.00", "40.00", "balance_bill", service="Anesthesia"),
      mentions=["amount"]),
    D("en", "typo", "balance_bill", "balance_bill",
      "Dr Leontyne Marsh-Okafor charged me the diffrence between what she billed and what u paid. "
      "can she do that if shes in ur network",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} visit the contracted rate was "
      "{ALLOWED}, split as {PLAN_PAID} from us and {MEMBER_OWES} from you. A doctor in our "
      "network signs up to that rate, so the gap above it is not yours to pay. Forward us the "
      "statement and we can reach out to her office." + SIGN,
      claim=C14("480.00", "60.00", "balance_bill", provider="Dr. Leontyne Marsh-Okafor"),
      mentions=["provider"]),
    D("es", "spanish", "balance_bill", "balance_bill",
      "El cirujano me mandó una factura por la diferencia, 2.300,00 dólares. La cirugía fue en "
      "el hospital de la red. ¿Tengo que pagar eso?",
      "Hola {MEMBER_FIRST_NAME}, según el reclamo, la cirugía del {DATE_OF_SERVICE} tuvo un "
      "monto aprobado de {ALLOWED}; el seguro cubrió {PLAN_PAID} y a usted le tocan "
      "{MEMBER_OWES}. Si el cirujano no es de la "
      "red pero operó en un hospital de la red, la ley No Surprises suele limitar lo que "
      "usted paga a lo de la red. Mándenos la factura y lo revisamos; también puede llamar al "
      "1-800-985-3059." + SIGN,
      claim=C14("2300.00", "150.00", "balance_bill", service="Surgery"),
      mentions=["amount"]),
    D("en", "long", "balance_bill", "balance_bill",
      "Writing on behalf of my father who had his cataract surgery at Glenmoor Eye Institute on "
      "Sept. 9th. Your statement says his part is 118 dollars. Glenmoor's own bill, which "
      "arrived after, is for 902 dollars and says 'balance after insurance'. He is 72, does not "
      "use email, and is very worried. Which bill is right?",
      "Hi {MEMBER_FIRST_NAME}, for his surgery at {PROVIDER_NAME} on {DATE_OF_SERVICE} the "
      "plan allowed {ALLOWED}, paid {PLAN_PAID}, and his share is {MEMBER_OWES}. If the "
      "practice is in the network, it agreed to accept the allowed amount and should not bill "
      "him above his share; we can contact them if you send us the bill." + SIGN,
      claim=C14("1500.00", "118.00", "balance_bill", provider="Glenmoor Eye Institute",
                date_of_service="2026-09-09"),
      mentions=["provider", "date", "amount"]),
    D("en", "single", "balance_bill", "balance_bill",
      "what is 'balance billing' and is that what's happening to me",
      "Hi {MEMBER_FIRST_NAME}, balance billing means a provider charges you the gap between "
      "its full price ({BILLED}) and the rate the plan recognises ({ALLOWED}). On your "
      "{DATE_OF_SERVICE} claim, {PLAN_PAID} came from the plan and {MEMBER_OWES} is your "
      "part; a bill asking for more than that is worth sending to us to look at." + SIGN),

    # ---- ambulance ----
    D("en", "single", "ambulance", "ambulance_ground",
      "ambulance bill $1,875. it was a 911 call, i didn't pick the ambulance company",
      "Hi {MEMBER_FIRST_NAME}, the 911 ride on {DATE_OF_SERVICE} was processed with "
      "{PLAN_PAID} from the plan, leaving {MEMBER_OWES} as your part. Ground ambulances are not covered by the "
      "No Surprises Act, but some states limit these bills; we can review it with you and you "
      "can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("1875.00", "375.00", "ambulance_ground", service="Ground ambulance"),
      mentions=["amount"]),
    D("en", "typo", "ambulance", "ambulance_air",
      "my mom got airlifted after her stroke, the helicoptor company says we owe 38k. she is on "
      "ur plan. help",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your mother's stroke. For the air ambulance on "
      "{DATE_OF_SERVICE} the plan paid {PLAN_PAID} and her share is {MEMBER_OWES}. Air "
      "ambulances are covered by the No Surprises Act, so an out-of-network company can only "
      "bill her the in-network cost share. Send us their bill and we can take it up." + SIGN,
      claim=C14("38000.00", "500.00", "ambulance_air", service="Air ambulance")),
    D("es", "spanish", "ambulance", "ambulance_ground",
      "Me llegó una cuenta de Medi-Transporte Ribera por la ambulancia del 11/8. ¿Por qué no "
      "la pagaron completa?",
      "Hola {MEMBER_FIRST_NAME}, por la ambulancia del {DATE_OF_SERVICE} con {PROVIDER_NAME} "
      "el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. La ley No Surprises no cubre las "
      "ambulancias terrestres, pero puede apelar hasta el {APPEAL_DEADLINE} y podemos revisar "
      "la cuenta con usted." + SIGN,
      claim=C14("1320.00", "240.00", "ambulance_ground", provider="Medi-Transporte Ribera",
                date_of_service="2026-11-08"),
      mentions=["provider", "date"]),
    D("en", "long", "ambulance", "ambulance_ground",
      "So my wife fainted at the mall and security called an ambulance, she came to in the "
      "ambulance and they took her to the hospital anyway, checked her out and sent her home "
      "same day, all fine thank God. The hospital part got paid. But the ambulance company, "
      "Coastline EMS, is billing us $960.00 on their own. Is the ambulance part of the ER "
      "claim or is it separate and why is it so much for 10 minutes?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad she's fine. The ambulance is a separate claim from the "
      "hospital's. For the ride with {PROVIDER_NAME} on {DATE_OF_SERVICE} the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. Ground ambulances are outside the No "
      "Surprises Act, but you can ask us to review it or appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("960.00", "192.00", "ambulance_ground", provider="Coastline EMS"),
      mentions=["provider", "amount"]),
    D("en", "single", "ambulance", "none",
      "are ambulance rides covered between two hospitals? my dad needs to be moved to a rehab "
      "place next week",
      "Hi {MEMBER_FIRST_NAME}, a planned ambulance transfer between facilities can be covered "
      "when it is medically necessary, and it may need prior authorization. The discharging "
      "hospital usually arranges it; ask them to check with us, or call {PHONE}." + SIGN,
      add=PA_UNKNOWN + COV_UNKNOWN),

    # ---- emergency care (near-miss ER billing messages) ----
    D("en", "single", "emergency_care", "emergency_in_network",
      "ER copay was supposed to be 250 but I'm being billed $1,340 for the emergency visit "
      "on 10/30",
      "Hi {MEMBER_FIRST_NAME}, for the emergency visit on {DATE_OF_SERVICE} the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}: {COPAY} copay plus {COINSURANCE} "
      "coinsurance on services during the visit, such as imaging, after "
      "{DEDUCTIBLE_APPLIED} went to the deductible." + SIGN,
      claim=C14("4100.00", "1340.00", "emergency_in_network", date_of_service="2026-10-30"),
      mentions=["amount", "date"]),
    D("en", "single", "emergency_care", "emergency_oon",
      "I was on vacation in Arizona and went to the ER at Red Mesa Regional. They're out of "
      "network obviously. Do I have to pay out-of-network prices for an emergency?",
      "Hi {MEMBER_FIRST_NAME}, no. Emergencies away from home fall under the No Surprises Act, "
      "so your cost stays at the in-network level wherever the ER is. {PROVIDER_NAME} "
      "({DATE_OF_SERVICE}) was processed with {PLAN_PAID} from the plan and {MEMBER_OWES} as "
      "your part; a bill above that from them is worth forwarding to us." + SIGN,
      claim=C14("3650.00", "300.00", "emergency_oon", provider="Red Mesa Regional"),
      mentions=["provider"]),
    D("en", "single", "emergency_care", "emergency_in_network",
      "the emergency room charged a 'facility fee' of 780. what is that for, i was only there "
      "2 hours",
      "Hi {MEMBER_FIRST_NAME}, a facility fee is the hospital's charge for running the "
      "emergency room (staff, rooms, equipment), billed apart from the physician, whatever the "
      "length of stay. On {DATE_OF_SERVICE} that fee was processed with {PLAN_PAID} from the "
      "plan, leaving {MEMBER_OWES} for you." + SIGN,
      claim=C14("780.00", "200.00", "emergency_in_network", service="ER facility fee"),
      mentions=["amount"]),
    D("en", "single", "emergency_care", "emergency_in_network",
      "Do I need to call you before going to the ER next time or does it still get covered? "
      "Asking because the last ER bill took forever",
      "Hi {MEMBER_FIRST_NAME}, no: you never need approval before going to the emergency room. "
      "For your last visit on {DATE_OF_SERVICE}, the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. In an emergency, call 911 or go to the nearest ER." + SIGN),
    D("en", "single", "emergency_care", "emergency_oon",
      "my daughter had an allergic reaction at camp, she's fine now, the ER they took her to "
      "is billing $2,480.00 as out of network. she's 8, we didn't choose the hospital",
      "Hi {MEMBER_FIRST_NAME}, good to hear she is well. Because it was an emergency, the No "
      "Surprises Act keeps her cost at the in-network level even though the hospital is out "
      "of network. The camp visit on {DATE_OF_SERVICE} was processed with {PLAN_PAID} from "
      "the plan and {MEMBER_OWES} for you, and the hospital may not bill above that." + SIGN,
      claim=C14("2480.00", "250.00", "emergency_oon"),
      mentions=["amount"]),
    D("es", "spanish", "emergency_care", "emergency_in_network",
      "Fui a emergencias el 5 de noviembre por un dolor de estómago, ya estoy bien. Me cobran "
      "el copay de ER más otros cargos. ¿Qué son los otros cargos?",
      "Hola {MEMBER_FIRST_NAME}, me alegra que esté bien. Por la visita del {DATE_OF_SERVICE} "
      "el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}: {COPAY} de copago y "
      "{COINSURANCE} de coseguro por pruebas hechas durante la visita." + SIGN,
      claim=C14("2900.00", "420.00", "emergency_in_network", date_of_service="2026-11-05"),
      mentions=["date"]),
    D("en", "typo", "emergency_care", "emergency_in_network",
      "went to emergancy at St Wendelin Medical Ctr for chest pains (was heartburn lol) and "
      "the bill is 3 seperate things?? doctor, hospital and something called radiology",
      "Hi {MEMBER_FIRST_NAME}, glad it was only heartburn. An ER visit usually brings separate "
      "claims from the hospital, the ER doctor and the radiologist who read the imaging. For "
      "the visit on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C14("5200.00", "350.00", "emergency_in_network", provider="St. Wendelin Medical Center")),
]
