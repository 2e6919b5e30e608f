"""Eighth held-out drafts set, batch 3: appeals, coordination of benefits, eligibility, ID
cards, pharmacy, HSA/FSA, premiums, contact changes, complaints, thanks and follow-ups. Written
by helper facts8."""

from drafts_common import COV_UNKNOWN, PA_UNKNOWN, D

SIGN = " Best, {AGENT_NAME}"
FIRMA = " Un saludo, {AGENT_NAME}"

ITEMS = [
    # appeal
    D("en", "single", "appeal", "denied:204",
      "How do I appeal the Wexford Vision denial, and what's the deadline exactly?",
      "Hi {MEMBER_FIRST_NAME}, the Wexford Vision claim for {DATE_OF_SERVICE} was turned down "
      "because the service is not covered on your plan: {DENIAL_REASON}. You can appeal in "
      "writing by {APPEAL_DEADLINE}; send the notice, a letter saying why it should be paid "
      "and any notes from the provider." + SIGN,
      claim={"provider": "Wexford Vision", "billed": "340.00"},
      mentions=["provider"]),
    D("en", "single", "appeal", "none",
      "I sent in an appeal three weeks ago. Has it been decided?",
      "Hi {MEMBER_FIRST_NAME}, we do not see a decision on an appeal in your account yet. A "
      "standard appeal is decided within 30 days for care not yet received and 60 days for a "
      "bill; call us at {PHONE} and we can check where it is." + SIGN),
    D("en", "typo", "appeal", "none",
      "what happens if my apeal gets turned down to? is there anything after that",
      "Hi {MEMBER_FIRST_NAME}, yes: after the plan's final decision you can ask for an "
      "external review by an independent reviewer within 4 months. The denial letter explains "
      "how to request it." + SIGN),
    D("es", "spanish", "appeal", "denied:50",
      "Rechazaron mi terapia en Centro Renacer por no ser necesaria. ¿Cómo apelo y qué "
      "mando?",
      "Hola {MEMBER_FIRST_NAME}, la terapia del {DATE_OF_SERVICE} se rechazó por no "
      "considerarse médicamente necesaria: {DENIAL_REASON}. Puede apelar dentro de 180 días "
      "del aviso; mande una carta, el aviso y una nota de su médico explicando por qué la "
      "necesita." + FIRMA,
      claim={"provider": "Centro Renacer", "billed": "900.00"},
      mentions=["provider"]),
    D("en", "long", "appeal", "pending",
      "My doctor told me to start an appeal for the Greywater Spine claim because she expects "
      "you'll deny the injections. Should I file the appeal now to save time? I want to get "
      "ahead of it and I'm not sure what the deadline would be.",
      "Hi {MEMBER_FIRST_NAME}, the Greywater Spine claim for {DATE_OF_SERVICE} is still being "
      "processed, so there is nothing to appeal yet. If it is turned down, the notice will "
      "explain the reason, and you will have 180 days from it to appeal." + SIGN,
      claim={"provider": "Greywater Spine", "billed": "2450.00"},
      mentions=["provider"]),
    # coordination of benefits
    D("en", "single", "coordination_of_benefits", "denied:22",
      "Why does the Linwood Clinic claim say another insurance should pay first? I only have "
      "you.",
      "Hi {MEMBER_FIRST_NAME}, the Linwood Clinic claim for {DATE_OF_SERVICE} is on hold "
      "because our records show other coverage: {DENIAL_REASON}. If you only have this plan, "
      "call us at {PHONE} to update your coordination of benefits and the claim can be "
      "processed again." + SIGN,
      claim={"provider": "Linwood Clinic", "billed": "280.00"},
      mentions=["provider"]),
    D("en", "single", "coordination_of_benefits", "none",
      "My husband added me to his work plan. Which one pays first now?",
      "Hi {MEMBER_FIRST_NAME}, the plan where you are the employee pays first, and your "
      "husband's plan pays second. Please call us at {PHONE} so we can record the other "
      "coverage." + SIGN),
    D("en", "typo", "coordination_of_benefits", "none",
      "keep getting a letter asking about other insurance, do i have to fill it out every yr",
      "Hi {MEMBER_FIRST_NAME}, yes, we ask once a year whether you have other coverage so "
      "claims go to the right plan first. Please fill it in even if nothing changed." + SIGN),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Tengo Medicaid y también este seguro. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}, Medicaid siempre paga al final: este plan paga primero y "
      "Medicaid puede cubrir lo que quede. Llámenos al {PHONE} para anotar su otra "
      "cobertura." + FIRMA),
    D("en", "long", "coordination_of_benefits", "none",
      "My daughter is on both my plan and her dad's plan. We're divorced, and the court order "
      "says he covers her health insurance. A claim from her pediatrician came back asking "
      "for other coverage information and I don't know what to tell them or which plan "
      "should go first.",
      "Hi {MEMBER_FIRST_NAME}, when a court order names the parent responsible for the "
      "child's health coverage, that parent's plan pays first. Send us a copy of the order "
      "and her father's plan details, and we will update her coverage order." + SIGN),
    # eligibility
    D("en", "single", "eligibility", "none",
      "Can I add my newborn to my plan? He was born last week.",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Yes, you have 30 days from the birth to add "
      "him, or 60 days on a marketplace plan, and coverage starts on the day he was born. "
      "Call us at {PHONE} to start." + SIGN),
    D("en", "single", "eligibility", "denied:27",
      "Why was the Brackenridge Clinic visit refused for 'coverage terminated'? I'm still "
      "covered!",
      "Hi {MEMBER_FIRST_NAME}, the Brackenridge Clinic claim for {DATE_OF_SERVICE} was "
      "processed as if your coverage had ended: {DENIAL_REASON}. If you were covered that "
      "day, call us at {PHONE} so we can check your enrollment and send it for review." + SIGN,
      claim={"provider": "Brackenridge Clinic", "billed": "195.00"},
      mentions=["provider"]),
    D("en", "typo", "eligibility", "none",
      "my son is turning 26 in march, when does he get kicked off",
      "Hi {MEMBER_FIRST_NAME}, children can stay on your plan until age 26; coverage usually "
      "ends at the end of the month he turns 26. Losing coverage lets him enroll in his own "
      "plan within 60 days." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Me casé el mes pasado. ¿Puedo agregar a mi esposo al seguro?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades! Sí: tiene 30 días desde la boda para agregarlo "
      "(60 en un plan del mercado). Llámenos al {PHONE} y le explicamos qué documentos "
      "necesita." + FIRMA),
    D("en", "long", "eligibility", "none",
      "My stepdaughter lives with us half the year and with her mom the rest. Her mom's plan "
      "covers her now but it's ending. Can I put her on mine, even though she's not my "
      "biological kid and isn't with us full time? And would it count as a special "
      "enrollment?",
      "Hi {MEMBER_FIRST_NAME}, stepchildren can usually be covered as dependants up to age "
      "26. Losing her other coverage is a special enrollment event, so you have 30 days (60 "
      "on a marketplace plan) to add her; call us at {PHONE} for the forms." + SIGN),
    # ID card
    D("en", "single", "id_card", "none",
      "I lost my insurance card. Can you send me another?",
      "Hi {MEMBER_FIRST_NAME}, you can print a card or show the digital one in the member app "
      "right away. If you would like a new card mailed, reply to confirm your address and we "
      "will order one." + SIGN),
    D("en", "single", "id_card", "none",
      "Did you already mail the new card I asked for last week? Still nothing.",
      "Hi {MEMBER_FIRST_NAME}, we do not see a card request on your account. We can order one "
      "now; please confirm your mailing address, and use the digital card in the member app "
      "meanwhile." + SIGN),
    D("en", "typo", "id_card", "none",
      "my name is spelled wrong on my id card, pharmacy wont take it",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. Please reply with the correct spelling and we "
      "will correct your record and order a new card; the pharmacy can use your member ID "
      "meanwhile." + SIGN),
    D("es", "spanish", "id_card", "none",
      "¿Ya me mandaron la tarjeta nueva? La pedí por teléfono hace días.",
      "Hola {MEMBER_FIRST_NAME}, no vemos todavía un pedido de tarjeta en su cuenta. Si nos "
      "confirma su dirección la pedimos; mientras tanto puede usar la tarjeta digital de la "
      "aplicación." + FIRMA),
    D("en", "long", "id_card", "none",
      "I changed jobs within the same company and HR said my plan changed from the PPO to the "
      "HMO. My card still says PPO. Do I need a new card, and will my doctor still see me "
      "with the old one until it comes?",
      "Hi {MEMBER_FIRST_NAME}, yes, a plan change needs a new card. We can order it once we "
      "see the change from your employer; in the meantime your doctor's office can check "
      "your coverage with us at {PHONE}." + SIGN),
    # pharmacy
    D("en", "single", "pharmacy", "none",
      "Would you pay for semaglutide injections if my doctor prescribes them?",
      "Hi {MEMBER_FIRST_NAME}, you can check the drug in the formulary on our website, which "
      "shows its tier and whether it needs approval first; or call us at {PHONE} and we will "
      "look it up with you." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "single", "pharmacy", "pharmacy",
      "Why did my inhaler cost $65 at the pharmacy this month? Last month it was cheaper.",
      "Hi {MEMBER_FIRST_NAME}, for the inhaler filled on {DATE_OF_SERVICE} your share was "
      "{MEMBER_OWES}. The price can change when the deductible starts over or the drug moves "
      "tier; ask your doctor whether a generic would work." + SIGN,
      claim={"service": "inhaler", "billed": "240.00", "member_owes": "65.00"},
      mentions=["amount"]),
    D("en", "typo", "pharmacy", "none",
      "pharmacy says my med needs a prior auth, did my dr send it?",
      "Hi {MEMBER_FIRST_NAME}, we do not see a prior authorization request for that medicine "
      "yet. Ask your doctor's office to send it; once it arrives, a decision is usually made "
      "within a few business days." + SIGN,
      add=PA_UNKNOWN),
    D("es", "spanish", "pharmacy", "none",
      "¿Puedo pedir mis medicinas por correo para que me salgan más baratas?",
      "Hola {MEMBER_FIRST_NAME}, sí: muchas medicinas de uso diario se pueden pedir por "
      "correo para tres meses, a menudo con un costo menor. Llámenos al {PHONE} y le "
      "explicamos cómo empezar." + FIRMA),
    D("en", "long", "pharmacy", "none",
      "My doctor prescribed a new blood pressure pill and the pharmacy said it's 'non "
      "formulary'. They gave me a few days' supply. I don't understand if that means you "
      "won't pay at all or just pay less, and whether there's something my doctor can do.",
      "Hi {MEMBER_FIRST_NAME}, a non-formulary drug is not on the plan's list, so it costs "
      "more or is not paid without an exception. Your doctor can switch you to a listed drug "
      "or ask us for a formulary exception explaining why you need this one." + SIGN,
      add=COV_UNKNOWN),
    # HSA / FSA
    D("en", "single", "hsa_fsa", "none",
      "New prescription eyeglasses: allowed expense for the health savings account debit card?",
      "Hi {MEMBER_FIRST_NAME}, yes: prescription glasses and contact lenses are qualified "
      "medical expenses for an HSA. Keep the receipt in case you need to show it." + SIGN),
    D("en", "single", "hsa_fsa", "paid",
      "Can I pay the Hollis Dermatology bill with my FSA?",
      "Hi {MEMBER_FIRST_NAME}, yes: your share for the Hollis Dermatology visit on "
      "{DATE_OF_SERVICE}, {MEMBER_OWES}, is a qualified expense. Keep the explanation of "
      "benefits as proof for your FSA." + SIGN,
      claim={"provider": "Hollis Dermatology", "billed": "260.00", "member_owes": "75.00"},
      mentions=["provider"]),
    D("en", "typo", "hsa_fsa", "none",
      "whats the diffrence between hsa and fsa, which one do i have",
      "Hi {MEMBER_FIRST_NAME}, an HSA goes with a high-deductible plan and the money stays "
      "yours year to year; an FSA comes from your employer and most of it must be used within "
      "the plan year. Your employer's benefits office can tell you which one you have." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Puedo usar mi cuenta FSA para pagar el dentista de mis hijos?",
      "Hola {MEMBER_FIRST_NAME}, sí: la atención dental de sus dependientes es un gasto "
      "médico calificado para la FSA. Guarde los recibos por si se los piden." + FIRMA),
    D("en", "long", "hsa_fsa", "none",
      "I'm switching from the PPO to the high-deductible plan next year mostly for the HSA. "
      "Can I still use the FSA money I have left this year once I'm on the HSA, and is there "
      "anything I need to do so I don't lose it?",
      "Hi {MEMBER_FIRST_NAME}, a general FSA and an HSA cannot be used at the same time, so "
      "spend the FSA money before the plan year ends on {PLAN_YEAR_END} or check with your "
      "employer about a grace period. Your employer's benefits office can confirm the "
      "rules." + SIGN),
    # premiums
    D("en", "single", "premiums", "none",
      "Did you get my premium payment? I paid online on Monday.",
      "Hi {MEMBER_FIRST_NAME}, online payments can take a few business days to post. Please "
      "keep the confirmation number, and call us at {PHONE} if it does not show on your "
      "account by the end of the week." + SIGN),
    D("en", "single", "premiums", "none",
      "What happens if I'm late on my premium? I get the tax credit.",
      "Hi {MEMBER_FIRST_NAME}, with the premium tax credit you have a 3-month grace period. "
      "Claims in the second and third months may be held until you pay; if you do not catch "
      "up, coverage ends after the first month of the grace period." + SIGN),
    D("en", "typo", "premiums", "none",
      "why did my premum go up this year, nobody told me",
      "Hi {MEMBER_FIRST_NAME}, premiums can change each plan year with costs and with changes "
      "in your tax credit or employer share. Your renewal notice explains the new amount; "
      "call us at {PHONE} and we can go through it." + SIGN),
    D("es", "spanish", "premiums", "none",
      "¿Puedo cambiar la fecha de pago de mi prima mensual?",
      "Hola {MEMBER_FIRST_NAME}, llámenos al {PHONE} y revisamos si se puede cambiar el día "
      "de cobro automático; la fecha de vencimiento de la prima la fija el plan." + FIRMA),
    D("en", "long", "premiums", "none",
      "I got a letter saying my coverage may be terminated for nonpayment, but my bank shows "
      "the autopay went through. I really can't have a gap because I have surgery coming up. "
      "Can you tell me if my coverage is active?",
      "Hi {MEMBER_FIRST_NAME}, please call us at {PHONE} with the bank record of the "
      "payment so we can match it to your account and confirm your coverage before the "
      "surgery." + SIGN),
    # contact change
    D("en", "single", "contact_change", "none",
      "We relocated across town last weekend; please change where my mail goes.",
      "Hi {MEMBER_FIRST_NAME}, of course. Please reply with your new street address, city, "
      "state and ZIP, and we will update it; a move to another area may change your network."
      + SIGN),
    D("en", "single", "contact_change", "none",
      "Did you update my phone number like I asked?",
      "Hi {MEMBER_FIRST_NAME}, we do not see a change of phone number on your account yet. "
      "Reply with the new number and we will update it." + SIGN),
    D("en", "typo", "contact_change", "none",
      "pls change my email on file, i dont use the old one anymore",
      "Hi {MEMBER_FIRST_NAME}, sure. Please reply with the new e-mail address and we will "
      "update your record; we will send a note to confirm it." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Quiero cambiar mi idioma de preferencia a español para las cartas.",
      "Hola {MEMBER_FIRST_NAME}, con gusto. Anotamos el español para sus cartas en cuanto nos "
      "lo confirme; las que ya están en camino pueden llegar en inglés." + FIRMA),
    D("en", "long", "contact_change", "none",
      "My mother is on your plan and is now in assisted living. Her mail keeps going to her "
      "old house, which we sold. I'm her daughter and I handle her bills. Can you send her "
      "mail to me instead?",
      "Hi {MEMBER_FIRST_NAME}, we can send her mail to a new address once she or her legal "
      "representative asks. If you hold a power of attorney, send us a copy and the address, "
      "and we can set it up." + SIGN),
    # complaint
    D("en", "single", "complaint", "none",
      "I want to file a formal complaint about how long my claim is taking.",
      "Hi {MEMBER_FIRST_NAME}, I am sorry for the wait. You can file a grievance by phone at "
      "{PHONE} or in writing; tell us the claim, and you will get a written answer." + SIGN),
    D("en", "single", "complaint", "pending",
      "Eight weeks after seeing Stonebridge Health and nothing is settled. Unacceptable, "
      "honestly.",
      "Hi {MEMBER_FIRST_NAME}, I am sorry it is taking this long. The Stonebridge Health claim "
      "for {DATE_OF_SERVICE} is still being processed; we can look into the delay and, if "
      "you wish, file a grievance for you." + SIGN,
      claim={"provider": "Stonebridge Health", "billed": "640.00"},
      mentions=["provider"]),
    D("en", "typo", "complaint", "none",
      "was on hold for an hour yesterday and then got hung up on. not ok",
      "Hi {MEMBER_FIRST_NAME}, I am sorry, that should not happen. Tell us what you were "
      "calling about and we can help here, or file a grievance about the call if you wish."
      + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja: nadie me devuelve las llamadas.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho la falta de respuesta. Puede presentar una "
      "queja formal por teléfono al {PHONE} o por escrito, y recibirá una respuesta por "
      "escrito. Cuéntenos también qué necesitaba y le ayudamos." + FIRMA),
    D("en", "long", "complaint", "none",
      "The agent I talked to last week promised me a callback about my son's claim and never "
      "called. Then someone else told me a different answer. I'm tired of getting the "
      "runaround. I want this escalated and I want to know who is responsible.",
      "Hi {MEMBER_FIRST_NAME}, I am sorry for the missed call and the mixed answers. Tell us "
      "which claim it is and we will look into it; you can also file a formal grievance, and "
      "you will get a written answer." + SIGN),
    # thanks / follow-up
    D("en", "single", "thanks_followup", "none",
      "Thanks for sorting out the ID card thing!",
      "Hi {MEMBER_FIRST_NAME}, you are welcome, glad it is sorted. Write any time." + SIGN),
    D("en", "single", "thanks_followup", "pending",
      "Just checking in on the Ainsley Medical claim we talked about. Any news?",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking in. The Ainsley Medical claim for "
      "{DATE_OF_SERVICE} is still being processed; you will get an explanation of benefits "
      "when it is finished." + SIGN,
      claim={"provider": "Ainsley Medical", "billed": "420.00"},
      mentions=["provider"]),
    D("en", "typo", "thanks_followup", "none",
      "any update on my question from friday?? still waiting",
      "Hi {MEMBER_FIRST_NAME}, sorry for the wait. Could you tell us again what it was "
      "about, so we can answer right away?" + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias por la ayuda con mi reclamo, todo quedó bien.",
      "Hola {MEMBER_FIRST_NAME}, ¡qué bueno! Gracias por avisarnos. Escríbanos cuando "
      "quiera." + FIRMA),
    D("en", "long", "thanks_followup", "none",
      "Circling back on what I wrote a few days ago regarding my son's therapy invoice. No "
      "reply so far, and the provider keeps calling me. I just need to know whether I "
      "should pay them or wait for the insurance.",
      "Hi {MEMBER_FIRST_NAME}, sorry for the wait. We do not see that claim on your account "
      "yet; please ask the provider to hold the bill until the plan has processed it, and "
      "send us the provider's name so we can look for it." + SIGN),
]
