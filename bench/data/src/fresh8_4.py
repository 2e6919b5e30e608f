"""Ninth held-out drafts set, batch 4: coordination of benefits, dependants and eligibility, ID
cards, pharmacy, HSA/FSA, premiums, contact changes, complaints, thanks and follow-ups. Written by
helper facts9 from general knowledge, without reading the earlier sets' messages or the demo
history.
"""

from drafts_common import COV_UNKNOWN, PA_UNKNOWN, D

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "Between my work coverage and the one from my husband's employer, whose plan gets the bill first for my own visits?",
      "Hi {MEMBER_FIRST_NAME}, the plan through your own job is primary for you and pays first; "
      "your husband's plan is secondary for you and may pick up some of what is left. Please "
      "keep both plans' details on file with your providers." + SIGN),
    D("en", "single", "coordination_of_benefits", "none",
      "Divorced, both of us carry the twins on our plans. Which plan should the pediatrician send claims to first?",
      "Hi {MEMBER_FIRST_NAME}, a custody order that names a parent for health coverage decides "
      "it. Without one, most plans apply the birthday rule, where the parent with the earlier "
      "birthday in the calendar goes first." + SIGN),
    D("es", "spanish", "coordination_of_benefits", "pending",
      "Tengo dos seguros y el reclamo de Pinecrest Physical Therapy sigue sin pagarse. ¿Es por "
      "eso?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} todavía está "
      "en proceso. Cuando hay dos seguros, necesitamos saber cuál es el principal; si no nos ha "
      "enviado la información del otro seguro, puede hacerlo llamando al {PHONE}." + SIGN,
      claim={"provider": "Pinecrest Physical Therapy", "billed": "420.00"},
      mentions=["provider"]),
    D("en", "typo", "coordination_of_benefits", "none",
      "you sent me a letter asking about other insurence, do i have to fill it out every yr",
      "Hi {MEMBER_FIRST_NAME}, yes, we ask once a year whether you have other coverage so claims "
      "are paid by the right plan first. Please return it even if you have no other insurance; "
      "claims can be held until we hear back." + SIGN),
    D("en", "single", "coordination_of_benefits", "none",
      "Just had my 65th, still working full time at a big company. Now that Medicare is in the picture, who's primary?",
      "Hi {MEMBER_FIRST_NAME}, if your employer has 20 or more employees, the job-based plan "
      "usually pays first and Medicare second. With a smaller employer Medicare is usually "
      "primary. Medicare's coordination of benefits contractor can confirm your case." + SIGN),
    # ---- eligibility / dependants ----
    D("en", "single", "eligibility", "none",
      "Can my stepdaughter be added to my plan?",
      "Hi {MEMBER_FIRST_NAME}, stepchildren can usually be covered as dependants up to age 26. "
      "Adding her outside open enrollment needs a qualifying event; we can tell you what is "
      "needed if you call us at {PHONE}." + SIGN),
    D("en", "single", "eligibility", "none",
      "Our oldest has a birthday coming that ages him off. Does he lose coverage on the birthday itself?",
      "Hi {MEMBER_FIRST_NAME}, dependants can stay on a parent's plan until age 26; coverage "
      "usually ends at the end of that month or at the end of the plan year, depending on the "
      "plan. Losing coverage at 26 is a qualifying event, so he can enroll in his own plan."
      + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Me casé el mes pasado, ¿puedo agregar a mi esposo al plan ahora o tengo que esperar?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades! El matrimonio abre un período especial de "
      "inscripción: puede agregar a su esposo dentro de los 30 días siguientes a la boda, o 60 "
      "días según el plan. Llámenos al {PHONE} para empezar." + SIGN),
    D("en", "typo", "eligibility", "none",
      "had a baby last wk, how do i get her on my insurence and how long do i have",
      "Hi {MEMBER_FIRST_NAME}, congratulations! A birth is a qualifying event: you have 30 days "
      "to add her, or 60 on some plans, and her coverage starts from her birth date. Call us at "
      "{PHONE} to add her." + SIGN),
    D("en", "long", "eligibility", "none",
      "Hi, complicated one. My nephew lives with us full time because his mom can't take care "
      "of him right now. We don't have formal custody papers yet, the lawyer says it'll take "
      "a while. He's 11. He has asthma and needs to see a doctor regularly. Is there any way "
      "to get him on our family plan, or do we need the court papers first?",
      "Hi {MEMBER_FIRST_NAME}, plans usually cover children you are the legal guardian of, so "
      "the guardianship papers are normally needed to add him. Until then he may qualify for "
      "Medicaid or CHIP, which cover many children; please call us at {PHONE} and we will tell "
      "you exactly what your plan accepts." + SIGN),
    # ---- ID cards ----
    D("en", "single", "id_card", "none",
      "Wallet got stolen at the gym, insurance card with it. What now?",
      "Hi {MEMBER_FIRST_NAME}, you can print a digital card from the member portal right away, "
      "and we can mail a replacement; please confirm your mailing address and we will request "
      "it." + SIGN),
    D("es", "spanish", "id_card", "none",
      "Mi tarjeta tiene mal escrito mi apellido. ¿Cómo la corrijo?",
      "Hola {MEMBER_FIRST_NAME}, lamentamos el error. Confírmenos cómo se escribe su apellido y, "
      "si hace falta, le pediremos un documento; después podemos pedir una tarjeta nueva." + SIGN),
    D("en", "typo", "id_card", "none",
      "did u send my new card yet? the pharmacy wont take the old one",
      "Hi {MEMBER_FIRST_NAME}, let me check the status of your card order. In the meantime you "
      "can show the digital card from the member portal; pharmacies can use the numbers on it."
      + SIGN),
    D("en", "single", "id_card", "none",
      "Does my wife get her own card or do we share one?",
      "Hi {MEMBER_FIRST_NAME}, each person covered usually gets their own card with their name, "
      "under the same plan. If she has not received hers, we can order one." + SIGN),
    # ---- pharmacy ----
    D("en", "single", "pharmacy", "none",
      "Endocrinologist mentioned a weekly GLP-1 shot for me. Would my plan pick that up?",
      "Hi {MEMBER_FIRST_NAME}, I can't confirm that from here: coverage depends on your plan's "
      "drug list and may need prior authorization. You can search the formulary in the member "
      "portal, or we can check with you at {PHONE}." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("en", "single", "pharmacy", "pharmacy",
      "Why did my inhaler cost $58.00 at Old Mill Pharmacy this time?",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} fill at {PROVIDER_NAME} the plan paid "
      "{PLAN_PAID} and your share was {MEMBER_OWES}. Drug costs can change with the deductible "
      "and the drug's tier." + SIGN,
      claim={"provider": "Old Mill Pharmacy", "service": "inhaler", "billed": "240.00",
             "allowed": "210.00", "plan_paid": "152.00", "member_owes": "58.00"},
      mentions=["provider", "amount"]),
    D("es", "spanish", "pharmacy", "none",
      "¿Puedo pedir mis medicinas por correo para tres meses?",
      "Hola {MEMBER_FIRST_NAME}, muchos planes permiten un suministro de 90 días por farmacia de "
      "envío por correo para medicamentos de uso continuo. Podemos confirmarlo y ayudarle a "
      "empezar si nos llama al {PHONE}." + SIGN,
      add=COV_UNKNOWN),
    D("en", "typo", "pharmacy", "none",
      "whats a formulary tier and why is my med tier 3",
      "Hi {MEMBER_FIRST_NAME}, a formulary is the plan's list of covered drugs, grouped in tiers; "
      "higher tiers usually cost more. Tier 3 is often a brand drug with a generic or preferred "
      "option, so ask your doctor whether a lower-tier drug would work." + SIGN),
    D("en", "long", "pharmacy", "none",
      "My doctor switched me to a new blood pressure pill after the old one stopped working, "
      "and the pharmacy said the plan wants the doctor to fill out a form first. Meanwhile I'm "
      "almost out of my old pills. I don't really understand why a plan gets to decide this. "
      "What's the form and how long will it take?",
      "Hi {MEMBER_FIRST_NAME}, some drugs need a prior authorization or step therapy form from "
      "your doctor before the plan covers them. Standard requests are usually decided within a "
      "few days, urgent ones faster. Ask your pharmacist about a short emergency supply of your "
      "old medicine meanwhile." + SIGN),
    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "Can I use my HSA card to pay a doctor's bill from last year?",
      "Hi {MEMBER_FIRST_NAME}, yes, as long as the care happened after your HSA was opened, you "
      "can pay or reimburse yourself for it at any time." + SIGN),
    D("en", "single", "hsa_fsa", "none",
      "I still have a few hundred sitting in the flexible spending account and it's December. Gone on the 31st?",
      "Hi {MEMBER_FIRST_NAME}, FSA money is generally use it or lose it, though some employers "
      "allow a grace period or a small carryover. Your employer's plan documents say which "
      "applies." + SIGN),
    D("es", "spanish", "hsa_fsa", "none",
      "¿La cuenta HSA se puede usar para lentes y el dentista?",
      "Hola {MEMBER_FIRST_NAME}, sí, los gastos de vista y dentales calificados, como lentes "
      "recetados y limpiezas, se pueden pagar con su HSA." + SIGN),
    D("en", "typo", "hsa_fsa", "none",
      "do i need a high deductable plan to have an hsa",
      "Hi {MEMBER_FIRST_NAME}, yes: to put money into an HSA you need to be on a qualifying "
      "high-deductible health plan. You can still spend money already in the account later."
      + SIGN),
    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "Paycheck came late so my monthly payment will be about a week behind. Am I going to be dropped?",
      "Hi {MEMBER_FIRST_NAME}, yes. If you get premium tax credits through the Marketplace, the "
      "grace period is 3 months; otherwise it is usually 30 days. Paying the past-due amount "
      "keeps your coverage active." + SIGN),
    D("es", "spanish", "premiums", "none",
      "¿Puedo cambiar la fecha en que se cobra la prima cada mes?",
      "Hola {MEMBER_FIRST_NAME}, en muchos casos sí podemos ajustar la fecha del pago automático. "
      "Llámenos al {PHONE} y revisamos las opciones de su plan {PLAN_NAME}." + SIGN),
    D("en", "long", "premiums", "none",
      "My employer told us premiums are going up next year and I'm trying to decide whether to "
      "stay on this plan or switch to the cheaper one with the higher deductible. We don't go "
      "to the doctor much, except my daughter's allergy shots. How do people usually decide "
      "this? I don't want to save on premiums and then get killed on bills.",
      "Hi {MEMBER_FIRST_NAME}, compare the total yearly cost of each plan: the premiums plus "
      "what you expect to pay in deductible, copays and coinsurance, with the out-of-pocket "
      "maximum as the worst case. Regular visits like allergy shots tend to favour lower "
      "deductibles; a high-deductible plan can pair with an HSA." + SIGN),
    D("en", "single", "premiums", "none",
      "Why did my premium go up this month?",
      "Hi {MEMBER_FIRST_NAME}, premiums can change at renewal, with a change in who is covered, "
      "or with a change in your tax credit. We can go over your {PLAN_NAME} bill with you at "
      "{PHONE}." + SIGN),
    # ---- contact changes ----
    D("en", "single", "contact_change", "none",
      "New apartment across town as of this weekend, where do I give you the new place?",
      "Hi {MEMBER_FIRST_NAME}, you can update it in the member portal, or reply with your new "
      "address and we will change it for you. A move to another area can also change which "
      "plans are available to you." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Cambié de número de teléfono, ¿me lo pueden actualizar?",
      "Hola {MEMBER_FIRST_NAME}, claro. Envíenos el número nuevo y lo actualizamos en su "
      "cuenta." + SIGN),
    D("en", "typo", "contact_change", "none",
      "pls stop sending paper mail, can i get everyting by email",
      "Hi {MEMBER_FIRST_NAME}, yes, you can choose paperless delivery in the member portal under "
      "communication preferences, or we can change it for you." + SIGN),
    D("en", "single", "contact_change", "none",
      "Did you update my email like I asked last week?",
      "Hi {MEMBER_FIRST_NAME}, let me check your contact details and confirm which e-mail is on "
      "file now. If it is not the new one, reply with it and we will update it." + SIGN),
    # ---- complaints ----
    D("en", "single", "complaint", "none",
      "I want to file a formal complaint about how I was treated on the phone.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your experience. You can file a grievance by "
      "replying with what happened, when, and who you spoke with; it will be reviewed and you "
      "will get a written answer." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Estoy harta de que nadie me conteste. Llevo tres semanas esperando.",
      "Hola {MEMBER_FIRST_NAME}, siento mucho la espera. Cuéntenos qué consulta tiene pendiente "
      "y me encargo de darle seguimiento." + SIGN),
    D("en", "long", "complaint", "none",
      "This is the fourth time I'm writing. Each time someone tells me they'll look into it and "
      "then nothing happens. I've been a member for years and I've never been treated like "
      "this. I want to know who is in charge of member services and how I make a complaint "
      "that actually gets read by a person.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you have had to write so many times. I can file a "
      "formal grievance for you; it is reviewed by our grievance team and you will get a written "
      "answer. Please tell me the question that is still open so I can follow it up too." + SIGN),
    D("en", "single", "complaint", "none",
      "Which government office takes complaints about health insurers where I live?",
      "Hi {MEMBER_FIRST_NAME}, you can file a complaint with your state's department of "
      "insurance, online or by phone. We would also like the chance to fix it; tell us what "
      "happened." + SIGN),
    # ---- thanks / follow-ups ----
    D("en", "single", "thanks_followup", "none",
      "Thanks so much for sorting that out yesterday!",
      "Hi {MEMBER_FIRST_NAME}, you're very welcome, glad it's sorted. Write anytime if anything "
      "else comes up." + SIGN),
    D("es", "spanish", "thanks_followup", "none",
      "Muchas gracias por la ayuda, todo quedó claro.",
      "Hola {MEMBER_FIRST_NAME}, con mucho gusto. Si tiene otra pregunta, aquí estamos." + SIGN),
    D("en", "single", "thanks_followup", "pending",
      "Just following up on the Ferncliff Cardiology claim, any news?",
      "Hi {MEMBER_FIRST_NAME}, the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} is still being "
      "processed. You will get an explanation of benefits once it is done; I will keep an eye "
      "on it." + SIGN,
      claim={"provider": "Ferncliff Cardiology", "billed": "980.00"},
      mentions=["provider"]),
    D("en", "typo", "thanks_followup", "none",
      "ok thx, that answers it",
      "Hi {MEMBER_FIRST_NAME}, glad that helped! Let us know if anything else comes up." + SIGN),
]
