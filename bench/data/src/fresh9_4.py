"""Tenth held-out drafts set (stop 27), batch 4: pharmacy, HSA / FSA, premiums, contact
changes, complaints, thanks and follow-ups, other. Helper sets9, general knowledge; see fresh9_1
for the shapes and `C9`.
"""

from drafts_common import COV_UNKNOWN, D
from fresh9_1 import C9

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- pharmacy ----
    D("en", "single", "pharmacy", "none",
      "is ozempic covered",
      "Hi {MEMBER_FIRST_NAME}, coverage for that drug depends on your plan's drug list and what "
      "it is prescribed for. Let me check the {PLAN_NAME} formulary; if it needs approval first, "
      "your prescriber can request it." + SIGN,
      add=COV_UNKNOWN),
    D("en", "single", "pharmacy", "pharmacy",
      "Why did my inhaler cost $87.40 at Silverleaf Pharmacy this time? It's usually $25.",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} fill at {PROVIDER_NAME} the plan paid "
      "{PLAN_PAID} and your share was {MEMBER_OWES}. A higher price often means the deductible "
      "started over with the new plan year or the drug changed tier; a lower-cost alternative "
      "may be available, and we can check that with you." + SIGN,
      claim=C9("260.00", "87.40", "pharmacy", provider="Silverleaf Pharmacy"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "pharmacy", "none",
      "En la farmacia me dijeron que mi medicina necesita \"autorización previa\". ¿Qué tengo que "
      "hacer yo?",
      "Hola {MEMBER_FIRST_NAME}, usted no tiene que llenar nada: su médico envía la solicitud de "
      "autorización con la información clínica. Avísele al consultorio, y si es urgente pueden "
      "pedir una revisión rápida." + SIGN),
    D("en", "typo", "pharmacy", "none",
      "can i get a 90 day suply by mail order, its cheeper rite?",
      "Hi {MEMBER_FIRST_NAME}, for medicines you take regularly, many plans offer a 90-day supply "
      "by mail order, often for less than three monthly fills. We can check whether your "
      "prescriptions qualify and help set it up." + SIGN),
    D("en", "long", "pharmacy", "none",
      "My husband has been type 1 since he was a kid and he's very stubborn about asking for "
      "help, so I'm the one writing. His insulin went up a lot at the start of the year and he "
      "has started stretching doses, which scares me. The doctor mentioned there might be a "
      "cheaper version of the same insulin. Is there a lower cost option on our plan?",
      "Hi {MEMBER_FIRST_NAME}, thank you for writing for him; stretching insulin doses can be "
      "dangerous, so please tell his doctor. Many insulins have lower-cost versions, and plans "
      "often place one of them on a lower tier. Let me check the {PLAN_NAME} drug list with you "
      "at {PHONE}; his doctor can then write the prescription for that one." + SIGN,
      add=COV_UNKNOWN),
    D("en", "single", "pharmacy", "pharmacy",
      "and the other prescription, the one the doctor switched last week?",
      "Hi {MEMBER_FIRST_NAME}, the new prescription was filled on {DATE_OF_SERVICE} at "
      "{PROVIDER_NAME}: the plan paid {PLAN_PAID} and your share was {MEMBER_OWES}." + SIGN),
    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "new glasses + contacts from the eye place, ok to swipe the hsa card for those?",
      "Hi {MEMBER_FIRST_NAME}, yes, prescription glasses and contact lenses are qualified medical "
      "expenses, so you can pay with your HSA. Keep the receipt in case you need to show it."
      + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Puedo usar la tarjeta de mi cuenta FSA para pagar el copago del dentista?",
      "Hola {MEMBER_FIRST_NAME}, sí, los copagos dentales son gastos médicos que califican para "
      "la FSA. Guarde el recibo por si el administrador lo pide." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "my hsa card got declind at the dentist, is it cuz of my plan or the bank",
      "Hi {MEMBER_FIRST_NAME}, your HSA card is run by the account's bank or administrator, not "
      "by the health plan, so a decline usually comes from the balance or the card itself. "
      "Please check with the HSA administrator." + SIGN),
    D("en", "long", "hsa_fsa", "none",
      "I would appreciate clarification on the following. I turn 65 next spring and intend to "
      "keep working, but I have been advised that I may be enrolled in Medicare Part A "
      "automatically if I apply for Social Security. Would I then remain eligible to contribute "
      "to my Health Savings Account, and what happens to the funds already in it?",
      "Hi {MEMBER_FIRST_NAME}, once you are enrolled in any part of Medicare, including Part A, "
      "you can no longer contribute to an HSA. The money already in the account stays yours, and "
      "you can keep using it for qualified medical expenses, including some Medicare costs."
      + SIGN),
    D("en", "single", "hsa_fsa", "paid",
      "so can i pay the $318.40 from before with the hsa card?",
      "Hi {MEMBER_FIRST_NAME}, yes: your share of {MEMBER_OWES} on the {DATE_OF_SERVICE} claim is "
      "a qualified medical expense, so you can pay it with your HSA card." + SIGN,
      claim=C9("700.00", "318.40"),
      mentions=["amount"]),
    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "premium went up why",
      "Hi {MEMBER_FIRST_NAME}, premiums can change at renewal each year, when someone is added to "
      "the plan, or when a tax credit changes. We can go through what changed on your "
      "{PLAN_NAME} bill at {PHONE}." + SIGN),
    D("es", "spanish", "premiums", "none",
      "Si pago la prima tarde, ¿me quitan el seguro?",
      "Hola {MEMBER_FIRST_NAME}, no de inmediato: hay un período de gracia. Si recibe crédito "
      "fiscal por adelantado en el Mercado, es de 3 meses; en otros planes suele ser más corto. "
      "Si no paga al final del período, la cobertura puede terminar." + SIGN),
    D("en", "typo", "premiums", "none",
      "payed my premium twice this month by acident, can i get one back",
      "Hi {MEMBER_FIRST_NAME}, yes, an extra payment can be refunded or applied to next month's "
      "premium, whichever you prefer. Let us know which, and we will look at your account."
      + SIGN),
    D("en", "long", "premiums", "none",
      "Quick background: I'm a freelance graphic designer, and when I signed up last fall I "
      "guessed my income for this year. Then I lost my biggest client in the spring, and since "
      "then I've been making maybe half of what I wrote down. I get the tax credit that lowers "
      "my monthly bill. Should I update my income now, or just wait and sort it out at tax time?",
      "Hi {MEMBER_FIRST_NAME}, it is best to update your income on the Marketplace now. A lower "
      "income may raise your tax credit, which lowers your monthly premium for the rest of the "
      "year, and reporting changes as they happen avoids surprises at tax time." + SIGN),
    D("en", "single", "premiums", "none",
      "Why was my premium payment returned to me? I mailed the check on time.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the trouble. Let me look at why the payment came "
      "back; a check is sometimes returned when the account number is missing or the amount does "
      "not match the bill. We can confirm your coverage is still in place at {PHONE}." + SIGN),
    # ---- contact changes ----
    D("en", "single", "contact_change", "none",
      "new address, how do i update",
      "Hi {MEMBER_FIRST_NAME}, you can change your address in the member portal under your "
      "profile, or send it to us here and we will update it. If you get coverage through the "
      "Marketplace or an employer, please update it there too." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Cambié de número de celular, ¿cómo lo actualizo?",
      "Hola {MEMBER_FIRST_NAME}, puede cambiarlo en el portal de miembros, en su perfil, o "
      "enviarnos aquí el número nuevo y lo actualizamos." + SIGN),
    D("en", "single", "contact_change", "none",
      "I'd like to change my mother's mailing address to mine, she moved in with us last month.",
      "Hi {MEMBER_FIRST_NAME}, we can update it once she tells us herself or you are on her "
      "record as her authorized representative. She can call {PHONE} with you, and the change "
      "can be made on the same call." + SIGN),
    D("en", "typo", "contact_change", "none",
      "pls stop mailing stuff to my old apartmnet, i moved in june",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. Please send us your new address and we will "
      "update your record, so your cards and letters go to the right place." + SIGN),
    D("en", "single", "contact_change", "none",
      "done. does that also change where the EOBs go or is that separate?",
      "Hi {MEMBER_FIRST_NAME}, it changes both: EOBs and other letters go to the address on your "
      "record. You can also choose to get EOBs online in the member portal." + SIGN),
    # ---- complaints ----
    D("en", "long", "complaint", "none",
      "I am writing to register a formal complaint regarding a telephone call on Tuesday "
      "afternoon. The representative I spoke to was dismissive, interrupted me repeatedly, and "
      "ended the call while I was still speaking. I have been a member for eleven years and have "
      "never been treated this way. Please tell me how this complaint will be handled.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for how that call went; that is not the service you "
      "should receive. Your message will be filed as a grievance: it is reviewed, and you get a "
      "written answer. If you remember the time of the call, that helps us find it." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja. Llamé cinco veces y nadie me resolvió nada.",
      "Hola {MEMBER_FIRST_NAME}, siento mucho la experiencia. Su queja se registra como un "
      "reclamo formal y recibirá una respuesta por escrito; cuéntenos qué necesitaba resolver y "
      "le ayudamos con eso también." + SIGN),
    D("en", "single", "complaint", "none",
      "why does nobody ever call back",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you were left waiting. Tell us what you were calling "
      "about and the best time to reach you, and we will follow up; you can also file a "
      "complaint about the missed callbacks." + SIGN),
    D("en", "typo", "complaint", "none",
      "how do i file a grevience, ur rep hung up on me twice",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry that happened. You can file a grievance by replying here "
      "with what happened and when, or by calling {PHONE}; it is reviewed and answered in "
      "writing." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero hacer un complaint porque the hold time fue de dos horas y nadie me ayudó con mi "
      "claim.",
      "Hola {MEMBER_FIRST_NAME}, lamento la espera tan larga. Registramos su queja y recibirá una "
      "respuesta por escrito; si nos dice qué necesitaba con su reclamo, le ayudamos por aquí."
      + SIGN),
    # ---- thanks and follow-ups ----
    D("en", "single", "thanks_followup", "none",
      "got it, thx!!",
      "You're welcome, {MEMBER_FIRST_NAME}! Write any time." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias por la ayuda con el reclamo, ya me llegó el reembolso.",
      "¡Qué bueno, {MEMBER_FIRST_NAME}! Nos alegra que ya le llegó. Aquí estamos si necesita algo "
      "más." + SIGN),
    D("en", "single", "thanks_followup", "pending",
      "Thanks for the info yesterday. Just checking, did the hospital's corrected claim come in "
      "yet?",
      "Hi {MEMBER_FIRST_NAME}, yes, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} has come "
      "in and is being processed now. You will get an EOB once it is done." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "Thank you for your prompt assistance last week regarding my son's claim. I wished to let "
      "you know that the matter has been resolved.",
      "Hi {MEMBER_FIRST_NAME}, thank you for letting us know, and I'm glad it is resolved. Please "
      "reach out if anything else comes up." + SIGN),
    D("en", "typo", "thanks_followup", "none",
      "thank u so much for helpin my mom with her card, she was so worryed",
      "Hi {MEMBER_FIRST_NAME}, you're very welcome, and please tell her we were glad to help. "
      "Write any time if she needs anything else." + SIGN),
    # ---- other ----
    D("en", "single", "other", "none",
      "Is there a nurse line I can call at night?",
      "Hi {MEMBER_FIRST_NAME}, many plans offer a nurse line that answers 24/7; the number is on "
      "the back of your ID card, or we can give it to you at {PHONE}. In an emergency, call 911."
      + SIGN),
    D("es", "spanish", "other", "none",
      "¿Tienen intérprete en español cuando llamo por teléfono?",
      "Hola {MEMBER_FIRST_NAME}, sí, puede pedir un intérprete sin costo cuando llame al {PHONE}."
      + SIGN),
]
