"""Tenth held-out drafts set (stop 27), batch 3: payment plans, collections, financial
assistance, appeals, coordination of benefits, eligibility, ID cards. Helper sets9, general
knowledge; see fresh9_1 for the shapes and `C9`.
"""

from drafts_common import D
from fresh9_1 import C9

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- payment plans ----
    D("en", "single", "payment_plan", "paid",
      "can i pay the $600 in parts",
      "Hi {MEMBER_FIRST_NAME}, payment plans are set up with the provider's billing office, and "
      "most offer monthly payments. Your share on the {PROVIDER_NAME} claim for "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}, so that is the balance to arrange." + SIGN,
      claim=C9("1400.00", "600.00"),
      mentions=["amount"]),
    D("es", "spanish", "payment_plan", "none",
      "¿Puedo pagar la cuenta del hospital poco a poco? Ahora no tengo para pagarla toda.",
      "Hola {MEMBER_FIRST_NAME}, sí, la mayoría de los hospitales ofrecen planes de pago sin "
      "intereses; pídalo en su oficina de facturación. Si sus ingresos son bajos, pregunte "
      "también por su programa de asistencia financiera." + SIGN),
    D("en", "typo", "payment_plan", "none",
      "my wife cant work rite now and were behind on the hospital bill, do u guys do payment "
      "plans or is that the hospital",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry things are hard right now. Payment plans are arranged "
      "with the hospital's billing office, not with us; most will agree to monthly payments, and "
      "many hospitals have financial assistance you can apply for too." + SIGN),
    D("en", "single", "payment_plan", "none",
      "ok if I set up the payment plan with them, does it still count toward my deductible even "
      "if I haven't paid it all yet?",
      "Hi {MEMBER_FIRST_NAME}, yes. What counts toward your deductible is what the plan applied "
      "when it processed the claim, not when you pay the provider, so a payment plan does not "
      "change it." + SIGN),
    D("en", "long", "payment_plan", "paid",
      "Some background: I had gallbladder surgery in the summer, everything went fine, and I "
      "went back to work after two weeks. I knew there would be a bill, I'm not complaining "
      "about that. But the bill from Fairhaven Outpatient Surgery is $2,875.40, and the letter "
      "says it's due in 30 days, which isn't going to happen on my paycheck. If I do monthly "
      "payments, do they add interest?",
      "Hi {MEMBER_FIRST_NAME}, your share of the {PROVIDER_NAME} claim is {MEMBER_OWES}, after "
      "the plan paid {PLAN_PAID}. Most providers offer monthly payment plans, often without "
      "interest; ask their billing office before the due date so the account stays in good "
      "standing." + SIGN,
      claim=C9("6200.00", "2875.40", provider="Fairhaven Outpatient Surgery"),
      mentions=["amount", "provider"]),
    # ---- collections ----
    D("en", "single", "collections", "paid",
      "Why is a collection agency calling me about a bill from Little Acorn Pediatrics when my "
      "insurance paid it?",
      "Hi {MEMBER_FIRST_NAME}, on our records the plan paid {PLAN_PAID} on the {PROVIDER_NAME} "
      "claim for {DATE_OF_SERVICE}, and your share is {MEMBER_OWES}. Send the agency a copy of "
      "your EOB and ask them to validate the debt in writing; we can confirm the payment to the "
      "provider." + SIGN,
      claim=C9("340.00", "30.00", provider="Little Acorn Pediatrics"),
      mentions=["provider"]),
    D("es", "spanish", "collections", "paid",
      "Me llegó una carta de cobranza por 1.120,00 dólares de una clínica. Yo pensé que el "
      "seguro ya lo había pagado.",
      "Hola {MEMBER_FIRST_NAME}, el plan pagó {PLAN_PAID} en ese reclamo del {DATE_OF_SERVICE} y "
      "su parte es {MEMBER_OWES}, no el total facturado. Envíe a la agencia una copia de su "
      "explicación de beneficios y pida que verifiquen la deuda por escrito." + SIGN,
      claim=C9("1120.00", "150.00"),
      mentions=["amount"]),
    D("en", "typo", "collections", "none",
      "collections took my bill, can u stop them??",
      "Hi {MEMBER_FIRST_NAME}, we can't stop a collection agency, but we can confirm what the "
      "plan paid and what you owe. Ask the agency to validate the debt in writing, and send us "
      "the letter so we can check it against the claim." + SIGN),
    D("en", "long", "collections", "paid",
      "To whom it may concern: I have been contacted by a collection agency regarding an alleged "
      "balance of $780.00 for services on 02/11/2026 at Sable Creek Dermatology. It is my "
      "understanding that this claim was processed and paid by your plan. I request written "
      "confirmation of the payment so that I may dispute the debt. Sincerely.",
      "Hi {MEMBER_FIRST_NAME}, our records show the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} "
      "was processed: the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Your EOB for "
      "that claim is written confirmation you can send the agency with your dispute." + SIGN,
      claim=C9("780.00", "0.00", provider="Sable Creek Dermatology",
               date_of_service="2026-02-11"),
      mentions=["amount", "date", "provider"]),
    D("en", "single", "collections", "denied:50",
      "so if it's already in collections can I still appeal the denial?",
      "Hi {MEMBER_FIRST_NAME}, yes. The claim for {DATE_OF_SERVICE} was denied as "
      "{DENIAL_REASON}, and you can appeal until {APPEAL_DEADLINE} even while a collector has the "
      "bill. Tell the agency in writing that the claim is under appeal." + SIGN),
    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "none",
      "any help paying hospital bills? low income",
      "Hi {MEMBER_FIRST_NAME}, yes: nonprofit hospitals must have a financial assistance policy, "
      "and many reduce or forgive bills for people with low income. Ask the hospital's billing "
      "office for the application." + SIGN),
    D("es", "spanish", "financial_assistance", "none",
      "¿El hospital tiene ayuda para gente que no puede pagar? Me hablaron de algo de "
      "\"caridad\".",
      "Hola {MEMBER_FIRST_NAME}, sí: los hospitales sin fines de lucro deben tener un programa de "
      "asistencia financiera, a veces llamado atención de caridad, que reduce o perdona cuentas "
      "según los ingresos. Pida la solicitud en la oficina de facturación del hospital." + SIGN),
    D("en", "long", "financial_assistance", "paid",
      "My mother lives on Social Security and a very small pension. She was in Riverbend General "
      "Hospital for four days with pneumonia in the spring, and she's better now, thank God. The "
      "bill she got is $9,310.00, and even the part she's supposed to pay is more than she gets "
      "in a couple of months. I don't want her to panic. Is there any program that could help "
      "her?",
      "Hi {MEMBER_FIRST_NAME}, I'm glad she's better. Her share of the {PROVIDER_NAME} claim is "
      "{MEMBER_OWES}, after the plan paid {PLAN_PAID}. Ask the hospital for its financial "
      "assistance application: with an income like hers, much of that share may be reduced or "
      "forgiven, and the hospital can hold collection while it is reviewed." + SIGN,
      claim=C9("9310.00", "2200.00", provider="Riverbend General Hospital"),
      mentions=["amount", "provider"]),
    D("en", "typo", "financial_assistance", "none",
      "can i apply for the hospitals finacial asistance even if i have insurence",
      "Hi {MEMBER_FIRST_NAME}, yes, having insurance does not stop you from applying. Hospital "
      "financial assistance can cover the part of the bill you owe after the plan pays." + SIGN),
    D("en", "single", "financial_assistance", "none",
      "Why didn't anyone tell me about the hospital's charity program before they sent me to "
      "collections?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry nobody told you. You can usually still apply after the "
      "bill has gone to collections: nonprofit hospitals must accept applications for a period "
      "after the first bill, and if you qualify they must stop collection and refund what is "
      "covered." + SIGN),
    # ---- appeals ----
    D("en", "single", "appeal", "none",
      "appeal deadline?? got the denial letter tuesday",
      "Hi {MEMBER_FIRST_NAME}, counting from the day of that letter, the rule gives 180 days to "
      "file an internal appeal; should it go against you, an external review can be asked for "
      "within 4 months." + SIGN),
    D("en", "long", "appeal", "denied:50",
      "Dear Appeals Department, I wish to formally appeal the denial of claim QR-7712054 for "
      "physical therapy following my rotator cuff repair. My surgeon prescribed twelve sessions "
      "and considers them essential to my recovery. Please let me know what documentation you "
      "require from me and from my surgeon, and by what date it must be received.",
      "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was denied as {DENIAL_REASON}. Please send "
      "your appeal letter with your surgeon's letter and therapy notes explaining why the "
      "sessions are needed, together with the denial notice. We must receive it by "
      "{APPEAL_DEADLINE}." + SIGN,
      claim=C9("1560.00", scenario="denied:50", claim_number="QR-7712054",
               service="physical therapy"),
      mentions=["claim_number"]),
    D("es", "spanish", "appeal", "none",
      "Ya apelé y me lo negaron otra vez. ¿Hay algo más que pueda hacer?",
      "Hola {MEMBER_FIRST_NAME}, sí: puede pedir una revisión externa, hecha por una "
      "organización independiente, dentro de los 4 meses siguientes a la decisión de su "
      "apelación interna. Si es urgente, se decide en 72 horas." + SIGN),
    D("en", "single", "appeal", "none",
      "and what if the appeal takes too long, my surgery is in 2 weeks",
      "Hi {MEMBER_FIRST_NAME}, when waiting could seriously harm your health, your doctor can ask "
      "for an urgent (expedited) appeal, which is decided within 72 hours. Ask the office to "
      "mark it as urgent." + SIGN),
    D("en", "typo", "appeal", "none",
      "whats the adress to mail my apeal to and do i need my drs letter with it",
      "Hi {MEMBER_FIRST_NAME}, the mailing address for appeals is on your denial notice, and we "
      "can confirm it at {PHONE}. A letter from your doctor is not required, but it helps a lot; "
      "include a copy of the denial notice too." + SIGN),
    D("en", "single", "appeal", "denied:50",
      "Why did my husband's appeal get turned down when his doctor sent everything they asked "
      "for?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was denied as {DENIAL_REASON}, "
      "and the appeal decision letter explains what the reviewer found. He can now ask for an "
      "external review by an independent reviewer within 4 months of that decision." + SIGN),
    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "which insurance is primary, mine or my husbands",
      "Hi {MEMBER_FIRST_NAME}, the plan that covers you as an employee or subscriber is primary "
      "for you, and your husband's plan is primary for him. Your plan pays first on your own "
      "claims, then the other plan may pay some of what is left." + SIGN),
    D("en", "single", "coordination_of_benefits", "denied:22",
      "EOB remark: \"Denied - this care may be covered by another payer per coordination of "
      "benefits.\" I only have ONE insurance!",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was denied as {DENIAL_REASON} "
      "because our records show another plan for you. Please fill in the other-insurance "
      "questionnaire or tell us at {PHONE} that you have no other coverage, and the claim can be "
      "processed again." + SIGN),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Mi hijo tiene el seguro de su papá y también el mío. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}, para los hijos se usa la regla del cumpleaños: paga primero el "
      "plan del padre o la madre cuyo cumpleaños cae antes en el año (mes y día). Si están "
      "separados, puede depender de la orden de custodia." + SIGN),
    D("en", "typo", "coordination_of_benefits", "none",
      "i got medicare now too since i turned 65, do i still use this card first",
      "Hi {MEMBER_FIRST_NAME}, if you are still working and your employer has 20 or more "
      "employees, this plan usually pays first and Medicare second. With a smaller employer or "
      "retiree coverage, Medicare usually pays first. Please let us know so we can update your "
      "record." + SIGN),
    D("en", "long", "coordination_of_benefits", "none",
      "I help my mother-in-law with her paperwork. She has coverage through her late husband's "
      "retiree plan with you, and she also qualified for Medicaid this year because her savings "
      "ran out. Now the pharmacy and her doctor both keep asking which card to bill first, and "
      "I honestly don't know. Which one is supposed to go first?",
      "Hi {MEMBER_FIRST_NAME}, Medicaid always pays last: her coverage with us pays first, and "
      "Medicaid may then pay what is left. Her providers should bill us first; please let us know "
      "about the Medicaid coverage so it is on her record." + SIGN),
    # ---- eligibility ----
    D("en", "single", "eligibility", "none",
      "is my son still covered at 25",
      "Hi {MEMBER_FIRST_NAME}, yes, children can stay on a parent's plan until they turn 26, "
      "whether or not they live with you, are married or are in school." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Me casé el mes pasado. ¿Puedo agregar a mi esposo al plan ahora o tengo que esperar?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades! El matrimonio abre un período especial de "
      "inscripción: 30 días en un plan de empleador y 60 días en el Mercado de Seguros, contados "
      "desde la boda. No tiene que esperar a la inscripción abierta." + SIGN),
    D("en", "single", "eligibility", "none",
      "Why was my coverage cancelled? I never got a notice about it.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for the worry. Let me look at your record to see why "
      "the coverage ended; a missed premium, a change in eligibility or a change reported by "
      "your employer are common reasons. We can go through it with you at {PHONE}." + SIGN),
    D("en", "typo", "eligibility", "none",
      "just had a baby!! how do i add her to my plan, is ther a deadline",
      "Hi {MEMBER_FIRST_NAME}, congratulations! A birth lets you add her outside open "
      "enrollment: you have 30 days on an employer plan, or 60 days on a Marketplace plan, and "
      "her coverage can start from the day she was born." + SIGN),
    D("en", "long", "eligibility", "none",
      "I am writing regarding my coverage following my divorce, which was finalized last month. "
      "My former spouse was the subscriber and I was covered as a dependent. I have not received "
      "any correspondence about what happens now. Could you kindly tell me whether I remain "
      "covered, and if not, what options are available to me?",
      "Hi {MEMBER_FIRST_NAME}, a divorce usually ends coverage as a spouse on the other person's "
      "plan. If it is an employer plan, you may be able to keep it for a time through COBRA, and "
      "losing coverage also gives you a 60-day window to enroll in a Marketplace plan. We can "
      "confirm your status at {PHONE}." + SIGN),
    # ---- ID cards ----
    D("en", "single", "id_card", "none",
      "new card pls, lost mine",
      "Hi {MEMBER_FIRST_NAME}, a replacement card can be mailed to the address we have on file, "
      "and the digital card in the member portal works at your doctor and pharmacy right away."
      + SIGN),
    D("es", "spanish", "id_card", "none",
      "Mi tarjeta tiene el nombre mal escrito, ¿cómo lo corrijo?",
      "Hola {MEMBER_FIRST_NAME}, díganos cómo se escribe su nombre correctamente, tal como "
      "aparece en su identificación, y le enviamos una tarjeta nueva. Puede llamarnos al {PHONE}."
      + SIGN),
    D("en", "typo", "id_card", "none",
      "the pharmacy says my id number dosnt work, is my card still good",
      "Hi {MEMBER_FIRST_NAME}, let me check that your coverage is active and that the pharmacy "
      "has the right numbers; besides the member ID, they need the pharmacy numbers (BIN and "
      "PCN) printed on the card." + SIGN),
    D("en", "single", "id_card", "none",
      "ok, and my daughter, does she get her own card or does she use mine?",
      "Hi {MEMBER_FIRST_NAME}, each person on the plan can have their own card with their name; "
      "we can send one for her, and her card also shows in the member portal." + SIGN),
    D("en", "single", "id_card", "none",
      "My father has dementia and keeps losing his insurance card. Can you send the new one to "
      "me instead of to him?",
      "Hi {MEMBER_FIRST_NAME}, yes, once you are on his record as his authorized representative, "
      "for example with a power of attorney. Call us at {PHONE} and we can set that up and send "
      "the card to you." + SIGN),
]
