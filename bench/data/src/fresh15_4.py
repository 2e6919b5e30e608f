"""Sixteenth held-out drafts set (stop 33), batch 4: eligibility, ID cards, pharmacy, HSA/FSA,
premiums, contact changes, complaints, thanks and follow-ups, and other questions. Written by
helper sets15 from general knowledge (see build_drafts_fresh15.py for the shapes).
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh15_common import SIGN, C15

ITEMS = [
    # ---- eligibility ----
    D("en", "single", "eligibility", "none",
      "Our son arrived on November 20, three weeks early! How do I get him on my plan, and is "
      "his hospital stay billed under me or him?",
      "Congratulations, {MEMBER_FIRST_NAME}! Add him within 30 days of the birth (60 days if "
      "you bought the plan on the Marketplace) in the portal or at {PHONE}; his coverage then "
      "starts from the day he was born. His own care after birth is billed as his, and yours "
      "as yours." + SIGN),
    D("en", "single", "eligibility", "none",
      "My daughter is 22 and at school in Arizona. Is she still covered out there?",
      "Hi {MEMBER_FIRST_NAME}, yes, she can stay on your plan until she turns 26, wherever she "
      "lives. Emergencies are covered anywhere; for routine care, check the portal's provider "
      "search near her school, or call {PHONE}." + SIGN, add=NET_UNKNOWN),
    D("es", "spanish", "eligibility", "none",
      "Me casé el mes pasado. ¿Puedo agregar a mi esposo al plan ya o tengo que esperar hasta "
      "enero?",
      "Felicidades, {MEMBER_FIRST_NAME}. El matrimonio abre un periodo especial de "
      "inscripción: tiene 30 días desde la boda en un plan de empleador, o 60 en el "
      "Marketplace, para agregarlo sin esperar. Llámenos al {PHONE} o hágalo en el portal." +
      SIGN),
    D("en", "typo", "eligibility", "none",
      "am i still covered?? got a letter saying my coverage ends b/c of non payment, i get the "
      "tax credit thing",
      "Hi {MEMBER_FIRST_NAME}, with the premium tax credit you have a 3-month grace period "
      "after a missed payment before coverage ends. Paying the past-due premium during that "
      "time keeps it active; call {PHONE} to see what is owed." + SIGN),
    D("en", "single", "eligibility", "none",
      "I TURNED 65 THIS MONTH. DO I HAVE TO SWITCH TO MEDICARE OR CAN I STAY ON THIS PLAN?",
      "Hi {MEMBER_FIRST_NAME}, it depends on how you get this plan. If it comes through a "
      "current job, you can often stay on it and delay parts of Medicare; if not, you may need "
      "to enrol in Medicare to avoid gaps. Call {PHONE} and we'll go through your situation." +
      SIGN),
    D("en", "single", "eligibility", "none",
      "The 'My Coverage' screen in the portal shows my wife as 'Terminated 10/31'. She's still "
      "my wife, we didn't change anything!",
      "Hi {MEMBER_FIRST_NAME}, that needs checking. Please call {PHONE} so we can look at her "
      "enrolment record with you and with your employer's benefits team; if it was ended by "
      "mistake, it can be put back with no gap." + SIGN),

    # ---- ID cards ----
    D("en", "single", "id_card", "none",
      "Lost my wallet on the train. What's the fastest way to get a card again?",
      "Hi {MEMBER_FIRST_NAME}, sorry about the wallet. The fastest is the digital card in the "
      "app or portal, which providers accept; you can order a new plastic card there too, or "
      "at {PHONE}." + SIGN),
    D("es", "spanish", "id_card", "none",
      "Necesito mi insurance card para el dentista mañana, ¿la puedo bajar de la app?",
      "Hola {MEMBER_FIRST_NAME}. Sí: en la app o en el portal, en 'Tarjeta de ID', puede verla, "
      "descargarla o enviarla por correo al consultorio. Tenga en cuenta que el dental puede "
      "tener otra tarjeta." + SIGN),
    D("en", "typo", "id_card", "none",
      "the babys card hasnt come yet and she has her checkup tmrw, what do i show them",
      "Hi {MEMBER_FIRST_NAME}, once she is added, her card is in the app or portal straight "
      "away and you can show it on your phone. If she isn't showing yet, call {PHONE} and we "
      "can confirm her coverage to the office." + SIGN),
    D("en", "single", "id_card", "none",
      "The Digital ID Card page in the portal just spins and spins. Is there another way to "
      "get it?",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. Try the mobile app, or sign out and back in. "
      "If it still won't load, call {PHONE} and we can e-mail or fax the card to you or your "
      "provider." + SIGN),
    D("en", "single", "id_card", "none",
      "Correction: my card has my name right, it's my son's card that's misspelled. His name "
      "is Jaxon, not Jackson.",
      "Hi {MEMBER_FIRST_NAME}, thanks. A misspelt name on his card needs his enrolment record "
      "corrected first; call {PHONE} or update it through your employer, and a new card will "
      "follow." + SIGN),

    # ---- pharmacy ----
    D("en", "single", "pharmacy", "pharmacy",
      "The drugstore charged me $47.80 for my inhaler this month. Last month it was fifteen.",
      "Hi {MEMBER_FIRST_NAME}, for the inhaler filled on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}. Your cost can change once a deductible starts over or the drug moves "
      "tier; ask us about a lower-cost alternative at {PHONE}." + SIGN,
      claim=C15("140.00", "47.80", "pharmacy", service="Albuterol inhaler"),
      mentions=["amount"]),
    D("es", "spanish", "pharmacy", "none",
      "¿Mi plan cubre la insulina Lantus? ¿Y cuánto me costaría?",
      "Hola {MEMBER_FIRST_NAME}. Lo puede ver en la lista de medicamentos del plan en el "
      "portal, que dice el nivel y su costo. Si prefiere, llámenos al {PHONE} y lo revisamos "
      "juntos." + SIGN, add=COV_UNKNOWN),
    D("en", "typo", "pharmacy", "none",
      "can i get 90 days of my blood presure meds by mail insted of 30 at a time",
      "Hi {MEMBER_FIRST_NAME}, many maintenance medicines can be filled for 90 days through mail "
      "order. Ask your doctor for a 90-day prescription and set up mail order in the portal; "
      "we can check your medicine at {PHONE}." + SIGN),
    D("en", "single", "pharmacy", "none",
      "Meds I need to check before open enrollment:\n- Eliquis\n- Jardiance\n- Synthroid\nAre "
      "these on the formulary for next year?",
      "Hi {MEMBER_FIRST_NAME}, next year's drug list is in the portal under Pharmacy once it is "
      "published; it shows each drug's tier and any prior authorization rule. Call {PHONE} if "
      "you'd like us to check the three together." + SIGN, add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "long", "pharmacy", "none",
      "My son is at college in Michigan and needs his ADHD medication refilled there. The "
      "pharmacy near campus told him the claim was rejected and he called me in a panic. It's "
      "a controlled medication so his doctor back home had to send a new prescription. Does "
      "the plan work at pharmacies out of state, or is something else going on?",
      "Hi {MEMBER_FIRST_NAME}, the plan works at network pharmacies in every state, so a "
      "rejection usually has another reason, such as a refill too soon or a new prescription "
      "needing review. Have him ask the pharmacist for the rejection message, or call {PHONE} "
      "and we'll look it up." + SIGN, add=PA_UNKNOWN + COV_UNKNOWN),

    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "Can I use my HSA to pay last year's dermatologist bill?",
      "Hi {MEMBER_FIRST_NAME}, yes, as long as the care happened after your HSA was opened, you "
      "can pay for it from the HSA at any time. Keep the bill and EOB as your records." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Puedo usar mi tarjeta FSA para comprar lentes de contacto?",
      "Hola {MEMBER_FIRST_NAME}. Sí, los lentes de contacto con receta son un gasto elegible "
      "de la FSA. Guarde el recibo por si su administrador se lo pide." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "my hsa card got declined at the dentist today, is my acount frozen or something",
      "Hi {MEMBER_FIRST_NAME}, a decline is usually the balance, the merchant type, or a new "
      "card not yet activated. Check the balance and card status with your HSA administrator "
      "on the portal; call {PHONE} if you need their contact details." + SIGN),
    D("en", "single", "hsa_fsa", "paid",
      "I need proof for my FSA. The EOB for Kestrel Eye Associates on 3/14, where I paid $85. "
      "Is the EOB enough?",
      "Hi {MEMBER_FIRST_NAME}, usually yes: the EOB for the visit at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} shows your share of {MEMBER_OWES}, which is what most FSA "
      "administrators need. Some also ask for the provider's receipt." + SIGN,
      claim=C15("240.00", "85.00", provider="Kestrel Eye Associates",
                date_of_service="2026-03-14"),
      mentions=["provider", "date", "amount"]),
    D("en", "single", "hsa_fsa", "none",
      "WHAT IS THE HSA LIMIT FOR A FAMILY THIS YEAR",
      "Hi {MEMBER_FIRST_NAME}, the IRS sets the HSA contribution limits each year, with "
      "a higher limit for family coverage and an extra catch-up amount at 55 or older. Your "
      "HSA administrator shows this year's figure in the portal." + SIGN),

    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "Thrilled to see my premium went up again. Truly the gift that keeps on giving. Why this "
      "time?",
      "Hi {MEMBER_FIRST_NAME}, I understand it's frustrating. Premiums are reset each plan year "
      "based on expected health costs; on an employer plan, your employer decides your share. "
      "Call {PHONE} if you'd like to compare plans before the next open enrollment." + SIGN),
    D("es", "spanish", "premiums", "none",
      "Pagué la prima tarde este mes. ¿Me van a cancelar el seguro?",
      "Hola {MEMBER_FIRST_NAME}. No de inmediato: hay un periodo de gracia después de un pago "
      "atrasado. Si ya pagó, la cobertura sigue normal; llámenos al {PHONE} para confirmarlo." +
      SIGN),
    D("en", "typo", "premiums", "none",
      "if i add my newborn does my premum go up right away or the next month",
      "Hi {MEMBER_FIRST_NAME}, adding a child can raise the premium, and because her coverage "
      "starts at birth, the change usually applies from that date. Your employer or the "
      "portal will show the new amount." + SIGN),
    D("en", "single", "premiums", "none",
      "Billing & Payments screen says 'Amount due $0' but my bank still took the premium "
      "this morning. Did I pay twice?",
      "Hi {MEMBER_FIRST_NAME}, the screen may show nothing due because the automatic "
      "payment was already applied. Check Payment History on the same page; if you see two payments, "
      "call {PHONE} and we'll sort out a refund." + SIGN),
    D("en", "long", "premiums", "none",
      "I need to correct what I told your colleague on the phone last week. I said we wanted to "
      "drop dental to lower the premium, but I talked it over with my partner and we'd rather "
      "keep dental and drop the vision add-on instead. I understand this may have to wait until "
      "open enrollment, I just want to know what the options are.",
      "Hi {MEMBER_FIRST_NAME}, thanks for letting us know. Changes to add-on coverage are "
      "usually made at open enrollment or after a qualifying event; call {PHONE} and we'll "
      "note that you want to keep dental and drop vision, and tell you when it can start." +
      SIGN),

    # ---- contact changes ----
    D("en", "single", "contact_change", "none",
      "We moved to Colorado. How do I update my address, and does my plan still work there?",
      "Hi {MEMBER_FIRST_NAME}, update the address in the portal under Profile, or at {PHONE}. "
      "A move to another state can change which plans and networks you can use, so let's "
      "check your options when you call." + SIGN, add=NET_UNKNOWN),
    D("es", "spanish", "contact_change", "none",
      "Cambié de número de celular, ¿dónde lo actualizo?",
      "Hola {MEMBER_FIRST_NAME}. En el portal, en 'Mi perfil', puede cambiar su número; también "
      "lo podemos hacer por usted al {PHONE}." + SIGN),
    D("en", "typo", "contact_change", "none",
      "pls change my email on file, my old one got hacked and i dont use it anymore",
      "Hi {MEMBER_FIRST_NAME}, you can change it in the portal under Profile; for your "
      "security, if you can't sign in, call {PHONE} and we'll verify you and change it." + SIGN),
    D("en", "single", "contact_change", "none",
      "Sending this from my wife's phone. Could you add this number to my account for calls? "
      "Mine is broken.",
      "Hi {MEMBER_FIRST_NAME}, to add a number we need to verify it's you, so please call "
      "{PHONE} from this phone or update it in the portal's Profile page." + SIGN),
    D("en", "single", "contact_change", "none",
      "Updates please:\n• new last name (just married)\n• new mailing address\n• paperless "
      "EOBs from now on",
      "Hi {MEMBER_FIRST_NAME}, congratulations! The address and paperless EOBs you can change in "
      "the portal under Profile. A name change goes through your employer's benefits team or "
      "{PHONE}, and a new card follows." + SIGN),

    # ---- complaints ----
    D("en", "single", "complaint", "none",
      "Three transfers and 48 minutes on hold to be told to 'check the portal'. A great use of "
      "my lunch break. I'd like to file a complaint.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that isn't the service we want to give. I can record "
      "a formal complaint with the details you gave; tell me what you were calling about and "
      "I'll help with that too." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja formal. Hace dos semanas que nadie me devuelve las llamadas.",
      "Hola {MEMBER_FIRST_NAME}, lo siento mucho. Puedo registrar su queja formal; dígame qué "
      "asunto estaba tratando y le damos seguimiento también." + SIGN),
    D("en", "typo", "complaint", "none",
      "the agent hung up on me when i asked for a supervisor, i want to complain about that",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry that happened. I can file a complaint about the call; "
      "tell me roughly when it was. If you still need a supervisor, call {PHONE} and ask." +
      SIGN),
    D("en", "single", "complaint", "none",
      "I WANT TO FILE A FORMAL GRIEVANCE ABOUT HOW LONG ALL OF THIS IS TAKING.",
      "Hi {MEMBER_FIRST_NAME}, you can: I'll record a formal grievance, and you'll get a "
      "written answer. Tell me which claim or request it is about so we can look at the "
      "delay itself too." + SIGN),
    D("en", "long", "complaint", "pending",
      "I want to complain about my mother's rehab claim from Fairhaven Rehabilitation. It has "
      "been sitting in 'processing' for almost three months. The rehab center calls her every "
      "week, she gets upset, and every time I call I get told it's 'under review' with no "
      "explanation. I'm her daughter and I'm on her account. Please put this on record.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the stress this is causing your mother. The claim "
      "from {PROVIDER_NAME} is still being processed. I'll record your complaint, and we'll "
      "find out what the review is waiting for; ask the center to hold billing meanwhile." +
      SIGN,
      claim=C15("2300.00", scenario="pending", provider="Fairhaven Rehabilitation"),
      mentions=["provider"]),

    # ---- thanks and follow-ups ----
    D("en", "single", "thanks_followup", "none",
      "Just wanted to say thank you to Marcus, who helped me with my appeal yesterday.",
      "Hi {MEMBER_FIRST_NAME}, thank you for saying so! I'll pass it on to Marcus. If anything "
      "else comes up with the appeal, we're here." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias por la ayuda con la tarjeta del bebé, ya nos llegó.",
      "¡Qué bueno, {MEMBER_FIRST_NAME}! Gracias por avisarnos. Aquí estamos si necesita algo "
      "más." + SIGN),
    D("en", "single", "thanks_followup", "paid",
      "Any news on the claim we talked about last week? The one from the dermatologist.",
      "Hi {MEMBER_FIRST_NAME}, yes, the dermatology claim from {DATE_OF_SERVICE} is processed: "
      "the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. The EOB is in the portal." +
      SIGN,
      claim=C15("280.00", "56.00", service="Dermatology visit")),
    D("en", "typo", "thanks_followup", "none",
      "thx so much!! the refund finaly came thru",
      "Glad to hear it, {MEMBER_FIRST_NAME}! Thanks for letting us know." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "Following up: the portal still shows my old address even though I changed it last "
      "Tuesday.",
      "Hi {MEMBER_FIRST_NAME}, thanks for following up. Address changes can take a few days "
      "to show; if it still isn't updated, call {PHONE} and we'll check that it was saved." +
      SIGN),

    # ---- other ----
    D("en", "single", "other", "none",
      "Do you cover acupuncture for back pain?",
      "Hi {MEMBER_FIRST_NAME}, some plans cover acupuncture for certain conditions, sometimes "
      "with a visit limit. Let me check {PLAN_NAME} for you, or see the benefits summary in "
      "the portal." + SIGN, add=COV_UNKNOWN),
    D("es", "spanish", "other", "none",
      "¿Tienen una línea de enfermería las 24 horas?",
      "Hola {MEMBER_FIRST_NAME}. Muchos planes incluyen una línea de enfermería; el número "
      "está en el reverso de su tarjeta o en el portal, y también se lo damos al {PHONE}. Si "
      "es una emergencia, llame al 911." + SIGN),
    D("en", "single", "other", "none",
      "What's actually the difference between an HMO and a PPO? My employer offers both.",
      "Hi {MEMBER_FIRST_NAME}, an HMO usually needs you to use its network and get referrals "
      "from a primary care doctor, for a lower premium. A PPO lets you see specialists without "
      "referrals and pays some out-of-network care, usually for a higher premium." + SIGN),
]
