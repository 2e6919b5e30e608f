"""Batch 7: two questions from different families in one message (kind "multi")."""
from drafts_common import COV_UNKNOWN, NET_UNKNOWN, PA_UNKNOWN, D

M = "multi"
ITEMS = [
    D("en", M, "id_card", "none",
      "Two things: I need a new ID card, and how much of my deductible is left?",
      "Hi {MEMBER_FIRST_NAME}, for the card: you can use the digital ID card in the app right "
      "away, and request a new plastic card in your account or at {PHONE}. For your "
      "deductible: you've met {DEDUCTIBLE_MET} of {DEDUCTIBLE}, so {DEDUCTIBLE_REMAINING} is "
      "left until it resets after {PLAN_YEAR_END}.",
      topics=["id_card", "deductible"], drop=("amount_stated",)),
    D("en", M, "denied_claim", "denied:197",
      "Why was the PT at Crestline Rehab denied? And also can I set up a payment plan for "
      "it if I end up owing",
      "Hi {MEMBER_FIRST_NAME}, the physical therapy claim from {PROVIDER_NAME} was denied "
      "because no prior authorization was on file. Ask the office whether they requested it; "
      "if they have an approval, they can send it and ask us to reprocess. You can also "
      "appeal by {APPEAL_DEADLINE}. If the provider is in network, they generally can't bill "
      "you for a missed authorization. If you do end up owing, payment plans are arranged "
      "with {PROVIDER_NAME}'s billing office — most offer monthly plans if you ask.",
      claim={"service": "physical therapy", "provider": "Crestline Rehab"},
      mentions=["provider"], topics=["denied_claim", "payment_plan"]),
    D("en", M, "eligibility", "none",
      "How do I add my newborn, and will I need a new ID card for her?",
      "Congratulations, {MEMBER_FIRST_NAME}! Add her as soon as you can — the window after a "
      "birth is short (30 days for most employer plans, 60 days for Marketplace plans), and "
      "her coverage starts on her date of birth once she's added. If your coverage is through "
      "work, contact your benefits office; otherwise call {PHONE}. Yes, she'll get her own ID "
      "card once she's enrolled, and you'll see it in the app too.",
      topics=["eligibility", "id_card"]),
    D("en", M, "eob_question", "paid",
      "what does 'allowed amount' mean on my EOB from Birchwood Pediatrics? and did you get "
      "the form I mailed about my other insurance",
      "Hi {MEMBER_FIRST_NAME}, the allowed amount is the most the plan recognizes for a "
      "service from an in-network provider — here {ALLOWED}. {PROVIDER_NAME} can't bill you "
      "the difference between their charge and it. Of that, the plan paid {PLAN_PAID} and "
      "your share is {MEMBER_OWES}. About the other-coverage form: mailed forms can take a "
      "couple of weeks to be processed. I'll check whether it's on file and reply here.",
      claim={"service": "sick visit", "provider": "Birchwood Pediatrics"},
      mentions=["provider"], topics=["eob_question", "coordination_of_benefits"]),
    D("en", M, "pharmacy", "none",
      "Is my insulin covered and can I pay for it with my HSA card?",
      "Hi {MEMBER_FIRST_NAME}, you can check your insulin in the formulary (drug list) in "
      "your account, which shows the tier and any requirements; tell me the brand and I'll "
      "look it up. And yes — prescription drugs, including insulin, are eligible expenses "
      "for your HSA.",
      topics=["pharmacy", "hsa_fsa"], add=COV_UNKNOWN),
    D("en", M, "balance_bill", "balance_bill",
      "The hospital billed me $1,960 but the EOB says $210. Which is right? And how do I get "
      "an itemized bill from them",
      "Hi {MEMBER_FIRST_NAME}, our explanation of benefits shows your share is {MEMBER_OWES}. "
      "If {PROVIDER_NAME} is in our network, they can't bill you more than that, so don't pay "
      "the higher amount; send them the EOB for claim {CLAIM_NUMBER} and ask them to correct "
      "it. For an itemized bill, call or write to their billing office and ask for one "
      "listing each service with its date, code and charge.",
      claim={"service": "outpatient surgery", "member_owes": "210.00"},
      mentions=["amount"], topics=["balance_bill", "itemized_bill"]),
    D("en", M, "premiums", "none",
      "When is my premium due and how do I change my mailing address?",
      "Hi {MEMBER_FIRST_NAME}, your premium due date is in your online account under Billing, "
      "where you can also set up autopay. To change your mailing address, update it under "
      "Profile in your account or call {PHONE} so we can verify your identity. If your "
      "coverage is through an employer, tell their benefits office about the address too.",
      topics=["premiums", "contact_change"]),
    D("en", M, "appeal", "denied:50",
      "How long do I have to appeal, and can I get charity care from the hospital while I "
      "wait?",
      "Hi {MEMBER_FIRST_NAME}, the deadline to file an appeal for this claim is "
      "{APPEAL_DEADLINE}; include a letter from your doctor explaining why the care was "
      "medically necessary. Yes, you can apply for the hospital's financial assistance at the "
      "same time — ask {PROVIDER_NAME}'s billing office for the application and tell them an "
      "appeal is in progress so they can hold the account.",
      topics=["appeal", "financial_assistance"]),
    D("en", M, "out_of_network", "none",
      "is Dr. Samuel Whitlock in network? and does seeing a cardiologist need a referral or "
      "prior auth?",
      "Hi {MEMBER_FIRST_NAME}, you can check Dr. Whitlock in the provider directory in the "
      "app, or I can check if you tell me his office address. Whether you need a referral "
      "depends on your plan type — PPO plans usually don't need one for specialists, HMO plans "
      "usually do. Office visits themselves don't normally need prior authorization, but some "
      "tests a cardiologist may order can. Call {PHONE} to confirm for {PLAN_NAME}.",
      topics=["out_of_network", "prior_authorization"], add=NET_UNKNOWN + PA_UNKNOWN),
    D("en", M, "collections", "paid",
      "I got a collections notice for $75 from Elmstead Clinic, and also I want to complain "
      "because nobody at that clinic ever sent me a bill",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry. Our records show your share for that visit was "
      "{MEMBER_OWES}. Ask the collection agency for written validation of the debt, and call "
      "{PROVIDER_NAME} — if they never billed you, they may take the account back from "
      "collections. If you'd like, I can file a grievance about how the clinic handled it; "
      "just confirm and tell me anything else you want included.",
      claim={"service": "office visit", "provider": "Elmstead Clinic", "member_owes": "75.00"},
      mentions=["amount", "provider"], topics=["collections", "complaint"]),
    D("en", M, "emergency_care", "emergency_in_network",
      "why was my ER copay $300 on 8/30 and will it count toward my out of pocket max?",
      "Hi {MEMBER_FIRST_NAME}, your plan's ER copay for the visit on {DATE_OF_SERVICE} was "
      "{COPAY}, and your total share on the claim is {MEMBER_OWES}. Yes — copays for covered "
      "in-network care count toward your out-of-pocket maximum of {OOP_MAX}; you're at "
      "{OOP_MET} so far.",
      claim={"service": "emergency room visit", "member_owes": "300.00",
             "date_of_service": "2026-08-30"},
      mentions=["amount", "date"], topics=["emergency_care", "out_of_pocket_max"]),
    D("en", M, "thanks_followup", "pending",
      "thanks for the help last week! any update on my claim? also I changed my phone number",
      "You're welcome, {MEMBER_FIRST_NAME}! The claim from {PROVIDER_NAME} for "
      "{DATE_OF_SERVICE} is still being processed, so there's no decision yet — I'll let you "
      "know here when there is. For your new phone number, please update it in your account "
      "under Profile, or call {PHONE} so we can verify your identity first.",
      topics=["thanks_followup", "contact_change"]),
    D("en", M, "hsa_fsa", "none",
      "Can I use my FSA for my copays? And is acupuncture covered?",
      "Hi {MEMBER_FIRST_NAME}, yes — copays, coinsurance and deductible amounts are eligible "
      "FSA expenses. Acupuncture is an eligible expense too under IRS rules. Whether your "
      "medical plan covers acupuncture depends on your benefits; I can check if you tell me "
      "what it's for, or see your plan's coverage documents.",
      topics=["hsa_fsa", "other"], add=COV_UNKNOWN),
    D("en", M, "ambulance", "ambulance_ground",
      "Ambulance bill from Harlow Fire Rescue is $1,430. can I make payments? and is this "
      "even right",
      "Hi {MEMBER_FIRST_NAME}, we processed the ground ambulance claim from {PROVIDER_NAME}, "
      "and your share under the plan is {MEMBER_OWES}; the service is {NETWORK_STATUS}. "
      "Ground ambulances aren't covered by the federal No Surprises Act, but some states limit "
      "what they can bill, so compare their bill with your EOB and tell me if it's more. For "
      "payments, ambulance services, especially city or fire department ones, usually offer "
      "payment plans and sometimes hardship reductions if you ask.",
      claim={"service": "ground ambulance transport", "provider": "Harlow Fire Rescue",
             "billed": "1430.00"},
      mentions=["amount", "provider"], topics=["ambulance", "payment_plan"]),
    D("en", M, "coordination_of_benefits", "none",
      "I'm on my wife's plan too. Which pays first for me, and do I have to send you a COB "
      "form every year?",
      "Hi {MEMBER_FIRST_NAME}, generally the plan that covers you as an employee (your own "
      "job's plan) pays first, and your wife's plan, where you're a dependent, pays second. "
      "We ask members to confirm other coverage periodically — often once a year — and "
      "whenever it changes, so please complete the other-coverage questionnaire in your "
      "account when we ask. It keeps claims from being held.",
      topics=["coordination_of_benefits", "eligibility"]),
    D("en", M, "duplicate_charge", "paid",
      "I got charged for a strep test I didn't get on 4/2 at QuickCare Main St, and I'd like "
      "to file a complaint about their billing",
      "Hi {MEMBER_FIRST_NAME}, thanks for letting us know. Please first ask {PROVIDER_NAME}'s "
      "billing office to remove the strep test from the {DATE_OF_SERVICE} visit; they can "
      "send us a corrected claim. I can also file a grievance about their billing: reply to "
      "confirm and add anything you'd like included. Billing for services not received is "
      "something we take seriously.",
      claim={"service": "urgent care visit", "provider": "QuickCare Main St",
             "date_of_service": "2026-04-02"},
      mentions=["date", "provider"], topics=["duplicate_charge", "complaint"]),
    D("es", M, "deductible", "none",
      "Cuánto me falta del deducible? Y también quiero saber si puedo usar mi FSA para lentes",
      "Hola {MEMBER_FIRST_NAME}: le faltan {DEDUCTIBLE_REMAINING} de su deducible de "
      "{DEDUCTIBLE} ({DEDUCTIBLE_MET} cubierto hasta ahora). Y sí, los lentes con receta y "
      "los lentes de contacto son gastos elegibles para la FSA; guarde los recibos.",
      topics=["deductible", "hsa_fsa"]),
    D("en", M, "copay_coinsurance", "paid",
      "Why do I owe 20% coinsurance on my MRI from Clearview Imaging, and does the MRI count "
      "toward my deductible?",
      "Hi {MEMBER_FIRST_NAME}, after the deductible, your plan shares the cost of imaging with "
      "you through coinsurance — on this claim {COINSURANCE} of the {ALLOWED} allowed amount, "
      "and the plan paid {PLAN_PAID}. Whether part of it went toward your deductible is shown "
      "on the EOB line for the deductible; you've met {DEDUCTIBLE_MET} of {DEDUCTIBLE} so "
      "far this plan year. Your coinsurance does count toward your out-of-pocket maximum.",
      claim={"service": "MRI", "provider": "Clearview Imaging"},
      mentions=["provider"], topics=["copay_coinsurance", "deductible"]),
    D("en", M, "prior_authorization", "none",
      "my doc wants me on Humira. does it need prior auth and what tier is it",
      "Hi {MEMBER_FIRST_NAME}, specialty drugs like that usually have requirements on the "
      "formulary, and the formulary in your account shows its tier and whether prior "
      "authorization applies. Your doctor's office submits the authorization request if one is "
      "needed. I can look it up for you and tell you the tier and requirements, or call "
      "{PHONE}.",
      topics=["prior_authorization", "pharmacy"], add=PA_UNKNOWN + COV_UNKNOWN),
    D("en", M, "financial_assistance", "none",
      "Can you help me with hospital bills? And also my premium went up, why?",
      "Hi {MEMBER_FIRST_NAME}, for hospital bills: ask the hospital's billing office for their "
      "financial assistance (charity care) application — nonprofit hospitals must have one, "
      "and it applies to insured patients too — and for an interest-free payment plan. For the "
      "premium: premiums are set for each plan year and can change at renewal. If you're on a "
      "Marketplace plan, updating your income may increase your tax credit; otherwise your "
      "benefits office can explain the change.",
      topics=["financial_assistance", "premiums"]),
    D("en", M, "out_of_pocket_max", "none",
      "Have I hit my out-of-pocket max yet? And how do I appeal a claim",
      "Hi {MEMBER_FIRST_NAME}, you've reached {OOP_MET} of your {OOP_MAX} out-of-pocket "
      "maximum this plan year. To appeal a claim, send us a letter or the appeal form with the "
      "claim number, why you disagree, and any support such as a letter from your doctor. "
      "Generally you have 180 days from the denial notice to file. Tell me which claim and "
      "I'll give you its exact deadline.",
      topics=["out_of_pocket_max", "appeal"]),
]
