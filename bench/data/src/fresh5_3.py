"""Sixth held-out drafts set, batch 3: appeals, coordination of benefits, eligibility, ID cards,
pharmacy, HSA/FSA, premiums, contact changes, complaints, thanks and follow-ups. Written by
helper drafts6."""

from drafts_common import COV_UNKNOWN, D

ITEMS = [
    # appeal
    D("en", "single", "appeal", "denied:50",
      "I want to appeal the denial for my back injections. What should I include so it has a "
      "real chance?",
      "Hi {MEMBER_FIRST_NAME}, the injections on {DATE_OF_SERVICE} were not paid because "
      "{DENIAL_REASON}. Include a letter from your doctor explaining why they are medically "
      "needed, notes showing treatments you already tried, and a copy of the denial letter. "
      "Your appeal must reach us by {APPEAL_DEADLINE}. Best, {AGENT_NAME}"),
    D("en", "single", "appeal", "none",
      "If you say no to my appeal, is there anyone outside your company who can look at it?",
      "Hi {MEMBER_FIRST_NAME}, yes: after a final denial of an internal appeal you can ask for "
      "an external review by an independent reviewer, within 4 months of the decision. The "
      "decision letter explains how to request it, and the reviewer's decision binds the plan. "
      "Best, {AGENT_NAME}"),
    D("en", "typo", "appeal", "none",
      "how long do i have to file an apeal after getting denied?",
      "Hi {MEMBER_FIRST_NAME}, the window for an internal appeal is 180 days, counted from the "
      "denial notice. If you tell me which claim it is, I can confirm the date on its "
      "letter. Best, {AGENT_NAME}"),
    D("es", "spanish", "appeal", "denied:50",
      "Quiero apelar la negación de mi terapia. ¿Cómo lo hago y hasta cuándo tengo?",
      "Hola {MEMBER_FIRST_NAME}, la terapia del {DATE_OF_SERVICE} no se pagó porque "
      "{DENIAL_REASON}. Para apelar, envíe una carta explicando por qué la necesita, con una "
      "nota de su médico y sus expedientes. La apelación debe llegar antes del "
      "{APPEAL_DEADLINE}. Saludos, {AGENT_NAME}"),
    D("en", "long", "appeal", "denied:197",
      "My oncologist wants to start a new infusion next week and it was turned down because "
      "the approval wasn't in place. She says waiting the normal time for an appeal could "
      "really hurt my treatment. Is there a faster option? I'm exhausted and honestly I don't "
      "know how to handle all this paperwork on top of everything else.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're dealing with this during treatment. The "
      "request was turned down because {DENIAL_REASON}. When waiting could seriously harm "
      "your health, your oncologist can ask for an expedited appeal, decided within 72 hours; "
      "her office can file it for you, so you don't have to handle the paperwork. "
      "Best, {AGENT_NAME}"),
    D("en", "single", "appeal", "none",
      "Can my daughter file an appeal for me? I'm in my eighties and this is too much for me.",
      "Hi {MEMBER_FIRST_NAME}, yes. You can name your daughter as your authorized "
      "representative by signing a short form, and then she can file and follow the appeal "
      "for you. I can send you the form. Best, {AGENT_NAME}"),
    # coordination of benefits
    D("en", "single", "coordination_of_benefits", "denied:22",
      "The letter claims some other insurer is supposed to be billed before you. There is no "
      "other insurer, it's just you!",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}. If you have no other coverage, please fill in the other-insurance "
      "questionnaire in the member portal (or tell me here); once it is updated the claim can "
      "be processed again. Best, {AGENT_NAME}"),
    D("en", "typo", "coordination_of_benefits", "none",
      "me and my husband both have insurence thru work, which one pays first for me?",
      "Hi {MEMBER_FIRST_NAME}, the plan through your own job pays first for you, and your "
      "husband's plan can pay second; for him it is the other way round. Send both plans' "
      "details to each insurer so they coordinate. Best, {AGENT_NAME}"),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Tengo Medicare y también este plan del trabajo de mi esposa. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}, depende del tamaño de la empresa de su esposa y de por qué "
      "tiene Medicare; en muchos casos el plan del empleo activo paga primero. Envíeme los "
      "datos de su tarjeta de Medicare y lo confirmo en su registro. Saludos, {AGENT_NAME}"),
    D("en", "single", "coordination_of_benefits", "none",
      "We have two plans for our kids, mine and my ex-husband's. Which one is primary for "
      "the children?",
      "Hi {MEMBER_FIRST_NAME}, if a court order says which parent covers the children, that "
      "plan pays first. Otherwise, with separated parents, the custodial parent's plan usually "
      "pays first. Let me know the arrangement and I'll update the children's record. "
      "Best, {AGENT_NAME}"),
    # eligibility
    D("en", "single", "eligibility", "none",
      "Our boy has his 26th birthday in March. Is he dropped on the day itself or later?",
      "Hi {MEMBER_FIRST_NAME}, children can stay on your plan until they turn 26; coverage "
      "usually ends at the end of the month of his birthday, and your plan document says "
      "which. Losing coverage gives him a 60-day special enrollment period to get his own. "
      "Best, {AGENT_NAME}"),
    D("en", "typo", "eligibility", "none",
      "just had a baby!! how do i add her to my plan and how long do i have",
      "Hi {MEMBER_FIRST_NAME}, congratulations! You can add her within 30 days of the birth "
      "(60 on some plans), and her coverage starts from her date of birth. You'll need her "
      "name, date of birth and, when you have it, her Social Security number. "
      "Best, {AGENT_NAME}"),
    D("es", "spanish", "eligibility", "none",
      "Me casé el mes pasado. ¿Puedo agregar a mi esposo al seguro ahora o tengo que esperar?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades! Casarse le da un periodo especial de "
      "inscripción: puede agregar a su esposo dentro de los 30 días siguientes a la boda (60 "
      "en algunos planes), sin esperar a la inscripción abierta. Saludos, {AGENT_NAME}"),
    D("en", "single", "eligibility", "denied:27",
      "A claim from last month was denied because my coverage wasn't active. I started a new "
      "job and was told insurance started right away.",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was turned down because "
      "{DENIAL_REASON}. Some employers start coverage after a waiting period; please check your "
      "start date with HR, and if they confirm it began earlier I will have the claim "
      "reviewed. You have until {APPEAL_DEADLINE} to appeal. Best, {AGENT_NAME}"),
    D("en", "long", "eligibility", "none",
      "My stepdaughter lives with us most of the year and goes to college out of state. My "
      "wife and I are both on my plan. Can I add my stepdaughter, and will she be covered at "
      "school since it's in another state? I'm not sure what papers I'd need to prove she's "
      "a dependent.",
      "Hi {MEMBER_FIRST_NAME}, stepchildren can usually be added up to age 26, whether or not "
      "they are students or live with you. You would need proof of the relationship, such as "
      "her birth certificate and your marriage certificate. Out of state, emergency care is "
      "always covered; for routine care, check which providers near her school are in your "
      "network. Best, {AGENT_NAME}"),
    # id card
    D("en", "single", "id_card", "none",
      "Where can I find a digital copy of my insurance card? I left my wallet at home.",
      "Hi {MEMBER_FIRST_NAME}, your ID card is in the member portal and app under ID card: you "
      "can show it on your phone, save it or print it. Providers accept the digital card. "
      "Best, {AGENT_NAME}"),
    D("en", "typo", "id_card", "none",
      "my new card has my name spelt wrong, is that gonna be a problem at the pharmcy",
      "Hi {MEMBER_FIRST_NAME}, a misspelt name can cause problems at a pharmacy, so let's fix "
      "it. Please reply with the correct spelling as it appears on your legal ID, and we can "
      "issue a corrected card. Your member ID is still valid meanwhile. Best, {AGENT_NAME}"),
    D("es", "spanish", "id_card", "none",
      "No me ha llegado la tarjeta del seguro y tengo cita la semana que viene. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}, puede usar la tarjeta digital de la aplicación o del portal "
      "para su cita; el consultorio la acepta. Si quiere una tarjeta física nueva, dígame su "
      "dirección actual y la pedimos. Saludos, {AGENT_NAME}"),
    D("en", "single", "id_card", "none",
      "What do the Rx BIN and PCN numbers on the back of my card mean? The pharmacy asked "
      "for them.",
      "Hi {MEMBER_FIRST_NAME}, the Rx BIN and PCN tell the pharmacy where to send your "
      "prescription claims; with your member ID and group number they let the pharmacy bill "
      "the plan. Just give them the numbers as printed on your card. Best, {AGENT_NAME}"),
    # pharmacy
    D("en", "single", "pharmacy", "none",
      "Is Ozempic on my plan's drug list?",
      "Hi {MEMBER_FIRST_NAME}, I can check the formulary for your {PLAN_NAME}; it also shows "
      "the drug's tier and whether it needs approval first. Some plans cover it only for "
      "certain conditions, so please tell me what it was prescribed for. Best, {AGENT_NAME}",
      add=COV_UNKNOWN),
    D("en", "typo", "pharmacy", "pharmacy",
      "why did my inhaler go up so much this month, same one ive had for years",
      "Hi {MEMBER_FIRST_NAME}, for the fill on {DATE_OF_SERVICE} your cost was {MEMBER_OWES}; "
      "a change like this usually means the drug moved to another tier or the fill counted "
      "toward your deductible. Ask your doctor whether a lower-tier inhaler would work for "
      "you. Best, {AGENT_NAME}"),
    D("es", "spanish", "pharmacy", "none",
      "¿Puedo pedir mis medicinas por correo para tres meses? Me sale más barato?",
      "Hola {MEMBER_FIRST_NAME}, sí, los medicamentos de uso continuo se pueden pedir por "
      "correo para 90 días, y suele costar menos que tres surtidos en farmacia. Pídale a su "
      "médico una receta para 90 días y regístrese en la farmacia por correo desde el portal. "
      "Saludos, {AGENT_NAME}"),
    D("en", "long", "pharmacy", "pharmacy",
      "Hi, I picked up my blood pressure pills at Bluegill Pharmacy on November 2 and paid "
      "$58.40, which is way more than last time. The pharmacist said it was the insurance, "
      "the insurance line said it was the pharmacy. Nobody will tell me why. I'm on a fixed "
      "income so this matters a lot. Can you tell me what happened and if there's a cheaper "
      "option?",
      "Hi {MEMBER_FIRST_NAME}, for the fill on {DATE_OF_SERVICE} at {PROVIDER_NAME} your share "
      "was {MEMBER_OWES} and the plan paid {PLAN_PAID}. A jump like this usually comes from a "
      "tier change or the deductible; a generic or a 90-day mail-order supply often costs "
      "less. Ask your doctor whether a generic would work. Best, {AGENT_NAME}",
      claim={"provider": "Bluegill Pharmacy", "date_of_service": "2026-11-02",
             "billed": "140.00", "member_owes": "58.40"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "pharmacy", "none",
      "Pharmacist says the plan makes me fail on an older cheaper pill before it pays for the "
      "one my doctor chose. Is there a way around that rule?",
      "Hi {MEMBER_FIRST_NAME}, that is step therapy: the plan asks you to try a first-line "
      "drug before the other one. Your doctor can ask for an exception if the first drug "
      "would not be right for you, with the medical reasons. Best, {AGENT_NAME}",
      add=COV_UNKNOWN),
    # HSA / FSA
    D("en", "single", "hsa_fsa", "none",
      "Can I use my HSA card to pay for my glasses?",
      "Hi {MEMBER_FIRST_NAME}, yes: prescription glasses and contact lenses are qualified "
      "medical expenses, so you can pay with your HSA card. Keep the receipt in case you're "
      "asked for it. Best, {AGENT_NAME}"),
    D("en", "typo", "hsa_fsa", "none",
      "my fsa card got declined at the dentist, i know theres money on it",
      "Hi {MEMBER_FIRST_NAME}, FSA cards are declined when the merchant isn't coded as a "
      "medical provider or when the card needs a receipt to approve an earlier charge. Pay "
      "another way, keep the itemized receipt, and submit it for reimbursement in the "
      "account portal. Best, {AGENT_NAME}"),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Qué pasa con el dinero de mi FSA que no use antes de fin de año?",
      "Hola {MEMBER_FIRST_NAME}, en una FSA el dinero no usado al final del año del plan "
      "normalmente se pierde, salvo que el empleador ofrezca un periodo de gracia o permita "
      "pasar una parte al año siguiente. Revise las reglas de su empleador. "
      "Saludos, {AGENT_NAME}"),
    D("en", "single", "hsa_fsa", "none",
      "Am I allowed to put money in an HSA with this plan?",
      "Hi {MEMBER_FIRST_NAME}, you can contribute to an HSA only while you're covered by an "
      "HSA-qualified high-deductible plan and have no other health coverage that isn't one. "
      "Your plan documents for {PLAN_NAME} say whether it is HSA-qualified, and I'm happy to "
      "check. Best, {AGENT_NAME}"),
    D("en", "single", "hsa_fsa", "none",
      "The FSA administrator wants proof for a charge I made at urgent care. What counts as "
      "proof?",
      "Hi {MEMBER_FIRST_NAME}, they need a document showing the date, the service, the "
      "provider and the amount you paid: an itemized receipt or the EOB from us works. A card "
      "slip alone isn't enough. You can download EOBs from the member portal. "
      "Best, {AGENT_NAME}"),
    # premiums
    D("en", "single", "premiums", "none",
      "I missed my premium payment this month. Am I still covered?",
      "Hi {MEMBER_FIRST_NAME}, there is a grace period for late premiums, and your coverage "
      "stays in place if you pay within it; with a premium tax credit the grace period is 3 "
      "months. Pay as soon as you can through the portal or by calling {PHONE}. "
      "Best, {AGENT_NAME}"),
    D("en", "typo", "premiums", "none",
      "how do i turn on auto pay for the monthly premim",
      "Hi {MEMBER_FIRST_NAME}, in the member portal go to Billing, then Payment settings, and "
      "choose automatic payments with your bank account or card; it starts with the next "
      "premium. Best, {AGENT_NAME}"),
    D("es", "spanish", "premiums", "none",
      "¿Por qué subió la prima este año si no usé casi nada el seguro?",
      "Hola {MEMBER_FIRST_NAME}, las primas cambian cada año para todos los miembros del plan "
      "según los costos médicos generales, no por cuánto usó usted el seguro. En su aviso de "
      "renovación se explica el cambio, y puede comparar otros planes en la inscripción "
      "abierta. Saludos, {AGENT_NAME}"),
    D("en", "single", "premiums", "none",
      "I need the tax form that shows I had coverage all year. Where do I get it?",
      "Hi {MEMBER_FIRST_NAME}, the coverage form (1095) is mailed early in the year and can "
      "be downloaded from the member portal under Tax documents. If you bought the plan on "
      "the Marketplace, your 1095-A comes from HealthCare.gov. Best, {AGENT_NAME}"),
    # contact change
    D("en", "single", "contact_change", "none",
      "I moved last week. How do I update my address with you?",
      "Hi {MEMBER_FIRST_NAME}, you can change your address in the member portal under "
      "Profile, or reply here with the new address and I'll update it. If you moved to a "
      "different state, let me know: your network may change. Best, {AGENT_NAME}"),
    D("en", "typo", "contact_change", "none",
      "pls change my phone number on file, the old one is disconected",
      "Hi {MEMBER_FIRST_NAME}, sure: reply with your new phone number and I'll put it on your "
      "record, or change it yourself in the member portal under Profile. Best, {AGENT_NAME}"),
    D("es", "spanish", "contact_change", "none",
      "Quiero cambiar mi correo electrónico para recibir los avisos. ¿Cómo lo hago?",
      "Hola {MEMBER_FIRST_NAME}, puede cambiarlo en el portal de miembros, en Perfil, o "
      "escríbame aquí el correo nuevo y lo actualizo en su registro. Saludos, {AGENT_NAME}"),
    D("en", "single", "contact_change", "none",
      "Divorce is final and I'm using my maiden name again. Which paperwork do you want so my "
      "account shows it?",
      "Hi {MEMBER_FIRST_NAME}, please send us a copy of the document showing the name change "
      "(the divorce decree or your new ID); once it's recorded, a new ID card is issued with "
      "your name. If your coverage comes through work, let HR know too. Best, {AGENT_NAME}"),
    # complaint
    D("en", "single", "complaint", "none",
      "I'd like to file a formal complaint about how my calls were handled last week.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry your calls went badly. You can file a formal "
      "grievance by replying here with what happened, with dates if you have them, or "
      "through the portal; it is reviewed by our grievance team and you get a written "
      "answer. Best, {AGENT_NAME}"),
    D("en", "long", "complaint", "pending",
      "I've called three times about my claim from September and every person tells me "
      "something different. One said it was paid, one said it needs more info, one said wait. "
      "I'm tired of being bounced around. I want someone to actually own this and tell me "
      "the truth about where it stands.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the mixed answers; that shouldn't happen. The "
      "claim for {DATE_OF_SERVICE} is still being processed: it has not been paid or turned "
      "down yet. I'll keep this thread with me and write to you as soon as it is decided. "
      "Best, {AGENT_NAME}"),
    D("es", "spanish", "complaint", "none",
      "Quiero poner una queja. La persona que me atendió por teléfono fue muy grosera.",
      "Hola {MEMBER_FIRST_NAME}, lamento mucho cómo la trataron. Puede presentar una queja "
      "formal respondiendo aquí con lo que pasó y la fecha de la llamada; el equipo de quejas "
      "la revisa y le responde por escrito. Saludos, {AGENT_NAME}"),
    D("en", "single", "complaint", "none",
      "One of your network doctors brushed off my 84 year old mom and talked down to her. "
      "Where does a complaint about that go?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry your mother was treated that way. Complaints about a "
      "network provider's care or conduct go to our quality team, who review them; reply "
      "with the doctor's name, the date and what happened. Best, {AGENT_NAME}"),
    # thanks / follow-ups
    D("en", "single", "thanks_followup", "none",
      "Just wanted to say thanks for sorting out my card so fast. Really appreciate it.",
      "Hi {MEMBER_FIRST_NAME}, thank you for letting us know, that's kind of you. We're here "
      "whenever you need anything else. Best, {AGENT_NAME}"),
    D("en", "typo", "thanks_followup", "pending",
      "any update on my claim? its been 3 weeks since i last wrote",
      "Hi {MEMBER_FIRST_NAME}, thanks for checking in. The claim for {DATE_OF_SERVICE} is "
      "still being processed; I'll write to you as soon as it is decided. Best, {AGENT_NAME}"),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias por su ayuda con lo de mi hija, ya quedó todo bien.",
      "Hola {MEMBER_FIRST_NAME}, ¡qué gusto saberlo! Gracias por avisarnos. Aquí estamos para "
      "lo que necesite. Saludos, {AGENT_NAME}"),
    D("en", "single", "thanks_followup", "none",
      "I sent the documents you asked for yesterday. Did they come through okay?",
      "Hi {MEMBER_FIRST_NAME}, thanks for sending them. Documents can take a day or two to "
      "reach the team that reviews them; I'll let you know here if anything is missing. "
      "Best, {AGENT_NAME}"),
    D("en", "single", "thanks_followup", "paid",
      "Thanks for the help on the lab claim, I see it went through now.",
      "Hi {MEMBER_FIRST_NAME}, glad it's sorted. The claim for {DATE_OF_SERVICE} is processed: "
      "the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Let us know if you need "
      "anything else. Best, {AGENT_NAME}"),
]
