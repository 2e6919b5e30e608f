"""Tenth held-out drafts set (stop 27), batch 1: deductible, copays and coinsurance,
out-of-pocket maximum, EOBs, denials. Written by helper sets9 from general knowledge of what
health-plan members write (public CMS / HealthCare.gov consumer topics), in shapes the earlier
sets had little of: lines pasted from an EOB or a bill, SMS-short questions, replies that continue
an earlier exchange, someone writing for a parent or spouse, rambling messages with the question
at the end, negative questions ("why didn't my plan pay"), formal letters, phone-keyboard typos.

`C9` builds a claim override with the values the benchmark stores (bench/drafts.py claim_rows:
allowed = the larger of the member's share and 60 % of the billed amount, paid = allowed - share),
so that amounts a message quotes from an EOB agree with the stored record.
"""

from decimal import Decimal

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401

SIGN = "\n\n{AGENT_NAME}"


def C9(billed, owes=None, scenario="paid", **extra):
    b = Decimal(billed)
    if scenario.startswith("denied"):
        out = {"billed": f"{b:.2f}", "plan_paid": "0.00"}
    elif scenario in ("pending", "duplicate_submitted"):
        out = {"billed": f"{b:.2f}"}
    else:
        floor = (b * Decimal("0.6")).quantize(Decimal("0.01"))
        if scenario == "oop_met":
            o = Decimal(0)
        elif owes is None:
            o = floor if scenario == "deductible" else Decimal(0)
        else:
            o = Decimal(owes)
        allowed = max(o, floor)
        paid = Decimal(0) if scenario == "deductible" else allowed - o
        out = {"billed": f"{b:.2f}", "allowed": f"{allowed:.2f}", "plan_paid": f"{paid:.2f}",
               "member_owes": f"{o:.2f}"}
    out.update(extra)
    return out


ITEMS = [
    # ---- deductible ----
    D("en", "single", "deductible", "none",
      "deductible reset when?",
      "Hi {MEMBER_FIRST_NAME}, your deductible starts over with each new plan year; the current "
      "one ends on {PLAN_YEAR_END}. So far you have met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} "
      "deductible." + SIGN),
    D("en", "single", "deductible", "deductible",
      "Why didn't my plan pay anything? This is what the EOB line says: Wrenfield Imaging, "
      "08/12/2026, Amount billed $415.00, Allowed $249.00, Applied to deductible $249.00, "
      "Plan paid $0.00.",
      "Hi {MEMBER_FIRST_NAME}, the {SERVICE} at {PROVIDER_NAME} on {DATE_OF_SERVICE} was "
      "processed under your deductible: of the {ALLOWED} allowed, {DEDUCTIBLE_APPLIED} went "
      "toward the deductible, so the plan's payment was {PLAN_PAID} this time. After the "
      "deductible is met, the plan starts sharing the cost. You have {DEDUCTIBLE_REMAINING} left "
      "to meet." + SIGN,
      claim=C9("415.00", scenario="deductible", provider="Wrenfield Imaging",
               date_of_service="2026-08-12"),
      mentions=["amount", "date", "provider"]),
    D("en", "single", "deductible", "none",
      "I'm writing for my husband, he's the one on the policy but I deal with the mail. How "
      "much does he still have to pay in before the plan kicks in?",
      "Hi {MEMBER_FIRST_NAME}, on the plan's records {DEDUCTIBLE_MET} of the {DEDUCTIBLE} "
      "deductible has been met, which leaves {DEDUCTIBLE_REMAINING} before the plan starts "
      "sharing costs. For us to discuss his account with you directly, he can add you as an "
      "authorized person by calling {PHONE}." + SIGN),
    D("es", "spanish", "deductible", "none",
      "¿Cuánto me falta del deducible? Y no entiendo si el de la familia va aparte o es el "
      "mismo.",
      "Hola {MEMBER_FIRST_NAME}, lleva {DEDUCTIBLE_MET} de su deducible de {DEDUCTIBLE}, así que "
      "le faltan {DEDUCTIBLE_REMAINING}. En un plan familiar cada persona tiene su deducible "
      "individual y además hay uno familiar: cuando la familia llega al total, el plan comparte "
      "los costos de todos." + SIGN),
    D("en", "typo", "deductible", "none",
      "is my deducitble the same for in netwrok and out of netwrok docs or 2 diff ones",
      "Hi {MEMBER_FIRST_NAME}, many plans keep a separate, higher deductible for out-of-network "
      "care. Your in-network deductible is {DEDUCTIBLE}, and {DEDUCTIBLE_MET} of it has been met "
      "this plan year. Your {PLAN_NAME} summary of benefits shows whether an out-of-network "
      "deductible applies." + SIGN),
    D("en", "long", "deductible", "partial_deductible",
      "So I had a knee thing in the spring, went to Brackenridge Orthopedic Group a few times, "
      "then physical therapy, then my daughter had her tonsils out in the summer which was its "
      "own adventure, and honestly I stopped opening the envelopes for a while. Now I'm going "
      "through the pile and the latest one says $318.40 and I swear the same visit was way less "
      "before. My question is, am I still paying toward the deductible or is this coinsurance "
      "now?",
      "Hi {MEMBER_FIRST_NAME}, on the {PROVIDER_NAME} claim for {DATE_OF_SERVICE} the allowed "
      "amount was {ALLOWED}; {DEDUCTIBLE_APPLIED} of it went toward your deductible and the plan "
      "paid {PLAN_PAID}, so you owe {MEMBER_OWES}. You are still meeting the deductible: "
      "{DEDUCTIBLE_REMAINING} is left, and after that you pay coinsurance instead." + SIGN,
      claim=C9("700.00", "318.40", "partial_deductible",
               provider="Brackenridge Orthopedic Group"),
      mentions=["amount", "provider"]),
    D("en", "single", "deductible", "deductible",
      "ok thanks. and the one from march, did that go to the deductible too?",
      "Hi {MEMBER_FIRST_NAME}, yes: the {DATE_OF_SERVICE} claim from {PROVIDER_NAME} was applied "
      "to your deductible as well. {DEDUCTIBLE_APPLIED} counted toward it, and your share is "
      "{MEMBER_OWES}." + SIGN,
      claim=C9("260.00", scenario="deductible", date_of_service="2026-03-19")),
    # ---- copay / coinsurance ----
    D("en", "single", "copay_coinsurance", "none",
      "copay for urgent care??",
      "Hi {MEMBER_FIRST_NAME}, urgent care visits on most plans have a set copay that is lower "
      "than the emergency room's. The amount for {PLAN_NAME} is in your summary of benefits, or "
      "we can tell you at {PHONE}." + SIGN),
    D("en", "single", "copay_coinsurance", "paid",
      "My statement says \"Coinsurance 20%: $64.80\". I thought my specialist visits were a $40 "
      "copay, so why am I paying coinsurance?",
      "Hi {MEMBER_FIRST_NAME}, on the {DATE_OF_SERVICE} claim the allowed amount was {ALLOWED}, "
      "the plan paid {PLAN_PAID} and your coinsurance is {MEMBER_OWES}. A copay covers the office "
      "visit itself; tests or procedures done at the same visit often fall under coinsurance "
      "instead." + SIGN,
      claim=C9("540.00", "64.80"),
      mentions=["amount"]),
    D("en", "single", "copay_coinsurance", "paid",
      "Why didn't the $25 copay cover the whole visit? Got a second bill from Thistledown Family "
      "Practice for $112.60.",
      "Hi {MEMBER_FIRST_NAME}, the second bill from {PROVIDER_NAME} is for services processed "
      "apart from the visit fee: on the {DATE_OF_SERVICE} claim the plan paid {PLAN_PAID} of the "
      "{ALLOWED} allowed, and your share is {MEMBER_OWES}. Lab work or other services done the "
      "same day can have their own cost share." + SIGN,
      claim=C9("390.00", "112.60", provider="Thistledown Family Practice"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "copay_coinsurance", "paid",
      "Fui al especialista y pagué el copago, pero ahora me cobran un coseguro de 87,30 dólares. "
      "¿Por qué tengo que pagar las dos cosas?",
      "Hola {MEMBER_FIRST_NAME}, en el reclamo del {DATE_OF_SERVICE} el monto permitido fue "
      "{ALLOWED}, el plan pagó {PLAN_PAID} y su parte es {MEMBER_OWES}. El copago cubre la "
      "consulta; los estudios o procedimientos hechos ese día pueden tener coseguro aparte."
      + SIGN,
      claim=C9("450.00", "87.30"),
      mentions=["amount"]),
    D("en", "typo", "copay_coinsurance", "none",
      "whats the diffrence between coinsurence and copay, hr lady said its 80 20 but idk 80 "
      "percent of what",
      "Hi {MEMBER_FIRST_NAME}, a copay is a set fee per visit. Coinsurance is a share of the "
      "allowed amount: with an 80-20 split the plan pays 80 percent of the allowed amount and you "
      "pay 20 percent, usually after your deductible is met." + SIGN),
    D("en", "long", "copay_coinsurance", "paid",
      "Dear Sir or Madam, I write to request clarification regarding the cost sharing applied to "
      "my recent laboratory services at Cobalt Valley Labs. The statement I received indicates a "
      "balance of $46.15, whereas I had understood from my enrollment materials that laboratory "
      "work ordered by my physician would be covered in full. I would be grateful for an "
      "explanation of how this amount was calculated. Yours faithfully.",
      "Hi {MEMBER_FIRST_NAME}, thank you for your letter. On the {PROVIDER_NAME} claim for "
      "{DATE_OF_SERVICE}, the allowed amount was {ALLOWED}; the plan paid {PLAN_PAID} and "
      "{MEMBER_OWES} is your coinsurance. Lab tests that are part of preventive screenings are "
      "covered in full, while tests to check or treat a condition carry the usual cost share."
      + SIGN,
      claim=C9("185.00", "46.15", provider="Cobalt Valley Labs"),
      mentions=["amount", "provider"]),
    D("en", "single", "copay_coinsurance", "none",
      "Asking for my dad, he's on this plan through his retirement: does he pay a copay every "
      "time he sees the heart doctor or only the first visit?",
      "Hi {MEMBER_FIRST_NAME}, a specialist copay applies to each visit, not only the first one. "
      "His {PLAN_NAME} summary of benefits lists the specialist copay, and we can go over it with "
      "him or an authorized person at {PHONE}." + SIGN),
    # ---- out-of-pocket maximum ----
    D("en", "single", "out_of_pocket_max", "none",
      "oop max - how much left??",
      "Hi {MEMBER_FIRST_NAME}, you have paid {OOP_MET} toward your {OOP_MAX} out-of-pocket "
      "maximum; it starts over after {PLAN_YEAR_END}." + SIGN),
    D("en", "single", "out_of_pocket_max", "oop_met",
      "Why didn't my plan cover everything at Amberlight Cardiology? Pretty sure I hit the max "
      "back in August.",
      "Hi {MEMBER_FIRST_NAME}, you had met your out-of-pocket maximum, and the claim from "
      "{PROVIDER_NAME} for {DATE_OF_SERVICE} reflects it: the plan paid {PLAN_PAID} and your "
      "share is {MEMBER_OWES}. If the office is still asking you for money, it may have billed "
      "before the claim was processed; please show them your EOB." + SIGN,
      claim=C9("1180.00", scenario="oop_met", provider="Amberlight Cardiology"),
      mentions=["provider"]),
    D("es", "spanish", "out_of_pocket_max", "none",
      "Mi esposo y yo, ¿tenemos un máximo de gastos de bolsillo cada uno o uno solo para los "
      "dos?",
      "Hola {MEMBER_FIRST_NAME}, en un plan familiar hay un máximo individual para cada persona y "
      "uno familiar para todos juntos; lo que llegue primero detiene su parte de los costos "
      "cubiertos. Este año lleva {OOP_MET} de {OOP_MAX}." + SIGN),
    D("en", "typo", "out_of_pocket_max", "none",
      "wait so the $20 copays i keep paying, do thoes go on the out of pockt max too or just deductable stuff",
      "Hi {MEMBER_FIRST_NAME}, both count: copays, coinsurance and the deductible for covered "
      "in-network care all go toward your {OOP_MAX} out-of-pocket maximum. Premiums do not. You "
      "are at {OOP_MET} this plan year." + SIGN),
    D("en", "single", "out_of_pocket_max", "none",
      "ok so once I hit it, what about my prescriptions, do those stop costing me too?",
      "Hi {MEMBER_FIRST_NAME}, covered prescriptions count toward the same out-of-pocket "
      "maximum, so once you reach {OOP_MAX} your covered in-network prescriptions cost nothing "
      "more until the plan year ends on {PLAN_YEAR_END}. You have paid {OOP_MET} so far." + SIGN),
    D("en", "long", "out_of_pocket_max", "none",
      "This year has been a lot. My wife started treatment in February and we have been to more "
      "appointments than I can count, plus scans, plus a second opinion in another city that I "
      "know was not with one of your doctors, plus all the driving. I keep a spreadsheet but the "
      "numbers never line up with the letters. What I really want to know: does what we paid for "
      "that out-of-network second opinion count toward the yearly limit?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry it has been such a hard year. Costs for covered "
      "in-network care count toward your {OOP_MAX} out-of-pocket maximum, and {OOP_MET} has been "
      "paid toward it so far. Out-of-network costs usually do not count toward the in-network "
      "limit; your {PLAN_NAME} documents say whether the plan has a separate out-of-network "
      "maximum." + SIGN),
    # ---- EOB ----
    D("en", "single", "eob_question", "paid",
      "Copying from the EOB: \"Service date 05/02/2026 | Provider: Tidewater Sleep Lab | Amount "
      "billed $1,860.00 | Plan discount $744.00 | Plan paid $892.80 | You may owe $223.20\". "
      "Is the discount money I get back?",
      "Hi {MEMBER_FIRST_NAME}, no, the discount is not paid to you: it is the part of the "
      "{BILLED} charge that {PROVIDER_NAME} agreed to write off as an in-network provider. Of "
      "the {ALLOWED} allowed for {DATE_OF_SERVICE}, the plan paid {PLAN_PAID} and {MEMBER_OWES} "
      "is your share." + SIGN,
      claim=C9("1860.00", "223.20", provider="Tidewater Sleep Lab",
               date_of_service="2026-05-02"),
      mentions=["amount", "date", "provider"]),
    D("en", "single", "eob_question", "paid",
      "eob says THIS IS NOT A BILL. so do i pay or not",
      "Hi {MEMBER_FIRST_NAME}, the EOB only shows how the claim was processed; you pay the "
      "provider when their bill comes. On your latest claim, from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE}, your share is {MEMBER_OWES}, so the bill should match that." + SIGN),
    D("es", "spanish", "eob_question", "paid",
      "Me llegó un papel que dice \"Explicación de beneficios\" y una línea \"Monto no cubierto: "
      "0,00\". ¿Tengo que hacer algo con esto?",
      "Hola {MEMBER_FIRST_NAME}, ese papel es solo informativo, así que no hay nada que hacer con "
      "él. Para {PROVIDER_NAME} ({DATE_OF_SERVICE}) el plan cubrió {PLAN_PAID}; a usted le toca "
      "{MEMBER_OWES}. Cuando llegue la cuenta del proveedor, revise que coincida." + SIGN),
    D("en", "single", "eob_question", "paid",
      "and the second one? there were 2 EOBs in the envelope, same date, both Harlow Pediatrics",
      "Hi {MEMBER_FIRST_NAME}, a visit and a vaccine or lab test are often processed as separate "
      "claims. On the second {PROVIDER_NAME} claim for {DATE_OF_SERVICE}, the plan paid "
      "{PLAN_PAID} and your share is {MEMBER_OWES}." + SIGN,
      claim=C9("210.00", "15.00", provider="Harlow Pediatrics"),
      mentions=["provider"]),
    D("en", "typo", "eob_question", "paid",
      "my eob has a code 'PR-2' next to $58.40 what does that meen",
      "Hi {MEMBER_FIRST_NAME}, PR means patient responsibility, and code 2 is coinsurance: on the "
      "{DATE_OF_SERVICE} claim your coinsurance is {MEMBER_OWES}, after the plan paid {PLAN_PAID} "
      "of the {ALLOWED} allowed." + SIGN,
      claim=C9("310.00", "58.40"),
      mentions=["amount"]),
    D("en", "single", "eob_question", "paid",
      "My father's EOB lists a visit at Bayfront Endoscopy Center but he says he never went "
      "there. I help with his mail. Could this be a mistake?",
      "Hi {MEMBER_FIRST_NAME}, thank you for checking. The claim shows {PROVIDER_NAME} on "
      "{DATE_OF_SERVICE}; sometimes a facility bills for a procedure done under another name, "
      "but if he did not receive this service, please call us at {PHONE} so we can review the "
      "claim with him." + SIGN,
      claim=C9("1340.00", "120.00", provider="Bayfront Endoscopy Center"),
      mentions=["provider"]),
    D("en", "long", "eob_question", "none",
      "To whom it may concern: over the past month I have received three Explanation of Benefits "
      "statements, each with columns I do not understand. In particular, one column is labelled "
      "'Other adjustments' and another 'Not covered', and I cannot tell which of these, if any, "
      "I will be asked to pay. I should be obliged if you would explain the meaning of each "
      "column in plain terms.",
      "Hi {MEMBER_FIRST_NAME}, thank you for writing. An EOB shows what the provider billed, the "
      "allowed amount, what the plan paid and what you may owe. 'Other adjustments' is usually "
      "the discount an in-network provider writes off, which you do not pay. 'Not covered' is an "
      "amount the plan did not pay, and the EOB's remark codes say why. The column for your "
      "share is the one to compare with the provider's bill." + SIGN),
    D("en", "single", "eob_question", "pending",
      "Why doesn't my EOB show anything for the flu shot I got?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} is still "
      "being processed, so no EOB has been issued for it yet. You will receive one once it is "
      "done." + SIGN,
      claim={"service": "flu shot"}),
    # ---- denied claims ----
    D("en", "single", "denied_claim", "denied:197",
      "Letter says: \"CARC 197 - Precertification/authorization absent.\" Claim DX-448120-77. "
      "what does that mean in english",
      "Hi {MEMBER_FIRST_NAME}, it means the service needed approval from the plan before it was "
      "done, and no approval was on file, so claim {CLAIM_NUMBER} was denied ({DENIAL_REASON}). "
      "The provider can ask for the authorization now, and you can appeal by {APPEAL_DEADLINE} "
      "with your doctor's records." + SIGN,
      claim=C9("2300.00", scenario="denied:197", claim_number="DX-448120-77"),
      mentions=["claim_number"]),
    D("en", "single", "denied_claim", "denied:96",
      "why didnt u guys pay juniper lane dermatology",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "as {DENIAL_REASON}: the service is one your plan does not cover. If your doctor believes "
      "it was medically needed, you can appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C9("280.00", scenario="denied:96", provider="Juniper Lane Dermatology"),
      mentions=["provider"]),
    D("es", "spanish", "denied_claim", "denied:27",
      "Me negaron el reclamo del hospital Gull Harbor Hospital y dice que mi cobertura había "
      "terminado, pero yo pagué la prima ese mes. ¿Cómo puede ser?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo de {PROVIDER_NAME} del {DATE_OF_SERVICE} fue negado "
      "por {DENIAL_REASON}: según nuestros registros, la fecha del servicio cae después del fin "
      "de su cobertura. Si pagó la prima de ese mes, envíenos el comprobante y revisamos su "
      "cobertura; también puede apelar antes del {APPEAL_DEADLINE}." + SIGN,
      claim=C9("3150.00", scenario="denied:27", provider="Gull Harbor Hospital"),
      mentions=["provider"]),
    D("en", "single", "denied_claim", "denied:29",
      "My mom got a bill for $640.00 from Hollins Creek Medical Center for a visit last year, "
      "and the EOB says denied because it was sent in too late. Does she have to pay that?",
      "Hi {MEMBER_FIRST_NAME}, the claim for {DATE_OF_SERVICE} was denied as {DENIAL_REASON}. "
      "When an in-network provider files too late, the contract usually does not let them bill "
      "the member for it, so she can ask {PROVIDER_NAME} to write it off. She can also appeal by "
      "{APPEAL_DEADLINE} if the office has proof it filed on time." + SIGN,
      claim=C9("640.00", scenario="denied:29", provider="Hollins Creek Medical Center"),
      mentions=["amount", "provider"]),
    D("en", "typo", "denied_claim", "denied:50",
      "insurance says my knee mri wasnt medicaly necesary?? my ortho is the one who sent me, so how",
      "Hi {MEMBER_FIRST_NAME}, the {SERVICE} claim for {DATE_OF_SERVICE} was denied as "
      "{DENIAL_REASON}. Your doctor can send notes explaining why it was needed, and you can "
      "appeal by {APPEAL_DEADLINE}; that review looks at the medical records again." + SIGN,
      claim=C9("1950.00", scenario="denied:50", service="MRI")),
    D("en", "long", "denied_claim", "denied:16",
      "Hi there, I'm not sure where to start. My son has had ear infections on and off since "
      "last winter, and we finally saw a specialist at Stonebridge ENT on Sept 3rd. Good visit, "
      "nice doctor, we left with a plan. Then this week I got a notice that the claim was denied "
      "and something about missing information, and the office says they'll look into it but "
      "nobody has called back. So is there anything I have to do, or is this on the doctor's "
      "office?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for {DATE_OF_SERVICE} was denied "
      "because information was missing from the claim ({DENIAL_REASON}). That is something the "
      "office fixes: they correct the claim and send it again. You do not need to pay it in the "
      "meantime; if it drags on, you can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C9("365.00", scenario="denied:16", provider="Stonebridge ENT",
               date_of_service="2026-09-03"),
      mentions=["provider", "date"]),
    D("en", "single", "denied_claim", "denied:204",
      "Thanks for explaining the first one. The other denial has code 204 on the hearing aid "
      "claim, same thing?",
      "Hi {MEMBER_FIRST_NAME}, no, that one is different: the hearing aid claim for "
      "{DATE_OF_SERVICE} was denied as {DENIAL_REASON}, meaning the item is not a benefit under "
      "your current plan. You can still appeal by {APPEAL_DEADLINE} if you believe it should be "
      "covered." + SIGN,
      claim=C9("2900.00", scenario="denied:204", service="hearing aids")),
]
