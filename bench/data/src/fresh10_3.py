"""Eleventh held-out drafts set (stop 28), batch 3: payment plans, collections, financial
assistance, appeals, coordination of benefits, eligibility. Helper sets10, general knowledge;
see fresh10_1 for the shapes and `C10`.
"""

from drafts_common import D
from fresh10_1 import C10

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- payment plans ----
    D("en", "typo", "payment_plan", "paid",
      "hi i cant pay the whole 640 from Oakmere Surgical at once can i do like 50 a month "
      "thru you guys or is it the hospital i ask",
      "Hi {MEMBER_FIRST_NAME}, payment plans are set up with the provider, not with the plan. "
      "Your share on the {DATE_OF_SERVICE} claim is {MEMBER_OWES}; call {PROVIDER_NAME}'s "
      "billing office and ask for monthly payments. Most offices agree to a plan with no "
      "interest." + SIGN,
      claim=C10("2900.00", "640.00", provider="Oakmere Surgical"),
      mentions=["amount", "provider"]),
    D("en", "single", "payment_plan", "none",
      "I'm already on a payment plan with the hospital for one bill and now there's a second "
      "bill. Can they add it to the same plan, or do I need two?",
      "Hi {MEMBER_FIRST_NAME}, many hospitals can add a new balance to an existing payment plan; "
      "ask their billing office to combine them. If the monthly amount becomes too much, ask "
      "about their financial assistance program as well." + SIGN),
    D("es", "spanish", "payment_plan", "partial_deductible",
      "Debo 860,00 dólares al Centro de Imágenes Valle Verde por la resonancia. No tengo todo ese "
      "dinero junto. ¿Me pueden dar un plan de pagos?",
      "Hola {MEMBER_FIRST_NAME}, el plan de pagos lo da el proveedor. Su parte del reclamo del "
      "{DATE_OF_SERVICE} es {MEMBER_OWES}, de la cual {DEDUCTIBLE_APPLIED} fue al deducible. "
      "Llame a la oficina de cobros de {PROVIDER_NAME} y pida pagos mensuales; muchos aceptan sin "
      "intereses." + SIGN,
      claim=C10("1700.00", "860.00", "partial_deductible",
                provider="Centro de Imágenes Valle Verde"),
      mentions=["amount", "provider"]),
    D("en", "long", "payment_plan", "none",
      "My husband and I are both retired and on a fixed income. We have always paid our bills "
      "on time, every one, for fifty years. This year with his heart surgery the bills are more "
      "than we can pay at once, and I am embarrassed to even ask. Is there a way to pay the "
      "hospital a little each month without it going against us?",
      "Hi {MEMBER_FIRST_NAME}, there is nothing to be embarrassed about; many families ask. "
      "Hospitals set up monthly payment plans, usually without interest, and a bill on a payment "
      "plan that you keep up with is not sent to collections. Ask also about the hospital's "
      "financial assistance, which can lower the bill itself." + SIGN),
    D("en", "single", "payment_plan", "none",
      "If I set up a payment plan, will my deductible still count what I've paid, or only when "
      "I finish paying?",
      "Hi {MEMBER_FIRST_NAME}, the deductible counts your share when the claim is processed, not "
      "when you pay the provider, so a payment plan does not change it: your share goes toward "
      "the deductible as soon as the claim is done, however slowly you pay it off." + SIGN),
    # ---- collections ----
    D("en", "single", "collections", "none",
      "A collection agency letter says \"Original creditor: Summit Ridge Anesthesia\". I've never "
      "seen a bill from them. What should I do first?",
      "Hi {MEMBER_FIRST_NAME}, first ask the agency in writing to validate the debt, and ask for "
      "the date of service. Then send us that date; we will check whether we received a claim "
      "from the anesthesia group and how it was processed." + SIGN),
    D("en", "typo", "collections", "paid",
      "they sent my bill to collections but your eob says i only owe 22.75 and i thought the "
      "insurance was still working on it, can you tell them",
      "Hi {MEMBER_FIRST_NAME}, the {DATE_OF_SERVICE} claim was processed: the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}. Send the collection agency and the provider "
      "a copy of the EOB and ask them to correct the balance; we can confirm the claim to them "
      "if they call {PHONE}." + SIGN,
      claim=C10("300.00", "22.75"),
      mentions=["amount"]),
    D("es", "spanish", "collections", "none",
      "Me llamó una agencia de cobranza por una cuenta médica de hace dos años. Dicen que si no "
      "pago me afecta el crédito. ¿Es cierto?",
      "Hola {MEMBER_FIRST_NAME}, las deudas médicas pagadas ya no aparecen en el informe de "
      "crédito, y las de menos de cierto monto tampoco. Pida a la agencia que le envíe la "
      "deuda por escrito con la fecha del servicio, y mándenosla para revisar cómo se procesó el "
      "reclamo." + SIGN),
    D("en", "long", "collections", "none",
      "------ Original Message ------\nFrom: \"Dennis\" <dennis.k@example.net>\nTo: me\n"
      "Sent: Thursday 8:02 AM\n\n>> Bev, another one of those collections letters came, the "
      "orange one, for the lab from when you had the biopsy. I put it on the fridge.\n\nI'm "
      "Bev. Is there anything you can do about a bill that's already in collections?",
      "Hi {MEMBER_FIRST_NAME}, yes, there are things we can check. Please send us the date of "
      "service and the lab's name from the letter; if we never received the claim or it was "
      "processed with a smaller share, the lab and the agency must correct the balance. You can "
      "also ask the agency to validate the debt in writing." + SIGN),
    D("en", "single", "collections", "pending",
      "Why is a bill from Thornbury Pathology in collections when my claim with you still says "
      "pending?",
      "Hi {MEMBER_FIRST_NAME}, the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} is still being "
      "processed, so nothing is due yet. Tell the agency and the provider that the claim is "
      "still open and ask them to pause collection; we can confirm that to them." + SIGN,
      claim=C10("210.00", scenario="pending", provider="Thornbury Pathology"),
      mentions=["provider"]),
    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "none",
      "I'm a single mom with two kids and just lost hours at work. Is there any kind of help "
      "with medical bills? I have a bunch.",
      "Hi {MEMBER_FIRST_NAME}, yes: most hospitals have financial assistance (charity care) "
      "that lowers or forgives bills based on income, and a drop in hours can qualify you. Ask "
      "each hospital's billing office for its application. With lower income you may also "
      "qualify for Medicaid or for help with premiums." + SIGN),
    D("es", "spanish", "financial_assistance", "none",
      "¿El hospital tiene algún programa de ayuda para personas de bajos ingresos? Tengo una "
      "factura muy grande de la cirugía de mi esposo.",
      "Hola {MEMBER_FIRST_NAME}, sí, la mayoría de los hospitales tienen ayuda financiera según "
      "los ingresos, que puede bajar o cancelar la factura. Pida la solicitud en la oficina de "
      "facturación del hospital; puede presentarla aunque ya haya recibido la cuenta." + SIGN),
    D("en", "typo", "financial_assistance", "none",
      "is ther any financail help for ppl whos insurance pays but they still cant afford there "
      "part",
      "Hi {MEMBER_FIRST_NAME}, yes. Hospital financial assistance covers what you owe after "
      "insurance too, based on income; ask the hospital's billing office for the application. "
      "Some drug makers and foundations also help with costs for specific conditions." + SIGN),
    D("en", "long", "financial_assistance", "none",
      "I'll try to keep this short but it's been a year. I had a stroke in January, I'm 58, I "
      "was a contractor so when I couldn't work the money just stopped. My wife works part-time. "
      "We've been paying what we can on the bills but it's not much. Someone at rehab mentioned "
      "charity care. Is that a real thing and where do I even start?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry for this hard year, and yes, it is real. Nonprofit "
      "hospitals must have a financial assistance policy; ask each hospital's billing office for "
      "the application and send proof of income. It can reduce or forgive what you owe, even on "
      "bills you have been paying, and they must pause collection while they review it." + SIGN),
    D("en", "single", "financial_assistance", "none",
      "Hello. I am from Ukraine and new in this country. The hospital give me paper about "
      "\"financial assistance application\". What is this and I must fill it?",
      "Hi {MEMBER_FIRST_NAME}, welcome. That paper is the hospital's program to lower bills for "
      "people with lower income. You do not have to fill it in, but it can reduce what you owe. "
      "Fill in your household income, add pay slips, and return it to the hospital's billing "
      "office." + SIGN),
    # ---- appeals ----
    D("en", "long", "appeal", "denied:50",
      "I want to appeal. The letter says, and I quote, \"the requested service does not meet "
      "medical necessity criteria for continued inpatient rehabilitation.\" My mother could not "
      "stand up on her own when they sent her home from Whitcombe Rehabilitation Hospital. What "
      "do I need to send and by when?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your mother. The {PROVIDER_NAME} claim for "
      "{DATE_OF_SERVICE} was denied as {DENIAL_REASON}. For the appeal, send a letter saying why "
      "you disagree, her therapy notes and a letter from her doctor about what she could not do; "
      "it must reach us by {APPEAL_DEADLINE}. If her care is urgent, ask for an expedited appeal, "
      "decided within 72 hours." + SIGN,
      claim=C10("18400.00", scenario="denied:50", provider="Whitcombe Rehabilitation Hospital"),
      mentions=["provider"]),
    D("en", "typo", "appeal", "none",
      "how long do i have to appeal a denial and can my doctor do it for me",
      "Hi {MEMBER_FIRST_NAME}, you have 180 days from the denial notice to file an internal "
      "appeal, and yes, your doctor can file it for you or with you; we just need your written "
      "OK for someone else to act on your behalf." + SIGN),
    D("es", "spanish", "appeal", "denied:204",
      "Quiero apelar la negación de la terapia de lenguaje de mi hijo con Centro Infantil "
      "Arcoíris. ¿Qué necesito mandar?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} se negó "
      "como {DENIAL_REASON}. Para apelar, envíe una carta explicando por qué no está de acuerdo, "
      "con el informe de la terapeuta y una carta del pediatra sobre por qué la necesita; debe "
      "llegarnos antes del {APPEAL_DEADLINE}." + SIGN,
      claim=C10("1250.00", scenario="denied:204", provider="Centro Infantil Arcoíris"),
      mentions=["provider"]),
    D("en", "single", "appeal", "none",
      "My internal appeal got turned down last week. Is that the end of the road?",
      "Hi {MEMBER_FIRST_NAME}, not necessarily. You can ask for an external review by an "
      "independent reviewer within 4 months of the final denial; the letter you received "
      "explains how to ask. If the external reviewer decides for you, the plan must follow "
      "that decision." + SIGN),
    D("en", "single", "appeal", "denied:96",
      "With the greatest respect, I would like to contest the decision on my hearing aids from "
      "Bellweather Audiology. I was under the impression that they were included. How does one "
      "go about it?",
      "Hi {MEMBER_FIRST_NAME}, thank you for writing. The {PROVIDER_NAME} claim for "
      "{DATE_OF_SERVICE} was denied as {DENIAL_REASON}. You may appeal by letter, explaining why "
      "you believe they are included and enclosing your audiologist's notes, by "
      "{APPEAL_DEADLINE}." + SIGN,
      claim=C10("3800.00", scenario="denied:96", provider="Bellweather Audiology"),
      mentions=["provider"]),
    D("en", "single", "appeal", "none",
      "The appeal is for my teenage son's eating disorder treatment and they said it could take "
      "30 days. He can't wait 30 days. Is there anything faster?",
      "Hi {MEMBER_FIRST_NAME}, yes: when waiting could seriously harm his health, you or his "
      "doctor can ask for an expedited appeal, which is decided within 72 hours. His doctor's "
      "statement that it is urgent helps; you can ask for an external review at the same time."
      + SIGN),
    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "My kids are on my plan and their dad's plan. Whose plan pays first for them? We're "
      "divorced, if that matters.",
      "Hi {MEMBER_FIRST_NAME}, it matters. For divorced parents, the plan named in the custody "
      "order pays first; without one, it is usually the plan of the parent with custody. Please "
      "tell us what the order says, and we will set it in the children's records." + SIGN),
    D("es", "spanish", "coordination_of_benefits", "denied:22",
      "Me negaron el reclamo de Clínica Familiar Los Pinos porque dicen que tengo otro seguro. "
      "Ese seguro lo cancelé hace un año.",
      "Hola {MEMBER_FIRST_NAME}, el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} se negó por "
      "{DENIAL_REASON}, porque en su registro aparece otro seguro. Mándenos la fecha en que lo "
      "canceló, o la carta de cancelación, para actualizar su registro y volver a procesar el "
      "reclamo." + SIGN,
      claim=C10("175.00", scenario="denied:22", provider="Clínica Familiar Los Pinos"),
      mentions=["provider"]),
    D("en", "typo", "coordination_of_benefits", "none",
      "got a form asking about other insurance, i just turned 65 and have medicare part a now, "
      "do i put that on there",
      "Hi {MEMBER_FIRST_NAME}, yes, please list Medicare on the form. Which plan pays first "
      "depends on whether you are still working and on your employer's size, and we need to "
      "know about Medicare to process your claims in the right order." + SIGN),
    D("en", "long", "coordination_of_benefits", "none",
      "My wife has insurance through the school district and I have this one through my job. "
      "She had a baby in the spring (our second!) and I added the baby to mine, but I think she "
      "added him to hers too, and now the pediatrician's office keeps asking which card to use "
      "and sending us letters. Which plan is the main one for the baby?",
      "Hi {MEMBER_FIRST_NAME}, congratulations on your second! For a baby covered by mom and "
      "dad both, most plans follow the birthday rule: whichever parent's birthday falls earlier "
      "in the year (month and day, not age) has the primary plan. Send us both birthdays and "
      "the school district plan's name so the baby's record shows the right order." + SIGN),
    # ---- eligibility ----
    D("en", "single", "eligibility", "none",
      "hey, im 22 and in college out of state, am i still on my parents plan here or do i need "
      "my own?",
      "Hi {MEMBER_FIRST_NAME}, you can stay on your parent's plan until you turn 26, even when you "
      "are in school out of state. For routine care there, look for in-network providers near "
      "your school in the member portal." + SIGN),
    D("es", "spanish", "eligibility", "none",
      "Me voy a casar en enero. ¿Puedo meter a mi esposo en mi seguro o tengo que esperar a "
      "noviembre?",
      "Hola {MEMBER_FIRST_NAME}, ¡felicidades! No tiene que esperar: el matrimonio le da un "
      "periodo especial de inscripción. Puede agregarlo dentro de los 30 días de la boda en un "
      "plan de empleador, o 60 días en el Mercado." + SIGN),
    D("en", "typo", "eligibility", "none",
      "hello my son is 25 turning 26 in febuary, does he get kicked off that day or end of "
      "month or end of year",
      "Hi {MEMBER_FIRST_NAME}, dependent coverage ends at age 26; on many plans it runs to the "
      "end of the month he turns 26. Losing it gives him a special enrollment period for his "
      "own plan, so he can line up new coverage in time." + SIGN),
    D("en", "long", "eligibility", "none",
      "So my divorce was final in October, and I was on my ex's plan through his work, and I "
      "got a letter from his HR saying my coverage ended, with COBRA forms, and I don't know if "
      "I'm still on the kids' policy or anything, and I have a mammogram scheduled. Am I covered "
      "today?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're dealing with this on top of everything. Please "
      "send us your member ID or date of birth so we can check your status today. If your "
      "coverage ended with the divorce, COBRA can continue it, and the divorce also opens a "
      "special enrollment period for a plan of your own." + SIGN),
]
