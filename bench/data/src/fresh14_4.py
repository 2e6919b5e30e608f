"""Fifteenth held-out drafts set (stop 32), batch 4: coordination of benefits, eligibility, ID
cards, pharmacy, HSA/FSA, premiums, contact changes, complaints, thanks and follow-ups, other.
Written by helper sets14 from general knowledge; same shapes as batch 1.
"""

from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D  # noqa: F401
from fresh14_common import SIGN, C14

ITEMS = [
    # ---- coordination of benefits ----
    D("en", "single", "coordination_of_benefits", "none",
      "two plans in this house now - mine from the warehouse and my wife's from the school district. when I see a doctor, whose plan gets billed first?",
      "Hi {MEMBER_FIRST_NAME}, the plan that covers you as an employee is normally primary for "
      "you, and your wife's plan is secondary. For your children, the usual rule is that the "
      "plan of the parent whose birthday comes first in the year is primary. We'll keep the "
      "other plan on file if you send us its details." + SIGN),
    D("en", "typo", "coordination_of_benefits", "denied:22",
      "claim denyed saying i have other insurance?? i DONT, my old job ended in march",
      "Hi {MEMBER_FIRST_NAME}, the claim from {DATE_OF_SERVICE} was not paid because "
      "{DENIAL_REASON}: our record still shows other coverage. If that coverage ended, tell us "
      "the end date (or send the termination letter) and the claim can be processed again. "
      "You can also appeal by {APPEAL_DEADLINE}." + SIGN,
      claim=C14("380.00", scenario="denied:22")),
    D("es", "spanish", "coordination_of_benefits", "none",
      "Mi hijo tiene Medicaid y también está en mi plan del trabajo. ¿Cuál paga primero?",
      "Hola {MEMBER_FIRST_NAME}, cuando un niño tiene Medicaid y un plan de empleador, el plan "
      "del empleador paga primero y Medicaid paga después. Mándenos los datos de Medicaid para "
      "tenerlos en el expediente." + SIGN),
    D("en", "long", "coordination_of_benefits", "paid",
      "Every year I fill out your 'other insurance' questionnaire and every year something goes "
      "wrong. I turned 65 in June and signed up for Medicare Part B because HR told me to, but "
      "I'm still working full time. Now the physical therapy claim from Ferncliff Physical "
      "Therapy got paid by you but Medicare also sent me something. Who is supposed to be "
      "first?",
      "Hi {MEMBER_FIRST_NAME}, because you are still actively working, at a company with 20 or "
      "more staff our plan normally pays first and Medicare second. For the therapy at "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE} the plan paid {PLAN_PAID} and your share is "
      "{MEMBER_OWES}. Please send us your Medicare details so the record shows the right "
      "order." + SIGN,
      claim=C14("210.00", "30.00", provider="Ferncliff Physical Therapy"),
      mentions=["provider"]),
    D("en", "single", "coordination_of_benefits", "none",
      "There's a form in my mailbox about 'other health coverage'. Nothing else covers me. Can I just toss it?",
      "Hi {MEMBER_FIRST_NAME}, yes please: without an answer, some claims can be held until we "
      "know. Telling us you have no other coverage is enough; you can reply by phone at "
      "{PHONE} or send the form back." + SIGN),

    # ---- eligibility ----
    D("en", "single", "eligibility", "none",
      "can my 25 year old stay on my plan? he's not a student anymore",
      "Hi {MEMBER_FIRST_NAME}, he can. The age limit for a child on a parent's plan is 26, and "
      "school enrolment plays no part in it, nor does marriage or where he lives. He comes off "
      "when he turns 26." + SIGN),
    D("en", "typo", "eligibility", "none",
      "had a baby 2 weeks ago!!! how do i add her, is it to late",
      "Hi {MEMBER_FIRST_NAME}, congratulations! It isn't too late: you have a special "
      "enrolment period after a birth (30 or 60 days depending on the plan) to add her, and "
      "coverage goes back to the day she was born. Call {PHONE} or use the member portal to "
      "add her." + SIGN),
    D("es", "spanish", "eligibility", "denied:27",
      "Me dijeron en la farmacia que mi cobertura no estaba activa el 2 de septiembre. Yo pagué "
      "todo. ¿Qué pasó?",
      "Hola {MEMBER_FIRST_NAME}, el reclamo del {DATE_OF_SERVICE} no se pagó porque "
      "{DENIAL_REASON}. Si usted tenía la cobertura pagada en esa fecha, mándenos el "
      "comprobante de pago para revisarlo; también puede apelar hasta el {APPEAL_DEADLINE}." +
      SIGN,
      claim=C14("95.00", scenario="denied:27", date_of_service="2026-09-02"),
      mentions=["date"]),
    D("en", "long", "eligibility", "none",
      "My divorce was finalized last month. My ex-husband's plan covers me and our two kids. "
      "I have a new job starting in two weeks with its own insurance. I'm trying to avoid a "
      "gap. Can I stay on his plan until my new one starts, and can the kids stay on his?",
      "Hi {MEMBER_FIRST_NAME}, a divorce usually ends a spouse's eligibility on the employee's "
      "plan, often at the end of the month it is final; the children can stay on his plan. "
      "Losing coverage is a life event that lets you enrol in your new employer's plan, and "
      "you may be offered COBRA to cover any gap. Call {PHONE} and we can check the dates." +
      SIGN),
    D("en", "single", "eligibility", "none",
      "am i still covered or did it lapse",
      "Hi {MEMBER_FIRST_NAME}, your coverage under {PLAN_NAME} is active through "
      "{PLAN_YEAR_END} as long as your premiums are paid. If you need proof of coverage, we "
      "can send a letter." + SIGN),

    # ---- ID cards ----
    D("en", "single", "id_card", "none",
      "need a new card, dog ate mine (really)",
      "Hi {MEMBER_FIRST_NAME}, sorry about the card! You can order a replacement in the member "
      "portal or by calling {PHONE}, and a digital card is available in the app right away." +
      SIGN),
    D("es", "spanish", "id_card", "none",
      "Mi tarjeta tiene mal escrito mi apellido, dice Gonzales con s y es González con z. "
      "¿Cómo lo corrijo?",
      "Hola {MEMBER_FIRST_NAME}, lo podemos corregir. Llámenos al {PHONE} o escríbanos con su "
      "nombre como aparece en su identificación; después se le manda una tarjeta nueva." + SIGN),
    D("en", "typo", "id_card", "none",
      "the pharmacy says my id # doesnt work, i just got the card last weak. is it activ?",
      "Hi {MEMBER_FIRST_NAME}, new cards can take a few days to reach the pharmacy's system. "
      "Ask the pharmacy to check the pharmacy numbers on the back of the card (BIN and PCN), "
      "not only the ID; if it still fails, call us at {PHONE} with the pharmacy on the line." +
      SIGN),
    D("en", "single", "id_card", "none",
      "do my kids get their own cards or do they use mine",
      "Hi {MEMBER_FIRST_NAME}, each person on the plan can have a card with their own name, "
      "and all share your member ID. You can order cards for them in the portal or at "
      "{PHONE}." + SIGN),
    D("en", "long", "id_card", "none",
      "I'm going to be honest, I don't understand my card at all. There is an RxBIN, an RxGrp, "
      "a number that ends in -01, a copay box that says PCP/SPC/ER/UC with dollar amounts, and "
      "a phone number for 'behavioral health'. I'm new to insurance since I just started my "
      "first real job. What do I actually need to show at a doctor?",
      "Hi {MEMBER_FIRST_NAME}, welcome! At a doctor's office, show the whole card; they need "
      "the member ID (the -01 is you on the plan) and the group number. The Rx numbers are for "
      "pharmacies. The copay box lists what you pay for a primary care visit, a specialist, "
      "the ER and urgent care. Call {PHONE} any time with questions." + SIGN),

    # ---- pharmacy ----
    D("en", "single", "pharmacy", "pharmacy",
      "why did my inhaler cost 65 this month? it was 15 last month",
      "Hi {MEMBER_FIRST_NAME}, for the fill on {DATE_OF_SERVICE} your share was "
      "{MEMBER_OWES}. Drug costs can change when a medicine moves tier, when a deductible "
      "starts again, or when a different version was dispensed; ask the pharmacy which one it "
      "was, and we can look at a lower-cost alternative with your doctor." + SIGN,
      claim=C14("140.00", "65.00", "pharmacy", service="Inhaler"),
      mentions=["amount"]),
    D("en", "typo", "pharmacy", "none",
      "is ozempic coverd or not, my dr wants me on it",
      "Hi {MEMBER_FIRST_NAME}, I can check that for you. Coverage for that drug depends on the "
      "reason it's prescribed and may need prior authorization. Your doctor can send the "
      "request; you can also look it up in the {PLAN_NAME} drug list or call {PHONE}." + SIGN,
      add=COV_UNKNOWN + PA_UNKNOWN),
    D("es", "spanish", "pharmacy", "pharmacy",
      "La farmacia me cobró 112,40 por la insulina. ¿No hay un límite para la insulina?",
      "Hola {MEMBER_FIRST_NAME}, por la insulina surtida el {DATE_OF_SERVICE} su parte fue "
      "{MEMBER_OWES}. Podemos revisar con usted si hay una versión de menor costo en la lista "
      "de medicamentos del plan; llámenos al {PHONE}." + SIGN,
      claim=C14("320.00", "112.40", "pharmacy", service="Insulin"),
      mentions=["amount"]),
    D("en", "long", "pharmacy", "none",
      "My mother takes 9 different medications and I do her pill box every Sunday. Every month "
      "we make four trips to the pharmacy because everything runs out on different days. Her "
      "neighbour says there is a way to get 90 days at once, by mail. Would that be cheaper "
      "and how do we set it up?",
      "Hi {MEMBER_FIRST_NAME}, many plans offer a 90-day supply of maintenance drugs by mail "
      "order, often at a lower cost per month. Her doctor sends new 90-day prescriptions to "
      "the mail-order pharmacy; call {PHONE} and we can set it up and go through her list." +
      SIGN),
    D("en", "single", "pharmacy", "none",
      "can I get my prescription early? going abroad for 2 months",
      "Hi {MEMBER_FIRST_NAME}, yes, you can ask for a vacation override to fill early before "
      "long travel. Your pharmacy can request it, or call us at {PHONE} with your travel "
      "dates." + SIGN),

    # ---- HSA / FSA ----
    D("en", "single", "hsa_fsa", "none",
      "hsa or fsa, whats the difference",
      "Hi {MEMBER_FIRST_NAME}, an HSA goes with a high-deductible plan: the money is yours and "
      "rolls over year to year, even if you change jobs. An FSA is set up by an employer, and "
      "most of the balance must be used within the plan year. Both pay for medical costs with "
      "money that is not taxed." + SIGN),
    D("en", "typo", "hsa_fsa", "paid",
      "can i use my fsa card for the 85 dollar bill from Pinecastle Dental? or is dental not "
      "allowd",
      "Hi {MEMBER_FIRST_NAME}, dental care is generally an eligible FSA expense. For the visit "
      "at {PROVIDER_NAME} your share is {MEMBER_OWES}; keep the bill or EOB in case the FSA "
      "administrator asks for proof." + SIGN,
      claim=C14("230.00", "85.00", provider="Pinecastle Dental"),
      mentions=["amount", "provider"]),
    D("es", "spanish", "hsa_fsa", "none",
      "¿Puedo usar mi HSA para los lentes de mi hija?",
      "Hola {MEMBER_FIRST_NAME}, sí: los lentes recetados son un gasto permitido para una HSA, "
      "también para sus dependientes. Guarde el recibo por si se lo piden." + SIGN),
    D("en", "long", "hsa_fsa", "paid",
      "I paid the dermatologist with my HSA card at the visit, $150, because the front desk "
      "said that was 'estimated'. Then the EOB came and my share is only 92.10. The office says "
      "they'll refund the difference by check. Can that check go back into my HSA or is it "
      "income?",
      "Hi {MEMBER_FIRST_NAME}, for the visit on {DATE_OF_SERVICE} your share is "
      "{MEMBER_OWES}. A refund of an overpaid medical bill can usually go back into your HSA "
      "as a mistaken distribution; ask your HSA administrator for their form." + SIGN,
      claim=C14("240.00", "92.10"),
      mentions=["amount"]),
    D("en", "single", "hsa_fsa", "none",
      "will you send me a form for my hsa for taxes",
      "Hi {MEMBER_FIRST_NAME}, the HSA tax forms come from the bank or administrator that "
      "holds the account, not from us. We can send a letter confirming your high-deductible "
      "coverage under {PLAN_NAME} if you need it." + SIGN),

    # ---- premiums ----
    D("en", "single", "premiums", "none",
      "my deductible went up this year, it's now taken out of my paycheck as $214 a month "
      "instead of $180. why?",
      "Hi {MEMBER_FIRST_NAME}, the amount taken from each paycheck is your premium, not your "
      "deductible. Premiums are set each plan year, and your employer decides how much of it "
      "you pay; HR can explain the change." + SIGN),
    D("en", "typo", "premiums", "none",
      "i missed my premim payment, am i still insured?? i have the subsidy thing",
      "Hi {MEMBER_FIRST_NAME}, with advance premium tax credits you have a 3-month grace "
      "period: pay what you owe before it ends and your coverage continues. Claims in the "
      "second and third months may be held until then. Call {PHONE} to pay or check the "
      "amount." + SIGN),
    D("es", "spanish", "premiums", "none",
      "¿Cuándo vence el pago de la prima de diciembre? No me llegó la factura",
      "Hola {MEMBER_FIRST_NAME}, puede ver la fecha y el monto de su prima en el portal o "
      "llamando al {PHONE}. Si no le llegó la factura, revise que su dirección esté al día." +
      SIGN),
    D("en", "long", "premiums", "none",
      "Question about autopay. I set it up in the portal in September. October came out fine. "
      "November didn't come out at all and I got a 'payment past due' notice yesterday. My "
      "bank says no request came. I don't want to lose coverage over a glitch. What should I "
      "do today?",
      "Hi {MEMBER_FIRST_NAME}, please make the November payment now in the portal or at "
      "{PHONE} so there is no gap. Then check that your autopay shows the right bank details; "
      "we can look at why it didn't run when you call." + SIGN),
    D("en", "single", "premiums", "none",
      "if i pay the whole year upfront do i get a discount",
      "Hi {MEMBER_FIRST_NAME}, the premium is the same whether you pay monthly or ahead, but "
      "you can pay several months at once. Call {PHONE} if you'd like to set that up." + SIGN),

    # ---- contact changes ----
    D("en", "single", "contact_change", "none",
      "new address: I moved, please update",
      "Hi {MEMBER_FIRST_NAME}, thanks for letting us know. Please send the full new address, "
      "or update it in the portal under your profile; if you moved to another county or "
      "state, your plan options may change too." + SIGN),
    D("en", "typo", "contact_change", "none",
      "pls change my phone numbr, the old one is my ex's",
      "Hi {MEMBER_FIRST_NAME}, of course. Send us the new number, or change it in the portal "
      "under your profile. If you also want to stop anyone else getting information about "
      "your account, tell us and we can go through it." + SIGN),
    D("es", "spanish", "contact_change", "none",
      "Quiero cambiar mi correo electrónico y que me manden todo en español, ¿se puede?",
      "Hola {MEMBER_FIRST_NAME}, sí. Mándenos el correo nuevo o cámbielo en el portal, y "
      "anotamos que prefiere recibir todo en español." + SIGN),
    D("en", "single", "contact_change", "none",
      "My mother passed away. How do I take her off the account and stop the mail?",
      "Hi {MEMBER_FIRST_NAME}, I'm very sorry for your loss. Please call {PHONE}; we'll need a "
      "copy of the death certificate to end her coverage, and we'll stop the mail and explain "
      "what happens with any open claims." + SIGN),
    D("en", "long", "contact_change", "none",
      "Hi, small thing but it matters to me. I legally changed my name after my marriage in "
      "October. My ID card, the EOBs and the portal all still show my old last name, and my "
      "doctor's office says the names have to match or claims may be rejected. What do you "
      "need from me?",
      "Hi {MEMBER_FIRST_NAME}, congratulations. Please send us a copy of the marriage "
      "certificate or the court order, and a new card will follow in your new name. Your "
      "marriage also opens a special enrolment period of 60 days if you want to add your "
      "spouse." + SIGN),

    # ---- complaints ----
    D("en", "single", "complaint", "none",
      "I want to file a formal complaint about how I was treated on the phone yesterday",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about that call. You can file a formal complaint "
      "(a grievance) by writing to us or calling {PHONE}; tell us the date, the time and what "
      "happened, and you'll get a written answer." + SIGN),
    D("en", "typo", "complaint", "none",
      "3 calls, 3 diffrent answers about the same bill. i want a supervisor",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry you got three different answers. Send me the bill "
      "and I'll look at it; you can also ask for a supervisor at {PHONE} or file a "
      "grievance." + SIGN),
    D("es", "spanish", "complaint", "none",
      "Llevo 40 minutos en espera y nadie contesta. Esto es una queja.",
      "Hola {MEMBER_FIRST_NAME}, lamento la espera. Puede escribirnos aquí lo que necesita y "
      "le respondemos; si quiere presentar una queja formal, también la puede dejar por "
      "escrito." + SIGN),
    D("en", "long", "complaint", "paid",
      "I'll try to keep this civil. In September your nurse line told me to go to urgent "
      "care, not the ER, for my son's cut hand. I did. Bluefield Urgent Care said it needed "
      "stitches and then billed me $310 for 'procedure'. I was told urgent care was a flat "
      "copay. I'm not asking for a refund necessarily but I want someone to look at this "
      "and I want it on record as a complaint.",
      "Hi {MEMBER_FIRST_NAME}, thank you for writing it out. For the visit at {PROVIDER_NAME} "
      "on {DATE_OF_SERVICE}, your share is {MEMBER_OWES}: the {COPAY} urgent care copay plus "
      "{COINSURANCE} coinsurance for the stitches, which are billed as a procedure. Your "
      "message can be recorded as a formal complaint, and you'll get a written answer." + SIGN,
      claim=C14("520.00", "310.00", provider="Bluefield Urgent Care"),
      mentions=["provider", "amount"]),

    # ---- thanks and follow-ups ----
    D("en", "single", "thanks_followup", "none",
      "thanks Dana, that fixed it!",
      "Hi {MEMBER_FIRST_NAME}, glad it's sorted. Write any time you have a question." + SIGN),
    D("en", "single", "thanks_followup", "pending",
      "any update on this? (the ultrasound from 9/25)",
      "Hi {MEMBER_FIRST_NAME}, the ultrasound claim from {DATE_OF_SERVICE} is still being "
      "processed; your share isn't final yet. We'll let you know once it's done." + SIGN,
      claim=C14("410.00", scenario="pending", service="Ultrasound", date_of_service="2026-09-25"),
      mentions=["date"]),
    D("es", "spanish", "thanks_followup", "paid",
      "Muchas gracias por la ayuda con el reclamo de Clínica Santa Brígida. Ya vi que lo "
      "pagaron.",
      "Hola {MEMBER_FIRST_NAME}, ¡con gusto! Sí, el plan pagó {PLAN_PAID} por la visita del "
      "{DATE_OF_SERVICE} en {PROVIDER_NAME} y su parte es {MEMBER_OWES}." + SIGN,
      claim=C14("300.00", "40.00", provider="Clínica Santa Brígida"),
      mentions=["provider"]),
    D("en", "typo", "thanks_followup", "pending",
      "following up agian on claim 2610-77125, u said 2 weeks and its been 3",
      "Hi {MEMBER_FIRST_NAME}, sorry for the wait. Claim {CLAIM_NUMBER} from "
      "{DATE_OF_SERVICE} is still being processed. We'll let you know as soon as it's done; "
      "if we need anything from you or the provider, we'll say so." + SIGN,
      claim=C14("1250.00", scenario="pending", claim_number="2610-77125"),
      mentions=["claim_number"]),
    D("en", "single", "thanks_followup", "paid",
      "ok got it. so the 44.80 is final and i can pay it?",
      "Hi {MEMBER_FIRST_NAME}, yes: the claim from {DATE_OF_SERVICE} is processed, the plan "
      "paid {PLAN_PAID} and your share is {MEMBER_OWES}. You can pay the provider that "
      "amount." + SIGN,
      claim=C14("224.00", "44.80"),
      mentions=["amount"]),

    # ---- other ----
    D("en", "single", "other", "none",
      "do you cover gym memberships",
      "Hi {MEMBER_FIRST_NAME}, some plans include a fitness benefit or discount. Let me check "
      "{PLAN_NAME} for you, or you can look under wellness benefits in the portal." + SIGN,
      add=COV_UNKNOWN),
    D("en", "single", "other", "none",
      "Is there a nurse line open overnight for non-urgent questions?",
      "Hi {MEMBER_FIRST_NAME}, yes, the nurse line is open 24/7; the number is on the back of "
      "your ID card, or call {PHONE}. In an emergency, call 911." + SIGN),
    D("es", "spanish", "other", "none",
      "¿Tienen intérprete por teléfono? Mi papá no habla inglés",
      "Hola {MEMBER_FIRST_NAME}, sí, tenemos intérpretes gratis por teléfono. Llame al {PHONE} "
      "y pida un intérprete en el idioma que necesite." + SIGN),
]
