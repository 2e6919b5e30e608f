"""Fresh3 batch 4: payment plans, collections, financial assistance, appeals."""
from drafts_common import D

ITEMS = [
    # payment plans
    D("en", "single", "payment_plan", "none",
      "Is there a way to pay a hospital bill a little at a time? I can't do it all at once.",
      "Hi {MEMBER_FIRST_NAME}, yes. Payment plans are arranged with the provider that sent the "
      "bill, and most hospitals offer them without interest; call the number on the bill and "
      "ask. If the amount is hard to manage, ask them about financial assistance too. "
      "{AGENT_NAME}"),
    D("en", "single", "payment_plan", "paid",
      "I owe $1,840.00 to Brightwater Family Clinic. Can the insurance company split that into "
      "monthly payments for me?",
      "Hi {MEMBER_FIRST_NAME}, your share of {MEMBER_OWES} for the visit to {PROVIDER_NAME} "
      "on {DATE_OF_SERVICE} is owed to the clinic, so the payment plan is set up with them, "
      "not with us. Call their billing office; most offer monthly payments. If you pay with an "
      "HSA or FSA, those funds can be used as well. {AGENT_NAME}",
      claim={"provider": "Brightwater Family Clinic", "billed": "2600.00",
             "member_owes": "1840.00"},
      mentions=["amount", "provider"]),
    D("es", "spanish", "payment_plan", "none",
      "¿Puedo pagar la cuenta del hospital en cuotas? Es mucho dinero para pagarlo de una vez.",
      "Hola {MEMBER_FIRST_NAME}: sí. Los planes de pago se acuerdan con el hospital o el "
      "proveedor que le envió la cuenta; llame al número de la factura y pídalo. Muchos "
      "hospitales también tienen ayuda financiera si sus ingresos son bajos. Saludos, "
      "{AGENT_NAME}"),
    D("en", "typo", "payment_plan", "none",
      "can i do a paymnet plan on my dr bill?? they want it all by the end of the month and i "
      "just dont have it",
      "Hi {MEMBER_FIRST_NAME}, I understand. Ask the doctor's billing office for a payment "
      "plan; most will spread the balance over several months if you call before the due "
      "date. Check the amount against your explanation of benefits first so you only pay "
      "your share. {AGENT_NAME}"),
    D("en", "long", "payment_plan", "deductible",
      "My daughter had tubes put in her ears at Millbrook Pediatrics and because it's early in "
      "our plan year the whole thing went to the deductible. I understand that part now. The "
      "problem is the office wants the full amount within thirty days and we also have car "
      "repairs this month. Is there anything the plan can do, or is there a standard way to "
      "ask the office for more time? I don't want it to go to collections.",
      "Hi {MEMBER_FIRST_NAME}, thanks for explaining. The procedure at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} was applied to your deductible, so your share is {MEMBER_OWES}. The "
      "plan can't change that, but the office can: call their billing team, explain, and ask "
      "for a payment plan; offices usually agree when asked before the due date. You have "
      "{DEDUCTIBLE_REMAINING} left on your deductible this plan year. {AGENT_NAME}",
      claim={"provider": "Millbrook Pediatrics"}, mentions=["provider"]),
    # collections
    D("en", "single", "collections", "paid",
      "My bill from Harlan Diagnostics Lab went to collections but my EOB says I owe $0.00!",
      "Hi {MEMBER_FIRST_NAME}, you're right to question it: the claim from {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} was processed and your share is {MEMBER_OWES}. Send the collection "
      "notice and the EOB to the lab's billing office and ask them to recall the account, and "
      "tell the agency in writing that you dispute the debt. Send us a copy and we will "
      "contact the lab too. {AGENT_NAME}",
      claim={"provider": "Harlan Diagnostics Lab", "billed": "95.00", "member_owes": "0.00"},
      mentions=["provider"]),
    D("es", "spanish", "collections", "none",
      "Me está llamando una agencia de cobranza por una cuenta médica vieja que yo pensaba que "
      "había pagado el seguro. ¿Qué hago?",
      "Hola {MEMBER_FIRST_NAME}: pida a la agencia el detalle por escrito (proveedor, fecha del "
      "servicio y monto) y no pague hasta revisarlo. Con esos datos buscamos la reclamación y "
      "le decimos cómo se procesó. Puede disputar la deuda por escrito mientras tanto. "
      "Saludos, {AGENT_NAME}"),
    D("en", "typo", "collections", "pending",
      "why is a collector calling me when the claim isnt even done processing yet. this is "
      "stressing me out",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry, that's stressful. We haven't finished processing the "
      "{DATE_OF_SERVICE} claim from {PROVIDER_NAME}, so no balance should be collected yet. "
      "Write to the collector that your insurer is still reviewing it, and tell the provider's "
      "office as well. You'll hear from us once a decision is made. {AGENT_NAME}"),
    D("en", "single", "collections", "none",
      "Will an unpaid doctor's bill that a collector now has end up on my credit report?",
      "Hi {MEMBER_FIRST_NAME}, the national credit bureaus no longer report paid medical "
      "debt, and new medical debt does not appear for a year, which gives time to sort out "
      "insurance. If you have a bill in collections, send us the details and we can check "
      "how the claim was processed. {AGENT_NAME}"),
    D("en", "long", "collections", "paid",
      "Two years ago I had an appointment at Brightwater Family Clinic and I paid my copay at "
      "the desk. Now a company I've never heard of sent me a letter saying I owe the clinic "
      "money and that the account is in collections. I never got a bill from the clinic in "
      "between. I moved once since then, so maybe it went to my old address. How do I figure "
      "out whether I actually owe this and what should I say to the collection company?",
      "Hi {MEMBER_FIRST_NAME}, sorry for the worry. Our records show the claim from "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE} was processed with your share at {MEMBER_OWES}. "
      "Ask the collection company in writing to validate the debt, and ask the clinic for an "
      "itemized statement showing what you paid. If your copay covered your share, send them "
      "the EOB. We can also update your address so future mail reaches you. {AGENT_NAME}",
      claim={"provider": "Brightwater Family Clinic", "date_of_service": "2024-11-12"},
      mentions=["provider"]),
    # financial assistance
    D("en", "single", "financial_assistance", "none",
      "I lost my job and I have a big hospital bill. Does the hospital have some kind of "
      "charity program?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry to hear that. Nonprofit hospitals must have a "
      "financial assistance policy, and many others do too. Ask the hospital's billing office "
      "for the application; it usually asks about income and household size, and it can "
      "reduce or erase the bill. Ask them to pause billing while it's reviewed. {AGENT_NAME}"),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay ayuda para pagar las cuentas del hospital si gano poco? Tengo tres hijos.",
      "Hola {MEMBER_FIRST_NAME}: sí, los hospitales sin fines de lucro tienen programas de "
      "asistencia financiera según los ingresos y el tamaño de la familia. Pida la solicitud "
      "en el departamento de facturación del hospital. Si quiere, le ayudamos a saber a quién "
      "llamar. Saludos, {AGENT_NAME}"),
    D("en", "typo", "financial_assistance", "none",
      "is there any finacial help for people who cant pay there medical bills? asking for my "
      "self",
      "Hi {MEMBER_FIRST_NAME}, yes. Hospitals, especially nonprofit ones, have financial "
      "assistance programs based on income; ask the billing office for an application. Many "
      "doctors' offices offer payment plans too. If you tell me which bill, I can help you "
      "find where to apply. {AGENT_NAME}"),
    D("en", "single", "financial_assistance", "paid",
      "I can't afford the $2,200.00 I owe Saguaro Ridge Hospital. Is there any help out there?",
      "Hi {MEMBER_FIRST_NAME}, there may be. Your share for the care at {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE} is {MEMBER_OWES}, and hospitals have financial assistance programs "
      "that can lower it based on income. Ask their billing office for the application, and "
      "for a payment plan while it's reviewed. {AGENT_NAME}",
      claim={"provider": "Saguaro Ridge Hospital", "billed": "5100.00",
             "member_owes": "2200.00"},
      mentions=["amount", "provider"]),
    D("en", "long", "financial_assistance", "none",
      "I'm a part-time student working evenings, and my income dropped a lot this year. I have "
      "a few medical bills from the spring that I've been paying slowly, and now my doctor "
      "wants me to see a specialist. I'm scared to go because of the cost. Are there programs "
      "that reduce what I owe based on income, and does applying affect my insurance in any "
      "way?",
      "Hi {MEMBER_FIRST_NAME}, please don't skip care because of cost. Many hospitals and "
      "clinics have income-based financial assistance; ask each provider's billing office "
      "for an application. Applying does not change your coverage with us. With lower income "
      "you may also qualify for help with premiums or for Medicaid, and we can check how "
      "much the specialist visit would cost you. {AGENT_NAME}"),
    # appeals
    D("en", "single", "appeal", "denied:50",
      "How do I appeal a denial, and what should I send with it?",
      "Hi {MEMBER_FIRST_NAME}, you can appeal the decision on the claim from {PROVIDER_NAME} "
      "for {DATE_OF_SERVICE} ({DENIAL_REASON}) by {APPEAL_DEADLINE}. Send the appeal form or "
      "a letter saying why you disagree, with a letter from your doctor explaining why the "
      "care was needed and any records that support it. We'll confirm when we receive it. "
      "{AGENT_NAME}"),
    D("en", "single", "appeal", "none",
      "What is an external review and when am I allowed to ask for one?",
      "Hi {MEMBER_FIRST_NAME}, an external review is a decision by an independent reviewer "
      "outside the plan. You can ask for one after an internal appeal is upheld, usually "
      "within 4 months of that decision; in urgent situations it can happen sooner. The "
      "plan must follow the reviewer's decision. {AGENT_NAME}"),
    D("es", "spanish", "appeal", "denied:96",
      "Quiero apelar una reclamación que no pagaron. ¿Cómo lo hago y hasta cuándo tengo?",
      "Hola {MEMBER_FIRST_NAME}: la reclamación de {PROVIDER_NAME} del {DATE_OF_SERVICE} no "
      "se pagó por este motivo: {DENIAL_REASON}. Puede apelar hasta el {APPEAL_DEADLINE}, "
      "enviando una carta con las razones y los documentos de su médico. Le podemos mandar "
      "el formulario. Saludos, {AGENT_NAME}"),
    D("en", "typo", "appeal", "denied:197",
      "want to apeal the denial for my knee scope, the dr said it was aproved but it wasnt "
      "apparently. what do i need",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was "
      "denied because no approval was on file ({DENIAL_REASON}). Ask the doctor's office for "
      "any approval number or request they sent, and they can ask for a review. You can also "
      "appeal by {APPEAL_DEADLINE} with their letter and records. {AGENT_NAME}"),
    D("en", "long", "appeal", "denied:50",
      "Hello, my claim C26-0093310 for an injection in my spine was refused because the plan "
      "says it was not medically necessary. I tried physical therapy and pills for months "
      "before this and nothing helped, which my doctor documented. I want to fight this "
      "decision. What exactly do I need to gather, is there a deadline, and if you say no "
      "again, is there anyone outside the company who can look at it?",
      "Hi {MEMBER_FIRST_NAME}, to challenge the decision on claim "
      "{CLAIM_NUMBER} ({DENIAL_REASON}), send your appeal by {APPEAL_DEADLINE}. Attach your doctor's letter listing the "
      "treatments tried first and why the injection was needed, with the chart notes. Should "
      "the plan keep its decision, an independent external review is open to you, usually "
      "within 4 months. {AGENT_NAME}",
      claim={"claim_number": "C26-0093310"}, mentions=["claim_number"]),
    D("en", "single", "appeal", "none",
      "How long do I have to file an appeal after a claim is refused?",
      "Hi {MEMBER_FIRST_NAME}, an internal appeal must reach us within 180 days of the "
      "denial notice. The exact date is on the explanation of benefits for that claim; "
      "if you tell me which claim, I can look it up. {AGENT_NAME}"),
]
