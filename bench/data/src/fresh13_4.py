"""Fourteenth held-out drafts set (stop 31), batch 4: ID cards, pharmacy, HSA/FSA, premiums,
contact changes, complaints, thanks and follow-ups, and other questions. Shapes as in batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh13_common import SIGN, C13

ITEMS = [
    # ---- ID card ----
    D("en", "single", "id_card", "none",
      "[text 1] first week on the plan\n[text 2] no card in the mail yet\n[text 3] dentist "
      "appt thurs\n[text 4] what do i show them",
      "Hi {MEMBER_FIRST_NAME}, welcome! Your card is on its way, and you can show the "
      "digital card in the app or print one from the portal now; it works the same at the "
      "office." + SIGN),
    D("en", "typo", "id_card", "none",
      "My new card has my name spelled wrong, it says Jon instead of John. Can you send a "
      "knew one? The pharmacy was confused",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. I'll correct the spelling and order a new "
      "card; in the meantime the digital card in the app will show the corrected name once "
      "it's updated." + SIGN),
    D("es", "spanish", "id_card", "none",
      "Me divorcié y volví a mi apellido de soltera. ¿Cómo cambio el nombre en la tarjeta?",
      "Hola {MEMBER_FIRST_NAME}, mande una copia de la sentencia de divorcio o del documento "
      "con su nombre nuevo por el portal, y pido una tarjeta con ese nombre. Mientras llega, "
      "la tarjeta actual sigue sirviendo." + SIGN),
    D("en", "multi", "id_card", "none",
      "## two things\n1. need a card for my newborn\n2. when does she show up on the plan, "
      "i sent the birth certificate monday",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Once she's added to the plan, her card will "
      "be mailed and show in the app. Adding her usually takes a few business days after the "
      "birth certificate arrives, and her coverage goes back to her birth date." + SIGN,
      topics=["id_card", "eligibility"]),
    D("en", "single", "id_card", "none",
      "Dictated: can you mail a second ID card to my daughter's house comma she takes me to "
      "all my appointments now period thank you period",
      "Hi {MEMBER_FIRST_NAME}, of course. A second card can go to your daughter; please "
      "confirm her address and I'll order it. She can also show the digital card if you "
      "share your login with her or add her as your representative." + SIGN),
    # ---- pharmacy ----
    D("en", "single", "pharmacy", "pharmacy",
      "Why did my inhaler cost $85 at Cloverdale Pharmacy this time? Last month it was way "
      "less",
      "Hi {MEMBER_FIRST_NAME}, for the {DATE_OF_SERVICE} fill at {PROVIDER_NAME}, the plan "
      "paid {PLAN_PAID} and your share was {MEMBER_OWES}. A higher price than last month "
      "usually means the deductible started over or the drug changed tier; I can check "
      "which." + SIGN,
      claim=C13("240.00", "85.00", "pharmacy", provider="Cloverdale Pharmacy"),
      mentions=["amount", "provider"]),
    D("en", "typo", "pharmacy", "none",
      "the pharmacy said my insulin needs a prier off. my doctor is on vacation. what do I "
      "do I have 2 days left 😰",
      "Hi {MEMBER_FIRST_NAME}, please don't go without insulin. Ask the pharmacy for an "
      "emergency supply while the prior authorization is sorted; another doctor in the "
      "practice can send the request. I can check if it's already been received." + SIGN),
    D("es", "spanish", "pharmacy", "none",
      "Mi mamá tiene 80 años, ¿puede recibir sus medicinas por correo para no ir a la "
      "farmacia? Yo le ayudo con todo.",
      "Hola {MEMBER_FIRST_NAME}, sí. Su plan tiene farmacia por correo para medicinas de uso "
      "diario, y suele salir más barato. Con la receta del médico se inscribe en el portal o "
      "por teléfono al {PHONE}; le ayudo con los pasos." + SIGN),
    D("en", "long", "pharmacy", "none",
      "So I'm new this week, switched from my old insurance because my job changed. Been on "
      "the same antidepressant for six years and it works, I don't want to switch. The "
      "pharmacist said it might not be on your list and I'd have to try two others first. "
      "I really can't go through that again. Is there a way to just keep my medication?",
      "Hi {MEMBER_FIRST_NAME}, welcome, and I understand. New members can usually get a "
      "transition fill of a current medicine while your doctor asks for an exception; with "
      "six years of it working, that request has a good basis. I'll check the drug list for "
      "your medicine." + SIGN),
    D("en", "multi", "pharmacy", "none",
      "- is my adhd med covered\n- can I use my HSA card at the pharmacy for it",
      "Hi {MEMBER_FIRST_NAME}, tell me the name of the medicine and I'll check the drug list. "
      "And yes, you can use your HSA card at the pharmacy for prescriptions." + SIGN,
      topics=["pharmacy", "hsa_fsa"], drop=COV_UNKNOWN),
    D("es", "spanish", "pharmacy", "pharmacy",
      "En Farmacia San Cristóbal me cobraron 45,80 por la pastilla de la presión. ¿Eso es "
      "lo correcto con mi plan?",
      "Hola {MEMBER_FIRST_NAME}, sí. En el surtido del {DATE_OF_SERVICE} en "
      "{PROVIDER_NAME}, el plan pagó {PLAN_PAID} y su parte fue {MEMBER_OWES}. Si le "
      "cuesta mucho, le busco una alternativa más barata en la lista." + SIGN,
      claim=C13("120.00", "45.80", "pharmacy", provider="Farmacia San Cristóbal"),
      mentions=["amount", "provider"]),
    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "Can I still put money in my HSA after I turn 65 and start Medicare?",
      "Hi {MEMBER_FIRST_NAME}, once Medicare starts you can't add new money to the HSA, but "
      "you can keep spending what's in it on medical costs, including Medicare premiums. "
      "Stop contributions the month Medicare begins." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "Is sun scream FSA eligible? And contacts solution? Trying to use it up before the "
      "deadline",
      "Hi {MEMBER_FIRST_NAME}, yes to both in most cases: sunscreen of SPF 15 or higher and "
      "contact lens solution are usually FSA-eligible. Your FSA administrator's list "
      "confirms it; keep the receipts." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "Me despidieron el viernes 😞 y tengo como tres mil ahorrados en la cuenta de salud "
      "HSA. ¿Se queda la empresa con eso?",
      "Hola {MEMBER_FIRST_NAME}, siento lo del trabajo. No lo pierde: la HSA es suya y el "
      "dinero sigue ahí aunque cambie de empleo. Puede usarlo para gastos médicos, e "
      "incluso para primas de COBRA mientras esté sin trabajo." + SIGN),
    D("en", "long", "hsa_fsa", "none",
      "Okay, so I'm trying to understand. We had a baby in the spring, and we have a "
      "dependent care FSA through my wife's job and a regular health FSA through mine. "
      "Daycare started in September. Someone at work said I can use my health FSA for "
      "daycare, and someone else said absolutely not. Who is right?",
      "Hi {MEMBER_FIRST_NAME}, congratulations on the baby. Your coworker who said no is "
      "right: a health FSA is for medical costs, and daycare is paid from the dependent care "
      "FSA. The health FSA can cover the baby's copays and prescriptions." + SIGN),
    D("en", "single", "hsa_fsa", "none",
      "💊👓🦷 which of these can I use my FSA for?? all of them??",
      "Hi {MEMBER_FIRST_NAME}, in most cases yes: prescriptions, glasses and dental care are "
      "all FSA-eligible medical costs. Keep the receipts in case the administrator asks." + SIGN),
    D("en", "multi", "hsa_fsa", "none",
      "Two q's: after divorce can I use my HSA for my ex-husband's bills? And do I need to "
      "update my address, I moved",
      "Hi {MEMBER_FIRST_NAME}, once you're divorced, your HSA can't pay your ex-husband's "
      "medical costs; it can still pay yours and your dependents'. And yes, please update "
      "your address in the portal under your profile so cards and letters reach you." + SIGN,
      topics=["hsa_fsa", "contact_change"]),
    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "Why is my monthly insurance bill higher starting January? Nobody told me",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it came as a surprise. Premiums are set for each "
      "new plan year; the renewal letter and the billing page in the portal show the new "
      "amount and why. I can look at lower-cost options with you." + SIGN),
    D("en", "typo", "premiums", "none",
      "I'm on COBRA and I mist the premium by 5 days, am I canceled?? please say no",
      "Hi {MEMBER_FIRST_NAME}, you're not cancelled. COBRA has a 30-day grace period after "
      "each due date, so pay as soon as you can within it and coverage continues." + SIGN),
    D("es", "spanish", "premiums", "none",
      "La prima subió y con el sueldo de mi marido solamente no nos da. ¿Hay un plan más "
      "barato?",
      "Hola {MEMBER_FIRST_NAME}, entiendo. Hay planes con prima más baja, aunque con "
      "deducible más alto; con un solo sueldo quizás califiquen para ayuda en el mercado de "
      "seguros. Le comparo las opciones si quiere." + SIGN),
    D("en", "long", "premiums", "none",
      "Hello. I turned 26 in October and my mother's plan dropped me at the end of that "
      "month. I signed up for my own plan with you, started November 1st. I paid the first "
      "month. Now there's a 'bill' in the portal for November too, which I thought I "
      "already paid. So, two questions in one: am I paying twice for November, or is that "
      "December's premium showing up early?",
      "Hi {MEMBER_FIRST_NAME}, welcome to your own plan. Premiums are paid ahead, so the "
      "amount in the portal is most likely the next month's premium, not a second charge. "
      "I'll check your payments and confirm which month it's for." + SIGN),
    D("en", "single", "premiums", "none",
      "can I set up autopay for my premium so I stop forgetting 🙃",
      "Hi {MEMBER_FIRST_NAME}, yes. In the portal, go to billing and choose automatic "
      "payments; it will pay each premium on the due date from your bank or card." + SIGN),
    D("es", "multi", "premiums", "none",
      "Quiero saber si puedo pagar la prima con tarjeta, and also, ¿cómo cambio mi teléfono "
      "en mi cuenta? Gracias!",
      "Hola {MEMBER_FIRST_NAME}, sí, puede pagar la prima con tarjeta en la sección de pagos "
      "del portal. Para cambiar el teléfono, entre a su perfil y edítelo ahí, o dígame el "
      "número nuevo y lo cambio." + SIGN,
      topics=["premiums", "contact_change"]),
    # ---- contact change ----
    D("en", "single", "contact_change", "none",
      "New address after moving from Florida to North Carolina. Where do I update it?",
      "Hi {MEMBER_FIRST_NAME}, welcome to North Carolina. You can update your address in the "
      "portal under your profile, or tell me the new one here. A move to another state can "
      "change which plans you can have, so I'll check that too." + SIGN),
    D("en", "typo", "contact_change", "none",
      "Please change my email to my new one, the old one was from my ex husband's account "
      "and I don't have excess anymore",
      "Hi {MEMBER_FIRST_NAME}, of course. Send me the new e-mail here or change it in the "
      "portal under your profile; once updated, letters and alerts will go only there." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Soy la trabajadora social de un señor que se mudó a una residencia. ¿Cómo le "
      "cambiamos la dirección de correo?",
      "Hola {MEMBER_FIRST_NAME}, gracias por ayudarle. Él puede cambiarla en el portal o por "
      "teléfono; si usted lo hace por él, necesitamos su autorización por escrito o un "
      "representante designado. Le mando el formulario." + SIGN),
    D("en", "single", "contact_change", "none",
      "Add my son as someone you can talk to about my account please, I'm 88 and my hearing "
      "isn't good on the phone",
      "Hi {MEMBER_FIRST_NAME}, of course. Please fill in the authorization form in the portal "
      "or by mail with your son's name; once we have it, we can speak with him about your "
      "account." + SIGN),
    D("en", "multi", "contact_change", "none",
      "hey so i moved apartments AND changed my phone. also can u resend my card to the new "
      "place",
      "Hi {MEMBER_FIRST_NAME}, sure. Send me your new address and phone here or update them "
      "in your profile in the portal, and I'll mail a card to the new address once it's "
      "changed." + SIGN,
      topics=["contact_change", "id_card"]),
    # ---- complaint ----
    D("en", "single", "complaint", "none",
      "I want to file a formal complaint. I was on hold for 2 hours and then disconnected, "
      "three days in a row.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that's not acceptable. I'll file a formal "
      "complaint for you about the wait and the dropped calls, and you'll get a letter with "
      "the result. Is there a question still open that I can help with now?" + SIGN),
    D("en", "typo", "complaint", "none",
      "Your rep was very rued to my mother, she is 79 and he talked over her and hung up. I "
      "want this reported",
      "Hi {MEMBER_FIRST_NAME}, I'm very sorry your mother was treated that way. I'll file a "
      "complaint about the call; if you can tell me the day and time, it helps us find it. "
      "She deserves patience." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja. Pedí un intérprete en español y me dejaron esperando y luego "
      "me colgaron.",
      "Hola {MEMBER_FIRST_NAME}, lo siento mucho; el intérprete es su derecho y es gratis. "
      "Voy a registrar su queja formal y le llegará la respuesta por escrito. ¿Hay algo "
      "pendiente en lo que le pueda ayudar ahora?" + SIGN),
    D("en", "long", "complaint", "none",
      "I have been patient. I have been polite. I have called four times and written twice "
      "about my daughter, who is 30 and uses a wheelchair and needs her supplies every "
      "month. Every single month something is late. I am now going to file a complaint with "
      "the state insurance department. Before I do that I am giving you one chance: who is "
      "responsible for making sure her supplies come on time?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, and you're right to expect better. I'll take this "
      "on myself: I'll look up her supply orders, find out why they keep arriving late, and "
      "file a formal complaint so it's tracked. You can still contact the state; I'll reply "
      "here with what I find." + SIGN),
    D("en", "single", "complaint", "none",
      "You told me last week \"a supervisor will call you within 48 hours\". It's been 8 "
      "days. This is my complaint.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry nobody called as promised. I'll record this as a "
      "formal complaint and ask a supervisor to contact you; tell me the best time and "
      "number." + SIGN),
    D("en", "multi", "complaint", "none",
      "1. complaint: nobody answered my appeal\n2. how long do appeals take anyway",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you haven't heard back. I'll file a complaint and "
      "check where your appeal stands. Most appeals are decided within 30 days for care not "
      "yet received and 60 days for claims already billed." + SIGN,
      topics=["complaint", "appeal"]),
    # ---- thanks / follow-up ----
    D("en", "single", "thanks_followup", "none",
      "Thank you so much!!! 🙏🎉 The new card came and the pharmacy took it.",
      "Hi {MEMBER_FIRST_NAME}, wonderful, I'm glad it worked! Let us know anytime you need "
      "anything." + SIGN),
    D("en", "typo", "thanks_followup", "none",
      "Just flowing up on my message from Tuesday about my dads claim, any news?",
      "Hi {MEMBER_FIRST_NAME}, thanks for following up. I'm checking on your dad's claim now "
      "and will reply here as soon as I have an answer." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchísimas gracias por la paciencia con mi mamá la semana pasada, ella quedó muy "
      "contenta. Dios le bendiga.",
      "Hola {MEMBER_FIRST_NAME}, muchas gracias a usted; nos alegra que su mamá quedara "
      "contenta. Aquí estamos para lo que necesiten." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "Following up on behalf of my client (I'm her case manager): she sent the appeal "
      "papers two weeks ago. Can you confirm they were received?",
      "Hi {MEMBER_FIRST_NAME}, thank you for following up. I'll check whether her appeal "
      "papers have been received and reply here; if anything is missing, I'll say what." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "thx for fixing the double charge!! ok one last thing and I'll leave u alone lol, "
      "will I get a letter confirming it",
      "Hi {MEMBER_FIRST_NAME}, you're welcome! Yes, you'll get an updated EOB showing the "
      "corrected claim, and you can see it in the portal once it's processed." + SIGN),
    # ---- other ----
    D("en", "single", "other", "none",
      "Is there a nurse I can text at night? My mom has dementia and gets confused after "
      "dark and I never know if it's a doctor thing",
      "Hi {MEMBER_FIRST_NAME}, yes. The nurse line at {PHONE} is open day and night, and a "
      "nurse can help you decide what to do. If she ever seems in danger, call 911." + SIGN),
    D("en", "typo", "other", "none",
      "Does my plan cover a gym membership? I herd some plans give a discount",
      "Hi {MEMBER_FIRST_NAME}, some plans include a fitness discount. Your {PLAN_NAME} "
      "benefits page in the portal lists any wellness programs; I can check for you." + SIGN),
    D("es", "spanish", "other", "none",
      "¿Tienen a alguien que hable español y también lenguaje de señas? Mi hijo es sordo y "
      "tiene 22 años.",
      "Hola {MEMBER_FIRST_NAME}, sí. Tenemos intérpretes de español y de lenguaje de señas "
      "sin costo, y servicio de retransmisión por video. Dígame cómo prefiere su hijo "
      "comunicarse y lo organizamos." + SIGN),
    D("en", "long", "other", "none",
      "Hi, it's my first week and I'm trying to do everything right. I've read the welcome "
      "packet, set up the portal, downloaded the app, found an in-network doctor, put the "
      "card in my wallet, and told HR my address. My sister says I should also choose a "
      "primary care doctor officially or the plan won't pay. Is that true for my plan?",
      "Hi {MEMBER_FIRST_NAME}, you've done a great job already. Some plans require a chosen "
      "primary care doctor and some don't; I'll check {PLAN_NAME} for you. If it does, you "
      "can pick one in the portal in a minute." + SIGN),
    D("en", "single", "other", "none",
      "hypothetically if I travel to Mexico for a month and get sick, does my plan do "
      "anything?",
      "Hi {MEMBER_FIRST_NAME}, many plans cover emergencies abroad but not routine care; "
      "you'd often pay and then send the receipts. I'll check what {PLAN_NAME} covers "
      "abroad; travel insurance can fill the gaps." + SIGN),
    D("en", "multi", "other", "none",
      "* does my plan cover hearing aids for my dad (he's 70)\n* and is there a copay for "
      "the hearing test",
      "Hi {MEMBER_FIRST_NAME}, some plans include hearing aids or a discount program; I'll "
      "check what your dad's plan offers. The hearing test is often covered with a "
      "specialist copay; I'll confirm that too." + SIGN,
      topics=["other", "copay_coinsurance"]),
]
