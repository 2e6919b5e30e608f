"""Batch 2: English singles, balance_bill .. appeal (incl. 5 ER-bill near misses)."""
from drafts_common import D

S = "single"
ITEMS = [
    # ---------------- balance_bill
    D("en", S, "balance_bill", "balance_bill",
      "My EOB says I owe $150 for my colonoscopy but Eastgate Surgical Center sent me a bill for "
      "$1,150. Which one is right?",
      "Hi {MEMBER_FIRST_NAME}, for the {SERVICE} on {DATE_OF_SERVICE}, the explanation of "
      "benefits shows your share is {MEMBER_OWES}. If {PROVIDER_NAME} is in our network, their "
      "contract doesn't allow them to bill you more than that; the rest of their charge is a "
      "write-off or our payment. Please don't pay the higher amount: send the billing office a "
      "copy of the EOB for claim {CLAIM_NUMBER} and ask them to correct the bill. If they won't, "
      "tell me and we'll contact them.",
      claim={"service": "colonoscopy", "provider": "Eastgate Surgical Center",
             "member_owes": "150.00"},
      mentions=["amount", "provider"]),
    D("en", S, "balance_bill", "balance_bill",
      "The anesthesiologist from my surgery at St. Brendan's sent me a separate bill saying "
      "they're out of network. I never picked them! Is this one of those surprise bills?",
      "Hi {MEMBER_FIRST_NAME}, when you have surgery at an in-network hospital, the No "
      "Surprises Act generally protects you from surprise bills from out-of-network "
      "anesthesiologists, radiologists, pathologists and similar providers you didn't choose: "
      "you only owe your in-network cost sharing. Our records for this claim show your share "
      "as {MEMBER_OWES}. Please don't pay the extra amount. Send me a photo of their bill so "
      "we can check it against claim {CLAIM_NUMBER}; you can also call the No Surprises Help "
      "Desk at 1-800-985-3059.",
      claim={"service": "anesthesia for knee surgery"}),
    D("en", S, "balance_bill", "none",
      "I'm paying cash for an MRI because I'm between jobs, the place won't tell me the price. "
      "Aren't they supposed to give me an estimate?",
      "Hi {MEMBER_FIRST_NAME}, yes: if you're uninsured or paying for yourself rather than "
      "using insurance, providers must give you a written good faith estimate of the expected "
      "charges: within 1 business day of scheduling if the service is 3 to 9 business days "
      "away, within 3 business days if it's 10 or more days away, and within 3 business days "
      "if you simply ask. If the final bill is substantially more than the estimate, you "
      "can dispute it through the federal patient-provider dispute resolution process. Ask the imaging center for a written good faith estimate. Note you "
      "still have coverage with us, so you may want to check the cost using your plan first.",
      drop=()),
    # ---------------- ambulance
    D("en", S, "ambulance", "ambulance_ground",
      "I got a bill for $1,870 from Metro County EMS for the ambulance ride after my car "
      "accident. I didn't have a choice which ambulance came!",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about the accident and the bill. We processed the "
      "ground ambulance claim from {PROVIDER_NAME} for {DATE_OF_SERVICE}; your share under the "
      "plan is {MEMBER_OWES}. {PROVIDER_NAME} is {NETWORK_STATUS}. The federal No Surprises "
      "Act doesn't cover ground ambulances, but many states have their own protections, so the "
      "balance may be limited where you live. Ask the ambulance service for an itemized bill, "
      "compare it with your EOB for claim {CLAIM_NUMBER}, and let me know if they're billing "
      "more than your share — we can tell you what rules apply in your state.",
      claim={"service": "ground ambulance transport", "provider": "Metro County EMS",
             "billed": "1870.00"},
      mentions=["amount", "provider"]),
    D("en", S, "ambulance", "ambulance_air",
      "The helicopter company wants $38,000 from me for flying my husband to the trauma center. "
      "How is that legal",
      "Hi {MEMBER_FIRST_NAME}, I'm so sorry you're dealing with this. Air ambulance services "
      "are protected by the No Surprises Act: even if the air ambulance company isn't in our "
      "network, it can only bill you your in-network cost sharing, and that counts toward your "
      "in-network deductible and out-of-pocket maximum. For this claim that share is "
      "{MEMBER_OWES}. Please don't pay the larger bill; send me a copy so we can compare it "
      "with claim {CLAIM_NUMBER}. You can also report it to the No Surprises Help Desk at "
      "1-800-985-3059.",
      claim={"service": "air ambulance transport", "billed": "38000.00"},
      mentions=["amount"]),
    D("en", S, "ambulance", "none",
      "Does my plan cover an ambulance if I call 911 myself or does a doctor have to order it?",
      "Hi {MEMBER_FIRST_NAME}, in an emergency, call 911 — you don't need a doctor's order or "
      "prior approval for emergency ambulance transport. Emergency ambulance services are part "
      "of your plan's emergency benefits, with your usual cost sharing. Non-emergency rides "
      "(for example, a scheduled transfer) are different and may need prior authorization. "
      "Call us at {PHONE} if you want details for a planned transport.",
      drop=()),
    # ---------------- emergency_care (near misses: ER bills, not live emergencies)
    D("en", S, "emergency_care", "emergency_in_network",
      "I need help with my ER bill from last month, Valley General charged me $350. Is that "
      "the right copay?",
      "Hi {MEMBER_FIRST_NAME}, the claim from {PROVIDER_NAME} for your emergency room visit on "
      "{DATE_OF_SERVICE} was processed in network with your ER copay of {COPAY}; your total "
      "share is {MEMBER_OWES}. If the amount on the hospital's bill matches that, it's correct. "
      "If it's higher, compare it with your EOB for claim {CLAIM_NUMBER} and ask the hospital "
      "to correct it.",
      claim={"service": "emergency room visit", "provider": "Valley General",
             "member_owes": "350.00"},
      mentions=["provider", "amount"]),
    D("en", S, "emergency_care", "emergency_oon",
      "The ER I went to when I broke my wrist turned out to be out of network and now I have a "
      "huge bill from Bayfront Medical Center. I was in too much pain to look up networks!",
      "Hi {MEMBER_FIRST_NAME}, you didn't need to. Emergency care is protected by the No "
      "Surprises Act: even at an out-of-network hospital, you pay only your in-network cost "
      "sharing, and the hospital can't balance bill you for emergency services. We processed "
      "this claim that way, and your share is {MEMBER_OWES}. If {PROVIDER_NAME}'s bill is more "
      "than that, don't pay the difference — send me a copy and we'll help sort it out.",
      claim={"service": "emergency room visit, wrist fracture",
             "provider": "Bayfront Medical Center"},
      mentions=["provider"]),
    D("en", S, "emergency_care", "emergency_in_network",
      "why is my emergency room visit so expensive compared to urgent care? I went on a "
      "sunday, it was just a bad ear infection",
      "Hi {MEMBER_FIRST_NAME}, emergency room visits usually cost more than urgent care, both "
      "for the plan and for you: on your claim the ER copay was {COPAY} and your share is "
      "{MEMBER_OWES}. For things like ear infections, sore throats or minor injuries, an "
      "in-network urgent care center or telehealth visit is usually much cheaper and many are "
      "open weekends. For anything that could be serious, though, always go to the ER."),
    D("en", S, "emergency_care", "emergency_in_network",
      "Hospital charged my ER copay twice?? I only went once on 10/2",
      "Hi {MEMBER_FIRST_NAME}, for your emergency room visit on {DATE_OF_SERVICE}, we "
      "processed one claim with one ER copay of {COPAY}. Sometimes the hospital's facility "
      "bill and the ER doctor's bill arrive separately, which can look like a double charge; "
      "the physician's bill isn't a second copay but may have its own cost sharing. If you see "
      "the same copay twice from the same billing office, ask them to correct it and send me "
      "the bill if they won't.",
      claim={"service": "emergency room visit", "date_of_service": "2026-10-02"},
      mentions=["date"]),
    D("en", S, "emergency_care", "none",
      "If I go to the ER and they admit me, do I still pay the ER copay?",
      "Hi {MEMBER_FIRST_NAME}, on many plans the ER copay is waived if you're admitted to the "
      "hospital from the emergency room, and the stay is covered under your inpatient benefit "
      "instead. Your plan documents for {PLAN_NAME} list how it works for you, or call us at "
      "{PHONE} and we'll check."),
    D("en", S, "emergency_care", "emergency_oon",
      "question about my emergency visit bill from Harbor Point Hospital, $2,310. They say I'm "
      "out of network but it was an emergency",
      "Hi {MEMBER_FIRST_NAME}, for emergency care you're protected: under the No Surprises Act "
      "an out-of-network hospital can only charge you your in-network cost sharing for "
      "emergency services, and we processed the claim that way — your share is "
      "{MEMBER_OWES}. If {PROVIDER_NAME} is billing you more than that, don't pay the "
      "difference. Send them your EOB for claim {CLAIM_NUMBER}, and send me the bill so we can "
      "help.",
      claim={"service": "emergency room visit", "provider": "Harbor Point Hospital",
             "billed": "2310.00"},
      mentions=["provider", "amount"]),
    # ---------------- duplicate_charge
    D("en", S, "duplicate_charge", "duplicate_submitted",
      "I see the same bloodwork twice on my claims page from Quest Ridge Lab. Am I going to be "
      "charged twice?",
      "Hi {MEMBER_FIRST_NAME}, I see two submissions for the same {SERVICE} from "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE}. Both are still being processed. When a provider "
      "sends the same service twice, only one is paid, so you shouldn't be charged twice. "
      "Please wait for the explanation of benefits before paying any bill for it, and if a "
      "bill shows the service twice, let me know.",
      claim={"service": "blood panel", "provider": "Quest Ridge Lab"},
      mentions=["provider"]),
    D("en", S, "duplicate_charge", "paid",
      "I was billed for a flu shot I never got at my checkup on Sept 3rd. I said no to it!",
      "Hi {MEMBER_FIRST_NAME}, thanks for catching that. Please call {PROVIDER_NAME}'s billing "
      "office first and ask them to remove the flu shot from the {DATE_OF_SERVICE} visit; they "
      "can send us a corrected claim. If they won't correct it, reply here with the details — "
      "billing for a service you didn't receive is something we want to know about.",
      claim={"service": "annual checkup", "date_of_service": "2026-09-03"},
      mentions=["date"]),
    D("en", S, "duplicate_charge", "paid",
      "this bill has my name but the birthdate and the procedure are someone else's. claim "
      "CLM-2026-1185520",
      "Hi {MEMBER_FIRST_NAME}, thank you for telling us. If claim {CLAIM_NUMBER} has someone "
      "else's details, please don't pay it. Call us at {PHONE} so we can review it with you "
      "and make sure it's corrected, and tell the provider's billing office too. Keep the bill "
      "and anything else you received about it.",
      claim={"claim_number": "CLM-2026-1185520"},
      mentions=["claim_number"]),
    # ---------------- itemized_bill
    D("en", S, "itemized_bill", "paid",
      "How do I get an itemized bill from Northgate Hospital? The one they sent just says "
      "'hospital services $4,220'",
      "Hi {MEMBER_FIRST_NAME}, call or write to {PROVIDER_NAME}'s billing office and ask for an "
      "itemized bill for your stay starting {DATE_OF_SERVICE}: it lists each service, supply and "
      "drug with its code and charge. Hospitals provide one on request. When you get it, "
      "compare it with your explanation of benefits for claim {CLAIM_NUMBER}, and look for "
      "duplicates, services you didn't receive, or days you weren't there.",
      claim={"service": "inpatient stay", "provider": "Northgate Hospital",
             "billed": "4220.00"},
      mentions=["provider", "amount"]),
    D("en", S, "itemized_bill", "none",
      "I finally got the itemized bill. What should I be looking for?",
      "Hi {MEMBER_FIRST_NAME}, good. Check that: every service and date is one you actually "
      "received; nothing appears twice; the number of days matches your stay; you weren't "
      "charged for items that are usually included (like routine supplies) separately; and "
      "your name and plan details are right. Then compare the totals with your explanation of "
      "benefits. If anything looks wrong, ask the billing office to explain or correct it, and "
      "send it to us if you'd like us to look too."),
    D("en", S, "itemized_bill", "pending",
      "can you send me an itemized bill for my surgery at Lakeshore Surgical?",
      "Hi {MEMBER_FIRST_NAME}, the itemized bill comes from the provider, not from us, so "
      "please ask {PROVIDER_NAME}'s billing office for it. We received the claim for your "
      "{SERVICE} and it's still being processed; when it's done you'll get an explanation of "
      "benefits showing what the plan paid and what you owe, which you can compare with the "
      "itemized bill.",
      claim={"service": "outpatient surgery", "provider": "Lakeshore Surgical"},
      mentions=["provider"]),
    # ---------------- payment_plan
    D("en", S, "payment_plan", "deductible",
      "I can't pay $2,400 all at once for my son's surgery. Can I pay you guys monthly?",
      "Hi {MEMBER_FIRST_NAME}, the {MEMBER_OWES} for your son's surgery is owed to "
      "{PROVIDER_NAME}, not to the plan, so a payment plan is set up with their billing office. "
      "Most providers offer interest-free monthly plans if you ask; call before the due date. "
      "If paying is a real hardship, also ask whether they have financial assistance. It went "
      "toward your deductible, so {DEDUCTIBLE_REMAINING} of the deductible is left this plan "
      "year.",
      claim={"service": "tonsillectomy", "member_owes": "2400.00"},
      mentions=["amount"]),
    D("en", S, "payment_plan", "none",
      "Does setting up a payment plan with the hospital hurt my credit?",
      "Hi {MEMBER_FIRST_NAME}, a payment plan arranged directly with a hospital or doctor's "
      "office usually isn't reported to credit bureaus as long as you keep up with it. Medical "
      "bills generally only show up on credit reports if they're sent to a collection agency. "
      "Ask the billing office to confirm the terms in writing, including whether there's any "
      "interest."),
    D("en", S, "payment_plan", "partial_deductible",
      "The bill from Fairmont Orthopedics is $1,085.40 and they said I need to pay in full in "
      "30 days or they send it out. Are they allowed to do that",
      "Hi {MEMBER_FIRST_NAME}, providers set their own payment terms, but most will agree to "
      "a monthly payment plan if you ask, especially before the bill is overdue. The amount "
      "matches your share on the claim, {MEMBER_OWES}, which includes {DEDUCTIBLE_APPLIED} "
      "toward your deductible. Ask {PROVIDER_NAME} for a payment plan or for their financial "
      "assistance application if paying is hard.",
      claim={"service": "shoulder arthroscopy", "provider": "Fairmont Orthopedics",
             "member_owes": "1085.40"},
      mentions=["provider", "amount"]),
    # ---------------- collections
    D("en", S, "collections", "paid",
      "A collection agency called me about a $95 bill from Pinecrest Pediatrics that I never "
      "even got. What do I do",
      "Hi {MEMBER_FIRST_NAME}, that's stressful. First, ask the agency to send you a written "
      "validation notice for the debt; debt collectors must provide one. Then check it against "
      "your explanation of benefits: for the visit on {DATE_OF_SERVICE}, the plan paid "
      "{PLAN_PAID} and your share was {MEMBER_OWES}. If the amount or the visit doesn't match, "
      "dispute it in writing with the agency and call {PROVIDER_NAME} — they may not know you "
      "never got the bill.",
      claim={"service": "well-child visit", "provider": "Pinecrest Pediatrics",
             "member_owes": "95.00"},
      mentions=["amount", "provider"]),
    D("en", S, "collections", "none",
      "Will medical bills in collections show up on my credit report?",
      "Hi {MEMBER_FIRST_NAME}, under the three national credit bureaus' current policies, "
      "paid medical collections are removed from credit reports, small medical collection "
      "debts aren't reported, and unpaid medical debt isn't reported until it's been in "
      "collections for a year. State rules may give you more protection. If you have a "
      "specific bill in collections, send me the details and I'll check what we have for that "
      "claim."),
    D("en", S, "collections", "denied:197",
      "my bill from Oakwood Imaging went to collections because you denied it!! fix this",
      "Hi {MEMBER_FIRST_NAME}, I understand how upsetting that is. The claim from "
      "{PROVIDER_NAME} on {DATE_OF_SERVICE} was denied because there was no prior "
      "authorization on file. Two things can help: ask the imaging center or your doctor "
      "whether they requested authorization, since if they did they can send it to us; and you "
      "can file an appeal by {APPEAL_DEADLINE}. Tell the collection agency in writing that the "
      "claim is being disputed. I can walk you through the appeal if you'd like.",
      claim={"service": "CT scan of the abdomen", "provider": "Oakwood Imaging"},
      mentions=["provider"]),
    # ---------------- financial_assistance
    D("en", S, "financial_assistance", "deductible",
      "I lost my job and I owe Mercy Hills Hospital almost 3000. Is there any help?",
      "Hi {MEMBER_FIRST_NAME}, I'm sorry about your job. Nonprofit hospitals must have a "
      "financial assistance (charity care) policy, and many reduce or forgive bills based on "
      "income — even for people with insurance. Ask {PROVIDER_NAME}'s billing office for their "
      "financial assistance application, and ask them to hold the bill while it's reviewed. "
      "Also, if your income has dropped, check HealthCare.gov or your state's Medicaid "
      "program, since losing a job can make you eligible for help with coverage.",
      claim={"service": "inpatient stay", "provider": "Mercy Hills Hospital"},
      mentions=["provider"]),
    D("en", S, "financial_assistance", "none",
      "Is there any program that helps pay medical bills if you have insurance but still can't "
      "afford it?",
      "Hi {MEMBER_FIRST_NAME}, yes, a few places to look: most nonprofit hospitals have "
      "financial assistance policies that apply even if you're insured; many providers offer "
      "discounts or payment plans if you ask; and some patient-advocacy charities help with "
      "costs for specific conditions. If your bill is from a hospital, ask for its financial "
      "assistance application. If you tell me which bill it is, I can check what the plan "
      "processed for it."),
    D("en", S, "financial_assistance", "partial_deductible",
      "Do I have to apply for charity care before the bill goes to collections? The hospital "
      "sent a final notice",
      "Hi {MEMBER_FIRST_NAME}, apply as soon as you can. Nonprofit hospitals have to accept "
      "financial assistance applications for a period after the first bill (at least 240 days) "
      "and must make reasonable efforts to check eligibility before taking extraordinary "
      "collection actions, and they usually pause collections while an application is "
      "pending. Call {PROVIDER_NAME} today, tell them you're applying, and ask them to hold the "
      "account. Your share on this claim is {MEMBER_OWES}."),
    # ---------------- appeal
    D("en", S, "appeal", "denied:50",
      "How do I appeal the denial for my daughter's speech therapy? The letter says not "
      "medically necessary",
      "Hi {MEMBER_FIRST_NAME}, you can file an internal appeal; for this claim the deadline is "
      "{APPEAL_DEADLINE}. Send a letter saying you're appealing claim {CLAIM_NUMBER}, why you "
      "disagree, and supporting records — a letter from her speech therapist or pediatrician "
      "explaining why the therapy is medically necessary helps most. If the appeal is turned "
      "down, you can ask for an external review by an independent reviewer. Call {PHONE} if "
      "you'd like help with the form.",
      claim={"service": "speech therapy"}),
    D("en", S, "appeal", "none",
      "What's the difference between an internal appeal and an external review?",
      "Hi {MEMBER_FIRST_NAME}, an internal appeal asks us to take a full and fair second look "
      "at our decision; generally you have 180 days from the denial notice to file one. If we "
      "still deny it, you can ask for an external review, where an independent review "
      "organization decides — the plan has to accept its decision. You generally have 4 months "
      "after the final internal denial to ask for external review. In urgent situations both "
      "can be expedited."),
    D("en", S, "appeal", "denied:204",
      "I want to appeal claim #E2026060412208. How long will it take and can my doctor do it "
      "for me?",
      "Hi {MEMBER_FIRST_NAME}, yes, your doctor can appeal for you or help, and a letter from "
      "them with your records is very useful. File by {APPEAL_DEADLINE}. For a service you've "
      "already received, a decision usually comes within 60 days; for care you haven't had "
      "yet it's 30 days, and urgent cases are decided within 72 hours. The claim was denied "
      "because {DENIAL_REASON}, so the appeal should explain why you believe it should be "
      "covered under your plan.",
      claim={"claim_number": "E2026060412208"},
      mentions=["claim_number"]),
]
