"""Sixteenth held-out drafts set (stop 33), batch 3: itemized bills, payment plans, collections,
financial assistance, appeals and coordination of benefits. Written by helper sets15 from general
knowledge (see build_drafts_fresh15.py for the shapes).
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh15_common import SIGN, C15

ITEMS = [
    # ---- itemized bills ----
    D("en", "single", "itemized_bill", "none",
      "The summary the hospital mailed says 'services $4,312' and that's it. Where do I get "
      "the line by line version?",
      "Hi {MEMBER_FIRST_NAME}, ask the hospital's billing office for an itemized statement; "
      "they must give you one, listing each charge with its code and date. Then compare it "
      "with your EOB in the portal, and call {PHONE} if a line doesn't match." + SIGN),
    D("es", "spanish", "itemized_bill", "paid",
      "Necesito la factura detallada del Hospital San Rafael por mi parto del 22 de abril. "
      "¿Ustedes me la pueden mandar?",
      "Hola {MEMBER_FIRST_NAME}. La factura detallada la emite {PROVIDER_NAME}: pídala a su "
      "oficina de facturación. Nosotros le podemos dar la explicación de beneficios del "
      "{DATE_OF_SERVICE}, donde consta que el plan pagó {PLAN_PAID} y que su parte es "
      "{MEMBER_OWES}." + SIGN,
      claim=C15("9800.00", "1200.00", provider="Hospital San Rafael",
                date_of_service="2026-04-22"),
      mentions=["provider", "date"]),
    D("en", "typo", "itemized_bill", "none",
      "the billing office letter says \"itemized statement available upon request\" how do i "
      "request it, do i ask u guys or them",
      "Hi {MEMBER_FIRST_NAME}, you ask them: phone the number on the billing office letter, or "
      "write to them, and request an itemized statement. It is free. Once it comes, we can "
      "check it against the claim with you at {PHONE}." + SIGN),
    D("en", "long", "itemized_bill", "paid",
      "I finally got the itemized bill from Elmhurst Surgical Center for my hernia repair and "
      "it's six pages. A lot of it makes sense, but there are charges for 'pharmacy - patient "
      "supplied' which I think were the pills I brought from home, and two lines for a "
      "recovery room when I was only in recovery once. Should I be fighting this with them or "
      "with you?",
      "Hi {MEMBER_FIRST_NAME}, start with {PROVIDER_NAME}: ask their billing office to remove "
      "the lines for medicine you brought and the extra recovery room. As the claim stands, "
      "the plan paid {PLAN_PAID} and your share is {MEMBER_OWES}; if they send a corrected "
      "claim, your share may change and we'll send a new EOB." + SIGN,
      claim=C15("2650.00", "310.00", provider="Elmhurst Surgical Center"),
      mentions=["provider"]),
    D("en", "single", "itemized_bill", "none",
      "Things on my itemized bill I don't get:\n* 'pharmacy misc' $212\n* room and board for 2 "
      "days, but I stayed one night\n* 'supply kit' $96",
      "Hi {MEMBER_FIRST_NAME}, good list. The hospital's billing office can explain each "
      "code; ask them to correct the room charge if you stayed one night. If a corrected "
      "bill changes the claim, we process it again and you'll get a new EOB." + SIGN),

    # ---- payment plans ----
    D("en", "single", "payment_plan", "none",
      "MONTHLY PAYMENTS - IS THAT SOMETHING YOUR COMPANY ARRANGES, OR ONLY ST. AGNES BILLING?",
      "Hi {MEMBER_FIRST_NAME}, payment plans for your share of a bill are set up with the "
      "hospital or doctor's office, since you pay them directly. Most offer monthly payments, "
      "often without interest; call the number on the bill." + SIGN),
    D("es", "spanish", "payment_plan", "paid",
      "Le debo 740 dólares al Centro Médico Las Palmas. ¿Puedo pagarlo en partes?",
      "Hola {MEMBER_FIRST_NAME}. Sí, lo puede acordar con {PROVIDER_NAME}: la mayoría acepta "
      "pagos mensuales. Según nuestro registro, el plan pagó {PLAN_PAID} y su parte es "
      "{MEMBER_OWES}; confirme que la cuenta sea por esa cantidad antes de firmar el plan de "
      "pagos." + SIGN,
      claim=C15("2100.00", "740.00", provider="Centro Médico Las Palmas"),
      mentions=["provider", "amount"]),
    D("en", "typo", "payment_plan", "deductible",
      "can i do monthly payments on the 1,380 i owe the hospitl? it all went to my deductable "
      "so you paid nothing",
      "Hi {MEMBER_FIRST_NAME}, right: this stay counted toward your deductible, so "
      "{DEDUCTIBLE_APPLIED} was applied and {MEMBER_OWES} is yours to pay. The hospital can "
      "set up monthly payments; call their billing office. It also counts toward your "
      "out-of-pocket maximum." + SIGN,
      claim=C15("2300.00", "1380.00", "deductible"),
      mentions=["amount"]),
    D("en", "long", "payment_plan", "none",
      "Following up on my own message from yesterday, I need to correct it. I said I could pay "
      "$100 a month but after going over our budget with my husband, $50 is more realistic, at "
      "least until he's back at work in the spring. Is that something I set up with the clinic "
      "or does the insurance company have a program for this?",
      "Hi {MEMBER_FIRST_NAME}, thanks for the update. Monthly amounts are agreed with the "
      "clinic directly, so tell their billing office what you can pay; many accept smaller "
      "payments if you ask. If money is tight, ask them about financial assistance too." +
      SIGN),
    D("en", "single", "payment_plan", "none",
      "Sure, let me just find eleven hundred dollars in the couch cushions. Is there any way to "
      "spread this out?",
      "Hi {MEMBER_FIRST_NAME}, understood, that is a lot at once. The provider who sent the "
      "bill can spread it over monthly payments; ask their billing office for a payment plan, "
      "and whether they offer financial assistance." + SIGN),

    # ---- collections ----
    D("en", "single", "collections", "none",
      "A collection agency called me about a bill from 2024 that I never got. What do I do?",
      "Hi {MEMBER_FIRST_NAME}, ask the agency to send you a written validation notice with the "
      "provider, dates and amount, and don't pay until you have it. Then check the claim in "
      "the portal; we can help you compare at {PHONE}." + SIGN),
    D("es", "spanish", "collections", "pending",
      "Me mandaron a cobranza la cuenta de la ambulancia pero ustedes todavía no pagan, el "
      "reclamo dice pendiente.",
      "Hola {MEMBER_FIRST_NAME}. El reclamo de ambulancia del {DATE_OF_SERVICE} sigue en "
      "proceso con nosotros. Dígale a la agencia de cobranza que está pendiente con su seguro "
      "y pídale que espere; si quiere, llámenos al {PHONE} para confirmarlo." + SIGN,
      claim=C15("1100.00", scenario="pending", service="Ambulancia")),
    D("en", "typo", "collections", "paid",
      "got a letter \"FINAL NOTICE before referral to collections\" from Northfield Anesthesia "
      "for $418. but my eob says i owe 0??",
      "Hi {MEMBER_FIRST_NAME}, our record for {PROVIDER_NAME} shows the plan paid {PLAN_PAID} "
      "and your share is {MEMBER_OWES}. Please send their billing office the EOB and ask them "
      "to correct the account; forward us the notice if they don't." + SIGN,
      claim=C15("1045.00", "0.00", provider="Northfield Anesthesia"),
      mentions=["provider"]),
    D("en", "single", "collections", "denied:50",
      "The dermatologist sent my bill to collections while my appeal is still going!",
      "Hi {MEMBER_FIRST_NAME}, sorry. The {SERVICE} claim was not paid because "
      "{DENIAL_REASON}, and your appeal is the way to challenge that. Tell the office and the "
      "agency in writing that the claim is under appeal and ask them to pause collection." +
      SIGN,
      claim=C15("560.00", scenario="denied:50", service="Dermatology procedure")),
    D("en", "long", "collections", "none",
      "Forwarding a voicemail my dad got on his phone, he's 81 and doesn't do email: 'This is "
      "Summit Recovery calling about an account referred by Greystone Clinic, please call us "
      "back today to avoid further action.' He says he paid Greystone everything. Is this a "
      "real thing or a scam, and how do we find out?",
      "Hi {MEMBER_FIRST_NAME}, thanks for helping your dad. Don't give the caller any payment "
      "details yet; ask Greystone Clinic directly whether they sent an account to collections, "
      "and ask the agency for a written validation notice. If he is on our plan, he can call "
      "{PHONE} with you and we'll check his claims." + SIGN),

    # ---- financial assistance ----
    D("en", "single", "financial_assistance", "none",
      "Do hospitals still do charity care? I lost my job in September.",
      "Hi {MEMBER_FIRST_NAME}, sorry to hear that. Yes: non-profit hospitals have financial "
      "assistance programs; ask the billing office for the application. Losing a job may also "
      "open other coverage options, so call {PHONE} if you'd like to talk them through." + SIGN),
    D("es", "spanish", "financial_assistance", "none",
      "¿Hay algún programa de ayuda financiera? Mi esposo perdió el trabajo and we can't pay "
      "the hospital bill right now.",
      "Hola {MEMBER_FIRST_NAME}. Sí: la mayoría de los hospitales tiene asistencia "
      "financiera; pida la solicitud en la oficina de facturación y diga que su esposo perdió "
      "el empleo. Mientras la revisan, pueden detener el cobro." + SIGN),
    D("en", "typo", "financial_assistance", "deductible",
      "cant afford the 2,100 bill from mercy ridge hospital, is there any help? they said its "
      "all deductble",
      "Hi {MEMBER_FIRST_NAME}, the stay at {PROVIDER_NAME} counted toward your deductible, so "
      "your share is {MEMBER_OWES}. Ask the hospital's billing office about their financial "
      "assistance program and a payment plan; you can apply even after the bill arrives." +
      SIGN,
      claim=C15("3500.00", scenario="deductible", provider="Mercy Ridge Hospital"),
      mentions=["provider", "amount"]),
    D("en", "long", "financial_assistance", "none",
      "My daughter is a full-time student in Vermont and still on our family plan. She had an "
      "appendectomy up there last month and the hospital bill came to her dorm, addressed to "
      "her. She works part time at the library and has nothing saved. We will help her, but is "
      "there any program where the hospital looks at her own income since she's the patient?",
      "Hi {MEMBER_FIRST_NAME}, she can apply to the hospital's financial assistance program "
      "herself; each hospital sets its own rules on whose income counts. Have her call their "
      "billing office and ask for the application, and ask them to hold the bill while it is "
      "reviewed." + SIGN),
    D("en", "single", "financial_assistance", "none",
      "Who would I talk to about a sliding scale? The clinic mentioned they have one.",
      "Hi {MEMBER_FIRST_NAME}, the clinic's front desk or billing office runs its sliding "
      "scale, usually based on income and household size, so ask them for the form. You can "
      "still use your coverage for the visit." + SIGN),

    # ---- appeals ----
    D("en", "single", "appeal", "none",
      "Appeal questions:\n1. how long do I have\n2. can my doctor do it for me\n3. what happens "
      "if you say no again",
      "Hi {MEMBER_FIRST_NAME}:\n1. You have 180 days from the date on the denial notice.\n2. "
      "Yes, your doctor can file it for you with your written consent.\n3. If we uphold it, "
      "you can ask for an external review by an independent reviewer within 4 months." + SIGN),
    D("es", "spanish", "appeal", "denied:50",
      "Quiero apelar la negación de la cirugía de mi mamá. ¿Qué hay que mandar?",
      "Hola {MEMBER_FIRST_NAME}. La cirugía no se pagó porque {DENIAL_REASON}. Para apelar, "
      "mande antes del {APPEAL_DEADLINE} una carta con su desacuerdo, la carta del cirujano y "
      "sus notas médicas. Si su mamá no puede firmar, necesitamos su autorización como "
      "representante." + SIGN,
      claim=C15("7400.00", scenario="denied:50", service="Cirugía")),
    D("en", "typo", "appeal", "denied:204",
      "how do i apeal the denial for my wegovy shots, my dr says i need them for my heart",
      "Hi {MEMBER_FIRST_NAME}, the claim was not paid because {DENIAL_REASON}. You or your "
      "doctor can appeal by {APPEAL_DEADLINE}; a letter about your heart condition is the key "
      "part. Your doctor can also ask for a formulary exception." + SIGN,
      claim=C15("1350.00", scenario="denied:204", service="Wegovy")),
    D("en", "long", "appeal", "denied:96",
      "Quick correction to what I wrote yesterday: the appeal I want to file is for the claim "
      "from the neurologist, not the neurosurgeon, I mixed them up because they share an "
      "office. The claim number is NR-5520184. The neurologist says the nerve test was needed "
      "because of my numbness. What do I need to include so it doesn't get turned down twice?",
      "Hi {MEMBER_FIRST_NAME}, thanks for the correction. Claim {CLAIM_NUMBER} was not paid "
      "because {DENIAL_REASON}. Send your appeal by {APPEAL_DEADLINE} with the neurologist's "
      "letter about your numbness and the test results. We'll write with our decision." + SIGN,
      claim=C15("890.00", scenario="denied:96", service="Nerve conduction test",
                claim_number="NR-5520184"),
      mentions=["claim_number"]),
    D("en", "single", "appeal", "none",
      "I mailed my appeal three weeks ago. How do I know you actually got it?",
      "Hi {MEMBER_FIRST_NAME}, once an appeal is logged it shows under Appeals in the portal, "
      "or call {PHONE} and we'll check for it. Decisions take up to 30 days for care you "
      "haven't had yet and up to 60 days for care already received." + SIGN),

    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "My wife and I both have insurance through work. Which one pays first for the kids?",
      "Hi {MEMBER_FIRST_NAME}, usually the 'birthday rule' applies: the plan of the parent "
      "whose birthday (month and day) comes first in the year pays first for the children. "
      "Please tell us about the other plan in the portal so claims go to the right place." +
      SIGN),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Tengo Medicare y también el plan de mi trabajo. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}. Depende del tamaño de su empleador: si tiene 20 empleados o "
      "más y usted sigue trabajando, normalmente paga primero el plan del trabajo y Medicare "
      "después. Llámenos al {PHONE} para registrarlo bien." + SIGN),
    D("en", "typo", "coordination_of_benefits", "paid",
      "claim from the orthopedist got paid by you but my other insurance says THEY'RE primary?? "
      "now what",
      "Hi {MEMBER_FIRST_NAME}, the orthopedic claim was processed with us as primary: the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. If the other plan is primary, update "
      "your other-coverage details in the portal or at {PHONE}; the claim may then be "
      "reprocessed and the provider would bill the other plan first." + SIGN,
      claim=C15("420.00", "60.00", service="Orthopedic visit")),
    D("en", "single", "coordination_of_benefits", "denied:22",
      "Turned down because 'may be covered by another payer'? I only have you! My other plan "
      "ended last year.",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} was held back because "
      "{DENIAL_REASON}: our records still list your old plan. Confirm in the portal or at "
      "{PHONE} that it ended, and the claim can then be processed again." + SIGN,
      claim=C15("330.00", scenario="denied:22")),
    D("en", "long", "coordination_of_benefits", "none",
      "We had a baby on the 3rd, a little early but she's doing great. Both my husband and I "
      "have plans through our jobs and we can't agree which one she should go on, or if she "
      "can be on both. And how long do we have to decide before she's uncovered?",
      "Congratulations, {MEMBER_FIRST_NAME}! She can be on both plans; for a child, the plan of "
      "the parent whose birthday comes first in the year usually pays first. Add her within 30 "
      "days of the birth (60 days on a Marketplace plan), and her coverage goes back to the day "
      "she was born." + SIGN),
]
