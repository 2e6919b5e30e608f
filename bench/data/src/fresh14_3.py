"""Fifteenth held-out drafts set (stop 32), batch 3: duplicate charges, itemized bills, payment
plans, collections, financial assistance and appeals. Written by helper sets14 from general
knowledge; same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh14_common import SIGN, C14

ITEMS = [
    # ---- duplicate charges ----
    D("en", "single", "duplicate_charge", "duplicate_submitted",
      "I see two claims for the same visit on 10/21 in my portal. Am I going to be charged "
      "twice?",
      "Hi {MEMBER_FIRST_NAME}, we received the claim for the visit on {DATE_OF_SERVICE} twice "
      "and both copies are still being processed. Only one visit will be paid; you should not "
      "be asked to pay twice. We'll let you know when it's finished." + SIGN,
      claim=C14("275.00", scenario="duplicate_submitted", date_of_service="2026-10-21"),
      mentions=["date"]),
    D("en", "typo", "duplicate_charge", "denied:18",
      "my eob says one of the Pinehollow Pediatrics claims was 'duplicate' and rejected.. does "
      "that mean i pay for it??",
      "Hi {MEMBER_FIRST_NAME}, no. The second claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} was a copy of one already sent ({DENIAL_REASON}), so it was closed. "
      "The original claim is the one that counts, and you don't owe anything extra for the "
      "copy." + SIGN,
      claim=C14("190.00", scenario="denied:18", provider="Pinehollow Pediatrics"),
      mentions=["provider"]),
    D("es", "spanish", "duplicate_charge", "duplicate_submitted",
      "Me cobraron dos veces la misma consulta del 14 de octubre. Veo dos reclamos iguales en "
      "la app. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}, recibimos el reclamo de la consulta del {DATE_OF_SERVICE} dos "
      "veces y los dos siguen en proceso. Solo se va a procesar una consulta; no tiene que "
      "pagar dos veces. Le avisamos cuando termine." + SIGN,
      claim=C14("160.00", scenario="duplicate_submitted", date_of_service="2026-10-14"),
      mentions=["date"]),
    D("en", "long", "duplicate_charge", "paid",
      "Hi, I have a question about my statement from Ashgrove Medical Lab. I had blood drawn "
      "once, on 8/6/2026. The statement lists two lines with that date, both for a lipid panel, "
      "each $58.00. I only got stuck with a needle once. I checked my EOB and it only shows one "
      "lipid panel. So is the lab double billing me or is this normal?",
      "Hi {MEMBER_FIRST_NAME}, we have one claim for the lipid panel at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE}: the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. A second "
      "line on the lab's statement is not on file with us; ask the lab to remove it and to "
      "match their bill to your EOB." + SIGN,
      claim=C14("145.00", "58.00", provider="Ashgrove Medical Lab", service="Lipid panel",
                date_of_service="2026-08-06"),
      mentions=["provider", "date", "amount"]),
    D("en", "single", "duplicate_charge", "paid",
      "charged twice for my copay, once at the front desk and once on the bill after. how do i "
      "get one back",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}. If you paid it at the front desk and the bill asks for it again, ask the "
      "office to apply your first payment or refund it; your receipt and the EOB show what "
      "you owed." + SIGN),

    # ---- itemized bills ----
    D("en", "single", "itemized_bill", "none",
      "the ER sent one lump sum, how do I make them list every charge line by line",
      "Hi {MEMBER_FIRST_NAME}, ask the provider's billing office for an itemized statement; "
      "they must give you one that lists each service, date and charge. Comparing it with your "
      "EOB is the best way to spot errors." + SIGN),
    D("en", "typo", "itemized_bill", "paid",
      "hospital bill from Larkspur General just says 'inpatient services' and a total. i want to "
      "see what they actualy did. can YOU send me the details?",
      "Hi {MEMBER_FIRST_NAME}, your EOB for {PROVIDER_NAME} on {DATE_OF_SERVICE} shows what "
      "the plan paid ({PLAN_PAID}) and your share ({MEMBER_OWES}). For a line-by-line list of "
      "what was done, ask the hospital's billing office for an itemized bill; they have the "
      "detail we don't." + SIGN,
      claim=C14("14800.00", "1500.00", provider="Larkspur General"),
      mentions=["provider"]),
    D("es", "spanish", "itemized_bill", "none",
      "Necesito una factura detallada del hospital para mis impuestos. ¿Ustedes me la pueden "
      "dar o la pido allá?",
      "Hola {MEMBER_FIRST_NAME}, la factura detallada la da el hospital: pídala a su oficina "
      "de facturación. Nosotros podemos darle un resumen de reclamos y las Explicaciones de "
      "Beneficios, que también sirven para sus impuestos." + SIGN),
    D("en", "long", "itemized_bill", "paid",
      "After my gallbladder surgery I asked Kestrel Point Surgical Center for an itemized bill "
      "because the total seemed huge. It came with 40 lines. Some are things like 'SURG SUPPLY "
      "MISC' for $612 and a 'recovery room per 15 min' charge repeated 14 times, which would be "
      "3.5 hours, but I was home within 2. Who do I dispute the recovery room time with, you or "
      "them?",
      "Hi {MEMBER_FIRST_NAME}, start with {PROVIDER_NAME}'s billing office: they can correct "
      "their own charges, and a corrected claim would be processed again. Right now the claim "
      "for {DATE_OF_SERVICE} shows {PLAN_PAID} paid by the plan and {MEMBER_OWES} as your "
      "share. If they won't correct it, tell us and we can review the claim." + SIGN,
      claim=C14("9600.00", "820.00", provider="Kestrel Point Surgical Center"),
      mentions=["provider"]),
    D("en", "single", "itemized_bill", "none",
      "what does 'CPT 80053' mean on my hospital bill",
      "Hi {MEMBER_FIRST_NAME}, CPT codes describe the service billed; 80053 is a standard "
      "blood test panel (a comprehensive metabolic panel). If a code on your bill does not "
      "match care you received, ask the provider for an itemized bill and tell us." + SIGN),

    # ---- payment plans ----
    D("en", "single", "payment_plan", "none",
      "can I pay my bill in installments",
      "Hi {MEMBER_FIRST_NAME}, payment plans are set up by the provider who sent the bill, "
      "since that is who you owe. Most offices offer one if you ask their billing department; "
      "we can check your EOB with you first so you know the amount is right." + SIGN),
    D("en", "typo", "payment_plan", "deductible",
      "i owe Hartwell Cardiology 1,290 from the stress test, cant do it all at once. do yall "
      "do payment plans or do i ask them",
      "Hi {MEMBER_FIRST_NAME}, the stress test at {PROVIDER_NAME} went toward your deductible "
      "({DEDUCTIBLE_APPLIED}), so your share is {MEMBER_OWES}. The payment plan is arranged "
      "with {PROVIDER_NAME}'s billing office, since the money is owed to them; most practices "
      "agree to monthly payments." + SIGN,
      claim=C14("2150.00", "1290.00", "deductible", provider="Hartwell Cardiology"),
      mentions=["provider", "amount"]),
    D("es", "spanish", "payment_plan", "paid",
      "Debo 740 de la cirugía de mi esposa. Me ofrecieron pagos de 50 al mes. ¿Eso afecta mi "
      "seguro o mi crédito?",
      "Hola {MEMBER_FIRST_NAME}, un plan de pagos con el proveedor no afecta su cobertura con "
      "nosotros. Por la cirugía del {DATE_OF_SERVICE} su parte es {MEMBER_OWES}. Mientras "
      "cumpla con los pagos acordados, el proveedor normalmente no manda la cuenta a "
      "cobranza." + SIGN,
      claim=C14("5200.00", "740.00", service="Surgery"),
      mentions=["amount"]),
    D("en", "long", "payment_plan", "paid",
      "My son is in college and had an urgent care visit plus x-rays at Delacroix Urgent Care "
      "in his college town. The bill came to our house: $286.30 after insurance. We already "
      "pay tuition in installments and honestly can't do this in one go before the holidays. I "
      "read somewhere that nonprofit providers have to offer plans. Is that true, and will "
      "the plan cover more if we wait?",
      "Hi {MEMBER_FIRST_NAME}, the amount won't change if you wait: for the visit at "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Many providers, especially nonprofit ones, offer payment plans or "
      "financial help; ask their billing office." + SIGN,
      claim=C14("640.00", "286.30", provider="Delacroix Urgent Care"),
      mentions=["provider", "amount"]),
    D("en", "single", "payment_plan", "none",
      "can this be split into payments",
      "Hi {MEMBER_FIRST_NAME}, happy to help. Payment plans for medical bills are set up with "
      "the provider who billed you. If you tell me which bill it is, I can check the claim so "
      "you know the amount you owe before you call them." + SIGN),

    # ---- collections ----
    D("en", "single", "collections", "paid",
      "a collection agency called me about a bill from Ridgeline Radiology. I never got a bill. "
      "what do I do",
      "Hi {MEMBER_FIRST_NAME}, for the claim from {PROVIDER_NAME} on {DATE_OF_SERVICE} the "
      "plan paid {PLAN_PAID} and your share is {MEMBER_OWES}. Ask the agency to send the debt "
      "in writing and compare it with this amount; if it does not match, tell us and we can "
      "help sort it out with the provider." + SIGN,
      claim=C14("720.00", "95.00", provider="Ridgeline Radiology"),
      mentions=["provider"]),
    D("en", "typo", "collections", "pending",
      "they sent me to colections for a bill u havent even paid yet!! claim from 9/18. how is "
      "that allowed",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} is still being processed, so "
      "your share isn't final yet. Tell the provider and the agency that it is pending with "
      "us; many will pause collection once they know. We'll let you know as soon as it's "
      "done." + SIGN,
      claim=C14("890.00", scenario="pending", date_of_service="2026-09-18"),
      mentions=["date"]),
    D("es", "spanish", "collections", "denied:22",
      "Una agencia de cobranza me llama por una factura de 430 dólares del 3 de agosto. Dicen que "
      "el seguro no pagó. ¿Es cierto?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} no se pagó porque "
      "{DENIAL_REASON}. Si usted tiene otro seguro, infórmenos para actualizar los datos y "
      "que se procese de nuevo; también puede apelar hasta el {APPEAL_DEADLINE}. Dígale a la "
      "agencia que está en revisión." + SIGN,
      claim=C14("430.00", scenario="denied:22", date_of_service="2026-08-03"),
      mentions=["amount", "date"]),
    D("en", "long", "collections", "paid",
      "I'm a bit embarrassed writing this. Last year was a mess, I moved twice and some mail "
      "never reached me. Now my credit report shows a medical collection of $212.75 from "
      "Summerfield Family Health. I want to pay it and get it off my report. Do I pay the "
      "collector or the clinic, and can you confirm that's really what I owed?",
      "Hi {MEMBER_FIRST_NAME}, nothing to be embarrassed about. For the visit at "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Ask the clinic whether the debt still sits with them or with the "
      "collector and pay whoever holds it; paid medical debts are usually removed from credit "
      "reports." + SIGN,
      claim=C14("480.00", "212.75", provider="Summerfield Family Health"),
      mentions=["provider", "amount"]),
    D("en", "single", "collections", "none",
      "can medical bills under 500 go on my credit report?",
      "Hi {MEMBER_FIRST_NAME}, the national credit bureaus have said they no longer report "
      "medical collections under a set amount, and paid medical debt is removed. If a bill "
      "has gone to collections, tell us which one and we can check the claim behind it." + SIGN),

    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "none",
      "got laid off friday. three medical bills on the kitchen table and no paycheck coming. anything at all that helps people like me?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry to hear that. Many hospitals have financial "
      "assistance (charity care) programmes; ask each provider's billing office for the "
      "application. Losing a job is also a life event that may qualify you for a special "
      "enrolment period or help with premiums. Call us at {PHONE} and we can go through your "
      "options." + SIGN),
    D("en", "typo", "financial_assistance", "deductible",
      "does Marlowe Childrens Hospital have charity care? we owe them alot after our sons "
      "surgery and it all went to the deductable",
      "Hi {MEMBER_FIRST_NAME}, nonprofit hospitals must have a financial assistance policy; ask "
      "{PROVIDER_NAME}'s billing office for the application. The surgery on {DATE_OF_SERVICE} "
      "went toward your deductible ({DEDUCTIBLE_APPLIED}), so your share is {MEMBER_OWES}." +
      SIGN,
      claim=C14("8900.00", scenario="deductible", provider="Marlowe Children's Hospital")),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay ayuda para pagar las cuentas del hospital si uno gana poco? Somos cuatro en casa y "
      "solo trabaja mi esposo",
      "Hola {MEMBER_FIRST_NAME}, muchos hospitales tienen programas de asistencia financiera "
      "según los ingresos del hogar; pida la solicitud en la oficina de facturación de cada "
      "hospital. Si quiere, revisamos sus cuentas con usted al {PHONE}." + SIGN),
    D("en", "long", "financial_assistance", "paid",
      "My mom is a widow on social security, around 1,900 a month. She had a two night stay at "
      "Everly Bay Hospital in September. Medicare isn't involved, she's on your plan through my "
      "dad's old union. The bill after insurance is 1,100 and she panicked. Is there any program "
      "that would reduce it? I'm her daughter and I handle her mail.",
      "Hi {MEMBER_FIRST_NAME}, for the stay at {PROVIDER_NAME} on {DATE_OF_SERVICE} the plan "
      "paid {PLAN_PAID} and her share is {MEMBER_OWES}. On an income like hers she may qualify "
      "for the hospital's financial assistance; ask their billing office for the application "
      "and for a hold on the bill while it's reviewed." + SIGN,
      claim=C14("9700.00", "1100.00", provider="Everly Bay Hospital"),
      mentions=["provider", "amount"]),
    D("en", "single", "financial_assistance", "none",
      "Are there discounts for people who pay their bills in cash?",
      "Hi {MEMBER_FIRST_NAME}, some providers offer a prompt-pay or self-pay discount; ask "
      "their billing office. If you use your plan, the network rate already applies, and "
      "what you pay counts toward your deductible and out-of-pocket maximum." + SIGN),

    # ---- appeals ----
    D("en", "single", "appeal", "denied:50",
      "sinus surgery denial - walk me through fighting it? first time doing this",
      "Hi {MEMBER_FIRST_NAME}, the sinus surgery claim from {DATE_OF_SERVICE} was not paid "
      "because {DENIAL_REASON}. To appeal, send a letter saying why you disagree, with your "
      "surgeon's notes, by {APPEAL_DEADLINE}. We can explain each step and tell you where to "
      "send it." + SIGN,
      claim=C14("11200.00", scenario="denied:50", service="Sinus surgery")),
    D("en", "typo", "appeal", "none",
      "how long do i have to apeal? the letter says 180 somethings",
      "Hi {MEMBER_FIRST_NAME}, it is 180 days, counted from the date printed on the denial "
      "letter, for the first (internal) appeal. Should that go against you, an independent "
      "external review can still be requested within 4 months." + SIGN),
    D("es", "spanish", "appeal", "denied:96",
      "Quiero apelar. El reclamo es el 7730-22815. ¿Qué documentos tengo que mandar?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo {CLAIM_NUMBER} del {DATE_OF_SERVICE} no se pagó "
      "porque {DENIAL_REASON}. Para apelar, mande una carta explicando por qué no está de "
      "acuerdo, con notas o una carta de su médico, antes del {APPEAL_DEADLINE}." + SIGN,
      claim=C14("640.00", scenario="denied:96", claim_number="7730-22815"),
      mentions=["claim_number"]),
    D("en", "long", "appeal", "none",
      "Any update on my appeal? I mailed it about five weeks ago with the letter from my "
      "neurologist, certified mail, and the green card came back signed so I know you got it. "
      "Nobody has called. My migraines haven't stopped while I wait. Is there a way to speed "
      "it up?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you're waiting while the migraines continue. A "
      "standard appeal for care you haven't received yet is decided within 30 days, and one "
      "for care already received within 60. If waiting could seriously harm your health, "
      "your doctor can ask for an expedited appeal, decided within 72 hours. Call {PHONE} "
      "and we can check where it stands." + SIGN,
      add=["claim_denied"]),
    D("en", "single", "appeal", "none",
      "my appeal got turned down. is that it or is there somebody else i can go to",
      "Hi {MEMBER_FIRST_NAME}, that is not the end. You can ask for an external review by an "
      "independent reviewer within 4 months of the final decision letter; the letter explains "
      "how. We can walk you through it at {PHONE}." + SIGN),
]
