"""Fresh3 batch 1: deductible, copays and coinsurance, out-of-pocket maximum, EOBs."""
from drafts_common import D

ITEMS = [
    # deductible
    D("en", "single", "deductible", "none",
      "When does my deductible start over? My sister's plan resets in July and now I'm not sure "
      "whether mine does too.",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over at the beginning of each plan year, "
      "and your current plan year runs through {PLAN_YEAR_END}. So far you have met "
      "{DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, which leaves {DEDUCTIBLE_REMAINING}. "
      "Plans differ, so your sister's date may not match yours. Let me know if you have other "
      "questions. {AGENT_NAME}"),
    D("en", "single", "deductible", "deductible",
      "Got a bill from Copperline Orthopedics for $312.40 for my knee visit on Oct 3 and the "
      "statement says it all went to my deductible. Does the plan pay nothing at all until I "
      "reach it?",
      "Hi {MEMBER_FIRST_NAME}, your visit with {PROVIDER_NAME} on {DATE_OF_SERVICE} was applied "
      "to your deductible, so the {MEMBER_OWES} is your share of the allowed amount of "
      "{ALLOWED}. Until the deductible is met you pay the plan's allowed amount for most "
      "services; preventive care is covered before that. You have {DEDUCTIBLE_REMAINING} left "
      "to meet this plan year, after which the plan starts sharing the cost. {AGENT_NAME}",
      claim={"provider": "Copperline Orthopedics", "date_of_service": "2026-10-03",
             "billed": "520.00", "member_owes": "312.40"},
      mentions=["amount", "date", "provider"]),
    D("en", "typo", "deductible", "none",
      "how much of my deductable have i used up so far this yr?? i keep loosing track and the "
      "app wont load",
      "Hi {MEMBER_FIRST_NAME}, sorry the app is giving you trouble. This plan year you have met "
      "{DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, so {DEDUCTIBLE_REMAINING} remains. It "
      "starts over after {PLAN_YEAR_END}. If the app still won't load, try signing out and back "
      "in, or call us at {PHONE}. {AGENT_NAME}"),
    D("es", "spanish", "deductible", "none",
      "Buenas, ¿cuánto me falta para completar el deducible de este año? Tengo una cirugía "
      "programada y quiero saber cuánto voy a pagar.",
      "Hola {MEMBER_FIRST_NAME}: su deducible es de {DEDUCTIBLE} y hasta ahora ha cubierto "
      "{DEDUCTIBLE_MET}, así que le faltan {DEDUCTIBLE_REMAINING}. Después del deducible paga "
      "el coseguro hasta llegar al máximo de gastos de bolsillo de {OOP_MAX}. Para saber el "
      "costo de la cirugía, pídale al consultorio el código del procedimiento y con gusto le "
      "damos un estimado. Saludos, {AGENT_NAME}"),
    D("en", "long", "deductible", "partial_deductible",
      "Hello, I am trying to understand a statement I received. I had an ultrasound at Lindale "
      "Imaging back on August 19 and I assumed my plan would cover most of it because I had "
      "already been to the doctor a few times this year. Instead the statement says part of it "
      "went toward my deductible and I owe $146.75. I thought I was close to being done with the "
      "deductible. Can you explain how much went to the deductible, how much the plan paid, and "
      "whether I'm finally done with it for the year? I'd like to plan for my next few "
      "appointments.",
      "Hi {MEMBER_FIRST_NAME}, thanks for the detail. For your ultrasound at {PROVIDER_NAME} "
      "on {DATE_OF_SERVICE}, the allowed amount was {ALLOWED}. Of that, {DEDUCTIBLE_APPLIED} "
      "finished off your deductible and the plan paid {PLAN_PAID}, which brings your share to "
      "{MEMBER_OWES}. This plan year you have now met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} "
      "deductible, so for your next appointments you will mostly pay coinsurance until you "
      "reach the out-of-pocket maximum. {AGENT_NAME}",
      claim={"provider": "Lindale Imaging", "date_of_service": "2026-08-19",
             "billed": "610.00", "member_owes": "146.75"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "deductible", "none",
      "My husband and I are both on the plan. Is there one deductible for the two of us or does "
      "each of us have our own?",
      "Hi {MEMBER_FIRST_NAME}, on a family plan each person has an individual deductible, and "
      "there is also a family deductible. Once either one of you meets the individual amount, "
      "the plan starts sharing that person's costs; once your combined spending reaches the "
      "family amount, it does so for both of you. Your own deductible is {DEDUCTIBLE}, and you "
      "have met {DEDUCTIBLE_MET} of it. {AGENT_NAME}"),
    # copays and coinsurance
    D("en", "single", "copay_coinsurance", "none",
      "My benefits booklet talks about copays in one place and coinsurance in another. Which one "
      "applies when I see a specialist?",
      "Hi {MEMBER_FIRST_NAME}, a copay is a fixed amount you pay for a visit, while coinsurance "
      "is a percentage of the allowed amount that you pay after your deductible is met. Many "
      "plans use a copay for office visits, including specialists, and coinsurance for things "
      "like imaging or hospital stays. Your plan summary lists which applies to each service; "
      "I can walk you through it if you tell me the visit type. {AGENT_NAME}"),
    D("en", "single", "copay_coinsurance", "paid",
      "Why did I get charged a percentage for my scan at Lindale Imaging instead of a flat fee "
      "like at my regular doctor?",
      "Hi {MEMBER_FIRST_NAME}, imaging such as a scan falls under coinsurance on your plan "
      "rather than an office-visit copay. For the scan on {DATE_OF_SERVICE} at "
      "{PROVIDER_NAME}, {ALLOWED} was allowed; the plan covered {PLAN_PAID} and your "
      "coinsurance share came to {MEMBER_OWES}. Office visits with your regular doctor "
      "use a set copay instead. {AGENT_NAME}",
      claim={"provider": "Lindale Imaging"}, mentions=["provider"]),
    D("es", "spanish", "copay_coinsurance", "none",
      "¿El copago para ver al especialista es igual que el del médico de cabecera o es más "
      "caro?",
      "Hola {MEMBER_FIRST_NAME}: en la mayoría de los planes el copago del especialista es "
      "más alto que el del médico de atención primaria. El monto exacto de su plan "
      "{PLAN_NAME} aparece en el resumen de beneficios; si quiere, se lo confirmo por "
      "teléfono al {PHONE}. Saludos, {AGENT_NAME}"),
    D("en", "typo", "copay_coinsurance", "paid",
      "was charged 45 dollers at pinecrest urgent care on 11/2, i thougt urgent care was "
      "supposed to be cheeper than that??",
      "Hi {MEMBER_FIRST_NAME}, I looked at your visit to {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE}. The plan allowed {ALLOWED} and paid {PLAN_PAID}, and your share was "
      "{MEMBER_OWES}, which is the urgent care cost sharing on your plan. Urgent care is "
      "usually far less than an emergency room visit for the same problem. {AGENT_NAME}",
      claim={"provider": "Pinecrest Urgent Care", "date_of_service": "2026-11-02",
             "billed": "210.00", "member_owes": "45.00"},
      mentions=["amount", "date", "provider"]),
    D("en", "single", "copay_coinsurance", "none",
      "Quick question - do the copays I pay at the doctor count toward my out-of-pocket "
      "maximum?",
      "Hi {MEMBER_FIRST_NAME}, yes: copays, coinsurance and your deductible all count toward "
      "your out-of-pocket maximum for covered in-network care. Premiums and services the plan "
      "does not cover do not count. Once you reach the maximum, the plan pays covered "
      "services in full for the rest of the plan year. {AGENT_NAME}"),
    # out-of-pocket maximum
    D("en", "single", "out_of_pocket_max", "none",
      "How close am I to hitting my out of pocket limit for the year?",
      "Hi {MEMBER_FIRST_NAME}, so far this plan year you have paid {OOP_MET} toward your "
      "out-of-pocket maximum of {OOP_MAX}. Once you reach it, the plan pays for covered "
      "in-network care in full until the plan year ends on {PLAN_YEAR_END}. {AGENT_NAME}"),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "I reached my out-of-pocket max back in August. Why is there still a statement for my "
      "physical therapy on Sept 18 at Blue Heron Physical Therapy?",
      "Hi {MEMBER_FIRST_NAME}, you'll still get a statement for each visit, but because you "
      "reached your out-of-pocket maximum, your share for the visit to {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}; the plan paid {PLAN_PAID}. If the therapist's "
      "office sends you a bill for more than that, let us know. {AGENT_NAME}",
      claim={"provider": "Blue Heron Physical Therapy", "date_of_service": "2026-09-18",
             "billed": "180.00", "member_owes": "0.00"},
      mentions=["date", "provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "¿Qué cuenta para el máximo de gastos de bolsillo? ¿La cuota mensual también cuenta?",
      "Hola {MEMBER_FIRST_NAME}: al máximo de gastos de bolsillo cuentan el deducible, los "
      "copagos y el coseguro de servicios cubiertos dentro de la red. La prima mensual no "
      "cuenta. Este año lleva {OOP_MET} de un máximo de {OOP_MAX}. Saludos, {AGENT_NAME}"),
    D("en", "long", "out_of_pocket_max", "none",
      "Hi there. My wife is starting chemotherapy next month and the oncologist's office warned "
      "us it will be expensive. We have never had big medical costs before, so I'm trying to "
      "understand the worst case. Is there a limit on what we would have to pay in a year, "
      "does it include the drugs she gets at the infusion center, and does it start over at a "
      "certain point? I'd rather know now than be surprised by bills in the spring.",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry your family is going through this. Your plan has an "
      "out-of-pocket maximum: once the deductible, copays and coinsurance you pay for covered "
      "in-network care reach it, the plan pays covered care in full for the rest of the plan "
      "year. Drugs given at an infusion center are medical benefits and count toward it. You "
      "have paid {OOP_MET} of {OOP_MAX} so far, and it starts over after {PLAN_YEAR_END}. We "
      "also have a care management nurse who can help you plan; call {PHONE} if you would "
      "like that. {AGENT_NAME}"),
    D("en", "typo", "out_of_pocket_max", "none",
      "does the out of pockt max reset on jan 1st or on my plan anniversery? confused",
      "Hi {MEMBER_FIRST_NAME}, your out-of-pocket maximum resets with your plan year, not "
      "necessarily the calendar year. Your current plan year ends on {PLAN_YEAR_END}, and you "
      "have paid {OOP_MET} of {OOP_MAX} so far. {AGENT_NAME}"),
    # EOB questions
    D("en", "single", "eob_question", "paid",
      "I got an explanation of benefits for my visit with Dr. Teodora Balan and it says THIS IS "
      "NOT A BILL at the top. So do I owe anything or not?",
      "Hi {MEMBER_FIRST_NAME}, the explanation of benefits shows how the plan processed the "
      "claim; the bill itself comes from the provider. For your visit with {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE}, the provider billed {BILLED}, the plan allowed {ALLOWED} and paid "
      "{PLAN_PAID}, and your share is {MEMBER_OWES}. When the office bills you, it should "
      "match that amount. {AGENT_NAME}",
      claim={"provider": "Dr. Teodora Balan", "billed": "260.00", "member_owes": "35.00"},
      mentions=["provider"]),
    D("en", "single", "eob_question", "paid",
      "What is the 'provider adjustment' line on my EOB? It's a big number and I don't know if "
      "I have to pay it.",
      "Hi {MEMBER_FIRST_NAME}, the adjustment is the discount an in-network provider agreed to "
      "with the plan: the difference between what they billed, {BILLED}, and the allowed "
      "amount, {ALLOWED}. You do not pay that part. Your share for this claim is "
      "{MEMBER_OWES}. {AGENT_NAME}"),
    D("es", "spanish", "eob_question", "paid",
      "Me llegó una explicación de beneficios de la Clínica San Isidro y no entiendo las "
      "columnas. ¿Cuál es la parte que tengo que pagar yo?",
      "Hola {MEMBER_FIRST_NAME}: en la explicación de beneficios de {PROVIDER_NAME} del "
      "{DATE_OF_SERVICE}, la clínica facturó {BILLED}, el plan aprobó {ALLOWED} y pagó "
      "{PLAN_PAID}. La columna de responsabilidad del paciente es lo que le toca a usted: "
      "{MEMBER_OWES}. La factura llega aparte, de la clínica. Saludos, {AGENT_NAME}",
      claim={"provider": "Clínica San Isidro"}, mentions=["provider"]),
    D("en", "typo", "eob_question", "none",
      "i never got a eob for my appt last month. how do i look them up online",
      "Hi {MEMBER_FIRST_NAME}, you can see every explanation of benefits in the member portal "
      "under Claims, usually a few days after the claim is processed. If the claim is not "
      "there yet, the provider may not have sent it; you can also call us at {PHONE} and we "
      "will look it up. {AGENT_NAME}"),
    D("en", "long", "eob_question", "paid",
      "Good afternoon. I'm looking at an explanation of benefits for an appointment at "
      "Brightwater Family Clinic and it has several columns: amount billed, allowed amount, "
      "plan paid, and something called patient responsibility. The billed number is much higher "
      "than the others. My bank account is tight this month so I really want to make sure I "
      "pay the right thing and not more. Which of these numbers is the one I should expect to "
      "pay, and why is the billed one so much bigger than what was allowed?",
      "Hi {MEMBER_FIRST_NAME}, happy to help. On the explanation of benefits for your visit to "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE}, the clinic billed {BILLED}, but as an in-network "
      "provider it accepts the allowed amount of {ALLOWED}; the difference is written off. The "
      "plan paid {PLAN_PAID}, and the patient responsibility of {MEMBER_OWES} is what you "
      "should expect to pay. If the clinic's bill asks for more, please tell us. {AGENT_NAME}",
      claim={"provider": "Brightwater Family Clinic"}, mentions=["provider"]),
]
