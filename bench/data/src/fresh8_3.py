"""Ninth held-out drafts set, batch 3: duplicate and incorrect bills, itemized bills, payment
plans, collections, financial assistance, appeals and external review. Written by helper facts9
from general knowledge, without reading the earlier sets' messages or the demo history.
"""

from drafts_common import D

SIGN = "\n\n{AGENT_NAME}"

ITEMS = [
    # ---- duplicate / incorrect bills ----
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see the same visit listed twice on my claims page. Am I going to be charged twice?",
      "Hi {MEMBER_FIRST_NAME}, we have two submissions for the {DATE_OF_SERVICE} visit with "
      "{PROVIDER_NAME}, and both are still being processed. A visit is only paid once; if one "
      "turns out to be a repeat, it will not add to what you owe. Please hold off paying until "
      "you get the explanation of benefits." + SIGN),
    D("en", "typo", "duplicate_charge", "duplicate_submitted",
      "hollis valley laboratory billed me 2x for the same blood draw, pls fix",
      "Hi {MEMBER_FIRST_NAME}, we see two claims from {PROVIDER_NAME} for {DATE_OF_SERVICE}, "
      "and both are still in process. We will look at whether one repeats the other; please "
      "don't pay the second bill until the explanation of benefits arrives." + SIGN,
      claim={"provider": "Hollis Valley Laboratory", "billed": "212.00"},
      mentions=["provider"]),
    D("es", "spanish", "duplicate_charge", "duplicate_submitted",
      "Me llegaron dos facturas iguales de 318,50 dólares por la misma consulta.",
      "Hola {MEMBER_FIRST_NAME}, tenemos dos reclamos de {PROVIDER_NAME} por la consulta del "
      "{DATE_OF_SERVICE}, y los dos siguen en proceso. Una consulta se paga una sola vez; le "
      "sugerimos no pagar hasta recibir la explicación de beneficios." + SIGN,
      claim={"billed": "318.50"},
      mentions=["amount"]),
    D("en", "single", "duplicate_charge", "paid",
      "I was charged for a flu shot I never got. How do I get that taken off?",
      "Hi {MEMBER_FIRST_NAME}, please ask the provider for an itemized bill and tell them the "
      "service was not given; they can correct the claim. If it is not corrected, send us the "
      "details and we will review the {DATE_OF_SERVICE} claim with them." + SIGN),
    D("en", "long", "duplicate_charge", "paid",
      "So I paid the bill from Westbrook Pediatrics online back in the fall, I have the "
      "confirmation email and everything, and now they sent another statement for the same "
      "amount saying it's past due. I called them and sat on hold for forty minutes and gave "
      "up. My kid's checkup shouldn't be this much work. Can you see on your side whether "
      "this was paid?",
      "Hi {MEMBER_FIRST_NAME}, on our side the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} was "
      "processed: the plan paid {PLAN_PAID} and your share was {MEMBER_OWES}. Your payment to "
      "the office is not something we can see, so please send them your confirmation and ask "
      "them to apply it; the statement may have crossed with your payment." + SIGN,
      claim={"provider": "Westbrook Pediatrics", "billed": "240.00", "allowed": "165.00",
             "plan_paid": "140.00", "member_owes": "25.00"},
      mentions=["provider"]),
    D("en", "single", "duplicate_charge", "none",
      "What should I do if a bill looks wrong?",
      "Hi {MEMBER_FIRST_NAME}, compare it with your explanation of benefits, ask the provider for "
      "an itemized bill, and question any service you did not receive. We can review the claim "
      "with you if something does not match." + SIGN),
    # ---- itemized bills ----
    D("en", "single", "itemized_bill", "none",
      "Who at the hospital do I ask for the line-by-line version of my bill?",
      "Hi {MEMBER_FIRST_NAME}, call the hospital's billing office and ask for an itemized "
      "statement; they must give you one listing each service and its charge. It is free and "
      "helps you check the bill against your explanation of benefits." + SIGN),
    D("es", "spanish", "itemized_bill", "paid",
      "Quiero una factura detallada de Centro Médico La Alameda, ¿ustedes me la pueden mandar?",
      "Hola {MEMBER_FIRST_NAME}, la factura detallada la emite {PROVIDER_NAME}; pídala a su "
      "oficina de facturación. Nosotros podemos darle la explicación de beneficios del "
      "{DATE_OF_SERVICE}: facturado {BILLED}, el plan pagó {PLAN_PAID} y a usted le corresponde "
      "{MEMBER_OWES}." + SIGN,
      claim={"provider": "Centro Médico La Alameda", "billed": "530.00", "allowed": "360.00",
             "plan_paid": "288.00", "member_owes": "72.00"},
      mentions=["provider"]),
    D("en", "typo", "itemized_bill", "paid",
      "bill just says 'services' $2,115.00, i want to see whats actualy in it",
      "Hi {MEMBER_FIRST_NAME}, you can ask {PROVIDER_NAME} for an itemized bill listing each "
      "service. On our side, the claim for {DATE_OF_SERVICE} was billed at {BILLED}, the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim={"billed": "2115.00", "allowed": "1300.00", "plan_paid": "1040.00",
             "member_owes": "260.00"},
      mentions=["amount"]),
    D("en", "single", "itemized_bill", "none",
      "Can the hospital charge me for asking for an itemized statement?",
      "Hi {MEMBER_FIRST_NAME}, hospitals generally provide an itemized statement on request at "
      "no charge. If they ask for a fee, let us know." + SIGN),
    D("en", "long", "itemized_bill", "paid",
      "My dad was in the hospital for four days and the summary bill is one page with three "
      "lines on it. There's a big one for 'pharmacy' and another for 'supplies' and I have no "
      "idea what's in them. I've heard you should always ask for the detailed version because "
      "mistakes are common. How do I go about that and what am I looking for?",
      "Hi {MEMBER_FIRST_NAME}, ask the hospital billing office for an itemized bill with "
      "service codes. Check for services or days that did not happen, repeats, and supplies "
      "charged separately that should be part of the room. On our side the stay on "
      "{DATE_OF_SERVICE} was processed with the plan paying {PLAN_PAID} and a member share of "
      "{MEMBER_OWES}." + SIGN),
    # ---- payment plans ----
    D("en", "single", "payment_plan", "paid",
      "I can't pay the $640.00 all at once. Can I set up payments with you?",
      "Hi {MEMBER_FIRST_NAME}, your share of {MEMBER_OWES} is owed to {PROVIDER_NAME}, so the "
      "payment plan is set up with their billing office; most offer monthly payments without "
      "interest. Let us know if they will not work with you." + SIGN,
      claim={"billed": "2400.00", "allowed": "1600.00", "plan_paid": "960.00",
             "member_owes": "640.00"},
      mentions=["amount"]),
    D("es", "spanish", "payment_plan", "none",
      "No tengo todo el dinero junto para la cuenta del laboratorio. ¿Se puede ir pagando de a poco?",
      "Hola {MEMBER_FIRST_NAME}, sí, normalmente el laboratorio le deja pagar por partes. "
      "Pregunte en su oficina de cobro por un acuerdo mensual; muchos lo hacen sin intereses." + SIGN),
    D("en", "typo", "payment_plan", "partial_deductible",
      "can i do a payment plan on the redfern orthopedics bill? its alot this month",
      "Hi {MEMBER_FIRST_NAME}, yes, ask {PROVIDER_NAME}'s billing office: your share on the "
      "{DATE_OF_SERVICE} claim is {MEMBER_OWES}, and most offices set up monthly payments. Part "
      "of it, {DEDUCTIBLE_APPLIED}, went to your deductible." + SIGN,
      claim={"provider": "Redfern Orthopedics", "billed": "1980.00", "allowed": "1210.00",
             "plan_paid": "560.00", "member_owes": "650.00"},
      mentions=["provider"]),
    D("en", "single", "payment_plan", "none",
      "If I'm on a payment plan with the doctor, can they still send me to collections?",
      "Hi {MEMBER_FIRST_NAME}, as long as you keep to the agreed payments, providers generally "
      "do not send the account to collections. Keep a copy of the agreement and your payment "
      "records." + SIGN),
    # ---- collections ----
    D("en", "single", "collections", "none",
      "A medical bill went to collections. Will it hurt my credit?",
      "Hi {MEMBER_FIRST_NAME}, the major credit bureaus do not report medical debt under a "
      "year old or paid medical debt. If you think the bill is wrong, ask the collector to "
      "validate it and tell us so we can check the claim." + SIGN),
    D("en", "typo", "collections", "paid",
      "got a collections letter for $88.40 from a clinic i thought insurence paid, wtf",
      "Hi {MEMBER_FIRST_NAME}, the plan did pay its share of that claim, {PLAN_PAID}, and your "
      "share was {MEMBER_OWES}. The collector is asking for that remaining share; you can ask "
      "them to validate the debt and confirm it matches your explanation of benefits." + SIGN,
      claim={"billed": "410.00", "allowed": "290.00", "plan_paid": "201.60",
             "member_owes": "88.40"},
      mentions=["amount"]),
    D("es", "spanish", "collections", "none",
      "Una agencia de cobros me llama por una cuenta del hospital que no reconozco. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}, pida a la agencia que le envíe por escrito la validación de la "
      "deuda. Mientras tanto, podemos revisar si hay un reclamo a su nombre de ese hospital." + SIGN),
    D("en", "long", "collections", "denied:27",
      "I'm so frustrated. A collection agency is calling me about a bill from Quarry Hill "
      "Radiology. When I looked it up, your site says the claim was denied because my coverage "
      "wasn't active, but I've had this plan for three years without a break. I need this "
      "fixed before it messes up my credit. What can you do?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "with the reason {DENIAL_REASON}. We will check your enrollment dates; if coverage was "
      "active, the claim can be reprocessed. Please ask the collector to pause while it is "
      "reviewed; you can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim={"provider": "Quarry Hill Radiology", "billed": "760.00", "plan_paid": "0.00"},
      mentions=["provider"]),
    D("en", "single", "collections", "none",
      "Should I just pay a collector so they stop calling, even if I think I don't owe it?",
      "Hi {MEMBER_FIRST_NAME}, you do not have to pay a debt you dispute before it is verified. "
      "Ask the collector in writing to validate it, and let us review the claim first." + SIGN),
    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "none",
      "Heard hospitals sometimes forgive part of a bill if you're broke. Real thing or a myth?",
      "Hi {MEMBER_FIRST_NAME}, nonprofit hospitals must have a financial assistance policy, and "
      "many reduce or forgive bills based on income. Ask the hospital's billing office for the "
      "application." + SIGN),
    D("es", "spanish", "financial_assistance", "paid",
      "Perdí mi trabajo y debo 1.760,00 dólares del hospital. ¿Hay alguna ayuda?",
      "Hola {MEMBER_FIRST_NAME}, siento mucho su situación. Pregunte en {PROVIDER_NAME} por su "
      "programa de asistencia financiera: muchos hospitales reducen o perdonan lo que le "
      "corresponde, {MEMBER_OWES} en este caso, según sus ingresos." + SIGN,
      claim={"billed": "7200.00", "allowed": "4400.00", "plan_paid": "2640.00",
             "member_owes": "1760.00"},
      mentions=["amount"]),
    D("en", "typo", "financial_assistance", "none",
      "is there any finacial help for medical bills if your low income",
      "Hi {MEMBER_FIRST_NAME}, yes: nonprofit hospitals have financial assistance programs, and "
      "many providers offer discounts or payment plans. Ask the billing office for an "
      "application." + SIGN),
    D("en", "long", "financial_assistance", "paid",
      "My daughter had her appendix out at Summit Ridge Hospital and even after insurance "
      "we're looking at a lot of money. I work two jobs and my husband is on disability. "
      "Somebody at church mentioned hospitals have to help people in our situation. Is that "
      "true, and is there anything you can do on your end?",
      "Hi {MEMBER_FIRST_NAME}, I hope your daughter is recovering well. Nonprofit hospitals such "
      "as many community hospitals must offer financial assistance; ask {PROVIDER_NAME}'s "
      "billing office for the application. Your share of the {DATE_OF_SERVICE} claim is "
      "{MEMBER_OWES} after the plan paid {PLAN_PAID}." + SIGN,
      claim={"provider": "Summit Ridge Hospital", "billed": "18500.00", "allowed": "11200.00",
             "plan_paid": "9800.00", "member_owes": "1400.00"},
      mentions=["provider"]),
    D("en", "single", "financial_assistance", "none",
      "Can I apply for hospital financial assistance after I've already gotten the bill?",
      "Hi {MEMBER_FIRST_NAME}, yes. Hospitals usually accept applications for some time after "
      "the first bill; ask their billing office for the form and the deadline." + SIGN),
    # ---- appeals / external review ----
    D("en", "single", "appeal", "none",
      "What should I send with an appeal?",
      "Hi {MEMBER_FIRST_NAME}, send a letter saying why you disagree, a copy of the denial, your "
      "doctor's letter of medical necessity and relevant records. You have 180 days from the "
      "denial notice to file." + SIGN),
    D("en", "single", "appeal", "none",
      "Who is this outside reviewer my denial letter mentions, and at what point do they get involved?",
      "Hi {MEMBER_FIRST_NAME}, an external review is a decision by an independent reviewer "
      "outside the plan. You can ask for it once the plan's final internal decision goes "
      "against you, within 4 months of that decision." + SIGN),
    D("es", "spanish", "appeal", "denied:96",
      "Quiero apelar el rechazo de Clínica San Rafael. ¿Cuánto tiempo tengo?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} se rechazó "
      "por: {DENIAL_REASON}. Puede apelar hasta el {APPEAL_DEADLINE}; envíe una carta con sus "
      "razones y los documentos de su médico." + SIGN,
      claim={"provider": "Clínica San Rafael", "billed": "880.00", "plan_paid": "0.00"},
      mentions=["provider"]),
    D("en", "typo", "appeal", "denied:50",
      "i want to apeal the denial for my $1,930.00 scan, how",
      "Hi {MEMBER_FIRST_NAME}, the {DATE_OF_SERVICE} scan was denied with the reason "
      "{DENIAL_REASON}. To appeal, send a letter with your doctor's letter of medical necessity "
      "and records by {APPEAL_DEADLINE}." + SIGN,
      claim={"service": "CT scan", "billed": "1930.00", "plan_paid": "0.00"},
      mentions=["amount"]),
    D("en", "long", "appeal", "none",
      "Our appeal was turned down last month after we sent everything the doctor gave us. "
      "My son's therapy is really helping him and I can't believe a plan can just say no. "
      "I saw something about a state or independent review but the letter is confusing. Who "
      "decides that, do we pay for it, and is there a deadline?",
      "Hi {MEMBER_FIRST_NAME}, after a final internal appeal decision you can ask for an "
      "external review by an independent reviewer, at no cost to you. The request must be made "
      "within 4 months of the final decision, and the letter names where to send it. If the "
      "reviewer disagrees with the plan, the plan must follow that decision." + SIGN),
]
