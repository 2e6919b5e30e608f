"""Twelfth held-out drafts set (stop 29), batch 4: coordination of benefits, eligibility, ID
cards, pharmacy, HSA/FSA, premiums, contact changes, complaints, thanks and follow-ups, other.
Same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh11_common import SIGN, C11

ITEMS = [
    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "me and my husband both have insurance thru work. which one pays first for me? 🤔",
      "Hi {MEMBER_FIRST_NAME}, for you, the plan through your own job pays first and your "
      "husband's plan pays second, and it's the other way round for him. Please let us know "
      "the other plan's details so claims go to the right place first." + SIGN),
    D("en", "long", "coordination_of_benefits", "denied:22",
      "I'm POA for my aunt, Philomena Adébáyọ̀-Fitch. She has Medicare and your plan from her "
      "late husband's retirement. A claim from Juniper Grove Podiatry came back saying the "
      "other insurance pays first. Which is which, and what should the podiatrist do now? She "
      "is 79 and hates phone calls, so I'm doing it all by message.",
      "Hi {MEMBER_FIRST_NAME}, thank you for handling this for her. The claim from "
      "{PROVIDER_NAME} for {DATE_OF_SERVICE} was turned down because {DENIAL_REASON}. For a "
      "retiree, Medicare usually pays first and a retiree plan second, so the podiatrist "
      "should bill Medicare first and then send us the claim with Medicare's notice. If "
      "something is wrong in her record, you can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C11("190.00", scenario="denied:22", provider="Juniper Grove Podiatry"),
      mentions=["provider"]),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Mis hijos tienen seguro con su papá y conmigo. ¿Cuál paga primero? Estamos divorciados.",
      "Hola {MEMBER_FIRST_NAME}, cuando los padres están divorciados, suele pagar primero el "
      "plan del padre o la madre que tiene la custodia, salvo que un juez haya dicho otra "
      "cosa. Mándenos los datos del otro seguro y una copia de la orden si la hay, y lo "
      "dejamos registrado." + SIGN),
    D("en", "typo", "coordination_of_benefits", "none",
      "got a letter asking if i have othr insurance. i dont. do i have to anser it?",
      "Hi {MEMBER_FIRST_NAME}, yes please: answering it, even to say you have no other "
      "coverage, keeps your claims from being held up. You can reply here and we'll record "
      "it." + SIGN),
    D("en", "single", "coordination_of_benefits", "none",
      "my son got a job with insurance but he's still 23 and on my plan. does he keep both?",
      "Hi {MEMBER_FIRST_NAME}, he can keep both until he turns 26. His own job's plan would "
      "pay first and {PLAN_NAME} second. Please send us his new plan's details so we can "
      "update his record." + SIGN),
    # ---- eligibility ----
    D("en", "single", "eligibility", "none",
      "when does my daughter get kicked off my plan? she's 25 and a half lol",
      "Hi {MEMBER_FIRST_NAME}, she can stay on as a dependant until she turns 26. Around "
      "that time she can get her own coverage: a job-based plan, or a Marketplace plan "
      "during the special enrolment period that losing coverage opens." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Me casé el sábado 🎉. ¿Cómo agrego a mi esposo al seguro y cuánto tiempo tengo?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades! El matrimonio abre un período especial de "
      "inscripción: tiene 60 días desde la boda para agregar a su esposo. Mándenos su nombre, "
      "fecha de nacimiento y una copia del acta de matrimonio." + SIGN),
    D("en", "long", "eligibility", "none",
      "> Hi Priya, your coverage is active. Have a nice day!\n\nThanks, but active through "
      "when? My employer is changing insurance companies on January 1 and HR keeps saying "
      "'you'll get info'. I have an appointment booked for the first week of January and I "
      "need to know which card to bring.",
      "Hi {MEMBER_FIRST_NAME}, sorry for the short reply before. Your coverage with "
      "{PLAN_NAME} is active through the end of the current plan year, {PLAN_YEAR_END}, "
      "unless your employer ends the plan sooner. For a visit after the switch, bring the new "
      "insurer's card; HR can confirm the new plan's start date." + SIGN),
    D("en", "typo", "eligibility", "none",
      "had a baby boy 2 wks ago!! how do i ad him to my insurence, is there a dedline",
      "Hi {MEMBER_FIRST_NAME}, congratulations! You have 60 days from the birth to add him "
      "(a special enrolment period), and his coverage goes back to the day he was born. Send "
      "us his name, date of birth and the birth certificate or hospital record." + SIGN),
    D("en", "single", "eligibility", "none",
      "IS MY COVERAGE STILL ACTIVE? I HAD A LETTER SAYING PAYMENT WAS LATE. THANK YOU.",
      "Hi {MEMBER_FIRST_NAME}, thank you for checking. I'll confirm your coverage status and "
      "whether a payment is still due, and reply here. If a premium is late, paying it within "
      "the grace period keeps your coverage in place." + SIGN),
    # ---- id card ----
    D("en", "typo", "id_card", "none",
      "lost my insurance card 😩 can u mail a new one or is there a digital 1",
      "Hi {MEMBER_FIRST_NAME}, sorry about that! You can show the digital card in the member "
      "app or portal right away, and I can order a new card to be mailed to your address on "
      "file. Please confirm the address." + SIGN),
    D("es", "spanish", "id_card", "none",
      "La tarjeta de mi hijo tiene mal escrito el apellido, dice Nuñes en vez de Núñez. "
      "¿Cómo lo corrijo?",
      "Hola {MEMBER_FIRST_NAME}, lo corregimos con gusto. Confírmeme el nombre completo de "
      "su hijo tal como está en su acta de nacimiento, y le pedimos una tarjeta nueva con el "
      "apellido correcto." + SIGN),
    D("en", "single", "id_card", "none",
      "the pharmacy says my card's rx numbers (BIN/PCN) don't work. new card needed?",
      "Hi {MEMBER_FIRST_NAME}, sorry for the trouble at the counter. Please check the card "
      "in the member app matches the one you showed: if the plan changed, the pharmacy "
      "numbers can change too. I can send a new card and confirm the pharmacy numbers for "
      "{PLAN_NAME}." + SIGN),
    D("en", "long", "id_card", "none",
      "Hi, I'm the legal guardian of my grandson Mateo Ruiz-Whitfield, 8. He's on my plan. "
      "His card came with my name in big letters and his name tiny underneath, and his "
      "school nurse asked me if that's right because she's never seen that. I don't know "
      "either. Is that how it should look, and can he have his own card?",
      "Hi {MEMBER_FIRST_NAME}, yes, that is normal: dependant cards often show the "
      "subscriber's name with the dependant's name below. He can also have a card of his "
      "own; I can order one, to be mailed to the address on file." + SIGN),
    D("en", "single", "id_card", "none",
      "whats my member id? i'm at the doctor rn and forgot my card",
      "Hi {MEMBER_FIRST_NAME}, the quickest way is the digital card in the member app or "
      "portal; the front desk can scan it. The office can also check your coverage with us "
      "by phone at {PHONE}." + SIGN),
    # ---- pharmacy ----
    D("en", "single", "pharmacy", "none",
      "is my inhaler Breezolin covered? the pharmacy says 'not on formulary' whatever that is",
      "Hi {MEMBER_FIRST_NAME}, 'formulary' is the plan's list of covered drugs. I'll check "
      "where Breezolin sits on the {PLAN_NAME} list; if it isn't on it, your doctor can ask "
      "for an exception or switch you to a similar inhaler that is." + SIGN,
      add=COV_UNKNOWN),
    D("es", "spanish", "pharmacy", "pharmacy",
      "En Farmacia La Esperanza me cobraron 85 dólares por la insulina y el mes pasado era menos. ¿Por "
      "qué cambió?",
      "Hola {MEMBER_FIRST_NAME}, en la compra del {DATE_OF_SERVICE} en {PROVIDER_NAME} el "
      "plan pagó {PLAN_PAID} y su parte fue {MEMBER_OWES}. El precio puede cambiar si parte "
      "se aplicó al deducible o si cambió la cantidad surtida. Si quiere, reviso las dos "
      "compras." + SIGN,
      claim=C11("310.00", "85.00", "pharmacy", provider="Farmacia La Esperanza"),
      mentions=["amount", "provider"]),
    D("en", "typo", "pharmacy", "pharmacy",
      "why was my generic blood presure med $40 at Halvorsen Drug?? it used to be like 10",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} fill at {PROVIDER_NAME} the plan "
      "paid {PLAN_PAID} and your share was {MEMBER_OWES}. A jump can happen when a drug moves "
      "tiers or part of the cost goes to the deductible; I can check which happened here."
      + SIGN,
      claim=C11("95.00", "40.00", "pharmacy", provider="Halvorsen Drug"),
      mentions=["amount", "provider"]),
    D("en", "long", "pharmacy", "none",
      "I look after my father (POA), he takes 9 different medicines and keeps running out at "
      "different times, so we're at the pharmacy every week. His neighbor says some plans do "
      "90-day supplies by mail and it's cheaper. Does his plan do that, and how do we set it "
      "up?",
      "Hi {MEMBER_FIRST_NAME}, many plans offer 90-day fills for long-term medicines, often "
      "by mail. I'll check the mail-order option under {PLAN_NAME} for his medicines; his "
      "doctor would need to send 90-day prescriptions. Asking the pharmacy to line up his "
      "refill dates can also save trips." + SIGN,
      add=COV_UNKNOWN),
    D("en", "single", "pharmacy", "none",
      "do i need prior auth for ozempic or can my dr just send it",
      "Hi {MEMBER_FIRST_NAME}, some plans ask for prior authorization for that medicine, "
      "depending on what it's prescribed for. I'll check the rule under {PLAN_NAME}; if "
      "it's needed, your doctor's office sends the request." + SIGN,
      add=PA_UNKNOWN + COV_UNKNOWN),
    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "hsa card at the eye place for my 9yo's new specs, allowed?? 👓",
      "Hi {MEMBER_FIRST_NAME}, yes: prescription glasses and contact lenses are qualified "
      "medical expenses for HSA funds, including for your dependants. Keep the receipt in "
      "case you need to show it later." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Lo que no gaste de mi FSA este año se pierde? Me quedan como 300.",
      "Hola {MEMBER_FIRST_NAME}, en una FSA el saldo normalmente se pierde al final del año, "
      "aunque algunos empleadores dan un período de gracia o permiten pasar una parte al año "
      "siguiente. Pregunte a su empleador cuál aplica; todavía puede usarlo en gastos "
      "médicos elegibles." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "hsa vs fsa, wich one rolls over? my hr lady explaned it but i forgot",
      "Hi {MEMBER_FIRST_NAME}, an HSA rolls over every year and stays yours even if you "
      "change jobs. An FSA usually doesn't, except a small carry-over or grace period if "
      "your employer offers it." + SIGN),
    D("en", "single", "hsa_fsa", "paid",
      "I need a receipt for my HSA for the visit at Foxglove Dermatology. can you send "
      "something?",
      "Hi {MEMBER_FIRST_NAME}, the EOB works well as HSA documentation. For the "
      "{DATE_OF_SERVICE} visit at {PROVIDER_NAME}, it shows your share of {MEMBER_OWES}. I "
      "can send you a copy, or you can download it from the portal." + SIGN,
      claim=C11("260.00", "65.00", provider="Foxglove Dermatology"),
      mentions=["provider"]),
    D("en", "long", "hsa_fsa", "none",
      "Chat log:\nMe: can I use HSA for the gym\nAgent: Let me transfer you\n[Chat ended]\n\n"
      "OK so that went nowhere. Retrying here: is a gym membership an HSA expense? And what "
      "about a massage my physio suggested for my back?",
      "Hi {MEMBER_FIRST_NAME}, sorry the chat ended. A gym membership for general health "
      "usually isn't a qualified expense. A massage can count if a doctor recommends it to "
      "treat a specific condition; keep that letter with the receipt in case you need it "
      "later." + SIGN),
    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "why did my premium go up?? nothing changed on my end",
      "Hi {MEMBER_FIRST_NAME}, premiums can change at the start of a new plan year, or if "
      "your subsidy or age band changed. I'll look at what changed on your account and reply "
      "here." + SIGN),
    D("es", "spanish", "premiums", "none",
      "Se me pasó pagar la prima de este mes. ¿Me van a cancelar el seguro?",
      "Hola {MEMBER_FIRST_NAME}, no de inmediato: hay un período de gracia. Si recibe ayuda "
      "del Marketplace para pagar la prima, son 3 meses; si no, suele ser más corto. Le "
      "recomiendo pagar cuanto antes para no perder la cobertura." + SIGN),
    D("en", "typo", "premiums", "none",
      "can i set up autopay for the premum? tired of forgeting lol",
      "Hi {MEMBER_FIRST_NAME}, yes! You can set up automatic payments in the member portal "
      "under billing, from a bank account or card; it takes the premium each month on the "
      "due date." + SIGN),
    D("en", "long", "premiums", "none",
      "Dear team, I am writing for my mother, for whom I hold power of attorney. She has "
      "moved to an assisted living home and her budget is tight. I noticed she pays the "
      "monthly premium by cheque. Is there a discount if she pays for the whole year at "
      "once? Or a cheaper plan she could switch to?",
      "Hi {MEMBER_FIRST_NAME}, thank you for helping her. Paying a year at once doesn't "
      "lower the premium, but she can change plans during open enrolment, and a move can "
      "open a special enrolment period. If her income is low she may qualify for help with "
      "the premium; I can go through the options with you." + SIGN),
    D("en", "single", "premiums", "none",
      "PAID MY PREMIUM TWICE THIS MONTH BY MISTAKE. CAN I GET ONE BACK? THANKS!",
      "Hi {MEMBER_FIRST_NAME}, sorry about that! I'll check both payments on your account; "
      "the extra one can either be refunded or applied to next month, whichever you prefer."
      + SIGN),
    # ---- contact change ----
    D("en", "typo", "contact_change", "none",
      "new phone # and addy, moved to apt 4B. how do i update?? pls",
      "Hi {MEMBER_FIRST_NAME}, you can update both in the portal under your profile, or send "
      "me the new number and full address here and I'll update them for you." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Cambié de correo electrónico. ¿Cómo lo actualizo para que me lleguen los avisos?",
      "Hola {MEMBER_FIRST_NAME}, puede cambiarlo en el portal, en su perfil, o mandarme el "
      "correo nuevo por aquí y se lo actualizo. Los avisos llegarán a la dirección nueva "
      "desde entonces." + SIGN),
    D("en", "single", "contact_change", "none",
      "I'm now my mother's power of attorney. Can you send her mail to my address instead?",
      "Hi {MEMBER_FIRST_NAME}, yes, once we have a copy of the power of attorney on file. "
      "Please send it with the address you'd like her mail to go to, and we'll update it."
      + SIGN),
    D("en", "long", "contact_change", "none",
      "> Hi Sean, we've got your message and will update your info soon.\n\nIt's been two "
      "weeks and letters are still going to my old place in Dorchester, and the new tenant "
      "is texting me photos of them. My new address is in the message before this one. "
      "Please double check it went through.",
      "Hi {MEMBER_FIRST_NAME}, sorry about that. I'll check the address on file right now "
      "and correct it if it hasn't changed; letters already printed may still arrive at the "
      "old address for a week or two." + SIGN),
    D("en", "single", "contact_change", "none",
      "my name changed after I got married, Siobhan Kealoha-Brennan now. what do u need?",
      "Hi {MEMBER_FIRST_NAME}, congratulations! Please send a copy of the marriage "
      "certificate or another document showing the new name, and we'll update it and send "
      "you a new card." + SIGN),
    # ---- complaint ----
    D("en", "single", "complaint", "none",
      "I'VE BEEN ON HOLD 55 MINUTES THREE DAYS IN A ROW. NOT YELLING AT YOU, JUST EXHAUSTED. "
      "HOW DO I FILE A COMPLAINT?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the waits, that's really frustrating. You can "
      "file a grievance by writing to us here or in the portal; we'll acknowledge it and "
      "reply in writing. If there's something you were calling about, tell me and I'll "
      "help with it now." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja formal. En la oficina me trataron muy mal y nadie me explicó "
      "nada.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho lo que pasó. Puede presentar una queja formal "
      "respondiendo aquí con lo ocurrido, la fecha y el lugar; la registramos y le "
      "contestamos por escrito." + SIGN),
    D("en", "typo", "complaint", "none",
      "ur app keeps loging me out every 2 min, cant see nothing. complaint",
      "Hi {MEMBER_FIRST_NAME}, sorry the app is doing that. I'll pass it to our technical "
      "team as a complaint; meanwhile, updating the app or using the portal in a browser "
      "usually helps. Tell me what you were trying to see and I can help here." + SIGN),
    D("en", "long", "complaint", "none",
      "I want it on record that I called three times in November about my husband's "
      "coverage and got three different answers. First 'covered', then 'needs review', then "
      "'call the provider'. I'm not here to shout at anyone, I just want one clear answer "
      "and a formal complaint logged so this doesn't happen to someone else.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you got three different answers; that shouldn't "
      "happen. I'll log this as a formal grievance, and you'll get a written reply. Please "
      "tell me which service your husband's question was about, and I'll get you one clear "
      "answer." + SIGN),
    D("en", "single", "complaint", "none",
      "Who can I complain to outside of you guys if nobody fixes this?",
      "Hi {MEMBER_FIRST_NAME}, you can file a grievance with us first. If you're not happy "
      "with the outcome, your state's department of insurance takes complaints about health "
      "plans. Tell me what happened and I'll try to fix it first." + SIGN),
    # ---- thanks / follow-up ----
    D("en", "single", "thanks_followup", "none",
      "thx so much!! that fixed it 🙌",
      "Hi {MEMBER_FIRST_NAME}, so glad to hear it! Reach out anytime." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchísimas gracias, señorita, ya me llegó la tarjeta. Dios la bendiga.",
      "Hola {MEMBER_FIRST_NAME}, ¡qué bueno que ya le llegó! Con mucho gusto, aquí estamos "
      "para lo que necesite." + SIGN),
    D("en", "single", "thanks_followup", "pending",
      "> Your claim is being processed, we'll let you know.\n\njust checking in on this, any "
      "news on the Elmwood Allergy claim?",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking in. The claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} is still being processed. I'll let you know as soon as it's done."
      + SIGN,
      claim=C11("330.00", scenario="pending", provider="Elmwood Allergy"),
      mentions=["provider"]),
    D("en", "typo", "thanks_followup", "none",
      "thank u for ur help yesterday, u were relly patient with me",
      "Hi {MEMBER_FIRST_NAME}, thank you for the kind words! Happy to help anytime." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "Following up on my message from last Tues about my ID card, did anyone see it?",
      "Hi {MEMBER_FIRST_NAME}, sorry for the delay. I'll look at your ID card request now "
      "and reply here today with where it stands." + SIGN),
    # ---- other ----
    D("en", "single", "other", "none",
      "Do you guys have a nurse line I can call at night?",
      "Hi {MEMBER_FIRST_NAME}, the number on the back of your ID card lists the nurse line "
      "for {PLAN_NAME}. If it's ever an emergency, call 911." + SIGN),
    D("es", "spanish", "other", "none",
      "¿Tienen a alguien que hable español por teléfono? Mi papá no habla inglés.",
      "Hola {MEMBER_FIRST_NAME}, sí, tenemos atención en español sin costo. Su papá puede "
      "llamar al {PHONE} y pedir español, o pueden escribirnos aquí en español." + SIGN),
    D("en", "single", "other", "none",
      "my dad (im his POA) wants his letters in large print, can u do that? his eyes r bad",
      "Hi {MEMBER_FIRST_NAME}, yes, we can send his letters in large print at no cost. Once "
      "the power of attorney is on file, I'll note the large-print request on his account."
      + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "can my hsa pay for my moms meds? shes not on my taxes tho, she just lives w us",
      "Hi {MEMBER_FIRST_NAME}, HSA money can be spent tax-free on your own care, your "
      "spouse's and your tax dependants'. If your mother isn't your dependant for tax "
      "purposes, her medicines usually don't qualify; a tax adviser can confirm for your "
      "situation." + SIGN),
    D("en", "single", "thanks_followup", "none",
      "> We'll follow up within 2 business days.\n\nit's been 4 😅 no rush, just making sure "
      "it didn't get lost",
      "Hi {MEMBER_FIRST_NAME}, thanks for your patience and sorry for the delay. It didn't get "
      "lost; I'll look at where it stands today and reply here." + SIGN),
]
